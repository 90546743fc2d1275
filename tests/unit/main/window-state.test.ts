// window-state.ts: remembered bounds are pulled back onto a display that exists, a bad file
// falls back to defaults, and saving waits for the window to settle but not past closing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_STATE, clampToWorkAreas, readWindowState, trackWindowState } from '../../../main/window-state';
import type { WindowState } from '../../../main/window-state';
import { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };
const dir = mkdtempSync(join(tmpdir(), 'readout-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function state(fields: Partial<WindowState> = {}): WindowState {
  return { x: 100, y: 40, width: 1200, height: 800, maximized: false, ...fields };
}

describe('clampToWorkAreas', () => {
  it('keeps a window that is fully visible', () => {
    expect(clampToWorkAreas(state(), [laptop])).toEqual(state());
  });

  it('drops the position of a window on a display that is gone, so it is centred on the primary', () => {
    expect(clampToWorkAreas(state({ x: 3000, y: 200 }), [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('pulls a half-visible window fully onto the display it overlaps most', () => {
    expect(clampToWorkAreas(state({ x: -600, y: -50 }), [laptop])).toMatchObject({ x: 0, y: 0, width: 1200, height: 800 });
    expect(clampToWorkAreas(state({ x: 3500, y: 900 }), [laptop, monitorOnTheRight])).toMatchObject({ x: 2800, y: 600 });
  });

  it('shrinks a window larger than its display', () => {
    expect(clampToWorkAreas(state({ width: 3000, height: 2000, x: 0, y: 0 }), [laptop])).toMatchObject({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
    });
  });

  it('keeps the maximized flag', () => {
    expect(clampToWorkAreas(state({ maximized: true }), [laptop]).maximized).toBe(true);
  });
});

describe('readWindowState', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a valid file', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(state()));
    expect(readWindowState(file)).toEqual(state());
  });

  it.each([
    ['not JSON', '{"width": 12'],
    ['the wrong shape', JSON.stringify({ width: 'wide', height: 800, maximized: false })],
    ['a window too small to use', JSON.stringify(state({ width: 10, height: 10 }))],
  ])('falls back to the defaults on a file that is %s', (_name, text) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('uses the defaults on first run', () => {
    expect(readWindowState(join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('trackWindowState', () => {
  afterEach(() => vi.useRealTimers());

  it('saves shortly after a move, and at once on close', () => {
    vi.useFakeTimers();
    const file = join(dir, 'tracked.json');
    const win = new BrowserWindow({ x: 10, y: 20, width: 900, height: 700 });
    trackWindowState(win as never, file, 400);

    win.emit('move');
    win.emit('resize');
    expect(() => readFileSync(file)).toThrow();
    vi.advanceTimersByTime(400);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });

    win.maximized = true;
    win.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ maximized: true });
  });
});
