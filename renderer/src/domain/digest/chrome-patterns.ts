// Page chrome: the lines a web page or forum wraps around a digest (navigation, counters, share
// and print buttons, forum profile fields, boilerplate notices). They are dropped from the issue.
// Pure data, matched against the normalised line (half-width punctuation), so it can be extended
// without touching the parser. Nothing here may be specific to one place or one site's wording
// of an article: only to the kinds of page furniture that recur across sites.

/** Bullets and arrows a page puts in front of a chrome line; stripped before matching. */
export const CHROME_LEADING_SYMBOLS = /^[\s•·●○◆◇■□▶►▸>»›*~\-–—]+/;

/** Whole lines that are chrome. */
export const CHROME_LINES: ReadonlySet<string> = new Set([
  // forum account and thread furniture
  '找回密码',
  '注册',
  '登录',
  '立即注册',
  '[复制链接]',
  '复制链接',
  '主题',
  '帖子',
  '精华',
  '积分',
  '版主',
  '获赠鲜花',
  '个人财富',
  '注册时间',
  '收藏',
  '举报',
  '回复',
  '返回列表',
  '阅读模式',
  '显示全部楼层',
  '只看该作者',
  '电梯直达',
  // page buttons
  '打印',
  '关闭',
  '分享',
  '返回',
  '返回顶部',
  '[打印]',
  '[关闭]',
  '【打印】',
  '【关闭】',
  // the buttons under a WeChat post
  '在看',
  '点赞',
  '赞',
  '写留言',
  '留言',
  '阅读原文',
  // a blog theme's (WordPress's) links and comment form under a post
  '阅读更多',
  '发表回复',
  '发表评论',
]);

/** Line beginnings that mark chrome: a widget label followed by whatever the page filled in. */
export const CHROME_PREFIXES: readonly string[] = [
  '友情链接',
  '友情提示',
  '当前位置',
  '您的位置',
  '你的位置',
  '您现在的位置',
  '所在位置',
  '分享到',
  '浏览次数',
  '阅读次数',
  '点击数',
  '点击次数',
  '访问次数',
  '【字体',
  '[字体',
  '字体:',
  '字体大小',
  '字号:',
  '【字号',
  '联系我们',
  '联系我时',
  '查看:',
  '[打印此页]',
  '【打印此页】',
  '打印此页',
  '[关闭本页]',
  '【关闭本页】',
  '关闭本页',
  '关闭窗口',
  '【关闭窗口】',
  '[关闭窗口]',
  '返回顶部',
  '上一篇',
  '下一篇',
  '扫一扫',
  '微信扫一扫',
  // a WeChat account's invitations to follow it
  '点击蓝字',
  '点击上方蓝字',
  '点击上方',
  '长按识别',
  '长按二维码',
  '长按扫码',
  '识别二维码',
  '收录于合集',
  '收录于话题',
  '预览时标签不可点',
  '喜欢此内容的人还喜欢',
  '更多广告',
  '版权所有',
  // a portal's footer
  '主办单位',
  '承办单位',
  '协办单位',
  '技术支持',
  '网站标识码',
  '政府网站标识码',
  '网站地图',
  // WordPress's comment form: "您的电子邮箱地址不会被公开。 必填项已用 * 标注"
  '您的电子邮箱地址不会被公开',
  'Copyright',
  'copyright',
  '©',
];

/**
 * Line shapes that are chrome. Each is anchored and free of nested quantifiers (linear time), and
 * none matches a line holding "。" (such lines are not tested against them, see isChromeLine).
 */
export const CHROME_SHAPES: readonly RegExp[] = [
  // forum rank badges, repeated: "Rank: 7Rank: 7Rank: 7"
  /^(?:Rank: ?\d+ ?)+$/i,
  // forum profile counters: "16374 朵", "21564 金币"
  /^\d+ ?(?:朵|金币|积分|威望|贡献|帖子|主题|点)$/,
  // a stray image file name left by the page: "d7d1bb3e276440db7543b3acef375f8.jpg"
  /^[\w-]+\.(?:jpe?g|png|gif|webp|bmp|svg)$/i,
  // a lone UI word in Latin letters: "logo", "news", "menu"
  /^[A-Za-z]{1,12}$/,
  // breadcrumbs: "新闻中心 > 武汉频道 > 要闻" (at least three short steps)
  /^[^>»›]{1,16}(?:[>»›][^>»›]{1,16}){2,}$/,
  // site registration numbers in a footer: "苏ICP备12345678号"
  /^.{0,8}ICP[备證]/,
  // police registration numbers in a footer: "浙公网安备 33010602000001号"
  /^.{0,4}公网安备/,
  // a row of page buttons: "【打印本页】【关闭窗口】", "[打印] [关闭]"
  /^(?:[[【] ?(?:打印|关闭|收藏|分享|返回|顶部|返回顶部|打印本页|打印此页|关闭本页|关闭窗口|加入收藏|纠错|我要纠错|保存|下载|大|中|小|默认|放大|缩小) ?[】\]] ?)+$/,
  // the end mark of a post: "-END-", "— 完 —", "(完)", "【全文完】"
  /^[-—–_=~·. ]*(?:END|End|end|THE END|完|全文完|结束)[-—–_=~·. ]*$/,
  /^[(【[](?:完|全文完)[)】\]]$/,
];

/**
 * Lines that introduce a list of other articles at the end of a post ("往期推荐", "推荐阅读").
 * When no prose follows such a line, it and the headlines after it are dropped.
 */
export const RELATED_LIST_MARKERS: ReadonlySet<string> = new Set([
  '往期推荐',
  '往期回顾',
  '往期精彩',
  '推荐阅读',
  '相关阅读',
  '延伸阅读',
  '相关新闻',
  '相关链接',
  '相关文章',
  '精彩推荐',
  '热文推荐',
  '猜你喜欢',
  '更多精彩',
  // blog themes' headings over related posts, on sites that repost Chinese news
  'Check Also',
  'Related Posts',
  'You May Also Like',
]);

/**
 * A line with no Chinese character and no Latin word of this many letters is debris
 * (counters, lone symbols, the scrambled anti-copy filler some forums insert).
 */
export const DEBRIS_MIN_LATIN_WORD = 3;

/** Lines longer than this are never chrome: page furniture is short, and this keeps matching cheap. */
export const CHROME_MAX_LENGTH = 120;

/**
 * Lines that stand for a picture in copied text; they become image placeholders: "图片", "[图片]",
 * "【图】", "(图片)", "图片1", "[图片2]", and the bracketed "[image]" some copy tools leave (a bare
 * "image" or "photo" may be a page's menu word).
 */
export const IMAGE_PLACEHOLDER =
  /^(?:[[【(<]?(?:图片|圖片|图|圖|照片)(?: ?\d{1,3})?[\]】)>]?|[[(<](?:image|img|photo|picture)(?: ?\d{1,3})?[\])>])$/i;

/** Image placeholders are short; longer lines are not matched. */
export const IMAGE_PLACEHOLDER_MAX_LENGTH = 12;
