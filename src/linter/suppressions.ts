import { makeDirs } from './make-dirs.js';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LintMessage } from '../engine/types.js';
import { IGNORED_RULE_ID } from './ignore.js';
import { withMessages } from './serialize.js';
import type { FileResult } from './types.js';

/**
 * A baseline for repositories of old reports adopting fzlint:
 * `--suppress-all` writes fzlint-suppressions.json with, per file and rule,
 * how many findings there are now; later runs report a file's findings of a
 * rule only when there are more than the baseline allows (then all of them:
 * a count cannot tell which one is new). `--prune-suppressions` lowers the
 * counts to what remains, so fixed findings cannot come back unnoticed.
 *
 *   { "reports/2023.md": { "require-sections": { "count": 2 } } }
 *
 * Paths are relative to the working directory, with forward slashes.
 */

export const SUPPRESSIONS_FILE = 'fzlint-suppressions.json';

export type Suppressions = Record<string, Record<string, { count: number }>>;

export class SuppressionsError extends Error {
  readonly code = 'FZLINT_SUPPRESSIONS';
}

/** Findings a baseline may hold: not rule crashes, not "file ignored" notes, not unreadable files. */
function suppressible(m: LintMessage): boolean {
  return !m.internal && m.ruleId !== IGNORED_RULE_ID;
}

function relKey(cwd: string, filePath: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

/** Counts per file and rule of the findings in `results`. */
export function countFindings(results: FileResult[], cwd: string): Suppressions {
  const out: Suppressions = {};
  for (const r of results) {
    for (const m of r.messages) {
      if (!suppressible(m)) continue;
      const file = (out[relKey(cwd, r.filePath)] ??= {});
      (file[m.ruleId] ??= { count: 0 }).count++;
    }
  }
  return sortKeys(out);
}

export function readSuppressions(file: string): Suppressions | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SuppressionsError(`${file}: malformed JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const bad = (why: string) => new SuppressionsError(`${file}: ${why}; expected { "<file>": { "<rule-id>": { "count": <n> } } }`);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad('not an object');
  for (const [f, rules] of Object.entries(data as Record<string, unknown>)) {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) throw bad(`entry "${f}" is not an object`);
    for (const [id, v] of Object.entries(rules as Record<string, unknown>)) {
      const count = (v as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw bad(`"${f}" → "${id}" has no whole "count"`);
    }
  }
  return data as Suppressions;
}

export function writeSuppressions(file: string, data: Suppressions): void {
  makeDirs(path.dirname(path.resolve(file)));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(sortKeys(data), null, 2) + '\n');
  renameSync(tmp, file);
}

/** --suppress-all: the linted files' entries become their current counts; other files' entries stay. */
export function suppressAll(existing: Suppressions | undefined, results: FileResult[], cwd: string): Suppressions {
  const out: Suppressions = { ...(existing ?? {}) };
  for (const r of results) delete out[relKey(cwd, r.filePath)];
  return sortKeys({ ...out, ...countFindings(results, cwd) });
}

/** --prune-suppressions: for the linted files, counts drop to what remains (never rise); empty entries go. */
export function pruneSuppressions(existing: Suppressions, results: FileResult[], cwd: string): Suppressions {
  const now = countFindings(results, cwd);
  const out: Suppressions = {};
  const linted = new Set(results.map((r) => relKey(cwd, r.filePath)));
  for (const [file, rules] of Object.entries(existing)) {
    if (!linted.has(file)) {
      out[file] = rules;
      continue;
    }
    for (const [id, { count }] of Object.entries(rules)) {
      const left = Math.min(count, now[file]?.[id]?.count ?? 0);
      if (left > 0) (out[file] ??= {})[id] = { count: left };
    }
  }
  return sortKeys(out);
}

export interface Unused {
  file: string;
  ruleId: string;
  /** In the baseline. */
  count: number;
  /** Found now. */
  found: number;
}

/**
 * Drop the findings the baseline covers. A file's findings of one rule stay
 * hidden while there are no more of them than its count, and are all shown
 * once there are more. Entries with fewer findings than their count are
 * returned as unused (candidates for --prune-suppressions).
 */
export function applySuppressions(results: FileResult[], data: Suppressions, cwd: string): { results: FileResult[]; unused: Unused[] } {
  const unused: Unused[] = [];
  const out = results.map((r) => {
    const key = relKey(cwd, r.filePath);
    const entry = data[key];
    if (!entry) return r;
    const found = new Map<string, number>();
    for (const m of r.messages) if (suppressible(m)) found.set(m.ruleId, (found.get(m.ruleId) ?? 0) + 1);
    for (const [ruleId, { count }] of Object.entries(entry)) {
      const n = found.get(ruleId) ?? 0;
      if (n < count) unused.push({ file: key, ruleId, count, found: n });
    }
    const hidden = (m: LintMessage): boolean => suppressible(m) && entry[m.ruleId] !== undefined && (found.get(m.ruleId) ?? 0) <= entry[m.ruleId].count;
    if (!r.messages.some(hidden)) return r;
    return withMessages(
      r,
      r.messages.filter((m) => !hidden(m)),
    );
  });
  return { results: out, unused };
}

function sortKeys(data: Suppressions): Suppressions {
  const out: Suppressions = {};
  for (const f of Object.keys(data).sort()) {
    const rules: Record<string, { count: number }> = {};
    for (const id of Object.keys(data[f]).sort()) rules[id] = { count: data[f][id].count };
    out[f] = rules;
  }
  return out;
}
