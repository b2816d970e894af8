import { makeDirs } from '../linter/make-dirs.js';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import { ReadError } from '../parse/index.js';
import { PackageError, type Annotated } from './docx.js';
import { annotateBytes } from './bytes.js';

/**
 * --annotate [DIR]: for every linted file, a Word copy with the findings as comments,
 * `<name>.fzlint.docx` next to the input or in DIR. The input is only read; the output is written
 * to a temporary file beside it and renamed over any earlier output, so a reader never sees half a
 * file. A file that could not be linted (damaged .docx, not text…) gets no output: its error was
 * reported already.
 */
export interface AnnotateRunOptions {
  cwd: string;
  /** Directory for the copies; default: beside each input. */
  dir?: string;
  locale: Locale;
  describe?: (ruleId: string) => string | undefined;
  /** Comment date; default SOURCE_DATE_EPOCH when set (reproducible copies), else now. */
  date?: string;
}

export interface AnnotateOutcome {
  written: { input: string; output: string; comments: number; moved: number }[];
  /** Messages for files that were linted but could not be annotated. */
  errors: string[];
}

export const ANNOTATED_SUFFIX = '.fzlint.docx';

/** Is this file itself an annotated copy (a later run must not annotate it again)? */
export function isAnnotatedCopy(file: string): boolean {
  return file.toLowerCase().endsWith(ANNOTATED_SUFFIX);
}

/**
 * `--annotate X`: yargs gives the next word to the flag. A word that names an existing file,
 * or a report by its extension, is an input, not the directory for the copies; so is any word
 * when no other path is given (`fzlint --annotate reports/` lints reports/, copies beside).
 */
export function annotateArgument(value: string | undefined, cwd: string, otherPaths = true): { dir?: string; input?: string } {
  if (value === undefined || value === '') return {};
  if (!otherPaths) return { input: value };
  const abs = path.resolve(cwd, value);
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    isFile = /\.(txt|text|md|markdown|html?|xhtml|docx?|pdf|wps)$/i.test(value);
  }
  return isFile ? { input: value } : { dir: value };
}

/** Output path for each input: `<stem>.fzlint.docx`, or `<name>.fzlint.docx` (then -2, -3…) where two inputs would share one. */
export function outputPaths(inputs: string[], dir: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(inputs.map((f) => path.resolve(f)));
  for (const input of inputs) {
    const base = path.basename(input);
    const ext = path.extname(base);
    const folder = dir ?? path.dirname(input);
    const candidates = [base.slice(0, base.length - ext.length) + ANNOTATED_SUFFIX, base + ANNOTATED_SUFFIX];
    let chosen: string | undefined;
    for (const c of candidates) {
      const p = path.join(folder, c);
      if (!taken.has(p)) {
        chosen = p;
        break;
      }
    }
    for (let n = 2; !chosen; n++) {
      const p = path.join(folder, `${base}-${n}${ANNOTATED_SUFFIX}`);
      if (!taken.has(p)) chosen = p;
    }
    taken.add(chosen);
    out.set(input, chosen);
  }
  return out;
}

export async function writeAnnotatedCopies(results: FileResult[], options: AnnotateRunOptions): Promise<AnnotateOutcome> {
  const zh = options.locale !== 'en';
  const dir = options.dir === undefined ? undefined : path.resolve(options.cwd, options.dir);
  const todo = results.filter((r) => !r.fileError && !r.ignored && !isAnnotatedCopy(r.filePath) && path.isAbsolute(r.filePath) && existsSync(r.filePath));
  const outputs = outputPaths(
    todo.map((r) => r.filePath),
    dir,
  );
  const outcome: AnnotateOutcome = { written: [], errors: [] };
  for (const r of todo) {
    const output = outputs.get(r.filePath)!;
    const name = path.relative(options.cwd, r.filePath) || r.filePath;
    try {
      const made = await annotateFile(r, options);
      if (!made) {
        outcome.errors.push(zh ? `${name}：检查后文件已改变，未生成批注版` : `${name}: the file changed after it was linted; no annotated copy written`);
        continue;
      }
      writeAtomically(output, made.bytes);
      outcome.written.push({ input: r.filePath, output, comments: made.comments, moved: made.moved });
    } catch (e) {
      if (e instanceof PackageError) {
        const detail = e.message.split('\n')[0].slice(0, 120);
        outcome.errors.push(new ReadError('corrupt-docx', { name, detail: { zh: detail, en: detail } }).localized(options.locale));
      } else if (e instanceof WriteError) {
        outcome.errors.push(zh ? `无法写入批注版 ${path.relative(options.cwd, output) || output}：${e.message}` : `cannot write the annotated copy ${output}: ${e.message}`);
      } else throw e;
    }
  }
  return outcome;
}

/** The annotated copy of one linted file, or undefined when the file no longer holds the text linted. */
export async function annotateFile(r: FileResult, options: Pick<AnnotateRunOptions, 'locale' | 'describe' | 'date'>): Promise<Annotated | undefined> {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = options.date ?? (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000).toISOString() : undefined);
  return annotateBytes(readFileSync(r.filePath), r.filePath, r.source ?? '', r.messages, { locale: options.locale, describe: options.describe, date });
}

class WriteError extends Error {}

function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    makeDirs(path.dirname(path.resolve(file)));
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new WriteError(code === 'EACCES' || code === 'EPERM' ? 'permission denied（权限不足）' : code === 'EISDIR' ? 'is a directory（是目录）' : code === 'ENOTDIR' ? 'a parent is not a directory（上级不是目录）' : String(code ?? e));
  }
}
