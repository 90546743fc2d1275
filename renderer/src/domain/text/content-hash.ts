// A stable fingerprint of an issue's text, used to recognise the same issue imported twice.
// Synchronous and pure (not crypto.subtle) so it can run inside a database transaction; it only
// has to tell texts apart, not resist an attacker. Two independent 32-bit FNV-1a/murmur-style
// lanes give 64 bits, so accidental collisions in a library of millions are negligible.

/** Line endings, BOM and trailing spaces do not make a different issue. */
export function normaliseForHash(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000\u00A0]+$/gm, '')
    .trim();
}

export function contentHash(text: string): string {
  const normalised = normaliseForHash(text);
  let h1 = 0xdeadbeef ^ normalised.length;
  let h2 = 0x41c6ce57 ^ normalised.length;
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
