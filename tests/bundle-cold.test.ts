import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR } from './helpers/seeds.js';

// The cold path of the bundles (issue 22, bench/PROFILE.md item 7): scripts/bundle.mjs gives the chunks the
// built-ins whose ES-module facades cost a start (process: it creates process.stdin; util, module) or that
// only some runs need (assert, crypto, readline, worker_threads) through process.getBuiltinModule instead of
// `import … from 'node:…'` (the chunks are CommonJS files, *.cjs, since bin/code-cache.cjs compiles them from
// V8 code caches: `require("node:…")` there). A structural check of the build, not a timing.
const bundle = path.join(ROOT, 'dist/bundle');
const built = existsSync(path.join(bundle, 'cli.js'));

describe.skipIf(!built)('the bundle (dist/bundle)', () => {
  const files = built ? readdirSync(bundle).filter((f) => /\.c?js$/.test(f) && f !== 'kernel.js') : [];
  const loads = (name: string) => new RegExp(`^import\\s[^;]*?from\\s*["'](?:node:)?(${name})["']|\\brequire\\(["'](?:node:)?(${name})["']\\)`, 'gm');

  it('imports none of the built-ins it reaches through process.getBuiltinModule', () => {
    expect(files.filter((f) => f.endsWith('.cjs')).length).toBeGreaterThan(10);
    for (const f of files) {
      const hits = [...readFileSync(path.join(bundle, f), 'utf8').matchAll(loads('process|assert|util|module|crypto|readline'))].map((m) => m[1] ?? m[2]);
      expect(hits, f).toEqual([]);
    }
  });

  it('keeps node:worker_threads itself only in worker.cjs (the pool reaches Worker on its first use)', () => {
    const importers = files.filter((f) => loads('worker_threads').test(readFileSync(path.join(bundle, f), 'utf8')));
    expect(importers).toEqual(['worker.cjs']);
  });

  it('is CommonJS chunks with a V8 code cache for each chunk a plain run compiles, and ES-module entry points over them', () => {
    for (const entry of ['cli', 'lsp-server', 'index', 'testing']) {
      expect(readFileSync(path.join(bundle, `${entry}.js`), 'utf8')).toBe(`export * from './${entry}.cjs';\n`);
    }
    // a worker thread starts from worker.js, which compiles the chunks from their caches too
    expect(readFileSync(path.join(bundle, 'worker.js'), 'utf8')).toContain("useCodeCache(");
    const cached = readdirSync(path.join(bundle, 'code-cache'));
    expect(cached).toContain('cli.cjs.bin');
    expect(cached).toContain('cold.cjs.bin');
    // the chunks a plain run loads are merged into cold.cjs; their own files hand out the same exports
    expect(readFileSync(path.join(bundle, 'cli.cjs'), 'utf8')).toContain('module.exports = require("./cold.cjs").load("cli.cjs");');
    for (const f of cached) expect(files).toContain(f.replace(/\.bin$/, ''));
    // no import() left where vm.Script compiles the chunks (bin/code-cache.cjs): own chunks are required, files imported through __fzImport
    for (const f of files.filter((f) => f.endsWith('.cjs'))) expect(readFileSync(path.join(bundle, f), 'utf8'), f).not.toMatch(/\bimport\(\s*["']\.\//);
  });

  it('ships the prebuilt law index beside the bundles', () => {
    const data = JSON.parse(readFileSync(path.join(bundle, 'laws-index.json'), 'utf8')) as { entries: unknown[]; tsvBytes: number };
    expect(data.entries.length).toBeGreaterThan(1000);
    expect(data.tsvBytes).toBe(readFileSync(path.join(ROOT, 'data/laws.tsv')).length);
  });

  it('the built CLI reads every container: .doc (word-extractor), .docx, .pdf, .mhtml (no "file damaged" from a built-in the bundle left out)', () => {
    const containers = path.join(ROOT, 'tests/__data__/containers');
    const files = ['002.lo.doc', '002.lo.pdf', '002.chromium.mhtml'].map((f) => path.join(containers, f));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/fzlint.js'), '--no-cache', '-f', 'json', ...files, path.join(ROOT, 'tests/__data__/forms/autonum.docx')], { encoding: 'utf8' });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    expect(results).toHaveLength(4);
    for (const x of results) expect(x.messages.filter((m) => m.fatal || /无法|cannot/.test(m.message)), x.filePath).toEqual([]);
  }, 60_000);

  it('runs as published (bin, dist/bundle, data; no dist/src): --concurrency starts the bundle\'s worker.js and answers as a serial run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-bundle-'));
    try {
      for (const part of ['bin', 'dist/bundle', 'data', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
      const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dir, 'bin/fzlint.js'), '--no-cache', '-f', 'json', ...args, SEEDS_DIR], { encoding: 'utf8' });
      const serial = run('--concurrency', 'off');
      const parallel = run('--concurrency', '2');
      expect(parallel.stderr).toBe(serial.stderr);
      expect(parallel.status).toBe(serial.status);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(JSON.parse(serial.stdout)).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
