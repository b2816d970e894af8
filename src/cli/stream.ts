import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../engine/types.js';
import type { FormatterStream, OutputPart, StreamingFormatter } from '../format/types.js';
import type { Linter } from '../linter/linter.js';
import type { FileResult } from '../linter/types.js';
import { readSuppressions, SUPPRESSIONS_FILE } from '../linter/suppressions.js';
import { outputFileError } from './output.js';
import { makeDirs } from '../linter/make-dirs.js';

/**
 * The streamed run (issue 22): results go to the formatter's streaming form one by one, in the order of
 * the run, and each file's text is written as it comes; only the counts for the exit code are kept. The
 * bytes written are those of the whole-run path. Runs that need every result at once stay on that path:
 * --fix and --fix-dry-run (fix and re-lint the run), --stdin (one result), --annotate, --debug (rule
 * crashes after the report), --previous (its warning comes before the report), a suppressions baseline
 * (--suppress-all, --prune-suppressions, or a baseline file: its stale entries are known only at the end),
 * and formats without a streaming form (sarif, checklist, html, junit, …: they summarise the run).
 */

/** The options of the run that decide whether it can stream. */
export interface StreamArgs {
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  annotate?: string;
  debug?: boolean;
  previous?: string | string[];
  suppressAll?: boolean;
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
}

/** Whether nothing in the run needs all results at once (the formatter is asked separately). */
export function runCanStream(args: StreamArgs, cwd: string): boolean {
  if (args.fix || args.fixDryRun || args.stdin || args.annotate !== undefined || args.debug || args.previous !== undefined) return false;
  if (args.suppressAll || args.pruneSuppressions) return false;
  try {
    return readSuppressions(path.resolve(cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE)) === undefined;
  } catch {
    return false; // a broken baseline: the whole-run path says so, as it always has
  }
}

export interface StreamRun {
  linter: Linter;
  paths: string[];
  formatter: StreamingFormatter;
  cwd: string;
  version: string;
  color: boolean;
  /** --locale; else the config of the first result's file; else zh (as the whole-run path chooses). */
  locale: Locale | undefined;
  /** --min-severity / --quiet applied to each result. */
  filter: (r: FileResult) => FileResult;
  /** --output-file (absolute), or undefined for stdout. */
  outputFile: string | undefined;
  stdout: (s: string) => void;
  /** Standard output for bytes, when the host has one (the process): json then writes its packed fixes as bytes. */
  stdoutBytes?: (b: Uint8Array) => void;
  maxWarnings: number;
}

/** Lint and write as the results come; resolves to the exit code (the same as exitCode() over all results). */
export async function streamRun(run: StreamRun): Promise<number> {
  const sink = run.outputFile === undefined ? stdoutSink(run.stdout, run.stdoutBytes) : fileSink(run.outputFile);
  let fatal = 0;
  let errors = 0;
  let warnings = 0;
  try {
    let stream: FormatterStream | undefined;
    const open = async (first: FileResult | undefined): Promise<FormatterStream> => {
      const locale = run.locale ?? (first ? (await run.linter.configFor(first.filePath)).locale : undefined) ?? 'zh';
      return run.formatter({ cwd: run.cwd, locale, color: run.color, version: run.version });
    };
    for await (const raw of run.linter.lintFilesStream(run.paths)) {
      const r = run.filter(raw);
      stream ??= await open(r);
      fatal += r.fatalErrorCount;
      errors += r.errorCount;
      warnings += r.warningCount;
      if (sink.writeParts && stream.resultParts) sink.writeParts(stream.resultParts(r));
      else sink.write(stream.result(r));
    }
    stream ??= await open(undefined);
    sink.write(stream.end());
    sink.close();
  } catch (e) {
    sink.abandon();
    throw e;
  }
  if (fatal > 0) return 2;
  if (errors > 0) return 1;
  return run.maxWarnings >= 0 && warnings > run.maxWarnings ? 1 : 0;
}

interface Sink {
  write(text: string): void;
  /** Text and UTF-8 bytes, in order (a sink that writes bytes; else the CLI passes the joined text to write). */
  writeParts?(parts: readonly OutputPart[]): void;
  /** The run is done: end with a line break when anything was written, and publish. */
  close(): void;
  /** The run failed: publish nothing more (an output file is not replaced). */
  abandon(): void;
}

/**
 * Standard output: each piece at once (text, or bytes when the host takes them); the report ends with a line
 * break, and an empty report prints nothing.
 */
function stdoutSink(stdout: (s: string) => void, stdoutBytes?: (b: Uint8Array) => void): Sink {
  let wrote = false;
  let endsInLineBreak = false;
  const write = (part: OutputPart): void => {
    if (!part.length) return;
    wrote = true;
    if (typeof part === 'string') {
      stdout(part);
      endsInLineBreak = part.endsWith('\n');
    } else {
      stdoutBytes!(part);
      endsInLineBreak = part[part.length - 1] === 0x0a;
    }
  };
  return {
    write,
    writeParts: stdoutBytes
      ? (parts) => {
          for (const part of parts) write(part);
        }
      : undefined,
    close() {
      if (wrote && !endsInLineBreak) stdout('\n');
    },
    abandon() {},
  };
}

/** Bytes gathered before a write to the output file. */
const CHUNK = 1 << 16;

/**
 * --output-file: written to a temporary file beside it and renamed over it at the end, so the file is
 * replaced whole or not at all (a run that fails midway leaves the old report). Same errors as writeOutputFile.
 * Text is encoded straight into one buffer (no concatenated string to flatten and encode again), bytes are
 * copied into it, and the buffer is written when full.
 */
function fileSink(file: string): Sink {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  const buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  let wrote = false;
  let endsInLineBreak = false;
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw outputFileError(file, e);
    }
  };
  guard(() => {
    makeDirs(path.dirname(path.resolve(file)));
    fd = openSync(temp, 'w');
  });
  const writeBytes = (bytes: Uint8Array): void => {
    guard(() => {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd!, bytes, at, bytes.length - at);
    });
  };
  const flush = (): void => {
    if (!used) return;
    writeBytes(buffer.subarray(0, used));
    used = 0;
  };
  const write = (part: OutputPart): void => {
    if (!part.length) return;
    wrote = true;
    if (typeof part === 'string') {
      endsInLineBreak = part.endsWith('\n');
      // a UTF-16 code unit is at most three bytes in UTF-8
      if (part.length * 3 > CHUNK - used) flush();
      if (part.length * 3 > CHUNK) writeBytes(Buffer.from(part, 'utf8'));
      else used += buffer.write(part, used, 'utf8');
    } else {
      endsInLineBreak = part[part.length - 1] === 0x0a;
      if (part.length > CHUNK - used) flush();
      if (part.length > CHUNK) writeBytes(part);
      else {
        buffer.set(part, used);
        used += part.length;
      }
    }
  };
  const drop = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(temp, { force: true });
  };
  return {
    write,
    writeParts(parts) {
      for (const part of parts) write(part);
    },
    close() {
      try {
        if (wrote && !endsInLineBreak) write('\n');
        flush();
        closeSync(fd!);
        fd = undefined;
        guard(() => renameSync(temp, file));
      } catch (e) {
        drop();
        throw e;
      }
    },
    abandon() {
      try {
        drop();
      } catch {
        // the run's own error is the one to report
      }
    },
  };
}
