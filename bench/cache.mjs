#!/usr/bin/env node
// --cache and --concurrency, measured as whole processes over the deterministic corpus (bench/corpus.mjs):
// a cold run (no cache) and a warm run (unchanged corpus, cache full); then one edited file; then threads.
// `node bench/cache.mjs [--count N] [--runs R]` (defaults: 200 reports, 3 runs each, median reported).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const count = arg('--count', 200);
const runs = arg('--runs', 3);
if (!existsSync(path.join(root, 'dist/src/cli/index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'fzlint-cache-bench-'));
const corpus = generate({ seedsDir: path.resolve(root, '../shared/corpus/seeds'), outDir: work, count, bigBytes: 1 });
rmSync(corpus.big);
rmSync(corpus.mid);
const cacheFile = path.join(work, 'bench.fzlintcache');

// CPU time (user + sys, from /usr/bin/time) besides wall time: on a shared machine it is the steadier measure
const haveTime = existsSync('/usr/bin/time');
const cpuFile = path.join(work, 'cpu.txt');

function fzlint(args) {
  const cmd = [path.join(root, 'bin/fzlint.js'), '--format', 'json', ...args, 'reports'];
  const start = process.hrtime.bigint();
  const r = haveTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, process.execPath, ...cmd], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, cmd, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`fzlint ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  const cpu = haveTime ? readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').reduce((a, x) => a + Number(x) * 1000, 0) : NaN;
  return { ms, cpu, out: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cold = [];
const warm = [];
let coldOut;
let warmOut;
for (let i = 0; i < runs; i++) {
  rmSync(cacheFile, { force: true });
  const c = fzlint(['--cache', '--cache-location', cacheFile]);
  const w = fzlint(['--cache', '--cache-location', cacheFile]);
  cold.push(c);
  warm.push(w);
  coldOut = c.out;
  warmOut = w.out;
}
if (coldOut !== warmOut) throw new Error('the warm run printed something else than the cold run');
const edited = [];
for (let i = 0; i < runs; i++) {
  appendFileSync(corpus.files[i], '\n一是持续推进法治政府建设。\n');
  edited.push(fzlint(['--cache', '--cache-location', cacheFile]));
}
const threads = {};
for (const c of ['off', '2', 'auto']) {
  const t = [];
  for (let i = 0; i < runs; i++) t.push(fzlint(['--concurrency', c]));
  threads[c] = t;
}

const med = (rs, k) => median(rs.map((r) => r[k]));
const f = (ms) => `${ms.toFixed(0)} ms`;
const row = (label, rs) => `${label.padEnd(36)} wall ${f(med(rs, 'ms')).padStart(9)}   cpu ${haveTime ? f(med(rs, 'cpu')).padStart(9) : 'n/a'}   (wall runs: ${rs.map((r) => f(r.ms)).join(', ')})`;
console.log(`corpus: ${count} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB; ${os.availableParallelism?.() ?? os.cpus().length} cores; load ${os.loadavg()[0].toFixed(1)}; medians of ${runs}`);
console.log(row('--cache, cold (no cache file):', cold));
console.log(row('--cache, warm (unchanged corpus):', warm));
console.log(`  → warm run ${(med(cold, 'ms') / med(warm, 'ms')).toFixed(1)}× faster by wall time${haveTime ? `, ${(med(cold, 'cpu') / med(warm, 'cpu')).toFixed(1)}× by CPU time` : ''} (goal ≥ 5×); output identical`);
console.log(row('--cache, one file edited:', edited));
for (const c of ['off', '2', 'auto']) console.log(row(`--concurrency ${c}:`, threads[c]));
rmSync(work, { recursive: true, force: true });
