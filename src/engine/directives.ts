import { closest, distance } from 'fastest-levenshtein';
import { SKIP, visit } from 'unist-util-visit';
import type { Span } from '../model/types.js';
import type { Report } from '../model/report.js';
import { DOCS_BASE } from './define.js';
import { render } from './i18n.js';
import type { LintMessage, Locale, LocalizedText, Severity } from './types.js';
import { makeMessage, sortMessages } from './messages.js';

/**
 * Inline directives: HTML comments in Markdown that turn rules off and on.
 *
 *   <!-- fzlint-disable rule-a, rule-b -- 理由 -->   off from here (until fzlint-enable)
 *   <!-- fzlint-enable rule-a -->                   on again from here
 *   <!-- fzlint-disable-line rule-a -->             off on the comment's own line(s)
 *   <!-- fzlint-disable-next-line rule-a -->        off on the next non-blank line
 *   <!-- fzlint-disable-file rule-a -->             off in the whole file
 *
 * No rule list means every rule. Text after " -- " is the reason, kept for
 * reviewers. Plain text has no comments: there, config overrides are the way.
 * Comments are read from the tree's `html` nodes (block and inline), so a
 * comment inside a code block is never a directive.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

const KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];

export interface DirectiveRule extends Span {
  id: string;
}

export interface Directive extends Span {
  kind: DirectiveKind;
  /** The rules named, each with the span of its id; empty means every rule. */
  rules: DirectiveRule[];
  /** The reason after " -- ", if given. */
  reason?: string;
  /** For line directives: the 1-based lines covered (inclusive). */
  fromLine?: number;
  toLine?: number;
}

export interface MalformedDirective extends Span {
  /** The word after “fzlint-” that is not a directive (fzlint-disabel). */
  name: string;
}

export interface Directives {
  directives: Directive[];
  malformed: MalformedDirective[];
}

export interface DirectiveOptions {
  /** false: ignore every directive (--no-inline-config). Default true. */
  inlineConfig?: boolean;
  /** Report directives that suppressed nothing, at this severity (--report-unused-directives). */
  reportUnused?: Severity | false;
  /** Every rule id the configuration knows (enabled or not); ids outside it are reported. */
  knownRules?: ReadonlySet<string>;
  locale?: Locale;
}

/** The pseudo rule id of messages about directives themselves. */
export const DIRECTIVES_RULE_ID = 'directives';
export const DIRECTIVES_URL = DOCS_BASE.replace(/rules\/$/, 'docs/directives.md');

export const DIRECTIVE_MESSAGES = {
  unused: {
    zh: '无用的 fzlint-{kind} 指令：此处没有被关闭的问题，请删除该注释',
    en: 'Unused fzlint-{kind} directive: no problems were suppressed here; remove the comment',
  },
  unusedRule: {
    zh: '无用的 fzlint-{kind} 指令：规则 {ruleId} 在此处没有报告问题，请从注释中删去「{ruleId}」',
    en: 'Unused fzlint-{kind} directive: rule {ruleId} reported no problems here; remove “{ruleId}” from the comment',
  },
  unusedEnable: {
    zh: '无用的 fzlint-enable 指令：此前没有被 fzlint-disable 关闭的规则',
    en: 'Unused fzlint-enable directive: no rule was disabled by fzlint-disable before it',
  },
  unusedEnableRule: {
    zh: '无用的 fzlint-enable 指令：规则 {ruleId} 此前没有被关闭',
    en: 'Unused fzlint-enable directive: rule {ruleId} was not disabled before it',
  },
  unknownRule: {
    zh: 'fzlint-{kind} 指令中的规则「{ruleId}」不存在，该指令对它不起作用',
    en: 'Rule “{ruleId}” in the fzlint-{kind} directive does not exist; the directive has no effect on it',
  },
  unknownRuleSuggest: {
    zh: 'fzlint-{kind} 指令中的规则「{ruleId}」不存在，是否为「{suggestion}」？',
    en: 'Rule “{ruleId}” in the fzlint-{kind} directive does not exist; did you mean “{suggestion}”?',
  },
  unknownDirective: {
    zh: '无法识别的指令「fzlint-{name}」：应为 fzlint-disable、fzlint-enable、fzlint-disable-line、fzlint-disable-next-line 或 fzlint-disable-file',
    en: 'Unknown directive “fzlint-{name}”: expected fzlint-disable, fzlint-enable, fzlint-disable-line, fzlint-disable-next-line or fzlint-disable-file',
  },
} satisfies Record<string, LocalizedText>;

type DirectiveMessageId = keyof typeof DIRECTIVE_MESSAGES;

const COMMENT = /<!--([\s\S]*?)-->/g;
const NAME = /^\s*fzlint-([A-Za-z-]*)(?=\s|$)/;
const REASON = /\s--(?:\s|$)/;
const RULE_ID = /[^\s,]+/g;

const memo = new WeakMap<Report, Directives>();

/** The directives of a report, read once from its tree's html nodes. */
export function parseDirectives(report: Report): Directives {
  const cached = memo.get(report);
  if (cached) return cached;
  const out: Directives = { directives: [], malformed: [] };
  // every directive is a comment, a piece of the text: without “<!--” there is none, and no tree walk is needed
  if (!report.text.includes('<!--')) {
    memo.set(report, out);
    return out;
  }
  const spans: Span[] = [];
  visit(report.tree, 'html', (node) => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s !== undefined && e !== undefined) spans.push({ start: s, end: e });
    return SKIP;
  });
  for (const span of spans) {
    const source = report.text.slice(span.start, span.end);
    for (const m of source.matchAll(COMMENT)) {
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      const bodyStart = start + 4; // after “<!--”
      const parsed = parseComment(report, m[1], bodyStart, start, end);
      if (!parsed) continue;
      if ('name' in parsed) out.malformed.push(parsed);
      else out.directives.push(parsed);
    }
  }
  memo.set(report, out);
  return out;
}

function parseComment(report: Report, body: string, bodyStart: number, start: number, end: number): Directive | MalformedDirective | undefined {
  const head = NAME.exec(body);
  if (!head) return undefined; // an ordinary comment
  const name = head[1];
  if (!(KINDS as readonly string[]).includes(name)) return { name, start, end };
  const kind = name as DirectiveKind;
  let rest = body.slice(head[0].length);
  const restStart = bodyStart + head[0].length;
  let reason: string | undefined;
  const r = REASON.exec(rest);
  if (r) {
    reason = rest.slice(r.index + r[0].length).trim() || undefined;
    rest = rest.slice(0, r.index);
  }
  const rules: DirectiveRule[] = [];
  for (const id of rest.matchAll(RULE_ID)) {
    const s = restStart + (id.index ?? 0);
    rules.push({ id: id[0], start: s, end: s + id[0].length });
  }
  const d: Directive = { kind, rules, start, end };
  if (reason) d.reason = reason;
  if (kind === 'disable-line') {
    d.fromLine = report.point(start).line;
    d.toLine = report.point(end).line;
  } else if (kind === 'disable-next-line') {
    const line = nextNonBlankLine(report, end);
    d.fromLine = line;
    d.toLine = line;
  }
  return d;
}

/** The first line after the one holding `offset` that has non-blank text (0 when there is none). */
function nextNonBlankLine(report: Report, offset: number): number {
  const text = report.text;
  let i = text.indexOf('\n', offset);
  const cr = text.indexOf('\r', offset);
  if (i === -1 || (cr !== -1 && cr < i)) i = cr;
  if (i === -1) return 0;
  const m = /\S/.exec(text.slice(i));
  return m ? report.point(i + m.index).line : 0;
}

/** Priority when several directives cover a message: the most specific one is credited. */
const SPECIFICITY: Record<DirectiveKind, number> = { 'disable-next-line': 0, 'disable-line': 0, disable: 1, enable: 1, 'disable-file': 2 };

interface Usage {
  /** Rule ids (or '*' for a directive without a list) that suppressed something. */
  used: Set<string>;
}

const covers = (d: Directive, ruleId: string): boolean => d.rules.length === 0 || d.rules.some((r) => r.id === ruleId);

/**
 * Drop the findings that directives turn off, and add findings about the
 * directives themselves (unknown rules and names always; unused ones when
 * asked). Internal errors (a rule crashed) are never suppressed.
 */
export function applyDirectives(report: Report, messages: LintMessage[], options: DirectiveOptions = {}): LintMessage[] {
  if (options.inlineConfig === false) return messages;
  const { directives, malformed } = parseDirectives(report);
  if (!directives.length && !malformed.length) return messages;
  const locale = options.locale ?? 'zh';
  const usage = new Map<Directive, Usage>(directives.map((d) => [d, { used: new Set<string>() }]));
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);

  const suppressor = (m: LintMessage): Directive | undefined => {
    const candidates: Directive[] = [];
    for (const d of directives) {
      if (d.kind === 'disable-file' && covers(d, m.ruleId)) candidates.push(d);
      else if ((d.kind === 'disable-line' || d.kind === 'disable-next-line') && covers(d, m.ruleId) && m.line >= d.fromLine! && m.line <= d.toLine!) {
        candidates.push(d);
      }
    }
    // Ranges: the last disable/enable before the message that names its rule (or all rules) decides
    let state: Directive | undefined;
    for (const d of ranged) {
      if (d.start > m.start) break;
      if (!covers(d, m.ruleId)) continue;
      state = d.kind === 'disable' ? d : undefined;
    }
    if (state) candidates.push(state);
    candidates.sort((a, b) => SPECIFICITY[a.kind] - SPECIFICITY[b.kind] || a.start - b.start);
    return candidates[0];
  };

  const kept: LintMessage[] = [];
  for (const m of messages) {
    const d = m.internal ? undefined : suppressor(m);
    if (!d) {
      kept.push(m);
      continue;
    }
    usage.get(d)!.used.add(d.rules.length ? m.ruleId : '*');
  }

  const extra: LintMessage[] = [];
  const add = (messageId: DirectiveMessageId, data: Record<string, string | number>, span: Span, severity: Severity): void => {
    const msg = makeMessage(report, render(DIRECTIVE_MESSAGES[messageId], locale, data), DIRECTIVES_RULE_ID, messageId, data, severity, span.start, span.end);
    msg.url = DIRECTIVES_URL;
    extra.push(msg);
  };

  for (const bad of malformed) add('unknownDirective', { name: bad.name }, bad, 'warn');

  const known = options.knownRules;
  const isUnknown = (id: string): boolean => Boolean(known) && !known!.has(id);
  for (const d of directives) {
    for (const r of d.rules) {
      if (!isUnknown(r.id)) continue;
      const suggestion = known!.size ? closest(r.id, [...known!]) : undefined;
      if (suggestion && distance(r.id, suggestion) <= Math.max(2, Math.floor(suggestion.length / 4))) add('unknownRuleSuggest', { kind: d.kind, ruleId: r.id, suggestion }, r, 'warn');
      else add('unknownRule', { kind: d.kind, ruleId: r.id }, r, 'warn');
    }
  }

  const severity = options.reportUnused;
  if (severity) {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const used = usage.get(d)!.used;
      if (!d.rules.length) {
        if (!used.has('*')) add('unused', { kind: d.kind }, d, severity);
        continue;
      }
      for (const r of d.rules) {
        if (!used.has(r.id) && !isUnknown(r.id)) add('unusedRule', { kind: d.kind, ruleId: r.id }, r, severity);
      }
    }
    // An enable is used when something it names was off just before it: replay the ranges
    let allOff = false;
    const perRule = new Map<string, boolean>();
    const offAt = (id: string): boolean => perRule.get(id) ?? allOff;
    for (const d of ranged) {
      if (d.kind === 'disable') {
        if (!d.rules.length) {
          allOff = true;
          perRule.clear();
        } else for (const r of d.rules) perRule.set(r.id, true);
        continue;
      }
      if (!d.rules.length) {
        if (!allOff && ![...perRule.values()].some(Boolean)) add('unusedEnable', {}, d, severity);
        allOff = false;
        perRule.clear();
      } else {
        for (const r of d.rules) {
          if (!offAt(r.id) && !isUnknown(r.id)) add('unusedEnableRule', { ruleId: r.id }, r, severity);
          perRule.set(r.id, false);
        }
      }
    }
  }

  if (!extra.length) return kept;
  return sortMessages([...kept, ...extra]);
}

