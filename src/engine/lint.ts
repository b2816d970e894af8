import type { Root } from 'mdast';
import { buildReport } from '../model/report.js';
import type { Report } from '../model/report.js';
import { loadParser, type Format } from '../parse/index.js';
import type { ConfiguredRule } from './run.js';
import { runRules } from './run.js';
import type { LintMessage, Locale, RuleResources } from './types.js';

export interface LintTextOptions {
  filePath?: string;
  format: Format;
  rules: Iterable<[string, ConfiguredRule]>;
  locale?: Locale;
  reportYear?: number;
  others?: readonly Report[];
  /** Data the rules declare in meta.resources (the law list). */
  resources?: Readonly<Partial<RuleResources>>;
}

export interface LintOutcome {
  report: Report;
  messages: LintMessage[];
}

/** text → tree → Report, loading the format's parser on first use; `tree` when reading produced it already (Word). */
export async function prepare(text: string, format: Format, filePath?: string, reportYear?: number, tree?: Root): Promise<Report> {
  return buildReport(text, tree ?? (await loadParser(format))(text), { format, filePath, reportYear });
}

/** Lint one text: the whole pipeline short of reading files and formatting. */
export async function lintText(text: string, options: LintTextOptions): Promise<LintOutcome> {
  const report = await prepare(text, options.format, options.filePath, options.reportYear);
  const messages = runRules(report, options.rules, { locale: options.locale, others: options.others, resources: options.resources });
  return { report, messages };
}
