import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport } from '../../src/model/report.js';
import { parseText } from '../../src/parse/text.js';
import { YEAR_DIGITS_SOURCE, yearValue } from '../../src/model/numerals.js';

/** The year pattern as one global search over the line: what findYears' scan from each 年 must agree with. */
const GLOBAL = new RegExp(`(?<![\\d０-９])(${YEAR_DIGITS_SOURCE})\\s*年(度)?`, 'g');

function reference(line: string): [number, string][] {
  const out: [number, string][] = [];
  for (const m of line.matchAll(GLOBAL)) {
    const y = yearValue(m[1]);
    if (y >= 1900 && y <= 2100) out.push([m.index, m[0]]);
  }
  return out;
}

describe('report.years: the scan from each 年', () => {
  it('finds the mentions a global search finds (runs of digits, numerals, spaces, 年 and 度)', () => {
    const line = fc.string({ unit: fc.constantFrom(...'1290２０二〇○一九年度 \u3000\t是我县'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(line, (l) => {
        const text = `标题\n${l}`;
        const r = buildReport(text, parseText(text), { format: 'text' });
        const got = r.years.filter((y) => y.start >= 3).map((y): [number, string] => [y.start - 3, y.raw]);
        expect(got).toEqual(reference(l));
      }),
      { numRuns: 400, seed: 22 },
    );
  });

  it('reads years next to each other and after 年', () => {
    for (const l of ['2023年2024年度', '2023年年度', '12023年', '２０２３年', '二〇二三 年度', '2021年-2025年', '2023 \u3000年']) {
      const text = `标题\n${l}`;
      const r = buildReport(text, parseText(text), { format: 'text' });
      expect(r.years.map((y): [number, string] => [y.start - 3, y.raw])).toEqual(reference(l));
    }
  });
});
