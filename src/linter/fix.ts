import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import { applyFixes } from '../engine/fix.js';
import type { LintMessage } from '../engine/types.js';
import { decode, encode, formatOf } from '../parse/index.js';
import { countResult, type FileResult } from './types.js';

/** Fixes are applied in passes (overlapping edits wait for the next pass); a fix that never settles stops here. */
export const MAX_FIX_PASSES = 10;

/** Formats whose text is the file itself, so an edit at an offset is an edit of the file. */
const FIXABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];

export function isFixableFile(filePath: string): boolean {
  const format = formatOf(filePath);
  return (format === 'text' || format === 'markdown') && FIXABLE_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

export interface FixPasses<R> {
  output: string;
  /** Passes that changed the text. */
  passes: number;
  /** Messages whose fixes were applied, over all passes. */
  fixed: number;
  /** The last lint: of `output`. */
  last: R;
}

/**
 * Apply fixes as minimal text edits, re-lint, and repeat until no fix is
 * left or nothing changes (at most MAX_FIX_PASSES): the result is what a
 * second run would leave alone.
 */
export async function fixUntilStable<R extends { messages: readonly LintMessage[] }>(
  text: string,
  first: R,
  relint: (text: string) => Promise<R>,
  maxPasses = MAX_FIX_PASSES,
): Promise<FixPasses<R>> {
  let output = text;
  let last = first;
  let passes = 0;
  let fixed = 0;
  while (passes < maxPasses) {
    const r = applyFixes(output, last.messages);
    if (!r.fixed.length || r.output === output) break;
    passes++;
    fixed += r.fixed.length;
    output = r.output;
    last = await relint(output);
  }
  return { output, passes, fixed, last };
}

export class FixWriteError extends Error {
  readonly code = 'FZLINT_FIX_WRITE';
}

/**
 * Write fixed text over a file: in the encoding and with the byte-order mark
 * it was read with (line endings are in the text and kept as they were), to a
 * temporary file in the same directory that is then renamed over the
 * original, so a reader never sees half a file. Refuses when the file
 * changed on disk since it was linted.
 */
export function writeFixedFile(filePath: string, linted: string, fixed: string): void {
  let real: string;
  let current;
  try {
    real = realpathSync(filePath);
    current = decode(readFileSync(real));
  } catch (e) {
    throw new FixWriteError(`cannot re-read the file before writing: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (current.text !== linted) throw new FixWriteError('the file changed on disk while it was being fixed; nothing was written');
  let bytes: Uint8Array;
  try {
    bytes = encode(fixed, current.encoding, current.bom);
  } catch (e) {
    throw new FixWriteError(`cannot encode the fixed text as ${current.encoding}: ${e instanceof Error ? e.message : String(e)}`);
  }
  writeFileAtomic(real, bytes);
}

/** Temp file in the same directory (same file system), fsync, keep the mode, rename over the target. */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(target);
  const mode = statSync(target).mode & 0o7777;
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.fzlint-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // the umask may have narrowed it
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw new FixWriteError(`cannot write the fixed file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export interface FixRunOptions {
  /** true: write the files (--fix); false: only compute the diff (--fix-dry-run). */
  write: boolean;
  /** Paths in the diff are relative to this directory. */
  cwd: string;
}

export interface FixRunResult {
  /** The results after fixing: what is left to report. */
  results: FileResult[];
  /** Unified diff of every change (the changes written, or those --fix-dry-run would write). */
  diff: string;
  /** Files whose text changed. */
  changed: string[];
}

/**
 * --fix / --fix-dry-run over lint results: for each .txt or .md file with
 * fixable findings, fix until stable, then write it (or diff it). A file
 * without a fix, or whose fixes change nothing, is never written.
 */
export async function fixResults(
  results: readonly FileResult[],
  relint: (text: string, filePath: string) => Promise<FileResult>,
  options: FixRunOptions,
): Promise<FixRunResult> {
  const out: FileResult[] = [];
  const changed: string[] = [];
  let diff = '';
  for (const r of results) {
    if (r.fileError || r.source === undefined || !isFixableFile(r.filePath) || !r.messages.some((m) => m.fix?.length)) {
      out.push(r);
      continue;
    }
    const source = r.source;
    const fixed = await fixUntilStable(source, r, (text) => relint(text, r.filePath));
    if (fixed.output === source) {
      out.push(r);
      continue;
    }
    if (options.write) {
      try {
        writeFixedFile(r.filePath, source, fixed.output);
      } catch (e) {
        out.push(countResult({ ...r, fileError: e instanceof Error ? e.message : String(e) }));
        continue;
      }
    }
    changed.push(r.filePath);
    const name = path.relative(options.cwd, r.filePath).split(path.sep).join('/');
    diff += unifiedDiff(source, fixed.output, `a/${name}`, `b/${name}`);
    out.push({ ...fixed.last, encoding: r.encoding });
  }
  return { results: out, diff, changed };
}

/** Largest number of line edits diffed exactly; beyond it (a file rewritten), one hunk replaces every line. */
const MAX_EDIT_LENGTH = 1_000;

/** Lines with their terminators (\n, \r\n, or none on the last line). */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The patch lines of a block of lines with one prefix; a last line without newline gets diff's marker. */
function block(prefix: '-' | '+', lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    out.push(prefix + l.replace(/\r?\n$/, (m) => (m === '\r\n' ? '\r' : '')));
    if (!l.endsWith('\n')) out.push('\\ No newline at end of file');
  }
  return out;
}

/** A unified diff (diff -u, git apply) of two texts, by the `diff` package; empty when they are equal. */
export function unifiedDiff(before: string, after: string, fromName: string, toName: string, context = 3): string {
  if (before === after) return '';
  const patch =
    structuredPatch(fromName, toName, before, after, undefined, undefined, { context, maxEditLength: MAX_EDIT_LENGTH }) ?? {
      oldFileName: fromName,
      newFileName: toName,
      oldHeader: undefined,
      newHeader: undefined,
      hunks: [
        {
          oldStart: 1,
          oldLines: splitLines(before).length,
          newStart: 1,
          newLines: splitLines(after).length,
          lines: [...block('-', splitLines(before)), ...block('+', splitLines(after))],
        },
      ],
    };
  return formatPatch(patch, FILE_HEADERS_ONLY);
}
