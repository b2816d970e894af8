/**
 * The third independent corpus (eval/independent3/cases.ts), scored per rule and class. A measurement,
 * not a regression floor: no test pins it.
 *
 * Every case is a whole report, linted with every rule of fzlint:recommended at its meta.defaultOptions
 * (as the CLI runs it). For every case and rule:
 *   - defect case, the rule named in `expect`: a true positive when the rule reports at or above the
 *     asked severity (default warn), else a miss (FN);
 *   - any other (case, rule): a warn or error finding is a false positive (on a clean case, or a second
 *     rule reporting the one planted fault); info ("cannot confirm") is allowed everywhere;
 *   - rules in a case's `tolerate` list are not scored on that case.
 * Classes: report/clean, report/defect. A second warn/error finding of the expected rule itself is listed
 * as DUP (not scored). Findings from outside the preset's rules (internal errors) are scored as `(other)`.
 */
import { lintCase, presetRuleIds, Scorer, type Suite, type SuiteResult } from '../lib.js';
import type { LintMessage } from '../../src/engine/types.js';
import { CASES } from './cases.js';

const RANK = { info: 0, warn: 1, error: 2 } as const;
type Sev = keyof typeof RANK;

export async function runIndependent3(): Promise<SuiteResult> {
  const scorer = new Scorer();
  const rules = presetRuleIds();
  const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
  for (const c of CASES) {
    const { messages } = await lintCase(c.text, { format: c.format ?? 'text', only: rules });
    const cls = `report/${c.label}`;
    for (const rule of rules) {
      if (c.tolerate?.includes(rule)) continue;
      const mine = messages.filter((m) => m.ruleId === rule);
      const loud = mine.filter((m) => m.severity !== 'info');
      const wanted = c.label === 'defect' && c.expect?.rule === rule;
      if (wanted) {
        const floor = RANK[c.expect?.severity ?? 'warn'];
        const got = mine.some((m) => RANK[m.severity as Sev] >= floor);
        scorer.add(rule, cls, true, got, c.id, got ? '' : `${c.note ?? ''}${mine.length ? ` — got only: ${show(mine)}` : ''}`);
        if (loud.length > 1) scorer.failures.push(`DUP ${rule} [${cls}] ${c.id}: ${loud.length} findings for one fault — ${show(loud)}`);
      } else {
        scorer.add(rule, cls, false, loud.length > 0, c.id, loud.length ? show(loud) : '');
      }
    }
    const stray = messages.filter((m) => (!m.ruleId || !rules.includes(m.ruleId)) && m.severity !== 'info');
    if (stray.length) scorer.add('(other)', cls, false, true, c.id, show(stray));
  }
  return scorer.result('independent3', CASES.length);
}

const suite: Suite = { name: 'independent3', run: runIndependent3 };
export default suite;
