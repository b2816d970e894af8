/**
 * The words of numeric facts, as data: measure words and their families, rate
 * stems, base words, connectors, and the cues of growth, shares and totals.
 * Every regex is compiled once, here.
 */

/** Measure words with their family (units that count the same things). */
export const UNIT_FAMILY: Record<string, string> = {
  个百分点: 'point', 百分点: 'point',
  件次: 'case-time', 人次: 'person-time', 户次: 'household', 家次: 'org', 场次: 'session',
  门类: 'category', 大类: 'category', 中类: 'category', 小类: 'category',
  平方米: 'area', 亩: 'mu', 公顷: 'hectare', 个工作小时: 'hour', 工作小时: 'hour', 个小时: 'hour', 小时: 'hour', 分钟: 'minute', 个月: 'month', 公里: 'km', 学时: 'study-hour', 课时: 'study-hour', 个工作日: 'workday', 工作日: 'workday',
  件: 'case', 起: 'case', 宗: 'case',
  人: 'person', 名: 'person', 位: 'person',
  户: 'household', 家: 'org', 项: 'item', 个: 'piece', 场: 'session', 次: 'times', 期: 'issue',
  条: 'entry', 份: 'copy', 册: 'volume', 本: 'volume', 元: 'money', 卷: 'file', 封: 'letter',
  面: 'flag', 辆: 'vehicle', 台: 'machine', 套: 'set', 处: 'place', 张: 'sheet', 篇: 'article',
  批: 'batch', 所: 'institution', 类: 'category', 天: 'day', 座: 'building', 支: 'team', 间: 'room',
  // 部 counts laws, standards, documents, films (17部地方标准); 12部门, 3部委 count bodies, 2部分 is a share
  部: 'document', 部门: 'body', 部委: 'body', 部分: 'portion',
};
/** Families of durations: time limits stand side by side (登记3个工作小时，刻章3个工作小时…), they are not parts of a whole. */
export const DURATION_FAMILIES: ReadonlySet<string> = new Set(['hour', 'minute', 'workday', 'day', 'month']);
/** The unit after a figure, longest first. */
export const UNIT = new RegExp(
  Object.keys(UNIT_FAMILY)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'y',
);

/** Ends a clause: a label never reaches across it. */
export const CLAUSE_BREAK = new Set([...',，;；:：。!！?？\n']);
/** Ends a statement: 其中 and implicit lists never reach across it. */
export const STRONG_BREAK = new Set([...';；。!！?？']);
export const OPENERS = new Set([...'(（《〈[【']);
export const CLOSERS = new Set([...')）》〉]】']);
/** Any clause break or bracket: scanning jumps from one to the next. */
export const MARK = /[,，;；:：。!！?？\n(（《〈[【)）》〉\]】]/g;
export const QUOTES = /[“”"‘’「」『』]/g;
/** Joins list items: 、 and the conjunctions before a last item. */
export const LIST_JOIN = /^(?:、|及|和|以及|与|或)/;

/** Words that introduce a count a rate can be taken over. */
export const BASE =
  /受理|收到|接到|接收|接听|登记|排查|摸排|(?<!驳回|撤回|不予受理的?|终止)申请|立案|收案|新收|办件|调解|审理|审结|办结|结案|参加|参与|参考|抽查|抽取|检查|办理|发现|交办|转办|(?<!公)共(?![享同性建识产治促赢商])|累计|合计|总|全部|涉及|一审|收集|征集|排摸|形成|工单/;
/** The whole of a money rate: 下达经费85万元, 预算资金, 安排资金 (执行率, 到位率, 支出率, 拨付率). */
export const MONEY_BASE = /下达|安排|预算|批复|核定|计划|筹集|投入|总额|总计|共|累计|合计/;
/** 未办结, 不予受理: negated counts are never the numerator. */
export const NEGATION = new Set([...'未不没非']);
/** A total's marker when it closes a list (…,共计81件). */
export const SUM_LABEL = /^(?:(?<!公)共计|合计|总计|总共|累计|共有|共)(?:达到|达|为)?$/;
/** After 其中 (separators skipped), words that say the list is a selection. */
export const PARTIAL = /主要|重点|包括|包含|如|例如|含|数量较多的|较多的|最多的|排名前|居前|前[一二三四五六七八九十\d]{1,2}(?:位|名|类|项)?/y;
/** A sentence that opens as the breakdown of the one before: 其中…, or a label such as 工单分类：, 按类别分：. */
export const LEADING_BREAKDOWN = /^\s*(?:其中|(?:按|从)?[\u4e00-\u9fff]{0,4}(?:分类|类别|类型|区域|地区|领域|层级|行业|来源|渠道)(?:划分|分|看|来看|统计)?[:：])/;
/** Between the last part and 共计N: a comma, perhaps after 等. */
export const SUM_GAP = /^等?[,，]?\s*$/;
/** Separators after 其中: 其中:行政许可208项. */
export const SEPARATOR = /[\s:：,，]/;
/** The last item of a list that covers everything: 及其他行政权力169项, 其余12件. */
export const CLOSED_LABEL = /^(?:及|以及|和|、)?(?:其他|其它|其余|剩余|另有)/;
/** 分别为: the figures are the parts, one for each name (a closed list). */
export const RESPECTIVELY = /分别(?:为|是|有|达|占)?$/;

/**
 * Words of a part's label that make it a status of the whole, not a category of it
 * (受理100件,办结95件,调解成功60件: not parts). An implicit list takes only category parts. Stages the same cases
 * pass through (一审案件52件，开庭审理的案件48件; 负责人出庭应诉48件) and a count of its own beside the whole (共梳理问题6个，
 * 其中2个列入台账，梳理个人问题9个) are not categories either.
 */
export const STATUS_WORD =
  /办结|审结|结案|执结|化解|成功|调解|送达|办理|受理|立案|新收|收案|接待|答复|回复|办复|反馈|整改|处理|处置|解决|纠正|撤销|维持|驳回|变更|确认|终止|胜诉|败诉|撤诉|上年|去年|同期|新增|增加|减少|增长|下降|提高|上升|其中|共|累计|合计|涉及|参与|参加|覆盖|培训|开展|组织|举办|发放|印发|制定|出台|审查|备案|清理|废止|修改|公开|公示|办件|咨询|解答|率|来访|来信|来电|网上|线上|线下|现场|涉(?!外)|解除|在册|在矫|在押|核查|核实|查实|查处|移送|移交|接收|报到|期满|注销|转入|转出|退回|年末|年底|期末|剩余|结转|开庭|审理|出庭|应诉|梳理|查摆|排查|列入|纳入/;

/** Rate stems, longest first (the word before 率). */
export const STEMS = [
  '一次性通过', '不合格', '不及格', '不满意', '自动履行', '调解成功', '出庭应诉',
  '办结', '结案', '审结', '执结', '化解', '成功', '送达', '通过', '合格', '及格', '办复', '答复', '回复', '反馈',
  '覆盖', '公示', '公开', '备案', '应诉', '知晓', '满意', '受理', '处置', '整改', '完成', '参考', '网办', '受援',
  '审查', '采纳', '兑现', '到位', '签约', '执行', '履行', '调处', '办理', '处理', '解决', '销号', '核查', '回访',
  '转化', '参保', '登记', '录入', '上线', '接通', '撤诉', '调撤', '改判', '纠错', '胜诉', '败诉', '好评',
  '支出', '拨付', '使用', '支付', '持证',
].sort((a, b) => b.length - a.length);
/** Rates that cannot exceed 100%: the part is a subset of the base. 完成率 and 执行率 can (完成计划的120%). */
export const COMPLETION = new Set([
  '一次性通过', '自动履行', '调解成功', '出庭应诉', '办结', '结案', '审结', '执结', '化解', '成功', '送达', '通过', '持证',
  '合格', '及格', '办复', '答复', '回复', '反馈', '覆盖', '公示', '公开', '备案', '应诉', '知晓', '满意', '受理',
  '处置', '整改', '参考', '网办', '审查', '采纳', '到位', '履行', '调处', '办理', '处理', '解决', '销号', '核查',
  '回访', '参保', '登记', '录入', '接通', '撤诉', '调撤', '改判', '纠错', '胜诉', '败诉', '好评',
]);
/**
 * Other words a count may use for the stem of a money rate: 已支出76.5万元 for 执行率,
 * 拨付到位 for 到位率. Only money counts (family 'money') use these.
 */
export const MONEY_STEM_WORDS: Record<string, readonly string[]> = {
  执行: ['执行', '支出', '使用', '支付'],
  支出: ['支出', '使用'],
  到位: ['到位', '到账', '拨付'],
  拨付: ['拨付', '下拨'],
  使用: ['使用', '支出'],
  兑现: ['兑现', '发放', '兑付'],
};
/** Other word orders of a stem a count may use, any unit: 成功调解7374件 for 调解成功率. */
export const STEM_WORDS: Record<string, readonly string[]> = {
  调解成功: ['成功调解', '调解成功'],
  成功: ['成功调解', '调解成功', '成功化解'],
  // 纠错率 over the cases corrected, as 复议 reports write them: 纠正违法或不当行政行为15件
  纠错: ['纠错', '纠正'],
  // 出庭应诉率 over the hearings: 开庭37件，行政机关负责人出庭35件
  出庭应诉: ['出庭应诉', '出庭'],
  // 结案率 over the cases closed, however the closing is named: 审结367件, 办结…
  结案: ['结案', '审结', '办结', '执结'],
  // 完成率 of cases handed over, as 信访 and 督察 reports write it: 交办信访件203件，已办结149件，完成率73.4%
  完成: ['完成', '办结', '结案'],
  // 参考率 over those who sat the exam: 应考311人，实考310人
  参考: ['参考', '实考', '实际参考', '参加考试'],
  // 持证率 over the officers holding a licence: 持有行政执法证件3318名, 持证上岗…
  持证: ['持证', '持有'],
};
/**
 * Words that introduce the base of a ratio, and of nothing else (not a total of a list): 应考311人，实考310人，合格308人;
 * 开庭37件; 提出审查意见199条，被采纳190条 (采纳率); 作出重大执法决定15件，经法制审核13件 (审核率); 移送…20件，立案15件
 * (立案率); 完成年检118家，合格112家; 下达整改通知书150份，完成整改148份.
 */
export const RATE_BASE = /应考|实考|应参考|实际参考|应参加|开庭|应出庭|提出|作出|做出|移送|年检|下达|发出|在岗|在编/;
/**
 * By stem, a base only beside another one: 出庭应诉率 is taken over the hearings (开庭52件) or over all 应诉 cases; with no
 * hearings stated, 应诉60件 alone leaves the base unclear (100% may be over hearings the report does not count).
 */
export const ALTERNATIVE_BASE: Record<string, RegExp> = { 出庭应诉: /应诉/ };
/**
 * Outcome rates of cases decided on the merits, whose base often leaves out the cases closed without a
 * judgment or decision: 在审结的案件中，胜诉22件，撤诉3件，胜诉率100% (22/22); a 纠错率 over the cases decided
 * on the merits, its count in another sentence than all the cases closed. Over the whole base such a rate
 * comes out lower than stated; where the text shows a narrower base is possible (NOT_ON_MERITS between the
 * base and the rate, or the base in an earlier sentence), a higher figure is not a sure inconsistency.
 */
export const MERITS_BASE_STEMS: ReadonlySet<string> = new Set(['胜诉', '败诉', '纠错', '改判']);
/** Cases closed without a decision on the merits (撤诉, 撤回申请, 终止审理, 驳回起诉/申请). */
export const NOT_ON_MERITS = /撤诉|撤回|终止|驳回(?:起诉|申请)|不予受理/;
/** Judged subsets: 按时办结率 is checked only against a stated 按时办结 count, and softly. */
export const QUALIFIERS = ['一次性', '按时', '按期', '及时', '限时', '当场', '当日', '当天', '即时', '提前', '满意'];
/** Modes that narrow the count but are stated as counts (电子送达案件1051件). */
export const MODES = ['移动端', '电子', '网上', '线上', '线下', '现场', '全程', '在线', '诉前', '诉中', '当庭'];
/** An average per head written as a count: 人均49.6学时, 人均办案120件, 平均每人参训12学时. */
export const AVERAGE = /(?:人均|平均每人|每人平均|平均每名|平均每位)[\u4e00-\u9fff]{0,8}?(?:达到|达|为)?$/;
/** The total an average is taken from: 累计4712学时, 共…, 合计…. */
export const TOTAL_WORD = /累计|共|合计|总|全年|全部/;
/** Per head of a population the report does not state. */
export const PER_CAPITA = /万人|千人|百人|每万|每千|每百|人均|户均/;
/** Words between a rate's name and its figure (成功率达100%, 均在80%以上). */
export const CONNECTORS = [
  '均保持在', '均稳定在', '均达到了', '均达到', '分别达到', '分别为', '分别达', '均达', '均为', '均在', '均是',
  '保持在', '稳定在', '控制在', '提升至', '提升到', '提高至', '提高到', '上升至', '上升到', '下降至', '下降到',
  '降低至', '降低到', '增长至', '达到了', '达到', '高达', '已达', '已经达到', '达', '为', '是', '在', '至', '了',
];
/** Against last year: 同比, 较上年, 比去年同期 … (the comparison a growth figure states). */
// (a stock against the year's start: 较上年末, 比去年底, 较年初 — 经营主体总量达3.82万户，较上年末增加2146户)
const VERSUS = '(?:同比|环比|较上年同期|较去年同期|比上年同期|比去年同期|较上年度|比上年度|较上一年|比上一年|(?:较|比)(?:上年|去年|上一年)(?:末|底)|(?:较|比)年初|较上年|比上年|较去年|比去年|较同期|与上年相比|与去年相比|与上年末相比|与年初相比|与(?:19|20)\\d{2}年(?:同期|度)?相比)';
export const GROWTH_WORD = new RegExp(`${VERSUS}?(?:分别)?(?:增长|增加|提高|上升|提升|增幅|增速|增长了|增加了|提高了|上升了)$`);
export const DECLINE_WORD = new RegExp(`${VERSUS}?(?:分别|平均)?(?:下降|减少|降低|降幅|下降了|减少了|降低了|压缩|缩短|压减|缩减|精简|压缩了|缩短了|精简了|提速)$`);
/** A change named as a rate: 增长率, 同比增长率, 压缩率 (a growth or a decline, not a ratio of a count to its base). */
export const GROWTH_RATE = /(?:增长|增加|提高|上升|提升)率$/;
export const DECLINE_RATE = /(?:下降|减少|降低|压缩|缩短|压减|缩减|精简|提速|提效)率$/;
/** The head of a 分别 list of changes: 分别同比增长6.7%、33.3%; 同比分别下降…; 分别较上年增长…. */
export const RESPECTIVE_CHANGE = new RegExp(`(?:同比|较上年|比上年|较去年|比去年)?分别(?:${VERSUS}|(?:较|比)(?:19|20)\\d{2}年(?:同期)?)?(增长|增加|提高|上升|下降|减少|降低)(?:了)?$`);
/** Last year's figures given as a list: （上年分别为134件、54件）, 上年同期分别为…, 2024年分别为…. */
export const LAST_YEAR_LIST = /(?:上年|去年|上一年|上年同期|去年同期|(?:19|20)\d{2}年(?:同期)?)分别(?:为|是|有)?$/;
export const SHARE_WORD = /(?:占比|比重|比例)$|^(?:所占|占)/;
export const OTHER_WORD = /(?:度|比|指数|分)$/;
/** The increase a growth rate is built on (净增长5351户) and the new total (总量达60409户). */
export const INCREASE_LABEL = /净增|新增|增长|增加/;
export const NEW_TOTAL_LABEL = /总量|总数|总计|总额|总共|累计|达到|总/;
/** Last year's figure: 较上年的120件, 上年同期为80件, 去年120件, 由上年的92.1%. */
export const LAST_YEAR = /上年|去年|上一年|同期|前一年/;
/** The earlier figure of a change written 由X…到Y (由86.8%提高到91.4%; 由19个工作日压缩至14个工作日). */
export const FROM_END = /(?:由|从)(?:原来的|原先的|原|以前的|法定的|法定|承诺的|承诺)?(?:平均)?$|(?:由|从)[^，,。；;、由从]{0,8}(?:时间|时限|时长|用时|天数|周期|环节|材料|次数)$/;
/** The later figure of such a change: 提高到91.4%, 压缩至14个工作日, 降至31件. */
export const CHANGE_TO = /(?:提速|压缩|缩短|缩减|压减|精简|减少|下降|降低|降|减|增加|增长|增|提高|提升|上升|升|扩大|调整)(?:了)?(?:到|至|为)$/;
/**
 * Last year's figure named by its year, read from the text right before the count (the year is a
 * figure of its own, so it is not in the count's label): 较2022年的39件, (2019年320件).
 */
export const YEAR_BEFORE = /(?:(?:较|比|与|由|从)(?:19|20)\d{2}年(?:同期|度|末|底)?(?:的|相比|为)?|[(（](?:19|20)\d{2}年(?:同期|度|末|底)?(?:为|是)?)$/;
/** A change against last year stated as a count: 较上年增加18件, 同比减少16件. */
export const CHANGE_COUNT = new RegExp(`${VERSUS}(?:的)?(?:净)?(增加|增长|多|上升|提高|减少|下降|少|降低|(?<=净)增|(?<=净)减)(?:了)?$`);
/** A multiple of last year's figure: 是上年的2倍, 为去年同期的125.3%, 相当于上年的1.5倍. */
export const MULTIPLE_OF = /(?:是|为|相当于|达到|达)(?:上年|去年|上一年|同期|上年同期|去年同期)(?:的)?$/;
/** The same with last year's count between: 是上年19卷的2倍 (the words before the count). */
export const MULTIPLE_OF_COUNT = /(?:是|为|相当于|达到|达)(?:上年|去年|上一年|上年同期|去年同期)(?:的)?$/;
/** 增长X倍 / 翻一番 after a comparison. */
export const TIMES_UNIT = /^倍/;
/** The end of a date before a label: 2023年以来,受理… */
export const DATE_TAIL = /^(?:年度|年|月份|月|日)?(?:以来|来)?[、\s]*/;
/** The words of this year's new cases and of older ones (新收案件649件，旧存案件144件): one source for every reading below. */
const NEW_WORDS = '(?:本年|当年|本年度|年内|今年)?(?:新收|新受理|新立案|新增)';
const CARRIED_WORDS = '(?:上年度?|去年|往年|以前年度|历年)?(?:结转|旧存|遗留|未结)';
/** What a count of this year's new cases is called, and what a count of older ones is (at the start of a label). */
export const NEW_CASES = new RegExp(`^(?:其中)?${NEW_WORDS}`);
export const CARRIED_CASES = new RegExp(`^(?:其中)?${CARRIED_WORDS}`);
/** An aside that splits a count into the new and the carried over (新收案件649件，旧存案件144件), in either order: $1 the first half's words, $2 and $3 the figures. */
export const NEW_AND_CARRIED = new RegExp(
  `^(?:其中)?(${NEW_WORDS}|${CARRIED_WORDS})[\\u4e00-\\u9fff]{0,6}?(\\d+)[件起宗项][、，,；;](?:${NEW_WORDS}|${CARRIED_WORDS})[\\u4e00-\\u9fff]{0,6}?(\\d+)[件起宗项]$`,
);
/**
 * The two halves of a caseload: the cases newly received and those carried over (共793件（新收案件649件，旧存案件144件）,
 * 其中新受理…，上年结转…) — kinds of the whole, though 新收 and 结转 are status words elsewhere.
 */
export const NEW_OR_CARRIED = /^[（(]?\s*(?:其中)?[:：,，\s]*(?:(?:本年度?|当年|今年)?(?:新收|新受理)|旧存|(?:上年度?|去年|往年|以前年度)?结转|(?:上年度?|去年|往年|以前年度)未结)(?:的)?(?:案件|事项|申请)?$/;
/** An aside that changes what a count covers: (含上年结转20件), (不含…), (其中…). */
export const QUALIFYING_ASIDE = /含|包括|其中|结转|旧存|未结|除/;
/** 参考率、及格率均在…: one figure for several rates. */
export const SHARED_NAMES = /率[、和及]/;
export const SHARE_NAME = /(?:占比|比重|比例)$/;
/** 占全部案件的, 占受理总数的: the whole a share names. */
export const SHARE_OF = /占([^，,；;。占]{0,20}?)(?:的)?(?:比例|比重)?(?:为|达|达到)?$/;
/** A scope a named whole may carry (占全省的5%): the whole must carry it too. */
export const SCOPE = /全国|全省|全区|全市|全州|全盟|全县|全旗|全镇|全乡|全系统|全行业/g;
/** Words a whole of a share may be named by (全年受理133件, 共办理…). */
export const WHOLE_LABEL = /全年|全部|共|累计|合计|总|受理|办理|收到|接到|新收|收案|登记|排查|立案|审理|发现|下达|安排|预算|抽取|抽查|评查|纳入|在册|现有/;
/**
 * A label that ends in a predicate (表示满意的有240件, 其中有效回访的为…): a statement about a
 * subset of what came before, not a category of a list.
 */
export const PREDICATE_END = /(?:的有|的|有|为|是|达|达到|占|共|计)$/;
export const QUOTE_CHAR = /[“”"‘’「」『』]/;
export const OPEN_QUOTE = /[“"‘「『]/;
export const CLOSE_QUOTE = /[”"’」』]/;
export const HAN = /[\u3400-\u9fff“”"‘’「」]/;
/** 「N个…中已有M个」: a whole and a part in one phrase. */
export const AMONG = /中(?:已有|已经有|有|共有)$/;
/** The same with the part's words after 中: 政务服务事项424项中可全程网办254项, 30人中已取得执法证28人. */
export const AMONG_LEAD = /^中(?:已有|已经有|共有|有|已经|已|可|能|均)/;
/** Approximate shares that can still be checked as bounds: 过半, 半数以上, 超过半数. */
export const MAJORITY = /过半|半数以上|超过半数|超半数|一半以上|大半/g;

/** How many counts back a rate looks for its numerator and base. */
export const WINDOW = 40;
