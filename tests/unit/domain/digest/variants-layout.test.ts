// Digests that are not in the corpus, as analysts will import them: the body's layout. Numbered,
// bracketed and two-line section headings; text without blank lines between paragraphs; text
// hard-wrapped at a fixed width (as copied from a PDF). Each rule has a negative case beside it.

import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import type { Block } from '../../../../renderer/src/domain/digest/types';

const page = (...lines: string[]) => lines.join('\n');
const texts = (blocks: Block[]) => blocks.map((block) => block.text);
const kinds = (blocks: Block[]) => blocks.map((block) => `${block.line}:${block.kind}`);

const TITLE = '滨江区领导一周工作动态｜3.4-3.10';
const META = '发布时间：2024-03-11 09:00';
const P1 = '3月4日上午，区委书记张伟主持召开区委常委会会议，传达学习全国两会精神，研究部署我区贯彻落实工作。';
const P2 = '会议强调，要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务，切实把思想和行动统一到党中央决策部署上来。';
const P3 = '3月6日，区长李强带队调研城市更新项目，实地察看老旧小区改造、背街小巷整治等工作进展，现场协调解决有关问题。';
const P4 = '李强要求，各相关部门要倒排工期、挂图作战，加快推进项目建设，确保按时保质完成年度目标任务。';

describe('numbered and bracketed headings', () => {
  it.each([
    ['（一）坚持稳中求进', '（二）狠抓项目建设'],
    ['一、经济运行', '二、城市建设'],
    ['1. 经济运行', '2. 城市建设'],
    ['第一部分 经济运行', '第二部分 城市建设'],
    ['第一部分：经济运行', '第二部分：城市建设'],
    ['【要闻】', '【动态】'],
    ['一、坚持稳中求进工作总基调推动经济高质量发展', '二、扎实推进城市更新打造宜居韧性智慧城市'],
  ])('finds %s and %s between blank lines', (first, second) => {
    const issue = parseDigest(page(TITLE, '', META, '', P1, '', first, '', P2, '', second, '', P3));
    expect(issue.sections).toEqual([[first], [second]]);
    expect(kinds(issue.blocks)).toEqual(['5:intro', '7:heading', '9:paragraph', '11:heading', '13:paragraph']);
  });

  it('finds a numbered heading with its paragraph right under it', () => {
    const issue = parseDigest(page(TITLE, '', META, '', '一、经济运行', P1, '', P2, '', '二、城市建设', P3));
    expect(issue.sections).toEqual([['一、经济运行'], ['二、城市建设']]);
  });

  it('pairs a heading with the subheading on the very next line', () => {
    const issue = parseDigest(
      page(TITLE, '', META, '', P1, '', '稳经济促增长', '紧扣发展谋良策', '', P2, '', '一、城市建设', '（一）老旧小区改造', P3),
    );
    expect(issue.sections).toEqual([
      ['稳经济促增长', '紧扣发展谋良策'],
      ['一、城市建设', '（一）老旧小区改造'],
    ]);
  });

  it('does not take numbered items of a list, numbered sentences or a bracketed lead-in for headings', () => {
    const issue = parseDigest(
      page(
        TITLE,
        '',
        META,
        '',
        '会议要求：',
        '',
        '一、提高政治站位',
        '',
        '二、压实工作责任',
        '',
        P1,
        '',
        '1. 区委书记张伟主持召开会议，研究部署下阶段工作。',
        '',
        '（一）坚持稳中求进。全区上下要保持定力，稳住经济基本盘。',
        '',
        '【要闻】3月5日，区委书记张伟调研重点项目建设。',
        '',
        P2,
      ),
    );
    expect(issue.sections).toEqual([]);
  });

  it('treats numbered points alike, each with its paragraph under it, also after a colon', () => {
    const issue = parseDigest(page(TITLE, '', META, '', '会议强调：', '', '一、提高政治站位', P1, '', '二、压实工作责任', P2));
    expect(issue.sections).toEqual([['一、提高政治站位'], ['二、压实工作责任']]);
  });

  it('does not take a numbered line longer than a heading for one', () => {
    const long = '一、坚持稳中求进工作总基调推动经济高质量发展扎实推进城市更新行动方案';
    const issue = parseDigest(page(TITLE, '', META, '', P1, '', long, '', P2));
    expect(issue.sections).toEqual([]);
  });

  it('does not take the short first line of a paragraph for a heading', () => {
    const issue = parseDigest(
      page(TITLE, '', META, '', P1, '', '喜看稻菽千重浪', '遍地英雄下夕烟。', '', P2, '', '经济运行稳中有进', P3, '', P4),
    );
    expect(issue.sections).toEqual([]);
  });
});

describe('text without blank lines', () => {
  it('finds numbered headings, paragraphs and credits', () => {
    const issue = parseDigest(page(TITLE, META, '一、经济发展', P1, P2, '二、城市建设', P3, P4, '来源：滨江发布'));
    expect(issue.period).toEqual({ start: '2024-03-04', end: '2024-03-10' });
    expect(issue.sections).toEqual([['一、经济发展'], ['二、城市建设']]);
    expect(kinds(issue.blocks)).toEqual(['3:heading', '4:paragraph', '5:paragraph', '6:heading', '7:paragraph', '8:paragraph', '9:credit']);
  });

  it('finds unnumbered headings when the text has several, each after a finished sentence', () => {
    const issue = parseDigest(
      page(TITLE, META, '本周，全区上下奋力冲刺一季度各项目标任务。', '稳经济促增长', P1, P2, '抓项目强支撑', P3, P4),
    );
    expect(issue.sections).toEqual([['稳经济促增长'], ['抓项目强支撑']]);
    expect(kinds(issue.blocks)).toEqual(['3:intro', '4:heading', '5:paragraph', '6:paragraph', '7:heading', '8:paragraph', '9:paragraph']);
  });

  it('does not take one short line among paragraphs, or one after an unfinished sentence, for a heading', () => {
    expect(parseDigest(page(TITLE, META, P1, '稳经济促增长', P2, P3, P4)).sections).toEqual([]);
    const unfinished = '本周，全区上下奋力冲刺一季度各项目标任务';
    expect(parseDigest(page(TITLE, META, unfinished, '稳经济促增长', P1, P2, '抓项目强支撑', P3)).sections).toEqual([]);
  });
});

/**
 * Breaks a paragraph into lines of `width` characters, as text copied out of a PDF; an indent
 * (full-width spaces) opens the first line and takes its share of the width.
 */
function hardWrap(paragraph: string, width: number, indent = ''): string[] {
  const chars = [...indent, ...paragraph];
  const lines: string[] = [];
  for (let start = 0; start < chars.length; start += width) lines.push(chars.slice(start, start + width).join(''));
  return lines;
}

describe('hard-wrapped text', () => {
  it('joins the lines of each paragraph and keeps the paragraphs apart', () => {
    const wrapped = [P1, P2, P3, P4].flatMap((paragraph) => hardWrap(paragraph, 30));
    const issue = parseDigest(page(TITLE, META, '', ...wrapped));
    expect(texts(issue.blocks)).toEqual([P1, P2, P3, P4]);
    expect(issue.blocks.map((block) => block.line)).toEqual([4, 6, 8, 10]);
  });

  it('keeps headings, picture lines and credits apart from the wrapped paragraphs around them', () => {
    const issue = parseDigest(
      page(
        TITLE,
        META,
        '',
        '一、经济发展',
        ...hardWrap(P1, 30),
        ...hardWrap(P2, 30),
        '图片',
        '二、城市建设',
        ...hardWrap(P3, 30),
        ...hardWrap(P4, 30),
        '来源：滨江发布',
      ),
    );
    expect(issue.sections).toEqual([['一、经济发展'], ['二、城市建设']]);
    expect(texts(issue.blocks)).toEqual(['一、经济发展', P1, P2, '', '二、城市建设', P3, P4, '来源：滨江发布']);
  });

  it('starts a paragraph at an indented line even when the line before it is full and ends mid-sentence', () => {
    const unfinished = '会议还研究了其他事项并就下一步重点工作作出了具体安排部署';
    const lines = [...hardWrap(P1, 30, '\u3000\u3000'), `\u3000\u3000${unfinished}`, ...hardWrap(P2, 30, '\u3000\u3000')];
    const issue = parseDigest(page(TITLE, META, '', ...lines));
    expect(texts(issue.blocks)).toEqual([P1, unfinished, P2]);
  });

  it('joins a line that ends a sentence to an unindented next line when paragraphs are marked by indents', () => {
    // The first paragraph breaks right after "。" at the end of a full line, then goes on.
    const first = '3月4日上午，区委书记张伟主持召开了区委常委会全体会议。会议传达学习全国两会精神，研究部署我区贯彻落实工作。';
    const wrap = (paragraph: string) => hardWrap(paragraph, 30, '\u3000\u3000');
    const lines = [...wrap(first), ...wrap(P2), '二、城市建设', ...wrap(P3)];
    expect(lines[0]?.endsWith('。')).toBe(true);
    const issue = parseDigest(page(TITLE, META, '', ...lines));
    // …and a flush heading after a full line that ends a sentence stays a heading
    expect(texts(issue.blocks)).toEqual([first, P2, '二、城市建设', P3]);
    expect(issue.sections).toEqual([['二、城市建设']]);
    // (a bare short line there is kept apart too; one alone is not enough to call it a heading)
    const bare = parseDigest(page(TITLE, META, '', ...wrap(first), ...wrap(P2), '稳经济促增长', ...wrap(P3)));
    expect(texts(bare.blocks)).toEqual([first, P2, '稳经济促增长', P3]);
  });

  it('does not join the lines of a text whose paragraphs are simply on lines of their own', () => {
    const chronicle = [
      '6月1日，区委常委会召开会议',
      '6月2日，区长李强调研防汛工作',
      '6月3日，区政府召开常务会议',
      '6月5日，区委书记张伟接待来访群众',
    ];
    expect(texts(parseDigest(page('2024年6月大事记', '', ...chronicle)).blocks)).toEqual(chronicle);
    const unfinished = [P1, P2, P3, P4].map((paragraph) => paragraph.replace('。', ''));
    expect(texts(parseDigest(page(TITLE, META, '', ...unfinished)).blocks)).toEqual(unfinished);
  });

  it('keeps a numbered heading that fills a line apart from the paragraph under it', () => {
    const heading = '一、坚持以高质量发展为首要任务加快建设现代化产业体系推动';
    const issue = parseDigest(page(TITLE, META, '', heading, ...hardWrap(P2, 30), ...hardWrap(P1, 30), ...hardWrap(P3, 30)));
    expect(issue.sections).toEqual([[heading]]);
    expect(texts(issue.blocks)).toEqual([heading, P2, P1, P3]);
  });

  it('starts a new entry at a line that opens with its date, even after a full unfinished line', () => {
    // a wrapped chronicle whose entries lost their full stops; the first entry fills two lines exactly
    const first = '6月1日，区长李强主持召开全区重点项目和民生实事项目推进会议，听取各镇街道重点项目建设进展情况汇报并研究部署下一阶段工作';
    const entries = [first, '6月2日，区委副书记王明带队调研全区防汛防台准备工作，实地察看重点水利工程和低洼易涝点位', P3, P4];
    const issue = parseDigest(page('2024年6月大事记', '', ...entries.flatMap((entry) => hardWrap(entry, 30))));
    expect([...first]).toHaveLength(60);
    expect(texts(issue.blocks)).toEqual(entries);
  });

  it('does not join a line to a more deeply indented one', () => {
    const unfinished =
      '会议听取了各镇街道重点项目建设进展情况汇报并研究部署了下一阶段全区重点项目建设和民生实事工作安排，要求各部门抓好贯彻落实';
    const lines = [...hardWrap(P2, 30), ...hardWrap(unfinished, 30), `\u3000\u3000${P4}`, ...hardWrap(P3, 30)];
    expect([...unfinished]).toHaveLength(60);
    expect(texts(parseDigest(page(TITLE, META, '', ...lines)).blocks)).toEqual([P2, unfinished, P4, P3]);
  });

  it('does not take paragraphs of like length for wrapped lines, nor short lines among long paragraphs', () => {
    // five paragraphs of 45 characters, one of them without its full stop
    const even = [P2, P3, P4, P1, P2].map((paragraph, index) => [...paragraph].slice(0, 44).join('') + (index === 1 ? '' : '。'));
    expect(texts(parseDigest(page(TITLE, META, '', ...even)).blocks)).toEqual(even);
    const list = [
      '江西省委常委、南昌市委书记李红军（11月3日至4日）',
      '景德镇市市长胡雪梅（11月4日至5日，行程包括杭州）',
      '赣州市市长李克坚（11月2日至6日，行程包括杭州）',
      '宜春市市长严允（11月3日至4日，行程包括浙江省）',
    ];
    const mixed = [P1 + P2, ...list, P3 + P4];
    expect(texts(parseDigest(page(TITLE, META, '', ...mixed)).blocks)).toEqual(mixed);
  });

  it('does not join a short line that ends mid-sentence to the paragraph after it', () => {
    const short = '会议还研究了其他事项';
    const wrapped = [...hardWrap(P1, 30), short, ...hardWrap(P2, 30), ...hardWrap(P3, 30), ...hardWrap(P4, 30)];
    expect(texts(parseDigest(page(TITLE, META, '', ...wrapped)).blocks)).toEqual([P1, short, P2, P3, P4]);
  });

  it('does not join a caption to the paragraph under it, nor the title to the text', () => {
    const title = '区委书记张伟调研滨江科技城重点项目建设推进情况并召开现场办公会';
    const caption = '图为区委书记张伟在滨江科技城项目建设现场了解施工进度情况';
    const issue = parseDigest(page(title, ...hardWrap(P2, 30), caption, ...hardWrap(P4, 30), ...hardWrap(P3, 30)));
    expect(issue.title).toBe(title);
    expect(texts(issue.blocks)).toEqual([P2, caption, P4, P3]);
  });
});
