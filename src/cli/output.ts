import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class OutputFileError extends Error {
  readonly code = 'FZLINT_OUTPUT_FILE';
}

/**
 * --output-file: write the formatted report to a file, creating its directories.
 * The CLI is the only writer; formatters return strings and never touch the file system.
 */
export function writeOutputFile(file: string, text: string): void {
  const body = text && !text.endsWith('\n') ? text + '\n' : text;
  try {
    makeDirs(path.dirname(path.resolve(file)));
    writeFileSync(file, body, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code === 'ENOTDIR' ? 'a parent is not a directory' : code === 'ENOENT' ? 'its folder cannot be created' : String(code ?? e);
    throw new OutputFileError(`cannot write output file ${file}: ${why}（无法写入输出文件）`);
  }
}

/**
 * mkdir -p, one level at a time from the nearest existing ancestor. Node's own `recursive: true` never
 * returns when the kernel answers ENOENT for a directory whose parent exists (under /proc it loops forever);
 * here that is an error like any other.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      if (statSync(d).isDirectory()) break;
      throw Object.assign(new Error(`${d} is not a directory`), { code: 'ENOTDIR' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(d) === d) throw e;
      missing.push(d);
    }
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
