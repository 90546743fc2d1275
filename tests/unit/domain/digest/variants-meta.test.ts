// Digests that are not in the corpus, as analysts will import them: invented but realistic
// government-portal and WeChat-account pages. This file covers the head and foot of a page (meta
// lines, page furniture, credits), periods and issue numbers, picture lines and captions, and the
// raw text's hygiene (line endings, BOM, indents). Each rule has a negative case beside it.

import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';
import type { Block } from '../../../../renderer/src/domain/digest/types';

const page = (...lines: string[]) => lines.join('\n');
const texts = (blocks: Block[]) => blocks.map((block) => block.text);
const kinds = (blocks: Block[]) => blocks.map((block) => `${block.line}:${block.kind}`);

const TITLE = '区委书记张伟主持召开区委常委会会议';
const P1 = '3月4日上午，区委书记张伟主持召开区委常委会会议，传达学习全国两会精神，研究部署我区贯彻落实工作。';
const P2 = '会议强调，要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务，切实把思想和行动统一到党中央决策部署上来。';

describe('meta lines in many forms', () => {
  it.each([
    ['发布时间：2024-03-04 10:00', '2024-03-04T10:00:00', null],
    ['发布日期:2024年3月4日', '2024-03-04', null],
    ['2024-03-04 10:00:00 来源：滨江区融媒体中心', '2024-03-04T10:00:00', '滨江区融媒体中心'],
    ['时间：2024-03-04　作者：张三　浏览次数：1024', '2024-03-04', null],
    ['作者：张三　来源：滨江发布　发布时间：2024-03-04 10:00', '2024-03-04T10:00:00', '滨江发布'],
    ['信息来源：滨江区发改局　　发布日期：2024-03-04', '2024-03-04', '滨江区发改局'],
    ['来源：滨江区人民政府办公室 | 发布日期：2024年03月04日 | 浏览次数：1024', '2024-03-04', '滨江区人民政府办公室'],
    ['发布时间：2024年03月04日 10时00分', '2024-03-04T10:00:00', null],
    ['来  源：滨江区融媒体中心　　时  间：2024-03-04', '2024-03-04', '滨江区融媒体中心'],
    ['来源：滨江区融媒体中心　　2024-03-04 10:00', '2024-03-04T10:00:00', '滨江区融媒体中心'],
    ['原创 滨江融媒 滨江发布 2024-03-04 18:30 浙江', '2024-03-04T18:30:00', null],
  ])('reads %s as the meta line it is', (meta, published, source) => {
    const issue = parseDigest(page(TITLE, meta, '', P1, '', P2));
    expect(issue.title).toBe(TITLE);
    expect(issue.published).toBe(published);
    expect(issue.source).toBe(source);
    expect(texts(issue.blocks)).toEqual([P1, P2]);
  });

  it('drops the font-size, print and close buttons of a portal page, alone or in a row', () => {
    const issue = parseDigest(
      page(
        '首页 > 政务公开 > 工作动态',
        TITLE,
        '发布时间：2024-03-04 10:00　　信息来源：滨江区融媒体中心　　浏览次数：1024',
        '【字体：大 中 小】【打印】【关闭】',
        '',
        P1,
        '',
        P2,
        '【打印本页】【关闭窗口】',
        '[打印] [关闭]',
        '主办单位：滨江区人民政府办公室　　技术支持：滨江区大数据中心',
        '浙ICP备12345678号　浙公网安备 33010602000001号',
      ),
    );
    expect(issue.title).toBe(TITLE);
    expect(issue.source).toBe('滨江区融媒体中心');
    expect(texts(issue.blocks)).toEqual([P1, P2]);
  });

  it('keeps a paragraph that opens with a date and a clock time, and a headline holding a date', () => {
    const body = '2024年3月4日 9:30，区委常委会会议在区行政中心召开，区委书记张伟主持会议并讲话。';
    const issue = parseDigest(page('2024年3月4日区委常委会会议纪要', '', body, '', P2));
    expect(issue.title).toBe('2024年3月4日区委常委会会议纪要');
    expect(issue.published).toBeNull();
    expect(texts(issue.blocks)).toEqual([body, P2]);
  });
});

describe('credits and footer lines', () => {
  it('takes a WeChat footer of editors and reviewers as credits, full- or half-width, with any separator', () => {
    const footer = [
      '来源：滨江区委宣传部',
      '责编 | 王小明',
      '一审：张三　二审：李四　三审：王五',
      '编辑:赵六',
      '校对：孙七',
      '供稿：区发改局',
      '审  核：周八',
    ];
    const issue = parseDigest(page(TITLE, '', P1, '', P2, '', ...footer));
    expect(issue.credits).toEqual(footer);
    expect(issue.source).toBe('滨江区委宣传部');
  });

  it('sees past the end marks and the follow-us furniture of an account, and its list of older posts', () => {
    const issue = parseDigest(
      page(
        '点击蓝字 关注我们',
        TITLE,
        '',
        P1,
        '',
        P2,
        '',
        '-END-',
        '',
        '来源：滨江发布',
        '编辑：王小明',
        '',
        '往期推荐',
        '',
        '滨江区召开2024年度安全生产工作会议',
        '区长李强调研城市更新项目',
        '',
        '长按识别二维码关注我们',
        '在看',
      ),
    );
    expect(issue.title).toBe(TITLE);
    expect(texts(issue.blocks)).toEqual([P1, P2, '来源：滨江发布', '编辑：王小明']);
    expect(issue.credits).toEqual(['来源：滨江发布', '编辑：王小明']);
  });

  it('keeps a list of related news that is followed by more of the article, and an “（完）” inside a paragraph', () => {
    const closing = '会议还研究了其他事项。（完）';
    const issue = parseDigest(page(TITLE, '', P1, '', '推荐阅读', '', P2, '', closing));
    expect(texts(issue.blocks)).toEqual([P1, '推荐阅读', P2, closing]);
  });
});

describe('periods and issue numbers', () => {
  it.each([
    ['滨江区领导一周工作动态（2024.3.4-3.10）', '2024-03-11 09:00', { start: '2024-03-04', end: '2024-03-10' }],
    ['一周要闻｜3月4日—3月10日', '2024-03-11 09:00', { start: '2024-03-04', end: '2024-03-10' }],
    ['区领导一周活动|12.30-1.5', '2024-01-08 09:00', { start: '2023-12-30', end: '2024-01-05' }],
    ['区领导一周活动（2023.12.30-2024.1.5）', '2024-01-08 09:00', { start: '2023-12-30', end: '2024-01-05' }],
    ['区领导一周活动|12.25-12.31', '2024-01-02 09:00', { start: '2023-12-25', end: '2023-12-31' }],
  ])('reads the period of %s', (title, published, period) => {
    const issue = parseDigest(page(title, '', `发布时间：${published}`, '', P1));
    expect(issue.period).toEqual(period);
  });

  it('does not read a range of amounts or an issue number as a period', () => {
    const published = '发布时间：2024-03-11 09:00';
    expect(parseDigest(page('我区3.5-4.5万元补贴政策兑现到位', '', published, '', P1)).period).toBeNull();
    expect(parseDigest(page('滨江区召开会议 力争增长1.5-2个百分点', '', published, '', P1)).period).toBeNull();
    expect(parseDigest(page('区领导一周活动 9.18-12', '', published, '', P1)).period).toBeNull();
    expect(parseDigest(page('滨江政务周报 第12期（总第345期）', '', published, '', P1)).period).toBeNull();
  });

  it('leaves the issue number out of the series', () => {
    const published = '发布时间：2024-03-11 09:00';
    expect(parseDigest(page('滨江政务周报 第12期（总第345期）', '', published, '', P1)).series).toBe('滨江政务周报');
    expect(parseDigest(page('滨江政务周报｜2024年第12期｜3.4-3.10', '', published, '', P1)).series).toBe('滨江政务周报');
    expect(parseDigest(page('第12期滨江政务周报', '', published, '', P1)).series).toBe('滨江政务周报');
  });

  it('reads a period and an issue number on lines of their own under the title', () => {
    const issue = parseDigest(
      page('滨江区领导一周工作动态', '（2024年3月4日—3月10日）', '第12期', '', '发布时间：2024-03-11 09:00', '', P1, '', P2),
    );
    expect(issue.title).toBe('滨江区领导一周工作动态');
    expect(issue.period).toEqual({ start: '2024-03-04', end: '2024-03-10' });
    expect(issue.series).toBe('滨江区领导一周工作动态');
    expect(texts(issue.blocks)).toEqual([P1, P2]);
  });

  it('keeps a month with its year as a heading of a chronicle, not as a period line', () => {
    const issue = parseDigest(page('滨江区2024年一季度大事记', '', '2024年1月', '', P1, '', '2024年2月', '', P2));
    expect(issue.sections).toEqual([['2024年1月'], ['2024年2月']]);
    expect(issue.period).toBeNull();
  });

  it('reads a bulletin: masthead over its issue number, issuer and date, distribution list at the foot', () => {
    const issue = parseDigest(
      page(
        '滨江区政务简报',
        '第12期',
        '滨江区人民政府办公室　　　　　　　　2024年3月11日',
        '',
        '春耕备耕工作有序推进',
        '',
        P1,
        '',
        P2,
        '',
        '报：市委办公室、市政府办公室',
        '送：区委、区人大、区政协领导',
      ),
    );
    expect(issue).toMatchObject({ title: '春耕备耕工作有序推进', series: '滨江区政务简报', published: '2024-03-11' });
    expect(issue.credits).toEqual(['报：市委办公室、市政府办公室', '送：区委、区人大、区政协领导']);
    expect(texts(issue.blocks)).toEqual([P1, P2, ...issue.credits]);
  });

  it('takes a site name above the headline for no series, and "丨" for the bar of a WeChat title', () => {
    expect(parseDigest(page('滨江区人民政府', '区长办公会议研究部署近期工作', '', P1)).series).toBeNull();
    const wechat = parseDigest(page('一周要闻丨区领导一周工作动态（3.4-3.10）', '滨江发布 2024-03-11 18:30', '', P1));
    expect(wechat.series).toBe('一周要闻');
    expect(wechat.period).toEqual({ start: '2024-03-04', end: '2024-03-10' });
  });

  it('names no series for a one-off report that mentions a week', () => {
    expect(parseDigest(page('区委书记张伟一周内三次调研重点项目', '', '2024-03-11', '', P1)).series).toBeNull();
  });
});

describe('picture lines and captions', () => {
  it('counts every form of picture placeholder', () => {
    const issue = parseDigest(page(TITLE, '', P1, '图片', '[图片]', '【图】', '（图片）', '图片1', '[图片2]', '[image]', 'photo', P2));
    expect(issue.imagePlaceholders).toBe(7);
    expect(texts(issue.blocks.filter((block) => block.kind !== 'image'))).toEqual([P1, P2]);
  });

  // The corpus keeps a caption as a paragraph (shanxi-silk-road: "图为…启动仪式。（刘通摄）"), so a
  // caption here is a paragraph too: never a credit, a heading, a title, nor joined to its neighbours.
  it('keeps captions as paragraphs, not credits or headings', () => {
    const sentence = '图为区委书记张伟在项目现场调研。';
    const described = '图：区委书记张伟（左二）在项目现场了解施工进度';
    const short = '图为会议现场';
    const issue = parseDigest(page(TITLE, '', '图片', '', sentence, '', P1, '', '图片', described, '', '图片', '', short, '', P2));
    expect(issue.sections).toEqual([]);
    expect(issue.credits).toEqual([]);
    expect(texts(issue.blocks.filter((block) => block.kind === 'paragraph'))).toEqual([sentence, P1, described, short, P2]);
  });

  it('does not take a line that merely starts with 图片 for a picture', () => {
    const issue = parseDigest(page(TITLE, '', P1, '', '图片新闻', '', P2, '', '图书馆开馆', '', P1));
    expect(issue.imagePlaceholders).toBe(0);
    expect(issue.sections).toEqual([['图片新闻'], ['图书馆开馆']]);
  });

  it('keeps a footer line that names the source among other fields a credit', () => {
    const issue = parseDigest(page(TITLE, '', P1, '', P2, '', '责任编辑：王小明　来源：滨江日报'));
    expect(issue.credits).toEqual(['责任编辑：王小明　来源：滨江日报']);
    expect(issue.source).toBe('滨江日报');
  });

  it('keeps a caption under the last picture a paragraph, not a footer credit', () => {
    const caption = '图：区委书记张伟（左二）在项目现场了解施工进度';
    const issue = parseDigest(page(TITLE, '', P1, '', P2, '', '图片', caption));
    expect(issue.credits).toEqual([]);
    expect(issue.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: caption });
  });

  it('still takes a short photo credit as a credit', () => {
    const issue = parseDigest(page(TITLE, '', P1, '', P2, '', '图：张三 李四', '文/王五'));
    expect(issue.credits).toEqual(['图：张三 李四', '文/王五']);
  });
});

describe('a meta line run into the first sentence', () => {
  it('cuts the line where the last field’s value meets a dated opening', () => {
    const issue = parseDigest(page(TITLE, `发布时间:2024-03-04 10:00 | 来源:滨江发布 | 责任编辑:王芳${P1}`, P2));
    expect(issue.published).toBe('2024-03-04T10:00:00');
    expect(issue.source).toBe('滨江发布');
    expect(texts(issue.blocks)).toEqual([P1, P2]);
    expect(kinds(issue.blocks)).toEqual(['2:paragraph', '3:paragraph']);
  });

  it('keeps a meta line whole when no dated sentence follows a value, and a paragraph that only names a date', () => {
    const meta = '发布时间:2024-03-04 10:00 | 来源:滨江区人民政府办公室 | 浏览次数:1024';
    expect(parseDigest(page(TITLE, meta, P1)).blocks.map((block) => block.text)).toEqual([P1]);
    const sentence = '会议指出:去年3月4日,全区启动了城市更新行动,成效明显。';
    expect(texts(parseDigest(page(TITLE, '', P1, sentence)).blocks)).toEqual([P1, sentence]);
  });
});

describe('raw text hygiene', () => {
  it('reads Windows line endings, a BOM, full-width indents and trailing spaces', () => {
    const text = `\uFEFF${TITLE}  \r\n\r\n发布时间：2024-03-04 10:00\t\r\n\r\n\u3000\u3000${P1}\u3000\r\n\r\n\u3000\u3000${P2}  \r\n`;
    const issue = parseDigest(text);
    expect(issue.title).toBe(TITLE);
    expect(issue.published).toBe('2024-03-04T10:00:00');
    expect(issue.blocks).toEqual([
      { kind: 'paragraph', text: P1, line: 5 },
      { kind: 'paragraph', text: P2, line: 7 },
    ]);
  });

  it('takes the first line as the title when no line holds a title cue, over a subtitle that does', () => {
    const issue = parseDigest(page('春潮涌动正当时', '——滨江区领导调研重点项目建设侧记', '', '2024-03-04', '', P1));
    expect(issue.title).toBe('春潮涌动正当时');
    expect(texts(issue.blocks)).toEqual(['——滨江区领导调研重点项目建设侧记', P1]);
  });

  it('reads a text that is one paragraph: no title, one paragraph', () => {
    expect(parseDigest(P1)).toMatchObject({ title: '', blocks: [{ kind: 'paragraph', text: P1, line: 1 }] });
    expect(kinds(parseDigest(`\n\n${P1}\n\n`).blocks)).toEqual(['3:paragraph']);
  });
});
