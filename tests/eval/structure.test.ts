import { describe, expect, it } from 'vitest';
import suite from '../../eval/structure/suite.js';
import { ALL_CASES, CASES } from '../../eval/structure/cases.js';

/**
 * The structure corpus (npm run eval -- structure), pinned: no false "missing part", "no plan",
 * "plan year missing" or duty finding on a valid outline; every part removed is reported; the year is right
 * where the text states it and absent where it does not. A change that makes any row worse fails here.
 */
describe('eval/structure', () => {
  it('holds at least 80 outlines, each with its source noted', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ALL_CASES.map((c) => c.id)).size).toBe(ALL_CASES.length);
    for (const c of CASES) expect(c.models.length).toBeGreaterThan(10);
  });

  it('scores every rule and fact without a wrong verdict', async () => {
    const res = await suite.run();
    expect(res.failures).toEqual([]);
    const row = (rule: string, cls: string) => res.rows.find((r) => r.rule === rule && r.cls === cls)!;
    const count = (f: (c: (typeof ALL_CASES)[number]) => boolean) => ALL_CASES.filter(f).length;
    // deliberately removed and genuinely absent parts, all reported; none invented
    for (const p of [1, 2, 3, 4, 5] as const) {
      expect(row('require-sections', `part ${p}`)).toMatchObject({ tp: count((c) => !c.parts.includes(p) && !(p === 3 && c.dutyInText)), fp: 0, fn: 0 });
    }
    expect(row('require-sections', 'part 3').tp).toBeGreaterThanOrEqual(15);
    expect(row('require-sections', 'reported twice')).toMatchObject({ tp: 0, fp: 0 });
    expect(row('require-next-year-plan', 'missingPlan')).toMatchObject({ tp: count((c) => !c.parts.includes(4)), fp: 0, fn: 0 });
    expect(row('require-next-year-plan', 'noYear')).toMatchObject({ fp: 0, fn: 0 });
    expect(row('require-next-year-plan', 'noYear').tp).toBeGreaterThanOrEqual(6);
    expect(row('require-first-responsible-person', 'only in plan/problems')).toMatchObject({ tp: count((c) => !!c.dutyOnlyInPlan), fp: 0, fn: 0 });
    // the year: right wherever the text states it, absent (never wrong) where it does not
    const years = res.rows.filter((r) => r.rule === 'model:year');
    expect(years.reduce((a, r) => a + r.fp + r.fn, 0)).toBe(0);
    expect(years.reduce((a, r) => a + r.tp, 0)).toBe(count((c) => c.year !== null));
    expect(years.reduce((a, r) => a + r.tn, 0)).toBe(count((c) => c.year === null));
    expect(row('consistent-year', 'consistent reports')).toMatchObject({ fp: 0, tn: ALL_CASES.length });
    expect(row('no-late-publication', 'late')).toMatchObject({ tp: count((c) => !!c.late), fp: 0, fn: 0 });
  }, 60_000);
});
