// Officials named again later in an issue — by full name, or by surname and a form of address
// ("张书记") — and officials who are only cited (the author of a speech being studied), on small
// invented issues. A reference resolves only to the one person it can mean; nothing is invented.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';

function officialsOf(...paragraphs: string[]): string[][] {
  const blocks: Block[] = paragraphs.map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
  return extractEvents(blocks, { published: '2024-06-30', period: null }).map((event) =>
    event.officials.map((official) => `${official.name}[${official.titles.join('/')}]`),
  );
}

describe('an official named again', () => {
  it('is the same person when the full name comes back alone', () => {
    expect(officialsOf('6月2日,市委书记张三伟主持召开会议。', '6月3日,张三伟调研企业。')).toEqual([['张三伟[市委书记]'], ['张三伟[]']]);
  });

  it('is the one earlier official of a surname with such a title when addressed by surname and title', () => {
    expect(officialsOf('6月2日,市委书记张三伟主持召开会议。', '6月3日,张书记调研企业。')).toEqual([['张三伟[市委书记]'], ['张三伟[]']]);
    expect(officialsOf('6月2日,副市长王立新出席会议。', '6月3日,在王市长的带领下,考察团调研企业。')).toEqual([
      ['王立新[副市长]'],
      ['王立新[]'],
    ]);
    expect(officialsOf('6月2日,市委书记欧阳明高主持召开会议。', '6月3日,欧阳书记调研企业。')).toEqual([
      ['欧阳明高[市委书记]'],
      ['欧阳明高[]'],
    ]);
  });

  it('is reported in the characters the issue wrote the name in', () => {
    expect(officialsOf('6月2日,市委書記張三偉主持召開會議。', '6月3日,張書記調研企業。')).toEqual([['張三偉[市委書記]'], ['張三偉[]']]);
  });

  it('is nobody when two earlier officials could be meant, or none', () => {
    const two = officialsOf('6月2日,市委书记张三伟主持召开会议。', '6月3日,区委书记张四海主持召开会议。', '6月4日,张书记调研企业。');
    expect(two[2]).toEqual([]);
    expect(officialsOf('6月2日,市长张三伟主持召开会议。', '6月3日,张书记调研企业。')[1]).toEqual([]);
    expect(officialsOf('6月2日,市委书记张三伟主持召开会议。', '6月3日,李书记调研企业。')[1]).toEqual([]);
  });

  it('is not found inside a place name or a word that only begins like an address', () => {
    const events = officialsOf('6月2日,市长江海波主持召开会议。', '6月3日,镇江市长调研企业。', '6月4日,张家港市委书记王立新调研企业。');
    expect(events[1]).toEqual([]);
    expect(events[2]).toEqual(['王立新[张家港市委书记]']);
  });
});

describe('an official only cited', () => {
  it('is left out when the sentence relays his or her speech or instruction', () => {
    expect(officialsOf('6月2日,区委书记李明主持召开常委会,传达学习省委书记王刚在全省大会上的讲话精神。')).toEqual([['李明[区委书记]']]);
    expect(officialsOf('6月2日,区委书记李明主持召开会议,传达学习省委书记王刚、省长赵立在调研时的重要指示。')).toEqual([['李明[区委书记]']]);
  });

  it('is left out when the speech follows the name at once', () => {
    expect(officialsOf('6月2日,县委书记申文霞主持召开会议。', '会上,申文霞指出,赵革书记的讲话站位高、思路明。')).toEqual([
      ['申文霞[县委书记]'],
    ]);
  });

  it('is left out when he or she sends another in his or her place', () => {
    expect(officialsOf('6月2日,受商会会长郑立委托,常务副会长曾立杰出席活动。')).toEqual([['曾立杰[常务副会长]']]);
  });

  it('takes part when he or she relays, leads or speaks', () => {
    expect(officialsOf('6月2日,市委书记张建华在传达学习全省会议精神时强调,要抓好落实。')).toEqual([['张建华[市委书记]']]);
    expect(officialsOf('6月2日,在市委书记张建华的带领下,代表团调研企业。')).toEqual([['张建华[市委书记]']]);
    expect(officialsOf('6月2日,会议传达学习全省会议精神,市委书记张建华作讲话。')).toEqual([['张建华[市委书记]']]);
  });
});

describe('lines that name people who are no officials', () => {
  it('reads no official in a byline or a source line', () => {
    expect(officialsOf('6月2日,市委书记张建华调研企业。(记者 李明 通讯员 王刚)')).toEqual([['张建华[市委书记]']]);
    expect(officialsOf('6月2日,市委书记张建华调研企业。', '来源:王府井日报 作者:李明 编辑:王刚')).toEqual([['张建华[市委书记]']]);
  });
});
