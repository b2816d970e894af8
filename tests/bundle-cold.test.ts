import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';

// The cold path of the bundles (issue 22, bench/PROFILE.md item 7): scripts/bundle.mjs gives the chunks the
// built-ins whose ES-module facades cost a start (process: it creates process.stdin; util, module) or that
// only some runs need (assert, crypto, readline, worker_threads) through process.getBuiltinModule instead of
// `import … from 'node:…'`. A structural check of the build, not a timing.
const bundle = path.join(ROOT, 'dist/bundle');
const built = existsSync(path.join(bundle, 'cli.js'));

describe.skipIf(!built)('the bundle (dist/bundle)', () => {
  const files = built ? readdirSync(bundle).filter((f) => f.endsWith('.js')) : [];

  it('imports none of the built-ins it reaches through process.getBuiltinModule', () => {
    const statically = /^import\s[^;]*?from\s*["'](?:node:)?(process|assert|util|module|crypto|readline)["']/gm;
    for (const f of files) {
      const hits = [...readFileSync(path.join(bundle, f), 'utf8').matchAll(statically)].map((m) => m[1]);
      expect(hits, f).toEqual([]);
    }
  });

  it('keeps node:worker_threads itself only in worker.js (the pool reaches Worker on its first use)', () => {
    const importers = files.filter((f) => /^import\s[^;]*?from\s*["'](?:node:)?worker_threads["']/m.test(readFileSync(path.join(bundle, f), 'utf8')));
    expect(importers).toEqual(['worker.js']);
  });

  it('ships the prebuilt law index beside the bundles', () => {
    const data = JSON.parse(readFileSync(path.join(bundle, 'laws-index.json'), 'utf8')) as { entries: unknown[]; tsvBytes: number };
    expect(data.entries.length).toBeGreaterThan(1000);
    expect(data.tsvBytes).toBe(readFileSync(path.join(ROOT, 'data/laws.tsv')).length);
  });
});
