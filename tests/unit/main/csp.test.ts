// One CSP: the header main sends and the meta tag the renderer build writes come from one list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../main/security/csp';
import { rendererViteConfig } from '../../../renderer/vite.shared.mts';
import { buildOrigin } from './helpers';

const directivesOf = (policy: string) => policy.split('; ');

describe('the content security policy', () => {
  it('forbids frames and lets workers come only from the app (the import parser runs in one)', () => {
    for (const policy of [contentSecurityPolicy(buildOrigin()), metaContentSecurityPolicy()]) {
      expect(directivesOf(policy)).toContain("frame-src 'none'");
      expect(directivesOf(policy)).toContain("worker-src 'self' blob:");
      expect(directivesOf(policy)).toContain("script-src 'self'");
      expect(directivesOf(policy)).toContain("object-src 'none'");
    }
  });

  it('puts in the meta tag every directive of the header that a meta tag can carry, and nothing else', () => {
    const header = directivesOf(contentSecurityPolicy(buildOrigin()));
    const meta = directivesOf(metaContentSecurityPolicy());
    expect(header.filter((directive) => !meta.includes(directive))).toEqual(["frame-ancestors 'none'"]);
    expect(meta.every((directive) => header.includes(directive))).toBe(true);
  });

  it('is written into index.html by the renderer build, not typed there by hand', () => {
    expect(readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')).not.toContain(
      'http-equiv="Content-Security-Policy"',
    );
    const plugin = rendererViteConfig.plugins.find((p) => 'name' in p && p.name === 'readout:csp-meta') as {
      transformIndexHtml: (html: string, context: object) => { attrs: Record<string, string> }[];
    };
    const [tag] = plugin.transformIndexHtml('<html></html>', {});
    expect(tag?.attrs).toEqual({ 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() });
  });

  it('relaxes scripts and the hot-reload socket only for a dev server', () => {
    const dev = contentSecurityPolicy(buildOrigin('http://localhost:5173/'));
    expect(directivesOf(dev)).toContain("script-src 'self' 'unsafe-inline'");
    expect(directivesOf(dev)).toContain("connect-src 'self' ws://localhost:5173");
  });
});
