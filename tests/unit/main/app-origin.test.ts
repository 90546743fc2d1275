// Where the app's pages come from: the dev server only in development; a packaged app trusts only
// its own files, whatever ELECTRON_RENDERER_URL says.
import { describe, expect, it } from 'vitest';
import { createAppOrigin, isAllowedRequest, isAppPage } from '../../../main/app-origin';
import { appPageUrl, rendererDir } from './helpers';

describe('createAppOrigin', () => {
  it('uses the dev server electron-vite names while the app is not packaged', () => {
    const origin = createAppOrigin(rendererDir, { isPackaged: false, devUrl: 'http://localhost:5173/' });
    expect(origin.devUrl?.href).toBe('http://localhost:5173/');
    expect(isAppPage(origin, 'http://localhost:5173/#/library')).toBe(true);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app: only its own files are pages or allowed requests', () => {
    const origin = createAppOrigin(rendererDir, { isPackaged: true, devUrl: 'http://evil.example:8080/' });
    expect(origin.devUrl).toBeUndefined();
    expect(isAppPage(origin, 'http://evil.example:8080/')).toBe(false);
    expect(isAllowedRequest(origin, 'http://evil.example:8080/app.js')).toBe(false);
    expect(isAppPage(origin, appPageUrl())).toBe(true);
  });

  it('reads the variable from the environment by default, and still ignores it when packaged', () => {
    const before = process.env['ELECTRON_RENDERER_URL'];
    process.env['ELECTRON_RENDERER_URL'] = 'http://127.0.0.1:5174/';
    try {
      expect(createAppOrigin(rendererDir, { isPackaged: false }).devUrl?.host).toBe('127.0.0.1:5174');
      expect(createAppOrigin(rendererDir, { isPackaged: true }).devUrl).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env['ELECTRON_RENDERER_URL'];
      else process.env['ELECTRON_RENDERER_URL'] = before;
    }
  });
});
