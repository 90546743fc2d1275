// Breadcrumbs and the column banner above them are navigation, not the article's title.

import { describe, expect, it } from 'vitest';
import { crumbsOf, navigationLines } from '../../../../renderer/src/domain/digest/breadcrumbs';
import { parseDigest } from '../../../../renderer/src/domain/digest/parse-digest';

describe('crumbsOf', () => {
  it('splits a breadcrumb after its location label', () => {
    expect(crumbsOf('您当前位置:大名博览 >> 新闻要事 >> 大事月报 >> 2011年4月大事概要')).toEqual([
      '大名博览',
      '新闻要事',
      '大事月报',
      '2011年4月大事概要',
    ]);
    expect(crumbsOf('首页>执政纪事')).toEqual(['首页', '执政纪事']);
  });

  it('does not take a sentence with a comparison sign for a breadcrumb', () => {
    expect(crumbsOf('区委书记强调,增速要保持在 > 5% 的水平,确保全年目标任务圆满完成,不折不扣落实到位')).toBeNull();
    expect(crumbsOf('区委书记调研防汛工作')).toBeNull();
  });
});

describe('navigationLines', () => {
  it('marks the column banner above a breadcrumb, not a headline below it that names a crumb', () => {
    expect(navigationLines(['执政纪事', '首页>执政纪事', '丽水市委、市政府2019年执政纪事(7-12月)'])).toEqual(new Set([0, 1]));
    expect(navigationLines(['首页 > 新闻 > 区长调研防汛工作', '区长调研防汛工作'])).toEqual(new Set([0]));
  });
});

describe('parseDigest titles under a column banner', () => {
  // dev/ daming-county-chronicle-2011-04-part2 and lishui-city-chronicle-2019-h2 have this shape.
  it('takes the headline, not the column name printed above the breadcrumb', () => {
    const text =
      '大事月报\n您当前位置:县政府网 >> 大事月报 >> 2011年4月大事概要\n\n2011年4月大事概要(2)\n\n发表日期:2011-5-15 10:32:39 作者:佚名\n\n4月22日,我县举行第二十二届中小学艺术节文艺汇演和书画展,县四套班子领导出席。\n';
    const issue = parseDigest(text);
    expect(issue.title).toBe('2011年4月大事概要(2)');
    expect(issue.series).toBe('大事概要');
    expect(issue.published).toBe('2011-05-15T10:32:39');
  });

  it('keeps a banner as the title when nothing else could be one', () => {
    expect(parseDigest('区长调研防汛工作\n首页 > 区长调研防汛工作\n').title).toBe('区长调研防汛工作');
  });
});
