import { unfixableFiles, unfixableNotice } from '../linter/unfixable.js';
import path from 'node:path';
import { appendFileSync } from 'node:fs';
import { packageRoot, packageVersion } from '../linter/pkg.js';
import { ConfigError } from '../config/errors.js';
import type { Locale } from '../engine/types.js';
import { FormatterError, loadFormatter, loadStreamingFormatter } from '../format/index.js';
import { runCanStream, streamRun } from './stream.js';
import type { FormatContext } from '../format/types.js';
import { OutputFileError, writeOutputFile } from './output.js';
import { cliLocale, localizeError, msg } from './messages.js';
import { plainArgs } from './args.js';
import { InitError, runInit } from './init.js';
import { parseRuleOption } from './rule-option.js';
import { suggest } from '../config/suggest.js';
import type { RuleEntry } from '../config/load.js';
import { Linter, type ConfigLookup } from '../linter/linter.js';
import { describeConfigs, formatNotices } from '../linter/notices.js';
import { escapeControls } from '../format/util.js';
import { printStructureCommand } from './print-structure.js';
import { PathError } from '../linter/files.js';
import type { FileResult } from '../linter/types.js';
import { withMessages } from '../linter/serialize.js';
import { DEFAULT_MAX_FILE_SIZE, readStreamLimited, tooLargeMessage } from '../linter/limits.js';
import { countResult } from '../linter/types.js';
import { parseConcurrency } from '../linter/workers.js';
import { applySuppressions, pruneSuppressions, readSuppressions, suppressAll, SuppressionsError, SUPPRESSIONS_FILE, writeSuppressions } from '../linter/suppressions.js';

export interface CliIO {
  stdout: (s: string) => void;
  /** Standard output for bytes (optional: the streamed json writes its packed fixes as bytes through it). */
  stdoutBytes?: (b: Uint8Array) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stdout is a colour-capable terminal. */
  isTTY?: boolean;
  /** All of standard input, for --stdin (default: read process.stdin). */
  readStdin?: () => Promise<Uint8Array>;
  /** Standard input as a stream, for the questions of --init (default: process.stdin). */
  stdinStream?: NodeJS.ReadableStream;
  /**
   * The environment: LANG/LC_ALL/LC_MESSAGES (language of the CLI's own texts), NO_COLOR, FORCE_COLOR (none
   * when not given: run() passes process.env); GITHUB_STEP_SUMMARY for --format github (process.env when not given).
   */
  env?: Record<string, string | undefined>;
  /** false: never stream results to the formatter (stream.ts), the whole-run path always; tests compare the two. */
  stream?: boolean;
}


/** Whether to colour: --color/--no-color, else NO_COLOR (any value turns colour off), else FORCE_COLOR, else a terminal on stdout. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, toFile: boolean, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !toFile && Boolean(isTTY);
}

/**
 * Built-in formatters that read neither a result's text nor its model (json's `report` is the summary computed
 * while linting; a Word or PDF result keeps its text for json's paragraph context): the run need not keep them (issue 22).
 */
export const TEXTLESS_FORMATS: ReadonlySet<string> = new Set(['stylish', 'compact', 'unix', 'junit', 'checkstyle', 'json']);

const SEVERITY_RANK = { info: 0, warn: 1, error: 2 } as const;

/** Run the CLI; resolves to the exit code: 0 clean, 1 problems, 2 usage/config/read/internal error. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--lsp')) {
    // The language server; editors add transport flags (--stdio, --clientProcessId=…) that are not CLI options
    const { runStdioServer } = await import('../lsp/server.js');
    return runStdioServer();
  }
  const env = io.env ?? {};
  const ui = cliLocale(argv, env);
  const usage = (text: string): number => {
    io.stderr(`fzlint: ${text}\n${msg(ui, 'seeHelp')}\n`);
    return 2;
  };
  // the common invocation (paths and a few plain flags) without yargs; anything else through yargs (issue 22)
  let args = plainArgs(argv);
  if (!args) {
    const { parseWithYargs } = await import('./yargs-args.js');
    const parsed = await parseWithYargs(argv, ui, usage);
    if (typeof parsed === 'number') return parsed;
    if (typeof parsed === 'string') {
      io.stdout(parsed);
      return 0;
    }
    args = parsed;
  }
  const configLookup = parseConfigLookup(args.configLookup);
  if (!configLookup) {
    io.stderr(`fzlint: --config-lookup: expected cwd, files or off, got "${String(args.configLookup)}"\nRun "fzlint --help" for usage.\n`);
    return 2;
  }

  if (!args.init) {
    for (const [opt, v] of [['--preset', args.preset], ['--report-year', args.reportYear], ['--yes', args.yes]] as const) if (v !== undefined) return usage(msg(ui, 'optionNeedsInit', opt));
  } else {
    try {
      const file = await runInit(io.cwd, { preset: args.preset, reportYear: args.reportYear, locale: args.locale }, {
        yes: Boolean(args.yes),
        locale: ui,
        input: io.stdinStream ?? process.stdin,
        prompt: (q) => io.stderr(q),
      });
      io.stderr(`fzlint: ${msg(ui, 'initWrote', path.relative(io.cwd, file) || file)}\n`);
      return 0;
    } catch (e) {
      if (e instanceof InitError) {
        io.stderr(`fzlint: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
  }

  let ruleOverrides: Record<string, RuleEntry> | undefined;
  for (const value of args.rule === undefined ? [] : ([] as string[]).concat(args.rule)) {
    try {
      ruleOverrides = { ...ruleOverrides, ...parseRuleOption(value) };
    } catch (e) {
      const why = (e as Error).message;
      const text =
        ui === 'zh'
          ? why.startsWith('level:')
            ? `规则“${why.slice(6)}”的级别应为 off、info、warn 或 error`
            : why.startsWith('options:')
              ? `规则“${why.slice(8)}”的设置应为 级别 或 [级别, {选项}]`
              : '写法不正确'
          : why.startsWith('level:')
            ? `the level of "${why.slice(6)}" must be off, info, warn or error`
            : why.startsWith('options:')
              ? `"${why.slice(8)}" must be a level or [level, {options}]`
              : 'syntax error';
      return usage(msg(ui, 'badRuleOption', value, text));
    }
  }
  const minSeverity = args.quiet ? 'error' : (args.minSeverity ?? 'info');

  let concurrency;
  try {
    concurrency = parseConcurrency(args.concurrency);
  } catch (e) {
    return usage(msg(ui, 'concurrency', (e as Error).message));
  }
  const linter = new Linter({
    cwd: io.cwd,
    configFile: args.config,
    locale: args.locale,
    inlineConfig: args.inlineConfig,
    reportUnusedDirectives: args.reportUnusedDirectives ? 'warn' : false,
    ignore: args.ignore,
    warnIgnored: args.warnIgnored,
    cache: args.cache,
    cacheLocation: args.cacheLocation,
    concurrency,
    configLookup,
    previous: args.previous === undefined ? undefined : ([] as string[]).concat(args.previous),
    ruleOverrides,
    ignorePatterns: args.ignorePattern === undefined ? undefined : ([] as string[]).concat(args.ignorePattern),
    // --annotate maps findings onto the text that was linted and --print-structure prints the model: both keep the texts
    keepText: args.fix || args.fixDryRun || args.annotate !== undefined || args.printStructure !== undefined || !TEXTLESS_FORMATS.has(args.format),
  });

  try {
    if (args.printConfig !== undefined) {
      const cfg = await linter.configFor(args.printConfig);
      const rules: Record<string, unknown> = {};
      for (const [id, { setting }] of cfg.rules) rules[id] = [setting.severity, setting.options];
      io.stdout(JSON.stringify({ configFile: cfg.file ?? null, locale: args.locale ?? cfg.locale ?? 'zh', reportYear: cfg.reportYear ?? null, rules }, null, 2) + '\n');
      return 0;
    }

    if (args.printStructure !== undefined) return await printStructureCommand(linter, args.printStructure, args.locale ?? ui, io);

    const paths = args._.map(String);
    // --annotate (批注版, loaded only when asked): an optional directory; a report named right after it is an input
    const annotator = args.annotate === undefined ? undefined : await import('../annotate/cli.js');
    const annotate = annotator?.annotateArgument(args.annotate, io.cwd, paths.length > 0);
    if (annotate?.input) paths.push(annotate.input);
    const stdinError =
      args.stdinFilename !== undefined && !args.stdin ? msg(ui, 'stdinFilenameNeedsStdin') : args.stdin && paths.length ? msg(ui, 'stdinWithPaths', paths.join(' ')) : undefined;
    if (stdinError) return usage(stdinError);
    if (!paths.length && !args.stdin) return usage(msg(ui, 'noPaths'));
    // issue 22: a formatter that streams and a run that needs no result twice: each file written as it comes (stream.ts)
    const streaming = io.stream !== false && runCanStream(args, io.cwd) ? await loadStreamingFormatter(args.format) : undefined;
    if (streaming) {
      const code = await streamRun({
        linter, paths, formatter: streaming, cwd: io.cwd, version: packageVersion(), locale: args.locale, maxWarnings: args.maxWarnings, stdout: io.stdout, stdoutBytes: io.stdoutBytes,
        color: useColor(args.color, env, args.outputFile !== undefined, io.isTTY),
        filter: (r) => (minSeverity === 'info' ? r : atLeast(r, minSeverity)),
        outputFile: args.outputFile === undefined ? undefined : path.resolve(io.cwd, args.outputFile),
      });
      io.stderr(formatNotices(linter.notices.all(), ui));
      return code;
    }
    const formatter = await loadFormatter(args.format, io.cwd);
    let results = args.stdin ? [await lintStdin(linter, args.stdinFilename, io)] : await linter.lintFiles(paths);
    if (args.previous !== undefined && !linter.previousUsed) {
      io.stderr(`fzlint: ${msg(ui, 'previousUnused')}\n`);
    }
    let fixDiff = '';
    if (args.fix || args.fixDryRun) {
      const linted = results.filter((r) => !r.fileError).map((r) => r.filePath);
      const { fixResults } = await import('../linter/fix.js'); // with the diff library: not on the cold path of a plain run
      const fixed = await linter.withRunOf(linted, () => fixResults(results, (text, file) => linter.lintText(text, file), { write: Boolean(args.fix), cwd: io.cwd }));
      results = fixed.results;
      fixDiff = fixed.diff;
      for (const k of fixed.skipped) io.stderr(`fzlint: ${escapeControls(path.relative(io.cwd, k.filePath) || k.filePath)}${ui === 'zh' ? '：' : ': '}${k.why[ui]}\n`);
    }
    const notices = linter.notices.all();
    results = baseline(results, args, io, ui);
    if (minSeverity !== 'info') results = results.map((r) => atLeast(r, minSeverity));
    const locale = args.locale ?? (results[0] ? (await linter.configFor(results[0].filePath)).locale : undefined) ?? 'zh';
    if (args.fix || args.fixDryRun) io.stderr(unfixableNotice(unfixableFiles(results), io.cwd, locale));
    // Every rule that ran: its metadata (SARIF tool.driver.rules) and, per file, its id (the checklist tells ✓ from “not checked”)
    const rulesMeta: Record<string, { description: { zh: string; en: string }; url: string; severity: string }> = {};
    const enabledRules: Record<string, string[]> = {};
    for (const r of results) {
      if (r.fileError || r.ignored) continue; // an ignored file was not linted: no rule ran on it
      const cfg = await linter.configFor(r.filePath);
      enabledRules[r.filePath] = [...cfg.rules.keys()];
      for (const [id, { rule }] of cfg.rules) rulesMeta[id] ??= { description: rule.meta.description, url: rule.meta.url, severity: rule.meta.severity };
    }
    // A file gets no colour unless --color (or FORCE_COLOR) asks for it
    const color = useColor(args.color, env, args.outputFile !== undefined, io.isTTY);
    const configUsed = describeConfigs(
      await Promise.all(results.filter((r) => !r.fileError && !r.ignored).map(async (r) => (await linter.loadedConfigFor(r.filePath)).file)),
      io.cwd,
      args.config !== undefined ? 'config' : configLookup,
      notices.filter((n) => n.kind === 'ignored-config').length,
    );
    const formatContext = { cwd: io.cwd, locale, color, rulesMeta, enabledRules, version: packageVersion(), ruleHelp: await ruleHelpFor(args.format), configUsed, notices };
    const out = formatter(results, formatContext);
    // In GitHub Actions, --format github also writes the job summary (a table of the reports)
    const stepSummary = (io.env ?? process.env).GITHUB_STEP_SUMMARY;
    if (args.format === 'github' && stepSummary) {
      const { githubStepSummary } = await import('../format/github.js');
      try {
        appendFileSync(stepSummary, githubStepSummary(results, formatContext));
      } catch (e) {
        io.stderr(`fzlint: ${msg(ui, 'stepSummaryFailed', stepSummary, e instanceof Error ? e.message : String(e))}\n`);
      }
    }
    // --fix-dry-run: the diff alone on stdout (a patch), the report beside it on stderr
    if (args.fixDryRun) io.stdout(fixDiff);
    if (args.outputFile !== undefined) writeOutputFile(path.resolve(io.cwd, args.outputFile), out);
    else if (out) (args.fixDryRun ? io.stderr : io.stdout)(out.endsWith('\n') ? out : out + '\n');
    // what the run did not check or apply, in every format: on stderr, never mixed into the report
    io.stderr(formatNotices(notices, ui));
    if (args.debug) printRuleCrashes(results, io, ui);
    if (annotator && !(await annotator.annotateForCli(results, { dir: annotate?.dir, cwd: io.cwd, locale, ui, rulesMeta }, io.stderr))) return 2;
    return exitCode(results, args.maxWarnings);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`fzlint: ${e.localized(ui)}\n${args.debug ? stackOf(e) : ''}`);
      return 2;
    }
    if (e instanceof PathError || e instanceof FormatterError || e instanceof SuppressionsError || e instanceof OutputFileError) {
      io.stderr(`fzlint: ${localizeError(e.message, ui, suggest)}\n${args.debug ? stackOf(e) : ''}`);
      return 2;
    }
    const text = e instanceof Error ? e.message : String(e);
    io.stderr(`fzlint: ${msg(ui, 'internalError', text)}\n${args.debug || process.env.FZLINT_DEBUG ? stackOf(e) : ''}`);
    return 2;
  }
}

/**
 * Rule pages for the formatters that embed them (sarif, html, a custom one). The Markdown toolchain that
 * renders them is loaded only then: a built-in formatter that quotes no page keeps it off the cold path.
 */
async function ruleHelpFor(format: string): Promise<FormatContext['ruleHelp']> {
  if (TEXTLESS_FORMATS.has(format)) return undefined;
  const { ruleHelpFrom } = await import('../format/rule-help.js');
  return ruleHelpFrom(packageRoot());
}

/** An error's stack and those of its causes (a plugin's own exception under the ConfigError), for --debug. */
function stackOf(e: unknown): string {
  let out = '';
  for (let cur: unknown = e, depth = 0; cur !== undefined && depth < 5; depth++) {
    const text = cur instanceof Error ? (cur.stack ?? `${cur.name}: ${cur.message}`) : String(cur);
    out += (depth ? 'Caused by: ' : '') + text + '\n';
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return out;
}

/** --debug: the stack of every rule that crashed, under the file and rule it crashed on (the report shows only the message). */
function printRuleCrashes(results: FileResult[], io: CliIO, ui: Locale): void {
  for (const r of results) {
    for (const m of r.messages) {
      if (m.internal && m.cause !== undefined) io.stderr(`fzlint: ${msg(ui, 'ruleCrashed', r.filePath, String(m.ruleId))}\n${stackOf(m.cause)}`);
    }
  }
}

/** --stdin: the bytes as they come (any encoding, HTML, Word); the name picks format and config, plain text without one. */
async function lintStdin(linter: Linter, name: string | undefined, io: CliIO): Promise<FileResult> {
  // maxFileSize while reading: a stream larger than the limit is not read to its end (2 GB in cost 3.9 GB RSS)
  const limit = (await linter.configFor(name ?? STDIN_NAME)).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = io.readStdin ? { bytes: await io.readStdin(), over: false } : await readStreamLimited(process.stdin, limit);
  if (read.over) {
    const locale = (await linter.configFor(name ?? STDIN_NAME)).locale ?? 'zh';
    return countResult({ filePath: name ? path.resolve(io.cwd, name) : STDIN_NAME, messages: [], fileError: tooLargeMessage(read.bytes.length, limit, locale, true) });
  }
  const bytes = read.bytes;
  if (name !== undefined) return linter.lintBytes(name, bytes);
  return { ...(await linter.lintBytes(STDIN_NAME, bytes, 'text')), filePath: STDIN_NAME };
}

const STDIN_NAME = '<stdin>';

function parseConfigLookup(v: string | boolean | undefined): ConfigLookup | undefined {
  if (v === undefined || v === true) return 'cwd';
  if (v === false) return 'off';
  return v === 'cwd' || v === 'files' || v === 'off' ? v : undefined;
}

/** --min-severity, --quiet: the findings of at least this severity (a file that could not be linted keeps its error). */
function atLeast(r: FileResult, min: 'warn' | 'error'): FileResult {
  // withMessages keeps a cached result's lazily built source and report lazy
  return withMessages(
    r,
    r.messages.filter((m) => m.fatal || SEVERITY_RANK[m.severity] >= SEVERITY_RANK[min]),
  );
}

/**
 * The suppressions baseline (fzlint-suppressions.json): --suppress-all writes
 * it, --prune-suppressions lowers it, and every run hides what it covers.
 */
function baseline(results: FileResult[], args: { suppressAll?: boolean; pruneSuppressions?: boolean; suppressionsLocation?: string }, io: CliIO, ui: Locale): FileResult[] {
  const file = path.resolve(io.cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE);
  const shown = path.relative(io.cwd, file) || file;
  let data = readSuppressions(file);
  if (args.suppressAll) {
    data = suppressAll(data, results, io.cwd);
    writeSuppressions(file, data);
    const n = Object.values(data).reduce((k, rules) => k + Object.values(rules).reduce((a, b) => a + b.count, 0), 0);
    io.stderr(`fzlint: ${msg(ui, 'baselineWritten', shown, n, Object.keys(data).length)}\n`);
  } else if (args.pruneSuppressions) {
    if (!data) throw new SuppressionsError(msg(ui, 'noBaselineToPrune', shown));
    data = pruneSuppressions(data, results, io.cwd);
    writeSuppressions(file, data);
  }
  if (!data) return results;
  const { results: kept, unused } = applySuppressions(results, data, io.cwd);
  if (unused.length) {
    const n = unused.reduce((k, u) => k + u.count - u.found, 0);
    io.stderr(`fzlint: ${msg(ui, 'baselineStale', shown, n, unused.map((u) => `${u.file} ${u.ruleId}`).join(', '))}\n`);
  }
  return kept;
}

export function exitCode(results: FileResult[], maxWarnings: number): number {
  if (results.some((r) => r.fatalErrorCount > 0)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}

/** Entry point for bin/fzlint.js: the only place that exits the process. */
export async function run(): Promise<void> {
  // A closed pipe (fzlint … | head -1): stop writing, no EPIPE stack trace; the run ends with its usual exit code
  let stdoutClosed = false;
  let stderrClosed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stdoutClosed = true;
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stderrClosed = true;
  });
  const code = await main(process.argv.slice(2), {
    stdout: (s) => {
      if (!stdoutClosed) process.stdout.write(s);
    },
    stdoutBytes: (b) => {
      if (!stdoutClosed) process.stdout.write(b);
    },
    stderr: (s) => {
      if (!stderrClosed) process.stderr.write(s);
    },
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY,
    env: process.env,
  });
  process.exitCode = code;
}
