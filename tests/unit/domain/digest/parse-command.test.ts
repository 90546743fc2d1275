// The headless `parse` command (scripts/parse.ts), run as a child process through tsx's loader.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const sample = fileURLToPath(new URL('../../../../../shared/corpus/wuxi-leaders-week-2022-09-12.txt', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'readout-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runParse(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...files], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run parse', { timeout: 30_000 }, () => {
  it('prints one parsed issue as pretty JSON', () => {
    const { code, stdout, stderr } = runParse(sample);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"file": "wuxi-leaders-week-2022-09-12.txt",\n/);
    const issue = JSON.parse(stdout);
    expect(Object.keys(issue)).toEqual([
      'file',
      'series',
      'title',
      'period',
      'published',
      'source',
      'sections',
      'blocks',
      'imagePlaceholders',
      'credits',
      'events',
    ]);
    expect(issue.series).toBe('市(县)区委书记、市(县)区长一周');
    expect(issue.period).toEqual({ start: '2022-09-12', end: '2022-09-18' });
    expect(issue.imagePlaceholders).toBe(26);
    expect(issue.blocks[0]).toEqual({ kind: 'intro', text: '喜看稻菽千重浪,遍地英雄下夕烟。', line: 5 });
    // Events come out shaped like the sample's hand-checked expected.json, and equal to it.
    expect(issue.events).toEqual(JSON.parse(readFileSync(sample.replace(/\.txt$/, '.expected.json'), 'utf8')).events);
  });

  it('reports a missing file on stderr and exits 1', () => {
    const missing = join(scratch, 'no-such-file.txt');
    const { code, stdout, stderr } = runParse(missing);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`parse: ${missing}: no such file\n`);
  });

  it('prints an array for several files, still printing the good ones when others fail', () => {
    const invalid = scratchFile('invalid.txt', new Uint8Array([0xe5, 0x8f, 0x91, 0xff, 0xfe]));
    const empty = scratchFile('empty.txt', ' \n\u3000\n');
    const { code, stdout, stderr } = runParse(sample, invalid, scratch, empty);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout);
    expect(issues.map((issue: { file: string }) => issue.file)).toEqual(['wuxi-leaders-week-2022-09-12.txt']);
    expect(stderr.split('\n')).toEqual([
      `parse: ${invalid}: not valid UTF-8 text`,
      `parse: ${scratch}: is a directory, not a file`,
      `parse: ${empty}: empty file (nothing but blank space)`,
      '',
    ]);
  });
});
