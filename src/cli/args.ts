import type { Locale } from '../engine/types.js';

/** The parsed command line, as yargs gives it (src/cli/yargs-args.ts) and as plainArgs gives it for the common case. */
export interface CliArgs {
  _: (string | number)[];
  format: string;
  config?: string;
  maxWarnings: number;
  minSeverity?: 'info' | 'warn' | 'error';
  quiet: boolean;
  locale?: Locale;
  printConfig?: string;
  printStructure?: string;
  color?: boolean;
  outputFile?: string;
  inlineConfig: boolean;
  reportUnusedDirectives: boolean;
  ignore: boolean;
  ignorePattern?: string | string[];
  rule?: string | string[];
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
  annotate?: string;
  init?: boolean;
  preset?: string;
  reportYear?: number;
  yes?: boolean;
  debug: boolean;
  configLookup?: string | boolean;
}

/** The options' defaults (yargs-args.ts declares the same ones). */
const DEFAULTS = { format: 'stylish', maxWarnings: -1, quiet: false, inlineConfig: true, reportUnusedDirectives: false, ignore: true, warnIgnored: true, cache: false, debug: false } as const;

/** Options plainArgs reads: the flags, and those that take the next argument (or `--name=value`) as their value. */
const FLAGS: Record<string, [keyof CliArgs, boolean]> = { '--cache': ['cache', true], '--no-cache': ['cache', false], '--quiet': ['quiet', true], '--color': ['color', true], '--no-color': ['color', false] };
const VALUED: Record<string, keyof CliArgs> = { '--format': 'format', '-f': 'format', '--output-file': 'outputFile', '-o': 'outputFile' };

/**
 * The common command line — paths, with at most --format/-f, --output-file/-o, --cache/--no-cache, --quiet,
 * --color/--no-color, each once — parsed without loading yargs (issue 22: yargs is ~180 KB of a cold start). It
 * gives what yargs gives for it (tests/cli-args.test.ts compares the two); anything else, or anything yargs
 * might read differently (a path that looks like a number, which yargs turns into one; a value that starts with
 * "-"; an option given twice), gives undefined and goes to yargs.
 */
export function plainArgs(argv: readonly string[]): CliArgs | undefined {
  const args: CliArgs = { ...DEFAULTS, _: [] };
  const seen = new Set<keyof CliArgs>();
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i];
    if (!tok.startsWith('-')) {
      if (/^[\da-fx.e+-]*$/i.test(tok)) return undefined;
      args._.push(tok);
      continue;
    }
    const eq = tok.startsWith('--') ? tok.indexOf('=') : -1;
    const name = eq > 0 ? tok.slice(0, eq) : tok;
    const flag = FLAGS[name];
    const key = flag ? flag[0] : VALUED[name];
    if (!key || seen.has(key)) return undefined;
    seen.add(key);
    if (flag) {
      if (eq > 0) return undefined;
      (args as unknown as Record<string, unknown>)[key] = flag[1];
      continue;
    }
    const value = eq > 0 ? tok.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    (args as unknown as Record<string, unknown>)[key] = value;
  }
  return args;
}
