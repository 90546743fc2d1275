// Where the extractor sees a place in one title or one paragraph, on small invented sentences:
// each rule of places.ts with a case it must find and a case it must leave alone.
import { describe, expect, it } from 'vitest';
import { placeOfTitle, placesInText, type FoundPlace } from '../../../../renderer/src/domain/events/places';

const names = (places: FoundPlace[], level: FoundPlace['level'] = 'local') =>
  places.filter((place) => place.level === level).map((place) => place.place);

describe('placeOfTitle', () => {
  it('reads the place a title starts with, without its suffix', () => {
    expect(placeOfTitle('云溪市委书记')).toMatchObject({ place: '云溪', level: 'local', suffix: '市' });
    expect(placeOfTitle('青禾区区长')).toMatchObject({ place: '青禾', suffix: '区' });
    expect(placeOfTitle('云州省委副书记')).toMatchObject({ place: '云州', level: 'province' });
  });

  it('takes no place from an office word alone', () => {
    expect(placeOfTitle('常务副区长')).toBeNull();
    expect(placeOfTitle('区委书记')).toBeNull();
    expect(placeOfTitle('副市长')).toBeNull();
  });

  it('accepts a name that starts with a numeral', () => {
    expect(placeOfTitle('九江市委书记')?.place).toBe('九江');
    expect(placeOfTitle('六安市市长')?.place).toBe('六安');
  });

  it('reads a two-character name whose last character ends verbs elsewhere, where an office follows', () => {
    expect(placeOfTitle('福建省委书记')).toMatchObject({ place: '福建', level: 'province' });
    expect(placeOfTitle('武进区委书记')?.place).toBe('武进');
    expect(placeOfTitle('听取市委副书记')).toBeNull();
  });

  it('reads a two-character name that starts with a character that is a function word elsewhere', () => {
    expect(placeOfTitle('上海市委书记')?.place).toBe('上海');
    expect(placeOfTitle('中山市市长')?.place).toBe('中山');
    expect(placeOfTitle('和平区委书记')?.place).toBe('和平');
  });

  it('leaves the peoples out of an autonomous county or prefecture', () => {
    expect(placeOfTitle('青禾土家族自治县委书记')).toMatchObject({ place: '青禾', suffix: '自治县' });
    expect(placeOfTitle('云溪苗族侗族自治州州长')).toMatchObject({ place: '云溪', suffix: '自治州' });
  });
});

describe('placesInText', () => {
  it('finds a district that opens a clause, or stands before a government organ', () => {
    expect(placesInText('9月1日,青禾区召开防汛工作会议')).toMatchObject([{ place: '青禾', suffix: '区', destination: false }]);
    expect(placesInText('主持召开青禾区人民政府常务会议')).toMatchObject([{ place: '青禾', destination: false }]);
    expect(names(placesInText('会后,召开青禾区人民政府常务会议'))).toEqual(['青禾']);
  });

  it('takes a three-character name before an organ or after a verb of going only where a verb ends right before it', () => {
    expect(names(placesInText('区长主持召开云溪港区人民政府常务会议'))).toEqual(['云溪港']);
    expect(placesInText('市委副书记带队调研云溪港区企业')).toMatchObject([{ place: '云溪港', destination: true }]);
    expect(names(placesInText('项目由北云溪区人民政府牵头'))).toEqual(['云溪']);
  });

  it('takes the whole name where a clause starts, however long', () => {
    expect(names(placesInText('6月1日,乌鲁木齐市委书记主持召开会议'))).toEqual(['乌鲁木齐']);
    expect(names(placesInText('9月2日,张家港市召开会议'))).toEqual(['张家港']);
  });

  it('marks a district or county a verb of going leads to as the destination, but not a city', () => {
    expect(placesInText('市委副书记带队调研青禾区农业企业')).toMatchObject([{ place: '青禾', suffix: '区', destination: true }]);
    expect(placesInText('区长带队赴云州市考察')).toEqual([]);
  });

  it('reads 新区 as a suffix', () => {
    expect(names(placesInText('9月1日,青禾新区召开会议'))).toEqual(['青禾']);
  });

  it('does not take a place that is the topic of a verb', () => {
    expect(placesInText('区委书记主持召开会议,学习浦东新区经验')).toEqual([]);
    expect(placesInText('会议强调,支持青禾区加快发展')).toEqual([]);
  });

  it('does not take a verb or a time word before 区长 for a name', () => {
    expect(placesInText('三要提升质效,坚持每周区长办公会专题研究')).toEqual([]);
    expect(placesInText('会后,赴杭州市考察')).toEqual([]);
  });

  it('does not take function words, time words or levels for names', () => {
    expect(placesInText('会上区委书记强调')).toEqual([]);
    expect(placesInText('会议结束后,和青禾区领导座谈')).toEqual([]);
    expect(placesInText('会议传达了上周区长办公会精神')).toEqual([]);
    expect(placesInText('会议要求,上周区长办公会议定事项要落实')).toEqual([]);
    expect(placesInText('会议强调,上级市委部署要落实')).toEqual([]);
    expect(names(placesInText('9月1日,上海市召开会议'))).toEqual(['上海']);
  });

  it('does not take counts for names, but takes a name that starts with a numeral', () => {
    expect(placesInText('市长深入三区和两县调研')).toEqual([]);
    expect(placesInText('会议要求,三个区加快进度')).toEqual([]);
    expect(names(placesInText('9月2日,九江市召开会议'))).toEqual(['九江']);
  });

  it('does not take a kind of area for a name, but keeps two-character names with those endings', () => {
    expect(placesInText('会议要求,文明城市创建要常态长效')).toEqual([]);
    expect(placesInText('会议指出,重点地区要加强防控')).toEqual([]);
    expect(names(placesInText('9月2日,东城区召开会议'))).toEqual(['东城']);
  });

  it('finds the place of a venue named after it', () => {
    expect(placesInText('市长王建国在云溪分会场提出要求')).toMatchObject([{ place: '云溪', level: 'local', destination: true }]);
    expect(placesInText('市长王建国在云溪市分会场提出要求')).toMatchObject([{ place: '云溪', suffix: '市' }]);
    expect(placesInText('与会人员在各县区分会场收看')).toEqual([]);
  });

  it('takes a zone that opens a clause as the place, and the name before a zone as its owner only', () => {
    const opening = placesInText('9月1日,青禾高新区召开会议');
    expect(names(opening, 'zone')).toEqual(['高新区']);
    expect(names(opening, 'owner')).toEqual(['青禾']);
    const visited = placesInText('市长深入三区和青禾高新区调研');
    expect(names(visited)).toEqual([]);
    expect(names(visited, 'zone')).toEqual([]);
    expect(names(visited, 'owner')).toEqual(['青禾']);
    expect(names(placesInText('副区长带队调研青禾高新区相关项目'), 'zone')).toEqual([]);
  });

  it('reads an autonomous county in the text', () => {
    expect(names(placesInText('9月1日,青禾土家族自治县召开会议'))).toEqual(['青禾']);
  });
});
