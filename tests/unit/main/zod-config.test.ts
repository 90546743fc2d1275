// zod's JIT probe (`new Function`) logs a CSP eval violation under Readout's policy: both
// processes switch it off before any schema runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const source = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('zod without its JIT', () => {
  it('is configured jitless by the renderer module its entry imports first', async () => {
    await import('../../../renderer/src/zod-config');
    expect(z.config().jitless).toBe(true);
    const firstImport = source('renderer/src/main.tsx').match(/^import .*$/m)?.[0];
    expect(firstImport).toBe("import './zod-config';");
  });

  it('is configured jitless in main before the app starts', () => {
    const main = source('main/index.ts');
    expect(main.indexOf('z.config({ jitless: true })')).toBeGreaterThan(0);
    expect(main.indexOf('z.config({ jitless: true })')).toBeLessThan(main.indexOf('start();'));
  });
});
