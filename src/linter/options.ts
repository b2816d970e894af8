import type { RuleEntry } from '../config/load.js';
import type { AnyRule, Locale, Severity } from '../engine/types.js';

/**
 * What a Linter is built from (plain data, so a worker thread can build the same one). Its own file, so
 * the batch and worker halves of the linter read it without importing the Linter (no import cycle).
 */

/** --concurrency: "auto", "off" or a number of worker threads. */
export type Concurrency = number | 'auto' | 'off';

export interface LinterOptions {
  cwd?: string;
  /** --config: use this file for every input instead of searching. */
  configFile?: string;
  /** --locale: overrides the config's locale. */
  locale?: Locale;
  /** Rules available besides plugins (defaults to the built-in rules). */
  rules?: Record<string, AnyRule>;
  /** --no-inline-config: ignore <!-- fzlint-… --> directives. Default true. */
  inlineConfig?: boolean;
  /** --report-unused-directives: report directives that suppressed nothing, at this severity. */
  reportUnusedDirectives?: Severity | false;
  /** --no-ignore: false lints files that .fzlintignore or ignorePatterns name. Default true. */
  ignore?: boolean;
  /** --no-warn-ignored: false drops explicitly named ignored files silently. Default true. */
  warnIgnored?: boolean;
  /** --cache: reuse results of unchanged files (see cache.ts). */
  cache?: boolean;
  /** --cache-location: cache file or directory (default .fzlintcache in cwd). */
  cacheLocation?: string;
  /** --concurrency: worker threads ("auto", "off" or a number; default off). */
  concurrency?: Concurrency;
  /** A worker of a parallel run: cross-document rules are left to the main thread, which holds every report (batch.ts). */
  skipCrossDocument?: boolean;
  /** --previous: reports given to cross-document rules as further others of the run (not linted themselves). */
  previous?: string[];
  /**
   * Where configs are looked up (docs/security.md): "cwd" (the CLI's default) — from the working
   * directory upward only, one config for the run, configs inside linted folders reported and never
   * applied; "off" (--no-config-lookup) — none, the defaults or --config; "files" — from each file's
   * directory upward, trusting every config on the way (the language server and the API default).
   */
  configLookup?: ConfigLookup;
  /**
   * Per-file deadline (ms; over the config's fileTimeLimit, default DEFAULT_FILE_TIME_LIMIT): a rule still
   * running at it is stopped (watchdog.ts) and reported, the parse or model past it makes a file error; in a
   * worker pool, a worker not answering a little after it is stopped and replaced.
   */
  fileTimeLimit?: number;
  /** --rule: rule settings over every config (config/cli-rules.ts). */
  ruleOverrides?: Record<string, RuleEntry>;
  /** --ignore-pattern: files not to lint (gitignore syntax, relative to cwd). */
  ignorePatterns?: string[];
  /**
   * Keep each result's text (`source`) and its lazily rebuilt model (`report`); default true. The CLI
   * passes false when neither the formatter nor --fix reads them, so a run over many files does not
   * hold every file's text until the output is written (Word documents keep theirs: the paragraph
   * numbers of their findings quote it).
   */
  keepText?: boolean;
}

export type ConfigLookup = 'cwd' | 'files' | 'off';
