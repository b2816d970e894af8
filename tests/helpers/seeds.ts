import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../src/parse/index.js';
import { prepare } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run.js';
import { nodeResources } from '../../src/linter/resources.js';
import type { AnyRule, LintMessage, Locale } from '../../src/engine/types.js';
import type { Report } from '../../src/model/report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const SEEDS_DIR = path.resolve(ROOT, '../shared/corpus/seeds');

/** The seed file whose name starts with the given number (000–004). */
export function seedPath(n: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(n));
  if (!name) throw new Error(`seed ${n} not found in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, name);
}

export function seedText(n: string): string {
  return decode(readFileSync(seedPath(n))).text;
}

export async function seedReport(n: string): Promise<Report> {
  return prepare(seedText(n), 'text', seedPath(n));
}

/** Lint a seed with one rule at its default severity and options. */
export async function lintSeed(n: string, id: string, rule: AnyRule, options: Record<string, unknown> = {}, locale: Locale = 'zh'): Promise<LintMessage[]> {
  const report = await seedReport(n);
  return runRules(report, [[id, { rule, setting: { severity: rule.meta.severity, options: { ...rule.meta.defaultOptions, ...options } } }]], { locale, resources: nodeResources() });
}

export const SEEDS = ['000', '001', '002', '003', '004'] as const;
