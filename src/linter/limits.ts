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

/** The file-level error for a file over maxFileSize. */
export function tooLargeMessage(size: number, limit: number, locale: Locale): string {
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
