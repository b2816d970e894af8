import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactCompare,
  exactToString,
  formatRatio,
  rateMatches,
  readNumbers,
  type Exact,
  type NumberToken,
} from '../../src/model/numbers.js';

/** Standard Chinese numerals for 1 ≤ n < 10^12 (the way the test writes them, independent of the reader). */
const CN = '零一二三四五六七八九';
function section(n: number, leading: boolean): string {
  // n in 0..9999; `leading`: first section of the number (十五, not 一十五)
  const d = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ['千', '百', '十', ''];
  let out = '';
  let zero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    if (d[i] === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    if (i === 2 && d[i] === 1 && leading && !started) out += '十';
    else out += CN[d[i]] + units[i];
    started = true;
  }
  return out;
}
function toChinese(n: number): string {
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const one = n % 1e4;
  let out = '';
  if (yi) out += section(yi, true) + '亿';
  if (wan) out += (yi && wan < 1000 ? '零' : '') + section(wan, !yi) + '万';
  else if (yi && one) out += '零';
  if (one) out += (wan && one < 1000 ? '零' : '') + section(one, !yi && !wan);
  return out.replace(/零+/g, '零');
}

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function only(text: string): NumberToken {
  const tokens = readNumbers(text);
  expect(tokens, text).toHaveLength(1);
  return tokens[0];
}

const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => ({ n, e: -d }) as Exact);

describe('number reader: round trips (fast-check)', () => {
  it('Arabic integers and decimals read back exactly, decimals kept as written', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const text = exactToString(x);
        const t = only(text);
        expect(exactCompare(t.exact, x)).toBe(0);
        expect(t.decimals).toBe(-x.e);
        expect([t.start, t.end]).toEqual([0, text.length]);
        expect(t.inexact).toBe(false);
      }),
    );
  });

  it('full-width digits read like half-width ones', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const t = only(FULL(exactToString(x)).replace('.', '．'));
        expect(exactCompare(t.exact, x)).toBe(0);
      }),
    );
  });

  it('thousands separators: 12,345,678 is one grouped number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = n.toLocaleString('en-US');
        const t = only(text);
        expect(t.value).toBe(n);
        expect(t.grouped).toBe(true);
        expect(t.raw).toBe(text);
      }),
    );
  });

  it('Chinese numerals: 二 … 九千九百九十九亿…, standard forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999_999 }), (n) => {
        const text = toChinese(n);
        const t = only(text);
        expect(t.value, text).toBe(n);
        expect(t.form).toBe('chinese');
        expect(t.raw).toBe(text);
      }),
    );
  });

  it('mixed forms: 1.2万, 61.28万, 3.45亿 are exact', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(['万', 4], ['亿', 8]), (x, [mult, exp]) => {
        const text = exactToString(x) + mult;
        const t = only(text);
        expect(exactCompare(t.exact, { n: x.n, e: x.e + exp })).toBe(0);
        expect(t.decimals).toBe(-x.e);
        expect(t.form).toBe('mixed');
      }),
    );
  });

  it('percentages keep their stated precision: 97.4% has 1 decimal, 97.40％ has 2', () => {
    fc.assert(
      fc.property(fc.tuple(fc.bigInt({ min: 0n, max: 100000n }), fc.integer({ min: 0, max: 3 })), fc.constantFrom('%', '％'), ([n, d], sign) => {
        const text = exactToString({ n, e: -d }) + sign;
        const t = only(text);
        expect(t.percent).toBe('percent');
        expect(t.decimals).toBe(d);
        expect(exactCompare(t.exact, { n, e: -d })).toBe(0);
      }),
    );
  });

  it('百分之 + a Chinese numeral is a percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (k) => {
        const text = '百分之' + (k === 100 ? '百' : toChinese(k));
        const t = only(text);
        expect(t.percent).toBe('percent');
        expect(t.value).toBe(k);
      }),
    );
  });

  it('a figure inside running text is found at its offsets', () => {
    const labels = fc.constantFrom('受理案件', '调解成功', '共排查各类矛盾纠纷', '其中:行政许可', '净增长', '成功率达');
    const units = fc.constantFrom('件,', '户。', '项、', '人次', '');
    fc.assert(
      fc.property(labels, fc.integer({ min: 0, max: 10_000_000 }), units, (label, n, unit) => {
        const text = label + String(n) + unit;
        const t = only(text);
        expect(t.value).toBe(n);
        expect(t.start).toBe(label.length);
        expect(text.slice(t.start, t.end)).toBe(String(n));
      }),
    );
  });
});

describe('number reader: robustness (fast-check)', () => {
  const texts = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: fc.constantFrom(...'0123456789０１２３.．,，%％‰万亿余多近约以上左右百分之一二两三十百千零〇成点第～-至共其中件人户'), maxLength: 60 }),
  );

  it('never throws; tokens are ordered, non-overlapping, inside the text, raw = slice', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = readNumbers(text);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.start).toBeLessThan(t.end);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.valueStart).toBeGreaterThanOrEqual(t.start);
          expect(t.valueEnd).toBeLessThanOrEqual(t.end);
          expect(t.raw).toBe(text.slice(t.start, t.end));
          expect(Number.isFinite(t.value)).toBe(true);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('NFKC: "5351,总量" is 5351 then a comma, never a grouped number', () => {
    const t = readNumbers('净增长5351,总量达60409户');
    expect(t.map((x) => [x.value, x.grouped, x.raw])).toEqual([
      [5351, false, '5351'],
      [60409, false, '60409'],
    ]);
    // any first group of four or more digits, or a comma before a non-digit, is not a separator
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.constantFrom('总量', '调解成功', '其中', '户'), (n, word) => {
        const [x] = readNumbers(`${n},${word}`);
        expect(x.value).toBe(n);
        expect(x.grouped).toBe(false);
        expect(x.end).toBe(String(n).length);
      }),
    );
  });

  it('NFKC-normalising a text does not change the figures read from it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9999 }), (a, b) => {
        const original = `受理${FULL(String(a))}件，办结${FULL(String(b))}件，办结率１００％`;
        const norm = original.normalize('NFKC');
        const values = (s: string) => readNumbers(s).map((t) => [t.value, t.percent ?? null, t.grouped]);
        expect(values(norm)).toEqual(values(original));
      }),
    );
  });
});

describe('number reader: forms from the reports', () => {
  const cases: [string, number, Partial<NumberToken>][] = [
    ['一百二十件', 120, { form: 'chinese', inexact: false }],
    ['两万人', 20000, { form: 'chinese' }],
    ['三千零五十', 3050, {}],
    ['十五', 15, {}],
    ['一百二', 120, {}],
    ['1.2万件', 12000, { form: 'mixed', decimals: 1 }],
    ['61.28万件次', 612800, { decimals: 2 }],
    ['3.45亿元', 345_000_000, {}],
    ['97.4%', 97.4, { percent: 'percent', decimals: 1 }],
    ['97.4％', 97.4, { percent: 'percent', decimals: 1 }],
    ['百分之九十五', 95, { percent: 'percent', decimals: 0 }],
    ['百分之百', 100, { percent: 'percent' }],
    ['九成', 90, { percent: 'percent' }],
    ['5‰', 5, { percent: 'permille' }],
    ['千分之五', 5, { percent: 'permille' }],
    ['百分之九十五点五', 95.5, { percent: 'percent', decimals: 1 }],
    ['5万余份', 50000, { inexact: true, markers: ['余'] }],
    ['87.5余万人次', 875000, { inexact: true, markers: ['余'] }],
    ['1850余场次', 1850, { inexact: true }],
    ['15万余人次', 150000, { inexact: true }],
    ['近万人', 10000, { inexact: true, markers: ['近'] }],
    ['3000多人', 3000, { inexact: true, markers: ['多'] }],
    ['约95%', 95, { inexact: true, markers: ['约'] }],
    ['80%以上', 80, { inexact: true, markers: ['以上'] }],
    ['超过100人', 100, { inexact: true, markers: ['超过'] }],
    ['不少于1次', 1, { inexact: true, markers: ['不少于'] }],
    ['八成以上', 80, { percent: 'percent', inexact: true }],
    ['百余人', 100, { inexact: true }],
  ];
  for (const [text, value, props] of cases) {
    it(`${text} → ${value}`, () => {
      const t = readNumbers(text)[0];
      expect(t.value).toBe(value);
      expect(t).toMatchObject(props);
    });
  }

  it('ranges make both ends inexact: 80%～90%, 2万—5万', () => {
    for (const text of ['80%～90%', '2万—5万', '3至5件']) {
      const t = readNumbers(text);
      expect(t).toHaveLength(2);
      expect(t.every((x) => x.range && x.inexact)).toBe(true);
    }
  });

  it('words that are not counts: 一是, 一站式, 千方百计, 万人受援率, 第一, 八五 read digit by digit', () => {
    expect(readNumbers('一是完善制度,一站式服务,千方百计')).toEqual([]);
    expect(readNumbers('万人受援率30.54%').map((t) => t.raw)).toEqual(['30.54%']);
    expect(readNumbers('第三批').map((t) => t.ordinal)).toEqual([true]);
    expect(readNumbers('“八五”普法').map((t) => t.value)).toEqual([8, 5]);
    expect(readNumbers('5G网络和ISO9001认证')).toEqual([]);
  });
});

describe('exact rate arithmetic (GB/T 8170 half-up)', () => {
  const pct = (s: string): Exact => readNumbers(s)[0].exact;
  const n = (v: number): Exact => ({ n: BigInt(v), e: 0 });

  it('the seed figures', () => {
    expect(rateMatches(pct('100%'), 0, n(5726), n(5726))).toBe(true);
    expect(rateMatches(pct('97.4%'), 1, n(710), n(729))).toBe(true);
    expect(formatRatio(n(710), n(729), 2)).toBe('97.39');
    expect(rateMatches(pct('91.61%'), 2, n(1051), n(1148))).toBe(false);
    expect(formatRatio(n(1051), n(1148), 2)).toBe('91.55');
    expect(formatRatio(n(383), n(523), 2)).toBe('73.23');
    expect(rateMatches(pct('9.72%'), 2, n(5351), n(60409 - 5351))).toBe(true);
  });

  it('half-up at the boundary: 1/8 = 12.5% → 13% at 0 decimals, 12.5% at 1', () => {
    expect(formatRatio(n(1), n(8), 0)).toBe('13');
    expect(rateMatches(pct('13%'), 0, n(1), n(8))).toBe(true);
    expect(rateMatches(pct('12%'), 0, n(1), n(8))).toBe(false);
    expect(rateMatches(pct('12.5%'), 1, n(1), n(8))).toBe(true);
  });

  it('rounded counts carry a tolerance: 1.2万 is 12000 ± 500, 61.28万 is ±50, 5726 is exact', () => {
    const tol = (s: string) => exactToString(readNumbers(s)[0].tolerance);
    expect([tol('1.2万件'), tol('61.28万件次'), tol('3.45亿元'), tol('5726件'), tol('一百二十件')]).toEqual(['500', '50', '500000', '0', '0']);
    // 1.19万/1.2万 = 99.17%, but the true counts may be 11949/11550: 99.4% cannot be ruled out
    const a = readNumbers('1.19万')[0];
    const b = readNumbers('1.2万')[0];
    expect(rateMatches(pct('99.4%'), 1, a.exact, b.exact)).toBe(false);
    expect(rateMatches(pct('99.4%'), 1, a.exact, b.exact, 100, a.tolerance, b.tolerance)).toBe(true);
    // …but no rounding makes 1.19万 of 1.2万 into 90%
    expect(rateMatches(pct('90%'), 0, a.exact, b.exact, 100, a.tolerance, b.tolerance)).toBe(false);
  });

  it('with zero tolerances the interval check is the exact check (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 2 }), (a, b, d) => {
        const stated = readNumbers(formatRatio(n(a), n(b), d) + '%')[0].exact;
        const zero = { n: 0n, e: 0 };
        expect(rateMatches(stated, d, n(a), n(b), 100, zero, zero)).toBe(true);
        // a tolerance only ever widens what is accepted
        expect(rateMatches(stated, d, n(a), n(b), 100, { n: 5n, e: 0 }, { n: 5n, e: 0 })).toBe(true);
      }),
    );
  });

  it('agrees with a float computation away from rounding boundaries (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 3 }), (a, b, d) => {
        const f = ((a / b) * 100 * 10 ** d) % 1;
        fc.pre(Math.abs(f - 0.5) > 1e-6);
        const expected = (Math.round((a / b) * 100 * 10 ** d) / 10 ** d).toFixed(d);
        expect(formatRatio(n(a), n(b), d)).toBe(expected);
        expect(rateMatches(readNumbers(expected + '%')[0].exact, d, n(a), n(b))).toBe(true);
      }),
    );
  });
});
