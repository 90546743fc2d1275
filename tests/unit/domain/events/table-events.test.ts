// Events read from the rows of a table of officials' trips, on small invented tables: the header
// says which column holds the person, the time and the place; a place cell may list dated trips.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import { prepareGazetteer } from '../../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import type { Gazetteer } from '../../../../renderer/src/domain/events/gazetteer/gazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await prepareGazetteer();
});

const INTRO = '自8月中旬至今,中央领导至少调研了17个省份,列出这么一个表格:';

function eventsOf(...rows: string[]) {
  const blocks: Block[] = [INTRO, ...rows].map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
  return extractEvents(blocks, { published: '2016-09-27', period: null }, gazetteer).map((event) => ({
    line: event.line,
    date: event.date,
    officials: event.officials.map((official) => official.name),
    place: event.place,
    type: event.type,
  }));
}

describe('events from the rows of a trips table', () => {
  it('reads one event per row from the person, time and place columns, the type from the header', () => {
    expect(eventsOf('政治局成员 | 调研时间 | 调研省份', '王建国 | 8月22日至24日 | 青海', '李明 | 9月2日 | 北京')).toEqual([
      { line: 3, date: { start: '2016-08-22', end: '2016-08-24' }, officials: ['王建国'], place: '青海', type: 'inspection' },
      { line: 4, date: '2016-09-02', officials: ['李明'], place: '北京', type: 'inspection' },
    ]);
  });

  it('reads each dated trip of a place cell as an event, and no place where a cell names two', () => {
    expect(
      eventsOf('姓名 | 调研时间 | 调研省份', '周海 | 两次调研 | 宁夏(9月4日至6日) 新疆(9月10日)', '赵刚 | 9月20日至23日 | 浙江江苏'),
    ).toEqual([
      { line: 3, date: { start: '2016-09-04', end: '2016-09-06' }, officials: ['周海'], place: '宁夏', type: 'inspection' },
      { line: 3, date: '2016-09-10', officials: ['周海'], place: '新疆', type: 'inspection' },
      { line: 4, date: { start: '2016-09-20', end: '2016-09-23' }, officials: ['赵刚'], place: null, type: 'inspection' },
    ]);
  });

  it('gives no date where the time cell is no day (8月底)', () => {
    expect(eventsOf('成员 | 时间 | 省份', '孙立 | 8月底 | 西藏')[0]).toMatchObject({ date: null, place: '西藏' });
  });

  it('reads no events from a table whose header names no person, or rows whose first cell is no name', () => {
    expect(eventsOf('项目 | 开工时间 | 地点', '污水处理厂 | 9月2日 | 北京')).toEqual([]);
    expect(eventsOf('成员 | 时间 | 省份', '合计 | 9月 | 17个')).toEqual([]);
  });
});
