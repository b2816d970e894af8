import type { VFileMessage } from 'vfile-message';
import type { Span } from '../model/types.js';
import type { Report } from '../model/report.js';
import type { LawIndex } from '../laws/index.js';

export type Severity = 'info' | 'warn' | 'error';
export type Level = 'off' | Severity;
export type Locale = 'zh' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * Placeholder values of a finding. A value may be localized text ({ zh, en }): the engine renders the
 * user's language, so a rule never looks at the locale (a list of names joined with 、 or with commas is
 * data in both languages, not a branch in the rule).
 */
export type MessageData = Record<string, string | number | LocalizedText>;

/** A minimal text edit: replace [start, end) with text (UTF-16 offsets). */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  messageId: string;
  data?: MessageData;
  fix: Fix | Fix[];
}

export interface RelatedPlace extends Span {
  messageId?: string;
  data?: MessageData;
  /** Free text shown as the related place's message when no messageId is given. */
  note?: string;
}

export interface ReportDescriptor<MessageIds extends string = string> extends Span {
  messageId: MessageIds;
  data?: MessageData;
  /**
   * The finding's own grade (see resolveSeverity in run.ts): info always stays info;
   * warn/error apply while the rule runs at its default level, a level set in the config wins otherwise.
   */
  severity?: Severity;
  /** The edits, or a function that computes them when the fix is applied or serialised (see lazy-fix.ts). */
  fix?: Fix | Fix[] | (() => Fix[]);
  suggestions?: Suggestion[];
  /** Second places that explain the finding (the count a rate was built on). */
  related?: RelatedPlace[];
}

export interface RuleMeta<MessageIds extends string = string, Options = Record<string, unknown>> {
  /** kebab-case id; require-* / no-* / consistent-* / valid-* */
  id: string;
  type: 'problem' | 'suggestion' | 'layout';
  description: LocalizedText;
  /** Default severity in fzlint:recommended. */
  severity: Severity;
  /** In fzlint:recommended (true) or only in fzlint:strict (false). Default true. */
  recommended?: boolean;
  /** Not in any preset: the user turns it on (e.g. preferred-terms needs a vocabulary). */
  optIn?: boolean;
  /** JSON Schema of the options object; additionalProperties: false. */
  schema: Record<string, unknown>;
  defaultOptions: Options;
  messages: Record<MessageIds, LocalizedText>;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** The regulation or standard behind the rule, shown on hover and in docs. */
  basis?: LocalizedText;
  /**
   * The rule compares this report with the other reports of the run
   * (`context.others`). The Linter builds every report before running rules
   * and passes the others only when an enabled rule sets this.
   */
  crossDocument?: boolean;
  /**
   * One fault, one finding: other rules' findings that a finding of this rule makes redundant, by this rule's
   * messageId. When this rule reports that message, a finding of `rule` with `messageId` (and the given data
   * values, where listed) is dropped — after inline directives, so a finding switched off leaves the other.
   * require-next-year-plan's missingPlan covers require-sections' missing part 4 (the plan is that part).
   */
  covers?: Readonly<Record<string, readonly CoveredFinding[]>>;
  /** Documentation URL; derived from the id when omitted. */
  url?: string;
  /**
   * Data the rule reads besides the report (e.g. the law list). The host fills
   * `context.resources` with what the enabled rules declare: the CLI and the
   * tests from data/, the web page from its bundle. The engine never reads files.
   */
  resources?: readonly ResourceName[];
}

/** A finding of another rule that one of this rule's findings covers (RuleMeta.covers). */
export interface CoveredFinding {
  rule: string;
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
}

/** Data a host supplies to the rules that declare it (meta.resources). */
export interface RuleResources {
  /** National law and key-document titles (data/laws.tsv), indexed. */
  laws: LawIndex;
}
export type ResourceName = keyof RuleResources;

/** What a rule sees of the run. */
export interface RuleContext<MessageIds extends string = string, Options = Record<string, unknown>> {
  readonly id: string;
  readonly report: Report;
  readonly options: Options;
  readonly locale: Locale;
  /** Other reports of the same run (and --previous); never includes `report`. Empty unless meta.crossDocument. */
  readonly others: readonly Report[];
  /** What the host supplies; every name in meta.resources is present (the engine checks before the rule runs). */
  readonly resources: Readonly<Partial<RuleResources>>;
  /** Report a finding. */
  reportIssue(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface Rule<MessageIds extends string = string, Options = Record<string, unknown>> {
  meta: RuleMeta<MessageIds, Options> & { url: string };
  check(context: RuleContext<MessageIds, Options>): void;
}

/** A rule with its types erased, as stored in registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any>;

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * One finding: a vfile message (reason, place, ruleId, source, fatal, url)
 * with fzlint's evidence attached. Offsets are UTF-16, end exclusive;
 * lines and columns are 1-based. vfile's `fatal` carries the severity:
 * true = error, false = warning, undefined = info.
 */
export interface LintMessage extends VFileMessage {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  severity: Severity;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix[];
  suggestions?: { message: string; fix: Fix[] }[];
  related?: RelatedMessage[];
  /** An internal error (a rule threw), not a finding about the report. */
  internal?: boolean;
}

export interface RelatedMessage {
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
