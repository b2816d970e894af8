import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { ConfiguredRule } from '../engine/run.js';
import type { AnyRule, Level, Locale, Severity } from '../engine/types.js';
import { compareIds } from '../engine/compare.js';
import { ConfigError, parseConfigText } from './errors.js';
import { suggest } from './suggest.js';
import { PRESETS, presetRules, type PresetName } from './presets.js';
// ajv is loaded only when a config file exists: linting with the defaults never pays for it
type Validator = typeof import('./validate.js');
const loadValidator = (): Promise<Validator> => import('./validate.js');

export type RuleEntry = Level | [Level] | [Level, Record<string, unknown>];

export interface ConfigData {
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  overrides?: { files: string | string[]; rules?: Record<string, RuleEntry>; reportYear?: number }[];
  plugins?: string[];
  reportYear?: number;
  locale?: Locale;
  /** Files not to lint (.gitignore syntax), relative to the config file's directory. */
  ignorePatterns?: string[];
  /** Largest file to lint, in bytes (default DEFAULT_MAX_FILE_SIZE in linter/limits.ts). */
  maxFileSize?: number;
  /** Per-rule time budget on one file, in ms (default DEFAULT_RULE_TIME_LIMIT in engine/run.ts). */
  ruleTimeLimit?: number;
  /** Deadline for one file (parse, model and rules), in ms: past it the running rule is stopped (default DEFAULT_FILE_TIME_LIMIT in linter/limits.ts). */
  fileTimeLimit?: number;
}

/** A config file read, validated, with its plugins loaded. */
export interface LoadedConfig {
  /** Absolute path of the file, or undefined for the built-in default. */
  file: string | undefined;
  dir: string;
  data: ConfigData;
  /** Built-in rules and plugin rules (namespaced). */
  rules: Record<string, AnyRule>;
  /** Rule levels from `extends` and `rules`, before overrides. */
  base: Record<string, RuleEntry>;
}

/** What applies to one file. */
export interface ResolvedConfig {
  file: string | undefined;
  rules: Map<string, ConfiguredRule>;
  reportYear?: number;
  locale?: Locale;
  /** The config's maxFileSize (bytes), when it sets one. */
  maxFileSize?: number;
  /** The config's ruleTimeLimit (ms), when it sets one. */
  ruleTimeLimit?: number;
  /** The config's fileTimeLimit (ms), when it sets one. */
  fileTimeLimit?: number;
}

export const CONFIG_FILES = ['fzlint.config.json', '.fzlintrc.json'];

function isSmallFile(p: string): boolean {
  try {
    const st = statSync(p);
    return st.isFile() && st.size <= MAX_CONFIG_SIZE;
  } catch {
    return false;
  }
}

/** Find the nearest config file for a directory: fzlint.config.json, .fzlintrc.json, or package.json with "fzlint". */
export function findConfigFile(startDir: string, cache?: Map<string, string | null>): string | undefined {
  const visited: string[] = [];
  let dir = path.resolve(startDir);
  let found: string | undefined;
  for (;;) {
    const cached = cache?.get(dir);
    if (cached !== undefined) {
      found = cached ?? undefined;
      break;
    }
    visited.push(dir);
    for (const name of CONFIG_FILES) {
      const p = path.join(dir, name);
      if (existsSync(p)) {
        found = p;
        break;
      }
    }
    if (!found) {
      const pkg = path.join(dir, 'package.json');
      if (isSmallFile(pkg)) {
        try {
          const json = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
          if (json && typeof json === 'object' && Object.prototype.hasOwnProperty.call(json, 'fzlint')) found = pkg;
        } catch {
          // a broken package.json is not ours to report
        }
      }
    }
    if (found) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) cache?.set(d, found ?? null);
  return found;
}

/** Largest config (and extended config, plugin entry file) read, in bytes: the default maxFileSize. */
export const MAX_CONFIG_SIZE = 20 * 1024 * 1024;

/** A config or plugin file must be a regular file no larger than MAX_CONFIG_SIZE: never a FIFO or /dev/zero. */
function checkReadable(file: string, what: { zh: string; en: string }, blame: string | undefined): void {
  let st;
  try {
    st = statSync(file);
  } catch {
    return; // the read that follows says why
  }
  if (!st.isFile() && !st.isDirectory()) {
    throw new ConfigError({ zh: `${what.zh}不是普通文件（设备、FIFO 或套接字），不会读取：${file}`, en: `${what.en} is not a regular file (a device, FIFO or socket): ${file}` }, blame);
  }
  if (st.isFile() && st.size > MAX_CONFIG_SIZE) {
    throw new ConfigError({ zh: `${what.zh}过大（${st.size} 字节，上限 ${MAX_CONFIG_SIZE}）：${file}`, en: `${what.en} is too large (${st.size} bytes, limit ${MAX_CONFIG_SIZE}): ${file}` }, blame);
  }
}

function readJson(file: string): unknown {
  let text: string;
  checkReadable(file, { zh: '配置文件', en: 'config file' }, file);
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? { zh: '文件不存在', en: 'file not found' }
        : code === 'EACCES'
          ? { zh: '没有读取权限', en: 'permission denied' }
          : code === 'EISDIR'
            ? { zh: '这是一个目录', en: 'is a directory' }
            : { zh: code ?? String(e), en: code ?? String(e) };
    throw new ConfigError({ zh: `无法读取配置文件：${why.zh}`, en: `cannot read config file: ${why.en}` }, file, { cause: e });
  }
  // JSON with comments and trailing commas; a fault is named by line and column
  return parseConfigText(text, file);
}

/** Read, validate and prepare a config file (plugins loaded, presets expanded). */
export async function loadConfigFile(file: string, builtins: Record<string, AnyRule>): Promise<LoadedConfig> {
  const abs = path.resolve(file);
  let data = readJson(abs);
  if (path.basename(abs) === 'package.json') data = (data as Record<string, unknown>).fzlint;
  (await loadValidator()).validateConfigObject(data, abs);
  return prepareConfig(data as ConfigData, abs, path.dirname(abs), builtins);
}

/** The configuration used when no file is found: fzlint:recommended. */
export async function defaultConfig(builtins: Record<string, AnyRule>, cwd = process.cwd()): Promise<LoadedConfig> {
  return prepareConfig({}, undefined, cwd, builtins);
}

export async function prepareConfig(
  data: ConfigData,
  file: string | undefined,
  dir: string,
  builtins: Record<string, AnyRule>,
): Promise<LoadedConfig> {
  const rules: Record<string, AnyRule> = Object.assign(idMap<AnyRule>(), builtins);
  const isDefault = !file && Object.keys(data).length === 0;
  const validator = isDefault ? undefined : await loadValidator();
  for (const [i, spec] of (data.plugins ?? []).entries()) Object.assign(rules, await loadPlugin(spec, dir, file, `plugins[${i}]`));
  const base: Record<string, RuleEntry> = idMap<RuleEntry>();
  const ext = data.extends === undefined ? ['fzlint:recommended'] : ([] as string[]).concat(data.extends);
  applyExtends(ext, base, rules, dir, file, new Set(file ? [file] : []), validator);
  Object.assign(base, data.rules ?? {});
  const loaded: LoadedConfig = { file, dir, data, rules, base };
  // Fail early on unknown ids and bad options, wherever they appear
  if (validator) {
    checkRules(data.rules ?? {}, loaded, 'rules', validator);
    (data.overrides ?? []).forEach((o, i) => checkRules(o.rules ?? {}, loaded, `overrides[${i}].rules`, validator));
  }
  return loaded;
}

function applyExtends(
  names: string[],
  into: Record<string, RuleEntry>,
  rules: Record<string, AnyRule>,
  dir: string,
  file: string | undefined,
  seen: Set<string>,
  validator: Validator | undefined,
): void {
  for (const name of names) {
    if ((PRESETS as readonly string[]).includes(name)) {
      Object.assign(into, presetRules(name as PresetName, rules));
    } else if (name.startsWith('.') || path.isAbsolute(name)) {
      const target = path.resolve(dir, name);
      if (seen.has(target)) throw new ConfigError({ zh: `extends：循环引用了 ${target}`, en: `extends: circular reference to ${target}` }, file);
      // the message names the config that names the missing file (reading it would blame the missing file itself)
      if (!existsSync(target)) throw new ConfigError({ zh: `extends：找不到配置文件“${name}”（查找的是 ${target}）`, en: `extends: cannot find config "${name}" (looked for ${target})` }, file);
      seen.add(target);
      const data = readJson(target);
      validator?.validateConfigObject(data, target);
      const d = data as ConfigData;
      applyExtends(d.extends === undefined ? [] : ([] as string[]).concat(d.extends), into, rules, path.dirname(target), target, seen, validator);
      Object.assign(into, d.rules ?? {});
    } else {
      throw new ConfigError(unknownPreset(name), file);
    }
  }
}

/** An unknown preset name, with the closest preset when the name is near one. */
function unknownPreset(name: string): { zh: string; en: string } {
  const hint = suggest(name, [...PRESETS]);
  return {
    zh: `extends：未知的预设“${name}”，应为 ${PRESETS.join('、')} 或相对路径${hint ? `。你是不是要输入“${hint}”？` : ''}`,
    en: `extends: unknown preset "${name}"; expected one of ${PRESETS.join(', ')} or a relative path${hint ? `. Did you mean "${hint}"?` : ''}`,
  };
}

function entryParts(entry: RuleEntry): [Level, Record<string, unknown> | undefined] {
  return Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
}

/** A rule by id, as an own property only: "constructor", "toString" or "__proto__" from a config are unknown ids. */
export function ownRule(rules: Record<string, AnyRule>, id: string): AnyRule | undefined {
  return Object.prototype.hasOwnProperty.call(rules, id) ? rules[id] : undefined;
}

/** A map keyed by ids from a config: no prototype, so "__proto__" is a key like any other. */
function idMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function checkRules(map: Record<string, RuleEntry>, cfg: LoadedConfig, where: string, v: Validator): void {
  for (const [id, entry] of Object.entries(map)) {
    const rule = ownRule(cfg.rules, id);
    if (!rule) throw v.unknownRule(id, Object.keys(cfg.rules), cfg.file ?? '<config>', `${where}.${id}`);
    const [, options] = entryParts(entry);
    if (options !== undefined) v.validateRuleOptions(rule, id, options, cfg.file ?? '<config>', `${where}.${id}`);
  }
}

const matchers = new Map<string, (p: string) => boolean>();
function globMatch(pattern: string, rel: string): boolean {
  let m = matchers.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
    matchers.set(pattern, m);
  }
  return m(rel);
}

/** Settings for one file: base rules, then each matching override in order. */
/** Resolved settings by the set of overrides that matched: files under the same overrides share one object. */
const resolvedCache = new WeakMap<LoadedConfig, Map<string, ResolvedConfig>>();

export function resolveFor(cfg: LoadedConfig, filePath: string): ResolvedConfig {
  const overrides = cfg.data.overrides ?? [];
  // the path relative to the config only when an override has patterns to match it against (once per file)
  const rel = overrides.length ? path.relative(cfg.dir, path.resolve(filePath)).split(path.sep).join('/') : '';
  const matched = overrides.flatMap((o, i) => (([] as string[]).concat(o.files).some((p) => globMatch(p, rel)) ? [i] : []));
  let byOverrides = resolvedCache.get(cfg);
  if (!byOverrides) resolvedCache.set(cfg, (byOverrides = new Map()));
  const key = matched.join(',');
  let resolved = byOverrides.get(key);
  if (!resolved) byOverrides.set(key, (resolved = resolveWith(cfg, matched)));
  return resolved;
}

function resolveWith(cfg: LoadedConfig, matched: number[]): ResolvedConfig {
  const entries: Record<string, RuleEntry> = Object.assign(idMap<RuleEntry>(), cfg.base);
  let reportYear = cfg.data.reportYear;
  for (const i of matched) {
    const o = cfg.data.overrides![i];
    Object.assign(entries, o.rules ?? {});
    if (o.reportYear !== undefined) reportYear = o.reportYear;
  }
  const rules = new Map<string, ConfiguredRule>();
  for (const [id, entry] of Object.entries(entries).sort(([a], [b]) => compareIds(a, b))) {
    const [level, options] = entryParts(entry);
    if (level === 'off') continue;
    const rule = ownRule(cfg.rules, id);
    if (!rule) continue;
    rules.set(id, { rule, setting: { severity: level as Severity, options: { ...rule.meta.defaultOptions, ...(options ?? {}) } } });
  }
  return { file: cfg.file, rules, reportYear, locale: cfg.data.locale, maxFileSize: cfg.data.maxFileSize, ruleTimeLimit: cfg.data.ruleTimeLimit, fileTimeLimit: cfg.data.fileTimeLimit };
}

/** fzlint-plugin-foo → foo; @scope/fzlint-plugin-foo → @scope/foo; @scope/fzlint-plugin → @scope. */
export function pluginName(spec: string, exported?: string): string {
  if (exported) return exported;
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    return path.basename(spec).replace(/\.(m?js|cjs)$/, '').replace(/^fzlint-plugin-/, '');
  }
  const scoped = /^(@[^/]+)\/fzlint-plugin(?:-(.+))?$/.exec(spec);
  if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1];
  return spec.replace(/^fzlint-plugin-/, '');
}

/** `where`: the place in the config that names the plugin (plugins[0]), for messages. */
async function loadPlugin(spec: string, dir: string, file: string | undefined, where = 'plugins'): Promise<Record<string, AnyRule>> {
  let target: string;
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    target = path.resolve(dir, spec);
    if (!existsSync(target) || statSync(target).isDirectory()) {
      throw new ConfigError({ zh: `${where}：找不到插件“${spec}”（查找的是 ${target}）`, en: `${where}: cannot find plugin "${spec}" (looked for ${target})` }, file);
    }
    checkReadable(target, { zh: `${where}：插件`, en: `${where}: plugin` }, file);
  } else {
    try {
      target = createRequire(path.join(dir, 'noop.js')).resolve(spec);
    } catch {
      throw new ConfigError(
        { zh: `${where}：找不到插件包“${spec}”，请在配置文件所在项目中安装（npm install ${spec}）`, en: `${where}: cannot find package "${spec}"; install it next to the config (npm install ${spec})` },
        file,
      );
    }
    checkReadable(target, { zh: `${where}：插件`, en: `${where}: plugin` }, file);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(target).href)) as Record<string, unknown>;
  } catch (e) {
    // the plugin's own stack (its file and line) is kept as the cause: --debug prints it
    const why = e instanceof Error ? e.message : String(e);
    throw new ConfigError({ zh: `${where}：插件“${spec}”加载失败：${why}`, en: `${where}: "${spec}" failed to load: ${why}` }, file, { cause: e });
  }
  const plugin = (mod.default && typeof mod.default === 'object' ? mod.default : mod) as { name?: string; rules?: Record<string, AnyRule> };
  if (!plugin.rules || typeof plugin.rules !== 'object') {
    throw new ConfigError({ zh: `${where}：插件“${spec}”没有导出“rules”对象`, en: `${where}: "${spec}" exports no "rules" object` }, file);
  }
  const name = pluginName(spec, typeof plugin.name === 'string' ? plugin.name : undefined);
  const out: Record<string, AnyRule> = idMap<AnyRule>();
  for (const [id, rule] of Object.entries(plugin.rules)) {
    if (!rule || typeof rule.check !== 'function' || !rule.meta || !rule.meta.messages) {
      throw new ConfigError({ zh: `${where}：插件“${spec}”的“${id}”不是规则（应为 { meta, check }）`, en: `${where}: rule "${id}" of "${spec}" is not a rule (expected { meta, check })` }, file);
    }
    const full = `${name}/${id}`;
    out[full] = {
      ...rule,
      meta: { ...rule.meta, schema: rule.meta.schema ?? { type: 'object', additionalProperties: false }, defaultOptions: rule.meta.defaultOptions ?? {}, url: rule.meta.url ?? '' },
    };
  }
  return out;
}
