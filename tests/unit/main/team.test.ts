// Team sharing in main: the password is kept encrypted with safeStorage (never in clear), the
// arguments are validated, and the team server's one origin is admitted by the request filter
// and the CSP header — and nothing is admitted while no team is set up.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPasswordStore, registerTeamHandlers } from '../../../main/ipc/handlers/team';
import { createHandle } from '../../../main/ipc/register';
import { hardenSession } from '../../../main/security/session';
import { createTeamOrigin, type TeamOrigin } from '../../../main/security/team-origin';
import { BrowserWindow, FakeSession, ipcMain, safeStorage } from './fake-electron';
import { appPageUrl, buildOrigin, invokeEvent } from './helpers';

vi.mock('electron', () => import('./fake-electron'));

const dir = mkdtempSync(join(tmpdir(), 'readout-team-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let win: BrowserWindow;
let origin: TeamOrigin;
let file: string;
let serial = 0;

beforeEach(() => {
  ipcMain.handlers.clear();
  safeStorage.available = true;
  serial += 1;
  file = join(dir, `passwords-${serial}.json`);
  origin = createTeamOrigin();
  win = new BrowserWindow({ width: 800, height: 600 });
  const handle = createHandle({ window: () => win as never, isAppPage: (url) => url === appPageUrl() });
  registerTeamHandlers(handle, { store: createPasswordStore(file), origin });
});

function invoke(channel: string, args: unknown) {
  return ipcMain.handlers.get(channel)!(invokeEvent(win), args);
}

describe('team passwords', () => {
  it('keeps a password encrypted and gives it back; null forgets it', async () => {
    await expect(invoke('team:set-password', { team: 'https://couch.example|team|alice', password: 's3cret' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(readFileSync(file, 'utf8')).not.toContain('s3cret');
    await expect(invoke('team:get-password', { team: 'https://couch.example|team|alice' })).resolves.toEqual({
      ok: true,
      value: { password: 's3cret' },
    });
    await invoke('team:set-password', { team: 'https://couch.example|team|alice', password: null });
    await expect(invoke('team:get-password', { team: 'https://couch.example|team|alice' })).resolves.toEqual({
      ok: true,
      value: { password: null },
    });
  });

  it('refuses to write a password in clear where the OS offers no encryption', async () => {
    safeStorage.available = false;
    const result = await invoke('team:set-password', { team: 't', password: 's3cret' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses arguments outside the contract', async () => {
    await expect(invoke('team:set-password', { team: 't', password: 's', extra: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    await expect(invoke('team:get-password', { team: 'x'.repeat(1001) })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });
});

describe('the team origin', () => {
  it('takes https or loopback http origins only', async () => {
    for (const bad of ['http://couch.example', 'https://couch.example/path', 'ftp://127.0.0.1', 'javascript:alert(1)']) {
      await expect(invoke('team:set-origin', { origin: bad })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    await expect(invoke('team:set-origin', { origin: 'http://127.0.0.1:5984' })).resolves.toEqual({ ok: true, value: null });
    expect(origin.current()).toBe('http://127.0.0.1:5984');
  });

  it('is the one outside origin requests may reach, and the CSP connect-src names it', async () => {
    const session = new FakeSession();
    hardenSession(session as never, buildOrigin(), origin);
    const allowed = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest?.({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
      return cancel === false;
    };
    const connectSrc = () => {
      let headers: Record<string, string[]> = {};
      session.headersReceived?.(
        { url: appPageUrl(), responseHeaders: {} },
        (answer: { responseHeaders: Record<string, string[]> }) => (headers = answer.responseHeaders),
      );
      return /connect-src ([^;]*)/.exec(headers['Content-Security-Policy']![0]!)![1];
    };
    expect(allowed('https://couch.example/team/_changes')).toBe(false);
    expect(connectSrc()).toBe("'self'");
    await invoke('team:set-origin', { origin: 'https://couch.example' });
    expect(allowed('https://couch.example/team/_changes')).toBe(true);
    expect(allowed('https://other.example/')).toBe(false);
    expect(connectSrc()).toBe("'self' https://couch.example");
    await invoke('team:set-origin', { origin: null });
    expect(allowed('https://couch.example/team/_changes')).toBe(false);
  });
});
