// Which place an extracted event gets, on small invented issues: the official's title, the
// district a city's official goes to, the issue's context (title, section heading, home place,
// publisher) when the event names none, and the cases where none must be given.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';
import { headingPlace, IssuePlaces, sourcePlace } from '../../../../renderer/src/domain/events/issue-places';
import type { FoundPlace } from '../../../../renderer/src/domain/events/places';

type Line = string | { heading: string };

function placesOf(lines: Line[], context: { title?: string; source?: string } = {}): (string | null)[] {
  const blocks: Block[] = lines.map((line, index) =>
    typeof line === 'string'
      ? { kind: 'paragraph', text: line, line: index + 1 }
      : { kind: 'heading', text: line.heading, line: index + 1 },
  );
  const dating = { published: '2024-06-30', period: null, ...context };
  return extractEvents(blocks, dating).map((event) => event.place);
}

const local = (place: string): FoundPlace => ({ place, level: 'local', suffix: '区', index: 0, destination: false });

describe('the place of an event', () => {
  it('is the district a city official goes to, but stays the visitor’s when the level is the same', () => {
    expect(placesOf(['6月2日,云州市委副书记王建国带队调研青禾区农业企业。'])).toEqual(['青禾']);
    expect(placesOf(['6月2日,青禾区区长王建国带队赴云溪区考察招商。'])).toEqual(['青禾']);
    expect(placesOf(['6月2日,云州市委书记王建国带队赴云溪市考察。'])).toEqual(['云州']);
    // 来 is a verb of going too, and ends the name before it.
    expect(placesOf(['6月2日,云州市委书记王建国来青禾区视察工作。'])).toEqual(['青禾']);
  });

  it('is the district of a city-prefixed name when the issue names the district alone too', () => {
    expect(placesOf(['6月1日,云州青禾区委书记王建国主持召开会议。', '6月2日,青禾区召开防汛工作会议。'])).toEqual(['青禾', '青禾']);
    // Without such evidence a long name is kept whole: some real names have four characters.
    expect(placesOf(['6月1日,乌鲁木齐市委书记王建国主持召开会议。'])).toEqual(['乌鲁木齐']);
  });

  it('comes from the issue title when the text names none', () => {
    expect(placesOf(['6月1日,区委书记王建国主持召开防汛工作会议。'], { title: '青禾区召开防汛工作会议' })).toEqual(['青禾']);
  });

  it('comes from the publisher when the text names that place too, and never from a publisher the text does not name', () => {
    expect(placesOf(['6月1日,县委书记王建国主持召开会议,研究青禾文旅发展。'], { source: '青禾日报' })).toEqual(['青禾']);
    expect(placesOf(['6月1日,县委书记王建国主持召开会议,研究文旅发展。'], { source: '光明日报' })).toEqual([null]);
  });

  it('comes from a section heading that is a place the issue names, not from a topic heading', () => {
    const roundup: Line[] = [
      { heading: '青禾' },
      '7月1日,青禾市委书记王建国主持召开市委常委会会议。',
      '7月2日,市长李明华主持召开市政府常务会议。',
      { heading: '云溪' },
      '7月1日,云溪市委书记赵文斌调研重点项目。',
      '7月3日,市长钱志强主持召开市政府常务会议。',
    ];
    expect(placesOf(roundup)).toEqual(['青禾', '青禾', '云溪', '云溪']);
    const topical: Line[] = [
      { heading: '招商引资' },
      '7月1日,青禾市委书记王建国主持召开招商引资推进会。',
      '7月2日,市长李明华主持召开招商引资调度会。',
    ];
    expect(placesOf(topical)).toEqual(['青禾', '青禾']);
  });

  it('comes from the issue’s home when a chronicle’s entries name only their offices', () => {
    const chronicle = [
      '5月5日上午,全省视频会议召开。市长王建国在云溪分会场提出要求。',
      '5月8日上午,市长王建国深入三区和云溪高新区,调研重点项目。',
      '5月9日下午,市长王建国主持召开市政府常务会议。',
    ];
    expect(placesOf(chronicle)).toEqual(['云溪', '云溪', '云溪']);
  });

  it('is none where the text names no place, whatever it is about', () => {
    expect(placesOf(['9月1日,区委书记王建国主持召开会议,学习浦东新区经验。'])).toEqual([null]);
    expect(placesOf(['3月4日晚,区长王建国主持召开区长办公会,坚持每周区长办公会专题研究。'])).toEqual([null]);
  });
});

describe('issue places', () => {
  it('resolve a city-prefixed district by either part named alone, and keep a name with no such evidence', () => {
    const withDistrict = new IssuePlaces();
    withDistrict.add(local('青禾'));
    expect(withDistrict.resolve('云州青禾')).toBe('青禾');
    const withCity = new IssuePlaces();
    withCity.add(local('云州'));
    expect(withCity.resolve('云州青禾')).toBe('青禾');
    expect(new IssuePlaces().resolve('云州青禾')).toBe('云州青禾');
  });

  it('make the most named place the home, the first named on a tie, and count no zone', () => {
    const places = new IssuePlaces();
    places.add(local('云溪'));
    places.add(local('青禾'));
    places.add({ ...local('高新区'), level: 'zone' });
    places.add({ ...local('高新区'), level: 'zone' });
    expect(places.home()).toBe('云溪');
    places.add(local('青禾'));
    expect(places.home()).toBe('青禾');
  });

  it('read a heading that is nothing but a place name', () => {
    expect(headingPlace('青禾')).toBe('青禾');
    expect(headingPlace('一、青禾市')).toBe('青禾');
    expect(headingPlace('【云溪】')).toBe('云溪');
    expect(headingPlace('稳经济促增长 紧扣发展谋良策')).toBeNull();
  });

  it('read the place a publisher is named after', () => {
    expect(sourcePlace('青禾日报')).toBe('青禾');
    expect(sourcePlace('青禾宣传')).toBe('青禾');
    expect(sourcePlace('青禾区人民政府办公室')).toBe('青禾');
    expect(sourcePlace('云江日报-云江网')).toBe('云江');
    expect(sourcePlace('人民日报')).toBeNull();
    expect(sourcePlace('东区办事处')).toBeNull();
  });
});
