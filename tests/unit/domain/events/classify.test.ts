// The type of an event from what is done in its first acting clause, on invented sentences.
import { describe, expect, it } from 'vitest';
import { typeOf } from '../../../../renderer/src/domain/events/classify';

describe('typeOf', () => {
  it('makes a meeting chaired or held a meeting, whatever signing or unveiling it then does', () => {
    expect(typeOf('区委书记王建国主持召开招商引资工作推进会议,现场签约项目12个。')).toBe('meeting');
    expect(typeOf('青禾区召开区委常委会会议,研究部署揭牌仪式筹备工作。')).toBe('meeting');
    // The title before the name is a clause of its own.
    expect(typeOf('市政协副主席,开发区工委第一书记王建国主持召开学习会暨碰头会。')).toBe('meeting');
  });

  it('keeps the type of what is done first in the clause, and reads no meeting in 会见', () => {
    expect(typeOf('副厅长王建国一行调研青禾区渔业基地并召开座谈会。')).toBe('inspection');
    expect(typeOf('市长王建国会见客商一行,双方签署合作协议。')).toBe('signing');
  });
});
