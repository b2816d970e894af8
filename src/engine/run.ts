import { VFile } from 'vfile';
import type { Report } from '../model/report.js';
import type { AnyRule, CoveredFinding, Fix, LintMessage, Locale, RelatedMessage, ReportDescriptor, ResourceName, RuleResources, RuleSetting, Severity } from './types.js';
import { ENGINE_MESSAGES, fill, localizeData, render } from './i18n.js';
import { applyDirectives } from './directives.js';
import { makeMessage, sortMessages } from './messages.js';
import { defineLazyFix, packedEditsOf } from './lazy-fix.js';
import { guardFix, guardPacked } from './fix-guard.js';
import { writesHan } from '../model/script.js';

// message construction lives in messages.ts (directives.ts uses it too, without importing this runner)
export { makeMessage, sortMessages };

export interface RunOptions {
  locale?: Locale;
  /** Other reports of the same run, for cross-document rules. */
  others?: readonly Report[];
  /** Inline directives (<!-- fzlint-disable … -->): on unless false (--no-inline-config). */
  inlineConfig?: boolean;
  /** Report directives that suppressed nothing at this severity (--report-unused-directives). */
  reportUnusedDirectives?: Severity | false;
  /** Every rule id the config knows, so directives naming others can be reported. */
  knownRules?: ReadonlySet<string>;
  /**
   * Per-rule time budget in ms for one report (default 5000). A rule that
   * runs past it has its findings replaced by an internal error naming it:
   * a pathological rule must not pass silently, nor cost the other rules.
   */
  ruleTimeLimit?: number;
  /** Data the rules declare in meta.resources (the law list), filled by the host. */
  resources?: Readonly<Partial<RuleResources>>;
  /**
   * The clock for ruleTimeLimit (ms), given by the caller (the Linter passes performance.now): the
   * engine takes no clock of its own. Without one, rules are not timed. A rule that never returns is
   * stopped by the host, which runs the whole file under a deadline (linter/watchdog.ts) and learns
   * from `beforeRule` which rule was running when the deadline passed.
   */
  now?: () => number;
  /** Called just before each rule runs (the host's watchdog names the rule that never returned). */
  beforeRule?: (ruleId: string) => void;
}

export interface ConfiguredRule {
  rule: AnyRule;
  setting: RuleSetting;
}

export const DEFAULT_RULE_TIME_LIMIT = 5000;

/**
 * The severity of one finding. A rule may grade its findings (a rate over
 * 100% is an error, a plain mismatch a warning, an unconfirmable one info).
 * Info stays info (“cannot confirm” is never promoted). Other grades apply
 * while the rule runs at its default level; a level the user chose in the
 * config applies to every finding that is not info.
 */
export function resolveSeverity(level: Severity, defaultLevel: Severity, own: Severity | undefined): Severity {
  if (!own) return level;
  if (own === 'info') return 'info';
  return level === defaultLevel ? own : level;
}

/**
 * Run rules over one Report. Each rule reads the model and reports; a rule
 * that throws becomes an internal-error message naming it, and the others
 * still run. Messages come back sorted by position.
 */
export function runRules(report: Report, rules: Iterable<[string, ConfiguredRule]>, options: RunOptions = {}): LintMessage[] {
  const locale = options.locale ?? 'zh';
  const messages: LintMessage[] = [];
  const resources = options.resources ?? {};
  const covers = new Map<string, NonNullable<AnyRule['meta']['covers']>>();
  for (const [id, configured] of rules) {
    if (configured.rule.meta.covers) covers.set(id, configured.rule.meta.covers);
    runRule(report, id, configured, options, locale, resources, messages);
  }
  return dropCovered(
    applyDirectives(report, sortMessages(dedupe(messages)), {
      inlineConfig: options.inlineConfig,
      reportUnused: options.reportUnusedDirectives,
      knownRules: options.knownRules,
      locale,
    }),
    covers,
  );
}

/** One rule over the report, its findings (or its internal error) added to `messages`. */
function runRule(report: Report, id: string, { rule, setting }: ConfiguredRule, options: RunOptions, locale: Locale, resources: NonNullable<RunOptions['resources']>, messages: LintMessage[]): void {
  // a host that does not supply what a rule declares gets a loud internal error, never a silent pass
  const missing = (rule.meta.resources ?? []).filter((name) => resources[name] === undefined);
  if (missing.length) {
    messages.push(internalError(report, id, new Error(`needs the resource "${missing.join('", "')}", which the host did not provide (RunOptions.resources)`), locale));
    return;
  }
  const collected: LintMessage[] = [];
  options.beforeRule?.(id);
  const started = options.now?.() ?? 0;
  try {
    rule.check({
      id,
      report,
      options: setting.options,
      locale,
      // only a rule that says it compares reports sees the others (its findings depend on them)
      others: rule.meta.crossDocument ? (options.others ?? []) : [],
      resources,
      reportIssue(d: ReportDescriptor) {
        collected.push(toMessage(report, id, rule, setting.severity, d, locale));
      },
    });
    const elapsed = options.now ? options.now() - started : 0;
    const limit = options.ruleTimeLimit ?? DEFAULT_RULE_TIME_LIMIT;
    if (options.now && elapsed > limit) {
      messages.push(internalError(report, id, new Error(`exceeded the time limit of ${limit} ms (took ${Math.round(elapsed)} ms)`), locale));
    } else {
      messages.push(...collected);
    }
  } catch (error) {
    messages.push(...collected, internalError(report, id, error, locale));
  }
}

/** One fault, one finding: the findings another finding covers (RuleMeta.covers) are dropped. */
function dropCovered(messages: LintMessage[], covers: ReadonlyMap<string, NonNullable<AnyRule['meta']['covers']>>): LintMessage[] {
  if (!covers.size) return messages;
  let covered: CoveredFinding[] | undefined;
  for (const m of messages) {
    const c = covers.get(m.ruleId)?.[m.messageId];
    if (c) (covered ??= []).push(...c);
  }
  if (!covered) return messages;
  const cov = covered;
  return messages.filter((m) => !cov.some((c) => c.rule === m.ruleId && c.messageId === m.messageId && Object.entries(c.data ?? {}).every(([k, v]) => m.data[k] === v)));
}

/** The resources the given rules declare: what a host must fill before running them. */
export function resourcesNeeded(rules: Iterable<ConfiguredRule>): Set<ResourceName> {
  const out = new Set<ResourceName>();
  for (const { rule } of rules) for (const name of rule.meta.resources ?? []) out.add(name);
  return out;
}

export function internalError(report: Report, ruleId: string, error: unknown, locale: Locale): LintMessage {
  const text = error instanceof Error ? error.message : String(error);
  const data = { ruleId, error: text };
  const m = makeMessage(report, render(ENGINE_MESSAGES.internalError, locale, data), ruleId, 'internal-error', data, 'error', 0, 0);
  m.internal = true;
  m.cause = error;
  return m;
}

function toMessage(report: Report, id: string, rule: AnyRule, level: Severity, d: ReportDescriptor, locale: Locale): LintMessage {
  const template = rule.meta.messages[d.messageId];
  if (!template) throw new Error(`rule ${id} reported unknown messageId "${d.messageId}"`);
  if (!(d.start <= d.end) || d.start < 0 || d.end > report.text.length) {
    throw new Error(`rule ${id} reported an invalid range [${d.start}, ${d.end})`);
  }
  const severity = resolveSeverity(level, rule.meta.severity, d.severity);
  const data = d.data ? localizeData(d.data, locale) : {}; // LintMessage.data holds the rendered language's values
  const m = makeMessage(report, fill(template[locale] ?? template.zh, data), id, d.messageId, data, severity, d.start, d.end);
  m.url = rule.meta.url;
  // the fix, the suggestions and the related places in functions of their own: V8 compiles toMessage (thousands of
  // calls a run) without them
  if (d.fix) attachFix(m, report, id, rule, d.fix);
  if (d.suggestions?.length) attachSuggestions(m, report, id, rule, d.suggestions, locale);
  if (report.meta.script === 'traditional') keepScript(m);
  if (d.related?.length) attachRelated(m, report, rule, d.related, locale);
  return m;
}

function attachFix(m: LintMessage, report: Report, id: string, rule: AnyRule, dfix: NonNullable<ReportDescriptor['fix']>): void {
  if (!rule.meta.fixable) throw new Error(`rule ${id} offered a fix but is not marked fixable`);
  // a fix never takes a line break away (fix-guard.ts): edits trimmed to their line, or the fix withheld
  if (typeof dfix === 'function') {
    const compute = dfix;
    defineLazyFix(m, compute);
    if (packedEditsOf(m)) {
      if (!guardPacked(report.text, m)) delete (m as { fix?: unknown }).fix;
    } else {
      const text = report.text;
      defineLazyFix(m, () => guardFix(text, compute()) ?? []);
    }
  } else {
    const fix = guardFix(report.text, ([] as Fix[]).concat(dfix));
    if (fix) m.fix = fix;
  }
}

/**
 * A report in traditional characters is read through a simplified copy (model/script.ts): a fix or suggestion that
 * writes a Han character would write the copy's simplified characters into the file, so it is withheld (punctuation
 * fixes stay).
 */
function keepScript(m: LintMessage): void {
  if (m.fix?.some((e) => writesHan(e.text))) delete (m as { fix?: unknown }).fix;
  if (m.suggestions) m.suggestions = m.suggestions.filter((s) => !s.fix.some((e) => writesHan(e.text)));
}

function attachSuggestions(m: LintMessage, report: Report, id: string, rule: AnyRule, given: NonNullable<ReportDescriptor['suggestions']>, locale: Locale): void {
  if (!rule.meta.hasSuggestions) throw new Error(`rule ${id} offered suggestions but is not marked hasSuggestions`);
  // a loop, not map().filter(): an array made by map has another elements kind when map ran inlined in optimised
  // code than in the builtin, and filter() deoptimised toMessage once a run (--trace-deopt: wrong map)
  const suggestions: NonNullable<LintMessage['suggestions']> = [];
  for (const s of given) {
    const message = render(rule.meta.messages[s.messageId] ?? { zh: s.messageId, en: s.messageId }, locale, s.data ?? {});
    const fix = guardFix(report.text, ([] as Fix[]).concat(s.fix)) ?? [];
    if (fix.length > 0) suggestions.push({ message, fix });
  }
  m.suggestions = suggestions;
}

function attachRelated(m: LintMessage, report: Report, rule: AnyRule, related: NonNullable<ReportDescriptor['related']>, locale: Locale): void {
  m.related = related.map((r): RelatedMessage => {
    const a = report.point(r.start);
    const b = report.point(r.end);
    const message = r.messageId ? render(rule.meta.messages[r.messageId], locale, r.data ?? {}) : (r.note ?? '');
    return { message, start: r.start, end: r.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  });
}

/** textlint's pipeline: dedupe identical findings, then sort by position. */
function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}\u0000${m.start}\u0000${m.end}\u0000${m.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The messages as a vfile, for unified tooling (vfile-reporter and friends). */
export function toVFile(report: Report, messages: LintMessage[]): VFile {
  const file = new VFile({ path: report.filePath, value: report.text });
  file.messages.push(...messages);
  return file;
}
