/**
 * The independent corpus (eval/independent/cases.ts), scored per rule and class. A measurement, not a
 * regression floor: no test pins it.
 *
 * For every case and every rule in its scope:
 *   - defect case, the rule named in `expect`: a true positive when the rule reports at or above the
 *     asked severity, else a miss (FN);
 *   - any other (case, rule): a finding at warn or error is a false positive (on a clean case, or a second
 *     finding for the one planted fault); info ("cannot confirm") is allowed everywhere;
 *   - rules in the case's `tolerate` list are not scored on that case.
 * The class is `<scope>/<label>` (report/clean, report/defect, fragment/clean, fragment/defect).
 * A second warn/error finding of the expected rule itself is listed among the failures as DUP (not scored).
 */
import { lintCase, presetRuleIds, Scorer, type Suite, type SuiteResult } from '../lib.js';
import { CASES, FRAGMENT_RULES, FRAGMENT_YEAR } from './cases.js';

const RANK = { info: 0, warn: 1, error: 2 } as const;
type Sev = keyof typeof RANK;

export async function runIndependent(): Promise<SuiteResult> {
  const scorer = new Scorer();
  const reportRules = presetRuleIds();
  for (const c of CASES) {
    const scope = c.scope === 'report' ? reportRules : [...FRAGMENT_RULES];
    const { messages } = await lintCase(c.text, { format: c.format ?? 'text', only: scope, reportYear: c.scope === 'fragment' ? FRAGMENT_YEAR : undefined });
    const cls = `${c.scope}/${c.label}`;
    for (const rule of scope) {
      if (c.tolerate?.includes(rule)) continue;
      const mine = messages.filter((m) => m.ruleId === rule);
      const loud = mine.filter((m) => m.severity !== 'info');
      const show = (ms: typeof mine) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
      const wanted = c.label === 'defect' && c.expect?.rule === rule;
      if (wanted) {
        const floor = RANK[c.expect?.severity ?? 'warn'];
        const hits = mine.filter((m) => RANK[m.severity as Sev] >= floor);
        const got = hits.length > 0;
        scorer.add(rule, cls, true, got, c.id, got ? '' : `${c.note}${mine.length ? ` — got only: ${show(mine)}` : ''}`);
        if (loud.length > 1) scorer.failures.push(`DUP ${rule} [${cls}] ${c.id}: ${loud.length} findings for one fault — ${show(loud)}`);
      } else {
        scorer.add(rule, cls, false, loud.length > 0, c.id, loud.length ? show(loud) : '');
      }
    }
  }
  return scorer.result('independent', CASES.length);
}

const suite: Suite = { name: 'independent', run: runIndependent };
export default suite;
