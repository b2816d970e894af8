/**
 * Property tests (pinned seed) for the number forms reports type: full-width digits and
 * ．％ (offsets kept), fractions (四分之三), 成, bounds, Chinese-numeral and web-metadata dates,
 * and the exact verdicts built on them. No input, however odd, makes a reader throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';
import { normalizeDigits, readNumbers } from '../../src/model/numbers.js';
import { cnMonthDayToInt, cnYearToInt, foldYearDigits, readCnDate, yearValue } from '../../src/model/numerals.js';
import { parseDate } from '../../src/model/furniture.js';
import { rateVerdict, totalVerdict } from '../../src/model/facts.js';

const SEED = 20251206;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('.', '．').replace('%', '％');
const CN = '零一二三四五六七八九';
/** 1–9999 as written in prose (十五, 一百零五, 三千零五十). */
function cn(n: number): string {
  const d = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ['千', '百', '十', ''];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    if (d[i] === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += i === 2 && d[i] === 1 && !out ? '十' : CN[d[i]] + units[i];
  }
  return out;
}
const cnYear = (y: number, zero = '〇') => [...String(y)].map((c) => (c === '0' ? zero : CN[Number(c)])).join('');
const exact = (n: number) => ({ n: BigInt(n), e: 0 });
const ZERO = { n: 0n, e: 0 };

describe('digits as typed: one normalisation, offsets kept (fast-check, pinned seed)', () => {
  it('normalizeDigits keeps the length and every non-digit position; full-width digits, ．and ％ become ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789０１２３４５６７８９．％，－／：件率受理%.,-/: 一二'), maxLength: 60 }), (s) => {
        const t = normalizeDigits(s);
        expect(t.length).toBe(s.length);
        expect(normalizeDigits(t)).toBe(t);
        for (let i = 0; i < s.length; i++) {
          const c = s[i];
          if (c >= '０' && c <= '９') expect(t[i]).toBe(String(c.charCodeAt(0) - 0xff10));
          else if (c === '．') expect(t[i]).toBe('.');
          else if (c === '％') expect(t[i]).toBe('%');
          else expect(t[i]).toBe(c); // ，is a clause break in prose: kept unless asked
        }
        expect(normalizeDigits(s, true).length).toBe(s.length);
      }),
      runs(200),
    );
  });

  it('a rate typed in full-width digits is read and judged like the same rate in ASCII', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 2 }), async (b, a0, d) => {
        const a = Math.min(a0, b);
        const pct = ((a / b) * 100).toFixed(d) + '%';
        const ascii = `受理案件${b}件，办结${a}件，办结率${pct}。`;
        const full = FULL(`受理案件${b}件，办结${a}件，办结率`) + FULL(pct) + '。';
        const [ra, rf] = [await prepare(ascii, 'text'), await prepare(full, 'text')];
        const view = (r: typeof ra) => r.facts.rates.map((x) => [x.value, x.decimals, x.bases.map((y) => y.expression)]);
        expect(view(rf)).toEqual(view(ra));
        for (const q of rf.facts.quantities) expect(full.slice(q.start, q.end)).toBe(q.raw);
        expect(rf.facts.rates[0].raw).toBe(FULL(pct));
      }),
      runs(40),
    );
  });
});

describe('fractions, 成 and bounds', () => {
  it('X分之Y reads back as the fraction written, for any 1 ≤ Y ≤ X < 1000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.integer({ min: 1, max: 999 }), (den, n0) => {
        const num = Math.min(n0, den);
        const [t] = readNumbers(`占${cn(den)}分之${cn(num)}`);
        expect(t.fraction).toEqual({ num: BigInt(num), den: BigInt(den) });
        expect(t.percent).toBe('percent');
        expect(t.raw).toBe(`${cn(den)}分之${cn(num)}`);
      }),
      runs(200),
    );
  });

  it('M/N is a share only right after 占/占比/比例 (3/29 stays a date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), fc.constantFrom('占', '占比', '比例为', '约占'), (a, b0, lead) => {
        const b = Math.max(a, b0);
        const [t] = readNumbers(`${lead}${a}/${b}`);
        expect(t.fraction).toEqual({ num: BigInt(a), den: BigInt(b) });
        expect(readNumbers(`发布于${a}/${b}`).some((x) => x.fraction)).toBe(false);
      }),
      runs(100),
    );
  });

  it('k成 is a share to the nearest ten percent: 85% ≤ 九成 < 95% (一成 is left alone: 一成不变)', () => {
    expect(readNumbers('一成不变')).toEqual([]);
    for (let k = 2; k <= 9; k++) {
      const [t] = readNumbers(`占${CN[k]}成`);
      expect([t.exact, t.decimals]).toEqual([{ n: BigInt(k), e: 1 }, -1]);
      const s = { exact: t.exact, decimals: t.decimals, scale: 100 };
      expect(rateVerdict(s, exact(10 * k - 5), ZERO, exact(100), ZERO).fits).toBe(true);
      expect(rateVerdict(s, exact(10 * k + 4), ZERO, exact(100), ZERO).fits).toBe(true);
      expect(rateVerdict(s, exact(10 * k + 5), ZERO, exact(100), ZERO).fits).toBe(false);
      expect(rateVerdict(s, exact(10 * k - 6), ZERO, exact(100), ZERO).fits).toBe(false);
    }
  });

  it('a fraction fits exactly when the part is within one count of base × fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (q, p0, base, part0) => {
        const p = Math.min(p0, q - 1);
        const part = Math.min(part0, base);
        const v = rateVerdict({ exact: { n: 0n, e: 0 }, decimals: 2, scale: 100, fraction: { num: BigInt(p), den: BigInt(q) } }, exact(part), ZERO, exact(base), ZERO);
        expect(v.fits).toBe(Math.abs(part * q - base * p) < q);
      }),
      runs(300),
    );
  });

  it('bounds: 95%以上 fits any ratio from 94.5% up, 不足5% any below 5.5%', () => {
    const [above] = readNumbers('95%以上');
    const [below] = readNumbers('不足5%');
    expect([above.bound, below.bound]).toEqual(['above', 'below']);
    const s = (t: typeof above) => ({ exact: t.exact, decimals: t.decimals, scale: 100, bound: t.bound });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (a) => {
        expect(rateVerdict(s(above), exact(a), ZERO, exact(1000), ZERO).fits).toBe(a >= 945);
        expect(rateVerdict(s(below), exact(a), ZERO, exact(1000), ZERO).fits).toBe(a < 60); // 5% to one more unit: truncation allowed
      }),
      runs(200),
    );
  });
});

describe('exact verdicts', () => {
  it('a stated rate, rounded half-up or truncated, fits its counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30000 }), fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 3 }), (b, a0, d) => {
        const a = Math.min(a0, b);
        const scaled = (a * 100 * 10 ** d) / b;
        for (const shown of [Math.round(scaled), Math.floor(scaled)]) {
          const v = rateVerdict({ exact: { n: BigInt(shown), e: -d }, decimals: d, scale: 100 }, exact(a), ZERO, exact(b), ZERO);
          expect(v.fits).toBe(true);
        }
      }),
      runs(300),
    );
  });

  it('unreachable means no whole count gives the rate: a brute search agrees', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 9999 }), (b, a0, r) => {
        const a = Math.min(a0, b);
        // any stated rate: when the verdict says no whole base or part gives it, a brute search agrees
        const stated = { exact: { n: BigInt(r), e: -2 }, decimals: 2, scale: 100 };
        const v = rateVerdict(stated, exact(a), ZERO, exact(b), ZERO);
        if (v.unreachable) {
          const fitsWith = (x: number, y: number) => rateVerdict(stated, exact(x), ZERO, exact(y), ZERO).fits;
          for (let y = 1; y <= 4 * b + 10; y++) expect(fitsWith(a, y)).toBe(false);
          for (let x = 0; x <= b; x++) expect(fitsWith(x, b)).toBe(false);
        }
      }),
      runs(100),
    );
  });

  it('totals: the gap is the sum of the parts less the total, within the rounding of rounded figures', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 80000 }), (parts, total) => {
        const v = totalVerdict({ exact: exact(total), tolerance: ZERO }, parts.map((p) => ({ exact: exact(p), tolerance: ZERO })));
        const sum = parts.reduce((s, p) => s + p, 0);
        expect(v.sum).toEqual(exact(sum));
        expect(v.direction).toBe(Math.sign(sum - total));
        expect(Number(v.difference.n)).toBe(Math.abs(sum - total));
      }),
      runs(200),
    );
  });
});

describe('dates as typed (fast-check, pinned seed)', () => {
  const date = fc.record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

  it('Chinese-numeral dates round-trip, with 〇, ○ or 零 for zero', () => {
    fc.assert(
      fc.property(date, fc.constantFrom('〇', '○', '零'), ({ y, m, d }, zero) => {
        const s = `${cnYear(y, zero)}年${cn(m)}月${cn(d)}日`;
        expect(readCnDate(`成文于${s}`)).toEqual({ year: y, month: m, day: d, index: 3, length: s.length });
        expect(parseDate(s)?.date).toEqual({ year: y, month: m, day: d });
        expect(cnYearToInt(cnYear(y, zero))).toBe(y);
        expect([cnMonthDayToInt(cn(m)), cnMonthDayToInt(cn(d))]).toEqual([m, d]);
        // the year reader's path (model/years.ts): the value, and the folded text with offsets kept
        expect(yearValue(cnYear(y, zero))).toBe(y);
        expect(foldYearDigits(`${cnYear(y, zero)}年度报告`)).toBe(`${y}年度报告`);
      }),
      runs(200),
    );
  });

  it('web metadata forms and full-width digits round-trip, raw as written and offsets kept', () => {
    fc.assert(
      fc.property(date, fc.constantFrom('-', '/', '.'), fc.boolean(), fc.boolean(), fc.boolean(), ({ y, m, d }, sep, pad, full, withTime) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        let s = `${y}${sep}${p(m)}${sep}${p(d)}`;
        if (full) s = s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c))).replace(/-/g, '－').replace(/\//g, '／');
        const line = `更新时间:${s}${withTime ? ' 11:30:01' : ''}`;
        const got = parseDate(line);
        expect(got?.date).toEqual({ year: y, month: m, day: d });
        expect(got?.raw).toBe(s);
        expect(line.slice(got!.index, got!.index + got!.raw.length)).toBe(s);
      }),
      runs(200),
    );
  });

  it('invalid calendar dates are refused (2023-2-29, 二〇二四年十三月一日)', () => {
    expect(parseDate('2023-2-29')).toBeUndefined();
    expect(parseDate('二〇二四年十三月一日')).toBeUndefined();
    expect(parseDate('2024-3/29')).toBeUndefined(); // mixed separators are not a date
  });
});

describe('no crash on arbitrary Unicode (fast-check, pinned seed)', () => {
  const forms = [...'0123456789０１２３４５６７８９．％%.,，、；。分之半成过以上不足约件人万元率占比其中共计较上年增长下降个百分点〇○年月日-/: （）()'];
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: fc.constantFrom(...forms), maxLength: 120 }));

  it('the number reader, the date readers and the normalisation never throw; tokens lie inside the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const t of readNumbers(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(t.start, t.end)).toBe(t.raw);
        }
        expect(normalizeDigits(s).length).toBe(s.length);
        const d = parseDate(s);
        if (d) expect(s.slice(d.index, d.index + d.raw.length)).toBe(d.raw);
        readCnDate(s);
        expect(foldYearDigits(s).length).toBe(s.length);
      }),
      runs(300),
    );
  });

  it('fact extraction and the verdicts never throw; every span lies inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const r = await prepare(s, 'text');
        const { quantities, rates, totals } = r.facts;
        for (const x of [...quantities, ...rates, ...totals]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(s.length);
        }
        for (const rate of rates) for (const b of rate.bases) rateVerdict({ exact: rate.exact, decimals: rate.decimals, scale: 100, ...(rate.fraction ? { fraction: rate.fraction } : {}) }, b.part, b.partTolerance, b.base, b.baseTolerance);
        for (const t of totals) totalVerdict(t.total, t.parts);
      }),
      runs(150),
    );
  });
});
