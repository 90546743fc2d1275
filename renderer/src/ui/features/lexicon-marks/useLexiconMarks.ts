// The lexicon layer of the open issue: each block's marks (phrase, colour, block-local offsets),
// the title's, and which mark is the article's one tab stop. The matching is done once per issue
// text and lexicon (issue-marks.ts); renders only look it up, and a block's marks stay the same
// array while the lexicon does, so the memoised blocks re-render only where highlights change.
import { useMemo } from 'react';
import type { IssueTextRecord, LexiconEntryRecord } from '../../../data/records';
import { matcherOf } from '../../../data/lexicon/lexicon-rows';
import type { BlockMark } from '../highlights/block-pieces';
import { issueMarksOf, titleMarksOf, type BlockMatch } from './issue-marks';

const none: readonly BlockMark[] = [];

export interface LexiconMarks {
  blocks: readonly (readonly BlockMark[])[];
  title: readonly BlockMark[];
  /** The first mark in reading order: where Tab enters the marks (see useMarkKeys.ts). */
  tabStop: { block: number | 'title'; from: number } | null;
  entries: ReadonlyMap<string, LexiconEntryRecord>;
}

export function useLexiconMarks(text: IssueTextRecord, title: string, lexicon: readonly LexiconEntryRecord[], on: boolean): LexiconMarks {
  const matcher = useMemo(() => matcherOf(lexicon), [lexicon]);
  const entries = useMemo(() => new Map(lexicon.map((entry) => [entry.id, entry])), [lexicon]);
  return useMemo(() => {
    if (!on || matcher.entries.size === 0) return { blocks: text.blocks.map(() => none), title: none, tabStop: null, entries };
    const shown = (matches: readonly BlockMatch[]): readonly BlockMark[] =>
      matches.length === 0
        ? none
        : matches.map((match) => {
            const entry = entries.get(match.entryId);
            return { ...match, phrase: entry?.phrase ?? '', color: entry?.category.colour ?? '#7c3aed' };
          });
    const blocks = issueMarksOf(matcher, text.blocks).blocks.map(shown);
    const titleMarks = shown(titleMarksOf(matcher, title));
    const firstBlock = blocks.findIndex((marks) => marks.length > 0);
    const tabStop =
      titleMarks.length > 0
        ? { block: 'title' as const, from: titleMarks[0]!.from }
        : firstBlock >= 0
          ? { block: firstBlock, from: blocks[firstBlock]![0]!.from }
          : null;
    return { blocks, title: titleMarks, tabStop, entries };
  }, [on, matcher, entries, text.blocks, title]);
}
