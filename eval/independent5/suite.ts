/**
 * The fifth independent corpus (eval/independent5/cases.ts): 30 clean reports and 6 with one planted fault.
 * A measurement, not a regression floor.
 *
 * For every case and every rule of fzlint:recommended (default options, as the CLI runs it): on a clean case
 * any warn/error finding is a false positive (class report/clean). On a defect case the expected rule must
 * report at warn/error (TP, else FN) and any other rule's warn/error finding is a false positive (class
 * report/defect). info ("cannot confirm") is allowed everywhere.
 */
import { lintCase, presetRuleIds, Scorer, type Suite, type SuiteResult } from '../lib.js';
import type { LintMessage } from '../../src/engine/types.js';
import { CASES } from './cases.js';

export async function runIndependent5(): Promise<SuiteResult> {
  const scorer = new Scorer();
  const rules = presetRuleIds();
  for (const c of CASES) {
    const cls = c.expect ? 'report/defect' : 'report/clean';
    const { messages } = await lintCase(c.text, { format: c.format ?? 'text', only: rules });
    const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
    for (const rule of rules) {
      const loud = messages.filter((m) => m.ruleId === rule && m.severity !== 'info');
      const expected = c.expect === rule;
      scorer.add(rule, cls, expected, loud.length > 0, c.id, loud.length ? show(loud) : expected ? `(${c.fault})` : '');
    }
    const stray = messages.filter((m) => (!m.ruleId || !rules.includes(m.ruleId)) && m.severity !== 'info');
    if (stray.length) scorer.add('(other)', cls, false, true, c.id, show(stray));
  }
  return scorer.result('independent5', CASES.length);
}

const suite: Suite = { name: 'independent5', run: runIndependent5 };
export default suite;
