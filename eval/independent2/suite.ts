/**
 * The second independent corpus (eval/independent2/cases.ts): clean reports only, so it measures
 * precision. A measurement, not a regression floor: no test pins it.
 *
 * For every case and every rule of fzlint:recommended (each with its meta.defaultOptions, as the CLI
 * runs it): a finding at warn or error is a false positive; silence is a true negative; info ("cannot
 * confirm") is allowed. The class is `report/clean`. With no defect cases, TP and FN stay 0: a rule's
 * precision reads 0.0% when it raised any false finding and — when it stayed silent everywhere.
 */
import { lintCase, presetRuleIds, Scorer, type Suite, type SuiteResult } from '../lib.js';
import type { LintMessage } from '../../src/engine/types.js';
import { CASES } from './cases.js';


export async function runIndependent2(): Promise<SuiteResult> {
  const scorer = new Scorer();
  const rules = presetRuleIds();
  const cls = 'report/clean';
  for (const c of CASES) {
    const { messages } = await lintCase(c.text, { format: c.format ?? 'text', only: rules });
    const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
    for (const rule of rules) {
      const loud = messages.filter((m) => m.ruleId === rule && m.severity !== 'info');
      scorer.add(rule, cls, false, loud.length > 0, c.id, loud.length ? show(loud) : '');
    }
    // findings from outside the preset's rules (internal errors, parse faults) are false too
    const stray = messages.filter((m) => (!m.ruleId || !rules.includes(m.ruleId)) && m.severity !== 'info');
    if (stray.length) scorer.add('(other)', cls, false, true, c.id, show(stray));
  }
  return scorer.result('independent2', CASES.length);
}

const suite: Suite = { name: 'independent2', run: runIndependent2 };
export default suite;
