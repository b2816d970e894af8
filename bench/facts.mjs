#!/usr/bin/env node
// Facts vs parse: on the seed reports, the time to extract numeric facts (report.facts:
// quantities, rates, totals) against the time to parse and build the model without them.
// Same run, same machine, interleaved rounds; medians. `npm run bench:facts [-- --rounds N]`.
// Needs the built code: `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = process.env.FZLINT_DIST ?? path.join(root, 'dist/src'); // FZLINT_DIST: another build's src/
const seedsDir = path.resolve(root, '../shared/corpus/seeds');

if (!existsSync(path.join(dist, 'model/facts.js'))) {
  console.error('bench:facts: dist/src/model/facts.js is missing; run `npm run build` first');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);
const { decode, parseText } = await load('parse/index.js');
const { buildReport } = await load('model/report.js');
const { extractFacts } = await load('model/facts.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = arg('--rounds', 200);
const warmup = Math.max(10, Math.floor(rounds / 10));

const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.slice(0, 3), text: decode(readFileSync(path.join(seedsDir, f))).text }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;

/** One round over every seed: parse+model (facts untouched: the getter is lazy), then facts alone. */
function round() {
  let parse = 0;
  let tree = 0;
  let facts = 0;
  let counts = [0, 0, 0];
  for (const { text } of seeds) {
    const t0 = now();
    const root = parseText(text);
    const tm = now();
    const report = buildReport(text, root, { format: 'text' });
    const t1 = now();
    const f = extractFacts(report); // a fresh extraction, not the memoised report.facts
    const t2 = now();
    parse += ms(t0, t1);
    tree += ms(t0, tm);
    facts += ms(t1, t2);
    counts = [counts[0] + f.quantities.length, counts[1] + f.rates.length, counts[2] + f.totals.length];
  }
  return { parse, tree, facts, counts };
}

for (let i = 0; i < warmup; i++) round();
const parse = [];
const tree = [];
const facts = [];
const cpu0 = process.cpuUsage();
let counts;
for (let i = 0; i < rounds; i++) {
  const r = round();
  parse.push(r.parse);
  tree.push(r.tree);
  facts.push(r.facts);
  counts = r.counts;
}
const cpu = process.cpuUsage(cpu0);

const chars = seeds.reduce((n, s) => n + s.text.length, 0);
const p = median(parse);
const f = median(facts);
console.log(`bench:facts — ${seeds.length} seeds, ${chars} characters, ${rounds} rounds after ${warmup} warm-up (node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)})`);
console.log(`facts found per round: ${counts[0]} quantities, ${counts[1]} rates, ${counts[2]} totals`);
console.log(`parse + model (no facts): median ${p.toFixed(3)} ms per round (all seeds; of which text → tree ${median(tree).toFixed(3)} ms)`);
console.log(`fact extraction:          median ${f.toFixed(3)} ms per round (all seeds)`);
console.log(`ratio facts / parse+model: ${(f / p).toFixed(3)}  (${f < p ? 'facts cost less than the parse' : 'facts cost MORE than the parse'})`);
console.log(`process CPU time over the measured rounds: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
process.exitCode = f < p ? 0 : 1;
