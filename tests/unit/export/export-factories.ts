// Builders of export models for the tests: real quotes from the sample issue, small overrides.
import type { ExportEvent, ExportHighlight, ExportIssue, ExportModel } from '../../../renderer/src/domain/export/model';

let counter = 0;
const next = () => ++counter;

export function makeHighlight(overrides: Partial<ExportHighlight> = {}): ExportHighlight {
  const n = next();
  return {
    id: `h${n}`,
    quote: '城市更新',
    prefix: '进一步推进',
    suffix: '行动,改善城区',
    start: 100 + n,
    end: 104 + n,
    category: { id: 'policy', name: '政策提法', color: '#a4262c' },
    note: '',
    tags: [],
    paragraph: 40,
    createdAt: '2024-05-01T08:00:00.000Z',
    modifiedAt: '2024-05-01T08:00:00.000Z',
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<ExportEvent> = {}): ExportEvent {
  return {
    id: `e${next()}`,
    date: '2022-09-12',
    timeOfDay: null,
    officials: [{ name: '许峰', titles: ['市委常委', '江阴市委书记'] }],
    place: '江阴',
    type: 'meeting',
    typeLabel: '会议',
    summary: '主持召开江阴社会主义现代化建设工作推进会',
    tags: [],
    blockIndex: 10,
    status: 'confirmed',
    ...overrides,
  };
}

export function makeIssue(overrides: Partial<ExportIssue> = {}): ExportIssue {
  return {
    id: `i${next()}`,
    title: '市(县)区委书记、市(县)区长一周|9.12-9.18',
    series: '市(县)区委书记、市(县)区长一周',
    period: { start: '2022-09-12', end: '2022-09-18' },
    published: '2022-09-19T14:38:35',
    source: '无锡日报政务融媒',
    origin: 'wuxi-leaders-week-2022-09-12.txt',
    contentHash: '0123456789abcdef',
    note: '',
    tags: [],
    highlights: [],
    events: [],
    phrases: [],
    ...overrides,
  };
}

export function makeModel(issues: ExportIssue[], overrides: Partial<ExportModel> = {}): ExportModel {
  return {
    title: '无锡板块动态简报',
    createdAt: '2024-05-02T09:30:00.000Z',
    scope: '当前一期',
    issues,
    lexicon: [],
    trend: null,
    ...overrides,
  };
}

/** The sample brief of the acceptance: 3 highlights and 2 confirmed events on the sample issue. */
export function sampleBrief(): ExportModel {
  return makeModel([
    makeIssue({
      note: '本期重点:城市更新与项目签约。',
      tags: ['无锡'],
      highlights: [
        makeHighlight({ quote: '城市更新', note: '重点', tags: ['城市更新'] }),
        makeHighlight({
          quote: '招商引资取得新成果',
          category: { id: 'target', name: '目标数据', color: '#0078d4' },
          note: '第三季度',
          tags: ['招商引资'],
        }),
        makeHighlight({
          quote: '全力以赴稳增长',
          category: { id: 'risk', name: '风险', color: '#ca5010' },
          tags: ['稳增长', '"465"现代产业体系'],
        }),
      ],
      events: [
        makeEvent({ tags: ['会议'] }),
        makeEvent({
          date: '2022-09-17',
          timeOfDay: '上午',
          officials: [{ name: '崔荣国', titles: ['高新区党工委书记', '新吴区委书记'] }],
          place: '新吴',
          type: 'signing',
          typeLabel: '签约',
          summary: '益多环保热电厂关停暨城市更新项目签约仪式, "国联集团"',
          tags: ['城市更新', '签约'],
        }),
      ],
    }),
  ]);
}
