// What an issue as a whole says about where its events happen, for the events whose own text and
// officials name no place: the place the issue names most (its "home": a chronicle's district, a
// single report's county), a section heading that is a place name ("黄石" over that city's
// entries), and the publisher of its source line ("山西日报"). Also reads a city-prefixed
// district ("佛山顺德区" → 顺德) where the issue names the district or the city alone elsewhere.
import { vocabulary } from './vocabulary';
import { placeOfTitle, plausibleStem, type FoundPlace } from './places';
import type { Division, Gazetteer } from './gazetteer/gazetteer';

/** The places an issue names, counted: its title first, then its paragraphs and officials' titles. */
export class IssuePlaces {
  private readonly counts = new Map<string, number>();
  /** With the gazetteer: the counties named (a town or street counts for its county), for offices that name only their level ("县长"). */
  private readonly counties = new Map<Division, number>();
  private readonly ambiguousTownships: (readonly Division[])[] = [];

  constructor(private readonly gazetteer: Gazetteer | null = null) {}

  /** Counts a district, county or city the issue names, or the place a zone is named after. */
  add(place: FoundPlace | null): void {
    if (!place) return;
    if (place.level === 'township') {
      if (place.division) this.countCounty(place.division);
      else if (place.counties) this.ambiguousTownships.push(place.counties);
      return;
    }
    if (place.level !== 'local' && place.level !== 'owner') return;
    if (place.division?.level === 'county') this.countCounty(place.division);
    // A town or street is the county's evidence, not a name of the issue's home of its own.
    this.counts.set(place.place, (this.counts.get(place.place) ?? 0) + 1);
  }

  private countCounty(county: Division): void {
    this.counties.set(county, (this.counties.get(county) ?? 0) + 1);
  }

  /**
   * The county (district, county-level city) the issue names most, for an office that names only
   * its level ("县长", "区委书记"); a town named in several counties counts for the one the issue
   * names otherwise. Null without the gazetteer or when the issue names no county.
   */
  homeCounty(): string | null {
    if (!this.gazetteer) return null;
    const totals = new Map(this.counties);
    for (const counties of this.ambiguousTownships) {
      const known = counties.filter((county) => totals.has(county));
      if (known.length === 1) totals.set(known[0]!, totals.get(known[0]!)! + 1);
    }
    let best: Division | null = null;
    let bestCount = 0;
    for (const [county, count] of totals) {
      if (count > bestCount) {
        best = county;
        bestCount = count;
      }
    }
    return best?.short ?? null;
  }

  /** Whether the issue names `name` as a place somewhere. */
  has(name: string): boolean {
    return this.counts.has(name);
  }

  /**
   * A name of four or more characters that is a city and a district written together without the
   * city's 市 ("佛山顺德", "苏州吴江") gives the district, when the issue names either part alone
   * as a place. Without that evidence the name is kept: some real names are that long (乌鲁木齐).
   */
  resolve(name: string): string {
    if (name.length < 4) return name;
    for (let cut = 2; cut <= name.length - 2; cut++) {
      if (this.counts.has(name.slice(cut)) || this.counts.has(name.slice(0, cut))) return name.slice(cut);
    }
    return name;
  }

  /** The place the issue names most often (the first named on a tie: the title's, when it names one). */
  home(): string | null {
    const totals = new Map<string, number>();
    for (const [name, count] of this.counts) {
      const resolved = this.resolve(name);
      totals.set(resolved, (totals.get(resolved) ?? 0) + count);
    }
    let best: string | null = null;
    let bestCount = 0;
    for (const [name, count] of totals) {
      if (count > bestCount) {
        best = name;
        bestCount = count;
      }
    }
    return best;
  }
}

/** Ordinals and brackets around a heading: "一、黄石", "【黄石】", "(一)黄石市". */
const headingDecoration = /^[\s(（【[〔]*(?:[一二三四五六七八九十\d]+[、.．)）\]】〕\s]+)?|[\s)）】\]〕:：]*$/g;

/** A section heading that is nothing but a place name ("黄石", "鄂州市") gives that name; others (topics) give null. */
export function headingPlace(heading: string): string | null {
  const text = heading.replace(headingDecoration, '');
  if (!/^\p{Script=Han}{2,6}$/u.test(text)) return null;
  const suffix = vocabulary.placeSuffixes.find((word) => text.endsWith(word) && text.length - word.length >= 2);
  const stem = suffix ? text.slice(0, text.length - suffix.length) : text;
  return stem.length <= 4 && plausibleStem(stem) ? stem : null;
}

/**
 * The place a publisher is named after: "山西日报" → 山西, "阜城宣传" → 阜城, "开福区人民政府办公室"
 * → 开福. Only the first publisher of "长江日报-长江网" is read.
 */
export function sourcePlace(source: string): string | null {
  const name = source.trim().split(/[\s\-—–|/、,，;；]/)[0] ?? '';
  const titled = placeOfTitle(name);
  if (titled && (titled.level === 'local' || titled.level === 'province')) return titled.place;
  for (const word of vocabulary.publisherWords) {
    const at = name.indexOf(word);
    if (at >= 2 && at <= 4 && plausibleStem(name.slice(0, at))) return name.slice(0, at);
  }
  return null;
}
