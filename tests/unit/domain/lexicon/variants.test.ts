import { describe, expect, it } from 'vitest';
import { spellingsOf } from '../../../../renderer/src/domain/lexicon/variants';

describe('spellingsOf', () => {
  it('writes a quoted slogan bare and with each kind of quote, its number as digits and words', () => {
    expect(spellingsOf('“121”航空航天产业体系').sort()).toEqual(
      [
        '121航空航天产业体系',
        '一二一航空航天产业体系',
        '“121”航空航天产业体系',
        '“一二一”航空航天产业体系',
        '"121"航空航天产业体系',
        '"一二一"航空航天产业体系',
        '「121」航空航天产业体系',
        '「一二一」航空航天产业体系',
      ].sort(),
    );
  });

  it('reads a run of Chinese digits as a number but leaves a lone 一 and 十四五 as words', () => {
    expect(spellingsOf('四六五产业')).toEqual(['四六五产业', '465产业']);
    expect(spellingsOf('一带一路')).toEqual(['一带一路']);
    expect(spellingsOf('十四五')).toEqual(['十四五']);
  });

  it('adds the analyst’s variants and drops empty and repeated ones', () => {
    expect(spellingsOf(' 营商环境 ', ['优化营商环境', '', '营商环境'])).toEqual(['营商环境', '优化营商环境']);
  });
});
