/**
 * The number reader: every figure a report writes, as an exact value.
 *
 * Reads Arabic digits (half- and full-width), decimals, thousands separators,
 * Chinese numerals (一百二十, 两万, 三千零五十, 十五), mixed forms (1.2万, 61.28万,
 * 3.45亿), percentages (97.4%, 97.4％, 百分之九十五, 百分之百, 九成, 5‰) and the
 * approximation markers that make a figure inexact (余, 多, 近, 约, 左右, 以上,
 * 超过, 不少于 … GB/T 15835-2011 §5: 5万余份, 近万人, 1850余场次).
 *
 * Values are kept exact as digits × 10^exponent (BigInt), so 61.28万 is
 * 6128 × 10², and the stated precision (decimals as written) of every figure
 * is kept: 97.40% has 2 decimals, 97.4% has 1.
 *
 * One linear scan; a handful of regexes, all compiled here once.
 */

/** An exact decimal: n × 10^e. */
export interface Exact {
  n: bigint;
  e: number;
}

export type NumberForm = 'arabic' | 'chinese' | 'mixed';
export type PercentKind = 'percent' | 'permille';

export interface NumberToken {
  /** Offsets in the text read, end exclusive: markers, figure, 万/亿 and %-sign included. */
  start: number;
  end: number;
  /** Offsets of the figure proper (digits or numerals with 万/亿 and an inner 余/多). */
  valueStart: number;
  valueEnd: number;
  /** text.slice(start, end) */
  raw: string;
  /** The value as a float (for display and sorting; use `exact` to compute). */
  value: number;
  exact: Exact;
  /** Decimals as written: 97.4% → 1, 61.28万 → 2, 一百二十 → 0. */
  decimals: number;
  /**
   * Half a unit of the last written digit when the figure is a rounded one
   * (1.2万 = 12000 ± 500, 61.28万 = 612800 ± 50); zero for figures written in full.
   */
  tolerance: Exact;
  form: NumberForm;
  /** Written with thousands separators (1,234). */
  grouped: boolean;
  /** A percentage (value in percent: 97.4 for 97.4%, 90 for 九成) or per mille (5 for 5‰). */
  percent?: PercentKind;
  /** Approximation markers found around the figure (余, 近, 以上 …). */
  markers: string[];
  /** Not an exact count: an approximation marker, or one end of a range (80%～90%). */
  inexact: boolean;
  /** One end of a range: 2万～5万, 80%-90%. */
  range: boolean;
  /** Directly preceded by 第 (an ordinal, not a count). */
  ordinal: boolean;
  /**
   * A share written as a fraction (四分之三 → 3/4, 一半 → 1/2, 过半 → 1/2 with bound 'above');
   * `exact` then holds its percentage rounded to 2 decimals, for display.
   */
  fraction?: { num: bigint; den: bigint };
  /** Which side of the figure the truth lies on when a marker says so (80%以上, 不足5%, 过半). */
  bound?: 'above' | 'below';
}

// ---------------------------------------------------------------------------
// Exact arithmetic

const TEN = 10n;

/** The powers of ten a figure's exponents need (up to 10^24), made once: BigInt ** is a runtime call and an allocation. */
const POW10: bigint[] = [];
for (let k = 0, p = 1n; k <= 24; k++, p *= TEN) POW10.push(p);

function pow10(k: number): bigint {
  return k >= 0 && k < POW10.length ? POW10[k] : TEN ** BigInt(k);
}

/** Bring two exact values to a common exponent. */
function align(a: Exact, b: Exact): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.n * pow10(a.e - e), b.n * pow10(b.e - e), e];
}

// Most figures are whole counts (e = 0 on both sides): those are added and compared as they are, without align's
// powers of ten, products and array.

export function exactAdd(a: Exact, b: Exact): Exact {
  if (a.e === b.e) return { n: a.n + b.n, e: a.e };
  const [x, y, e] = align(a, b);
  return { n: x + y, e };
}

export function exactSub(a: Exact, b: Exact): Exact {
  if (a.e === b.e) return { n: a.n - b.n, e: a.e };
  const [x, y, e] = align(a, b);
  return { n: x - y, e };
}

/** -1, 0, 1 */
export function exactCompare(a: Exact, b: Exact): number {
  if (a.e === b.e) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function exactToNumber(a: Exact): number {
  return Number(a.n) * 10 ** a.e;
}

/** Plain decimal notation without exponent: 6128×10² → "612800", 974×10⁻¹ → "97.4". */
export function exactToString(a: Exact): string {
  const neg = a.n < 0n;
  let digits = (neg ? -a.n : a.n).toString();
  if (a.e >= 0) digits += '0'.repeat(a.e);
  else {
    const k = -a.e;
    digits = digits.padStart(k + 1, '0');
    digits = `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
  }
  return (neg ? '-' : '') + digits;
}

/**
 * num/den × scale rounded half-up to `decimals` places, as an integer count of
 * 10^-decimals units (91.55 at 2 decimals → 9155n). den must be positive.
 */
export function roundedRatio(num: Exact, den: Exact, decimals: number, scale = 100): bigint {
  // num/den = (num.n/den.n) × 10^(num.e - den.e)
  const shift = num.e - den.e + decimals;
  let p = num.n * BigInt(scale);
  let q = den.n;
  if (shift >= 0) p *= pow10(shift);
  else q *= pow10(-shift);
  // half-up for non-negative values: floor((2p + q) / 2q)
  return (2n * p + q) / (2n * q);
}

const ZERO: Exact = { n: 0n, e: 0 };

export function exactMul(a: Exact, b: Exact): Exact {
  return { n: a.n * b.n, e: a.e + b.e };
}

/**
 * Does a stated rate (percent, or per mille with scale 1000) equal num/den
 * rounded half-up to its stated decimals? (GB/T 8170 rounding as reports use it.)
 *
 * Counts written in full (5726件) are exact. A rounded count (1.2万件 is 12000 ± 500)
 * carries a tolerance: then the rate is consistent when any numerator and
 * denominator within their tolerances give it — a rate is never blamed on the
 * rounding of its counts.
 */
export function rateMatches(stated: Exact, decimals: number, num: Exact, den: Exact, scale = 100, numTol: Exact = ZERO, denTol: Exact = ZERO): boolean {
  if (den.n <= 0n || num.n < 0n) return false;
  // the stated figure covers [lo, hi): r ± half a unit of its last decimal
  const r = stated.n * pow10(stated.e + decimals);
  const lo: Exact = { n: r * 10n - 5n, e: -decimals - 1 };
  const hi: Exact = { n: r * 10n + 5n, e: -decimals - 1 };
  const k: Exact = { n: BigInt(scale), e: 0 };
  if (numTol.n === 0n && denTol.n === 0n) {
    // exact: lo ≤ num·scale/den < hi
    const x = exactMul(num, k);
    return exactCompare(x, exactMul(lo, den)) >= 0 && exactCompare(x, exactMul(hi, den)) < 0;
  }
  const numLo = exactSub(num, numTol);
  const numHi = exactAdd(num, numTol);
  const denLo = exactSub(den, denTol);
  const denHi = exactAdd(den, denTol);
  if (denLo.n <= 0n) return true; // the base may be anything small: cannot tell
  // the ratio can be anywhere in [numLo/denHi, numHi/denLo]; does that meet [lo, hi]?
  const belowHi = exactCompare(exactMul(numLo, k), exactMul(hi, denHi)) <= 0;
  const aboveLo = exactCompare(exactMul(numHi, k), exactMul(lo, denLo)) >= 0;
  return belowHi && aboveLo;
}

/** num/den × scale at `decimals` places, as text: "91.55". */
export function formatRatio(num: Exact, den: Exact, decimals: number, scale = 100): string {
  return exactToString({ n: roundedRatio(num, den, decimals, scale), e: -decimals });
}

// ---------------------------------------------------------------------------
// Digits as typed

/** Digits, ．and ％ (what prose figures use); with punctuation also ，－／： (dates and times). */
const FULL_WIDTH_FIGURES = /[０-９．％]/g;
const FULL_WIDTH_FORMS = /[０-９．％，－／：]/g;
const FULL_WIDTH_ASCII: Record<string, string> = { '．': '.', '％': '%', '，': ',', '－': '-', '／': '/', '：': ':' };

/**
 * Full-width digits and ．％ as ASCII, offset for offset: every character maps to
 * one UTF-16 unit, so a position in the result is the same position in `text`.
 * With `punctuation`, also ，－／： (for dates and times such as 2021／3／29 11：30); by
 * default only digits, ．and ％, since ，is a clause break in prose.
 */
export function normalizeDigits(text: string, punctuation = false): string {
  const forms = punctuation ? FULL_WIDTH_FORMS : FULL_WIDTH_FIGURES;
  forms.lastIndex = 0;
  if (!forms.test(text)) return text; // the common case: nothing full-width, no copy
  forms.lastIndex = 0;
  return text.replace(forms, (c) => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : FULL_WIDTH_ASCII[c]));
}

// ---------------------------------------------------------------------------
// Character classes

// The scanner reads UTF-16 code units (charCodeAt), never one-character strings: text[i] of a
// CJK character allocates a fresh string, and the reader looks at every candidate character.
const code = (c: string): number => c.charCodeAt(0);

// Keyed by code unit (a Map lookup with a small integer key is cheap)
// As tables by code unit (one load, where a Map or Set lookup is a call until the reader is optimised)
/** A numeral's digit plus one (0: not a digit). */
const CN_DIGIT = new Uint8Array(0x10000);
for (const [c, d] of [['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]] as const) CN_DIGIT[code(c)] = d + 1;
/** 十 百 千 (0: none). */
const CN_SMALL_UNIT = new Uint16Array(0x10000);
CN_SMALL_UNIT[code('十')] = 10;
CN_SMALL_UNIT[code('百')] = 100;
CN_SMALL_UNIT[code('千')] = 1000;
/** 万 亿 as exponents (0: none). */
const CN_BIG_UNIT = new Uint8Array(0x10000);
CN_BIG_UNIT[code('万')] = 4;
CN_BIG_UNIT[code('亿')] = 8;
/** A table by code unit of the characters of `chars`. */
function tableOf(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[code(c)] = 1;
  return t;
}

const C_ZERO = code('零');
const C_ZERO_ALT = code('〇');
const C_ONE = code('一');
const C_TWO_ALT = code('两');
const C_TEN = code('十');
const C_HUNDRED = code('百');
const C_THOUSAND = code('千');
const C_WAN = code('万');
const C_YI = code('亿');
const C_HALF = code('半');
const C_POINT = code('点');
const C_FEN = code('分');
const C_SHU = code('数');
const C_YU = code('余');
const C_DUO = code('多');
const C_YUAN = code('元');
const C_ZHONG = code('种');
const C_YANG = code('样');
const C_CHENG = code('成');
const C_DI = code('第');
const C_DOT = code('.');
const C_FULL_DOT = code('．');
const C_COMMA = code(',');
const C_SLASH = code('/');
const C_FULL_SLASH = code('／');
const C_PERCENT = code('%');
const C_FULL_PERCENT = code('％');
const C_PERMILLE = code('‰');

function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
function isLatinCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function digitValue(c: string): number {
  const d = c.charCodeAt(0);
  return d >= 0xff10 ? d - 0xff10 : d - 48;
}
function digitRunEnd(text: string, at: number): number {
  let i = at;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i); // isDigitCode, inline: this runs for every digit read
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) i++;
    else break;
  }
  return i;
}

/** The digits of text[from, to) as ASCII (full-width ones converted). */
function asciiDigits(text: string, from: number, to: number): string {
  const run = text.slice(from, to);
  return FULL_WIDTH_DIGIT.test(run) ? run.replace(FULL_WIDTH_DIGITS, (c) => String(digitValue(c))) : run;
}

/**
 * The integer the digits of text[from, to) and then of text[from2, to2) write (thousands commas
 * skipped): 1,234 and .5 → 12345n. Up to 15 characters it is summed as a float, which is exact
 * there, rather than built as a string and parsed.
 */
function digitsValue(text: string, from: number, to: number, from2: number, to2: number): bigint {
  if (to - from + (to2 - from2) > 15) return BigInt(asciiDigits(text, from, to).replace(COMMAS, '') + asciiDigits(text, from2, to2));
  let v = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c !== C_COMMA) v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  for (let j = from2; j < to2; j++) {
    const c = text.charCodeAt(j);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return BigInt(v);
}

const COMMAS = /,/g;
const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
/**
 * Where a figure can start: a digit or a Chinese numeral character, as a table by code unit
 * (one load per character of the text; the scanner looks at every character).
 */
const CANDIDATE = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CANDIDATE[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) CANDIDATE[c] = 1;
for (const c of '零〇一二三四五六七八九两十百千万亿半') CANDIDATE[code(c)] = 1;

/** 1,234 / 12,345,678: groups of exactly three after the first (1–3 digits); ASCII comma only. */
const GROUPED = /[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])/y;

/** Markers before a figure that make it inexact. Longest first. */
const PREFIX_MARKERS = ['不少于', '不低于', '不超过', '不足', '超过', '将近', '接近', '大约', '至少', '多于', '高于', '低于', '近', '约', '逾', '超'];
/** Markers before a bare 万/千/百 (近万人, 上万人, 过万). */
const BARE_UNIT_PREFIX = ['近', '上', '逾', '过', '约', '超'];
/** Markers after a figure (after its unit for counts: 100人以上). */
const SUFFIX_MARKERS = ['以上', '以下', '以内', '左右', '上下', '之多'];
/** Markers before 半 (过半, 超过半数). */
const HALF_PREFIX = ['超过', '过', '超', '逾'];
/** The last characters of the markers before a figure, as a table by code unit: no other character can end one. */
const PREFIX_ENDS = new Uint8Array(0x10000);
for (const m of [...PREFIX_MARKERS, ...BARE_UNIT_PREFIX, ...HALF_PREFIX]) PREFIX_ENDS[m.charCodeAt(m.length - 1)] = 1;
/** The first characters of the markers after a figure, as a table by code unit. */
const SUFFIX_STARTS = new Uint8Array(0x10000);
for (const m of SUFFIX_MARKERS) SUFFIX_STARTS[code(m)] = 1;
/** Range connectors between two figures, each one character: 80%～90%, 2万—5万, 3至5件. */
const RANGE_CONNECTOR = tableOf('～~〜–—－-至到');
/** After 成 these characters make a word, not a percentage (五成员, 建成 is not a numeral case). */
const CHENG_WORD = tableOf('员立为功果效本绩熟长就都交型品分');
/** What may follow 一 in a figure (一百, 一万, 一点五, 一分之, 一半); after anything else a lone 一 is a word. */
const ONE_CONTINUES = tableOf('零〇一二两三四五六七八九十百千万亿点分半');

/** Markers that put the truth above or below the figure. */
const ABOVE = new Set(['不少于', '不低于', '超过', '至少', '多于', '高于', '逾', '超', '以上', '之多', '过']);
const BELOW = new Set(['不足', '不超过', '低于', '以下', '以内']);

function boundOf(markers: readonly string[]): 'above' | 'below' | undefined {
  let above = false;
  let below = false;
  for (const m of markers) {
    if (ABOVE.has(m)) above = true;
    else if (BELOW.has(m)) below = true;
    else return undefined; // 约, 近, 左右: either side
  }
  return above === below ? undefined : above ? 'above' : 'below';
}

function markerBefore(text: string, at: number, list: readonly string[]): string | undefined {
  if (at === 0 || PREFIX_ENDS[text.charCodeAt(at - 1)] === 0) return undefined; // the common case: no marker
  for (const m of list) if (at >= m.length && text.startsWith(m, at - m.length)) return m;
  return undefined;
}

/** An approximation marker after a unit (以上, 左右 …) starting at `at`; for the facts layer. */
export function approxSuffixAt(text: string, at: number): string | undefined {
  if (at >= text.length || SUFFIX_STARTS[text.charCodeAt(at)] === 0) return undefined; // the common case: no marker
  for (const m of SUFFIX_MARKERS) if (text.startsWith(m, at)) return m;
  return undefined;
}

// ---------------------------------------------------------------------------
// Chinese numerals

interface CnParse {
  /** Exact value (integer part × 10^0 plus decimals after 点). */
  exact: Exact;
  decimals: number;
  end: number;
}

/**
 * Parse a positional Chinese numeral at `at`: 十五, 一百二十, 三千零五十, 两万,
 * 一千二百万, 三亿五千万, 一百二 (= 120), and decimals after 点 (九十五点五).
 * Returns the longest valid prefix; undefined if none. `allowBareUnit` lets it
 * start with 百/千/万 (百分之百, 近万, 百余).
 */
function parseChinese(text: string, at: number, allowBareUnit: boolean, steps?: { count: number }): CnParse | undefined {
  // Below 亿 everything stays under 10^8 and is summed as plain numbers (exact there);
  // only the part at 亿 and above, which can pass 2^53, is a BigInt
  let total = 0n; // everything at 亿 and above, already multiplied
  let section = 0; // the 万 group, already multiplied (< 10^8)
  let small = 0; // below 万 in the current group (< 10^4)
  let digit = -1; // a digit waiting for its unit
  let lastSmall = 10000; // small units must decrease within a group: 千 > 百 > 十
  let lastBig = 99; // big units must decrease: 亿 > 万
  let zero = false; // a 零 since the last unit (一千零五: 五 is ones, not hundreds)
  let prevUnit = 0; // value of the unit just consumed, for 一百二 (= 120)
  let end = -1;
  let high = 0n; // the value of text[at, end) is high + low
  let low = 0;

  for (let i = at; i < text.length; i++) {
    if (steps) steps.count++;
    const c = text.charCodeAt(i);
    const d = CN_DIGIT[c] - 1;
    if (d >= 0) {
      if (digit !== -1) break; // 八五: two digits in a row, stop before the second
      if (d === 0) {
        if (i === at) break;
        zero = true;
        prevUnit = 0;
        continue; // a 零 is never the last character read
      }
      digit = d;
      // ends here? 一百二 = 120 and 两万三 = 23000 (abbreviated), 一千零五 = 1005
      const place = prevUnit >= 100 && !zero ? prevUnit / 10 : 1;
      high = total;
      low = section + small + d * place;
      end = i + 1;
      continue;
    }
    const u = CN_SMALL_UNIT[c];
    if (u !== 0) {
      if (u >= lastSmall) break;
      let m = digit; // the multiplier of this unit
      if (m === -1) {
        if (u === 10 && (i === at || zero)) m = 1; // 十五, 一千零十
        else if (i === at && allowBareUnit) m = 1; // 百分之百, 百余, 千余
        else break;
      }
      small += m * u;
      lastSmall = u;
      prevUnit = u;
      digit = -1;
      zero = false;
      high = total;
      low = section + small;
      end = i + 1;
      continue;
    }
    const ex = CN_BIG_UNIT[c];
    if (ex !== 0) {
      if (ex >= lastBig) break;
      let group = small + (digit === -1 ? 0 : digit);
      if (group === 0) {
        if (i === at && allowBareUnit) group = 1; // 近万, 万余
        else break;
      }
      if (ex === 8) {
        total = (total + BigInt(section + group)) * pow10(8);
        section = 0;
      } else section = (section + group) * 10000;
      lastBig = ex;
      small = 0;
      digit = -1;
      lastSmall = 10000;
      prevUnit = ex === 8 ? 1e8 : 1e4;
      zero = false;
      high = total;
      low = section;
      end = i + 1;
      continue;
    }
    break;
  }
  if (end < 0) return undefined;

  // Decimals after 点, digit by digit: 九十五点五
  let decimals = 0;
  let n = high + BigInt(low);
  if (end + 1 < text.length && text.charCodeAt(end) === C_POINT && isCnDecimalDigit(text.charCodeAt(end + 1))) {
    let j = end + 1;
    while (j < text.length && isCnDecimalDigit(text.charCodeAt(j))) {
      n = n * TEN + BigInt(CN_DIGIT[text.charCodeAt(j)] - 1);
      decimals++;
      j++;
    }
    end = j;
  }
  return { exact: { n, e: -decimals }, decimals, end };
}

function isCnDecimalDigit(c: number): boolean {
  return CN_DIGIT[c] > 0 && c !== C_TWO_ALT; // (undefined > 0 is false: NaN past the end is no digit)
}

// ---------------------------------------------------------------------------
// The scanner

function scaleExact(x: Exact, exp: number): Exact {
  return { n: x.n, e: x.e + exp };
}

/** 万 / 亿 / 千万 / 百万 / 万亿 after an Arabic figure: the exponent it adds and its length. */
function multiplierAt(text: string, at: number): { exp: number; length: number } | undefined {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if (a === C_WAN) return b === C_YI ? { exp: 12, length: 2 } : { exp: 4, length: 1 };
  if (a === C_YI) return { exp: 8, length: 1 };
  if ((a === C_THOUSAND || a === C_HUNDRED || a === C_TEN) && (b === C_WAN || b === C_YI)) {
    return { exp: (a === C_THOUSAND ? 3 : a === C_HUNDRED ? 2 : 1) + (b === C_WAN ? 4 : 8), length: 2 };
  }
  return undefined;
}

/** Can a figure start with this code unit (a digit, a Chinese numeral, 半)? For scanners of their own (readNumberAt). */
export function isFigureStart(c: number): boolean {
  return CANDIDATE[c] === 1;
}

/**
 * Read every number in `text`, in order, non-overlapping. Never throws.
 */
export function readNumbers(text: string, steps?: { count: number }): NumberToken[] {
  const out: NumberToken[] = [];
  const counter = steps ?? { count: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (CANDIDATE[text.charCodeAt(i)] === 0) i++;
    else i = readNumberAt(text, i, out, counter);
  }
  return out;
}

/**
 * The figure at `i`, a character where one can start (isFigureStart), if there is one: appended to `out`, the
 * figures read before it in the same text, never overlapping the last of them (both ends of a range are marked).
 * Returns where reading goes on. readNumbers is this at every candidate character; a scanner that looks at each
 * character for its own ends too (the facts' sentence scan) calls it itself.
 */
export function readNumberAt(text: string, i: number, out: NumberToken[], counter: { count: number }): number {
  const c = text.charCodeAt(i);
  counter.count++;
  let token: NumberToken | undefined;
  if (isDigitCode(c)) {
    token = readArabic(text, i);
    if (!token) {
      // skip the rest of this digit run (a code like ISO9001 or H5)
      const j = digitRunEnd(text, i);
      counter.count += j - i;
      return j;
    }
  } else {
    token = readChineseAt(text, i, counter);
    if (!token) return i + 1;
  }
  counter.count += token.end - i;
  // a token never starts before the previous one ended
  // (out[-1] is never read: an out-of-bounds read sends every read at that site down a slow path)
  const prev = out.length > 0 ? out[out.length - 1] : undefined;
  if (prev && token.start < prev.end) {
    token.start = prev.end; // raw follows
    const kept = token.markers.filter((m) => !PREFIX_MARKERS.includes(m) && !BARE_UNIT_PREFIX.includes(m));
    token.markers = kept.length ? kept : NO_MARKERS;
    token.inexact = token.markers.length > 0 || token.range;
    if (token.bound && !boundOf(token.markers)) token.bound = undefined;
  }
  if (prev) markRange(text, prev, token);
  out.push(token);
  return Math.max(token.end, i + 1);
}

/** 80%～90%, 2万—5万, 3至5件: both ends of a range are inexact. */
function markRange(text: string, prev: NumberToken, token: NumberToken): void {
  if (token.start === prev.end + 1 && RANGE_CONNECTOR[text.charCodeAt(prev.end)] === 1) {
    prev.range = token.range = true;
    prev.inexact = token.inexact = true;
    prev.bound = undefined;
    token.bound = undefined;
  }
}

function finish(
  text: string,
  start: number,
  valueStart: number,
  valueEnd: number,
  exact: Exact,
  decimals: number,
  form: NumberForm,
  grouped: boolean,
  markers: string[],
  percent: PercentKind | undefined,
  end: number,
  tolerance: Exact = ZERO,
): Token {
  // markers after the figure (80%以上, 三十余): the unit-less ones only; after a unit, see approxSuffixAt
  if (percent) {
    const s = approxSuffixAt(text, end);
    if (s) {
      markers = withMarker(markers, s);
      end += s.length;
    }
  }
  return new Token(text, start, end, valueStart, valueEnd, exact, decimals, tolerance, form, grouped, percent, markers, percent ? boundOf(markers) : undefined);
}

/** The text a token was read from: a symbol, so that it is no field a reader lists. */
const SOURCE: unique symbol = Symbol('source');

/**
 * A figure read. Its text as written (`raw`) is sliced when read: most figures (years, dates, figures without a
 * measure word) are dropped unread. Every field is set in the constructor, so all tokens share one shape.
 */
class Token implements NumberToken {
  // declared only: fields with initializers (or private ones) make V8 call an initializer function per instance
  declare start: number;
  declare end: number;
  declare valueStart: number;
  declare valueEnd: number;
  declare value: number;
  declare exact: Exact;
  declare decimals: number;
  declare tolerance: Exact;
  declare form: NumberForm;
  declare grouped: boolean;
  declare percent: PercentKind | undefined;
  declare markers: string[];
  declare inexact: boolean;
  declare range: boolean;
  declare ordinal: boolean;
  declare fraction: { num: bigint; den: bigint } | undefined;
  declare bound: 'above' | 'below' | undefined;
  /** The text read (for raw). */
  declare readonly [SOURCE]: string;

  constructor(text: string, start: number, end: number, valueStart: number, valueEnd: number, exact: Exact, decimals: number, tolerance: Exact, form: NumberForm, grouped: boolean, percent: PercentKind | undefined, markers: string[], bound: 'above' | 'below' | undefined) {
    this.start = start;
    this.end = end;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.value = exactToNumber(exact);
    this.exact = exact;
    this.decimals = decimals;
    this.tolerance = tolerance;
    this.form = form;
    this.grouped = grouped;
    this.percent = percent;
    this.markers = markers;
    this.inexact = markers.length > 0;
    this.range = false;
    this.ordinal = start > 0 && text.charCodeAt(start - 1) === C_DI;
    this.fraction = undefined;
    this.bound = bound;
    this[SOURCE] = text;
  }

  get raw(): string {
    return this[SOURCE].slice(this.start, this.end);
  }
}

/** The markers of a figure without any: one shared list, frozen (a figure given one gets a list of its own). */
export const NO_MARKERS: string[] = Object.freeze([]) as unknown as string[];

/** `markers` with `m` added at the end: the same list, or a new one in place of NO_MARKERS. */
function withMarker(markers: string[], m: string): string[] {
  if (markers === NO_MARKERS) return [m];
  markers.push(m);
  return markers;
}

function readArabic(text: string, at: number): NumberToken | undefined {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0; // (no read before the start: V8 deoptimises on it)
  if (isLatinCode(before) || before === C_DOT || before === C_FULL_DOT) return undefined;

  let i = at;
  let grouped = false;
  // thousands separators only after a run of 1–3 ASCII digits and a comma
  let ascii = at;
  while (ascii < at + 4 && isAsciiDigitCode(text.charCodeAt(ascii))) ascii++;
  if (ascii > at && ascii < at + 4 && text.charCodeAt(ascii) === C_COMMA) {
    GROUPED.lastIndex = at;
    const g = GROUPED.exec(text);
    if (g) {
      i = at + g[0].length;
      grouped = true;
    }
  }
  if (!grouped) i = digitRunEnd(text, i);
  const intEnd = i;
  let decimals = 0;
  let c = text.charCodeAt(i);
  if ((c === C_DOT || c === C_FULL_DOT) && isDigitCode(text.charCodeAt(i + 1))) {
    const from = i + 1;
    i = digitRunEnd(text, from);
    decimals = i - from;
  }
  c = text.charCodeAt(i);
  if (isLatinCode(c)) return undefined; // 5G, 3D
  let exact: Exact = { n: digitsValue(text, at, intEnd, i - decimals, i), e: -decimals };
  let markers = NO_MARKERS;
  let form: NumberForm = 'arabic';

  // 余/多 before the multiplier (87.5余万人次), then 万/亿, then 余/多 after it (5万余份)
  if ((c === C_YU || c === C_DUO) && multiplierAt(text, i + 1)) {
    markers = [c === C_YU ? '余' : '多'];
    i++;
  }
  const mult = multiplierAt(text, i);
  let tolerance = ZERO;
  if (mult) {
    exact = scaleExact(exact, mult.exp);
    // 1.2万 is written to the thousand: 12000 ± 500
    tolerance = { n: 5n, e: mult.exp - decimals - 1 };
    i += mult.length;
    form = 'mixed';
  }
  c = text.charCodeAt(i);
  if (c === C_YU || (c === C_DUO && !notApprox(text.charCodeAt(i + 1)))) {
    if (!markers.length) {
      markers = [c === C_YU ? '余' : '多'];
      i++;
    }
  }
  const valueEnd = i;

  let percent: PercentKind | undefined;
  c = text.charCodeAt(i);
  if (c === C_PERCENT || c === C_FULL_PERCENT) {
    percent = 'percent';
    i++;
  } else if (c === C_PERMILLE) {
    percent = 'permille';
    i++;
  }

  let start = at;
  const pre = markerBefore(text, at, PREFIX_MARKERS);
  if (pre) {
    markers = markers === NO_MARKERS ? [pre] : [pre, ...markers];
    start = at - pre.length;
  }
  // 占比2/3, 占10/15: a share written with a slash, only right after 占/占比/比例 (3/29 is a date)
  c = text.charCodeAt(i);
  if (!percent && form === 'arabic' && decimals === 0 && !grouped && (c === C_SLASH || c === C_FULL_SLASH) && SLASH_SHARE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
    const from = i + 1;
    const to = digitRunEnd(text, from);
    const t = text.charCodeAt(to);
    if (to > from && to - from <= 6 && !isDigitCode(t) && t !== C_DOT && t !== C_SLASH && t !== C_FULL_SLASH) {
      const den = BigInt(asciiDigits(text, from, to));
      const num = exact.n;
      if (den > 0n && num <= den) {
        const pct: Exact = { n: (num * 20000n + den) / (2n * den), e: -2 };
        const token = finish(text, start, at, to, pct, 2, 'arabic', false, markers, 'percent', to);
        token.fraction = { num, den };
        return token;
      }
    }
  }
  return finish(text, start, at, valueEnd, exact, decimals, form, grouped, markers, percent, i, tolerance);
}

/** 多元, 多种, 多样 are words: 多 before them is not an approximation marker. */
function notApprox(next: number): boolean {
  return next === C_YUAN || next === C_ZHONG || next === C_YANG;
}

/** What comes right before a slash share: 占比2/3, 占10/15, 比例为1/4. */
const SLASH_SHARE_BEFORE = /(?:占|占比|比例|比重)(?:为|达|约|达到)?$/;

/** 过半, 超过半数, 半数以上: a share of one half, as a bound. */
function readHalf(text: string, at: number): NumberToken | undefined {
  const pre = markerBefore(text, at, HALF_PREFIX);
  let end = at + 1;
  if (text.charCodeAt(end) === C_SHU) end++;
  else if (!pre) return undefined; // 半年, 上半年, 半天: not a share
  const markers = pre ? [pre] : NO_MARKERS;
  const start = at - (pre?.length ?? 0);
  const token = finish(text, start, at, end, { n: 5000n, e: -2 }, 2, 'chinese', false, markers, 'percent', end);
  if (!token.markers.length) return undefined; // 半数 alone: how many is not said
  token.fraction = { num: 1n, den: 2n };
  return token;
}

/** X分之Y after a parsed denominator: 四分之三, 十分之一. */
function readFraction(text: string, start: number, at: number, den: CnParse, markers: string[]): NumberToken | undefined {
  if (den.exact.e !== 0 || den.exact.n <= 0n) return undefined;
  const num = parseChinese(text, den.end + 2, false);
  if (!num || num.exact.e !== 0 || num.exact.n <= 0n) return undefined;
  const pct: Exact = { n: (num.exact.n * 20000n + den.exact.n) / (2n * den.exact.n), e: -2 };
  const token = finish(text, start, at, num.end, pct, 2, 'chinese', false, markers, 'percent', num.end);
  token.fraction = { num: num.exact.n, den: den.exact.n };
  return token;
}

function readChineseAt(text: string, at: number, steps?: { count: number }): NumberToken | undefined {
  const first = text.charCodeAt(at);
  if (first === C_HALF) return readHalf(text, at);
  let i = at;
  let percent: PercentKind | undefined;
  if ((first === C_HUNDRED || first === C_THOUSAND) && text.startsWith('分之', at + 1)) {
    percent = first === C_HUNDRED ? 'percent' : 'permille'; // 百分之, 千分之
    i = at + 3;
  }
  if (i >= text.length) return undefined;
  const c = text.charCodeAt(i);
  const bareUnit = c === C_HUNDRED || c === C_THOUSAND || c === C_WAN;
  if (CN_DIGIT[c] === 0 && c !== C_TEN && !bareUnit) return undefined; // 亿 cannot start a figure
  if (c === C_ZERO || c === C_ZERO_ALT) return undefined;
  // A lone 一 is an idiom far more often than a count (一站式, 一件事, 一把手, 一是); 一半 is a share.
  // Decided here when nothing numeral follows it, before any parsing.
  if (!percent && c === C_ONE && (i + 1 >= text.length || ONE_CONTINUES[text.charCodeAt(i + 1)] !== 1)) return undefined;
  const pre = markerBefore(text, at, bareUnit ? BARE_UNIT_PREFIX : PREFIX_MARKERS);
  // A bare 百/千/万 is a number only after 百分之, after 近/上/逾…, or before 余/多 (百余人)
  let allowBare = percent !== undefined || pre !== undefined;
  if (bareUnit && !allowBare) {
    const next = text.charCodeAt(i + 1);
    if (next === C_YU || next === C_DUO) allowBare = true;
    else if (c !== C_WAN && next === C_WAN && (text.charCodeAt(i + 2) === C_YU || text.charCodeAt(i + 2) === C_DUO)) allowBare = true; // 千万余? rare
  }
  if (bareUnit && !allowBare) return undefined;

  const parsed = parseChinese(text, i, allowBare, steps);
  if (!parsed) return undefined;
  let end = parsed.end;
  if (!percent && text.startsWith('分之', end)) {
    return readFraction(text, pre ? at - pre.length : at, i, parsed, pre ? [pre] : NO_MARKERS);
  }
  // the lone 一 (see above) when a numeral character follows but does not extend it
  if (!percent && end - i === 1 && c === C_ONE) {
    if (text.charCodeAt(end) !== C_HALF || text.startsWith('年', end + 1) || text.startsWith('天', end + 1)) return undefined;
    const token = finish(text, pre ? at - pre.length : at, i, end + 1, { n: 5000n, e: -2 }, 2, 'chinese', false, pre ? [pre] : NO_MARKERS, 'percent', end + 1);
    token.fraction = { num: 1n, den: 2n };
    return token;
  }

  let markers = pre ? [pre] : NO_MARKERS;
  let exact = parsed.exact;
  let decimals = parsed.decimals;
  // 三十余, 二十多, 百余
  const after = text.charCodeAt(end);
  if (after === C_YU || (after === C_DUO && !notApprox(text.charCodeAt(end + 1)))) {
    markers = withMarker(markers, after === C_YU ? '余' : '多');
    end++;
  }
  const valueEnd = end;
  if (!percent) {
    const sign = text.charCodeAt(end);
    if (sign === C_PERCENT || sign === C_FULL_PERCENT) {
      percent = 'percent';
      end++;
    } else if (sign === C_PERMILLE) {
      percent = 'permille';
      end++;
    } else if (sign === C_CHENG && exact.e === 0 && exact.n >= 1n && exact.n <= 10n && end - i === 1 && (end + 1 >= text.length || CHENG_WORD[text.charCodeAt(end + 1)] !== 1)) {
      // 九成 = 90%, 八成以上: a share rounded to tens of percent (decimals −1: 85% ≤ 九成 < 95%)
      percent = 'percent';
      exact = { n: exact.n, e: 1 };
      decimals = -1;
      end++;
    }
  }
  const start = pre ? at - pre.length : at;
  return finish(text, start, i, valueEnd, exact, decimals, 'chinese', false, markers, percent, end);
}
