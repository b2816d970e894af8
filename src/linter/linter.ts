import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules.js';
import { defaultConfig, findConfigFile, loadConfigFile, resolveFor, type LoadedConfig, type ResolvedConfig } from '../config/load.js';
import { runRules } from '../engine/run.js';
import { prepare } from '../engine/lint.js';
import type { AnyRule, Locale } from '../engine/types.js';
import { decode, DecodeError, formatOf } from '../parse/index.js';
import { countResult, type FileResult } from './types.js';
import { expandPaths } from './files.js';

export interface LinterOptions {
  cwd?: string;
  /** --config: use this file for every input instead of searching. */
  configFile?: string;
  /** --locale: overrides the config's locale. */
  locale?: Locale;
  /** Rules available besides plugins (defaults to the built-in rules). */
  rules?: Record<string, AnyRule>;
}

/**
 * Files → text → engine. Finds and caches configs per directory, reads and
 * decodes files, and turns unreadable ones into file-level errors so the
 * other files are still linted.
 */
export class Linter {
  private readonly cwd: string;
  private readonly rules: Record<string, AnyRule>;
  private readonly dirCache = new Map<string, string | null>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly options: LinterOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.rules = options.rules ?? builtinRules;
  }

  /** The loaded config that applies to a file (throws ConfigError). */
  async loadedConfigFor(filePath: string): Promise<LoadedConfig> {
    const file = this.options.configFile
      ? path.resolve(this.cwd, this.options.configFile)
      : findConfigFile(path.dirname(path.resolve(this.cwd, filePath)), this.dirCache);
    const key = file ?? '<default>';
    let p = this.loaded.get(key);
    if (!p) {
      p = file ? loadConfigFile(file, this.rules) : defaultConfig(this.rules, this.cwd);
      this.loaded.set(key, p);
    }
    return p;
  }

  async configFor(filePath: string): Promise<ResolvedConfig> {
    return resolveFor(await this.loadedConfigFor(filePath), path.resolve(this.cwd, filePath));
  }

  /** Forget cached configs (a config file changed). */
  clearConfigCache(): void {
    this.dirCache.clear();
    this.loaded.clear();
  }

  async lintFiles(inputs: string[]): Promise<FileResult[]> {
    const { files } = await expandPaths(inputs, this.cwd);
    const results: FileResult[] = [];
    for (const f of files) results.push(await this.lintFile(f));
    return results;
  }

  async lintFile(filePath: string): Promise<FileResult> {
    const abs = path.resolve(this.cwd, filePath);
    const format = formatOf(abs);
    if (!format) {
      return fileError(abs, `unsupported file type "${path.extname(abs) || '(none)'}": fzlint reads .txt and .md`);
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'file not found (deleted?)' : code === 'EISDIR' ? 'is a directory' : String(code ?? e);
      return fileError(abs, `cannot read file: ${why}`);
    }
    let decoded;
    try {
      decoded = decode(bytes);
    } catch (e) {
      if (e instanceof DecodeError) return fileError(abs, `cannot read as text: ${e.message}`);
      throw e;
    }
    const r = await this.lintText(decoded.text, abs);
    return { ...r, encoding: decoded.encoding };
  }

  /** Lint text as if it were the file at filePath (its name picks format and config). */
  async lintText(text: string, filePath: string): Promise<FileResult> {
    const abs = path.resolve(this.cwd, filePath);
    const config = await this.configFor(abs);
    const format = formatOf(abs) ?? 'text';
    const report = await prepare(text, format, abs, config.reportYear);
    const messages = runRules(report, config.rules, { locale: this.options.locale ?? config.locale ?? 'zh' });
    return countResult({ filePath: abs, messages, source: text, report });
  }
}

function fileError(filePath: string, message: string): FileResult {
  return countResult({ filePath, messages: [], fileError: message });
}
