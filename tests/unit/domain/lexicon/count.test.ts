// Counting a lexicon in a text (matcher.count, the figure every import and re-count stores) gives
// what marking it gives (matcher.match, tallied per entry): the fast path folds each code unit as
// the automaton reads it and keeps no match objects, so it is checked here against match() on every
// corpus text and on texts built to reach the automaton's failure links, folding and lone surrogates.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../renderer/src/domain/lexicon/matcher';
import { starterLexicon } from '../../../../renderer/src/domain/lexicon/starter';
import type { LexiconEntry } from '../../../../renderer/src/domain/lexicon/types';
import { corpusDir, corpusText } from '../../factories';
import { entry } from './entries';

function tally(lexicon: readonly LexiconEntry[], text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { entryId } of compileLexicon(lexicon).match(text)) counts[entryId] = (counts[entryId] ?? 0) + 1;
  return counts;
}

const corpusNames = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));

const lexicons: Record<string, LexiconEntry[]> = {
  starter: starterLexicon(),
  overlapping: [...starterLexicon(), entry('城市更新行动'), entry('更新行动方案'), entry('高质量'), entry('发展')],
  variants: [entry('集成电路', { variants: ['产业集群', 'ＡＩ產業'] }), entry('"465"现代产业体系'), entry('abcd'), entry('bc')],
};

describe('matcher.count', () => {
  for (const [name, lexicon] of Object.entries(lexicons)) {
    it(`equals match() tallied, on every corpus text (${name} lexicon)`, () => {
      const matcher = compileLexicon(lexicon);
      for (const file of corpusNames) {
        const text = corpusText(file);
        expect(Object.fromEntries(matcher.count(text))).toEqual(tally(lexicon, text));
      }
    });
  }

  it('equals match() where failure links, folding and lone surrogates matter', () => {
    const lexicon = lexicons.variants!;
    const matcher = compileLexicon(lexicon);
    for (const text of [
      'abce abcd xbcd',
      'ABCD ａｂｃｄ',
      '集成電路產業集群,ai产业',
      '“465”現代產業體系 465现代产业体系',
      '\ud800集成电路\udc00bc',
      '',
    ]) {
      expect(Object.fromEntries(matcher.count(text))).toEqual(tally(lexicon, text));
    }
  });
});
