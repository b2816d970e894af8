import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
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
}

function refuse(why: string): FixWriteError {
  const e = new FixWriteError(`not fixed: ${why}`);
  e.refused = true;
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
  if (st.isSymbolicLink()) throw refuse('the file is a symbolic link (--fix never writes through a link; fix its target by name)');
  if (!st.isFile()) throw refuse('not a regular file');
  if (st.nlink > 1) throw refuse(`the file has ${st.nlink} hard links (a rename would split them)`);
  if ((st.mode & 0o222) === 0) throw refuse('the file is read-only');
  let raw: Buffer;
  let current;
  try {
    raw = readFileSync(filePath);
    current = decode(raw);
  } catch (e) {
    throw new FixWriteError(`cannot re-read the file before writing: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (current.text !== linted) throw new FixWriteError('the file changed on disk while it was being fixed; nothing was written');
  if (encoding !== undefined && current.encoding !== encoding) throw refuse(`the file was linted as ${encoding} but now reads as ${current.encoding}`);
  if (current.encoding === 'gb18030' && isUtf8(raw)) {
    throw refuse('the file is valid UTF-8 and valid GB18030 and was read as GB18030, so its encoding is uncertain; save it as UTF-8 with Chinese text or a BOM');
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
  skipped: { filePath: string; why: string }[];
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
  const skipped: { filePath: string; why: string }[] = [];
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
          skipped.push({ filePath: r.filePath, why: e.message });
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

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their terminators (\n, \r\n, or none on the last line). */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Largest middle (after common lines at both ends) diffed line by line; beyond it, one replaced block. */
const MAX_DIFF_CELLS = 4_000_000;

function diffLines(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const ops: Op[] = a.slice(0, pre).map((line) => ({ kind: ' ', line }));
  const n = A.length;
  const m = B.length;
  if ((n + 1) * (m + 1) > MAX_DIFF_CELLS) {
    for (const line of A) ops.push({ kind: '-', line });
    for (const line of B) ops.push({ kind: '+', line });
  } else {
    // longest common subsequence, from the end
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = A[i] === B[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && A[i] === B[j]) {
        ops.push({ kind: ' ', line: A[i] });
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
        ops.push({ kind: '+', line: B[j++] });
      } else {
        ops.push({ kind: '-', line: A[i++] });
      }
    }
  }
  for (const line of a.slice(a.length - suf)) ops.push({ kind: ' ', line });
  // removals before additions within a changed run, as diff(1) prints them
  for (let k = 0; k < ops.length; ) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    let e = k;
    while (e < ops.length && ops[e].kind !== ' ') e++;
    const run = ops.slice(k, e);
    ops.splice(k, e - k, ...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
    k = e;
  }
  return ops;
}

/** A unified diff (diff -u, git apply) of two texts; empty when they are equal. */
export function unifiedDiff(before: string, after: string, fromName: string, toName: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  let out = `--- ${fromName}\n+++ ${toName}\n`;
  const changes = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  let h = 0;
  while (h < changes.length) {
    // a hunk: changes less than 2×context lines apart share one
    let last = h;
    while (last + 1 < changes.length && changes[last + 1] - changes[last] <= 2 * context) last++;
    const from = Math.max(0, changes[h] - context);
    const to = Math.min(ops.length, changes[last] + context + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k].kind !== '+') oldStart++;
      if (ops[k].kind !== '-') newStart++;
    }
    const body = ops.slice(from, to);
    const oldCount = body.filter((o) => o.kind !== '+').length;
    const newCount = body.filter((o) => o.kind !== '-').length;
    out += `@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@\n`;
    for (const o of body) {
      out += o.kind + o.line;
      if (!o.line.endsWith('\n')) out += '\n\\ No newline at end of file\n';
    }
    h = last + 1;
  }
  return out;
}
