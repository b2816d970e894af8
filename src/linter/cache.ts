import { makeDirs } from './make-dirs.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedConfig, ResolvedConfig } from '../config/load.js';
import type { AnyRule, Locale, Severity } from '../engine/types.js';
import type { SerializedResult } from './serialize.js';

/**
 * --cache: results of earlier runs, keyed by the file's content hash, the
 * resolved configuration that applies to it, and the fzlint version. Any
 * change to one of the three makes the entry miss. The file lives at
 * --cache-location (default .fzlintcache in the working directory).
 */

export const CACHE_FILE = '.fzlintcache';
/** Bumped when the layout of the cache file changes. */
const FORMAT = 1;
/** Largest cache file read (bytes). */
const MAX_CACHE_SIZE = 512 * 1024 * 1024;

/** --cache-location: a file, or a directory (existing, or written with a trailing slash) that gets .fzlintcache. */
export function resolveCacheLocation(cwd: string, location?: string): string {
  if (!location) return path.join(cwd, CACHE_FILE);
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, CACHE_FILE);
  try {
    if (statSync(abs).isDirectory()) return path.join(abs, CACHE_FILE);
  } catch {
    // not there yet: a file
  }
  return abs;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const fingerprints = new WeakMap<AnyRule, string>();

/**
 * What a rule is, as far as can be seen from outside: its metadata and the
 * source of its check function. A plugin rule edited in place (same version)
 * then misses the cache, though a change in a helper it calls does not.
 */
function ruleFingerprint(rule: AnyRule): string {
  let f = fingerprints.get(rule);
  if (!f) {
    f = createHash('sha256').update(JSON.stringify(rule.meta)).update('\0').update(String(rule.check)).digest('hex').slice(0, 16);
    fingerprints.set(rule, f);
  }
  return f;
}

export interface KeyOptions {
  locale: Locale;
  inlineConfig: boolean;
  reportUnusedDirectives: Severity | false;
}

const knownIds = new WeakMap<LoadedConfig, string[]>();

/** The resolved configuration of one file as a hash: rule settings, year, locale, directive options, known rule ids. */
export function configKey(config: ResolvedConfig, loaded: LoadedConfig, options: KeyOptions): string {
  let known = knownIds.get(loaded);
  if (!known) {
    known = Object.keys(loaded.rules).sort();
    knownIds.set(loaded, known);
  }
  const rules = [...config.rules].map(([id, { rule, setting }]) => [id, setting.severity, setting.options, ruleFingerprint(rule)]);
  const key = JSON.stringify({
    rules,
    reportYear: config.reportYear ?? null,
    locale: options.locale,
    inlineConfig: options.inlineConfig,
    reportUnusedDirectives: options.reportUnusedDirectives,
    known,
  });
  return createHash('sha256').update(key).digest('hex');
}

interface Entry {
  hash: string;
  config: string;
  result: SerializedResult;
}

interface CacheData {
  format: number;
  fzlint: string;
  entries: Record<string, Entry>;
}

const POSITION = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

/**
 * Whether cached data has the shape a serialized result has: what the formatters and the revival read
 * (counts, messages with reason, ruleId, severity, a place, fixes as numbers and text). The file itself
 * is untrusted: anyone who can write the working directory can write it.
 */
export function isSerializedResult(r: unknown, filePath: string): r is SerializedResult {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return false;
  const o = r as Record<string, unknown>;
  if (o.filePath !== filePath || !Array.isArray(o.messages)) return false;
  for (const k of ['errorCount', 'warningCount', 'infoCount', 'fatalErrorCount']) if (!POSITION(o[k])) return false;
  if (o.fileError !== undefined && typeof o.fileError !== 'string') return false;
  if (o.encoding !== undefined && typeof o.encoding !== 'string') return false;
  for (const m of o.messages as unknown[]) {
    if (!m || typeof m !== 'object' || Array.isArray(m)) return false;
    const x = m as Record<string, unknown>;
    if (typeof x.reason !== 'string' || typeof x.ruleId !== 'string' || !['error', 'warn', 'info'].includes(x.severity as string)) return false;
    const place = x.place as { line?: unknown; column?: unknown; start?: { line?: unknown; column?: unknown } } | undefined;
    const point = place && typeof place === 'object' ? (place.start ?? place) : undefined;
    if (place !== undefined && (!point || typeof point !== 'object' || !POSITION(point.line) || !POSITION(point.column))) return false;
    if (x.fix !== undefined && !validFixes(x.fix)) return false;
    if (x.suggestions !== undefined && (!Array.isArray(x.suggestions) || !x.suggestions.every((s) => s && typeof s === 'object' && typeof (s as { message?: unknown }).message === 'string' && validFixes((s as { fix?: unknown }).fix)))) return false;
    if (x.cause !== undefined && (!x.cause || typeof x.cause !== 'object')) return false;
    for (const k of ['line', 'column', 'endLine', 'endColumn']) if (x[k] !== undefined && x[k] !== null && !POSITION(x[k])) return false;
  }
  return true;
}

/** Packed fixes ([marker, start, end, text, …]) or a list of { start, end, text }. */
function validFixes(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  if (v[0] === '\u0000fixes') {
    if ((v.length - 1) % 3 !== 0) return false;
    for (let i = 1; i < v.length; i += 3) if (!POSITION(v[i]) || !POSITION(v[i + 1]) || typeof v[i + 2] !== 'string') return false;
    return true;
  }
  return v.every((f) => f && typeof f === 'object' && POSITION((f as { start?: unknown }).start) && POSITION((f as { end?: unknown }).end) && typeof (f as { text?: unknown }).text === 'string');
}

export class LintCache {
  private data: CacheData;
  private readonly touched = new Set<string>();
  private dirty = false;
  /** Hits and misses of this run. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    readonly file: string,
    readonly version: string,
  ) {
    this.data = { format: FORMAT, fzlint: version, entries: Object.create(null) as Record<string, Entry> };
    if (!existsSync(file)) return;
    try {
      const st = statSync(file);
      // a cache that is not a regular file (a FIFO) or absurdly large is ignored and rewritten
      if (!st.isFile() || st.size > MAX_CACHE_SIZE) throw new Error('not a usable cache file');
      const d = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
      // Another fzlint version, or another layout: start over
      if (d && d.format === FORMAT && d.fzlint === version && d.entries && typeof d.entries === 'object' && !Array.isArray(d.entries)) {
        // no prototype: an entry keyed "__proto__" is an entry, not a prototype
        this.data = { ...d, entries: Object.assign(Object.create(null) as Record<string, Entry>, d.entries) };
      }
      else this.dirty = true;
    } catch {
      this.dirty = true; // unreadable or corrupt: rebuilt on save
    }
  }

  private key(filePath: string): string {
    return path.relative(path.dirname(this.file), filePath).split(path.sep).join('/');
  }

  get(filePath: string, hash: string, config: string): SerializedResult | undefined {
    const k = this.key(filePath);
    this.touched.add(k);
    const e = Object.prototype.hasOwnProperty.call(this.data.entries, k) ? this.data.entries[k] : undefined;
    // an entry of the wrong shape (an older or foreign writer, a hand edit) is a miss, never a crash
    if (e && e.hash === hash && e.config === config && isSerializedResult(e.result, filePath)) {
      this.stats.hits++;
      return e.result;
    }
    this.stats.misses++;
    return undefined;
  }

  set(filePath: string, hash: string, config: string, result: SerializedResult): void {
    const k = this.key(filePath);
    this.touched.add(k);
    this.data.entries[k] = { hash, config, result };
    this.dirty = true;
  }

  /** Write the cache if anything changed; entries of files that no longer exist are dropped. */
  save(): void {
    const dir = path.dirname(this.file);
    for (const k of Object.keys(this.data.entries)) {
      if (this.touched.has(k)) continue;
      if (!existsSync(path.resolve(dir, k))) {
        delete this.data.entries[k];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    makeDirs(path.resolve(dir));
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.file); // atomic: a concurrent reader sees the old or the new cache, never half
    this.dirty = false;
  }
}
