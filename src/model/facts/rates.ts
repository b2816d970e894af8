/**
 * Rates: what a percentage is (ratio, share, growth …), and — where the text
 * allows — the counts it is built on. Pairing is deliberately conservative: when
 * the text does not make the numerator and base clear, a rate stays unpaired
 * (silence beats a wrong accusation).
 */
import { exactAdd, exactCompare, exactSub, exactToString, normalizeDigits, type Exact, type NumberToken } from '../numbers.js';
import type { Quantity, Rate, RateBasis, RateKind, Total } from './types.js';
import {
  CARRIED_CASES,
  NEW_AND_CARRIED,
  AMONG,
  MERITS_BASE_STEMS,
  NOT_ON_MERITS,
  AVERAGE,
  BASE,
  CHANGE_COUNT,
  CHANGE_TO,
  CLOSE_QUOTE,
  COMPLETION,
  CONNECTORS,
  DECLINE_WORD,
  DECLINE_RATE,
  FROM_END,
  GROWTH_WORD,
  GROWTH_RATE,
  INCREASE_LABEL,
  LIST_JOIN,
  LAST_YEAR,
  LAST_YEAR_LIST,
  RESPECTIVE_CHANGE,
  YEAR_BEFORE,
  MODES,
  MONEY_BASE,
  MONEY_STEM_WORDS,
  STATUS_WORD,
  MULTIPLE_OF,
  NEGATION,
  NEW_TOTAL_LABEL,
  OPEN_QUOTE,
  OTHER_WORD,
  PER_CAPITA,
  QUALIFIERS,
  QUALIFYING_ASIDE,
  QUOTES,
  RATE_BASE,
  ALTERNATIVE_BASE,
  SCOPE,
  SHARE_NAME,
  SHARE_OF,
  SHARE_WORD,
  SHARED_NAMES,
  TOTAL_WORD,
  STEMS,
  STEM_WORDS,
  WHOLE_LABEL,
  WINDOW,
} from './vocabulary.js';

type ToSource = (i: number) => number;

/** Counts carried over or left from before are not last year's figure (上年结转20件). */
const CARRIED = /结转|旧存|遗留|未结|积案/;

/** The words that narrow a ratio's stem, qualifiers first (classify): one list, not two spread per rate. */
const MODIFIERS = [...QUALIFIERS, ...MODES];
/** HAN (`[\u3400-\u9fff“”"‘’「」]`) by code unit: no one-character string per test. */
const isHanCode = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || c === 0x201c || c === 0x201d || c === 0x22 || c === 0x2018 || c === 0x2019 || c === 0x300c || c === 0x300d;
/** QUOTE_CHAR (`[“”"‘’「」『』]`) by code unit. */
const isQuoteCode = (c: number): boolean => c === 0x201c || c === 0x201d || c === 0x22 || c === 0x2018 || c === 0x2019 || (c >= 0x300c && c <= 0x300f);

/** What a rate's name makes it: its kind, and for a ratio its stem and modifier (电子送达率 → 送达, 电子). */
function classify(name: string, fraction: boolean, ofCount: boolean): { kind: RateKind; stem: string; modifier: string; label: string } {
  let kind: RateKind;
  let stem = '';
  let modifier = '';
  let label = name;
  if (PER_CAPITA.test(name)) kind = 'per-capita';
  else if (GROWTH_RATE.test(name)) kind = 'growth';
  else if (DECLINE_RATE.test(name)) kind = 'decline';
  else if (name.endsWith('率')) kind = 'ratio';
  else if (SHARE_WORD.test(name) || (fraction && name.endsWith('占'))) kind = 'share';
  else if (GROWTH_WORD.test(name) || MULTIPLE_OF.test(name) || (ofCount && name === '的')) kind = 'growth';
  else if (DECLINE_WORD.test(name)) kind = 'decline';
  else if (name && OTHER_WORD.test(name)) kind = 'other';
  else kind = 'bare';

  if (kind === 'ratio') {
    const core = name.slice(0, -1);
    stem = STEMS.find((w) => core.endsWith(w)) ?? core.slice(-2);
    const before = core.slice(0, core.length - stem.length);
    modifier = MODIFIERS.find((w) => before.endsWith(w)) ?? '';
    label = `${modifier}${stem}率`;
  } else if (kind === 'growth') {
    label = GROWTH_WORD.exec(name)?.[0] ?? MULTIPLE_OF.exec(name)?.[0] ?? GROWTH_RATE.exec(name)?.[0] ?? name;
  } else if (kind === 'decline') {
    label = DECLINE_WORD.exec(name)?.[0] ?? DECLINE_RATE.exec(name)?.[0] ?? name;
  } else if (kind === 'share') {
    label = SHARE_NAME.exec(name)?.[0] ?? (name.startsWith('占') || name.startsWith('所占') ? name : (/占.*$/.exec(name)?.[0] ?? name));
  }
  return { kind, stem, modifier, label };
}

/** Names listed before one figure that each of them reaches: 办结率、满意率均达100%. */
const ALL_HUNDRED = /((?:[\u4e00-\u9fff]{1,10}率[、和及与])+[\u4e00-\u9fff]{1,10}率)均(?:为|是|达到|达)?$/;

/**
 * 办结率、满意率均达100%: a 100% that every name of the list reaches is each name's own figure — a completion rate among
 * them (办结率 after 受理388件，办结386件) is checked like one stated alone. Each name but the last gets a rate of its own
 * (the last keeps the figure's, still shared: 满意率 and the like are no counts' ratio). A bound (均在90%以上) or another
 * figure than 100% is left shared: the names may differ below it. Returns the rates added.
 */
export function allHundredNames(text: string, written: string, rates: readonly { rate: Rate; tokenStart: number }[], rawLabels: ReadonlyMap<Rate, string>, src: ToSource): { rate: Rate; tokenStart: number }[] {
  const out: { rate: Rate; tokenStart: number }[] = [];
  for (const { rate, tokenStart } of rates) {
    const rawLabel = rawLabels.get(rate);
    if (rawLabel === undefined || rate.unit !== 'percent' || rate.inexact || rate.value !== 100) continue;
    const m = ALL_HUNDRED.exec(rawLabel);
    if (!m) continue;
    const names = m[1].split(/[、和及与]/);
    let at = tokenStart - rawLabel.length + m.index;
    for (const name of names.slice(0, -1)) {
      const c = classify(name, false, false);
      // quoted from the rate's own name (截至目前办结率 → 办结率)
      const nameAt = name.endsWith(c.label) ? at + name.length - c.label.length : at;
      at += name.length + 1;
      if (c.kind !== 'ratio' || !COMPLETION.has(c.stem)) continue;
      out.push({
        rate: {
          ...rate,
          kind: c.kind,
          stem: c.stem,
          modifier: c.modifier,
          label: c.label,
          qualified: QUALIFIERS.includes(c.modifier),
          completion: true,
          shared: false,
          start: src(nameAt),
          labelSpan: { start: src(nameAt), end: src(at - 1) },
          text: written.slice(nameAt, figureEnd(text, tokenStart)),
        },
        tokenStart,
      });
    }
  }
  return out;
}

/** Names listed before one 分别 of figures: 参考率、合格率分别为99.7%、99.4%. */
const NAMED_LIST = /((?:[\u4e00-\u9fff]{1,10}率[、和及与])+[\u4e00-\u9fff]{1,10}率)(?:分别为|分别是|分别达到|分别达)$/;

/**
 * 参考率、合格率分别为99.7%、99.4%: each figure of the list gets its own name (and is no longer shared), when there are
 * as many figures, joined by 、/和 alone, as names. `rawLabels`: the words before each percentage's figure.
 */
export function respectiveNames(text: string, written: string, rates: readonly { rate: Rate; tokenStart: number }[], rawLabels: ReadonlyMap<Rate, string>, src: ToSource): void {
  for (let j = 0; j < rates.length; j++) {
    const rawLabel = rawLabels.get(rates[j].rate) ?? '';
    const m = NAMED_LIST.exec(rawLabel);
    if (!m) continue;
    const names = m[1].split(/[、和及与]/);
    const list = [rates[j]];
    let end = figureEnd(text, rates[j].tokenStart);
    for (let k = j + 1; k < rates.length && list.length < names.length + 1 && JOIN_ONLY.test(text.slice(end, rates[k].tokenStart)); k++) {
      list.push(rates[k]);
      end = figureEnd(text, rates[k].tokenStart);
    }
    j += list.length - 1;
    if (list.length !== names.length || list.some((r) => r.rate.unit !== 'percent' || r.rate.inexact)) continue;
    for (const [i, { rate, tokenStart }] of list.entries()) {
      const c = classify(names[i], false, false);
      if (c.kind !== 'ratio') continue;
      rate.kind = c.kind;
      rate.stem = c.stem;
      rate.modifier = c.modifier;
      rate.label = c.label;
      rate.qualified = QUALIFIERS.includes(c.modifier);
      rate.completion = COMPLETION.has(c.stem);
      rate.shared = false;
      // the head reads from the first name (参考率、合格率分别为99.7%), the others are their figures
      const at = i === 0 ? tokenStart - rawLabel.length + m.index : tokenStart;
      rate.start = src(at);
      rate.labelSpan = { start: src(at), end: src(i === 0 ? at + m[1].length : tokenStart) };
      rate.text = written.slice(at, figureEnd(text, tokenStart));
    }
  }
}

/** `text` is the sentence as read (full-width digits as ASCII), `written` as typed (same offsets): raw and text quote it. */
export function readRate(text: string, t: NumberToken, labelStart: number, rawLabel: string, src: ToSource, srcEnd: ToSource, sentence: number, block: number, written = text, ofCount = false): Rate {
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
  while (nameStart > labelStart && isHanCode(text.charCodeAt(nameStart - 1))) nameStart--;
  const rawName = text.slice(nameStart, nameEnd);
  const name = rawName.replace(QUOTES, '');
  const shared = connector.startsWith('均') || connector.startsWith('分别') || SHARED_NAMES.test(text.slice(labelStart, nameEnd)) || /分别/.test(name);

  const c = classify(name, !!t.fraction, ofCount);
  const { kind, stem, label } = c;
  // a change rate narrowed to another measure than the counts (承诺提速率): its qualifier, kept as the modifier
  const modifier = kind === 'growth' || kind === 'decline' ? (CHANGE_QUALIFIER.exec(name)?.[1] ?? '') : c.modifier;
  // Where the label starts in the text: count its characters back from the name's end (quotes ride along)
  let ls = nameEnd;
  for (let left = label.length; ls > nameStart && left > 0; ls--) if (!isQuoteCode(text.charCodeAt(ls - 1))) left--;
  if (ls > nameStart && OPEN_QUOTE.test(text[ls - 1]) && CLOSE_QUOTE.test(text.slice(ls, nameEnd))) ls--;
  if (!label) ls = t.start;

  const rate: Rate = {
    start: src(ls),
    end: srcEnd(t.end),
    label,
    labelSpan: { start: src(ls), end: Math.max(src(ls), srcEnd(Math.max(ls, nameEnd))) },
    kind,
    stem,
    modifier,
    qualified: QUALIFIERS.includes(modifier),
    completion: kind === 'ratio' && COMPLETION.has(stem),
    value: t.value,
    exact: t.exact,
    decimals: t.decimals,
    unit: t.percent === 'permille' ? 'permille' : 'percent',
    // a bound (80%以上, 过半) is inexact but can still be checked against its side
    inexact: t.inexact,
    shared,
    // the earlier figure: last year's (较上年的96.2%), or the start of a change (由86.8%提高到91.4%)
    // (较2020年的10.2%: the year is a figure of its own, so not in the label)
    lastYear: (LAST_YEAR.test(rawLabel) || FROM_END.test(rawLabel) || YEAR_BEFORE.test(written.slice(Math.max(0, t.start - 16), t.start))) && !CARRIED.test(rawLabel),
    raw: written.slice(t.start, t.end),
    text: written.slice(ls, t.end),
    valueSpan: { start: src(t.start), end: srcEnd(t.end) },
    bases: [],
    sentence,
    block,
  };
  if (t.fraction) rate.fraction = t.fraction;
  if (t.bound) rate.bound = t.bound;
  if (kind === 'growth' && !GROWTH_WORD.test(name) && !GROWTH_RATE.test(name)) {
    // 是上年的125.3%, 是上年158件的125.3%: now over last year's, in percent (not last year's rate)
    rate.times = 'multiple';
    rate.lastYear = false;
  }
  return rate;
}

/** 提高2.3个百分点, 下降1.5个百分点: a rate of kind 'points' (undefined when no change word names it). */
export function pointsRate(text: string, q: Quantity, t: NumberToken, src: ToSource, srcEnd: ToSource): Rate | undefined {
  const label = q.label.replace(QUOTES, '');
  const growth = GROWTH_WORD.exec(label);
  const decline = growth ? null : DECLINE_WORD.exec(label);
  const word = growth?.[0] ?? decline?.[0];
  if (!word) return undefined;
  const ls = q.inSentence.start - word.length;
  return {
    start: src(ls),
    end: q.end,
    label: word,
    labelSpan: { start: src(ls), end: srcEnd(q.inSentence.start) },
    kind: 'points',
    stem: '',
    modifier: '',
    qualified: false,
    completion: false,
    value: q.value,
    exact: q.exact,
    decimals: q.decimals,
    unit: 'point',
    inexact: q.inexact,
    shared: /分别|均/.test(label),
    lastYear: false,
    raw: q.raw,
    text: text.slice(ls, q.inSentence.end),
    valueSpan: { start: q.start, end: q.end },
    bases: [],
    sentence: q.sentence,
    block: q.block,
  };
}

/** 人均49.6学时: an average per head, kind 'per-capita' and unit 'each' (the quotient of a total and a head count). */
export function averageRate(written: string, q: Quantity, src: ToSource, srcEnd: ToSource): Rate {
  const word = AVERAGE.exec(q.label)?.[0] ?? '';
  const ls = q.inSentence.start - word.length;
  return {
    start: src(ls),
    end: q.end,
    label: word,
    labelSpan: { start: src(ls), end: srcEnd(q.inSentence.start) },
    kind: 'per-capita',
    stem: '',
    modifier: '',
    qualified: false,
    completion: false,
    value: q.value,
    exact: q.exact,
    decimals: q.decimals,
    unit: 'each',
    measure: q.unit,
    inexact: q.inexact,
    shared: false,
    lastYear: false,
    raw: q.raw,
    text: written.slice(ls, q.inSentence.end),
    valueSpan: { start: q.start, end: q.end },
    bases: [],
    sentence: q.sentence,
    block: q.block,
  };
}

/** A figure and its span, for rates not read from a percentage (倍, 翻番). */
interface Figure {
  start: number;
  end: number;
  exact: { n: bigint; e: number };
  decimals: number;
}

/**
 * 增长2倍 / 增加了1.5倍 (an increase) and 是上年的2倍 / 为去年的1.5倍 / 翻了一番 (a multiple). `end` is
 * where the figure with 倍 ends; undefined when no growth word or last-year phrase names it. `ofCount`: the count
 * right before is last year's, named so (是上年19卷的2倍), and the label is its 的.
 */
export function timesRate(text: string, written: string, t: Figure, end: number, rawLabel: string, src: ToSource, srcEnd: ToSource, sentence: number, block: number, doubling?: string, ofCount = false): Rate | undefined {
  const name = rawLabel.replace(QUOTES, '');
  const bare = name.replace(/(?:了|到|至)$/, '');
  let times: 'increase' | 'multiple';
  let label: string;
  if (doubling) {
    times = 'multiple';
    label = doubling;
  } else if (GROWTH_WORD.test(bare)) {
    times = /(?:到|至)$/.test(name) ? 'multiple' : 'increase'; // 增长到2倍 is a multiple
    label = name.slice(name.length - (GROWTH_WORD.exec(bare)?.[0].length ?? 0) - (name.length - bare.length));
  } else if (MULTIPLE_OF.test(name)) {
    times = 'multiple';
    label = MULTIPLE_OF.exec(name)?.[0] ?? name;
  } else if (ofCount && name === '的') {
    times = 'multiple'; // 是上年19卷的2倍: last year's count stands between
    label = name;
  } else return undefined;
  const ls = doubling ? t.start : Math.max(0, t.start - label.length);
  return {
    start: src(ls),
    end: srcEnd(end),
    label,
    labelSpan: { start: src(ls), end: srcEnd(doubling ? end : t.start) },
    kind: 'growth',
    stem: '',
    modifier: '',
    qualified: false,
    completion: false,
    value: Number(t.exact.n) * 10 ** t.exact.e,
    exact: t.exact,
    decimals: t.decimals,
    unit: 'times',
    times,
    inexact: /约|近|超|余|多|以上/.test(written.slice(Math.max(0, ls - 2), end + 2)),
    shared: /分别|均/.test(name),
    lastYear: false,
    raw: written.slice(t.start, end),
    text: written.slice(ls, end),
    valueSpan: { start: src(t.start), end: srcEnd(end) },
    bases: [],
    sentence,
    block,
  };
}

/** Does a label name the counted thing (and not its negation: 未办结, 不予受理, 未能办结)? */
function names(label: string, word: string): boolean {
  for (let i = label.indexOf(word); i >= 0; i = label.indexOf(word, i + 1)) {
    const before = label[i - 1];
    const negated = NEGATION.has(before) || ((before === '予' || before === '能') && NEGATION.has(label[i - 2]));
    if (!negated) return true;
  }
  return false;
}

function namesAny(label: string, words: readonly string[]): boolean {
  return words.some((w) => names(label, w));
}

/** A count in an expression: its value, or as written when written with 万/亿 (76.5万, not 765000). */
const fig = (q: Quantity) => {
  const written = normalizeDigits(q.raw.slice(0, q.raw.length - q.unit.length)).trimEnd();
  return /^[0-9.,]+[万亿]+$/.test(written) ? written.replace(/,/g, '') : exactToString(q.exact);
};

/** A share's basis: the part over its whole. */
export function shareBasis(part: Quantity, whole: Quantity): RateBasis {
  return ratioBasis(part, whole, 'share');
}

function ratioBasis(num: Quantity, den: Quantity, formula: 'ratio' | 'share' = 'ratio'): RateBasis {
  return { formula, numerator: num, denominator: den, part: num.exact, partTolerance: num.tolerance, base: den.exact, baseTolerance: den.tolerance, expression: `${fig(num)}/${fig(den)}` };
}

/** What the pairing of one rate may look at. */
export interface PairingContext {
  /** The rate's sentence, as read (full-width digits as ASCII). */
  text: string;
  /** Counts before the rate: this sentence and the one before (same paragraph), in order, asides left out. */
  window: Quantity[];
  /** Every count of this sentence before the rate, asides included (for last year's figure in brackets). */
  sentenceBefore: Quantity[];
  /** A count in brackets right after the rate's figure (同比下降33.3%（上年6件）): last year's figure, if it says so. */
  asideAfter?: Quantity;
  /** Earlier rates of this sentence, in order. */
  ratesBefore: Rate[];
  /** The total a count is a part of (其中 lists), and the whole of 「N个…中已有M个」. */
  partOf: Map<Quantity, Total>;
  wholeOf: Map<Quantity, Quantity>;
  /** Counts already taken as the part of a share (咨询类124599件,占43.81%): never a whole. */
  shareParts: Set<Quantity>;
  /** Where the rate's statement starts in the sentence: after the last ；before it (0 when none). */
  statementStart: number;
  /** The sentence before (same paragraph) and its counts: last year's count may stand there (2024年，共受理438件。2025年受理467件，…). */
  previous?: { text: string; quantities: readonly Quantity[] };
  /** Shares told their part (the count right before them, in their clause), paired or not: for runs of shares (shareRunBases). */
  sharePartOf?: Map<Rate, Quantity>;
}

/**
 * The counts a rate is built on. Empty when the text does not say clearly.
 */
export function pair(rate: Rate, ctx: PairingContext): RateBasis[] {
  if (rate.shared) return [];
  if (rate.inexact && !rate.bound) return [];
  switch (rate.kind) {
    case 'ratio':
      return pairRatio(rate, ctx.window, ctx.sentenceBefore, ctx.partOf, ctx.text, ctx.previous?.text, ctx.ratesBefore);
    case 'growth':
    case 'decline':
      return pairGrowth(rate, ctx);
    case 'share':
      return pairShare(rate, ctx);
    case 'points':
      rate.points = pairPoints(rate, ctx.ratesBefore);
      return [];
    case 'per-capita':
      return rate.unit === 'each' ? pairAverage(rate, ctx) : [];
    default:
      return [];
  }
}

/**
 * 欠薪案件结案率达98.2%，全年立案查处欠薪案件163件，结案157件: a ratio that opens its sentence (no count before it, no
 * other rate in it) and is followed, across one comma, by two counts of one family — a base (立案, 受理 …) then a count
 * named by the rate's stem, no larger — is built on them; clauses after them may add counts of other things (移送…6件),
 * none named by the stem or a base of the kind. Empty otherwise.
 */
export function pairAfter(rate: Rate, after: readonly Quantity[], text: string, rateEnd: number): RateBasis[] {
  if (rate.kind !== 'ratio' || !rate.stem || rate.unit !== 'percent' || rate.inexact || rate.shared || rate.lastYear) return [];
  const qs = after.filter((q) => !q.nested);
  if (qs.length < 2 || qs.length > 4 || after.length !== qs.length) return [];
  const [base, num] = qs;
  if (base.family !== num.family || base.inexact || num.inexact || base.exact.n <= 0n || exactCompare(num.exact, base.exact) > 0) return [];
  if (!/^\s*[，,]/.test(text.slice(rateEnd, base.inSentence.labelStart)) || /[；;：:（(]/.test(text.slice(rateEnd, num.inSentence.start))) return [];
  const need = rate.modifier ? rate.modifier + rate.stem : rate.stem;
  if (!(BASE.test(base.label) || RATE_BASE.test(base.label)) || names(base.label, need)) return [];
  const rest = num.label.replace(/^[，,、\s]*/, '').replace(/^(?:其中|已|共)/, '');
  if (rest !== need && rest !== rate.stem) return [];
  // (more clauses may follow: …，结案157件，移送涉嫌犯罪案件6件 — none of their counts named by the stem)
  if (!/^\s*(?:[，,。.]|$)/.test(text.slice(num.inSentence.end)) || qs.slice(2).some((q) => names(q.label, rate.stem) || q.family === num.family && BASE.test(q.label))) return [];
  return [ratioBasis(num, base)];
}

/** A part named as a kind of what is counted (涉企案件, 食品安全案件, 一审, 行政许可类), not a stage or an outcome. */
function isKindOfCase(label: string): boolean {
  const l = label.replace(/^其中[:：,，、\s]*/, '');
  return !STATUS_WORD.test(l) || /类$|案件$/.test(l);
}

/** Whether a part's kind (其中投诉 → 投诉; 涉企案件 → 涉企) is named in another count's label. */
function kindNamedIn(partLabel: string, label: string): boolean {
  const kind = partLabel.replace(/^其中[:：,，、\s]*/, '').replace(/(?:类|案件|事项|件)$/, '');
  return kind.length >= 2 && label.includes(kind);
}

/** A count's label with no words of its own: the count opens its clause. */
const BARE_LABEL = /^[\s，,、；;：:]*$/;
/** The words after a count, up to its clause's end (at most 12 characters). */
const TRAILING = /^[^，,。；;：:、（(）)]{1,12}/;

function pairRatio(rate: Rate, window: Quantity[], sentenceBefore: Quantity[], partOf: ReadonlyMap<Quantity, Total>, text: string, previousText?: string, ratesBefore: readonly Rate[] = []): RateBasis[] {
  if (rate.unit === 'point' || !rate.stem) return [];
  const need = rate.modifier ? rate.modifier + rate.stem : rate.stem;
  const moneyWords = rate.modifier ? undefined : MONEY_STEM_WORDS[rate.stem];
  const otherWords = rate.modifier ? undefined : STEM_WORDS[rate.stem];
  // numerator: the nearest count named by the rate's stem (调解成功5726件 for 成功率; 已支出76.5万元 for 执行率)
  // a count that opens its clause is named by the words after it: 32名学员参考，30名通过考试，通过率…
  const trailing = (q: Quantity): string => (q.sentence === rate.sentence && BARE_LABEL.test(q.label) ? TRAILING.exec(text.slice(q.inSentence.end))?.[0] ?? '' : '');
  let n = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    const q = window[i];
    if (q.label.includes('率')) continue;
    if (names(q.label, need) || (otherWords && namesAny(q.label, otherWords)) || (moneyWords && q.family === 'money' && namesAny(q.label, moneyWords)) || names(trailing(q), need)) {
      n = i;
      break;
    }
  }
  // the stem right after a 其中 part's count: 共2416项，其中2338项进驻政务服务中心，进驻率96.3%
  if (n < 0) {
    const i = window.length - 1;
    const q = i >= 0 ? window[i] : undefined;
    const after = q && q.sentence === rate.sentence && partOf.has(q) ? STEM_AFTER.exec(text.slice(q.inSentence.end))?.[0] : undefined;
    if (after && names(after, need)) n = i;
  }
  if (n < 0) return rate.stem === '覆盖' && !rate.modifier ? coverage(rate, window, text) : [];
  const num = window[n];
  if (num.note !== undefined && QUALIFYING_ASIDE.test(num.note)) return []; // 审结120件(含上年结转20件): another base
  // The nearest count of the same family before the numerator must be a base (受理…,
  // 排查…, 共…); further base counts are kept as alternatives, nearest first, and the
  // rule stays silent when any of them gives the stated rate (共办理745件,移动端办理666件,
  // 结案553件: 结案率 may be over either). A qualified rate (按时办结率) may also be taken
  // over the unqualified count (办结).
  const bases: RateBasis[] = [];
  const siblings: RateBasis[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const q = window[i];
    if (q.family !== num.family) continue;
    // last year's count or the change against it (1286件，较上年的1184件增长8.6%，结案1213件，结案率…) compares, it is no base —
    // also in the sentence before (新收520件，比2023年增加80件，增幅…；…。受理460件，受理率…)
    const own = q.sentence === rate.sentence ? text : q.sentence === rate.sentence - 1 ? previousText : undefined;
    if (own !== undefined && (lastYearCount(q, own) || changeVerb(q, own) !== undefined)) continue;
    // the numerator of an earlier ratio of this sentence (受理5620件，提前办结5318件，即办2046件，提前办结率…，即办率…) is
    // another measure of the same base: passed over — kept as an alternative base (the rule silent when it gives the
    // rate) — a count named as a base (实考236人 before 合格230人) is read as such below; the numerator of a ratio narrowed
    // by a qualifier or mode is passed over outright (提前办结 is no stage the 即办 cases passed)
    // (both rates after both counts, in one statement: 上年96件中败诉8件，败诉率8.3% after 败诉率6.2%；is another year)
    const sibling =
      q.sentence === rate.sentence && num.sentence === rate.sentence && !/[；;]/.test(text.slice(q.inSentence.end, num.inSentence.start))
        ? ratesBefore.find((r) => r.kind === 'ratio' && r.sentence === rate.sentence && r.valueSpan.start > num.end && r.bases.some((b) => b.numerator === q))
        : undefined;
    if (sibling?.modifier) continue;
    if (sibling && !BASE.test(q.label) && !RATE_BASE.test(q.label)) {
      if (exactCompare(q.exact, num.exact) >= 0 && !q.inexact) siblings.push(ratioBasis(num, q));
      continue;
    }
    // after a breakdown of the cases decided (审结1068件，其中维持…、调解和解后终止339件，直接纠错51件，纠错率…), an outcome rate
    // is over the whole, or the whole less the parts closed without a decision — not over the last part
    const list = partOf.get(q);
    // (the part closed without a decision may stand first: 其中撤诉31件、判决97件，败诉6件，败诉率…)
    if (list?.how === 'breakdown' && list !== partOf.get(num) && (NOT_ON_MERITS.test(q.label) || (MERITS_BASE_STEMS.has(rate.stem) && list.parts[list.parts.length - 1] === q && list.parts.some((p) => NOT_ON_MERITS.test(p.label))))) return MERITS_BASE_STEMS.has(rate.stem) ? meritsBases(num, list) : [];
    // a 其中 part between the whole and the numerator (受理96件，其中涉企案件30件，审结88件，审结率…): the whole it was
    // taken from is the base, not the part — only when the part names a kind, not a stage the numerator passed
    if (list?.how === 'breakdown' && list !== partOf.get(num) && list.total !== q) {
      const ti = window.indexOf(list.total);
      // every part a kind, none the numerator's own (投诉调解成功12418件 after 其中投诉18735件: over 投诉, unclear)
      if (ti >= 0 && ti < i && list.parts.every((p) => isKindOfCase(p.label) && !names(p.label, need) && !kindNamedIn(p.label, num.label))) {
        // the part itself may be what the rate is over (受理523件，其中涉企案件100件，执结73件，执结率73%: 73 of the 100)
        // when it holds the numerator: kept as an alternative, the rule silent when either fits
        if (exactCompare(q.exact, num.exact) >= 0 && !q.inexact) bases.push(ratioBasis(num, q));
        i = ti + 1; // on to the whole
        continue;
      }
    }
    if (names(q.label, need) || (moneyWords && q.family === 'money' && namesAny(q.label, moneyWords) && !MONEY_BASE.test(q.label))) {
      if (rate.qualified) continue;
      break; // an earlier count of the same thing: an older statement begins here
    }
    // the whole a 其中 part was taken from (全县政务服务事项2416项，其中进驻…2338项，进驻率…) is its base, whatever its words
    const whole = partOf.get(num)?.how === 'breakdown' && partOf.get(num)!.total === q;
    const tail = trailing(q);
    const isBase = whole || BASE.test(q.label) || RATE_BASE.test(q.label) || (q.family === 'money' && MONEY_BASE.test(q.label)) || (rate.qualified && names(q.label, rate.stem)) || (tail !== '' && (BASE.test(tail) || RATE_BASE.test(tail)) && !names(tail, need));
    if (!isBase && ALTERNATIVE_BASE[rate.stem]?.test(q.label)) {
      if (!bases.length) return []; // 应诉60件，出庭49件，出庭应诉率100%: over which cases is unclear
      bases.push(ratioBasis(num, q));
      continue;
    }
    if (isBase && q.note !== undefined && QUALIFYING_ASIDE.test(q.note)) {
      // 受理371件（含上年结转23件）: courts take 结案率 over all cases, some reviewers over the new ones; both are kept
      const carried = carriedIn(q, sentenceBefore);
      // (共570件（新收案件436件，旧存案件134件）: over all the cases, or — some reviewers — over the new ones: carriedIn
      // reads the split)
      if (!carried) return []; // 受理100件(含…): unclear
      bases.push(ratioBasis(num, q));
      const base = exactSub(q.exact, carried.exact);
      if (base.n > 0n) bases.push({ ...ratioBasis(num, q), base, baseTolerance: exactAdd(q.tolerance, carried.tolerance), expression: `${fig(num)}/(${fig(q)}−${carried.shown})` });
      continue;
    }
    // a count smaller than the numerator, in an earlier statement (发现问题32件；备案文件54件，备案率100%): another matter,
    // no base — in the numerator's own statement (受理57件，办结58件) it is the base, and the figures are wrong
    if (isBase && !q.inexact && exactCompare(q.exact, num.exact) < 0 && (q.sentence !== num.sentence || (num.sentence === rate.sentence && /[；;]/.test(text.slice(q.inSentence.end, num.inSentence.start))))) {
      if (!bases.length && !rate.qualified) break;
      continue;
    }
    if (isBase) bases.push(ratioBasis(num, q));
    else if (!bases.length && !rate.qualified) break; // the nearest count is not a base: unclear
  }
  if (!bases.length && !rate.qualified && bareCount(num.label, need, otherWords)) {
    // 维持682件、驳回231件、纠正98件，纠错率…: a count listed with 、 right before is another item of the same list, not
    // the subject the bare count is a part of (which list's whole is meant is not in this clause)
    const before = n > 0 ? window[n - 1] : undefined;
    if (before && before.sentence === num.sentence && num.sentence === rate.sentence && !partOf.has(num) && LISTED_WITH.test(text.slice(before.inSentence.end, num.inSentence.labelStart))) return listSubject(num, window, n, text, need);
    return subjectBases(num, window, n, partOf, rate.stem);
  }
  return bases.length ? [...bases, ...siblings] : bases;
}

/**
 * 查处超限超载车辆1083辆，卸载1061辆、处罚1043辆、抄告94辆，抄告率9.7%: the last item of a 、 list, named by the rate's
 * stem itself, over the count right before the list (one comma between), when that count is of the family, exact and
 * larger than every item. Nothing otherwise (维持682件、驳回231件、纠正98件，纠错率…: 纠错 may add several items up).
 */
function listSubject(num: Quantity, window: Quantity[], n: number, text: string, need: string): RateBasis[] {
  if (num.label.replace(BARE_LEAD, '') !== need) return [];
  let i = n - 1;
  while (i > 0 && window[i - 1].sentence === num.sentence && window[i].family === num.family && LISTED_WITH.test(text.slice(window[i - 1].inSentence.end, window[i].inSentence.labelStart))) i--;
  const items = window.slice(i, n + 1);
  const whole = i > 0 ? window[i - 1] : undefined;
  if (!whole || whole.sentence !== num.sentence || whole.family !== num.family || whole.inexact || whole.note !== undefined) return [];
  if (!/^\s*[，,]\s*$/.test(text.slice(whole.inSentence.end, items[0].inSentence.labelStart))) return [];
  if (items.some((q) => q.family !== num.family || q.inexact || exactCompare(q.exact, whole.exact) >= 0)) return [];
  return [ratioBasis(num, whole)];
}

/** After the last count: ，检查覆盖率100% — the verb that names the covering count (检查, 抽查, 巡查 …). */
const COVERAGE_AFTER = /^\s*[，,]\s*([\u4e00-\u9fff]{2,4}?)覆盖率(?:为|达到|达)?\s*[0-9]/;
const COVERAGE_LEAD = /^(?:本年度?|全年|今年|年内|当年|已)/;

/**
 * 全市消毒服务单位12家，本年检查11家，检查覆盖率100%: a 覆盖率 named by a verb (检查, 抽查 …) right after the count that
 * verb names alone, over the count right before it (one comma between), a stock named without a status word, no
 * smaller. Nothing otherwise.
 */
function coverage(rate: Rate, window: Quantity[], text: string): RateBasis[] {
  const num = window[window.length - 1];
  const base = window[window.length - 2];
  if (!num || !base || num.sentence !== rate.sentence || base.sentence !== rate.sentence || num.nested || base.nested) return [];
  const m = COVERAGE_AFTER.exec(text.slice(num.inSentence.end));
  if (!m || num.label.replace(COVERAGE_LEAD, '') !== m[1]) return [];
  if (base.family !== num.family || base.inexact || num.inexact || STATUS_WORD.test(base.label) || exactCompare(base.exact, num.exact) < 0) return [];
  if (!/^\s*[，,]\s*$/.test(text.slice(base.inSentence.end, num.inSentence.labelStart))) return [];
  return [ratioBasis(num, base)];
}

/** An aside that says only which older cases a count includes: 含上年结转23件, 其中含旧存案件5件. */
const CARRIED_NOTE = /^(?:其中)?(?:含|包含|包括)(?:上年|去年|往年|以前年度|历年)?(?:结转|旧存|未结)(?:案件|事项)?[0-9.]+[件起宗项]$/;

/** The carried-over count in a base's aside (受理371件（含上年结转23件）→ 23件), when the aside says nothing else. */
function carriedIn(q: Quantity, sentenceBefore: readonly Quantity[]): { exact: Exact; tolerance: Exact; shown: string } | undefined {
  if (q.note === undefined) return undefined;
  // 共793件（新收案件649件，旧存案件144件）: the new and the carried over, adding up to the count (read from the aside
  // itself: the rate may stand in the next sentence)
  const split = NEW_AND_CARRIED.exec(q.note);
  if (split) {
    const first: Exact = { n: BigInt(split[2]), e: 0 };
    const second: Exact = { n: BigInt(split[3]), e: 0 };
    if (exactCompare(exactAdd(first, second), q.exact) !== 0 || q.tolerance.n !== 0n) return undefined;
    const carried = CARRIED_CASES.test(split[1]) ? split[2] : split[3];
    return { exact: { n: BigInt(carried), e: 0 }, tolerance: { n: 0n, e: 0 }, shown: carried };
  }
  const inside = sentenceBefore.filter((c) => c.nested && c.inSentence.start > q.inSentence.end && c.inSentence.end <= q.inSentence.end + q.note!.length + 1);
  if (!CARRIED_NOTE.test(q.note)) return undefined;
  const c = inside.length === 1 ? inside[0] : undefined;
  return c && !c.inexact && c.family === q.family && exactCompare(c.exact, q.exact) < 0 ? { exact: c.exact, tolerance: c.tolerance, shown: fig(c) } : undefined;
}

/** The words right after a count, up to a clause mark, where its stem may stand (2338项进驻…): at most 6. */
const STEM_AFTER = /^[^，,。；;：:、（）()\d率]{1,6}/;

/** Between two items of one list: 、 (with spaces), nothing else. */
const LISTED_WITH = /^\s*、\s*$/;

/** Words a bare count may start with: 其中持证1262名, 已配备, 均合格. */
const BARE_LEAD = /^(?:其中|已经|已|均|全部|共|累计)/;

/**
 * A count named by the rate's stem alone — 持证1262名, 合格326卷 — whose subject is the count before it in the
 * same sentence: 全县执法人员1280名，持证1262名，持证率98.6%; 评查案卷340卷，合格326卷，合格率95.9%.
 */
function bareCount(label: string, need: string, otherWords: readonly string[] | undefined): boolean {
  const rest = label.replace(BARE_LEAD, '');
  return rest === need || (otherWords?.includes(rest) ?? false);
}

/**
 * The bases of a bare count: the counts of its family before it in its own sentence, nearest first (the rule
 * stays silent when any of them gives the stated rate). None when one of them is itself a rate's figure, in an
 * aside, or a base word's count (受理执行案件523件，其中涉企案件100件，执结73件: which one is unclear).
 */
function subjectBases(num: Quantity, window: Quantity[], n: number, partOf: ReadonlyMap<Quantity, Total>, stem: string): RateBasis[] {
  const out: RateBasis[] = [];
  const list = partOf.get(num);
  for (let i = n - 1; i >= 0; i--) {
    const q = window[i];
    if (q.sentence !== num.sentence) break;
    if (q.family !== num.family) continue;
    // another part of the same list is no subject (其中优秀236卷、合格81卷、不合格3卷，合格率99.1%: 合格率 counts
    // 优秀 and 合格 over all 320): which counts the rate adds up is unclear — except an outcome of cases decided on
    // the merits (案件6件，其中胜诉4件、败诉1件、撤诉1件，败诉率…), over all the cases or over those not withdrawn
    if (list && partOf.get(q) === list) return list.how === 'breakdown' && MERITS_BASE_STEMS.has(stem) ? meritsBases(num, list) : [];
    // a count the text marks as a base (受理…) that was not the nearest: the breakdown is unclear (其中涉企案件…)
    if (q.nested || q.note !== undefined || q.label.includes('率') || BASE.test(q.label)) return [];
    out.push(ratioBasis(num, q));
  }
  return out;
}

/** An outcome's bases in a breakdown: the whole, and the whole less the parts closed without a decision (撤诉, 终止 …). */
function meritsBases(num: Quantity, list: Total): RateBasis[] {
  const whole = list.total;
  if (whole.inexact || whole.family !== num.family || list.parts.some((p) => p.inexact)) return [];
  const out = [ratioBasis(num, whole)];
  const off = list.parts.filter((p) => p !== num && NOT_ON_MERITS.test(p.label));
  if (off.length) {
    let base = whole.exact;
    for (const p of off) base = exactSub(base, p.exact);
    if (base.n > 0n) out.push({ ...ratioBasis(num, whole), base, expression: `${fig(num)}/(${fig(whole)}−${off.map(fig).join('−')})`, onMerits: true });
  }
  return out;
}

/** A qualified change rate: 承诺提速率, 平均压缩率, 实际缩短率 … (the qualifier names what changed). */
const CHANGE_QUALIFIER = /(承诺|实际|平均|综合|整体|累计|即办件|网办)(?:提速|压缩|缩短|压减|缩减|精简|下降|减少|降低|提高|提升|增长|增加)率/;

/** A change named after a comparison with a year (较2024年减少55件): the year is a figure of its own, so not in the label. */
const YEAR_CHANGE = /^(?:相比)?(?:净)?(增加|增长|增多|多|上升|提高|减少|下降|少|降低|(?<=净)增|(?<=净)减)(?:了)?$/;
/** The year compared with, before the label (较2024年, 与2023年 … 相比). */
const VERSUS_YEAR = /(?:较|比|与)(?:19|20)\d{2}年(?:同期|度|末|底)?$/;

/** The verb of a change stated as a count (较上年增加18件, 同比减少16件, 较2024年减少55件), if the count is one. */
function changeVerb(q: Quantity, text: string): string | undefined {
  const m = CHANGE_COUNT.exec(q.label);
  if (m) return m[1];
  const y = YEAR_CHANGE.exec(q.label);
  return y && VERSUS_YEAR.test(text.slice(Math.max(0, q.inSentence.labelStart - 10), q.inSentence.labelStart)) ? y[1] : undefined;
}

/** Last year's count: named so (较上年的120件, 上年同期80件) or by its year (较2022年的39件, (2019年320件)). */
function lastYearCount(q: Quantity, text: string): boolean {
  if (CARRIED.test(q.label) || changeVerb(q, text) !== undefined) return false;
  const before = text.slice(Math.max(0, q.inSentence.start - 12), q.inSentence.start);
  return LAST_YEAR.test(q.label) || YEAR_BEFORE.test(before) || FROM_END.test(q.label) || PERIOD_BEFORE.test(before);
}

/** The period before, named by the comparison (环比): 较第三季度的60件, 比上季度的, 较上半年的, 比11月的. */
const PERIOD_BEFORE = /(?:较|比)(?:第?[一二三四1-4]季度|上季度|上一季度|上半年|上月|上个月|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)(?:的)?$/;

function pairGrowth(rate: Rate, ctx: PairingContext): RateBasis[] {
  if (rate.unit === 'times' || rate.times === 'multiple') return pairTimes(rate, ctx);
  if (rate.unit !== 'percent') return [];
  const window = ctx.window;
  const sign = rate.kind === 'growth' ? 1n : -1n;
  const here = ctx.sentenceBefore.filter((q) => !q.inexact);
  // a. This year's count against last year's, both stated: 受理138件,较上年的120件增长15%;
  //    由上年的80件下降到64件,下降20%; 受理138件(上年120件),增长15%; 环比: the period before
  const found = (rate.label.includes('环比') ? periodRows(ctx.text, here) : undefined) ?? thisAndLastYear(ctx);
  if (found === null) return [];
  if (found) {
    const { curs, prev } = found;
    // 承诺提速率, 平均压缩率: a change of another measure than the counts (the promised time, not the actual one)
    const q = rate.modifier;
    if (q && !prev.label.includes(q) && !curs.some((c) => c.label.includes(q))) return [];
    const b = fig(prev);
    return curs.map((cur) => {
      const diff = exactSub(cur.exact, prev.exact);
      const a = fig(cur);
      return {
        formula: 'change' as const,
        numerator: cur,
        denominator: prev,
        part: sign === 1n ? diff : { n: -diff.n, e: diff.e },
        partTolerance: exactAdd(cur.tolerance, prev.tolerance),
        base: prev.exact,
        baseTolerance: prev.tolerance,
        expression: sign === 1n ? `(${a}−${b})/${b}` : `(${b}−${a})/${b}`,
      };
    });
  }
  // b. The change as a count after this year's: 受理138件,较上年增加18件,增长15% (base 138−18)
  const change = here[here.length - 1];
  const cm = change && changeVerb(change, ctx.text);
  if (change && cm) {
    const up = /增|多|上升|提高/.test(cm);
    if ((up ? 1n : -1n) !== sign) return [];
    let cur: Quantity | undefined;
    for (let i = here.length - 2; i >= 0 && !cur; i--) {
      const q = here[i];
      if (q.nested) continue;
      if (q.family !== change.family) break;
      cur = q;
    }
    if (!cur || cur.sentence !== rate.sentence) return [];
    const base = up ? exactSub(cur.exact, change.exact) : exactAdd(cur.exact, change.exact);
    if (base.n <= 0n) return [];
    const a = fig(cur);
    const c = fig(change);
    return [
      {
        formula: 'change',
        numerator: change,
        denominator: cur,
        part: change.exact,
        partTolerance: change.tolerance,
        base,
        baseTolerance: exactAdd(cur.tolerance, change.tolerance),
        expression: up ? `${c}/(${a}−${c})` : `${c}/(${a}+${c})`,
      },
    ];
  }
  if (rate.kind !== 'growth') return [];
  // c. 净增长5351户,总量达60409户,增长9.72%: increase / (total − increase). The rate must
  // follow the new total directly (it is the total that grew), and the increase be named.
  const tot = window[window.length - 1];
  if (!tot || tot.sentence !== rate.sentence || !NEW_TOTAL_LABEL.test(tot.label) || INCREASE_LABEL.test(tot.label)) return [];
  let inc: Quantity | undefined;
  for (let i = window.length - 2; i >= 0 && !inc; i--) {
    const q = window[i];
    if (q.family === tot.family && INCREASE_LABEL.test(q.label) && !q.label.includes('率')) inc = q;
  }
  if (!inc || exactCompare(tot.exact, inc.exact) <= 0) return [];
  return [
    {
      formula: 'growth',
      numerator: inc,
      denominator: tot,
      part: inc.exact,
      partTolerance: inc.tolerance,
      base: exactSub(tot.exact, inc.exact),
      baseTolerance: exactAdd(tot.tolerance, inc.tolerance),
      expression: `${fig(inc)}/(${fig(tot)}−${fig(inc)})`,
    },
  ];
}

/** This year's and last year's counts before a rate, both stated in its sentence (as in pairGrowth a). */
/**
 * This year's counts and last year's, both stated in the sentence before a rate: undefined when no count is
 * last year's, null when one is but which count is this year's is unclear (the rate is then not checked).
 * This year's: the count right after last year's (由上年的80件下降到64件), else the counts before it in the
 * sentence, nearest first (受理1856件,办结1820件,…较去年同期的1620件增长14.6% may be about either: every one is
 * kept, and the rule is silent when any fits).
 */
/**
 * The one whole a share can be taken over: counts from `qs[from]` back to the start, of the parts' family, exact,
 * named as a whole (受理, 新收, 共 …) and larger than every part. Undefined when there is none, or when two such
 * counts differ (unclear). `skip`: counts already taken as the part of a share.
 */
function soleWhole(qs: readonly Quantity[], from: number, parts: readonly Quantity[], skip?: Set<Quantity>): Quantity | undefined {
  let whole: Quantity | undefined;
  for (let i = from; i >= 0; i--) {
    const q = qs[i];
    if (q.family !== parts[0].family || q.inexact) continue;
    if (skip?.has(q) || !WHOLE_LABEL.test(q.label) || parts.some((p) => exactCompare(q.exact, p.exact) <= 0)) continue;
    // 2000宗案卷中的1000宗: the 2000 are what the 1000 were drawn from, not the whole of what follows
    const next = qs[i + 1];
    if (next && next.family === q.family && /中的?$/.test(next.label)) continue;
    if (whole) {
      if (exactCompare(whole.exact, q.exact) !== 0) return undefined; // two candidates: unclear
      continue;
    }
    whole = q;
  }
  return whole;
}

/** A rate shown by its figure alone (its label was only a joining word: 和33.3%, 的33.3%). */
function dropName(rate: Rate): void {
  rate.label = '';
  rate.start = rate.valueSpan.start;
  rate.labelSpan = { ...rate.valueSpan };
  rate.text = rate.raw;
}

/** The whole named inside a 分别占 list: 分别占总数138件的…, 分别占全部案件172件的…. */
const NAMED_WHOLE = /分别占(?:总数|总量|全部|合计|全部案件|案件总数|受理总数)?$/;
/** The head of a 分别占 list: 分别占45.3%、20.3%; 分别占总数的…. */
const RESPECTIVE_SHARE = /分别占(?:比|总数的|总量的|全部的|案件总数的)?$/;
const FIGURE_CODE = /[0-9０-９.．%％]/;
const JOIN_ONLY = /^\s*[、和及与]\s*$/;

/** Where a figure written from `at` ends (digits, point, percent sign). */
export function figureEnd(text: string, at: number): number {
  while (at < text.length && FIGURE_CODE.test(text[at])) at++;
  return at;
}

/**
 * 其中…分别为29件、13件，分别占45.3%、20.3%: the i-th share of a 分别占 list is the i-th count of the 、-joined list
 * right before it, over the whole of that list — the total its 其中 names, else the one earlier count of the
 * kind that names a whole (受理, 新收, 共 …) and exceeds every part. Nothing when the lists differ in length or
 * the whole is unclear. `rates`: the sentence's rates with the offsets of their figures, in order.
 */
export function respectiveShares(text: string, rates: readonly { rate: Rate; tokenStart: number }[], qs: readonly Quantity[], partOf: Map<Quantity, Total>): void {
  for (let j = 0; j < rates.length; j++) {
    const head = rates[j];
    // 分别占总数138件的33.3%、…: the whole stands between 分别占 and the figures
    const named = head.rate.label === '的' ? qs.findLast((q) => !q.nested && q.inSentence.end < head.tokenStart) : undefined;
    const namedWhole = named && text.slice(named.inSentence.end, head.tokenStart) === '的' && NAMED_WHOLE.test(named.label) ? named : undefined;
    if (head.rate.unit !== 'percent' || !(RESPECTIVE_SHARE.test(head.rate.label) || namedWhole)) continue;
    const list = [head];
    let end = figureEnd(text, head.tokenStart);
    for (let k = j + 1; k < rates.length && !rates[k].rate.label && JOIN_ONLY.test(text.slice(end, rates[k].tokenStart)); k++) {
      list.push(rates[k]);
      end = figureEnd(text, rates[k].tokenStart);
    }
    j += list.length - 1;
    if (list.length < 2 || list.some((r) => r.rate.unit !== 'percent' || r.rate.inexact)) continue;
    const before = qs.filter((q) => !q.nested && q.inSentence.end <= (namedWhole ? namedWhole.inSentence.start : head.tokenStart));
    const parts = before.slice(-list.length);
    if (parts.length !== list.length || parts.some((p) => p.inexact || p.family !== parts[0].family)) continue;
    if (parts.some((p, i) => i > 0 && !JOIN_ONLY.test(text.slice(parts[i - 1].inSentence.end, p.inSentence.start)))) continue;
    if (!/^\s*[，,]\s*[^，,。；;0-9]{0,6}$/.test(text.slice(parts[parts.length - 1].inSentence.end, namedWhole ? namedWhole.inSentence.labelStart : head.tokenStart))) continue;
    if (namedWhole && (namedWhole.inexact || namedWhole.family !== parts[0].family)) continue;
    const total = partOf.get(parts[0]);
    const whole = namedWhole ?? (total && total.how !== 'implicit' && parts.every((p) => total.parts.includes(p)) ? total.total : soleWhole(before, before.length - parts.length - 1, parts));
    if (!whole) continue;
    for (const [i, r] of list.entries()) {
      r.rate.kind = 'share';
      r.rate.bases = [ratioBasis(parts[i], whole, 'share')];
      if (i === 0 && namedWhole) dropName(r.rate); // 的33.3%: the 的 is not the rate's name
    }
  }
}

/**
 * 分别为143件、72件，分别同比增长6.7%、33.3%（上年分别为134件、54件）: the i-th change of a 分别 list is the i-th count
 * of the 、-joined list right before it against the i-th of last year's list, given in brackets right after the
 * rates or as a clause between the two (…，上年分别为134件、54件，分别增长…). Nothing when the lists differ in length,
 * a figure is inexact, or the kinds differ.
 */
export function respectiveChanges(text: string, rates: readonly { rate: Rate; tokenStart: number }[], qs: readonly Quantity[]): void {
  for (let j = 0; j < rates.length; j++) {
    const head = rates[j];
    const m = head.rate.unit === 'percent' ? RESPECTIVE_CHANGE.exec(head.rate.label) ?? RESPECTIVE_CHANGE.exec(text.slice(Math.max(0, head.tokenStart - 12), head.tokenStart)) : null;
    if (!m) continue;
    const list = [head];
    let end = figureEnd(text, head.tokenStart);
    for (let k = j + 1; k < rates.length && (!rates[k].rate.label || JOIN_ONLY.test(rates[k].rate.label)) && JOIN_ONLY.test(text.slice(end, rates[k].tokenStart)); k++) {
      list.push(rates[k]);
      end = figureEnd(text, rates[k].tokenStart);
    }
    j += list.length - 1;
    if (list.length < 2 || list.some((r) => r.rate.unit !== 'percent' || r.rate.inexact)) continue;
    const n = list.length;
    const up = /增|提高|上升/.test(m[1]);
    // 受理7976件（2019年6593件），审结7982件（2019年6803件），同比分别增长20.98%和17.33%: each count with last year's in
    // brackets right after it
    const each = eachWithLastYear(text, qs, head.tokenStart, n) ?? yearLedStatements(text, qs, head.tokenStart, n);
    if (each) {
      changeBases(list, each.curs, each.prevs, up);
      continue;
    }
    // last year's list: in brackets right after the rates, else the list right before the head
    let prev = countList(text, qs, qs.findIndex((q) => q.inSentence.start >= end), n);
    let curEnd = head.tokenStart;
    if (prev && (!prev[0].nested || !/^\s*[（(][^（()）]{0,12}$/.test(text.slice(end, prev[0].inSentence.start)))) prev = undefined;
    if (!prev) {
      const before = qs.filter((q) => !q.nested && q.inSentence.end <= head.tokenStart);
      prev = countList(text, before, before.length - n, n);
      if (!prev || !/^\s*[，,]\s*[^，,。；;%]{0,14}$/.test(text.slice(prev[n - 1].inSentence.end, head.tokenStart))) continue;
      curEnd = prev[0].inSentence.start;
    } else if (prev.some((q) => !q.nested)) continue;
    if (!LAST_YEAR_LIST.test(text.slice(Math.max(0, prev[0].inSentence.start - 14), prev[0].inSentence.start))) continue;
    // this year's list: right before (the head, or last year's list), outside brackets
    const before = qs.filter((q) => !q.nested && q.inSentence.end <= curEnd);
    const curs = countList(text, before, before.length - n, n);
    if (!curs || curs.some((q) => q.family !== prev![0].family)) continue;
    if (!/^\s*[，,]\s*[^，,。；;%]{0,14}$/.test(text.slice(curs[n - 1].inSentence.end, curEnd))) continue;
    changeBases(list, curs, prev, up);
  }
}

/** The i-th change of a 分别 list over the i-th count now and the i-th last year. */
function changeBases(list: readonly { rate: Rate }[], curs: readonly Quantity[], prev: readonly Quantity[], up: boolean): void {
  for (const [i, r] of list.entries()) {
    const cur = curs[i];
    const last = prev[i];
    if (last.exact.n <= 0n) continue;
    const diff = exactSub(cur.exact, last.exact);
    const a = fig(cur);
    const b = fig(last);
    r.rate.kind = up ? 'growth' : 'decline';
    if (i > 0 && r.rate.label) dropName(r.rate); // 和33.3%: the joining word is not the rate's name
    r.rate.bases = [{ formula: 'change', numerator: cur, denominator: last, part: up ? diff : { n: -diff.n, e: diff.e }, partTolerance: exactAdd(cur.tolerance, last.tolerance), base: last.exact, baseTolerance: last.tolerance, expression: up ? `(${a}−${b})/${b}` : `(${b}−${a})/${b}` }];
  }
}

/** The bracket opening last year's count right after this year's: 「（2019年」「(上年同期为」. */
const EACH_LAST_YEAR = /^\s*[（(]\s*(?:(?:19|20)\d{2}\s*年(?:同期)?|上年同期|去年同期|上年|去年)(?:为|是|有)?\s*$/;
/** Between one count's bracket and the next count: 「），审结」. */
const EACH_BETWEEN = /^\s*[）)]\s*[，,、]\s*[^，,。；;%（()）\d]{0,16}$/;
/** Between the last bracket and the 分别 rates: 「），同比分别增长」. */
const EACH_TO_RATES = /^\s*[）)]\s*[，,]\s*[^，,。；;%（()）\d]{0,14}$/;

/** A count's clause led by its year: 「…，2023年共办理涉企案件」 (the year opens the clause). */
const STATEMENT_YEAR = /(?:^|[，,：:])\s*((?:19|20)\d{2})\s*年(?![\d０-９]|以来|底|末|初|度?以来)[^，,；;。]*$/;

/**
 * 2022年共办理涉企案件1.9万件，挽回损失20.4亿元；2023年共办理涉企案件3.98万件，挽回损失103.9亿元，同比分别增长了109%和
 * 409%: two statements of the sentence, led by consecutive years, each with `n` counts (no more) of the same kinds in the
 * same order; the later year's are this year's, the earlier's last year's. Undefined otherwise.
 */
function yearLedStatements(text: string, qs: readonly Quantity[], headStart: number, n: number): { curs: Quantity[]; prevs: Quantity[] } | undefined {
  if (qs.length > 2 * n + 6) return undefined; // a sentence of two such statements, not an endless one
  const before = qs.filter((q) => !q.nested && q.inSentence.end <= headStart);
  if (before.length !== 2 * n) return undefined;
  const prevs = before.slice(0, n);
  const curs = before.slice(n);
  // the two statements: split by the one ；between them, each opening with its year
  const cut = text.slice(prevs[n - 1].inSentence.end, curs[0].inSentence.start);
  const semi = cut.search(/[；;]/);
  if (semi < 0 || /[；;。]/.test(cut.slice(semi + 1)) || /[；;。]/.test(text.slice(0, prevs[0].inSentence.start))) return undefined;
  if (/[；;。]/.test(text.slice(curs[n - 1].inSentence.end, headStart))) return undefined;
  const prevYear = STATEMENT_YEAR.exec(text.slice(0, prevs[0].inSentence.start));
  const curYear = STATEMENT_YEAR.exec(cut.slice(semi + 1));
  if (!prevYear || !curYear || Number(curYear[1]) !== Number(prevYear[1]) + 1) return undefined;
  for (let i = 0; i < n; i++) if (prevs[i].family !== curs[i].family || prevs[i].inexact || curs[i].inexact) return undefined;
  return { curs, prevs };
}

/**
 * 受理7976件（2019年6593件），审结7982件（2019年6803件），同比分别增长…: the last `n` counts before the rates, each followed
 * right away by last year's in brackets (named by its year, 上年 or 去年), the clauses joined by a comma and words
 * alone. Undefined otherwise.
 */
function eachWithLastYear(text: string, qs: readonly Quantity[], headStart: number, n: number): { curs: Quantity[]; prevs: Quantity[] } | undefined {
  // the last count ending before the rates (binary search: an endless sentence has many heads)
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].inSentence.end <= headStart) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  const curs: Quantity[] = [];
  const prevs: Quantity[] = [];
  let limit = headStart;
  for (let i = 0; i < n; i++, k -= 2) {
    const last = qs[k];
    const cur = qs[k - 1];
    if (!last || !cur || !last.nested || cur.nested || cur.inexact || last.inexact || cur.family !== last.family) return undefined;
    if (!EACH_LAST_YEAR.test(text.slice(cur.inSentence.end, last.inSentence.start))) return undefined;
    if (!(i === 0 ? EACH_TO_RATES : EACH_BETWEEN).test(text.slice(last.inSentence.end, limit))) return undefined;
    curs.unshift(cur);
    prevs.unshift(last);
    limit = cur.inSentence.start;
  }
  if (curs.some((q) => q.family !== curs[0].family)) return undefined;
  return { curs, prevs };
}

/** `n` exact counts of one kind from qs[from], joined by 、/和 alone; undefined otherwise. */
function countList(text: string, qs: readonly Quantity[], from: number, n: number): Quantity[] | undefined {
  if (from < 0 || from + n > qs.length) return undefined;
  const list = qs.slice(from, from + n);
  if (list.some((q, i) => q.inexact || q.family !== list[0].family || q.nested !== list[0].nested || (i > 0 && !JOIN_ONLY.test(text.slice(list[i - 1].inSentence.end, q.inSentence.start))))) return undefined;
  return list;
}

/** The change right after last year's count, the comparison said before it: 较上年的1217件增加79件. */
const CHANGE_AFTER = /^[）)\s]*(?:净)?(?:增加|增长|增多|多|上升|提高|减少|下降|少|降低)(?:了)?$/;

/**
 * A figure introduced by its year alone, as a table turned into text writes it: 「2025年236件；2024年212件」, or by its
 * year and a copula: 「2024年为248件」「2024年有45件」.
 */
const YEAR_CELL = /(?:^|[：:；;，,\s])((?:19|20)\d{2})\s*年(?:度|同期)?\s*[：:]?\s*(为|是|有|达到|达|共计|共|计)?\s*$/;
/** A count whose clause opens with its year: 「2025年共办理人民调解案件272件」「2025年，全镇受理…」. */
const YEAR_LEAD = /(?:^|[：:；;，,。\s])((?:19|20)\d{2})\s*年度?\s*[，,]?\s*$/;

/**
 * Two counts of one kind for two years one apart, the earlier year's being last year's: a table row turned into
 * text (行政复议收案：2025年236件；2024年212件；同比增长11.3%), or a count for this year with last year's after it
 * (2025年共办理人民调解案件272件，2024年为248件，同比增长9.7%). No other count may stand among them; when a year
 * leads a count's clause, the other count must be named the same or by a copula alone (为, 是, 有).
 */
function yearRows(ctx: PairingContext, here: Quantity[]): { curs: Quantity[]; prev: Quantity } | undefined {
  const cells: { q: Quantity; year: number; lead: boolean; copula: boolean }[] = [];
  for (const q of here) {
    if (q.nested) continue;
    const m = YEAR_CELL.exec(ctx.text.slice(Math.max(0, q.inSentence.start - 12), q.inSentence.start));
    const lead = m ? null : YEAR_LEAD.exec(ctx.text.slice(Math.max(0, q.inSentence.labelStart - 8), q.inSentence.labelStart));
    if (m) cells.push({ q, year: Number(m[1]), lead: false, copula: m[2] !== undefined });
    else if (lead && q.label) cells.push({ q, year: Number(lead[1]), lead: true, copula: false });
    else if (cells.length) return undefined; // another count among the cells: not a plain row
  }
  if (cells.length === 1 && cells[0].lead) return yearBefore(ctx, cells[0]);
  // 全年收到申请364件，2024年为325件，同比增长…: the one count named by its year, after a clause break and given only
  // its figure, is the year compared with; the count before it, of the kind and named by no year, is this year's
  if (cells.length === 1 && cells[0].copula && here.length >= 2 && here[here.length - 1] === cells[0].q) {
    const prev = cells[0].q;
    const cur = here[here.length - 2];
    const gap = ctx.text.slice(cur.inSentence.end, prev.inSentence.start);
    if (!cur.nested && cur.family === prev.family && /^[，,；;]/.test(gap) && !YEAR_LEAD.exec(ctx.text.slice(Math.max(0, cur.inSentence.labelStart - 8), cur.inSentence.labelStart)) && !/(?:19|20)\d{2}\s*年/.test(cur.label) && prev.exact.n > 0n) return { curs: [cur], prev };
  }
  if (cells.length !== 2 || cells[0].q.family !== cells[1].q.family || Math.abs(cells[0].year - cells[1].year) !== 1) return undefined;
  if (cells[0].lead || cells[1].lead || cells[0].copula || cells[1].copula) {
    // one cell names the thing counted again (受理 in 全镇受理行政复议案件), or only gives its figure (2024年为248件)
    const [a, b] = cells;
    const bare = (c: typeof a) => !c.lead && c.q.label.replace(/^(?:为|是|有|达到|达|共计|共|计)$/, '') === '';
    const same = a.q.label.length >= 2 && b.q.label.length >= 2 && (a.q.label.includes(b.q.label) || b.q.label.includes(a.q.label));
    if (!(same || (a.lead && bare(b)) || (b.lead && bare(a)))) return undefined;
  }
  const [cur, prev] = cells[0].year > cells[1].year ? [cells[0], cells[1]] : [cells[1], cells[0]];
  return prev.q.exact.n > 0n ? { curs: [cur.q], prev: prev.q } : undefined;
}

/** A period opening a clause: 第三季度, 四季度, 上半年, 11月, 十一月份. */
const PERIOD_START = /^\s*(?:第?([一二三四1-4])季度|([上下])半年|(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)/;
const CN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 上: 1, 下: 2 };
const CLAUSE_START = /[，,；;：:。]/;

/**
 * 第三季度受理投诉60件，第四季度受理69件，环比增长15.0%: two counts of one kind, each opening its clause with a period of
 * one kind (quarter, half-year, month), the periods consecutive; no other count of the kind among them.
 */
function periodRows(text: string, here: Quantity[]): { curs: Quantity[]; prev: Quantity } | undefined {
  const cells: { q: Quantity; kind: number; n: number }[] = [];
  for (const q of here) {
    if (q.nested) continue;
    let c = q.inSentence.labelStart;
    while (c > 0 && c > q.inSentence.labelStart - 8 && !CLAUSE_START.test(text[c - 1])) c--;
    const m = PERIOD_START.exec(text.slice(c, q.inSentence.start));
    if (!m) {
      if (cells.length) return undefined;
      continue;
    }
    const kind = m[1] ? 1 : m[2] ? 2 : 3;
    const word = m[1] ?? m[2] ?? m[3];
    cells.push({ q, kind, n: CN_NUMBER[word] ?? Number(word) });
  }
  if (cells.length !== 2) return undefined;
  const [a, b] = cells;
  if (a.kind !== b.kind || a.q.family !== b.q.family || b.n - a.n !== 1 || a.q.exact.n <= 0n) return undefined;
  return { curs: [b.q], prev: a.q };
}

/**
 * 2024年，全镇共受理政务服务申请438件。2025年受理467件，同比增长6.6%: this year's count opens its clause with its year,
 * last year's is the one count of the kind in the sentence before, its clause opened by the year before, named alike.
 */
function yearBefore(ctx: PairingContext, cur: { q: Quantity; year: number }): { curs: Quantity[]; prev: Quantity } | undefined {
  const before = ctx.previous;
  // a sentence before with more counts than a rate ever looks at is not a plain statement of last year's count
  if (!before || before.quantities.length > 2 * WINDOW) return undefined;
  const kin = before.quantities.filter((q) => q.family === cur.q.family && !q.nested);
  if (kin.length !== 1) return undefined;
  const prev = kin[0];
  const m = YEAR_LEAD.exec(before.text.slice(Math.max(0, prev.inSentence.labelStart - 8), prev.inSentence.labelStart)) ?? YEAR_CELL.exec(before.text.slice(Math.max(0, prev.inSentence.start - 12), prev.inSentence.start));
  if (!m || Number(m[1]) !== cur.year - 1 || prev.inexact || prev.exact.n <= 0n) return undefined;
  const a = cur.q.label;
  const b = prev.label;
  if (!(a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a)))) return undefined;
  return { curs: [cur.q], prev };
}

/**
 * Last year's count in brackets after the rate: 办理4件，同比下降33.3%（上年6件）. This year's count is a count of that
 * kind before the rate, in its sentence, outside brackets: every one is an alternative, nearest first (受理120件，办结115件，
 * 同比增长20%（上年100件）: either may have grown; the rule is silent when any gives the rate).
 */
function lastYearAfter(ctx: PairingContext, here: Quantity[]): { curs: Quantity[]; prev: Quantity } | undefined {
  const prev = ctx.asideAfter;
  if (!prev || prev.inexact || prev.exact.n <= 0n || !lastYearCount(prev, ctx.text)) return undefined;
  const curs: Quantity[] = [];
  for (let i = here.length - 1; i >= 0; i--) {
    const q = here[i];
    if (q.nested || q.family !== prev.family) continue;
    if (lastYearCount(q, ctx.text) || changeVerb(q, ctx.text) !== undefined) return undefined; // another statement of the change
    curs.push(q);
  }
  return curs.length ? { curs, prev } : undefined;
}

/**
 * This year's counts and last year's before a rate (see lastYearIn), looked for first in the rate's own statement
 * (after the last ；), then in the whole sentence.
 */
function thisAndLastYear(ctx: PairingContext): { curs: Quantity[]; prev: Quantity } | null | undefined {
  const here = ctx.sentenceBefore.filter((q) => !q.inexact);
  // the rate's own statement first (after the last ；): 审查36件，比上年的18件增长1倍；办理526件，较2024年减少55件，下降9.5%
  const from = ctx.statementStart;
  if (from > 0 && here.length && here[0].inSentence.start < from) {
    const own = here.filter((q) => q.inSentence.start >= from);
    const found = own.length ? lastYearIn(ctx, own) : undefined;
    if (found) return found;
    // 较2024年减少55件，下降9.5%: the statement gives the change itself (read as such by the caller)
    if (own.some((q) => changeVerb(q, ctx.text) !== undefined)) return undefined;
  }
  return lastYearIn(ctx, here);
}

/**
 * Among `here`: undefined when no count is last year's, null when one is but which count is this year's is unclear,
 * else this year's counts (alternatives, nearest first) and last year's; last year's may also be in brackets after
 * the rate, a cell of a year one before, or in the sentence before.
 */
function lastYearIn(ctx: PairingContext, here: Quantity[]): { curs: Quantity[]; prev: Quantity } | null | undefined {
  const isLast = here.map((q) => lastYearCount(q, ctx.text));
  let last = -1;
  for (let i = here.length - 1; i >= 0 && last < 0; i--) if (isLast[i]) last = i;
  if (last < 0) return lastYearAfter(ctx, here) ?? yearRows(ctx, here);
  const prev = here[last];
  const curs: Quantity[] = [];
  const after = here[last + 1];
  // 1296件，较上年的1217件增加79件，增长6.5%: the count after last year's is the change, this year's came before
  const change = after && after.family === prev.family && !after.nested && CHANGE_AFTER.test(after.label) ? after : undefined;
  // 由19个工作日压缩至14个工作日: a start figure (由, 从) is an earlier one only with its end right after it
  if (!LAST_YEAR.test(prev.label) && FROM_END.test(prev.label) && !(after && !after.nested && after.family === prev.family && CHANGE_TO.test(after.label))) return null;
  if (after && !change && after.family === prev.family && !after.nested && !isLast[last + 1]) curs.push(after);
  else {
    for (let i = last - 1; i >= 0; i--) {
      const q = here[i];
      if (q.nested || q.family !== prev.family) continue;
      if (isLast[i] || changeVerb(q, ctx.text) !== undefined) break;
      curs.push(q);
    }
  }
  // later counts of the family between them and the rate make it unclear which one grew (the change itself does not)
  const lastUsed = Math.max(change ? last + 1 : last, curs.length ? here.indexOf(curs[0]) : -1);
  if (!curs.length || here.slice(lastUsed + 1).some((q) => q.family === prev.family && !q.nested)) return null;
  if (prev.exact.n <= 0n) return null;
  return { curs, prev };
}

/** 受理180件(上年120件),是上年的1.5倍 / 较上年的60件增长2倍: now over last year's count. */
function pairTimes(rate: Rate, ctx: PairingContext): RateBasis[] {
  if (rate.inexact || rate.shared) return [];
  const found = thisAndLastYear(ctx);
  if (!found) return [];
  const { curs, prev } = found;
  return curs.map((cur) => ({ formula: 'change' as const, numerator: cur, denominator: prev, part: cur.exact, partTolerance: cur.tolerance, base: prev.exact, baseTolerance: prev.tolerance, expression: `${fig(cur)}/${fig(prev)}` }));
}

function pairShare(rate: Rate, ctx: PairingContext): RateBasis[] {
  if (rate.unit === 'point') return [];
  const window = ctx.window;
  const part = window[window.length - 1];
  if (!part || part.inexact) return [];
  // 1845项，占政务服务事项总数1932项的95.8%: the count inside the 占 phrase is the whole, the count before it the part
  if (rate.label === '的' || /^的/.test(rate.label)) {
    const whole = part;
    const p = window[window.length - 2];
    if (!/^(?:所占|占)/.test(whole.label) || !p || p.inexact || p.sentence !== rate.sentence || p.family !== whole.family || exactCompare(p.exact, whole.exact) > 0) return [];
    ctx.shareParts.add(p);
    return [ratioBasis(p, whole, 'share')];
  }
  ctx.shareParts.add(part);
  // the part must be in this sentence, in the clause of the rate or the one before
  if (part.sentence !== rate.sentence) return [];
  // 办结74617件,办结率87%,诉讼案件占比84%: a rate in between took that count; the share names another part
  const lastRate = ctx.ratesBefore[ctx.ratesBefore.length - 1];
  if (lastRate && lastRate.valueSpan.start > part.end) return [];
  // 占受理案件数比例最高，达92.71%: read without the superlative
  const lead = rate.text.slice(0, rate.text.length - rate.raw.length).replace(SUPERLATIVE_TAIL, '');
  const subject = /^(.*?)(?:占比|比重|比例)/.exec(lead)?.[1].replace(/[^\u3400-\u9fff]/g, '').replace(/^占.*$/, '') ?? '';
  if (subject.length >= 2 && !part.label.includes(subject.slice(-2))) return [];
  // 交通类172件、城乡建设类80件、民政类50件,占总量的59.68%: the share is of the whole list
  const before = window[window.length - 2];
  if (before && before.sentence === part.sentence && before.family === part.family && LIST_JOIN.test(ctx.text.slice(before.inSentence.end, part.inSentence.start))) return [];
  ctx.sharePartOf?.set(rate, part);
  // a0. 占办结总数的58.0%: the whole the share names, where a count before the part is named so
  const named = SHARE_OF.exec(lead)?.[1] ?? '';
  const namedWhole = wholeNamed(named, window, part);
  if (namedWhole) return [ratioBasis(part, namedWhole, 'share')];
  // a. 其中刑事案件53件,占比65.43%: the part over the whole named before 其中
  const total = ctx.partOf.get(part);
  if (total && total.how !== 'implicit') return namesOtherWhole(named, total.total, part) ? [] : [ratioBasis(part, total.total, 'share')];
  // b. 15个乡镇中已有10个…,占三分之二
  const among = ctx.wholeOf.get(part);
  if (among) return namesOtherWhole(named, among, part) ? [] : [ratioBasis(part, among, 'share')];
  if (total) return [];
  // c. The nearest earlier whole of the same family in this sentence or the one before:
  //    全年受理133件。涉企案件57件,占比42.9%. Silent when two wholes compete or the share
  //    names a scope the whole does not carry (占全省的5%).
  const scopes = named.match(SCOPE) ?? [];
  const whole = soleWhole(window, window.length - 2, [part], ctx.shareParts);
  if (!whole) return [];
  if (scopes.some((s) => !whole.label.includes(s))) return [];
  if (namesOtherWhole(named, whole, part)) return [];
  return [ratioBasis(part, whole, 'share')];
}

/** The superlative between a share's name and its figure: 「最高，达」. */
const SUPERLATIVE_TAIL = /最(?:高|大|多)\s*[，,]\s*(?:达到|达|为|是)?\s*$/;
/**
 * A share that names its own whole as a total (占首次轻微违法户次总数的75.4%, 占全市涉企纠纷总数的…) which the nearest
 * whole does not carry: the named whole is another count, not stated (386 not punished out of all first offences, not
 * out of the 1624 punished), when the name says 总数/总量/总额 and either shares no word with the whole's label or
 * narrows it by the part's own kind (涉企纠纷 after 受理纠纷: all 涉企 disputes, not all disputes).
 */
function namesOtherWhole(named: string, whole: Quantity, part: Quantity): boolean {
  if (!/(?:总数|总量|总额)$/.test(named.replace(NOT_HAN, ''))) return false;
  const key = named.replace(NOT_HAN, '').replace(WHOLE_LEAD, '').replace(SCOPE, '').replace(WHOLE_TAIL, '');
  if (key.length < 2 || whole.label.includes(key)) return false;
  const words = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const own = words(key);
  const wholeName = whole.label.replace(NOT_HAN, '').replace(SCOPE, '').replace(WHOLE_LEAD, '');
  // both name their thing at some length (作出行政处罚决定 vs 首次轻微违法户次) and share no word of two characters
  if (key.length >= 4 && wholeName.length >= 4 && ![...words(wholeName)].some((w) => own.has(w))) return true;
  const kind = part.label.replace(/^(?:其中|对|有|共)[:：,，、\s]*/, '').replace(NOT_HAN, '');
  return kind.length >= 2 && key.includes(kind) && !whole.label.includes(kind);
}

/** What a share's named whole may carry around its name: 全部…, …总数. */
const WHOLE_LEAD = /^(?:全部|所有|全年|同期)/;
const WHOLE_TAIL = /(?:总数|总量|总额|总计|总和|数量|件数|总)$/;
const NOT_HAN = /[^\u3400-\u9fff]/g;

/**
 * The count a share names as its whole (占办结总数的58.0% → 办结5351件): the nearest earlier count of the part's
 * family in the window whose label holds the name (without 总数, 总量, 全部 …), when the name is a word of two
 * characters or more and the nearest such count is not the part itself. Undefined otherwise.
 */
function wholeNamed(named: string, window: readonly Quantity[], part: Quantity): Quantity | undefined {
  const key = named.replace(WHOLE_LEAD, '').replace(WHOLE_TAIL, '').replace(NOT_HAN, '');
  if (key.length < 2) return undefined;
  for (let i = window.length - 2; i >= 0; i--) {
    const q = window[i];
    if (q === part || q.family !== part.family || q.inexact || q.label.includes('率')) continue;
    if (q.label.includes(key)) return exactCompare(q.exact, part.exact) > 0 ? q : undefined;
  }
  return undefined;
}

/**
 * 组织95名执法人员参加培训…，累计4712学时，人均49.6学时: the nearest count of the average's measure before it, in its
 * sentence, named as a total (累计, 共 …) or the only one, over the one count of people (人, 名, 位) before it in the
 * sentence. Nothing when people are counted twice (95名执法人员中80名参训: which heads?) or a figure is inexact.
 */
function pairAverage(rate: Rate, ctx: PairingContext): RateBasis[] {
  if (rate.inexact) return [];
  const here = ctx.sentenceBefore.filter((q) => !q.nested);
  const same = here.filter((q) => q.unit === rate.measure);
  const total = same[same.length - 1];
  if (!total || total.inexact || (same.length > 1 && !TOTAL_WORD.test(total.label))) return [];
  const people = here.filter((q) => q.family === 'person');
  if (people.length !== 1 || people[0].inexact || people[0].exact.n <= 0n) return [];
  return [ratioBasis(total, people[0])];
}

/** A plain percentage that can be one end of a change in points. */
const plainRate = (r: Rate | undefined): r is Rate => !!r && r.unit === 'percent' && !r.inexact && !r.fraction && r.decimals >= 0;
/** From a points figure to last year's rate in brackets right after it: 3.1个百分点（2024年为14.6%）, 5.6个百分点（上年为86.8%）. */
const POINTS_THEN_BEFORE = /^[0-9.]+个?百分点\s*[（(]\s*(?:上年|去年|上一年|上年同期|去年同期|(?:19|20)\d{2}年(?:同期)?)(?:为|是)?$/;

/**
 * 纠错率为12.5%，同比下降2.1个百分点（2024年为14.6%）: a change in points with last year's rate in brackets after it, and
 * this year's rate right before it. `rates`: the sentence's rates with the offsets of their figures, in order.
 */
export function pointsBeforeAfter(text: string, rates: readonly { rate: Rate; tokenStart: number }[]): void {
  for (let j = 1; j + 1 < rates.length; j++) {
    const r = rates[j].rate;
    if (r.kind !== 'points' || r.points || r.shared || r.inexact) continue;
    const now = rates[j - 1].rate;
    const before = rates[j + 1].rate;
    if (!plainRate(now) || now.lastYear || !plainRate(before)) continue;
    if (!POINTS_THEN_BEFORE.test(text.slice(rates[j].tokenStart, rates[j + 1].tokenStart))) continue;
    r.points = { now, before, direction: GROWTH_WORD.test(r.label) ? 1 : -1 };
  }
}

function pairPoints(rate: Rate, before: Rate[]): Rate['points'] {
  const direction: 1 | -1 = GROWTH_WORD.test(rate.label) ? 1 : -1;
  // last year's rate, and this year's before or right after it, both plain percentages
  let b = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i].lastYear) {
      b = i;
      break;
    }
  }
  if (b < 0) return undefined;
  const prev = before[b];
  const ok = (r: Rate | undefined) => r && r.unit === 'percent' && !r.inexact && !r.fraction && !r.lastYear && r.decimals >= 0;
  const now = ok(before[b + 1]) && b + 1 === before.length - 1 ? before[b + 1] : b > 0 && ok(before[b - 1]) && b === before.length - 1 ? before[b - 1] : undefined;
  if (!now || prev.unit !== 'percent' || prev.inexact || prev.fraction || prev.decimals < 0) return undefined;
  return { now, before: prev, direction };
}

