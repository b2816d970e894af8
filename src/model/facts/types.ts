/**
 * The numeric facts of a report: counts, rates and totals, with their spans. The facts know the
 * report only through FactsInput (sentences, blocks, a source mapping), so they import none of the
 * model's other types (and model/types.ts can import these without a cycle).
 */
import type { Exact } from '../numbers.js';

/** A source range: 0-based UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** What facts read of a sentence: its text, where it starts in its block's text, and the block. */
export interface FactsSentence {
  text: string;
  textStart: number;
  block: number;
  /**
   * When the figures are read with the spaces around them taken out (「排查纠纷 2416 件，化解率 96.1 %」 in text
   * copied from a PDF or a web page): for each character of `text`, its offset in the block's text. Absent: the
   * text is the block's from textStart on.
   */
  at?: Int32Array;
  /** With `at`: the sentence as written, spaces and all (what a count's `raw` quotes). */
  written?: string;
}

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
  /** 提高2.3个百分点: a change of a rate, in percentage points */
  | 'points'
  /** 万人受援率, 人均: per head of a population (人均49.6学时: over the people counted before it, when they are) */
  | 'per-capita'
  /** 满意度, 压缩比: a survey or index, not a ratio of stated counts */
  | 'other'
  /** a percentage with no rate word (实现100%全覆盖) */
  | 'bare';

export interface RateBasis {
  /**
   * ratio: numerator/denominator · share: part/whole · growth: increase/(total − increase)
   * · change: (this year − last year)/last year, or an increase over this year's count less it.
   */
  formula: 'ratio' | 'growth' | 'share' | 'change';
  /** The count the numerator is read from (for change: this year's count). */
  numerator: Quantity;
  /** The count the base is read from (for growth: the new total; for change: last year's count). */
  denominator: Quantity;
  /** The numerator's value: the count, or the difference of two counts (negative when the change goes the other way). */
  part: Exact;
  partTolerance: Exact;
  /** The base: the denominator, or total − increase for growth. */
  base: Exact;
  /** How far the base may be off when its counts are rounded figures (1.2万件). */
  baseTolerance: Exact;
  /** As shown to readers: 1051/1148, 5351/(60409−5351), (138−120)/120. */
  expression: string;
  /** The base is the cases less those closed without a decision on the merits (撤诉, 终止 …): the narrower base was tried. */
  onMerits?: boolean;
}

export interface Rate extends Span {
  /** The rate's name: 电子送达率, 执结率, 增长, 占比. */
  label: string;
  labelSpan: Span;
  kind: RateKind;
  /** What is counted: 送达, 办结 (ratio rates only). */
  stem: string;
  /** The word before the stem that narrows it: 电子, 按时 (a change rate: 承诺 in 承诺提速率), or ''. */
  modifier: string;
  /** A judged subset (按时, 满意, 知晓 …): its count must be stated to be checked. */
  qualified: boolean;
  /** Can never exceed 100% (办结率, 化解率, 送达率 …). */
  completion: boolean;
  value: number;
  exact: Exact;
  /** Decimals as stated: 97.4% → 1; 九成 → −1 (to the nearest ten percent). */
  decimals: number;
  /** percent (%, 百分之, 成, fractions), permille (‰), point (个百分点), times (倍, 翻番), each (人均49.6学时: a quotient). */
  unit: 'percent' | 'permille' | 'point' | 'times' | 'each';
  /** For each: the measure word of the average (学时 of 人均49.6学时). */
  measure?: string;
  /** For 倍: 增长2倍 (an increase: now = last year × 3, though many write it for × 2) or 是上年的2倍 (a multiple). */
  times?: 'increase' | 'multiple';
  /** A fraction as written: 四分之三 → 3/4, 一半 → 1/2. */
  fraction?: { num: bigint; den: bigint };
  /** 80%以上, 过半: the truth lies on this side of the figure (still checkable). */
  bound?: 'above' | 'below';
  /** 80%以上, 约95%, 80%～90%. */
  inexact: boolean;
  /** One figure for several rates (参考率、及格率均在80%以上; 分别为). */
  shared: boolean;
  /** The earlier figure of a comparison: last year's (较上年的96.2%, 上年同期为…) or the start of a change (由86.8%提高到…), named so before it. */
  lastYear: boolean;
  /** The figure as written: 91.61%. */
  raw: string;
  /** The rate as a reader sees it, name to figure (inline markup left out): 成功率达100%. */
  text: string;
  /** Span of the figure alone. */
  valueSpan: Span;
  /** The counts the rate can be computed from, best first; empty when unpaired. */
  bases: RateBasis[];
  /** For 个百分点: the rate now and last year's, both stated before it. */
  points?: { now: Rate; before: Rate; direction: 1 | -1 };
  sentence: number;
  block: number;
}

export interface Total extends Span {
  total: Quantity;
  parts: Quantity[];
  /** 其中 a、b、c (breakdown) · a、b、c,共计N (sum) · figures that follow a count with no marker (implicit) · a change between two counts (change). */
  how: 'breakdown' | 'sum' | 'implicit' | 'change';
  /**
   * For change: 受理138件，较上年的120件增加18件 — now, before, the change and its direction (the total is the larger
   * count), and the rates built on the same two counts (增长15%).
   */
  change?: { now: Quantity; before: Quantity; by: Quantity; up: boolean; rates?: Rate[] };
  /** The parts claim to be the whole: closed (其他/其余/分别为), or a list ending in 共计N without 等. */
  exhaustive: boolean;
  /** The list ends in 其他/其余 … or is given 分别为: it certainly covers everything. */
  closed: boolean;
  /** 等 after the parts: the list is open. */
  etc: boolean;
  /** An implicit list whose parts add up to the figure exactly (recognised, nothing to report). */
  exact?: boolean;
}

export interface Facts {
  quantities: Quantity[];
  rates: Rate[];
  totals: Total[];
}

export interface Steps {
  count: number;
}

/** What fact extraction needs of the Report (sentences are never re-split). */
export interface FactsInput {
  /**
   * A counter of the steps taken (loop iterations over figures and characters), for tests
   * that prove extraction linear by counting rather than timing.
   */
  steps?: Steps;
  sentences: readonly FactsSentence[];
  blocks: readonly object[];
  /** Source offset of a block text offset (a method: the report's own, taking its Block type). */
  toSource(block: object, textOffset: number): number;
}
