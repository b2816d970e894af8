import path from 'node:path';
import yargs from 'yargs';
import { packageVersion } from './pkg.js';
import { ConfigError } from '../config/errors.js';
import type { Locale } from '../engine/types.js';
import { FormatterError, loadFormatter } from '../format/index.js';
import { OutputFileError, writeOutputFile } from './output.js';
import { Linter } from '../linter/linter.js';
import { fixResults } from '../linter/fix.js';
import { PathError } from '../linter/files.js';
import { printStructureCommand } from './print-structure.js';
import type { FileResult } from '../linter/types.js';
import { withMessages } from '../linter/serialize.js';
import { parseConcurrency } from '../linter/workers.js';
import { applySuppressions, pruneSuppressions, readSuppressions, suppressAll, SuppressionsError, SUPPRESSIONS_FILE, writeSuppressions } from '../linter/suppressions.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stdout is a colour-capable terminal. */
  isTTY?: boolean;
  /** All of standard input, for --stdin (default: read process.stdin). */
  readStdin?: () => Promise<Uint8Array>;
}


const USAGE_ZH = `fzlint [路径..]  检查法治政府建设年度报告（.txt、.md、.html、.docx；目录会被递归查找）\n其他程序 | fzlint --stdin [--stdin-filename 报告.docx]  检查从标准输入读入的报告`;

/** Run the CLI; resolves to the exit code: 0 clean, 1 problems, 2 usage/config/read/internal error. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--lsp')) {
    // The language server; editors add transport flags (--stdio, --clientProcessId=…) that are not CLI options
    const { runStdioServer } = await import('../lsp/server.js');
    return runStdioServer();
  }
  let parsed;
  let usageError: string | undefined;
  const parser = yargs(argv)
    .scriptName('fzlint')
    .usage(`${USAGE_ZH}\nLint annual rule-of-law government reports.\n\nUsage: $0 [paths..] [options]`)
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: 'Output format: stylish, json, sarif, github, junit, checkstyle, unix, compact, checklist, html, or a path to a formatter module' })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file (directories are created) instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file for every input (no search)' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('locale', { choices: ['zh', 'en'] as const, describe: 'Language of messages (default: zh, or the config’s locale)' })
    .option('print-config', { type: 'string', describe: 'Print the configuration that applies to a file and exit' })
    .option('print-structure', { type: 'string', describe: 'Print how a report is read (outline, the part of each section and why, report and plan year) and exit' })
    .option('color', { type: 'boolean', describe: 'Colour the output (use --no-color to turn off)' })
    .option('lsp', { type: 'boolean', describe: 'Run the language server (LSP over stdio) for editors' })
    .option('inline-config', { type: 'boolean', default: true, describe: 'Apply <!-- fzlint-disable … --> directives in Markdown (--no-inline-config ignores them)' })
    .option('report-unused-directives', { type: 'boolean', default: false, describe: 'Warn about directives that suppress nothing' })
    .option('ignore', { type: 'boolean', default: true, describe: 'Honour .fzlintignore and ignorePatterns (--no-ignore lints every file)' })
    .option('warn-ignored', { type: 'boolean', default: true, describe: 'Warn when a file named on the command line is ignored (--no-warn-ignored skips it silently)' })
    .option('cache', { type: 'boolean', default: false, describe: 'Re-lint only files whose content, configuration or fzlint version changed' })
    .option('cache-location', { type: 'string', describe: 'Cache file, or directory for .fzlintcache (default: ./.fzlintcache)' })
    .option('concurrency', { type: 'string', describe: 'Lint in worker threads: auto, off (default) or a number' })
    .option('previous', { type: 'string', requiresArg: true, describe: 'The previous year’s report, given to cross-document rules (require-plan-followup) without being linted; repeatable' })
    .option('suppress-all', { type: 'boolean', describe: 'Record every current finding in fzlint-suppressions.json (a baseline) and report none of them' })
    .option('prune-suppressions', { type: 'boolean', describe: 'Lower the counts in fzlint-suppressions.json to the findings that remain' })
    .option('suppressions-location', { type: 'string', describe: 'Suppressions file (default: ./fzlint-suppressions.json)' })
    .option('fix', { type: 'boolean', describe: 'Apply safe fixes to .txt and .md files (written atomically, encoding kept), then report what is left' })
    .option('fix-dry-run', { type: 'boolean', describe: 'Print the fixes --fix would make as a unified diff on stdout (the report goes to stderr); write nothing' })
    .option('stdin', { type: 'boolean', describe: 'Lint the report read from standard input (text in any supported encoding, HTML or .docx)' })
    .option('stdin-filename', { type: 'string', requiresArg: true, describe: 'Name of the report read with --stdin: picks its format (.md, .html, .docx…) and configuration' })
    .option('debug', { type: 'boolean', default: false, describe: 'Print the stack traces of internal errors (a rule that crashed) and configuration errors (a plugin that failed to load) to stderr' })
    .conflicts('suppress-all', 'prune-suppressions')
    .conflicts('stdin', ['fix', 'fix-dry-run'])
    .conflicts('fix', 'fix-dry-run')
    .version(packageVersion())
    .help()
    .wrap(null)
    .alias('h', 'help')
    .alias('v', 'version')
    .strictOptions()
    .exitProcess(false)
    .fail((msg, err) => {
      usageError = msg ?? err?.message ?? 'invalid usage';
    });
  let helpOrVersion = false;
  let captured = '';
  try {
    parsed = await parser.parseAsync(argv, {}, (err, _argv, output) => {
      if (output) captured += output;
      if (err) usageError ??= err.message;
    });
    helpOrVersion = Boolean(captured) && !usageError;
  } catch (e) {
    usageError ??= e instanceof Error ? e.message : String(e);
  }
  if (usageError) {
    io.stderr(`fzlint: ${usageError}\nRun "fzlint --help" for usage.\n`);
    return 2;
  }
  if (helpOrVersion) {
    io.stdout(captured.endsWith('\n') ? captured : captured + '\n');
    return 0;
  }
  const args = parsed as unknown as {
    _: (string | number)[];
    format: string;
    config?: string;
    maxWarnings: number;
    quiet: boolean;
    locale?: Locale;
    printConfig?: string;
    printStructure?: string;
    color?: boolean;
    outputFile?: string;
    inlineConfig: boolean;
    reportUnusedDirectives: boolean;
    ignore: boolean;
    warnIgnored: boolean;
    cache: boolean;
    cacheLocation?: string;
    concurrency?: string;
    previous?: string | string[];
    suppressAll?: boolean;
    pruneSuppressions?: boolean;
    suppressionsLocation?: string;
    fix?: boolean;
    fixDryRun?: boolean;
    stdin?: boolean;
    stdinFilename?: string;
    debug: boolean;
  };

  let concurrency;
  try {
    concurrency = parseConcurrency(args.concurrency);
  } catch (e) {
    io.stderr(`fzlint: ${(e as Error).message}\nRun "fzlint --help" for usage.\n`);
    return 2;
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
    previous: args.previous === undefined ? undefined : ([] as string[]).concat(args.previous),
  });

  try {
    if (args.printConfig !== undefined) {
      const cfg = await linter.configFor(args.printConfig);
      const rules: Record<string, unknown> = {};
      for (const [id, { setting }] of cfg.rules) rules[id] = [setting.severity, setting.options];
      io.stdout(JSON.stringify({ configFile: cfg.file ?? null, locale: args.locale ?? cfg.locale ?? 'zh', reportYear: cfg.reportYear ?? null, rules }, null, 2) + '\n');
      return 0;
    }

    if (args.printStructure !== undefined) return await printStructureCommand(linter, args.printStructure, args.locale, io);

    const paths = args._.map(String);
    const stdinError = args.stdinFilename !== undefined && !args.stdin ? '--stdin-filename needs --stdin' : args.stdin && paths.length ? `--stdin reads one report from standard input; paths were also given: ${paths.join(' ')}` : undefined;
    if (stdinError) {
      io.stderr(`fzlint: ${stdinError}\nRun "fzlint --help" for usage.\n`);
      return 2;
    }
    if (!paths.length && !args.stdin) {
      io.stderr('fzlint: no paths given. Usage: fzlint <file|directory|glob>...\n（请指定要检查的文件或目录）\n');
      return 2;
    }
    const formatter = await loadFormatter(args.format, io.cwd);
    let results = args.stdin ? [await lintStdin(linter, args.stdinFilename, io)] : await linter.lintFiles(paths);
    if (args.previous !== undefined && !linter.previousUsed) {
      io.stderr('fzlint: --previous has no effect: no cross-document rule (require-plan-followup) is enabled\n（--previous 未生效：未启用跨文档规则 require-plan-followup）\n');
    }
    let fixDiff = '';
    if (args.fix || args.fixDryRun) {
      const linted = results.filter((r) => !r.fileError).map((r) => r.filePath);
      const fixed = await linter.withRunOf(linted, () => fixResults(results, (text, file) => linter.lintText(text, file), { write: Boolean(args.fix), cwd: io.cwd }));
      results = fixed.results;
      fixDiff = fixed.diff;
    }
    results = baseline(results, args, io);
    if (args.quiet) results = results.map(onlyErrors);
    const locale = args.locale ?? (results[0] ? (await linter.configFor(results[0].filePath)).locale : undefined) ?? 'zh';
    // Every rule that ran: its metadata (SARIF tool.driver.rules) and, per file, its id (the checklist tells ✓ from “not checked”)
    const rulesMeta: Record<string, { description: { zh: string; en: string }; url: string; severity: string }> = {};
    const enabledRules: Record<string, string[]> = {};
    for (const r of results) {
      if (r.fileError || r.ignored) continue; // an ignored file was not linted: no rule ran on it
      const cfg = await linter.configFor(r.filePath);
      enabledRules[r.filePath] = [...cfg.rules.keys()];
      for (const [id, { rule }] of cfg.rules) rulesMeta[id] ??= { description: rule.meta.description, url: rule.meta.url, severity: rule.meta.severity };
    }
    // A file gets no colour unless --color asks for it
    const color = args.color ?? (args.outputFile === undefined && Boolean(io.isTTY));
    const out = formatter(results, { cwd: io.cwd, locale, color, rulesMeta, enabledRules, version: packageVersion() });
    // --fix-dry-run: the diff alone on stdout (a patch), the report beside it on stderr
    if (args.fixDryRun) io.stdout(fixDiff);
    if (args.outputFile !== undefined) writeOutputFile(path.resolve(io.cwd, args.outputFile), out);
    else if (out) (args.fixDryRun ? io.stderr : io.stdout)(out.endsWith('\n') ? out : out + '\n');
    if (args.debug) printRuleCrashes(results, io);
    return exitCode(results, args.maxWarnings);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof PathError || e instanceof FormatterError || e instanceof SuppressionsError || e instanceof OutputFileError) {
      io.stderr(`fzlint: ${e.message}\n${args.debug ? stackOf(e) : ''}`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`fzlint: internal error: ${msg}\n${args.debug || process.env.FZLINT_DEBUG ? stackOf(e) : ''}`);
    return 2;
  }
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
function printRuleCrashes(results: FileResult[], io: CliIO): void {
  for (const r of results) {
    for (const m of r.messages) {
      if (m.internal && m.cause !== undefined) io.stderr(`fzlint: ${r.filePath}: rule ${m.ruleId} failed:\n${stackOf(m.cause)}`);
    }
  }
}

/** --stdin: the bytes as they come (any encoding, HTML, Word); the name picks format and config, plain text without one. */
async function lintStdin(linter: Linter, name: string | undefined, io: CliIO): Promise<FileResult> {
  const bytes = await (io.readStdin ?? readProcessStdin)();
  if (name !== undefined) return linter.lintBytes(name, bytes);
  return { ...(await linter.lintBytes(STDIN_NAME, bytes, 'text')), filePath: STDIN_NAME };
}

const STDIN_NAME = '<stdin>';

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function onlyErrors(r: FileResult): FileResult {
  // withMessages keeps a cached result's lazily built source and report lazy
  return withMessages(
    r,
    r.messages.filter((m) => m.severity === 'error'),
  );
}

/**
 * The suppressions baseline (fzlint-suppressions.json): --suppress-all writes
 * it, --prune-suppressions lowers it, and every run hides what it covers.
 */
function baseline(results: FileResult[], args: { suppressAll?: boolean; pruneSuppressions?: boolean; suppressionsLocation?: string }, io: CliIO): FileResult[] {
  const file = path.resolve(io.cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE);
  const shown = path.relative(io.cwd, file) || file;
  let data = readSuppressions(file);
  if (args.suppressAll) {
    data = suppressAll(data, results, io.cwd);
    writeSuppressions(file, data);
    const n = Object.values(data).reduce((k, rules) => k + Object.values(rules).reduce((a, b) => a + b.count, 0), 0);
    io.stderr(`fzlint: ${shown}: ${n} findings in ${Object.keys(data).length} files recorded as the baseline（已将现有问题记入基线）\n`);
  } else if (args.pruneSuppressions) {
    if (!data) throw new SuppressionsError(`${shown}: no suppressions file to prune; create one with --suppress-all`);
    data = pruneSuppressions(data, results, io.cwd);
    writeSuppressions(file, data);
  }
  if (!data) return results;
  const { results: kept, unused } = applySuppressions(results, data, io.cwd);
  if (unused.length) {
    const n = unused.reduce((k, u) => k + u.count - u.found, 0);
    io.stderr(
      `fzlint: ${shown}: ${n} suppressed findings no longer occur (${unused.map((u) => `${u.file} ${u.ruleId}`).join(', ')}); ` +
        `run with --prune-suppressions to drop them（基线中有已修正的问题，请用 --prune-suppressions 更新）\n`,
    );
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
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY,
  });
  process.exitCode = code;
}
