import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules.js';
import { defaultConfig, findConfigFile, loadConfigFile, resolveFor, type LoadedConfig, type ResolvedConfig } from '../config/load.js';
import { runRules } from '../engine/run.js';
import { prepare } from '../engine/lint.js';
import type { AnyRule, Locale } from '../engine/types.js';
import type { Root } from 'mdast';
import { formatOf, readDocument, ReadError, type Format, type SourceDocument } from '../parse/index.js';
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
    // any file is read: its bytes say what it is (PDF, image, archive, Word), and unsupported types are refused by name after
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'file not found (deleted?)' : code === 'EISDIR' ? 'is a directory' : String(code ?? e);
      return fileError(abs, `cannot read file: ${why}`);
    }
    return this.lintBytes(abs, bytes);
  }

  /**
   * Lint a file's bytes (read already, or from --stdin). The bytes decide the container (text in
   * UTF-8/GB18030/UTF-16, HTML, Word); PDF, images, archives, .doc/.wps and undecodable files become
   * a file error in the user's language. `fallback`: the format when the name selects none (stdin
   * without --stdin-filename).
   */
  async lintBytes(filePath: string, bytes: Uint8Array, fallback?: Format): Promise<FileResult> {
    const abs = path.resolve(this.cwd, filePath);
    let doc: SourceDocument;
    try {
      doc = await readDocument(bytes, abs, fallback);
    } catch (e) {
      if (e instanceof ReadError) return fileError(abs, e.localized(this.options.locale ?? (await this.configFor(abs)).locale ?? 'zh'));
      throw e;
    }
    const r = await this.lintText(doc.text, abs, doc);
    return { ...r, encoding: doc.encoding, ...(doc.bom ? { bom: true } : {}), ...(doc.lineUnit === 'paragraph' ? { lineUnit: doc.lineUnit } : {}) };
  }

  /**
   * Lint text as if it were the file at filePath (its name picks format and config).
   * `parsed`: the format and tree when reading produced them (a Word document's paragraph-per-line text).
   */
  async lintText(text: string, filePath: string, parsed?: { format: Format; tree?: Root }): Promise<FileResult> {
    const abs = path.resolve(this.cwd, filePath);
    const config = await this.configFor(abs);
    const format = parsed?.format ?? formatOf(abs) ?? 'text';
    const report = await prepare(text, format, abs, config.reportYear, parsed?.tree);
    const messages = runRules(report, config.rules, { locale: this.options.locale ?? config.locale ?? 'zh' });
    return countResult({ filePath: abs, messages, source: text, report });
  }
}

function fileError(filePath: string, message: string): FileResult {
  return countResult({ filePath, messages: [], fileError: message });
}
