// Which fields of a proposed event are marked uncertain: inferred from context rather than read
// in the event's words. Invented lines in the style of the corpus's reports and chronicles; the
// negative cases are the ones read outright (a year written, a period, a heading's year, a place
// and a type the entry names).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import { prepareGazetteer } from '../../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import type { IssueDating, ProposedEvent } from '../../../../renderer/src/domain/events/types';

beforeAll(async () => {
  await prepareGazetteer();
});

function eventsOf(dating: IssueDating, ...lines: [Block['kind'], string][]): ProposedEvent[] {
  const blocks: Block[] = lines.map(([kind, text], index) => ({ kind, text, line: index + 1 }));
  return extractEvents(blocks, dating);
}

const report = (text: string) => ['paragraph', text] as [Block['kind'], string];

describe('uncertain fields of a proposed event', () => {
  it('marks a date whose year comes from the publish time, and a relative day', () => {
    const published = { published: '2023-01-10T09:00', period: null };
    expect(eventsOf(published, report('1月9日,区长王建国主持召开区长办公会。'))[0]!.uncertain).toContain('date');
    expect(eventsOf(published, report('昨天,区长王建国主持召开区长办公会。'))[0]!.uncertain).toContain('date');
  });

  it('does not mark a date whose year is written, or that the period or a heading dates', () => {
    const published = { published: '2023-01-10T09:00', period: null };
    expect(eventsOf(published, report('2023年1月9日,区长王建国主持召开区长办公会。'))[0]!.uncertain).not.toContain('date');
    const week = { published: '2023-01-16T09:00', period: { start: '2023-01-09', end: '2023-01-15' } };
    expect(eventsOf(week, report('1月9日,区长王建国主持召开区长办公会。'))[0]!.uncertain).not.toContain('date');
    const chronicle = eventsOf(
      { published: '2023-08-01T09:00', period: null },
      ['heading', '2023年7月'],
      report('3日 区长王建国主持召开区长办公会。'),
    );
    expect(chronicle[0]!.date).toBe('2023-07-03');
    expect(chronicle[0]!.uncertain).not.toContain('date');
  });

  it('marks a 同日 entry as its previous entry is marked: uncertain when that year came from the publish time', () => {
    const posted = eventsOf(
      { published: '2017-06-01T09:00', period: null },
      report('5月21日,区委书记王建国出席开放日活动。'),
      report('同日,区长李国强会见来访客商。'),
    );
    expect(posted.map((event) => event.date)).toEqual(['2017-05-21', '2017-05-21']);
    expect(posted.map((event) => event.uncertain.includes('date'))).toEqual([true, true]);
    const headed = eventsOf(
      { published: '2017-06-01T09:00', period: null },
      report('2017年5月21日,区委书记王建国出席开放日活动。'),
      report('同日,区长李国强会见来访客商。'),
    );
    expect(headed.map((event) => event.uncertain.includes('date'))).toEqual([false, false]);
  });

  it('marks a place taken from the issue, not one the entry names', () => {
    const dating = { published: null, period: { start: '2023-01-09', end: '2023-01-15' } };
    const [named, fromIssue] = eventsOf(
      dating,
      report('1月9日,吴江区委书记王建国调研重点项目。'),
      report('1月10日,区长李国强主持召开区长办公会。'),
    );
    expect(named!.place).toBe('吴江');
    expect(named!.uncertain).not.toContain('place');
    expect(fromIssue!.place).toBe('吴江');
    expect(fromIssue!.uncertain).toContain('place');
  });

  it('marks a type the entry’s words do not name', () => {
    const dating = { published: null, period: { start: '2023-01-09', end: '2023-01-15' } };
    const [meeting, unnamed] = eventsOf(
      dating,
      report('1月9日,吴江区委书记王建国主持召开区委常委会会议。'),
      report('1月10日,吴江区委书记王建国与企业家代表一起观看文艺演出。'),
    );
    expect(meeting!.type).toBe('meeting');
    expect(meeting!.uncertain).toEqual([]);
    expect(unnamed!.uncertain).toContain('type');
  });
});
