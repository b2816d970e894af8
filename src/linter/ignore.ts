import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { VFileMessage } from 'vfile-message';
import { render } from '../engine/i18n.js';
import type { LintMessage, Locale } from '../engine/types.js';
import type { LoadedConfig } from '../config/load.js';
import { countResult, type FileResult } from './types.js';

/**
 * Which files not to lint: `.fzlintignore` in the working directory
 * (gitignore syntax, paths relative to that directory) and `ignorePatterns`
 * of the config that applies to a file (same syntax, relative to the config
 * file's directory). A directory walk or a glob skips ignored files
 * silently; a file named on the command line gets a warning instead of
 * silence, so a typo in an ignore file cannot hide a report unnoticed.
 */

export const IGNORE_FILE = '.fzlintignore';

/** Pseudo rule id of the "file ignored" warning. */
export const IGNORED_RULE_ID = 'ignored-file';

const MESSAGES = {
  ignored: {
    zh: '文件被忽略：匹配 {source} 中的「{pattern}」，未检查。使用 --no-ignore 检查它，或用 --no-warn-ignored 不再提示',
    en: 'File ignored: it matches “{pattern}” in {source}, so it was not linted. Use --no-ignore to lint it, or --no-warn-ignored to silence this warning',
  },
};

export interface IgnoreMatch {
  /** Where the pattern comes from: ".fzlintignore" or "<config file> ignorePatterns". */
  source: string;
  pattern: string;
}

export class IgnoreFilter {
  private readonly root: Ignore | undefined;
  private readonly perConfig = new WeakMap<LoadedConfig, Ignore | null>();

  /** --ignore-pattern: patterns given on the command line, relative to cwd. */
  private readonly cli: Ignore | undefined;

  /** Reads `.fzlintignore` from cwd when present; `patterns`: --ignore-pattern (gitignore syntax, relative to cwd). */
  constructor(
    private readonly cwd: string,
    patterns: string[] = [],
  ) {
    const file = path.join(cwd, IGNORE_FILE);
    if (existsSync(file)) this.root = ignore().add(readFileSync(file, 'utf8'));
    if (patterns.length) this.cli = ignore().add(patterns);
  }

  /** For the directory walk: skip a directory that .fzlintignore ignores, without entering it. */
  ignoresDir(absDir: string): boolean {
    if (!this.root && !this.cli) return false;
    const rel = relativeInside(this.cwd, absDir);
    if (rel === undefined || rel === '') return false;
    return Boolean(this.root?.ignores(rel + '/') || this.cli?.ignores(rel + '/'));
  }

  /** Why a file is ignored, or undefined when it is linted. `config` is read only when .fzlintignore does not decide. */
  async match(absFile: string, config: () => Promise<LoadedConfig | undefined>): Promise<IgnoreMatch | undefined> {
    if (this.root) {
      const rel = relativeInside(this.cwd, absFile);
      const t = rel ? this.root.test(rel) : undefined;
      if (t?.ignored) return { source: IGNORE_FILE, pattern: t.rule?.pattern ?? rel! };
    }
    if (this.cli) {
      const rel = relativeInside(this.cwd, absFile);
      const t = rel ? this.cli.test(rel) : undefined;
      if (t?.ignored) return { source: '--ignore-pattern', pattern: t.rule?.pattern ?? rel! };
    }
    return this.matchConfig(absFile, await config());
  }

  private matchConfig(absFile: string, config: LoadedConfig | undefined): IgnoreMatch | undefined {
    if (config?.data.ignorePatterns?.length) {
      let ig = this.perConfig.get(config);
      if (ig === undefined) {
        ig = ignore().add(config.data.ignorePatterns);
        this.perConfig.set(config, ig);
      }
      const rel = relativeInside(config.dir, absFile);
      const t = rel ? ig!.test(rel) : undefined;
      if (t?.ignored) {
        const where = config.file ? path.relative(this.cwd, config.file) || path.basename(config.file) : 'config';
        return { source: `${where} ignorePatterns`, pattern: t.rule?.pattern ?? rel! };
      }
    }
    return undefined;
  }
}

/** A path relative to dir with forward slashes, or undefined when it lies outside dir. */
function relativeInside(dir: string, abs: string): string | undefined {
  const rel = path.relative(dir, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** The result for a file named explicitly but ignored: one warning, no linting. */
export function ignoredFileResult(filePath: string, why: IgnoreMatch, locale: Locale): FileResult {
  const data = { source: why.source, pattern: why.pattern };
  const m = new VFileMessage(render(MESSAGES.ignored, locale, data), {
    place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    ruleId: IGNORED_RULE_ID,
    source: 'fzlint',
  }) as LintMessage;
  m.file = filePath;
  m.fatal = false;
  m.messageId = 'ignored';
  m.data = data;
  m.severity = 'warn';
  m.start = 0;
  m.end = 0;
  m.line = 1;
  m.column = 1;
  m.endLine = 1;
  m.endColumn = 1;
  return { ...countResult({ filePath, messages: [m] }), ignored: true };
}
