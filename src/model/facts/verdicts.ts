/**
 * Exact-arithmetic verdicts on numeric facts: does a stated rate fit its counts,
 * how far a total is from the sum of its parts, and whether any whole count could
 * give a stated figure at all. The rules ask; the model decides (no tolerance
 * arithmetic in rules). Everything is rational arithmetic on BigInt: no float
 * ever decides a verdict.
 */
import { exactAdd, exactCompare, exactSub, type Exact } from '../numbers.js';
import type { Rate, RateBasis } from './types.js';

/** A rational number n/d with d > 0. */
interface Q {
  n: bigint;
  d: bigint;
}

const q = (x: Exact): Q => (x.e >= 0 ? { n: x.n * 10n ** BigInt(x.e), d: 1n } : { n: x.n, d: 10n ** BigInt(-x.e) });
const qi = (n: bigint, d = 1n): Q => (d < 0n ? { n: -n, d: -d } : { n, d });
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a: Q, b: Q): Q => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a: Q, b: Q): Q => qi(a.n * b.d, a.d * b.n);
const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
const floorQ = (a: Q): bigint => (a.n >= 0n ? a.n / a.d : -((-a.n + a.d - 1n) / a.d));
const ceilQ = (a: Q): bigint => -floorQ({ n: -a.n, d: a.d });

/** A rational rounded half-up to `decimals` places (decimals may be negative: 九成 is to tens). */
function roundQ(a: Q, decimals: number): Exact {
  const scaled = decimals >= 0 ? { n: a.n * 10n ** BigInt(decimals), d: a.d } : { n: a.n, d: a.d * 10n ** BigInt(-decimals) };
  const neg = scaled.n < 0n;
  const m = neg ? -scaled.n : scaled.n;
  const r = (2n * m + scaled.d) / (2n * scaled.d);
  return { n: neg ? -r : r, e: -decimals };
}

/** A rate as stated, in the units of its scale (percent: 97.4 for 97.4%). */
export interface StatedRate {
  exact: Exact;
  /** Decimals as written; −1 for 九成 (a share to the nearest ten percent). */
  decimals: number;
  /** 100 for percent, 1000 for per mille. */
  scale: number;
  /** 四分之三, 一半: the fraction written. */
  fraction?: { num: bigint; den: bigint };
  /** 80%以上, 过半: the truth lies on this side of the figure. */
  bound?: 'above' | 'below';
  /** Only rounding half-up makes the figure (multiples: 是上年的2倍 is not 2.9 times). */
  roundedOnly?: boolean;
}

export interface RateVerdict {
  /** Some numerator and base within the counts' rounding give the stated figure. */
  fits: boolean;
  /** part/base × scale at the stated precision (fractions and 成 at one decimal). */
  computed: Exact;
  /** Decimals of `computed`. */
  computedDecimals: number;
  /**
   * Set when no whole count can give the stated figure: for this numerator no whole
   * denominator, and for this denominator no whole numerator (bounds to two decimals).
   */
  unreachable?: { denLo: Exact; denHi: Exact; numLo: Exact; numHi: Exact };
}

/** Where part/base must lie for the stated figure (rounded or truncated): [lo, hi) as ratios (not percent); undefined ends are open. */
function interval(s: StatedRate, base: Q): { lo?: Q; hi?: Q } {
  if (s.fraction) {
    const f = qi(s.fraction.num, s.fraction.den);
    if (s.bound === 'above') return { lo: f };
    if (s.bound === 'below') return { hi: f };
    // a fraction in prose is the nearest simple one: the part is within one count of base × f
    const slack = div(qi(1n), base);
    return { lo: add(sub(f, slack), qi(1n, 1000000n)), hi: add(f, slack) };
  }
  const scale = qi(BigInt(s.scale));
  const r = div(q(s.exact), scale);
  const half = div(q({ n: 5n, e: -s.decimals - 1 }), scale);
  const lo = sub(r, half);
  // Reports round half-up (GB/T 8170), but many truncate (151 of which 140: 92.71%); a
  // truncated figure is not an inconsistency, so the range reaches one full unit up
  const hi = s.decimals >= 0 && !s.roundedOnly ? add(r, add(half, half)) : add(r, half);
  if (s.bound === 'above') return { lo };
  if (s.bound === 'below') return { hi };
  return { lo, hi };
}

/**
 * Does a stated rate fit part/base? Rounded counts (1.2万件 = 12000 ± 500) are given
 * their tolerance: a rate is never blamed on the rounding of its counts.
 */
export function rateVerdict(s: StatedRate, part: Exact, partTolerance: Exact, base: Exact, baseTolerance: Exact): RateVerdict {
  const b = q(base);
  const shownDecimals = s.fraction || s.decimals < 0 ? 1 : s.decimals;
  const scale = qi(BigInt(s.scale));
  const computed = b.n > 0n ? roundQ(mul(div(q(part), b), scale), shownDecimals) : { n: 0n, e: 0 };
  const verdict: RateVerdict = { fits: true, computed, computedDecimals: shownDecimals };
  if (b.n <= 0n) return verdict; // nothing to divide by: cannot tell
  const pLo = q(exactSub(part, partTolerance));
  const pHi = q(exactAdd(part, partTolerance));
  const bLo = q(exactSub(base, baseTolerance));
  const bHi = q(exactAdd(base, baseTolerance));
  if (bLo.n <= 0n) return verdict; // the base may be anything small
  const { lo, hi } = interval(s, b);
  // part/base ranges over [min, max]; does that meet [lo, hi)?
  const min = pLo.n >= 0n ? div(pLo, bHi) : div(pLo, bLo);
  const max = pHi.n >= 0n ? div(pHi, bLo) : div(pHi, bHi);
  const belowHi = hi === undefined || cmp(min, hi) < 0;
  const aboveLo = lo === undefined || cmp(max, lo) >= 0;
  verdict.fits = belowHi && aboveLo;
  if (verdict.fits || s.fraction || s.bound || partTolerance.n !== 0n || baseTolerance.n !== 0n || lo === undefined || hi === undefined) return verdict;
  const p = q(part);
  if (p.n <= 0n || lo.n <= 0n) return verdict;
  // a whole denominator for this numerator: part/hi < den ≤ part/lo
  const denLo = div(p, hi);
  const denHi = div(p, lo);
  const denExists = cmp(qi(floorQ(denHi)), denLo) > 0;
  // a whole numerator for this denominator: lo·base ≤ num < hi·base
  const numLo = mul(lo, b);
  const numHi = mul(hi, b);
  const numExists = cmp(qi(ceilQ(numLo)), numHi) < 0;
  if (!denExists && !numExists) {
    verdict.unreachable = { denLo: roundQ(denLo, 2), denHi: roundQ(denHi, 2), numLo: roundQ(numLo, 2), numHi: roundQ(numHi, 2) };
  }
  return verdict;
}

/**
 * A multiple (是上年的1.5倍, 翻了一番) or an increase in 倍 (增长2倍: now = 3 × last year by the
 * standard reading, but often written for 2 ×: either reading fits). Rounding only, and a whole multiple
 * within a tenth of it (2倍: 1.8 to 2.2); the ratio is given to two decimals.
 */
export function timesVerdict(s: StatedRate, increase: boolean, part: Exact, partTolerance: Exact, base: Exact, baseTolerance: Exact): RateVerdict {
  const exactly = { ...s, roundedOnly: true };
  const fits = (k: Exact) => {
    const v = rateVerdict({ ...exactly, exact: k }, part, partTolerance, base, baseTolerance).fits;
    if (!v || s.decimals > 0) return v;
    // a whole multiple (2倍, 翻一番) is not any ratio that rounds to it (1.5 is not 翻一番): within a tenth of it
    const near = (x: Exact, bound: 'above' | 'below') => rateVerdict({ exact: x, decimals: 6, scale: s.scale, bound }, part, partTolerance, base, baseTolerance).fits;
    return near({ n: 9n * k.n, e: k.e - 1 }, 'above') && near({ n: 11n * k.n, e: k.e - 1 }, 'below');
  };
  const shown = rateVerdict({ ...exactly, decimals: 2 }, part, partTolerance, base, baseTolerance);
  return { fits: fits(s.exact) || (increase && fits(exactAdd(s.exact, { n: 1n, e: 0 }))), computed: shown.computed, computedDecimals: 2 };
}

export interface PointsVerdict {
  fits: boolean;
  /** now − before, exactly (in percentage points). */
  computed: Exact;
}

/**
 * 提高2.3个百分点 against the two stated rates (now and before): the difference of two
 * rounded rates may be off by their rounding, and the points by their own.
 */
export function pointsVerdict(points: Exact, pointsDecimals: number, direction: 1 | -1, now: Exact, nowDecimals: number, before: Exact, beforeDecimals: number): PointsVerdict {
  const diff = exactSub(now, before);
  const computed = direction === 1 ? diff : { n: -diff.n, e: diff.e };
  const slack = [pointsDecimals, nowDecimals, beforeDecimals].reduce<Exact>((acc, d) => exactAdd(acc, { n: 5n, e: -d - 1 }), { n: 0n, e: 0 });
  const gap = exactSub(computed, points);
  const abs = gap.n < 0n ? { n: -gap.n, e: gap.e } : gap;
  return { fits: exactCompare(abs, slack) <= 0, computed };
}

export interface TotalVerdict {
  sum: Exact;
  /** sum − total. */
  gap: Exact;
  /** |gap| (for messages). */
  difference: Exact;
  /** 1: the parts exceed the total, −1: they fall short, 0: they agree within the rounding of rounded figures. */
  direction: -1 | 0 | 1;
}

/** The parts against their total; rounded figures (1.2万件) may differ by their tolerances without fault. */
export function totalVerdict(total: { exact: Exact; tolerance: Exact }, parts: readonly { exact: Exact; tolerance: Exact }[]): TotalVerdict {
  const sum = parts.reduce<Exact>((acc, p) => exactAdd(acc, p.exact), { n: 0n, e: 0 });
  const slack = parts.reduce<Exact>((acc, p) => exactAdd(acc, p.tolerance), total.tolerance);
  const gap = exactSub(sum, total.exact);
  const direction = exactCompare(gap, slack) > 0 ? 1 : exactCompare(gap, { n: -slack.n, e: slack.e }) < 0 ? -1 : 0;
  return { sum, gap, difference: gap.n < 0n ? { n: -gap.n, e: gap.e } : gap, direction };
}

/** A rate's scale by its unit (percent: 100). */
const SCALE = { percent: 100, permille: 1000, point: 100, times: 1, each: 1 } as const;

/** A rate as stated, for the verdicts. */
export function statedRate(rate: Rate): StatedRate {
  const s: StatedRate = { exact: rate.exact, decimals: rate.decimals, scale: SCALE[rate.unit] };
  if (rate.fraction) s.fraction = rate.fraction;
  if (rate.bound) s.bound = rate.bound;
  return s;
}

/** Does a rate fit one of its bases (multiples as multiples, everything else as a ratio)? */
export function basisVerdict(rate: Rate, basis: RateBasis): RateVerdict {
  if (rate.unit === 'times') return timesVerdict(statedRate(rate), rate.times === 'increase', basis.part, basis.partTolerance, basis.base, basis.baseTolerance);
  return rateVerdict(statedRate(rate), basis.part, basis.partTolerance, basis.base, basis.baseTolerance);
}

/**
 * Will the rate be reported as inconsistent with its counts: it is exact (or a bound), its counts are exact, and no
 * basis fits. (consistent-rate's test; consistent-total asks it so one fault gives one finding.)
 */
export function rateMisfits(rate: Rate): boolean {
  if (rate.inexact && !rate.bound) return false;
  const usable = rate.bases.filter((b) => !b.numerator.inexact && !b.denominator.inexact);
  return usable.length > 0 && !usable.some((b) => basisVerdict(rate, b).fits);
}
