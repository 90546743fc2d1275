// Guards one WebContents: it may not open windows, navigate or redirect away from the app's own
// pages, or attach a <webview>. Applied to the main window and, through app 'web-contents-created',
// to every WebContents the process ever makes, so a future window cannot forget it.
import type { WebContents } from 'electron';
import { isAppPage } from '../app-origin';
import type { AppOrigin } from '../app-origin';

// Both callers reach the main window's contents; guarding twice would stack duplicate listeners.
const guarded = new WeakSet<WebContents>();

export function guardContents(contents: WebContents, origin: AppOrigin): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);

  // Links in a digest must never open a browser window inside the app (nor the system browser:
  // an offline reader has no business sending the analyst anywhere).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  contents.on('will-navigate', (event) => {
    if (!isAppPage(origin, event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(origin, event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
