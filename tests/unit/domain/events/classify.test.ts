// The type of an event from what is done in its first acting clause, on invented sentences.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { typeOf } from '../../../../renderer/src/domain/events/classify';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';

describe('typeOf', () => {
  it('makes a meeting chaired or held a meeting, whatever signing or unveiling it then does', () => {
    expect(typeOf('区委书记王建国主持召开招商引资工作推进会议,现场签约项目12个。')).toBe('meeting');
    expect(typeOf('青禾区召开区委常委会会议,研究部署揭牌仪式筹备工作。')).toBe('meeting');
    // The title before the name is a clause of its own.
    expect(typeOf('市政协副主席,开发区工委第一书记王建国主持召开学习会暨碰头会。')).toBe('meeting');
  });

  it('reads no type in what an official asks of others (要求, 强调, 指出 to the end of the sentence)', () => {
    expect(typeOf('全市普降暴雨。王建国第一时间作出批示,要求各地加强隐患点的巡查。')).toBeNull();
    expect(typeOf('王建国调研防汛工作,强调要加强巡查。')).toBe('inspection');
  });

  it('keeps the type of what is done first in the clause, and reads no meeting in 会见', () => {
    expect(typeOf('副厅长王建国一行调研青禾区渔业基地并召开座谈会。')).toBe('inspection');
    expect(typeOf('市长王建国会见客商一行,双方签署合作协议。')).toBe('signing');
  });
});

describe('the type of a chronicle entry', () => {
  it('is not read from the entry before it, an entry of its own that names no official', () => {
    const lines = ['7月3日 四届市委第六轮巡察工作动员部署会召开。', '7月4日 全市普降暴雨。胡海峰、吴晓东作出批示,要求加强巡查。'];
    const blocks: Block[] = lines.map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
    const events = extractEvents(blocks, { published: '2020-08-04', period: null, title: '丽水市委、市政府2019年执政纪事(7-12月)' });
    expect(events.map((event) => [event.date, event.type])).toEqual([['2019-07-04', 'activity']]);
  });
});
