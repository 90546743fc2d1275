// Meta lines: the publish time and the source at the top or foot of a page.

import { describe, expect, it } from 'vitest';
import { readMetaLine, readSourceValue } from '../../../../renderer/src/domain/digest/meta-line';
import { splitLines } from '../../../../renderer/src/domain/digest/text-lines';

const lineOf = (text: string) => splitLines(text)[0]!;
const meta = (text: string) => readMetaLine(lineOf(text));

describe('readMetaLine', () => {
  it.each([
    ['2022-09-19 14:38:35', '2022-09-19T14:38:35', false],
    ['发布时间:2021-01-06', '2021-01-06', true],
    ['发布时间：2021-01-06', '2021-01-06', true],
    ['日期:2025-03-14', '2025-03-14', true],
    ['发布日期：2019-03-06', '2019-03-06', true],
    ['时间：2019-09-18 06:23', '2019-09-18T06:23:00', true],
    ['发表于 2022-11-9 18:11 | 显示全部楼层 |阅读模式', '2022-11-09T18:11:00', true],
    ['来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:', '2021-01-06', true],
    ['2024-08-03 14:29 来源: 长江日报-长江网', '2024-08-03T14:29:00', false],
    ['发布时间:2019年3月6日', '2019-03-06', true],
    ['\u3000发布时间：２０２１-０１-０６\u3000', '2021-01-06', true],
  ])('reads the publish time of %s', (text, published, labelled) => {
    expect(meta(text)).toMatchObject({ published, labelled });
  });

  it.each([
    ['来源于：东区办事处', '东区办事处'],
    ['来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06', '阜城宣传'],
    ['时间：2019-09-18 06:23 来源：山西日报', '山西日报'],
    ['2024-08-03 14:29 来源: 长江日报-长江网', '长江日报-长江网'],
    ['发布时间:2021-10-11 来源:开福区人民政府办公室 字体大小:', '开福区人民政府办公室'],
    ['来源:       发布日期:2024-03-04       浏览次数:', ''],
    ['来源:', ''],
  ])('reads the source of %s', (text, source) => {
    expect(meta(text)?.source).toBe(source);
  });

  // From dev/ texts: haigang (view counter after a bare time), jianan (bracketed 信息时间), penglai (page buttons).
  it.each([
    ['2025/8/25 10:22:34 次浏览 分类:政府动态    来源:本站', '2025-08-25T10:22:34', '本站'],
    ['2023-06-01 09:00 12次阅读 来源:区融媒体中心', '2023-06-01T09:00:00', '区融媒体中心'],
    ['【信息时间:2022-12-01 10:13   阅读次数:【字号 我要打印关闭', '2022-12-01T10:13:00', null],
    ['2020-09-01 14:11:00 来源:鲁网 大字体 小字体 扫码带走', '2020-09-01T14:11:00', '鲁网'],
    ['来源:区融媒体中心 字号:大 中 小 打印', null, '区融媒体中心'],
  ])('reads %s past view counters, brackets and page buttons', (text, published, source) => {
    expect(meta(text)).toMatchObject({ published, source });
  });

  it('keeps a source whose name merely starts like a button, and a sentence after a date', () => {
    expect(meta('来源:打印机研究所')?.source).toBe('打印机研究所');
    expect(meta('2021-03-04 次浏览器大会在京召开')).toBeNull();
    expect(meta('通信信息时间:2022-12-01')).toBeNull();
  });

  it('does not take a label inside a word ("注册时间" is not "时间")', () => {
    expect(meta('注册时间: 2010-11-24')).toBeNull();
  });

  it('is not fooled by a paragraph that opens with a date', () => {
    expect(meta('2019年2月27日下午，佛山顺德区大良街道党工委委员潘卓辉等一行八人到众创金融街进行实地考察调研。')).toBeNull();
  });

  it('rejects impossible dates but still knows the line is meta', () => {
    expect(meta('发布时间:2021-02-30')).toMatchObject({ published: null });
  });
});

describe('readSourceValue', () => {
  it('reads a bracketed credit without its closing bracket', () => {
    expect(readSourceValue(lineOf('(来源:无锡新传媒 wxrb.com)'))).toBe('无锡新传媒 wxrb.com');
    expect(readSourceValue(lineOf('（来源：无锡新传媒 wxrb.com）'))).toBe('无锡新传媒 wxrb.com');
  });

  it('has nothing to say without a source label', () => {
    expect(readSourceValue(lineOf('责任编辑：龙慧'))).toBeNull();
  });
});
