// Hardens the session the window renders in: no permission is granted (but one, below), every
// response from our pages gets the CSP header, and every request that is not a local file of the
// app is cancelled — Readout makes no network request at all, but to its team's one server once
// the analyst set a team up.
import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppPage } from '../app-origin';
import type { AppOrigin } from '../app-origin';
import { contentSecurityPolicy, withCsp } from './csp';
import { createTeamOrigin, isTeamRequest, type TeamOrigin } from './team-origin';

/**
 * The one permission granted: a sanitized clipboard write from our own top-level page, so that
 * "copy quote" buttons using navigator.clipboard.writeText work (Chromium checks this permission
 * and a blanket `false` silently breaks them). Reading the clipboard stays denied.
 */
function isGranted(origin: AppOrigin, permission: string, contents: WebContents | null, isMainFrame: boolean): boolean {
  return permission === 'clipboard-sanitized-write' && isMainFrame && contents !== null && isAppPage(origin, contents.getURL());
}

export function hardenSession(session: Session, origin: AppOrigin, team: TeamOrigin = createTeamOrigin()): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isGranted(origin, permission, contents, details.isMainFrame));
  });
  session.setPermissionCheckHandler((contents, permission, _requestingOrigin, details) =>
    isGranted(origin, permission, contents, details.isMainFrame),
  );

  session.webRequest.onBeforeRequest((details, callback) => {
    // The team's server, once one is set up, is the only place outside the app a request may go.
    const allowed = isAllowedRequest(origin, details.url) || isTeamRequest(team, details.url);
    if (!allowed) console.warn(`[readout] blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppPage(origin, details.url)) return callback({});
    callback({ responseHeaders: withCsp(details.responseHeaders, contentSecurityPolicy(origin, team.current())) });
  });
}
