import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfiguredRule } from '../engine/run.js';
import { resourcesNeeded } from '../engine/run.js';
import type { RuleResources } from '../engine/types.js';
import { LawIndex, parseLawsTsv } from '../laws/index.js';

/**
 * The Node host's side of rule resources (meta.resources): it reads data/
 * from disk, so the kernel (engine, rules, laws) never touches the file
 * system. The web page fills the same context from its bundled copy.
 *
 * data/laws.tsv ships in the package (package.json "files": data). This module
 * sits at src/linter/ when run from source (vitest), at dist/src/linter/ when
 * built and at dist/bundle/ when bundled, so walk up to the first folder holding data/laws.tsv.
 */
export function lawsPath(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', 'laws.tsv');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`data/laws.tsv not found above ${from}`);
  }
}

let cached: LawIndex | undefined;

/** The law index, read and parsed on first use only (start-up stays cheap for runs without valid-law-title). */
export function loadLaws(): LawIndex {
  cached ??= new LawIndex(parseLawsTsv(readFileSync(lawsPath(), 'utf8')));
  return cached;
}

/** Every resource a Node host can supply (tests and tools that run rules directly). */
export function nodeResources(): RuleResources {
  return { laws: loadLaws() };
}

/** What these rules declare, loaded from data/ (nothing when none of them needs anything). */
export function resourcesFor(rules: Iterable<ConfiguredRule>): Partial<RuleResources> {
  const out: Partial<RuleResources> = {};
  for (const name of resourcesNeeded(rules)) {
    if (name === 'laws') out.laws = loadLaws();
  }
  return out;
}
