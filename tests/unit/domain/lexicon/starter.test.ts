// The starter lexicon ships as data chosen from real digests: each phrase must still occur in one.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../renderer/src/domain/lexicon/matcher';
import { starterLexicon } from '../../../../renderer/src/domain/lexicon/starter';
import { corpusDir, corpusText } from '../../factories';

const texts = [
  ...readdirSync(corpusDir).filter((name) => name.endsWith('.txt')),
  ...readdirSync(corpusDir + 'dev')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `dev/${name}`),
].map((name) => corpusText(name));

describe('starterLexicon', () => {
  const lexicon = starterLexicon();

  it('has unique stable ids and the phrases the issue names', () => {
    expect(new Set(lexicon.map((e) => e.id)).size).toBe(lexicon.length);
    const phrases = lexicon.map((e) => e.phrase);
    for (const phrase of ['城市更新', '招商引资', '稳增长', '新质生产力', '高质量发展']) expect(phrases).toContain(phrase);
  });

  it('keeps only phrases that occur in the real digests', () => {
    const matcher = compileLexicon(lexicon);
    const found = new Set<string>();
    for (const text of texts) for (const id of matcher.count(text).keys()) found.add(id);
    expect(lexicon.filter((e) => !found.has(e.id)).map((e) => e.phrase)).toEqual([]);
  });
});
