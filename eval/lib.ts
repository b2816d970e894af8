/**
 * Shared pieces of the development corpora (npm run eval): lint one case with
 * the built-in rules at the recommended preset, and score findings against
 * hand labels as true/false positives and misses, per rule and per class.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/engine/lint.js';
import type { ConfiguredRule } from '../src/engine/run.js';
import type { LintMessage, Severity } from '../src/engine/types.js';
import type { Report } from '../src/model/report.js';
import type { Format } from '../src/parse/index.js';
import { presetRules, type PresetName } from '../src/config/presets.js';
import { builtinRules } from '../src/rules.js';
import { resourcesFor } from '../src/linter/resources.js';
import { displayWidth as width } from '../src/format/width.js';

/** The ids of the rules a preset turns on, sorted. */
export function presetRuleIds(preset: PresetName = 'fzlint:recommended'): string[] {
  return Object.entries(presetRules(preset, builtinRules))
    .filter(([, level]) => level !== 'off')
    .map(([id]) => id)
    .sort();
}

export interface LintCaseOptions {
  format?: Format;
  filePath?: string;
  reportYear?: number;
  preset?: PresetName;
  /** Restrict to these rule ids (default: every rule of the preset). */
  only?: readonly string[];
}

export async function lintCase(text: string, options: LintCaseOptions = {}): Promise<{ report: Report; messages: LintMessage[] }> {
  const levels = presetRules(options.preset ?? 'fzlint:recommended', builtinRules);
  const rules: [string, ConfiguredRule][] = [];
  for (const [id, level] of Object.entries(levels)) {
    if (level === 'off') continue;
    if (options.only && !options.only.includes(id)) continue;
    rules.push([id, { rule: builtinRules[id]!, setting: { severity: level as Severity, options: { ...(builtinRules[id]!.meta.defaultOptions as Record<string, unknown> | undefined) } } }]);
  }
  return lintText(text, { format: options.format ?? 'text', filePath: options.filePath, rules, reportYear: options.reportYear, resources: resourcesFor(rules.map(([, r]) => r)) });
}

/** One scored row: a rule (or a model fact such as part 3) within a class of cases. */
export interface Row {
  rule: string;
  cls: string;
  tp: number;
  fp: number;
  fn: number;
  /** Cases correctly left silent (true negatives), for the reader's sense of coverage. */
  tn: number;
}

export interface SuiteResult {
  name: string;
  /** How many cases the suite holds. */
  cases: number;
  rows: Row[];
  /** One line per wrong verdict: case id, what was expected, what came. */
  failures: string[];
}

export interface Suite {
  name: string;
  run(): Promise<SuiteResult>;
}

/** Accumulates outcomes into rows keyed by rule and class. */
export class Scorer {
  private readonly rows = new Map<string, Row>();
  readonly failures: string[] = [];

  private row(rule: string, cls: string): Row {
    const key = `${rule}\u0000${cls}`;
    let r = this.rows.get(key);
    if (!r) this.rows.set(key, (r = { rule, cls, tp: 0, fp: 0, fn: 0, tn: 0 }));
    return r;
  }

  /** expected: the label says the rule must fire; got: it fired. */
  add(rule: string, cls: string, expected: boolean, got: boolean, caseId: string, detail = ''): void {
    const r = this.row(rule, cls);
    if (expected && got) r.tp++;
    else if (!expected && got) {
      r.fp++;
      this.failures.push(`FP ${rule} [${cls}] ${caseId}${detail ? `: ${detail}` : ''}`);
    } else if (expected && !got) {
      r.fn++;
      this.failures.push(`FN ${rule} [${cls}] ${caseId}${detail ? `: ${detail}` : ''}`);
    } else r.tn++;
  }

  result(name: string, cases: number): SuiteResult {
    const rows = [...this.rows.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.cls.localeCompare(b.cls));
    return { name, cases, rows, failures: this.failures };
  }
}

/**
 * eval/<suite>/cases inside the repository: found upward from this module (bundled with its suite into
 * node_modules/.cache by npm run eval) or from the working directory.
 */
export function casesDir(suite: string): string {
  const rel = path.join('eval', suite, 'cases.json');
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, 'eval', suite, 'cases');
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(process.cwd(), 'eval', suite, 'cases');
}

/** A whole report of an independent corpus: clean, or with exactly one planted fault owned by `expect`. */
export interface ReportCase {
  id: string;
  text: string;
  format?: Format;
  /** The rule that must report the planted fault at warn/error (defect cases only). */
  expect?: string;
  /** What was planted. */
  fault?: string;
}

/**
 * Score whole reports with every rule of fzlint:recommended (default options, as the CLI runs it): on a clean case
 * any warn/error finding is a false positive (class report/clean); on a defect case the expected rule must report at
 * warn/error (TP, else FN) and any other rule's warn/error finding is a false positive (class report/defect).
 * info ("cannot confirm") is allowed everywhere.
 */
export async function scoreReportCases(name: string, cases: readonly ReportCase[]): Promise<SuiteResult> {
  const scorer = new Scorer();
  const rules = presetRuleIds();
  const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
  for (const c of cases) {
    const cls = c.expect ? 'report/defect' : 'report/clean';
    const { messages } = await lintCase(c.text, { format: c.format ?? 'text', only: rules });
    for (const rule of rules) {
      const loud = messages.filter((m) => m.ruleId === rule && m.severity !== 'info');
      const expected = c.expect === rule;
      scorer.add(rule, cls, expected, loud.length > 0, c.id, loud.length ? show(loud) : expected ? `(${c.fault})` : '');
    }
    const stray = messages.filter((m) => (!m.ruleId || !rules.includes(m.ruleId)) && m.severity !== 'info');
    if (stray.length) scorer.add('(other)', cls, false, true, c.id, show(stray));
  }
  return scorer.result(name, cases.length);
}

/** Rules that judge a whole report (its parts, title, plan, dates, numbering): not applied to fragments. */
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

/** A fragment of a report (a figures paragraph, a section): clean (`expect` 'clean') or with one planted fault. */
export interface FragmentCase {
  id: string;
  text: string;
  /** a rule id, or 'clean' */
  expect: string;
  fault?: string;
  why?: string;
  /** a mini report (title, opening, heading): consistent-year applies too */
  whole?: boolean;
}

/**
 * Score fragments read as excerpts of reports on `year`, with every rule of fzlint:recommended except those that judge a
 * whole report (consistent-year added for cases marked `whole`): on a clean case every warn/error is a false positive;
 * on a fault case the expected rule's warn/error is the true positive (else a miss) and any other rule's warn/error a
 * false positive. A second warn/error of the expected rule itself is listed as DUP (not scored). info is allowed.
 */
export async function scoreFragmentCases(name: string, cases: readonly FragmentCase[], year: number): Promise<SuiteResult> {
  const scorer = new Scorer();
  const fragmentRules = presetRuleIds().filter((r) => !WHOLE_REPORT_RULES.includes(r));
  const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId ?? ''} ${m.message}`).join(' | ');
  for (const c of cases) {
    const rules = c.whole ? [...fragmentRules, 'consistent-year'] : fragmentRules;
    const fault = c.expect !== 'clean';
    const cls = `${c.whole ? 'whole' : 'fragment'}/${fault ? 'defect' : 'clean'}`;
    const { messages } = await lintCase(c.text, { format: 'text', only: rules, reportYear: year });
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
  return scorer.result(name, cases.length);
}

export function precision(r: Pick<Row, 'tp' | 'fp'>): number | null {
  return r.tp + r.fp === 0 ? null : r.tp / (r.tp + r.fp);
}

export function recall(r: Pick<Row, 'tp' | 'fn'>): number | null {
  return r.tp + r.fn === 0 ? null : r.tp / (r.tp + r.fn);
}

function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

/** The table npm run eval prints for one suite. */
export function formatResult(res: SuiteResult, verbose = false): string {
  const lines = [`## ${res.name} (${res.cases} cases)`, ''];
  const head = ['rule', 'class', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall'];
  const body = res.rows.map((r) => [r.rule, r.cls, String(r.tp), String(r.fp), String(r.fn), String(r.tn), pct(precision(r)), pct(recall(r))]);
  const total = res.rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn, tn: a.tn + r.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  body.push(['(all)', '', String(total.tp), String(total.fp), String(total.fn), String(total.tn), pct(precision(total)), pct(recall(total))]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const fmt = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ');
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt));
  if (res.failures.length) {
    lines.push('', `${res.failures.length} wrong verdict(s):`);
    lines.push(...(verbose ? res.failures : res.failures.slice(0, 20)).map((f) => `  ${f}`));
    if (!verbose && res.failures.length > 20) lines.push(`  … ${res.failures.length - 20} more (npm run eval -- --verbose)`);
  }
  return lines.join('\n');
}
