import type { Locale } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import type { RuleHelp } from './rule-page.js';

export interface RuleMetaSummary {
  description: { zh: string; en: string };
  url: string;
  severity: string;
}

export interface FormatContext {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** Rule metadata by id, for formatters that describe rules (SARIF, checklist). */
  rulesMeta: Record<string, RuleMetaSummary>;
  /**
   * The rule ids that ran on each file (absolute path → ids). Lets the checklist tell
   * “checked and passed” (✓) from “not checked” (—). Absent: unknown for every file.
   */
  enabledRules?: Record<string, string[]>;
  /** A rule's page (rules/<id>.md) as text and Markdown: SARIF help, the review page's bundled pages. */
  ruleHelp?: (id: string) => RuleHelp | undefined;
  /** fzlint's version (SARIF tool.driver.version). */
  version?: string;
  /** Which configuration produced the verdicts, in both languages (the review page and the checklist say so). */
  configUsed?: { zh: string; en: string };
  /** What the run did not check or apply (linter/notices.ts): SARIF carries them as tool execution notifications. */
  notices?: { kind: string; file?: string; zh: string; en: string }[];
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/**
 * What a streaming formatter is given: the run-wide facts known before the first result. The rest of
 * FormatContext (rulesMeta, enabledRules, configUsed, notices) needs every result, so formatters that
 * read it do not stream.
 */
export type StreamContext = Pick<FormatContext, 'cwd' | 'locale' | 'color' | 'version'>;

/**
 * A formatter's streaming form (issue 22): the CLI hands it the results one by one, in the order of the
 * run, and writes each returned piece at once, so a run over many files holds no more than one result.
 * The pieces joined are exactly the text the whole-run Formatter returns for the same results.
 */
export interface FormatterStream {
  /** The text for the next result (may be empty). */
  result(r: FileResult): string;
  /**
   * Optional, for a sink that writes bytes (the output file): the same text as `result` (called instead of
   * it, never both for one result), in parts that are text or text already encoded as UTF-8 bytes (json
   * writes its packed fixes straight to bytes).
   */
  resultParts?(r: FileResult): OutputPart[];
  /** The closing text after the last result (a summary line, a closing bracket). */
  end(): string;
}

/** A piece of a formatter's output: text, or UTF-8 bytes. */
export type OutputPart = string | Uint8Array;

export type StreamingFormatter = (context: StreamContext) => FormatterStream;
