import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LawIndex, parseLawsTsv } from './index.js';

/**
 * data/laws.tsv ships in the package (package.json "files": data). This module
 * sits at src/laws/ when run from source (vitest) and at dist/src/laws/ when
 * built, so walk up from it to the first folder holding data/laws.tsv.
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
