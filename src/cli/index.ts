import yargs from 'yargs';
import { packageVersion } from './pkg.js';
import { ConfigError } from '../config/errors.js';
import type { Locale } from '../engine/types.js';
import { FormatterError, loadFormatter } from '../format/index.js';
import { Linter } from '../linter/linter.js';
import { PathError } from '../linter/files.js';
import type { FileResult } from '../linter/types.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stdout is a colour-capable terminal. */
  isTTY?: boolean;
}


const USAGE_ZH = `fzlint [路径..]  检查法治政府建设年度报告（.txt、.md；目录会被递归查找）`;

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
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: 'Output format: stylish, json, or a path to a formatter module' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file for every input (no search)' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('locale', { choices: ['zh', 'en'] as const, describe: 'Language of messages (default: zh, or the config’s locale)' })
    .option('print-config', { type: 'string', describe: 'Print the configuration that applies to a file and exit' })
    .option('color', { type: 'boolean', describe: 'Colour the output (use --no-color to turn off)' })
    .option('lsp', { type: 'boolean', describe: 'Run the language server (LSP over stdio) for editors' })
    .version(packageVersion())
    .help()
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
    color?: boolean;
  };

  const linter = new Linter({ cwd: io.cwd, configFile: args.config, locale: args.locale });

  try {
    if (args.printConfig !== undefined) {
      const cfg = await linter.configFor(args.printConfig);
      const rules: Record<string, unknown> = {};
      for (const [id, { setting }] of cfg.rules) rules[id] = [setting.severity, setting.options];
      io.stdout(JSON.stringify({ configFile: cfg.file ?? null, locale: args.locale ?? cfg.locale ?? 'zh', reportYear: cfg.reportYear ?? null, rules }, null, 2) + '\n');
      return 0;
    }

    const paths = args._.map(String);
    if (!paths.length) {
      io.stderr('fzlint: no paths given. Usage: fzlint <file|directory|glob>...\n（请指定要检查的文件或目录）\n');
      return 2;
    }
    const formatter = await loadFormatter(args.format, io.cwd);
    let results = await linter.lintFiles(paths);
    if (args.quiet) results = results.map(onlyErrors);
    const locale = args.locale ?? (results[0] ? (await linter.configFor(results[0].filePath)).locale : undefined) ?? 'zh';
    const rulesMeta: Record<string, { description: { zh: string; en: string }; url: string; severity: string }> = {};
    for (const r of results) {
      if (!r.messages.length) continue;
      const loaded = await linter.loadedConfigFor(r.filePath);
      for (const m of r.messages) {
        const rule = loaded.rules[m.ruleId];
        if (rule && !rulesMeta[m.ruleId]) rulesMeta[m.ruleId] = { description: rule.meta.description, url: rule.meta.url, severity: rule.meta.severity };
      }
    }
    const out = formatter(results, { cwd: io.cwd, locale, color: args.color ?? Boolean(io.isTTY), rulesMeta });
    if (out) io.stdout(out.endsWith('\n') ? out : out + '\n');
    return exitCode(results, args.maxWarnings);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof PathError || e instanceof FormatterError) {
      io.stderr(`fzlint: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`fzlint: internal error: ${msg}\n${process.env.FZLINT_DEBUG && e instanceof Error ? e.stack + '\n' : ''}`);
    return 2;
  }
}

function onlyErrors(r: FileResult): FileResult {
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, warningCount: 0, infoCount: 0 };
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
