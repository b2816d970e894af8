import type { Locale } from '../engine/types.js';

/**
 * Limits on what the Linter reads, and the file-level errors that say so.
 * See docs/security.md for why the defaults are what they are.
 */

/**
 * Default maxFileSize: 20 MB (20 × 1024 × 1024 bytes). Published reports are
 * 10–30 KB of text and a Word file with photographs a few MB; linting takes
 * about 2 s per MB of text, so a 20 MB text still finishes in under a minute,
 * while a mistaken target (a database dump, a disk image) is refused at once.
 */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** "52428800 bytes (50.0 MB)": the exact count, and a rounded one people read. */
export function describeSize(bytes: number, locale: Locale): string {
  const unit = locale === 'zh' ? '字节' : 'bytes';
  if (bytes < 1024) return `${bytes} ${unit}`;
  const rounded = bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} ${unit} (${rounded})`;
}

/**
 * Most lines (Word: paragraphs) one file may have. Memory grows with lines, not bytes: the syntax tree
 * and the model cost ~1.15 KB per line, so 20 MB of short lines (1.7 million) needed ~3.9 GB and minutes.
 * A long published report has 200–3,000 lines; 100,000 lines cost ~120 MB and a few seconds.
 */
export const MAX_LINES = 100_000;
/** Most markup tags one HTML page may have (a report page has 1,000–10,000): each becomes tree nodes. */
export const MAX_HTML_TAGS = 500_000;

/** Why a decoded text is past the structure budgets (MAX_LINES, MAX_HTML_TAGS), in the user's language; undefined when within. */
export function structureOverBudget(text: string, format: string, locale: Locale): string | undefined {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  const unit = format === 'docx' || format === 'doc' || format === 'pdf' ? (locale === 'zh' ? '段' : 'paragraphs') : locale === 'zh' ? '行' : 'lines';
  if (lines > MAX_LINES) {
    return locale === 'zh'
      ? `文件过长：${lines} ${unit}，超过 ${MAX_LINES} ${unit}的上限（一份报告通常不超过 3000 ${unit}），未检查`
      : `too many ${unit}: ${lines}, over the limit of ${MAX_LINES} (a report has at most a few thousand); not linted`;
  }
  if (format === 'html') {
    let tags = 0;
    for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) tags++;
    if (tags > MAX_HTML_TAGS) {
      return locale === 'zh'
        ? `网页标签过多：${tags} 个，超过 ${MAX_HTML_TAGS} 个的上限（一篇报告网页通常不超过 1 万个），未检查`
        : `too many HTML tags: ${tags}, over the limit of ${MAX_HTML_TAGS} (a report page has at most ~10,000); not linted`;
    }
  }
  return undefined;
}

/** The file-level error for a file over maxFileSize. */
export function tooLargeMessage(size: number, limit: number, locale: Locale, atLeast = false): string {
  if (atLeast) {
    return locale === 'zh'
      ? `输入过大：读到 ${describeSize(size, locale)} 时已超过 maxFileSize 上限 ${describeSize(limit, locale)}，停止读取，未检查`
      : `input too large: past the maxFileSize limit of ${describeSize(limit, locale)} after ${describeSize(size, locale)}; reading stopped, not linted`;
  }
  return locale === 'zh'
    ? `文件过大：${describeSize(size, locale)}，超过 maxFileSize 上限 ${describeSize(limit, locale)}，未检查（确为报告时可在配置文件中调高 maxFileSize）`
    : `file too large: ${describeSize(size, locale)} exceeds the maxFileSize limit of ${describeSize(limit, locale)}; not linted (raise maxFileSize in the config if this really is a report)`;
}

/**
 * The file-level error for a file with nothing to lint. An empty report is
 * almost always a failed export or copy; saying so is clearer than listing
 * every part of a report as missing.
 */
export function emptyFileMessage(bytes: number, locale: Locale): string {
  if (bytes === 0) return locale === 'zh' ? '文件为空（0 字节），没有可检查的内容：请确认导出或复制是否成功' : 'empty file (0 bytes): nothing to lint; check that the export or copy succeeded';
  return locale === 'zh'
    ? `文件没有文字内容（${describeSize(bytes, locale)}，只有空白字符），没有可检查的内容：请确认导出或复制是否成功`
    : `the file contains no text (${describeSize(bytes, locale)}, whitespace only): nothing to lint; check that the export or copy succeeded`;
}

/** Why a file could not be read, from the fs error code. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'file not found (deleted?)';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return String(code ?? (error instanceof Error ? error.message : error));
  }
}

/**
 * Read a stream (standard input) up to `limit` bytes. Past the limit reading stops and `over` is set:
 * the bytes read so far (limit + one chunk at most) are all that is held.
 */
export async function readStreamLimited(stream: AsyncIterable<unknown> & { destroy?: () => void }, limit: number): Promise<{ bytes: Uint8Array; over: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    chunks.push(b);
    if (total > limit) {
      stream.destroy?.();
      return { bytes: Buffer.concat(chunks), over: true };
    }
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

/**
 * Default per-file deadline (ms; config key fileTimeLimit): the parse, the model and the rules of one file
 * run under it (linter/watchdog.ts; in a worker too). A 5 MB report takes ~2 s, so only a loop that never
 * ends reaches it. A rule that is still running then is stopped and reported; the file's other rules run again.
 */
export const DEFAULT_FILE_TIME_LIMIT = 60_000;

/** The error text of a rule stopped at the file's deadline (inside the engine's internal-error message). */
export function ruleStoppedText(ms: number, locale: Locale): string {
  return locale === 'zh'
    ? `超过 ${ms} 毫秒仍未返回，已中止（可能陷入死循环；本文件的其他规则照常检查）`
    : `did not return within ${ms} ms and was stopped (it may loop forever; the file's other rules were run)`;
}

/** The file error when reading the structure (parse and model) passed the file's deadline. */
export function modelTimedOut(ms: number, locale: Locale): string {
  return locale === 'zh'
    ? `检查超时：解析和建模超过 ${ms} 毫秒仍未完成，已中止（可能陷入死循环），本文件未能检查，其他文件照常检查`
    : `time limit exceeded: parsing and modelling did not finish within ${ms} ms and were stopped (they may loop forever); this file was not checked, the others were`;
}
