// The labels of meta and credit lines ("发布时间:", "来源:", "责任编辑:" …), in simplified and
// traditional characters. Pure data, matched against the normalised line (half-width colon).
// Longer labels come first so that an alternation built from a list prefers them.

/** Labels of a publish time; followed by a colon. */
export const PUBLISHED_LABELS: readonly string[] = [
  '信息时间',
  '发布时间',
  '发布日期',
  '发表时间',
  '发表日期',
  '發表日期',
  '发稿时间',
  '更新时间',
  '發布時間',
  '發布日期',
  '时间',
  '時間',
  '日期',
];

/** Words that introduce a publish time without a colon: "发表于 2022-11-9 18:11". */
export const PUBLISHED_WORDS: readonly string[] = ['发表于', '发布于', '發表於'];

/**
 * Page buttons that CMS pages print on the meta line right after the source's value
 * ("来源:鲁网 大字体 小字体 扫码带走"): the value ends where one begins.
 */
export const META_BUTTON_WORDS: readonly string[] = ['大字体', '中字体', '小字体', '字号', '扫码', '打印', '分享'];

/** A page's view counter standing after the publish time, its number often lost: "2025/8/25 10:22:34 次浏览". */
export const VIEW_COUNTER_WORDS: readonly string[] = ['次浏览', '次阅读', '浏览次数', '阅读次数'];

/** Labels of the source (publisher) of an article; followed by a colon. */
export const SOURCE_LABELS: readonly string[] = ['稿件来源', '文章来源', '信息来源', '来源于', '來源於', '来源', '來源'];

/**
 * Labels of credit and footer lines (who wrote, edited, checked or supplied the piece).
 * A credit line starts with one of them, maybe inside brackets, followed by one of CREDIT_SEPARATORS.
 */
export const CREDIT_LABELS: readonly string[] = [
  ...SOURCE_LABELS,
  '图文资料',
  '文字统筹',
  '值班编辑',
  '值班主任',
  '责任编辑',
  '责编',
  '主编',
  '美编',
  '責任編輯',
  '编辑',
  '編輯',
  '审核',
  '審核',
  '审校',
  '校对',
  '校對',
  '初审',
  '复审',
  '终审',
  // WeChat accounts' three-level review: "一审：… 二审：… 三审：…"
  '一审',
  '二审',
  '三审',
  '签发',
  '编审',
  '编校',
  '监制',
  '统筹',
  '策划',
  '撰文',
  '撰稿',
  '文字',
  '作者',
  '记者',
  '記者',
  '通讯员',
  '摄影',
  '摄像',
  '图片来源',
  '图片',
  '图源',
  '供稿',
  '出品',
  '制作',
  '设计',
  '剪辑',
  '原标题',
  // the distribution list at the foot of a bulletin (简报): "报：市委办公室", "送：…", "抄送：…"
  '报送',
  '抄送',
  '分送',
  '发送',
  '印发',
  '报',
  '送',
  '发布日期',
  '发布时间',
  '文图',
  '图文',
  '文',
  '图',
];

/**
 * Labels that credit the pictures ("图：张三", "图片：区融媒体中心"). A line with one of them whose
 * value reads as a sentence is a caption ("图：区委书记张伟在项目现场调研"), not a credit.
 */
export const PICTURE_CREDIT_LABELS: readonly string[] = ['图片', '图', '圖片', '圖'];

/** A picture credit names people or an office; a longer value is a caption. */
export const PICTURE_CREDIT_MAX_CHARS = 16;

/** What may stand between a credit label and its value: "来源:", "撰文丨", "文/". */
export const CREDIT_SEPARATORS = ':丨|/';

/** Brackets that may enclose a whole credit line: "(来源:无锡新传媒 wxrb.com)". */
export const CREDIT_OPENING_BRACKETS = '([【（';

/** Credit lines are short; a longer line that starts with a label is a paragraph. */
export const CREDIT_MAX_LENGTH = 80;
