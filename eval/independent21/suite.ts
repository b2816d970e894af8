/**
 * The twenty-first independent corpus (eval/independent21/cases/, written by make.py, labels in cases.json): fragments and
 * sections of reports dense with figures, on the phrasings of published reports, clean or with one planted arithmetic
 * fault for consistent-rate or consistent-total. A measurement, not a regression floor (no test pins it).
 *
 * Fragments are read as excerpts of 2024 reports (reportYear 2024) with every rule of fzlint:recommended except those
 * that judge a whole report's structure or dates (a fragment has no title, parts or signature). Scored as
 * scoreReportCases does: on a clean case every warn/error is a false positive; on a fault case the expected rule's
 * warn/error is the true positive (else a miss) and any other rule's warn/error a false positive. A second warn/error of
 * the expected rule itself is listed as DUP (not scored). info ("cannot confirm") is allowed everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCase, presetRuleIds, Scorer, type Suite, type SuiteResult } from '../lib.js';
import LABELS from './cases.json';

interface Label {
  id: string;
  file: string;
  src: string;
  why?: string;
  /** a rule id, or 'clean' */
  expect: string;
  fault?: string;
  note?: string;
}

/** Rules that judge a whole report (its parts, title, plan, dates): not applied to fragments. */
export const WHOLE_REPORT_RULES = [
  'require-sections',
  'require-first-responsible-person',
  'require-next-year-plan',
  'require-plan-followup',
  'require-topic-coverage',
  'no-late-publication',
  'consistent-year',
  'consistent-numbering',
];
export const FRAGMENT_YEAR = 2024;

function caseDir(): string {
  const rel = path.join('eval', 'independent21', 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', 'independent21', 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', 'independent21', 'cases');
}

export function loadCases(): (Label & { text: string })[] {
  const dir = caseDir();
  return (LABELS as Label[]).map((l) => ({ ...l, text: readFileSync(path.join(dir, l.file), 'utf8') }));
}

export async function runIndependent21(): Promise<SuiteResult> {
  const scorer = new Scorer();
  const rules = presetRuleIds().filter((r) => !WHOLE_REPORT_RULES.includes(r));
  const cases = loadCases();
  for (const c of cases) {
    const fault = c.expect !== 'clean';
    const cls = fault ? 'fragment/defect' : 'fragment/clean';
    const { messages } = await lintCase(c.text, { format: 'text', only: rules, reportYear: FRAGMENT_YEAR });
    const show = (ms: typeof messages) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
    for (const rule of rules) {
      const loud = messages.filter((m) => m.ruleId === rule && m.severity !== 'info');
      const expected = fault && c.expect === rule;
      const quiet = messages.filter((m) => m.ruleId === rule && m.severity === 'info');
      scorer.add(rule, cls, expected, loud.length > 0, c.id, loud.length ? show(loud) : expected ? `(${c.fault ?? c.why})${quiet.length ? ` — got only: ${show(quiet)}` : ''}` : '');
      if (expected && loud.length > 1) scorer.failures.push(`DUP ${rule} [${cls}] ${c.id}: ${loud.length} findings for one fault — ${show(loud)}`);
    }
    const stray = messages.filter((m) => (!m.ruleId || !rules.includes(m.ruleId)) && m.severity !== 'info');
    if (stray.length) scorer.add('(other)', cls, false, true, c.id, show(stray));
  }
  return scorer.result('independent21', cases.length);
}

const suite: Suite = { name: 'independent21', run: runIndependent21 };
export default suite;
