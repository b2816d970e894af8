/**
 * The number corpus (eval/numbers/cases.ts) scored per phrasing class: a bad case is a true
 * positive when its rule reports it at the severity asked (warn unless the case says info); any
 * warning or error of consistent-rate or consistent-total on an ok or na case is a false positive.
 */
import { lintCase, Scorer, type Suite, type SuiteResult } from '../lib.js';
import { CASES, type RuleId } from './cases.js';

const RULES: readonly RuleId[] = ['consistent-rate', 'consistent-total'];
const RANK = { info: 0, warn: 1, error: 2 } as const;

export async function runNumbers(): Promise<SuiteResult> {
  const scorer = new Scorer();
  for (const c of CASES) {
    const { messages } = await lintCase(c.text, { only: RULES });
    for (const rule of RULES) {
      const mine = messages.filter((m) => m.ruleId === rule);
      const wanted = c.label === 'bad' && c.finding?.rule === rule;
      const floor = RANK[c.finding?.severity ?? 'warn'];
      let got: boolean;
      let detail = '';
      if (wanted) {
        const hit = mine.find((m) => RANK[m.severity as keyof typeof RANK] >= floor && (!c.finding?.messageId || m.messageId === c.finding.messageId));
        got = hit !== undefined;
        if (!got) detail = mine.length ? `got ${mine.map((m) => `${m.messageId}/${m.severity}`).join(', ')}: ${c.text}` : c.text;
      } else {
        // info ("cannot confirm") is allowed on any case; a warning or an error is not
        const loud = mine.filter((m) => m.severity !== 'info');
        got = loud.length > 0;
        if (got) detail = `${loud.map((m) => m.message).join(' | ')} — ${c.text}`;
      }
      scorer.add(rule, c.cls, wanted, got, c.id, detail);
    }
  }
  return scorer.result('numbers', CASES.length);
}

const suite: Suite = { name: 'numbers', run: runNumbers };
export default suite;
