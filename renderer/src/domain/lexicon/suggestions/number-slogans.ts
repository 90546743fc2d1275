// Number + term slogans: a quoted number and the term it numbers — "465"现代产业体系 (four, six, five
// industries), "121"航空航天产业体系, “七一”重要讲话精神 — and unquoted digit runs read digit by
// digit before such a term (一三五工程). The term is cut at the last head noun a policy term ends
// with (体系, 工程, 战略 …) within ten characters, because digests run on without punctuation
// ("465"现代产业体系提供强劲支撑); a quoted number with no such term after it is a slogan alone (“十三五”).
import type { FoundTerm } from './quoted-terms';

const quotedNumber = /[“"「『]([0-9０-９]{2,5}|[〇零一二三四五六七八九十百两]{2,6})[”"」』]/g;
/** Digits read one by one (一三五), not a number in words (十四): three or more, no 十/百 beside them. */
const digitRun = /(?<![十百千万亿〇零一二三四五六七八九])[一二三四五六七八九]{3,}(?![十百千万亿〇零一二三四五六七八九])/g;
const heads = [
  '体系',
  '工程',
  '战略',
  '行动',
  '计划',
  '格局',
  '布局',
  '目标',
  '模式',
  '机制',
  '方案',
  '精神',
  '工作法',
  '品牌',
  '战役',
  '攻坚',
  '理念',
  '产业',
  '发展',
  '示范区',
];
const han = /\p{Script=Han}/u;

/** The longest run of Chinese after `from` (up to ten characters) that ends with a head noun. */
function termAfter(text: string, from: number): string | null {
  let run = '';
  for (let index = from; index < text.length && run.length < 10 && han.test(text[index]!); index += 1) run += text[index];
  for (let end = run.length; end >= 2; end -= 1) {
    const candidate = run.slice(0, end);
    if (heads.some((head) => candidate.endsWith(head))) return candidate;
  }
  return null;
}

export function findNumberSlogans(text: string): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (const match of text.matchAll(quotedNumber)) {
    const end = match.index + match[0].length;
    const term = termAfter(text, end);
    found.push({ phrase: `"${match[1]}"${term ?? ''}`, start: match.index, end: end + (term?.length ?? 0) });
  }
  for (const match of text.matchAll(digitRun)) {
    const end = match.index + match[0].length;
    const term = termAfter(text, end);
    if (term) found.push({ phrase: `${match[0]}${term}`, start: match.index, end: end + term.length });
  }
  return found;
}
