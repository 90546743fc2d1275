// End-to-end tests drive the built browser renderer (out/web, served over http by vite preview)
// in Debian's Chromium. tests/electron/ runs as its own project where an Electron binary exists.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium';

const port = Number(process.env.READOUT_E2E_PORT ?? 4317);

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  // Playwright's own CI default: a test that fails then passes is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    locale: 'en-US',
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    { name: 'e2e', testDir: './tests/e2e' },
    { name: 'electron', testDir: './tests/electron' },
  ],
  webServer: {
    // vite preview serves the same out dir that build:web wrote (READOUT_WEB_OUT, default out/web).
    command: `npx vite preview --config renderer/vite.config.mts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
