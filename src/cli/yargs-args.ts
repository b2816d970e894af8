import yargs from 'yargs';
import { packageVersion } from '../linter/pkg.js';
import type { Locale } from '../engine/types.js';
import { suggest } from '../config/suggest.js';
import { msg, OPTION_TEXT, USAGE, YARGS_EN, YARGS_ZH } from './messages.js';
import type { CliArgs } from './args.js';

// The command line through yargs: every option, --help and --version, usage errors. Loaded only when
// plainArgs (args.ts) does not take the command line (issue 22).

/** Long options whose value follows (for telling a mistyped flag's value from a path). */
const DESCRIBED = OPTION_TEXT;

/**
 * Options on the command line that fzlint does not know (yargs' strict mode would also name its camel-case
 * aliases: "maxWarning"), each with the closest known option when one is near: `--formt` → `--format`.
 */
function unknownOptions(argv: string[], long: string[], short: string[]): { opt: string; near?: string }[] {
  const out: { opt: string; near?: string }[] = [];
  const known = new Set(long);
  for (const tok of argv) {
    if (tok === '--') break;
    if (tok.startsWith('--')) {
      const name = tok.slice(2).split('=')[0];
      if (!name || known.has(name) || (name.startsWith('no-') && known.has(name.slice(3)))) continue;
      const near = suggest(name, long);
      out.push({ opt: `--${name}`, near: near && `--${near}` });
    } else if (/^-[^\d-]/.test(tok)) {
      for (const ch of tok.slice(1).split('=')[0]) if (!short.includes(ch)) out.push({ opt: `-${ch}` });
    }
  }
  return out;
}

/**
 * Parse the command line with yargs: the arguments, or the text of --help/--version (for stdout), or the exit
 * code of a usage error (already reported through `usage`).
 */
export async function parseWithYargs(argv: string[], ui: Locale, usage: (text: string) => number): Promise<CliArgs | string | number> {
  const d = (name: string): string => DESCRIBED[name]?.[ui] ?? name;
  let parsed;
  let usageError: string | undefined;
  const parser = yargs(argv)
    .scriptName('fzlint')
    .locale('en')
    .updateStrings((ui === 'zh' ? YARGS_ZH : YARGS_EN) as Record<string, string>)
    .usage(USAGE[ui])
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: d('format') })
    .option('output-file', { alias: 'o', type: 'string', describe: d('output-file') })
    .option('config', { alias: 'c', type: 'string', describe: d('config') })
    .option('rule', { type: 'string', requiresArg: true, describe: d('rule') })
    .option('max-warnings', { type: 'number', default: -1, describe: d('max-warnings') })
    .option('min-severity', { choices: ['info', 'warn', 'error'] as const, describe: d('min-severity') })
    .option('quiet', { type: 'boolean', default: false, describe: d('quiet') })
    .option('locale', { choices: ['zh', 'en'] as const, describe: d('locale') })
    .option('print-config', { type: 'string', describe: d('print-config') })
    .option('print-structure', { type: 'string', describe: d('print-structure') })
    .option('color', { type: 'boolean', describe: d('color') })
    .option('lsp', { type: 'boolean', describe: d('lsp') })
    .option('inline-config', { type: 'boolean', default: true, describe: d('inline-config') })
    .option('report-unused-directives', { type: 'boolean', default: false, describe: d('report-unused-directives') })
    .option('ignore', { type: 'boolean', default: true, describe: d('ignore') })
    .option('ignore-pattern', { type: 'string', requiresArg: true, describe: d('ignore-pattern') })
    .option('warn-ignored', { type: 'boolean', default: true, describe: d('warn-ignored') })
    .option('cache', { type: 'boolean', default: false, describe: d('cache') })
    .option('cache-location', { type: 'string', describe: d('cache-location') })
    .option('concurrency', { type: 'string', describe: d('concurrency') })
    .option('previous', { type: 'string', requiresArg: true, describe: d('previous') })
    .option('suppress-all', { type: 'boolean', describe: d('suppress-all') })
    .option('prune-suppressions', { type: 'boolean', describe: d('prune-suppressions') })
    .option('suppressions-location', { type: 'string', describe: d('suppressions-location') })
    .option('fix', { type: 'boolean', describe: d('fix') })
    .option('fix-dry-run', { type: 'boolean', describe: d('fix-dry-run') })
    .option('stdin', { type: 'boolean', describe: d('stdin') })
    .option('stdin-filename', { type: 'string', requiresArg: true, describe: d('stdin-filename') })
    .option('init', { type: 'boolean', describe: d('init') })
    .option('preset', { choices: ['recommended', 'strict'] as const, describe: d('preset') })
    .option('report-year', { type: 'number', requiresArg: true, describe: d('report-year') })
    .option('yes', { alias: 'y', type: 'boolean', describe: d('yes') })
    .option('annotate', { type: 'string', describe: d('annotate') })
    .option('config-lookup', {
      type: 'string',
      describe:
        ui === 'zh'
          ? '查找配置文件的位置：cwd（默认，自工作目录向上；被检查文件夹中的配置会被忽略）、files（自各文件所在目录向上，信任途中的配置）、off（即 --no-config-lookup，不使用配置文件）'
          : 'Where configs are looked up: cwd (default: the working directory and up; configs inside linted folders are ignored), files (from each file up, trusting them), off (--no-config-lookup: none)',
    })
    .option('debug', { type: 'boolean', default: false, describe: d('debug') })
    .conflicts('suppress-all', 'prune-suppressions')
    .conflicts('stdin', ['fix', 'fix-dry-run'])
    .conflicts('fix', 'fix-dry-run')
    .conflicts('annotate', ['stdin', 'fix-dry-run'])
    .version(packageVersion())
    .describe('version', d('version'))
    .help()
    .describe('help', d('help'))
    .wrap(null)
    .alias('h', 'help')
    .alias('v', 'version')
    .exitProcess(false)
    .fail((m, err) => {
      usageError = m ?? err?.message ?? 'invalid usage';
    });
  // Unknown options first, with the closest known name (and never a camel-case alias)
  const opts = (parser as unknown as { getOptions(): unknown }).getOptions() as { key: Record<string, unknown>; alias: Record<string, string[]> };
  const long = [...Object.keys(opts.key), ...Object.values(opts.alias).flat()].filter((k) => k.length > 1 && !/[A-Z]/.test(k));
  const short = [...Object.keys(opts.key), ...Object.values(opts.alias).flat()].filter((k) => k.length === 1);
  const unknown = unknownOptions(argv, [...new Set(long)], short);
  if (unknown.length) return usage(unknown.map((u) => msg(ui, 'unknownOption', u.opt, u.near)).join('\n'));
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
  if (usageError) return usage(usageError);
  if (helpOrVersion) return captured.endsWith('\n') ? captured : captured + '\n';
  return parsed as unknown as CliArgs;
}
