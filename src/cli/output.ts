import { writeFileSync } from 'node:fs';
import { makeDirs } from '../linter/make-dirs.js';
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

