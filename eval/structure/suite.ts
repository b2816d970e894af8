/**
 * The structure corpus (eval/structure/cases.ts) scored: the five parts (require-sections and the model),
 * the plan and its year (require-next-year-plan), 第一责任人 (require-first-responsible-person), the report
 * year (the model), deadlines (no-late-publication) and that consistent-year stays silent on consistent
 * reports. See eval/README.md.
 */
import { lintCase, Scorer, type Suite, type SuiteResult } from '../lib.js';
import { structureSummary } from '../../src/model/structure-summary.js';
import type { PartNumber } from '../../src/model/parts.js';
import { ALL_CASES, type StructureCase } from './cases.js';

const RULES = ['require-sections', 'require-first-responsible-person', 'require-next-year-plan', 'consistent-year', 'no-late-publication'];

type PlanVerdict = 'silent' | 'noYear' | 'wrongYear' | 'missingPlan';

function expectedPlan(c: StructureCase): PlanVerdict {
  if (c.plan) return c.plan;
  if (!c.parts.includes(4)) return 'missingPlan';
  if (c.year === null) return 'silent';
  if (c.planYear === c.year + 1) return 'silent';
  return c.planYear === null ? 'noYear' : 'wrongYear';
}

export async function scoreCases(cases: readonly StructureCase[]): Promise<SuiteResult> {
  const sc = new Scorer();
  for (const c of cases) {
    const { report, messages } = await lintCase(c.text, { filePath: `${c.id}.${c.format === 'markdown' ? 'md' : 'txt'}`, format: c.format ?? 'text', only: RULES });
    const by = (id: string) => messages.filter((m) => m.ruleId === id);
    const summary = structureSummary(report);

    // the five parts: a missing-part finding exactly when the part is absent; never twice
    const missing = by('require-sections').filter((m) => m.messageId === 'missingPart').map((m) => Number(m.data.part));
    // a report without a plan: require-next-year-plan tells it (its missingPlan covers require-sections' part 4)
    const planMissing = by('require-next-year-plan').some((m) => m.messageId === 'missingPlan' || m.messageId === 'missingPlanUnknownYear');
    const found = new Set(summary.parts.map((p) => p.part));
    for (const p of [1, 2, 3, 4, 5] as PartNumber[]) {
      // a duty told only in a sentence is not a missing part (require-sections gives it at info, dutyInText)
      const absent = !c.parts.includes(p) && !(p === 3 && c.dutyInText);
      const reported = missing.includes(p) || (p === 4 && planMissing);
      sc.add('require-sections', `part ${p}`, absent, reported, c.id, `[${c.layout}] expected ${absent ? 'missing' : 'present'}`);
      const inReport = c.parts.includes(p);
      sc.add('model:parts', `part ${p}`, inReport, found.has(p), c.id, `[${c.layout}] ${inReport ? 'in the report' : 'not in the report'}; found ${[...found].sort().join(',')}`);
    }
    sc.add('require-sections', 'reported twice', false, new Set(missing).size !== missing.length || (planMissing && missing.includes(4)), c.id);
    const told = by('require-sections').some((m) => m.messageId === 'dutyInText');
    sc.add('require-sections', 'part 3 told in text (info)', !!c.dutyInText, told, c.id, `[${c.layout}]`);

    // the plan and its year
    const plan = by('require-next-year-plan')[0];
    const got: PlanVerdict = plan ? (plan.messageId === 'missingPlanUnknownYear' ? 'missingPlan' : (plan.messageId as PlanVerdict)) : 'silent';
    const want = expectedPlan(c);
    for (const k of ['missingPlan', 'noYear', 'wrongYear'] as const) sc.add('require-next-year-plan', k, want === k, got === k, c.id, `[${c.layout}] expected ${want}, got ${got}`);

    // 第一责任人: only what require-sections cannot say
    sc.add('require-first-responsible-person', 'only in plan/problems', !!c.dutyOnlyInPlan, by('require-first-responsible-person').length > 0, c.id, `[${c.layout}]`);

    // the report year: right where the text states it, absent where it does not
    const y = summary.year;
    if (c.year === null) sc.add('model:year', c.layout, false, y !== null, c.id, `expected none, got ${y} (${summary.yearFrom})`);
    else if (y === c.year) sc.add('model:year', c.layout, true, true, c.id);
    else if (y === null) sc.add('model:year', c.layout, true, false, c.id, `expected ${c.year}, got none`);
    else {
      sc.add('model:year', c.layout, false, true, c.id, `expected ${c.year}, got ${y} (${summary.yearFrom}): wrong year`);
      sc.add('model:year', c.layout, true, false, c.id, `expected ${c.year}`);
    }
    // the plan year the model reads (where the plan has one)
    if (c.parts.includes(4)) {
      const py = summary.planYear;
      if (c.planYear === null) sc.add('model:planYear', 'plan', false, py !== null && !(c.plan === 'silent'), c.id, `expected none, got ${py}`);
      else if (py === c.planYear) sc.add('model:planYear', 'plan', true, true, c.id);
      else {
        if (py !== null) sc.add('model:planYear', 'plan', false, true, c.id, `expected ${c.planYear}, got ${py}: wrong`);
        sc.add('model:planYear', 'plan', true, false, c.id, `expected ${c.planYear}, got ${py}`);
      }
    }

    // deadlines run once the year is known; consistent reports stay silent under consistent-year
    sc.add('no-late-publication', 'late', !!c.late, by('no-late-publication').length > 0, c.id);
    const cy = by('consistent-year').filter((m) => m.severity !== 'info');
    sc.add('consistent-year', 'consistent reports', false, cy.length > 0, c.id, cy.map((m) => m.reason).join(' | '));
  }
  return sc.result('structure', cases.length);
}

const suite: Suite = {
  name: 'structure',
  run: () => scoreCases(ALL_CASES),
};
export default suite;
