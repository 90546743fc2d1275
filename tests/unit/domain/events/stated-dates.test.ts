// Dates a text states where the issue's own dating is missing or the first date is not the
// event's: a dateline before the day, a marked brief's day inside its first sentence, the one
// year a text without publish time writes. Invented lines in the style of county papers.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import type { IssueDating } from '../../../../renderer/src/domain/events/types';

function datesOf(dating: IssueDating, ...paragraphs: string[]): unknown[] {
  const blocks: Block[] = paragraphs.map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
  return extractEvents(blocks, dating).map((event) => event.date);
}

describe('dates a text states', () => {
  it('reads the day after a dateline, not the dateline’s', () => {
    const dating = { published: '2013-03-07T09:21', period: null };
    expect(datesOf(dating, '枣庄房产网3月7日讯 3月4日,枣庄市委书记陈伟来薛城区视察工作。')).toEqual(['2013-03-04']);
    expect(datesOf(dating, '新华社北京3月7日电 3月5日,国务院总理王建国会见客商。')).toEqual(['2013-03-05']);
  });

  it('reads the day of a report that sets the scene first, when what is done follows in the next sentence', () => {
    const dating = { published: '2020-02-20', period: null };
    const scene = '新冠肺炎疫情仍在持续。2月19日,是全市大排查行动最后一天。市委书记王建国主持召开视频例会,逐一询问工作进展。';
    expect(datesOf(dating, scene)).toEqual(['2020-02-19']);
    // …but a day with nothing done in its sentence or the next opens no event
    expect(datesOf(dating, '新冠肺炎疫情仍在持续。2月19日,是全市大排查行动最后一天。天气晴好,气温回升。')).toEqual([]);
  });

  it('dates a marked brief by the day in its first sentence, else by the entry before it', () => {
    const dating = { published: '2023-09-28', period: null };
    expect(
      datesOf(
        dating,
        '◆9月23日,我县召开调度会。副县长李晋平出席。',
        '◆为保障饮水安全,9月25日,副县长李晋平带领检查组开展巡查。',
        '◆副县长李晋平主持召开专题会议。',
      ),
    ).toEqual(['2023-09-23', '2023-09-25', '2023-09-25']);
  });

  it('gives a yearless day the one year the text writes when the issue has no publish time or period', () => {
    const undated = { published: null, period: null };
    expect(datesOf(undated, '9月24日,县总工会举办2023年迎国庆篮球赛。副县长李帅出席。')).toEqual(['2023-09-24']);
    // Two years written: neither is the issue's.
    expect(datesOf(undated, '9月24日,副县长李帅出席会议,总结2022年工作,部署2023年任务。')).toEqual(['--09-24']);
    // A publish time wins over a year the text writes.
    expect(datesOf({ published: '2024-09-25', period: null }, '9月24日,县总工会举办2023年篮球赛。副县长李帅出席。')).toEqual([
      '2024-09-24',
    ]);
  });
});
