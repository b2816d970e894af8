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
