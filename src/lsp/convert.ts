import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node.js';
import type { LintMessage, Locale, Severity } from '../engine/types.js';

/** Diagnostic `source`: editors show it next to the rule id. */
export const SOURCE = 'fzlint';
/** `code` of the diagnostic that stands for a broken config (not a rule). */
export const CONFIG_ERROR_CODE = 'config-error';
/** `code` of the diagnostic that stands for a crash of fzlint itself while linting a document. */
export const INTERNAL_ERROR_CODE = 'internal-error';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

/**
 * 1-based line/column (UTF-16 columns, lines broken at \n, \r\n, \r) → LSP's
 * 0-based position. LSP's default encoding is UTF-16 and it breaks lines the
 * same way, so the numbers carry over unchanged apart from the base.
 */
export function rangeOf(m: { line: number; column: number; endLine: number; endColumn: number }): Range {
  return {
    start: { line: m.line - 1, character: m.column - 1 },
    end: { line: m.endLine - 1, character: m.endColumn - 1 },
  };
}

/** What a published diagnostic carries back to code actions (LSP 3.16 Diagnostic.data). */
export interface DiagnosticData {
  messageId: string;
  /** The message's placeholders (LintMessage.data), for clients that act on them. */
  data: Record<string, string | number>;
}

/** One LintMessage as an LSP diagnostic: rule id as code, rule page as codeDescription, related places. */
export function toDiagnostic(m: LintMessage, uri: string): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(m),
    severity: toLspSeverity(m.severity),
    source: SOURCE,
    code: m.ruleId,
    message: m.reason,
    data: { messageId: m.messageId, data: m.data } satisfies DiagnosticData,
  };
  if (m.url) d.codeDescription = { href: m.url };
  if (m.related?.length) {
    d.relatedInformation = m.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri, range: rangeOf(r) }, message: r.message || m.reason }),
    );
  }
  return d;
}

const SERVER_TEXT = {
  configError: {
    zh: 'fzlint 配置有误，本文件未检查：{error}',
    en: 'fzlint configuration error, this file was not checked: {error}',
  },
  internalError: {
    zh: 'fzlint 检查本文件时出错：{error}',
    en: 'fzlint failed while checking this file: {error}',
  },
  configFile: {
    zh: '出错的配置文件',
    en: 'the config file at fault',
  },
} as const;

export function serverText(key: keyof typeof SERVER_TEXT, locale: Locale, error = ''): string {
  return SERVER_TEXT[key][locale].replace('{error}', error);
}

/** The range of a document's first line (an empty range at 0:0 when it is empty). */
export function firstLineRange(text: string): Range {
  const nl = text.search(/[\r\n]/);
  const end = nl === -1 ? text.length : nl;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: end } };
}

/**
 * A broken config: one diagnostic at the top of the document naming the
 * error, with the config file as related information (at the line and column
 * of a JSON syntax error when the message gives one).
 */
export function configErrorDiagnostic(text: string, error: { message: string; messageEn?: string; file?: string }, locale: Locale): Diagnostic {
  const message = locale === 'en' && error.messageEn ? error.messageEn : error.message;
  const d: Diagnostic = {
    range: firstLineRange(text),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: CONFIG_ERROR_CODE,
    message: serverText('configError', locale, message),
  };
  if (error.file && path.isAbsolute(error.file)) {
    const at = /\(line (\d+), column (\d+)\)|（第 (\d+) 行第 (\d+) 列）/.exec(message);
    const pos = at ? { line: Number(at[1] ?? at[3]) - 1, character: Number(at[2] ?? at[4]) - 1 } : { line: 0, character: 0 };
    d.relatedInformation = [{ location: { uri: pathToFileURL(error.file).href, range: { start: pos, end: pos } }, message: serverText('configFile', locale) }];
  }
  return d;
}

export function internalErrorDiagnostic(text: string, error: unknown, locale: Locale): Diagnostic {
  const msg = error instanceof Error ? error.message : String(error);
  return {
    range: firstLineRange(text),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: INTERNAL_ERROR_CODE,
    message: serverText('internalError', locale, msg),
  };
}

/** A file: URI → absolute path; undefined for other schemes (untitled:, git:, …). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The client's UI language (InitializeParams.locale, e.g. "zh-cn", "en") → the locale of the server's own texts. */
export function clientLocale(locale: string | undefined): Locale {
  return locale && /^en\b/i.test(locale) ? 'en' : 'zh';
}
