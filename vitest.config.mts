// Vitest runs the unit tests: domain (golden fixtures), data (fake-indexeddb), main (electron mocked).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default'],
  },
});
