// Remembers the window's size, position and maximized state between runs: a small JSON file in
// userData, checked with zod on read (a bad file means defaults, never a crash), clamped onto a
// display that still exists (monitors get unplugged), saved a moment after a resize or move and
// once more on close.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(100_000),
  height: z.number().int().min(MIN_HEIGHT).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** No position: Electron then centres the window on the primary display. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

export function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The work area the rectangle covers most of; undefined when it is on none of them. */
function mostOverlapped(rect: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o > bestOverlap) [best, bestOverlap] = [area, o];
  }
  return best;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Fits a remembered state onto the displays there are now (work areas, primary first). A window
 * that still touches a display is pulled fully onto the one it overlaps most and shrunk to fit;
 * one that touches none loses its position, so Electron centres it on the primary display.
 */
export function clampToWorkAreas(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const { x, y, maximized } = state;
  const placed = x !== undefined && y !== undefined ? { x, y, width: state.width, height: state.height } : undefined;

  const best = placed ? mostOverlapped(placed, workAreas) : undefined;
  const target = best ?? primary;
  const width = Math.min(state.width, target.width);
  const height = Math.min(state.height, target.height);
  if (!best || !placed) return { width, height, maximized };
  return {
    x: clamp(placed.x, best.x, best.x + best.width - width),
    y: clamp(placed.y, best.y, best.y + best.height - height),
    width,
    height,
    maximized,
  };
}

export function readWindowState(file: string): WindowState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return DEFAULT_WINDOW_STATE; // first run
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through to the defaults
  }
  console.warn(`[readout] ignoring an unreadable window state file: ${file}`);
  return DEFAULT_WINDOW_STATE;
}

/** Written beside and renamed over, so a crash mid-write leaves the old file, not half a new one. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.warn(`[readout] could not save the window state: ${String(error)}`);
  }
}

/** Saves the window's state shortly after it stops moving, and at once when it closes. */
export function trackWindowState(win: BrowserWindow, file: string, delayMs = 400): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    // Normal bounds, so that a maximized window comes back to its old size when un-maximized.
    writeWindowState(file, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
}
