// How officials are read from invented sentences in the style of Chinese government news: titles
// before a name and where they start, lists sharing titles, names of every length and form, titles
// after a name or in apposition, "同志". Every rule has sentences where it must not fire.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../renderer/src/domain/digest/types';
import { extractEvents } from '../../../../renderer/src/domain/events/extract-events';

/** The officials of each event of a text of paragraphs, as "name[title/title]". */
function officialsOf(...paragraphs: string[]): string[][] {
  const blocks: Block[] = paragraphs.map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
  return extractEvents(blocks, { published: '2024-06-30', period: null }).map((event) =>
    event.officials.map((official) => `${official.name}[${official.titles.join('/')}]`),
  );
}

/** The officials of a one-paragraph event. */
const officials = (paragraph: string) => officialsOf(paragraph)[0] ?? [];

describe('titles before a name', () => {
  it('reads a chain of titles, including posts of zones, committees and non-leading ranks', () => {
    expect(officials('6月2日,市发改委党组书记、主任王建国主持召开会议。')).toEqual(['王建国[市发改委党组书记/主任]']);
    expect(officials('6月2日,高新区党工委书记、管委会主任赵文斌调研企业。')).toEqual(['赵文斌[高新区党工委书记/管委会主任]']);
    expect(officials('6月2日,市政府一级巡视员孙立新、二级巡视员周海参加调研。')).toEqual(['孙立新[市政府一级巡视员]', '周海[二级巡视员]']);
    expect(officials('6月2日,市住建局四级调研员吴志刚参加活动。')).toEqual(['吴志刚[市住建局四级调研员]']);
    expect(officials('6月2日,市水利局总工程师郑国强出席会议。')).toEqual(['郑国强[市水利局总工程师]']);
    expect(officials('6月2日,市农科院首席专家黄立出席活动。')).toEqual(['黄立[市农科院首席专家]']);
    expect(officials('6月2日,全国人大常委会副委员长钱明出席会议。')).toEqual(['钱明[全国人大常委会副委员长]']);
    expect(officials('6月2日,市防汛指挥部指挥长冯涛检查防汛工作。')).toEqual(['冯涛[市防汛指挥部指挥长]']);
    expect(officials('6月2日,市长助理陈立军出席会议。')).toEqual(['陈立军[市长助理]']);
  });

  it('starts the titles after a verb, 在, a date or an earlier name, not inside them', () => {
    expect(officials('6月2日,在市委书记张建华陪同下,省长李明调研企业。')).toEqual(['张建华[市委书记]', '李明[省长]']);
    expect(officials('6月2日,在市委书记张建华、市长李明的陪同下,省长王刚调研企业。')).toEqual([
      '张建华[市委书记]',
      '李明[市长]',
      '王刚[省长]',
    ]);
    expect(officials('6月2日,市委书记张建华与市长李明出席会议。')).toEqual(['张建华[市委书记]', '李明[市长]']);
    expect(officials('6月2日,会议邀请了市委书记张建华出席。')).toEqual(['张建华[市委书记]']);
    expect(officials('6月2日,由区委书记张建华主持召开会议。')).toEqual(['张建华[区委书记]']);
  });

  it('starts the titles after a clause inside the phrase: a listing word, 的 before an organisation, 和 after one', () => {
    expect(officials('6月2日,出席的领导包括全国政协副主席钱明、其中省林业局副局长陈立。')).toEqual([
      '钱明[全国政协副主席]',
      '陈立[省林业局副局长]',
    ]);
    expect(officials('6月2日,省长李明会见了前来参会的中科院院长王刚。')).toEqual(['李明[省长]', '王刚[中科院院长]']);
    expect(officials('6月2日,副主席钱明带队的调研组和全国政协民族和宗教委员会主任朱立到园区调研。')).toEqual([
      '钱明[副主席]',
      '朱立[全国政协民族和宗教委员会主任]',
    ]);
    expect(officials('6月2日,会议由市商会会长郭立新主持。')).toEqual(['郭立新[市商会会长]']);
  });

  it('keeps a 的, 和 or 由 that belongs to the title', () => {
    expect(officials('6月2日,中央办公厅分管日常工作的副主任孟立作报告。')).toEqual(['孟立[中央办公厅分管日常工作的副主任]']);
    expect(officials('6月2日,市委分管政法工作的副书记、市委政法委书记孟立出席会议。')).toEqual([
      '孟立[市委分管政法工作的副书记/市委政法委书记]',
    ]);
    expect(officials('6月2日,市住房和城乡建设局局长刘刚调研工地。')).toEqual(['刘刚[市住房和城乡建设局局长]']);
    expect(officials('6月2日,自由贸易试验区管委会主任钱明调研企业。')).toEqual(['钱明[自由贸易试验区管委会主任]']);
  });

  it('keeps a lead-in character that begins a place or a word of the title', () => {
    expect(officials('6月2日,和平区委书记张建华主持召开会议。')).toEqual(['张建华[和平区委书记]']);
    expect(officials('6月2日,向阳区区长李明调研企业。')).toEqual(['李明[向阳区区长]']);
    expect(officials('6月2日,市政务服务受理中心主任王刚出席活动。')).toEqual(['王刚[市政务服务受理中心主任]']);
  });

  it('reads no official where an office word is followed by no name', () => {
    expect(officials('6月2日,区四套班子领导出席会议,领导班子和成员单位参加。')).toEqual([]);
    expect(officials('6月2日,市长热线接听群众来电,调研员工作情况。')).toEqual([]);
    expect(officials('6月2日,县委书记主持召开会议,各乡镇负责人参加。')).toEqual([]);
  });
});

describe('lists of names sharing titles', () => {
  it('gives every name of a list the titles before it, the last one after 和 or 及 too', () => {
    expect(officials('6月2日,市委常委、副市长张建华、李明出席会议。')).toEqual(['张建华[市委常委/副市长]', '李明[市委常委/副市长]']);
    expect(officials('6月2日,副市长张建华和李明出席会议。')).toEqual(['张建华[副市长]', '李明[副市长]']);
    expect(officials('6月2日,副区长钱宇、沈伟江及李红等出席会议。')).toEqual(['钱宇[副区长]', '沈伟江[副区长]', '李红[副区长]']);
    expect(officials('6月2日,市委书记张建华主持召开会议。市领导李明、王刚参加。')).toEqual([
      '张建华[市委书记]',
      '李明[市领导]',
      '王刚[市领导]',
    ]);
  });

  it('gives names listed before 等 the leaders’ title after it', () => {
    expect(officials('6月2日,区长赵立勋主持召开会议。郭立香、汪海霞、段明等区领导参加会议。')).toEqual([
      '赵立勋[区长]',
      '郭立香[区领导]',
      '汪海霞[区领导]',
      '段明[区领导]',
    ]);
    expect(officials('6月2日,在张建华等市领导陪同下,考察团参观企业。')).toEqual(['张建华[市领导]']);
  });

  it('reads no names before 等 when the list holds something else or the title names a kind of unit', () => {
    expect(officials('6月2日,召开会议,文旅等部门领导参加。')).toEqual([]);
    expect(officials('6月2日,召开会议,各部门、高立等区领导参加。')).toEqual([]);
    expect(officials('6月2日,召开会议,区政协主席叶立山等区四套班子领导参加。')).toEqual(['叶立山[区政协主席]']);
  });

  it('ends a list at a name with its own titles, and shares no titles across 与 or with what is no name', () => {
    expect(officials('6月2日,副区长钱宇、沈伟江、区政府办公室主任曹月见出席会议。')).toEqual([
      '钱宇[副区长]',
      '沈伟江[副区长]',
      '曹月见[区政府办公室主任]',
    ]);
    expect(officials('6月2日,市委书记张建华与李明座谈。')).toEqual(['张建华[市委书记]']);
    expect(officials('6月2日,副市长张建华和市民代表座谈。')).toEqual(['张建华[副市长]']);
    expect(officials('6月2日,副市长张建华、高新区、经开区负责人参加活动。')).toEqual(['张建华[副市长]']);
    expect(officials('6月2日,副市长张建华和常务副区长李明出席会议。')).toEqual(['张建华[副市长]', '李明[常务副区长]']);
  });
});

describe('names', () => {
  it('reads names of two to four characters, compound surnames and dotted minority names', () => {
    expect(officials('6月2日,市委书记欧阳明高主持召开会议。')).toEqual(['欧阳明高[市委书记]']);
    expect(officials('6月2日,市长司马光出席会议。')).toEqual(['司马光[市长]']);
    expect(officials('6月2日,副市长诸葛亮、上官婉儿出席会议。')).toEqual(['诸葛亮[副市长]', '上官婉儿[副市长]']);
    expect(officials('6月2日,自治区主席阿不都·热合曼主持召开会议。')).toEqual(['阿不都·热合曼[自治区主席]']);
    expect(officials('6月2日,副主席买买提·艾力、李明出席会议。')).toEqual(['买买提·艾力[副主席]', '李明[副主席]']);
    // A full-width full stop used as the dot becomes "." in normalised text.
    expect(officials('6月2日,全国人大常委会副委员长吐尔逊．艾力江出席会议。')).toEqual(['吐尔逊．艾力江[全国人大常委会副委员长]']);
    expect(officials('6月2日,副区长洪亮、于立、萧红、傅强、赖明、项英出席会议。')).toEqual([
      '洪亮[副区长]',
      '于立[副区长]',
      '萧红[副区长]',
      '傅强[副区长]',
      '赖明[副区长]',
      '项英[副区长]',
    ]);
  });

  it('reads given names with characters that are usually function words, where nothing reads better', () => {
    expect(officials('6月2日,区委书记李为民主持召开会议。')).toEqual(['李为民[区委书记]']);
    expect(officials('6月2日,区委书记李向东、区长王中华、副区长刘和平出席会议。')).toEqual([
      '李向东[区委书记]',
      '王中华[区长]',
      '刘和平[副区长]',
    ]);
    expect(officials('6月2日,区委书记曹月见主持召开会议。')).toEqual(['曹月见[区委书记]']);
    // …but not where the character is the word after the name.
    expect(officials('6月2日,市委书记张建为企业解决难题。')).toEqual(['张建[市委书记]']);
    expect(officials('6月2日,市长王刚和市民交流。')).toEqual(['王刚[市长]']);
    expect(officials('6月2日,市长王刚上午调研企业。')).toEqual(['王刚[市长]']);
  });

  it('reads rarer surnames of the 百家姓 that are not also common words', () => {
    expect(officials('1月10日,北京市副市长强卫、市委常委习远出席会议。')).toEqual(['强卫[北京市副市长]', '习远[市委常委]']);
    expect(officials('6月2日,区长逄波、副区长隗明出席会议。')).toEqual(['逄波[区长]', '隗明[副区长]']);
    // 强 is also the first character of 强调 and 强化: after a title with no name it is no surname
    expect(officials('6月2日,会上,区长强调要强化责任落实。')).toEqual([]);
  });

  it('reads a bare name taking office (履新) as an official', () => {
    expect(officials('12月1日,周红波履新南京市委书记,开启了全市密集调研。')).toEqual(['周红波[]']);
  });

  it('ends a name before 来 (comes to)', () => {
    expect(officials('3月4日,枣庄市委书记陈伟来薛城区视察工作。')).toEqual(['陈伟[枣庄市委书记]']);
  });

  it('ends a name before 给 (gives a lecture to)', () => {
    expect(officials('6月14日,区委书记施小琳给全区党员领导干部上党课。')).toEqual(['施小琳[区委书记]']);
    expect(officials('6月14日,全区开展专题教育。区委书记施小琳给全区党员领导干部上党课。')).toEqual(['施小琳[区委书记]']);
  });

  it('ends a name before the verbs of speech', () => {
    for (const verb of ['指出', '强调', '表示', '要求', '说']) {
      expect(officials(`6月2日,市委书记张建华${verb},要抓好防汛工作。`)).toEqual(['张建华[市委书记]']);
    }
  });

  it('does not read a common word or a verb after a title as a name', () => {
    expect(officials('6月2日,县委书记高度重视防汛工作。')).toEqual([]);
    expect(officials('6月2日,县委宣传部常务副部长王刚出席活动。')).toEqual(['王刚[县委宣传部常务副部长]']);
    expect(officials('6月2日,市委书记张建华赴张家港调研,在王府井、李子园走访。')).toEqual(['张建华[市委书记]']);
  });
});

describe('titles after a name', () => {
  it('reads a post after the name with the organisation before it', () => {
    expect(officials('6月2日,顺德区金融业联合会陈立芬秘书长等一行到园区考察。')).toEqual(['陈立芬[顺德区金融业联合会秘书长]']);
    expect(officials('6月2日,会议召开。会上,申文霞书记强调,要抓好落实。')).toEqual(['申文霞[书记]']);
  });

  it('does not read a place before a mayor’s or a district head’s office as a name', () => {
    expect(officials('6月2日,张家港市长表示,要加快发展。')).toEqual([]);
    expect(officials('6月2日,李子园区长表示,要加快发展。')).toEqual([]);
    expect(officials('6月2日,市文联主席、党组书记王刚出席活动。')).toEqual(['王刚[市文联主席/党组书记]']);
  });

  it('reads titles in apposition, in brackets or between commas', () => {
    expect(officials('6月2日,召开会议。出席会议的有张建华(市委书记)、李明(市委副书记、市长)。')).toEqual([
      '张建华[市委书记]',
      '李明[市委副书记/市长]',
    ]);
    expect(officials('6月2日,召开会议,张建华,市委书记;李明,市长。')).toEqual(['张建华[市委书记]', '李明[市长]']);
  });

  it('does not read apposition where the brackets or the clause hold no title', () => {
    expect(officials('6月2日,南昌市委书记李红军(11月3日至4日)赴上海。')).toEqual(['李红军[南昌市委书记]']);
    expect(officials('6月2日,张建华(左二)调研企业。')).toEqual([]);
    expect(officials('6月2日,张建华,男,汉族,市委书记张明主持会议。')).toEqual(['张明[市委书记]']);
    expect(officials('6月2日,王府井,市委书记张明调研。')).toEqual(['张明[市委书记]']);
  });

  it('reads "同志" after a name at the start of a clause as an official without titles, not a word before it', () => {
    expect(officials('6月2日,张建华同志主持召开会议。')).toEqual(['张建华[]']);
    expect(officials('6月2日,市委书记张建华同志主持召开会议。')).toEqual(['张建华[市委书记]']);
    expect(officials('6月2日,慰问党员同志、老同志,各位同志参加。')).toEqual([]);
  });
});

describe('bare names before an official’s act', () => {
  it('reads a list of names without titles that opens a clause and does what officials do', () => {
    expect(officials('7月1日,丽水举办宣演会。胡海峰、吴晓东,虞红鸣、陈瑞商、李锋出席。')).toEqual([
      '胡海峰[]',
      '吴晓东[]',
      '虞红鸣[]',
      '陈瑞商[]',
      '李锋[]',
    ]);
    expect(officials('7月5日,市委人才工作领导小组会议召开。会议由胡海峰主持。')).toEqual(['胡海峰[]']);
    expect(officials('7月8日,主题党日活动举行,胡海峰、李锋等出席。')).toEqual(['胡海峰[]', '李锋[]']);
  });

  it('reads no names where the list holds something else or does not open a clause', () => {
    expect(officials('7月1日,宣传队、先锋团出席启动仪式。')).toEqual([]);
    expect(officials('7月1日,各单位负责人、胡海峰出席启动仪式。')).toEqual([]);
    expect(officials('7月1日,全市要求各地加强巡查。')).toEqual([]);
  });
});
