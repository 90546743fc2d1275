// Picks the host at start: the desktop bridge when the preload exposed it, the browser otherwise.
// This is the only module that reads window.readout.
import type { ReadoutBridge } from '../../../preload/contract';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { ChosenFile, ChosenFiles, Platform, SavedExport } from './platform';

export function detectPlatform(): Platform {
  const bridge = (window as Window & { readout?: ReadoutBridge }).readout;
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}
