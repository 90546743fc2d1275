// The parser's rules on small made-up pages: line numbers, punctuation widths, headings, chrome,
// credits, meta lines and what happens when the page has none of them.

import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import type { Block } from '../../../../renderer/src/domain/digest/types';

/** A page from its lines. */
const page = (...lines: string[]) => lines.join('\n');
const kinds = (blocks: Block[]) => blocks.map((block) => `${block.line}:${block.kind}`);
const PARAGRAPH = '9月12日,区委书记主持召开全区经济运行调度会,研究部署下阶段工作。';
const PARAGRAPH_2 = '会议指出,要锚定全年目标,全力冲刺三季度,努力交出经济运行的过硬成绩单。';

describe('parseDigest', () => {
  it('returns an empty issue for an empty text', () => {
    expect(parseDigest('')).toEqual({
      title: '',
      series: null,
      period: null,
      published: null,
      source: null,
      sections: [],
      blocks: [],
      imagePlaceholders: 0,
      credits: [],
    });
  });

  it('numbers lines from 1 through \\r\\n, \\r and a byte-order mark, and trims all kinds of space', () => {
    const issue = parseDigest(`\uFEFF区长办公会召开\r\n\r\n\u3000\u3000${PARAGRAPH}\u00A0\r\n\r${PARAGRAPH_2}`);
    expect(issue.title).toBe('区长办公会召开');
    expect(issue.blocks).toEqual([
      { kind: 'paragraph', text: PARAGRAPH, line: 3 },
      { kind: 'paragraph', text: PARAGRAPH_2, line: 5 },
    ]);
  });

  it('reads full-width and half-width punctuation alike, and keeps the text as written', () => {
    const half = page('市(县)区委书记、市(县)区长一周|9.12-9.18', '', '2022-09-19 14:38:35', '', PARAGRAPH, '', '来源:无锡日报');
    const full = half.replace(/[(),:|]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const [a, b] = [parseDigest(half), parseDigest(full)];
    expect(b.period).toEqual(a.period);
    expect(b.published).toEqual(a.published);
    expect(kinds(b.blocks)).toEqual(kinds(a.blocks));
    expect(b.series).toBe('市（县）区委书记、市（县）区长一周');
    expect(b.credits).toEqual(['来源：无锡日报']);
    expect(b.source).toBe('无锡日报');
  });

  it('finds the series and the week in a title without a bar', () => {
    const issue = parseDigest(page('市(县)区委书记、市(县)区长一周(9月12日-18日)', '', '2022-09-19 14:38', '', PARAGRAPH));
    expect(issue.series).toBe('市(县)区委书记、市(县)区长一周');
    expect(issue.period).toEqual({ start: '2022-09-12', end: '2022-09-18' });
    expect(issue.published).toBe('2022-09-19T14:38:00');
  });

  describe('headings', () => {
    it('makes a pair of short lines between paragraphs a heading and its subheading', () => {
      const issue = parseDigest(page('区长一周', '', PARAGRAPH, '', '稳经济促增长', '', '紧扣发展谋良策', '', PARAGRAPH_2));
      expect(kinds(issue.blocks)).toEqual(['3:intro', '5:heading', '7:subheading', '9:paragraph']);
      expect(issue.sections).toEqual([['稳经济促增长', '紧扣发展谋良策']]);
    });

    it('accepts a heading followed by a picture, a numbered heading and a month heading', () => {
      const issue = parseDigest(page(PARAGRAPH, '', '一、稳增长', '', '图片', '', PARAGRAPH_2, '', '8月', '', PARAGRAPH));
      expect(issue.sections).toEqual([['一、稳增长'], ['8月']]);
    });

    it('does not take three short lines in a row, a list entry, a sentence or a last line for headings', () => {
      const issue = parseDigest(
        page(
          PARAGRAPH,
          '',
          '江西',
          '',
          '四川',
          '',
          '江苏',
          '',
          PARAGRAPH_2,
          '',
          '泰州市市长万闻华(11月6日)',
          '',
          PARAGRAPH,
          '',
          '奋力冲刺!',
          '',
          PARAGRAPH_2,
          '',
          '未完待续',
        ),
      );
      expect(issue.sections).toEqual([]);
      expect(issue.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    });

    it('needs blank lines around a heading', () => {
      const issue = parseDigest(page(PARAGRAPH, '稳经济促增长', PARAGRAPH_2));
      expect(issue.sections).toEqual([]);
    });

    it('has no introduction when the issue has no headings', () => {
      const issue = parseDigest(page('区长办公会召开', '', PARAGRAPH, '', PARAGRAPH_2));
      expect(kinds(issue.blocks)).toEqual(['3:paragraph', '5:paragraph']);
    });
  });

  describe('page chrome', () => {
    it('drops chrome lines anywhere in the page', () => {
      const issue = parseDigest(
        page(
          'logo',
          '新闻中心 > 武汉频道 > 要闻',
          '区长办公会召开',
          '【字体:大 中 小】',
          PARAGRAPH,
          '[复制链接]',
          '分享到:微信 微博',
          'd7d1bb3e276440db.jpg',
          '-',
          '8360',
          PARAGRAPH_2,
          '[打印此页] [关闭本页]',
        ),
      );
      expect(issue.title).toBe('区长办公会召开');
      expect(issue.blocks.map((block) => block.text)).toEqual([PARAGRAPH, PARAGRAPH_2]);
    });

    it('drops a banner above the headline and short clutter between headline and body', () => {
      const issue = parseDigest(
        page('首页 新闻 政务 服务', '多位市委书记密集赴上海', '主题', '积分', '4316', '心理热线', '发表于 2022-11-9 18:11', PARAGRAPH),
      );
      expect(issue.title).toBe('多位市委书记密集赴上海');
      expect(issue.published).toBe('2022-11-09T18:11:00');
      expect(issue.blocks.map((block) => block.text)).toEqual([PARAGRAPH]);
    });

    it('keeps a long subtitle under the headline', () => {
      const issue = parseDigest(
        page('山西品牌丝路行正式启动', '', '成功举办中国（山西）－巴西双向经贸投资推介会', '', '来源：山西日报', '', PARAGRAPH),
      );
      expect(issue.blocks[0]).toEqual({ kind: 'paragraph', text: '成功举办中国（山西）－巴西双向经贸投资推介会', line: 3 });
      expect(issue.source).toBe('山西日报');
    });
  });

  describe('credits and meta lines', () => {
    it('takes the credit lines at the foot, over trailing chrome, and keeps a credit-like line inside the body', () => {
      const issue = parseDigest(
        page(
          PARAGRAPH,
          '',
          '编辑:这一行在正文中间',
          '',
          PARAGRAPH_2,
          '',
          '来源:无锡日报',
          '责任编辑：张三',
          '(来源:无锡新传媒 wxrb.com)',
          '\u00A0',
          '友情链接:',
        ),
      );
      expect(issue.credits).toEqual(['来源:无锡日报', '责任编辑：张三', '(来源:无锡新传媒 wxrb.com)']);
      expect(issue.blocks[1]).toEqual({ kind: 'paragraph', text: '编辑:这一行在正文中间', line: 3 });
    });

    it('prefers a labelled publish time to a bare date at the top', () => {
      const issue = parseDigest(page('多位市委书记密集赴上海', '2010-11-24', '发表于 2022-11-9 18:11', PARAGRAPH));
      expect(issue.published).toBe('2022-11-09T18:11:00');
    });

    it('falls back on a dated footer line for the publish time', () => {
      const issue = parseDigest(page('区长办公会召开', '来源于：东区办事处', PARAGRAPH, '发布日期：2019-03-06', '责任编辑：龙慧'));
      expect(issue.published).toBe('2019-03-06');
      expect(issue.source).toBe('东区办事处');
      expect(issue.credits).toEqual(['发布日期：2019-03-06', '责任编辑：龙慧']);
    });

    it('keeps a byline at the top as a credit', () => {
      const issue = parseDigest(page('多位市委书记密集赴上海', '', '撰文丨董鑫', '', PARAGRAPH));
      expect(issue.credits).toEqual(['撰文丨董鑫']);
      expect(kinds(issue.blocks)).toEqual(['3:credit', '5:paragraph']);
    });

    it('counts image placeholders', () => {
      const issue = parseDigest(page(PARAGRAPH, '图片', '[图片]', '【图片】', PARAGRAPH_2));
      expect(issue.imagePlaceholders).toBe(3);
      expect(issue.blocks.filter((block) => block.kind === 'image').every((block) => block.text === '')).toBe(true);
    });
  });

  it('reads a letter-spaced title as the words it spells', () => {
    const issue = parseDigest(page('2006 年 通 州 区 大 事 记', '', PARAGRAPH));
    expect(issue.title).toBe('2006年通州区大事记');
    // a line of spaced words is no letter spacing: the words keep their spaces
    expect(parseDigest(page('区委 区政府 召开 会议', '', PARAGRAPH)).blocks[0]?.text).toBe('区委 区政府 召开 会议');
  });

  it('keeps a bare month number over a day entry of a chronicle, and drops one elsewhere as a page number', () => {
    const chronicle = parseDigest(
      page('2006年通州区大事记', '', ' 1  ', '', '9  招商局物流集团北京物流中心落户物流基地。', '2', '10日 在全国旅游工作会上授牌。'),
    );
    expect(chronicle.blocks.map((block) => block.text)).toEqual([
      '1',
      '9  招商局物流集团北京物流中心落户物流基地。',
      '2',
      '10日 在全国旅游工作会上授牌。',
    ]);
    const report = parseDigest(page('区长办公会召开', '', PARAGRAPH, '3', PARAGRAPH_2));
    expect(report.blocks.map((block) => block.text)).toEqual([PARAGRAPH, PARAGRAPH_2]);
  });

  it('puts a table flattened one cell per line back one row per line', () => {
    const cells = ['成员 |', '调研时间 |', '调研省份 |', '王建国 |', '8月22日至24日 |', '青海 |', '李明 |', '9月2日 |', '北京 |'];
    const issue = parseDigest(page('中央领导调研一览', '', PARAGRAPH, ...cells, PARAGRAPH_2));
    expect(issue.blocks.map((block) => `${block.line}:${block.text}`)).toEqual([
      `3:${PARAGRAPH}`,
      '4:成员 | 调研时间 | 调研省份',
      '7:王建国 | 8月22日至24日 | 青海',
      '10:李明 | 9月2日 | 北京',
      `13:${PARAGRAPH_2}`,
    ]);
  });

  it('leaves cell lines alone without a header of labels or when the cells do not fill the rows', () => {
    // the first cells hold digits: no header, so no way to know the width of a row
    const noHeader = ['王建国 |', '8月22日 |', '青海 |', '李明 |', '9月2日 |', '北京 |'];
    expect(parseDigest(page('调研一览', '', PARAGRAPH, ...noHeader)).blocks).toHaveLength(7);
    // seven cells: no width from 2 to 3 divides them into rows of a header's width
    const ragged = ['成员 |', '时间 |', '省份 |', '王建国 |', '8月22日 |', '青海 |', '李明 |'];
    expect(parseDigest(page('调研一览', '', PARAGRAPH, ...ragged)).blocks).toHaveLength(8);
  });

  it('drops a blog theme’s related posts and comment form under the article', () => {
    const issue = parseDigest(
      page(
        '区长办公会召开',
        '',
        PARAGRAPH,
        '',
        PARAGRAPH_2,
        '',
        '阅读更多',
        '',
        'Check Also',
        '',
        '2020年12月17日辽宁疫情情况 – 新浪网',
        '',
        '发表回复',
        '',
        '您的电子邮箱地址不会被公开。 必填项已用 * 标注',
      ),
    );
    expect(issue.blocks.map((block) => block.text)).toEqual([PARAGRAPH, PARAGRAPH_2]);
  });

  it('keeps the lines of a page without any prose as paragraphs', () => {
    const issue = parseDigest(page('区长办公会召开', '', '日期:2025-03-14', '', '第一项', '第二项', '第三项'));
    expect(issue.title).toBe('区长办公会召开');
    expect(issue.published).toBe('2025-03-14');
    expect(issue.blocks.map((block) => block.text)).toEqual(['第一项', '第二项', '第三项']);
  });
});
