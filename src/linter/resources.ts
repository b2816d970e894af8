import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfiguredRule } from '../engine/run.js';
import { resourcesNeeded } from '../engine/run.js';
import type { RuleResources } from '../engine/types.js';
import { LAW_INDEX_DATA_VERSION, LawIndex, parseLawsTsv, type LawIndexData } from '../laws/index.js';

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
  cached ??= prebuiltLaws() ?? new LawIndex(parseLawsTsv(readFileSync(lawsPath(), 'utf8')));
  return cached;
}

/** The prebuilt index's file, beside the bundles (scripts/bundle.mjs writes it). */
export const PREBUILT_LAWS_FILE = 'laws-index.json';

/**
 * The index the build prepared from data/laws.tsv (dist/bundle/laws-index.json: the normalised keys, ~15 ms
 * of a cold start saved, issue 22), when this module runs bundled and the file matches: the same data
 * version and the same size of data/laws.tsv as when it was built. Otherwise (sources, tsc's output, a
 * changed or unreadable list) undefined, and the list is parsed as before.
 */
export function prebuiltLaws(here: string = path.dirname(fileURLToPath(import.meta.url))): LawIndex | undefined {
  try {
    const file = path.join(here, PREBUILT_LAWS_FILE);
    if (!existsSync(file)) return undefined;
    const data = JSON.parse(readFileSync(file, 'utf8')) as LawIndexData & { tsvBytes?: number };
    if (data.version !== LAW_INDEX_DATA_VERSION || data.tsvBytes !== statSync(lawsPath(here)).size) return undefined;
    return LawIndex.fromData(data);
  } catch {
    return undefined;
  }
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
