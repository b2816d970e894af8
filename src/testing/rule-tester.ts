import { buildReport } from '../model/report.js';
import { loadParser, formatOf, type Format } from '../parse/index.js';
import { runRules } from '../engine/run.js';
import { applyFixes } from '../engine/fix.js';
import type { AnyRule, LintMessage, Locale, LocalizedText, ReportDescriptor, RuleContext } from '../engine/types.js';
import { validateRuleOptions } from '../config/validate.js';
import { resourcesFor } from '../linter/resources.js';
import type { Report } from '../model/report.js';

export interface ValidCase {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  /** Picks the format (.txt, .md); defaults to report.txt. */
  filename?: string;
  reportYear?: number;
  locale?: Locale;
  /** Other reports of the same run (cross-document rules), as texts. */
  others?: { code: string; filename?: string }[];
}

export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  severity?: 'info' | 'warn' | 'error';
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The exact reported text: report.text.slice(start, end). */
  text?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[] | number;
  /** Text after applying fixes (required when the rule offers fixes); null = no fix expected. */
  output?: string | null;
}

export interface RuleTesterConfig {
  locale?: Locale;
}

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => void | Promise<void>) => void;

/**
 * ESLint-style table-driven tester. Strict: an invalid case with no error
 * fails, a duplicate case fails, a fixing rule must state its output, and
 * every expected error is checked by messageId, data and position. Every
 * case also fails on a message (or suggestion, or related place) whose zh or
 * en template has a placeholder its data does not fill, on suggestions from a
 * rule whose meta does not declare hasSuggestions, on an `output` equal to the
 * code (say `output: null` for "no fix"), and on a fix that is not stable
 * (fixing the fixed text changes it again).
 * Uses the test framework's describe/it (set RuleTester.describe/it, or
 * globals describe/it).
 */
export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  constructor(private readonly config: RuleTesterConfig = {}) {}

  run(name: string, rule: AnyRule, tests: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const g = globalThis as unknown as { describe?: Describe; it?: It };
    const describe = RuleTester.describe ?? g.describe;
    const it = RuleTester.it ?? g.it;
    if (!describe || !it) throw new Error('RuleTester needs describe/it: set RuleTester.describe and RuleTester.it');

    const seen = new Set<string>();
    const key = (c: ValidCase) => JSON.stringify([c.code, c.options ?? null, c.filename ?? null, c.reportYear ?? null, c.others ?? null]);
    describe(name, () => {
      describe('valid', () => {
        tests.valid.forEach((raw, i) => {
          const c = typeof raw === 'string' ? { code: raw } : raw;
          const k = key(c);
          const dup = seen.has(k);
          seen.add(k);
          it(c.name ?? `valid #${i + 1}: ${preview(c.code)}`, async () => {
            if (dup) throw new Error('duplicate test case');
            const { messages } = await this.lint(rule, name, c);
            if (messages.length) {
              throw new Error(`expected no findings, got ${messages.length}:\n${messages.map(describeMessage).join('\n')}`);
            }
          });
        });
      });
      describe('invalid', () => {
        tests.invalid.forEach((c, i) => {
          const k = key(c);
          const dup = seen.has(k);
          seen.add(k);
          it(c.name ?? `invalid #${i + 1}: ${preview(c.code)}`, async () => {
            if (dup) throw new Error('duplicate test case');
            const expectedCount = typeof c.errors === 'number' ? c.errors : c.errors.length;
            if (expectedCount === 0) throw new Error('an invalid case must expect at least one error');
            const { messages, report } = await this.lint(rule, name, c);
            if (messages.length !== expectedCount) {
              throw new Error(`expected ${expectedCount} finding(s), got ${messages.length}:\n${messages.map(describeMessage).join('\n')}`);
            }
            if (Array.isArray(c.errors)) c.errors.forEach((e, j) => checkError(e, messages[j], report, j));
            const hasFix = messages.some((m) => m.fix?.length);
            if (hasFix && c.output === undefined) throw new Error('the rule fixed this case: state the expected `output`');
            if (c.output === c.code) {
              throw new Error('`output` equals the code: say `output: null` when the rule offers no fix, or state the fixed text');
            }
            if (c.output !== undefined) {
              const relint = async (text: string) => (await this.lint(rule, name, { ...c, code: text })).messages;
              const fixed = await fixUntilStable(report.text, messages, relint);
              const expected = c.output === null ? report.text : c.output;
              if (fixed !== expected) throw new Error(`fix output differs:\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(fixed)}`);
              // stable: linting and fixing the fixed text changes nothing (no fix that undoes or redoes itself)
              const again = applyFixes(fixed, await relint(fixed)).output;
              if (again !== fixed) {
                throw new Error(`the fix is not stable: fixing the fixed text changes it again:\n  fixed: ${JSON.stringify(fixed)}\n  again: ${JSON.stringify(again)}`);
              }
            }
          });
        });
      });
    });
  }

  private async lint(rule: AnyRule, id: string, c: ValidCase): Promise<{ messages: LintMessage[]; report: Report }> {
    const options = { ...(rule.meta.defaultOptions as Record<string, unknown>), ...(c.options ?? {}) };
    if (c.options) validateRuleOptions(rule, id, c.options, '<test>', `rules.${id}`);
    const filename = c.filename ?? 'report.txt';
    const format: Format = formatOf(filename) ?? 'text';
    const parse = await loadParser(format);
    const report = buildReport(c.code, parse(c.code), { format, filePath: filename, reportYear: c.reportYear });
    const others: Report[] = [];
    for (const o of c.others ?? []) {
      const f = o.filename ?? 'other.txt';
      const fmt = formatOf(f) ?? 'text';
      others.push(buildReport(o.code, (await loadParser(fmt))(o.code), { format: fmt, filePath: f }));
    }
    const reported: ReportDescriptor[] = [];
    const watched: AnyRule = {
      meta: rule.meta,
      check(context: RuleContext) {
        const ctx = Object.create(context) as RuleContext;
        Object.defineProperty(ctx, 'reportIssue', {
          value: (d: ReportDescriptor) => {
            reported.push(d);
            context.reportIssue(d);
          },
        });
        rule.check(ctx);
      },
    };
    const messages = runRules(report, [[id, { rule: watched, setting: { severity: rule.meta.severity, options } }]], {
      locale: c.locale ?? this.config.locale ?? 'zh',
      others,
      resources: resourcesFor([{ rule, setting: { severity: rule.meta.severity, options } }]),
    });
    for (const d of reported) checkDescriptor(rule, d);
    const internal = messages.find((m) => m.internal);
    if (internal) throw new Error(`rule crashed: ${internal.reason}`);
    return { messages, report };
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Placeholders of a template, in either locale, that the data leaves unfilled. */
function unfilled(template: LocalizedText, data: Record<string, unknown> | undefined): string[] {
  const missing: string[] = [];
  for (const locale of ['zh', 'en'] as const) {
    for (const m of (template[locale] ?? '').matchAll(PLACEHOLDER)) {
      if (!data || !(m[1] in data) || data[m[1]] === undefined) missing.push(`${locale}: {${m[1]}}`);
    }
  }
  return missing;
}

/** What the engine would render for a report: every template filled in both languages, suggestions declared. */
function checkDescriptor(rule: AnyRule, d: ReportDescriptor): void {
  const messages = rule.meta.messages as Record<string, LocalizedText>;
  const check = (what: string, messageId: string | undefined, data: Record<string, unknown> | undefined) => {
    if (messageId === undefined) return;
    const template = messages[messageId];
    if (!template) throw new Error(`${what}: unknown messageId "${messageId}"`);
    const missing = unfilled(template, data);
    if (missing.length) throw new Error(`${what} "${messageId}" leaves placeholders unfilled (${missing.join(', ')}); data: ${JSON.stringify(data ?? {})}`);
  };
  check('message', d.messageId, d.data);
  if (d.suggestions?.length && !rule.meta.hasSuggestions) {
    throw new Error(`the rule offered ${d.suggestions.length} suggestion(s) for "${d.messageId}" but its meta does not declare hasSuggestions`);
  }
  for (const s of d.suggestions ?? []) check('suggestion', s.messageId, s.data);
  for (const r of d.related ?? []) check('related place', r.messageId, r.data);
}

async function fixUntilStable(text: string, first: LintMessage[], relint: (t: string) => Promise<LintMessage[]>): Promise<string> {
  let current = text;
  let messages = first;
  for (let pass = 0; pass < 10; pass++) {
    const { output, fixed } = applyFixes(current, messages);
    if (!fixed.length || output === current) return current;
    current = output;
    messages = await relint(current);
  }
  return current;
}

function checkError(e: ExpectedError, m: LintMessage, report: Report, j: number): void {
  const where = `error #${j + 1}`;
  const fail = (what: string, exp: unknown, act: unknown) => {
    throw new Error(`${where}: ${what} expected ${JSON.stringify(exp)}, got ${JSON.stringify(act)}\n  ${describeMessage(m)}`);
  };
  if (m.messageId !== e.messageId) fail('messageId', e.messageId, m.messageId);
  if (e.data) for (const [k, v] of Object.entries(e.data)) if (String(m.data[k]) !== String(v)) fail(`data.${k}`, v, m.data[k]);
  if (e.severity && m.severity !== e.severity) fail('severity', e.severity, m.severity);
  if (e.line !== undefined && m.line !== e.line) fail('line', e.line, m.line);
  if (e.column !== undefined && m.column !== e.column) fail('column', e.column, m.column);
  if (e.endLine !== undefined && m.endLine !== e.endLine) fail('endLine', e.endLine, m.endLine);
  if (e.endColumn !== undefined && m.endColumn !== e.endColumn) fail('endColumn', e.endColumn, m.endColumn);
  if (e.text !== undefined && report.text.slice(m.start, m.end) !== e.text) fail('text', e.text, report.text.slice(m.start, m.end));
}

function describeMessage(m: LintMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.messageId} ${JSON.stringify(m.data)} ${m.reason}`;
}

function preview(code: string): string {
  const one = code.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? one.slice(0, 40) + '…' : one;
}
