// Headlines of saved pages: the site name a page appends after a dash is not part of the title.

import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from '../../../../renderer/src/domain/digest/title';

describe('withoutSiteSuffix', () => {
  it.each([
    // dev/ wuhan-secretary-video-meeting-2020-02-19-overseas-portal.txt
    ['【武汉肺炎·官场】王忠林要求区委书记区长签“责任状” – 多维新闻网', '【武汉肺炎·官场】王忠林要求区委书记区长签“责任状”'],
    ['市委书记调研防汛工作 - 人民网', '市委书记调研防汛工作'],
    ['青岛市长的一周工作动态_凤凰网青岛频道', '青岛市长的一周工作动态'],
  ])('drops the site name from %s', (title, expected) => {
    expect(withoutSiteSuffix(title)).toBe(expected);
  });

  it.each([
    '区委书记调研 - 全力建设智慧电网',
    '市(县)区委书记、市(县)区长一周|9.12-9.18',
    '青岛市长的一周工作动态(7.19-7.25)',
    '长江日报',
    '新闻网',
  ])('keeps %s as written', (title) => {
    expect(withoutSiteSuffix(title)).toBe(title);
  });
});
