// Vitest runs the unit tests: domain (golden fixtures), data (fake-indexeddb), main (electron mocked).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // CI has 2 cores and runs lint, the build and Chromium beside the tests: Vitest's 5 s default makes
    // tests that are merely slow on a loaded machine fail. A hang still fails, after 30 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default'],
  },
});
