// The officials an issue has already named with a title, so that a later mention of the same person
// is recognised: the full name alone ("许峰主持召开…") or the surname with a form of address ("张书记",
// "王市长"). A surname and address resolve only to the one earlier official they can mean; when two
// could be meant, or none, nothing is invented.
import { vocabulary } from './vocabulary';
import { boundaryChars, isBoundary, surnameLength } from './person-names';

export interface KnownOfficial {
  /** The name in normalised (simplified) characters. */
  name: string;
  /** The name as the issue writes it. */
  written: string;
  /** Titles seen for the person (simplified). */
  titles: string[];
}

/** A later mention of a known official. */
export interface KnownMention {
  official: KnownOfficial;
  start: number;
  end: number;
  /** True for a surname with a form of address ("张书记"); false for the full name. */
  byAddress: boolean;
}

const addressTitles = new Set(vocabulary.addressTitles);
const fewNames = 32;
/** Characters after which a surname and address can start a mention ("在张书记的带领下", "由王市长主持"). */
const addressLeadChars = new Set(vocabulary.addressLeadChars);
const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
/** Built once: the characters after which a clause (or a list item) can start. */
const clauseStarts = new RegExp(`[${escapeClass(boundaryChars)}、]`, 'g');

/** The next index after a character a clause may start after, or -1. */
function nextClauseStart(text: string): number {
  const match = clauseStarts.exec(text);
  return match ? match.index + 1 : -1;
}

export class KnownOfficials {
  private readonly byName = new Map<string, KnownOfficial>();
  private readonly byFirstChar = new Map<string, KnownOfficial[]>();
  private readonly bySurname = new Map<string, KnownOfficial[]>();

  get size(): number {
    return this.byName.size;
  }

  add(name: string, written: string, titles: readonly string[]): void {
    const seen = this.byName.get(name);
    if (seen) {
      for (const title of titles) if (!seen.titles.includes(title)) seen.titles.push(title);
      return;
    }
    const official: KnownOfficial = { name, written, titles: [...titles] };
    this.byName.set(name, official);
    push(this.byFirstChar, name[0]!, official);
    // Longest first, so "张三伟" is tried before "张三".
    this.byFirstChar.get(name[0]!)!.sort((a, b) => b.name.length - a.name.length);
    const surname = surnameLength(name, 0);
    if (surname > 0 && name.length > surname) push(this.bySurname, name.slice(0, surname), official);
  }

  /** Every mention of a known official by full name in `text`, at the start of a clause, left to right. */
  namesIn(text: string): KnownMention[] {
    const mentions: KnownMention[] = [];
    if (this.byName.size === 0) return mentions;
    // Few names: searching for each is quicker than visiting every clause start.
    if (this.byName.size <= fewNames) {
      for (const official of this.byName.values()) {
        for (let at = text.indexOf(official.name); at >= 0; at = text.indexOf(official.name, at + official.name.length)) {
          const longer = this.byFirstChar.get(official.name[0]!)!.find((other) => text.startsWith(other.name, at));
          if (longer === official && startsClause(text, at))
            mentions.push({ official, start: at, end: at + official.name.length, byAddress: false });
        }
      }
      return mentions.sort((a, b) => a.start - b.start);
    }
    clauseStarts.lastIndex = 0;
    for (let at = 0; at >= 0 && at < text.length; at = nextClauseStart(text)) {
      const named = this.byFirstChar.get(text[at]!)?.find((official) => text.startsWith(official.name, at));
      if (!named) continue;
      mentions.push({ official: named, start: at, end: at + named.name.length, byAddress: false });
      clauseStarts.lastIndex = at + named.name.length;
    }
    return mentions;
  }

  /**
   * "张书记": the known official a surname before the office word `word` at `officeIndex` means —
   * the one person of that surname with a title ending in that address — or null.
   */
  addressedAt(text: string, officeIndex: number, word: string): KnownMention | null {
    if (!addressTitles.has(word)) return null;
    for (const length of [1, 2]) {
      const start = officeIndex - length;
      const people = start >= 0 ? this.bySurname.get(text.slice(start, officeIndex)) : undefined;
      if (!people || !(startsClause(text, start) || addressLeadChars.has(text[start - 1]!))) continue;
      const meant = people.filter((person) => person.titles.some((title) => title.endsWith(word)));
      if (meant.length === 0) continue;
      if (meant.length > 1) return null;
      return { official: meant[0]!, start, end: officeIndex + word.length, byAddress: true };
    }
    return null;
  }
}

/** A name alone counts where a clause could begin with it: at the start, after punctuation or 、. */
function startsClause(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1]!;
  return before === '、' || isBoundary(before);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
