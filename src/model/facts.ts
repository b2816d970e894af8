/**
 * Numeric facts: the counts, rates and totals a report states, read once from
 * report.sentences so every rule can check them without re-reading the text.
 *
 *   quantities  调解成功5726件: value, unit, label, inexact flag, span
 *   rates       成功率达100%: label, value, stated decimals, qualifiers, and — where
 *               the text allows — the counts it is built on (same sentence or the
 *               one before, same unit family)
 *   totals      共梳理行政职权3415项,其中:行政许可208项、… and lists ending in 共计N
 *
 * Pairing is deliberately conservative: when the text does not make the
 * numerator and denominator clear, a rate stays unpaired (silence beats a
 * wrong accusation). Everything is linear in the text: each sentence is read
 * once and pairs only with itself and the sentence before it.
 */
import type { Block, Sentence, Span } from './types.js';
import {
  approxSuffixAt,
  exactAdd,
  exactCompare,
  exactSub,
  exactToString,
  readNumbers,
  type Exact,
  type NumberToken,
} from './numbers.js';

export interface Quantity extends Span {
  value: number;
  exact: Exact;
  /** Decimals as written (61.28万 → 2). */
  decimals: number;
  /** Half a unit of the last written digit of a rounded figure (1.2万件: ±500); zero when written in full. */
  tolerance: Exact;
  /** The measure word after the figure: 件, 人次, 元 (万 of 万元 belongs to the figure). */
  unit: string;
  /** Units that count the same things: 件/起/宗 → case, 人/名/位 → person. */
  family: string;
  /** The words naming what is counted, up to the clause start or the previous figure: 调解成功. */
  label: string;
  labelSpan: Span;
  /** An approximation marker (余, 近, 以上 …) or one end of a range. */
  inexact: boolean;
  markers: string[];
  /** The figure and unit as written: 5万余份. */
  raw: string;
  /** Index in report.sentences, and the block. */
  sentence: number;
  block: number;
  /** Inside brackets or a title (…)/（…）/《…》: an aside, not part of the main statement. */
  nested: boolean;
  /** A bracketed aside right after the count: 审结120件(含上年结转20件) → 含上年结转20件. */
  note?: string;
  /** Offsets in the sentence's text: the figure's start, its end (unit and markers included), the label's start. */
  inSentence: { start: number; end: number; labelStart: number };
}

export type RateKind =
  /** …率: 办结率, 电子送达率 */
  | 'ratio'
  /** 占比, 占…的, 比重 */
  | 'share'
  /** 增长, 同比增长, 增幅 */
  | 'growth'
  /** 下降, 减少 */
  | 'decline'
  /** 万人受援率, 人均: per head of a population the report does not give */
  | 'per-capita'
  /** 满意度, 压缩比: a survey or index, not a ratio of stated counts */
  | 'other'
  /** a percentage with no rate word (实现100%全覆盖) */
  | 'bare';

export interface RateBasis {
  formula: 'ratio' | 'growth' | 'share';
  numerator: Quantity;
  /** The quantity the base is read from (for growth: the new total). */
  denominator: Quantity;
  /** The base: the denominator, or total − increase for growth. */
  base: Exact;
  /** How far the base may be off when its counts are rounded figures (1.2万件). */
  baseTolerance: Exact;
  /** As shown to readers: 1051/1148, 5351/(60409−5351). */
  expression: string;
}

export interface Rate extends Span {
  /** The rate's name: 电子送达率, 执结率, 增长, 占比. */
  label: string;
  labelSpan: Span;
  kind: RateKind;
  /** What is counted: 送达, 办结 (ratio rates only). */
  stem: string;
  /** The word before the stem that narrows it: 电子, 按时, or ''. */
  modifier: string;
  /** A judged subset (按时, 满意, 知晓 …): its count must be stated to be checked. */
  qualified: boolean;
  /** Can never exceed 100% (办结率, 化解率, 送达率 …). */
  completion: boolean;
  value: number;
  exact: Exact;
  /** Decimals as stated: 97.4% → 1. */
  decimals: number;
  unit: 'percent' | 'permille';
  /** 80%以上, 约95%, 80%～90%. */
  inexact: boolean;
  /** One figure for several rates (参考率、及格率均在80%以上; 分别为). */
  shared: boolean;
  /** The figure as written: 91.61%. */
  raw: string;
  /** The rate as a reader sees it, name to figure (inline markup left out): 成功率达100%. */
  text: string;
  /** Span of the figure alone. */
  valueSpan: Span;
  /** The counts the rate can be computed from, best first; empty when unpaired. */
  bases: RateBasis[];
  sentence: number;
  block: number;
}

export interface Total extends Span {
  total: Quantity;
  parts: Quantity[];
  /** 其中 a、b、c (breakdown) · a、b、c,共计N (sum) · figures that add up with no marker (implicit). */
  how: 'breakdown' | 'sum' | 'implicit';
  /** The parts claim to be the whole: at least two, no 等, not introduced as 包括/主要. */
  exhaustive: boolean;
  /** The list ends in 其他/其余 …: it certainly covers everything. */
  closed: boolean;
  /** 等 after the parts: the list is open. */
  etc: boolean;
}

export interface Facts {
  quantities: Quantity[];
  rates: Rate[];
  totals: Total[];
}

/** What fact extraction needs of the Report (sentences are never re-split). */
export interface FactsInput {
  sentences: readonly Sentence[];
  blocks: readonly Block[];
  toSource(block: Block, textOffset: number): number;
}

// ---------------------------------------------------------------------------
// Vocabulary (every regex compiled once)

/** Measure words, longest first, with their family. */
const UNIT_FAMILY: Record<string, string> = {
  个百分点: 'point', 百分点: 'point',
  件次: 'case-time', 人次: 'person-time', 户次: 'household', 家次: 'org', 场次: 'session',
  门类: 'category', 大类: 'category', 中类: 'category', 小类: 'category',
  平方米: 'area', 小时: 'hour', 公里: 'km',
  件: 'case', 起: 'case', 宗: 'case',
  人: 'person', 名: 'person', 位: 'person',
  户: 'household', 家: 'org', 项: 'item', 个: 'piece', 场: 'session', 次: 'times', 期: 'issue',
  条: 'entry', 份: 'copy', 册: 'volume', 本: 'volume', 元: 'money', 卷: 'file', 封: 'letter',
  面: 'flag', 辆: 'vehicle', 台: 'machine', 套: 'set', 处: 'place', 张: 'sheet', 篇: 'article',
  批: 'batch', 所: 'institution', 类: 'category', 天: 'day', 座: 'building', 支: 'team', 间: 'room',
};
const UNIT = new RegExp(
  Object.keys(UNIT_FAMILY)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'y',
);

/** Ends a clause: a label never reaches across it. */
const CLAUSE_BREAK = new Set([...',，;；:：。!！?？\n']);
const STRONG_BREAK = new Set([...';；。!！?？']);
const OPENERS = new Set([...'(（《〈[【']);
const CLOSERS = new Set([...')）》〉]】']);
/** Any of the above: scanning jumps from one to the next. */
const MARK = /[,，;；:：。!！?？\n(（《〈[【)）》〉\]】]/g;
const QUOTES = /[“”"‘’「」『』]/g;
/** Joins list items: 、 and the conjunctions before a last item. */
const LIST_JOIN = /^(?:、|及|和|以及|与|或)/;

/** Words that introduce a count a rate can be taken over. */
const BASE = /受理|收到|接到|接收|接听|登记|排查|摸排|申请|立案|收案|新收|办件|调解|审理|参加|参与|参考|抽查|检查|办理|发现|交办|转办|(?<!公)共(?![享同性建识产治促赢商])|累计|合计|总|全部|涉及|一审|收集|征集|排摸/;
/** 未办结, 不予受理: negated counts are never the numerator. */
const NEGATION = new Set([...'未不没非']);
/** A total's marker when it closes a list (…,共计81件). */
const SUM_LABEL = /^(?:(?<!公)共计|合计|总计|总共|累计|共有|共)(?:达到|达|为)?$/;
/** After 其中 (separators skipped), words that say the list is a selection. */
const PARTIAL = /主要|重点|包括|包含|如|例如|含/y;
/** A sentence that opens with 其中 continues the breakdown of the one before. */
const LEADING_BREAKDOWN = /^\s*其中/;
/** Between the last part and 共计N: a comma, perhaps after 等. */
const SUM_GAP = /^等?[,，]\s*$/;
/** Separators after 其中: 其中:行政许可208项. */
const SEPARATOR = /[\s:：,，]/;
const CLOSED_LABEL = /^(?:及|以及|和|、)?(?:其他|其它|其余|剩余|另有)/;

/** Rate stems, longest first (the word before 率). */
const STEMS = [
  '一次性通过', '自动履行', '调解成功', '出庭应诉',
  '办结', '结案', '审结', '执结', '化解', '成功', '送达', '通过', '合格', '及格', '办复', '答复', '回复', '反馈',
  '覆盖', '公示', '公开', '备案', '应诉', '知晓', '满意', '受理', '处置', '整改', '完成', '参考', '网办', '受援',
  '审查', '采纳', '兑现', '到位', '签约', '执行', '履行', '调处', '办理', '处理', '解决', '销号', '核查', '回访',
  '转化', '参保', '登记', '录入', '上线', '接通', '撤诉', '调撤', '改判', '纠错', '胜诉', '败诉', '好评',
].sort((a, b) => b.length - a.length);
/** Rates that cannot exceed 100%: the part is a subset of the base. 完成率 can (完成计划的120%). */
const COMPLETION = new Set([
  '一次性通过', '自动履行', '调解成功', '出庭应诉', '办结', '结案', '审结', '执结', '化解', '成功', '送达', '通过',
  '合格', '及格', '办复', '答复', '回复', '反馈', '覆盖', '公示', '公开', '备案', '应诉', '知晓', '满意', '受理',
  '处置', '整改', '参考', '网办', '审查', '采纳', '到位', '履行', '调处', '办理', '处理', '解决', '销号', '核查',
  '回访', '参保', '登记', '录入', '接通', '撤诉', '调撤', '改判', '纠错', '胜诉', '败诉', '好评',
]);
/** Judged subsets: 按时办结率 is checked only against a stated 按时办结 count, and softly. */
const QUALIFIERS = ['一次性', '按时', '按期', '及时', '限时', '当场', '当日', '当天', '即时', '提前', '满意'];
/** Modes that narrow the count but are stated as counts (电子送达案件1051件). */
const MODES = ['移动端', '电子', '网上', '线上', '线下', '现场', '全程', '在线', '诉前', '诉中', '当庭'];
/** Per head of a population the report does not state. */
const PER_CAPITA = /万人|千人|百人|每万|每千|每百|人均|户均/;
/** Words between a rate's name and its figure (成功率达100%, 均在80%以上). */
const CONNECTORS = [
  '均保持在', '均稳定在', '均达到了', '均达到', '分别达到', '分别为', '分别达', '均达', '均为', '均在', '均是',
  '保持在', '稳定在', '控制在', '提升至', '提升到', '提高至', '提高到', '上升至', '上升到', '下降至', '下降到',
  '降低至', '降低到', '增长至', '达到了', '达到', '高达', '已达', '已经达到', '达', '为', '是', '在', '至', '了',
];
const GROWTH_WORD = /(?:同比|环比|较上年|比上年)?(?:增长|增加|提高|上升|提升|增幅|增速)$/;
const DECLINE_WORD = /(?:同比|环比|较上年|比上年)?(?:下降|减少|降低|降幅)$/;
const SHARE_WORD = /(?:占比|比重|比例)$|^(?:所占|占)/;
const OTHER_WORD = /(?:度|比|指数|分)$/;
/** The increase a growth rate is built on (净增长5351户) and the new total (总量达60409户). */
const INCREASE_LABEL = /净增|新增|增长|增加/;
const NEW_TOTAL_LABEL = /总量|总数|总计|总额|总共|累计|达到|总/;
/** The end of a date before a label: 2023年以来,受理… */
const DATE_TAIL = /^(?:年度|年|月份|月|日)?(?:以来|来)?[、\s]*/;
/** How many counts back a rate looks for its numerator and base. */
const WINDOW = 40;
/** An aside that changes what a count covers: (含上年结转20件), (不含…), (其中…). */
const QUALIFYING_ASIDE = /含|包括|其中|结转|旧存|未结|除/;
/** 参考率、及格率均在…: one figure for several rates. */
const SHARED_NAMES = /率[、和及]/;
const SHARE_NAME = /(?:占比|比重|比例)$/;
const QUOTE_CHAR = /[“”"‘’「」『』]/;
const OPEN_QUOTE = /[“"‘「『]/;
const CLOSE_QUOTE = /[”"’」』]/;
const HAN = /[\u3400-\u9fff“”"‘’「」]/;

// ---------------------------------------------------------------------------

/** Read the numeric facts of a report. Linear in the text. */
export function extractFacts(input: FactsInput): Facts {
  const quantities: Quantity[] = [];
  const rates: Rate[] = [];
  const totals: Total[] = [];
  const perSentence: Quantity[][] = [];
  const pendingRates: { rate: Rate; tokenStart: number }[][] = [];
  const texts: string[] = [];

  // 1. Quantities and rate figures, sentence by sentence
  input.sentences.forEach((s, si) => {
    const block = input.blocks[s.block];
    const text = s.text;
    texts.push(text);
    const tokens = readNumbers(text);
    const ctx = scanContext(text, tokens);
    const qs: Quantity[] = [];
    const rs: { rate: Rate; tokenStart: number }[] = [];
    const src = (i: number) => input.toSource(block, s.textStart + i);
    const srcEnd = (i: number) => (i > 0 ? input.toSource(block, s.textStart + i - 1) + 1 : src(0));

    let prevEnd = 0; // end of the previous figure, its unit included
    let prevWasCount = false;
    tokens.forEach((t, k) => {
      const labelStart = Math.max(ctx.clauseStart[k], Math.min(prevEnd, t.start));
      const rawLabel = text.slice(labelStart, t.start);
      const afterFigure = k > 0 && labelStart === prevEnd && !prevWasCount;
      prevEnd = t.end;
      prevWasCount = false;
      if (t.percent) {
        const rate = readRate(text, t, labelStart, rawLabel, src, srcEnd, si, s.block);
        rs.push({ rate, tokenStart: t.start });
        rates.push(rate);
        return;
      }
      if (t.ordinal || text[t.start - 1] === '前') return; // 第三, 前三位: ranks, not counts
      UNIT.lastIndex = t.end;
      const u = UNIT.exec(text);
      if (!u) return;
      let end = t.end + u[0].length;
      const markers = [...t.markers];
      const suffix = approxSuffixAt(text, end);
      if (suffix) {
        markers.push(suffix);
        end += suffix.length;
      }
      prevEnd = end;
      prevWasCount = true;
      const note = asideAt(text, end);
      // after a date figure (2023年受理…), the label starts after 年/月/日
      const lead = rawLabel.length - rawLabel.replace(afterFigure ? DATE_TAIL : /^[、\s]+/, '').length;
      const label = rawLabel.slice(lead).trimEnd();
      const q: Quantity = {
        start: src(t.start),
        end: srcEnd(end),
        value: t.value,
        exact: t.exact,
        decimals: t.decimals,
        tolerance: t.tolerance,
        unit: u[0],
        family: UNIT_FAMILY[u[0]],
        label,
        labelSpan: { start: src(labelStart + lead), end: srcEnd(labelStart + lead + label.length) },
        inexact: t.inexact || markers.length > 0,
        markers,
        raw: text.slice(t.start, end),
        sentence: si,
        block: s.block,
        nested: ctx.depth[k] > 0,
        inSentence: { start: t.start, end, labelStart: labelStart + lead },
      };
      if (note !== undefined) q.note = note;
      qs.push(q);
      quantities.push(q);
    });
    perSentence.push(qs);
    pendingRates.push(rs);
  });

  // 2. Totals (before rates: 占比 is taken over the whole named before 其中)
  const partOf = new Map<Quantity, Total>();
  input.sentences.forEach((s, si) => {
    const next = input.sentences[si + 1];
    const following = next && next.block === s.block ? perSentence[si + 1] : undefined;
    for (const t of findTotals(texts[si], perSentence[si], following, following ? texts[si + 1] : undefined)) {
      totals.push(t);
      for (const p of t.parts) if (!partOf.has(p)) partOf.set(p, t);
    }
  });

  // 3. Pair rates with the counts in their sentence and the one before
  // (at most WINDOW counts back: a rate is never built on a count forty figures away, and
  // the bound keeps one endless sentence of rates linear)
  input.sentences.forEach((s, si) => {
    const prev = si > 0 && input.sentences[si - 1].block === s.block ? perSentence[si - 1] : [];
    const cur = perSentence[si];
    let p = 0; // cur[0, p) lie before the rate
    for (const { rate, tokenStart } of pendingRates[si]) {
      while (p < cur.length && cur[p].inSentence.start < tokenStart) p++;
      const window: Quantity[] = [];
      for (let i = p - 1; i >= 0 && window.length < WINDOW; i--) if (!cur[i].nested) window.push(cur[i]);
      for (let i = prev.length - 1; i >= 0 && window.length < WINDOW; i--) if (!prev[i].nested) window.push(prev[i]);
      rate.bases = pair(rate, window.reverse(), partOf);
    }
  });

  return { quantities, rates, totals };
}

/** For each token: where its clause starts, and how deep in brackets/titles it sits. One pass. */
function scanContext(text: string, tokens: NumberToken[]): { clauseStart: number[]; depth: number[] } {
  const clauseStart: number[] = [];
  const depth: number[] = [];
  let k = 0;
  let last = 0;
  let d = 0;
  const record = (upTo: number) => {
    for (; k < tokens.length && tokens[k].start <= upTo; k++) {
      clauseStart.push(last);
      depth.push(d);
    }
  };
  MARK.lastIndex = 0;
  while (MARK.test(text)) {
    const at = MARK.lastIndex - 1; // every mark is one character
    record(at);
    const c = text[at];
    if (CLAUSE_BREAK.has(c)) last = at + 1;
    else if (OPENERS.has(c)) d++;
    else if (d > 0) d--;
  }
  record(Infinity);
  return { clauseStart, depth };
}

// ---------------------------------------------------------------------------
// Rates

function readRate(
  text: string,
  t: NumberToken,
  labelStart: number,
  rawLabel: string,
  src: (i: number) => number,
  srcEnd: (i: number) => number,
  sentence: number,
  block: number,
): Rate {
  // Strip the connector (达, 均在 …) between the name and the figure
  let connector = '';
  for (const c of CONNECTORS) {
    if (rawLabel.endsWith(c)) {
      connector = c;
      break;
    }
  }
  const nameEnd = labelStart + rawLabel.length - connector.length;
  // The name: the run of Han characters (and quotes) before the connector
  let nameStart = nameEnd;
  while (nameStart > labelStart && HAN.test(text[nameStart - 1])) nameStart--;
  const rawName = text.slice(nameStart, nameEnd);
  const name = rawName.replace(QUOTES, '');
  const shared = connector.startsWith('均') || connector.startsWith('分别') || SHARED_NAMES.test(text.slice(labelStart, nameEnd));

  let kind: RateKind;
  let stem = '';
  let modifier = '';
  let label = name;
  if (PER_CAPITA.test(name)) kind = 'per-capita';
  else if (name.endsWith('率')) kind = 'ratio';
  else if (SHARE_WORD.test(name)) kind = 'share';
  else if (GROWTH_WORD.test(name)) kind = 'growth';
  else if (DECLINE_WORD.test(name)) kind = 'decline';
  else if (name && OTHER_WORD.test(name)) kind = 'other';
  else kind = 'bare';

  if (kind === 'ratio') {
    const core = name.slice(0, -1);
    stem = STEMS.find((w) => core.endsWith(w)) ?? core.slice(-2);
    const before = core.slice(0, core.length - stem.length);
    modifier = [...QUALIFIERS, ...MODES].find((w) => before.endsWith(w)) ?? '';
    label = `${modifier}${stem}率`;
  } else if (kind === 'growth') {
    label = GROWTH_WORD.exec(name)?.[0] ?? name;
  } else if (kind === 'decline') {
    label = DECLINE_WORD.exec(name)?.[0] ?? name;
  } else if (kind === 'share') {
    label = SHARE_NAME.exec(name)?.[0] ?? name;
  }
  // Where the label starts in the text: count its characters back from the name's end (quotes ride along)
  let ls = nameEnd;
  for (let left = label.length; ls > nameStart && left > 0; ls--) if (!QUOTE_CHAR.test(text[ls - 1])) left--;
  if (ls > nameStart && OPEN_QUOTE.test(text[ls - 1]) && CLOSE_QUOTE.test(text.slice(ls, nameEnd))) ls--;
  if (!label) ls = t.start;

  return {
    start: src(ls),
    end: srcEnd(t.end),
    label,
    labelSpan: { start: src(ls), end: srcEnd(Math.max(ls, nameEnd)) },
    kind,
    stem,
    modifier,
    qualified: QUALIFIERS.includes(modifier),
    completion: kind === 'ratio' && COMPLETION.has(stem),
    value: t.value,
    exact: t.exact,
    decimals: t.decimals,
    unit: t.percent === 'permille' ? 'permille' : 'percent',
    inexact: t.inexact,
    shared,
    raw: text.slice(t.start, t.end),
    text: text.slice(ls, t.end),
    valueSpan: { start: src(t.start), end: srcEnd(t.end) },
    bases: [],
    sentence,
    block,
  };
}

/** The bracketed text right after a count, if any (bounded: asides are short). */
function asideAt(text: string, at: number): string | undefined {
  const c = text[at];
  if (c !== '(' && c !== '（') return undefined;
  for (let j = at + 1; j < text.length && j < at + 80; j++) {
    const d = text[j];
    if (d === ')' || d === '）') return text.slice(at + 1, j);
    if (d === '(' || d === '（') return undefined;
  }
  return undefined;
}

/** Does a label name the counted thing (and not its negation: 未办结)? */
function names(label: string, word: string): boolean {
  for (let i = label.indexOf(word); i >= 0; i = label.indexOf(word, i + 1)) {
    if (!NEGATION.has(label[i - 1])) return true;
  }
  return false;
}

function ratioBasis(num: Quantity, den: Quantity): RateBasis {
  return { formula: 'ratio', numerator: num, denominator: den, base: den.exact, baseTolerance: den.tolerance, expression: `${fig(num)}/${fig(den)}` };
}

function fig(q: Quantity): string {
  return exactToString(q.exact);
}

/**
 * The counts a rate is built on, from the quantities before it (this sentence
 * and the previous one, in order). Empty when the text does not say clearly.
 */
function pair(rate: Rate, window: Quantity[], partOf: Map<Quantity, Total>): RateBasis[] {
  if (rate.shared || rate.inexact) return [];
  if (rate.kind === 'ratio') {
    if (rate.unit !== 'percent' && rate.unit !== 'permille') return [];
    const need = rate.modifier ? rate.modifier + rate.stem : rate.stem;
    if (!rate.stem) return [];
    // numerator: the nearest count named by the rate's stem (调解成功5726件 for 成功率)
    let n = -1;
    for (let i = window.length - 1; i >= 0; i--) {
      if (names(window[i].label, need) && !window[i].label.includes('率')) {
        n = i;
        break;
      }
    }
    if (n < 0) return [];
    const num = window[n];
    if (num.note !== undefined && QUALIFYING_ASIDE.test(num.note)) return []; // 审结120件(含上年结转20件): another base
    // The nearest count of the same family before the numerator must be a base (受理…,
    // 排查…, 共…); further base counts are kept as alternatives, nearest first, and the
    // rule stays silent when any of them gives the stated rate (共办理745件,移动端办理666件,
    // 结案553件: 结案率 may be over either). A qualified rate (按时办结率) may also be taken
    // over the unqualified count (办结).
    const bases: RateBasis[] = [];
    for (let i = n - 1; i >= 0; i--) {
      const q = window[i];
      if (q.family !== num.family) continue;
      if (names(q.label, need)) {
        if (rate.qualified) continue;
        break; // an earlier count of the same thing: an older statement begins here
      }
      const isBase = BASE.test(q.label) || (rate.qualified && names(q.label, rate.stem));
      if (isBase && q.note !== undefined && QUALIFYING_ASIDE.test(q.note)) return []; // 受理100件(含结转…): unclear
      if (isBase) bases.push(ratioBasis(num, q));
      else if (!bases.length && !rate.qualified) break; // the nearest count is not a base: unclear
    }
    return bases;
  }
  if (rate.kind === 'growth') {
    // 净增长5351户,总量达60409户,增长9.72%: increase / (total − increase). The rate must
    // follow the new total directly (it is the total that grew), and the increase be named.
    const tot = window[window.length - 1];
    if (!tot || tot.sentence !== rate.sentence || !NEW_TOTAL_LABEL.test(tot.label) || INCREASE_LABEL.test(tot.label)) return [];
    let inc: Quantity | undefined;
    for (let i = window.length - 2; i >= 0 && !inc; i--) {
      const q = window[i];
      if (q.family === tot.family && INCREASE_LABEL.test(q.label) && !q.label.includes('率')) inc = q;
    }
    if (!inc || exactCompare(tot.exact, inc.exact) <= 0) return [];
    return [{ formula: 'growth', numerator: inc, denominator: tot, base: exactSub(tot.exact, inc.exact), baseTolerance: exactAdd(tot.tolerance, inc.tolerance), expression: `${fig(inc)}/(${fig(tot)}−${fig(inc)})` }];
  }
  if (rate.kind === 'share') {
    // 其中刑事案件53件,占比65.43%: the part over the whole named before 其中
    const part = window[window.length - 1];
    const total = part && partOf.get(part);
    if (!part || !total || total.how === 'implicit') return [];
    return [{ formula: 'share', numerator: part, denominator: total.total, base: total.total.exact, baseTolerance: total.total.tolerance, expression: `${fig(part)}/${fig(total.total)}` }];
  }
  return [];
}

// ---------------------------------------------------------------------------
// Totals

function gapOf(text: string, from: number, to: number): string {
  return text.slice(from, Math.max(from, to));
}

function hasBreak(gap: string, set: Set<string>): boolean {
  for (const c of gap) if (set.has(c)) return true;
  return false;
}

/**
 * A list of counts of one family joined by 、/及/和, starting with `first`:
 * the parts of a total. Stops at a clause break, another family, or an aside.
 */
function strongRun(text: string, qs: Quantity[], from: number, family: string): Quantity[] {
  const run: Quantity[] = [];
  for (let i = from; i < qs.length; i++) {
    const q = qs[i];
    if (q.nested) continue;
    if (q.family !== family) break;
    if (run.length) {
      const prev = run[run.length - 1].inSentence;
      const gap = gapOf(text, prev.end, q.inSentence.start);
      if (hasBreak(gap, CLAUSE_BREAK) || !LIST_JOIN.test(gap)) break;
    }
    run.push(q);
  }
  return run;
}

function sum(parts: Quantity[]): Exact {
  return parts.reduce<Exact>((acc, p) => exactAdd(acc, p.exact), { n: 0n, e: 0 });
}

function makeTotal(total: Quantity, parts: Quantity[], how: Total['how'], exhaustive: boolean, closed: boolean, etc: boolean): Total {
  const last = parts[parts.length - 1];
  return {
    start: Math.min(total.start, parts[0]?.start ?? total.start),
    end: Math.max(total.end, last?.end ?? total.end),
    total,
    parts,
    how,
    exhaustive,
    closed,
    etc,
  };
}

/** 等 right after the last part (刑事案件53件、民事案件28件等), or in a part's label. */
function listIsOpen(text: string, parts: Quantity[]): boolean {
  const last = parts[parts.length - 1];
  if (!last) return false;
  const after = text.slice(last.inSentence.end, last.inSentence.end + 2);
  return after.startsWith('等') || parts.some((p) => p.label.includes('等'));
}

function findTotals(text: string, qs: Quantity[], following: Quantity[] | undefined, followingText: string | undefined): Total[] {
  const out: Total[] = [];
  const used = new Set<Quantity>();
  // Every 其中 in the sentence, found once; a pointer walks them with the quantities
  const marks: number[] = [];
  for (let i = text.indexOf('其中'); i >= 0; i = text.indexOf('其中', i + 2)) marks.push(i);
  let mp = 0;

  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    const pos = q.inSentence;
    while (mp < marks.length && marks[mp] < pos.end) mp++;
    if (q.nested || used.has(q)) continue;

    const nextStart = k + 1 < qs.length ? qs[k + 1].inSentence.start : text.length;
    const mark = mp < marks.length ? marks[mp] : -1;
    let listText: string | undefined;
    let listQs: Quantity[] | undefined;
    let listFrom = 0;
    let afterMarker = 0;
    // a. 共…N,其中 a、b、c: 其中 after the total with no figure and no sentence break between
    if (mark >= 0 && mark < nextStart && !hasBreak(gapOf(text, pos.end, mark), STRONG_BREAK)) {
      listText = text;
      listQs = qs;
      listFrom = k + 1;
      afterMarker = skipSeparators(text, mark + 2);
    } else if (k === qs.length - 1 && following && followingText && LEADING_BREAKDOWN.test(followingText) && !hasFigure(text, pos.end, text.length)) {
      listText = followingText;
      listQs = following;
      listFrom = 0;
      afterMarker = skipSeparators(followingText, followingText.indexOf('其中') + 2);
    }
    if (listText !== undefined && listQs) {
      const first = listQs[listFrom];
      if (first && !first.nested && first.family === q.family && !hasBreak(gapOf(listText, afterMarker, first.inSentence.start), CLAUSE_BREAK)) {
        let parts = strongRun(listText, listQs, listFrom, q.family);
        PARTIAL.lastIndex = afterMarker;
        const partial = PARTIAL.test(listText);
        // Parts separated by commas (其中刑事案件53件,民事案件28件): accepted only when they add up
        if (exactCompare(sum(parts), q.exact) !== 0) {
          const extended = commaRun(listText, listQs, listFrom, q.family, q.exact);
          if (extended) parts = extended;
        }
        const closed = parts.length > 1 && CLOSED_LABEL.test(parts[parts.length - 1].label);
        const etc = listIsOpen(listText, parts);
        const exhaustive = parts.length >= 2 && !etc && (closed || !partial);
        out.push(makeTotal(q, parts, 'breakdown', exhaustive, closed, etc));
        used.add(q);
        for (const p of parts) used.add(p);
        continue;
      }
    }

    // b. a、b、c,共计N: a total closing the list before it
    if (SUM_LABEL.test(q.label) && k >= 2) {
      const clauseGap = gapOf(text, qs[k - 1].inSentence.end, pos.labelStart);
      const etcBefore = clauseGap.startsWith('等');
      if (SUM_GAP.test(clauseGap) && qs[k - 1].family === q.family) {
        // walk back to the start of the 、-joined run ending at qs[k-1]
        let j = k - 1;
        while (j > 0) {
          const a = qs[j - 1];
          const gap = gapOf(text, a.inSentence.end, qs[j].inSentence.start);
          if (a.nested || a.family !== q.family || hasBreak(gap, CLAUSE_BREAK) || !LIST_JOIN.test(gap)) break;
          j--;
        }
        const parts = qs.slice(j, k).filter((p) => !p.nested);
        if (parts.length >= 2 && !parts.some((p) => used.has(p))) {
          const closed = CLOSED_LABEL.test(parts[parts.length - 1].label);
          const etc = etcBefore || parts.some((p) => p.label.includes('等'));
          out.push(makeTotal(q, parts, 'sum', !etc, closed, etc));
          used.add(q);
          for (const p of parts) used.add(p);
          continue;
        }
      }
    }
  }

  // c. Implicit: 受理法律援助案件543件,指派刑事…177件,指派民事案件11件,认罪认罚案件355件 — recorded only when they add up
  for (let k = 0; k < qs.length; k++) {
    const head = qs[k];
    if (head.nested || used.has(head) || head.inexact || !BASE.test(head.label)) continue;
    let acc: Exact = { n: 0n, e: 0 };
    const parts: Quantity[] = [];
    for (let j = k + 1; j < qs.length && j <= k + 50; j++) {
      const q = qs[j];
      if (q.nested) continue;
      const gap = gapOf(text, (parts.length ? parts[parts.length - 1] : head).inSentence.end, q.inSentence.start);
      if (q.family !== head.family || q.inexact || used.has(q) || hasBreak(gap, STRONG_BREAK)) break;
      parts.push(q);
      acc = exactAdd(acc, q.exact);
      const c = exactCompare(acc, head.exact);
      if (c === 0 && parts.length >= 2) {
        out.push(makeTotal(head, [...parts], 'implicit', true, false, false));
        used.add(head);
        for (const p of parts) used.add(p);
        break;
      }
      if (c > 0) break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Past the colon or comma after 其中 (其中:行政许可208项). */
function skipSeparators(text: string, at: number): number {
  while (at < text.length && SEPARATOR.test(text[at])) at++;
  return at;
}

/** Any figure (a digit or a Chinese numeral followed by a unit is enough) between two offsets? */
function hasFigure(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) return true;
  }
  return false;
}

/** Parts of one family across commas until they reach the total; undefined unless they add up exactly. */
function commaRun(text: string, qs: Quantity[], from: number, family: string, target: Exact): Quantity[] | undefined {
  const run: Quantity[] = [];
  let acc: Exact = { n: 0n, e: 0 };
  for (let i = from; i < qs.length && i < from + 50; i++) {
    const q = qs[i];
    if (q.nested) continue;
    if (q.family !== family) return undefined;
    if (run.length) {
      const gap = gapOf(text, run[run.length - 1].inSentence.end, q.inSentence.start);
      if (hasBreak(gap, STRONG_BREAK)) return undefined;
    }
    run.push(q);
    acc = exactAdd(acc, q.exact);
    const c = exactCompare(acc, target);
    if (c === 0) return run.length >= 2 ? run : undefined;
    if (c > 0) return undefined;
  }
  return undefined;
}
