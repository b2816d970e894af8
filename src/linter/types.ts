import type { LintMessage } from '../engine/types.js';
import type { Report } from '../model/report.js';
import type { StructureSummary } from '../model/structure-summary.js';

/** The outcome for one file, as formatters see it. */
export interface FileResult {
  /** Absolute path. */
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Internal errors (a rule threw) and file errors: exit code 2. */
  fatalErrorCount: number;
  /** A file-level error (unreadable, not text, unsupported type): no messages were produced. */
  fileError?: string;
  /** Named on the command line but ignored (.fzlintignore, ignorePatterns): not linted; its one warning says why. */
  ignored?: boolean;
  /** Encoding the file was read in. */
  encoding?: string;
  /** The file started with a byte-order mark (kept for --fix writes). */
  bom?: boolean;
  /** "page" for PDF: messages carry `page`, and `line` is the line on that page (see src/linter/pages.ts). "paragraph" for Word documents: `line` is the paragraph number and `source` holds one paragraph per line. */
  lineUnit?: 'paragraph' | 'page';
  /** The text linted (for formatters that quote it). */
  source?: string;
  /**
   * How the report's structure was read (year, parts, plan year, 第一责任人, dates): computed while the
   * model is alive, plain data, so --format json never rebuilds a model and workers and the cache carry it.
   */
  summary?: StructureSummary;
  /** The model, for formatters that summarise (checklist). Not serialised. */
  report?: Report;
}

export function countResult(r: Omit<FileResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fatalErrorCount'>): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fatalErrorCount = r.fileError ? 1 : 0;
  for (const m of r.messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warn') warningCount++;
    else infoCount++;
    if (m.internal) fatalErrorCount++;
  }
  if (r.fileError) errorCount++;
  return { ...r, errorCount, warningCount, infoCount, fatalErrorCount };
}
