// Phrases by place and by official, on the sample issue read whole: 城市更新 is said six times —
// once in the introduction, once in the section heading 推动城市更新, twice in that section's
// opening paragraph (no event), and twice in the 新吴 event of 17 September: its first paragraph
// (签约仪式, 崔荣国出席) and its second (崔荣国表示 … 城市更新项目的成功签约). So by place only 新吴
// has it, twice; by official only 崔荣国, twice. 招商引资 is said once, in the introduction: no event.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import { prepareGazetteer } from '../../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import { compileLexicon } from '../../../../renderer/src/domain/lexicon/matcher';
import { starterLexicon } from '../../../../renderer/src/domain/lexicon/starter';
import { eventSplitOccurrences, type BlockCounts, type SplitEvent } from '../../../../renderer/src/domain/trends/event-split';
import { corpusText } from '../../factories';

let events: SplitEvent[];
let blockCounts: BlockCounts;
let idOf: (phrase: string) => string;

beforeAll(async () => {
  await prepareGazetteer();
  const issue = parseDigest(corpusText('wuxi-leaders-week-2022-09-12.txt'));
  events = extractEvents(issue.blocks, issue).map((event) => ({
    issueId: 'wuxi',
    blockIndexes: event.blockIndexes,
    place: event.place,
    officials: event.officials.map((official) => official.name),
  }));
  const lexicon = starterLexicon();
  const matcher = compileLexicon(lexicon);
  blockCounts = new Map(issue.blocks.map((block, index) => [index, matcher.count(block.text)]));
  idOf = (phrase) => lexicon.find((entry) => entry.phrase === phrase)!.id;
});

describe('eventSplitOccurrences', () => {
  it('counts 城市更新 for 新吴 twice, in the two paragraphs of its event', () => {
    const rows = eventSplitOccurrences(events, () => blockCounts, 'place').filter((row) => row.entryId === idOf('城市更新'));
    expect(rows.map(({ group, count }) => [group, count])).toEqual([['新吴', 2]]);
  });

  it('counts 城市更新 for 崔荣国 twice', () => {
    const rows = eventSplitOccurrences(events, () => blockCounts, 'official').filter((row) => row.entryId === idOf('城市更新'));
    expect(rows.map(({ group, count }) => [group, count])).toEqual([['崔荣国', 2]]);
  });

  it('leaves out a phrase said outside every event (招商引资, in the introduction)', () => {
    const rows = eventSplitOccurrences(events, () => blockCounts, 'place');
    expect(rows.filter((row) => row.entryId === idOf('招商引资'))).toEqual([]);
  });

  it('a paragraph shared by two events of one place counts once for it', () => {
    const shared: SplitEvent[] = [
      { issueId: 'a', blockIndexes: [0], place: '新吴', officials: ['甲'] },
      { issueId: 'a', blockIndexes: [0, 1], place: '新吴', officials: ['乙'] },
    ];
    const counts: BlockCounts = new Map([
      [0, new Map([['x', 2]])],
      [1, new Map([['x', 1]])],
    ]);
    expect(eventSplitOccurrences(shared, () => counts, 'place')).toEqual([{ issueId: 'a', entryId: 'x', count: 3, group: '新吴' }]);
    expect(eventSplitOccurrences(shared, () => counts, 'official').map((row) => [row.group, row.count])).toEqual([
      ['甲', 2],
      ['乙', 3],
    ]);
  });
});
