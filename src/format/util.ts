import path from 'node:path';
import type { LintMessage, Severity } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import { formatOf } from '../parse/format.js';

/** A path relative to the working directory when the file lies inside it, else the absolute path; always with `/`. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
  return shown.split(path.sep).join('/');
}

/** displayPath, terminal-safe (escapeControls): for the human formats. */
export function safePath(filePath: string, cwd: string): string {
  return escapeControls(displayPath(filePath, cwd));
}

/** Messages are single-line in line-oriented formats (unix, compact, github). */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** oneLine, terminal-safe (escapeControls). */
export function safeLine(s: string): string {
  return escapeControls(oneLine(s));
}

/** ESLint's words for severities, used by the machine-readable formats. */
export const SEVERITY_WORD: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warn: 'warning', info: 'info' };

/** A file-level error (unreadable file) as a message-like record, so every formatter reports it in place. */
export interface FileProblem {
  filePath: string;
  ruleId: string | null;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  source: LintMessage | undefined;
}

/** Every problem of a result, file error first, in the order the engine sorted them. */
export function problemsOf(r: FileResult): FileProblem[] {
  const out: FileProblem[] = [];
  if (r.fileError) {
    out.push({ filePath: r.filePath, ruleId: null, severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: r.fileError, source: undefined });
  }
  for (const m of r.messages) {
    out.push({ filePath: r.filePath, ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, message: m.reason, source: m });
  }
  return out;
}

export function totals(results: FileResult[]): { errors: number; warnings: number; infos: number; total: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
  }
  return { errors, warnings, infos, total: errors + warnings + infos };
}

/** “N problems” closing line of the unix and compact formats (ESLint's wording). */
export function problemCount(results: FileResult[]): string {
  return problemCountLine(totals(results).total);
}

/** problemCount for a total kept while streaming. */
export function problemCountLine(total: number): string {
  return total ? `\n${total} problem${total === 1 ? '' : 's'}\n` : '';
}

/** Escape text for XML 1.0 content and attribute values; control characters XML cannot carry are dropped. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // as character references, line breaks and tabs survive attribute-value normalisation
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/**
 * Terminal-safe text for the human formats (stylish, unix, compact) and stderr: control characters
 * (C0 including ESC, DEL, C1 including CSI and OSC introducers) and bidirectional overrides/isolates
 * are shown as `\x1b`, `\u202e`, so a file name or quoted report text cannot move the cursor, set
 * the window title, hide what follows or reverse a line. Tab is kept; line breaks are escaped.
 */
export function escapeControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Whether `--fix` can apply a finding's fix to this file: only where the text linted
 * is the file itself (plain text, Markdown). Word, HTML and other containers are never
 * rewritten, so formats that carry fixes (SARIF) leave them out for those files.
 */
export function fixApplies(filePath: string): boolean {
  const format = formatOf(filePath);
  return format === 'text' || format === 'markdown';
}
