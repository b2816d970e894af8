import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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
  /** Refused by policy (a link, hard links, read-only, ambiguous encoding): the findings stay, the file is named on stderr. */
  refused = false;
  /** Why, in both languages (refusals). */
  why?: { zh: string; en: string };
}

function refuse(zh: string, en: string): FixWriteError {
  const e = new FixWriteError(`not fixed: ${en}`);
  e.refused = true;
  e.why = { zh: `未修复：${zh}`, en: `not fixed: ${en}` };
  return e;
}

/**
 * Write fixed text over a file: in the encoding and with the byte-order mark
 * it was read with (line endings are in the text and kept as they were), to a
 * temporary file in the same directory that is then renamed over the
 * original, so a reader never sees half a file. Refuses (FixWriteError, the
 * file untouched) when the file is a symbolic link, has other hard links, is
 * read-only, changed on disk since it was linted, or now reads in another
 * encoding than it was linted in; or when its bytes are valid UTF-8 but were
 * read as GB18030 (the encoding is ambiguous: writing GB18030 bytes into a
 * UTF-8 file would corrupt it). `encoding`: the encoding the lint read.
 */
export function writeFixedFile(filePath: string, linted: string, fixed: string, encoding?: string): void {
  let st;
  try {
    st = lstatSync(filePath);
  } catch (e) {
    throw new FixWriteError(`cannot re-read the file before writing: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (st.isSymbolicLink()) throw refuse('这是符号链接（--fix 不经链接写入；请直接指定其目标）', 'the file is a symbolic link (--fix never writes through a link; fix its target by name)');
  if (!st.isFile()) throw refuse('不是普通文件', 'not a regular file');
  if (st.nlink > 1) throw refuse(`文件有 ${st.nlink} 个硬链接（改名写入会拆开它们）`, `the file has ${st.nlink} hard links (a rename would split them)`);
  if ((st.mode & 0o222) === 0) throw refuse('文件是只读的', 'the file is read-only');
  let raw: Buffer;
  let current;
  try {
    raw = readFileSync(filePath);
    current = decode(raw);
  } catch (e) {
    throw new FixWriteError(`cannot re-read the file before writing: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (current.text !== linted) throw new FixWriteError('the file changed on disk while it was being fixed; nothing was written');
  if (encoding !== undefined && current.encoding !== encoding) throw refuse(`检查时按 ${encoding} 读取，现在读作 ${current.encoding}`, `the file was linted as ${encoding} but now reads as ${current.encoding}`);
  if (current.encoding === 'gb18030' && isUtf8(raw)) {
    throw refuse('文件既是有效的 UTF-8 也是有效的 GB18030，按 GB18030 读取，编码无法确定；请存为带中文或 BOM 的 UTF-8', 'the file is valid UTF-8 and valid GB18030 and was read as GB18030, so its encoding is uncertain; save it as UTF-8 with Chinese text or a BOM');
  }
  let bytes: Uint8Array;
  try {
    bytes = encode(fixed, current.encoding, current.bom);
  } catch (e) {
    throw new FixWriteError(`cannot encode the fixed text as ${current.encoding}: ${e instanceof Error ? e.message : String(e)}`);
  }
  writeFileAtomic(filePath, bytes, raw);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Temporary files being written: removed if the run is interrupted (SIGINT, SIGTERM, SIGHUP). */
const liveTemps = new Set<string>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const t of liveTemps) {
        try {
          unlinkSync(t);
        } catch {
          // already renamed or removed
        }
      }
      // then die of the signal as before, so the parent sees the usual status
      process.kill(process.pid, sig);
    });
  }
}

/**
 * Temp file in the same directory (same file system), fsync, keep mode and owner, rename over the
 * target. `expected`: the target's bytes as read before; compared again after the temporary file is
 * written and just before the rename, so a change made while fixing (an append) is not overwritten.
 * (A change in the microseconds between that check and the rename can still be lost: POSIX has no
 * compare-and-rename.)
 */
export function writeFileAtomic(target: string, bytes: Uint8Array, expected?: Uint8Array): void {
  const dir = path.dirname(target);
  const st = statSync(target);
  const mode = st.mode & 0o7777;
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.fzlint-tmp`);
  let fd: number | undefined;
  hookSignals();
  try {
    liveTemps.add(tmp);
    fd = openSync(tmp, 'wx', mode);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // the umask may have narrowed it
    if (typeof process.getuid === 'function' && process.getuid() === 0 && (st.uid !== 0 || st.gid !== 0)) {
      chownSync(tmp, st.uid, st.gid); // run as root: the file stays its owner's
    }
    if (expected !== undefined && !readFileSync(target).equals(expected)) {
      throw new Error('the file changed on disk while it was being fixed; nothing was written');
    }
    renameSync(tmp, target);
    liveTemps.delete(tmp);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    liveTemps.delete(tmp);
    const msg = e instanceof Error ? e.message : String(e);
    throw new FixWriteError(msg.startsWith('the file changed') ? msg : `cannot write the fixed file: ${msg}`);
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
  /** Files with fixes that were not written, and why (a link, hard links, read-only, uncertain encoding). */
  skipped: { filePath: string; why: { zh: string; en: string } }[];
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
  const skipped: { filePath: string; why: { zh: string; en: string } }[] = [];
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
        writeFixedFile(r.filePath, source, fixed.output, r.encoding);
      } catch (e) {
        if (e instanceof FixWriteError && e.refused) {
          skipped.push({ filePath: r.filePath, why: e.why ?? { zh: e.message, en: e.message } });
          out.push(r);
        } else out.push(countResult({ ...r, fileError: e instanceof Error ? e.message : String(e) }));
        continue;
      }
    }
    changed.push(r.filePath);
    const name = path.relative(options.cwd, r.filePath).split(path.sep).join('/');
    diff += unifiedDiff(source, fixed.output, `a/${name}`, `b/${name}`);
    out.push({ ...fixed.last, encoding: r.encoding });
  }
  return { results: out, diff, changed, skipped };
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
