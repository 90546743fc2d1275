// Words that help find an issue's title and series among the first lines of a page. Pure data.

/**
 * Words that a government-news headline tends to contain (offices, meetings, actions). Among the
 * candidate lines at the top of a page, the first one holding such a word is taken as the title,
 * so that a shop banner or a site name above the headline is passed over.
 */
export const TITLE_CUES: readonly string[] = [
  '书记',
  '書記',
  '市长',
  '市長',
  '区长',
  '區長',
  '县长',
  '縣長',
  '镇长',
  '省长',
  '主任',
  '主席',
  '常委',
  '领导',
  '會議',
  '会议',
  '召开',
  '主持',
  '调研',
  '調研',
  '考察',
  '视察',
  '座谈',
  '一周',
  '大事记',
  '大事記',
  '大事要览',
  '大事概要',
  '启动',
  '啟動',
  '举办',
  '举行',
  '签约',
  '揭牌',
  '出席',
  '部署',
  '推进会',
  '办公会',
  '专题会',
];

/**
 * Words that name a recurring column ("…一周", "…大事记"). A title ending with one of them, once
 * its period is taken out, names the series; so does a bracketed prefix holding one: "【区政府工作大事记】".
 */
export const COLUMN_WORDS: readonly string[] = [
  '一周',
  '每周',
  '周报',
  '週報',
  '周刊',
  '周览',
  '周记',
  '大事记',
  '大事記',
  '大事要览',
  '大事概要',
  '纪事',
  '紀事',
  '月报',
  '月報',
  '月刊',
  '旬报',
  '简报',
  '簡報',
];

/**
 * How a site's name ends when a saved page's headline carries it as a suffix
 * ("…签“责任状” – 多维新闻网", "… - 人民网", "…_凤凰网青岛频道"). Bare "网" is not enough:
 * "全力建设智慧电网" ends a headline, not a site name.
 */
export const SITE_NAME_ENDINGS: readonly string[] = [
  '新闻网',
  '政府网',
  '信息网',
  '门户网',
  '人民网',
  '新华网',
  '凤凰网',
  '网站',
  '在线',
  '频道',
  '日报',
  '晚报',
  '.com',
  '.cn',
];
