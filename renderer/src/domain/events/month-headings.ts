// Reads the month (and year) a chronicle's entries fall in from a heading or a title, in the many
// forms real chronicles use: "5月", "一月:", "4月", "2023年5月份大事记", "大事记2020年4月",
// "2011年4月大事概要(2)", "二〇二二年一月从化大事记", "2020年1月大事要览", a bare "3" heading,
// and a year with a month range ("2019年执政纪事(7-12月)": July is where the entries start).
// A month named inside a sentence is not a heading: the text must be short and, besides the date,
// hold only chronicle words (大事记, 纪事 …), a place and punctuation.

export interface MonthOfYear {
  year: number | null;
  month: number;
}

const chineseDigit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function monthNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  if (text === '十一') return 11;
  if (text === '十二') return 12;
  return text.length === 1 ? (chineseDigit[text] ?? NaN) : NaN;
}

function yearNumber(text: string | undefined): number | null {
  if (!text) return null;
  if (/^\d{4}$/.test(text)) return Number(text);
  const digits = [...text].map((char) => chineseDigit[char]);
  return digits.every((digit) => digit !== undefined) && digits.length === 4 ? Number(digits.join('')) : null;
}

const year = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const month = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const headingPattern = new RegExp(`^(.{0,14}?)(?:${year}年)?${month}月份?(.{0,14})$`);
/** Words a chronicle heading or title may hold besides its date. */
const chronicleWords = /大事记|大事概要|大事要览|大事月报|大事|纪事|要览|月报|记事/;
const yearOnly = new RegExp(`${year}年`);
const monthRange = /\((\d{1,2})[-—~至](\d{1,2})月\)/;

/** The month a heading names, when the heading is a month heading. */
export function monthOfHeading(text: string): MonthOfYear | null {
  const compact = text.replace(/\s+/g, '').replace(/[:：]$/, '');
  if (/^\d{1,2}$/.test(compact)) return null;
  const match = headingPattern.exec(compact);
  if (!match) return null;
  const rest = `${match[1]}${match[4]}`.replace(/\(\d+\)|[()（）【】[\]、,，]/g, '');
  if (rest !== '' && !chronicleWords.test(rest)) return null;
  const value = monthNumber(match[3]!);
  return value >= 1 && value <= 12 ? { year: yearNumber(match[2]), month: value } : null;
}

/** A bare number heading ("3") read as a month, for chronicles whose month headings are only that. */
export function monthOfBareHeading(text: string): MonthOfYear | null {
  const compact = text.replace(/\s+/g, '');
  if (!/^\d{1,2}$/.test(compact)) return null;
  const value = Number(compact);
  return value >= 1 && value <= 12 ? { year: null, month: value } : null;
}

/** What a chronicle's title says of its time: "2006 年 通 州 区 大 事 记" → 2006; "…2019年执政纪事(7-12月)" → July 2019. */
export function timeOfTitle(title: string): { year: number | null; month: number | null } | null {
  const compact = title.replace(/\s+/g, '');
  const heading = monthOfHeading(compact);
  if (heading) return heading;
  if (!chronicleWords.test(compact)) return null;
  const found = yearOnly.exec(compact);
  const range = monthRange.exec(compact);
  const startMonth = range ? Number(range[1]) : null;
  if (!found && startMonth === null) return null;
  return {
    year: found ? yearNumber(found[1]) : null,
    month: startMonth !== null && startMonth >= 1 && startMonth <= 12 ? startMonth : null,
  };
}
