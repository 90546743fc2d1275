// A seeded generator of digest issues for the benchmark. It takes real paragraphs from
// ../shared/corpus and varies names, places, dates and numbers in them, and lays them out as a
// weekly column (title|period, publish time, intro, two-line section headings, image
// placeholders, credits), so a library of thousands is not a pile of near-copies.
import { mulberry32 } from '../seeded-random';

export { mulberry32 };

const surnames =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文';
const givenChars = '建国华明伟强军平东海峰刚松春晓文浩荣坚元鸣川立新志红英俊斌宇杰涛超亮勇波辉磊洋鹏飞云霞玲静丽敏燕';
const placeStems = [
  '江阴',
  '宜兴',
  '梁溪',
  '锡山',
  '惠山',
  '滨湖',
  '新吴',
  '开福',
  '吴江',
  '新华',
  '老城',
  '阜城',
  '大良',
  '雨花',
  '天心',
  '岳麓',
  '望城',
  '浏阳',
  '宁乡',
  '姑苏',
  '相城',
  '昆山',
  '常熟',
  '太仓',
  '张家港',
  '金坛',
  '溧阳',
  '武进',
  '新北',
  '天宁',
];
const placeSuffixes = ['区', '市', '县'];
const posts = ['区委书记', '区长', '市委书记', '市长', '县委书记', '县长', '区委副书记', '副区长', '常务副市长', '代区长'];
const headingPairs = [
  ['稳经济促增长', '紧扣发展谋良策'],
  ['夯实项目支撑', '激发强劲动能'],
  ['推动城市更新', '打造品质之城'],
  ['营造良好发展环境', '绷紧安全和防疫之弦'],
  ['深化改革开放', '厚植发展优势'],
  ['增进民生福祉', '提升群众获得感'],
  ['扎实推进乡村振兴', '绘就美丽乡村新图景'],
  ['加快科技创新', '培育发展新动能'],
];

export interface SyntheticIssue {
  name: string;
  text: string;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Paragraph-sized lines of the corpus texts: the raw material of synthetic issues. */
export function corpusParagraphs(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 40 && /[。,，]/.test(line));
}

/**
 * The officials of the synthetic library: a fixed cast of 2,000, as a library of many districts'
 * digests has (each district reports on the same few dozen people, week after week), rather than
 * a new random name at every mention, which no real library has.
 */
const officialNames = (() => {
  const random = mulberry32(2022);
  const names = new Set<string>();
  while (names.size < 2000) {
    const given = random() < 0.5 ? pick(random, [...givenChars]) : pick(random, [...givenChars]) + pick(random, [...givenChars]);
    names.add(pick(random, [...surnames]) + given);
  }
  return [...names];
})();

function personName(random: () => number): string {
  return pick(random, officialNames);
}

function vary(paragraph: string, random: () => number, month: number, day: number): string {
  const place = pick(random, placeStems);
  return paragraph
    .replace(/\d+月\d+日/g, () => `${month}月${Math.max(1, Math.min(28, day + Math.floor(random() * 7)))}日`)
    .replace(/\d+(\.\d+)?/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + random())))))
    .replace(new RegExp(placeStems.join('|'), 'g'), () => pick(random, placeStems))
    .replace(
      /(书记|区长|市长|县长|主任)([\u4e00-\u9fa5]{2,3})(主持|率队|带队|调研|出席|参加|表示|要求|指出)/g,
      (_m, post: string, _name: string, verb: string) => `${post}${personName(random)}${verb}`,
    )
    .replace(
      /^/,
      random() < 0.3
        ? `${month}月${day}日,${place}${pick(random, placeSuffixes)}${pick(random, posts)}${personName(random)}主持召开会议。`
        : '',
    );
}

export function syntheticIssue(index: number, paragraphs: readonly string[], seed = 20221219): SyntheticIssue {
  const random = mulberry32(seed + index * 7919);
  const year = 2015 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 21);
  const pad = (n: number) => String(n).padStart(2, '0');
  const series = random() < 0.7 ? '市(县)区委书记、市(县)区长一周' : `${pick(random, placeStems)}政务周报`;
  const lines = [
    `${series}|${month}.${day}-${month}.${day + 6}`,
    '',
    `${year}-${pad(month)}-${pad(day + 7)} ${pad(8 + Math.floor(random() * 10))}:${pad(Math.floor(random() * 60))}:${pad(Math.floor(random() * 60))}`,
    '',
  ];
  const para = () => `  ${vary(pick(random, paragraphs), random, month, day)}`;
  lines.push(para(), '', para(), '');
  const sectionCount = 2 + Math.floor(random() * 3);
  const sections = [...headingPairs].sort(() => random() - 0.5).slice(0, sectionCount);
  for (const [title, subtitle] of sections) {
    lines.push(`  ${title}`, '', `  ${subtitle}`, '', para(), '');
    const events = 2 + Math.floor(random() * 4);
    for (let event = 0; event < events; event++) {
      if (random() < 0.7) lines.push('图片', '');
      lines.push(para(), '', para(), '');
    }
  }
  lines.push('  来源:无锡日报政务融媒', '', `  文字统筹:${personName(random)}`, '');
  return { name: `synthetic-${String(index).padStart(5, '0')}.txt`, text: lines.join('\n') };
}

export function syntheticLibrary(count: number, paragraphs: readonly string[], seed?: number): SyntheticIssue[] {
  return Array.from({ length: count }, (_, index) => syntheticIssue(index, paragraphs, seed));
}
