// File names and titles are shown without the bidi controls that would reorder them on screen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readChosenFiles } from '../../../main/ipc/handlers/files';
import { withoutBidiControls } from '../../../preload/display-text';

vi.mock('electron', () => import('./fake-electron'));

const dir = mkdtempSync(join(tmpdir(), 'readout-bidi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withoutBidiControls', () => {
  it('drops embeddings, overrides and isolates, so a name reads in its real order', () => {
    // Shown raw, "通报\u202Etxt.exe" displays as "通报exe.txt".
    expect(withoutBidiControls('通报\u202Etxt.exe')).toBe('通报txt.exe');
    expect(withoutBidiControls('\u202A市委常委会\u202C \u2066(2024)\u2069 \u2067x\u2068y\u202B\u202D')).toBe('市委常委会 (2024) xy');
  });

  it('leaves ordinary Chinese and Latin text, and the LRM/RLM marks, as they are', () => {
    expect(withoutBidiControls('无锡市领导一周 2022-09-12 — Wuxi')).toBe('无锡市领导一周 2022-09-12 — Wuxi');
    expect(withoutBidiControls('a\u200Eb\u200Fc')).toBe('a\u200Eb\u200Fc');
  });
});

describe('files main reads', () => {
  it('are named without bidi controls, and still read from their real path', async () => {
    const path = join(dir, 'weekly\u202Etxt.md');
    writeFileSync(path, '会议');
    const tooSmall = join(dir, 'big\u202Egpj.txt');
    writeFileSync(tooSmall, '长文本长文本');
    const { files, refused } = await readChosenFiles([path, tooSmall], 10);
    expect(files).toEqual([expect.objectContaining({ name: 'weeklytxt.md', path, size: 6 })]);
    expect(refused).toEqual([expect.objectContaining({ name: 'biggpj.txt', path: tooSmall, code: 'too-large' })]);
    expect(refused[0]?.message).toContain('"biggpj.txt"');
    expect(refused[0]?.message).not.toContain('\u202E');
  });
});
