/**
 * The twenty-third independent corpus (eval/independent23/cases/, written by make.py, labels in cases.json): number paragraphs
 * of 2025 reports in sectors earlier testers used least (税务, 医保, 人社, 应急, 生态环境, 自然资源, 城管, 交通, 卫健, 教育,
 * 农业农村, 民政, 调解, 公证/仲裁/法援, 政务公开, 复议, 应诉, 12345, 规范性文件, 普法), clean or with one planted arithmetic
 * fault for consistent-rate or consistent-total. A measurement, not a regression floor (no test pins it).
 *
 * Fragments are read as excerpts of 2025 reports (reportYear 2025) with every rule of fzlint:recommended except those
 * that judge a whole report's structure or dates (a fragment has no title, parts or signature). Cases marked `whole`
 * (w*, x*: a title, an opening and a heading above the figure paragraph, whose figures name other years) are also read
 * by consistent-year, which must stay silent on them. Scored as
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
  /** a mini report (title, opening, heading): consistent-year applies too */
  whole?: boolean;
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
export const FRAGMENT_YEAR = 2025;

function caseDir(): string {
  const rel = path.join('eval', 'independent23', 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', 'independent23', 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', 'independent23', 'cases');
}

export function loadCases(): (Label & { text: string })[] {
  const dir = caseDir();
  return (LABELS as Label[]).map((l) => ({ ...l, text: readFileSync(path.join(dir, l.file), 'utf8') }));
}

export async function runIndependent23(): Promise<SuiteResult> {
  const scorer = new Scorer();
  const fragmentRules = presetRuleIds().filter((r) => !WHOLE_REPORT_RULES.includes(r));
  const cases = loadCases();
  for (const c of cases) {
    const rules = c.whole ? [...fragmentRules, 'consistent-year'] : fragmentRules;
    const fault = c.expect !== 'clean';
    const cls = `${c.whole ? 'whole' : 'fragment'}/${fault ? 'defect' : 'clean'}`;
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
  return scorer.result('independent23', cases.length);
}

const suite: Suite = { name: 'independent23', run: runIndependent23 };
export default suite;
