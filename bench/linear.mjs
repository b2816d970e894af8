#!/usr/bin/env node
// Linear time on adversarial inputs, measured: for each input shape, the CPU time of 4× the text over 1× the
// text, for building the model, for extracting facts, and for each rule alone (linear is 4×, quadratic 16×).
// These ratios used to be assertions in the unit suite, where a loaded machine made them flaky; the suite now
// counts steps instead (tests/helpers/steps.ts) and the clock lives here, run on demand:
//   npm run bench:linear                       print the ratios and compare them with bench/linear-baseline.json
//   npm run bench:linear -- --update-baseline  store this run's ratios as the baseline
// Exit 1 when a ratio reaches --max (default 6) or grows past 1.5× its baseline and past 4.5.
// Needs the built code: `npm run build` first. Run it with --expose-gc (the npm script does).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = process.env.FZLINT_DIST ?? path.join(root, 'dist'); // FZLINT_DIST: another build's dist/
const baselinePath = path.join(here, 'linear-baseline.json');

if (!existsSync(path.join(dist, 'src/model/report.js'))) {
  console.error('bench:linear: dist/src/model/report.js is missing; run `npm run build` first');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);
const { parseText } = await load('src/parse/text.js');
const { buildReport } = await load('src/model/report.js');
const { extractFacts } = await load('src/model/facts.js');
const { runRules } = await load('src/engine/run.js');
const { rules } = await load('rules/index.js');
// the law list is the host's to load (meta.resources), before any timing
const resources = (await load('src/linter/resources.js')).nodeResources();

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const UNIT = arg('--unit', 12_000); // characters at 1×
const ROUNDS = arg('--rounds', 5);
const MAX = arg('--max', 6);
const update = process.argv.includes('--update-baseline');

// the shapes of tests/robustness/linearity.test.ts and tests/model/facts.test.ts (kept as correctness tests there)
const rep = (unit) => (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const generators = {
  digits: rep('1234567890'),
  'digits with dots and commas': rep('12.5,3,4.4%'),
  一二三: rep('一二三四五六七八九十'),
  '共 and 其中': rep('共其中共计其中、合计'),
  'unclosed 《': rep('《中华人民共和国'),
  'repeated 一是': rep('一是'),
  'numbered lines': rep('（一）1.一、\n'),
  'rates and counts': rep('受理5件,办结4件,办结率80%,'),
  'one long sentence of quotes': rep('“三个聚焦“'),
  'XX placeholders': rep('XX县××局*次'),
  'counts then one rate each': (n) => rep('受理5件、办结4件、')(n) + '办结率80%。',
  '共5件,其中 lists': rep('共5件,其中1件、2件、2件,'),
  'lists ending in 共计': rep('1件、2件,共计3件,'),
  'Chinese numerals with units': rep('一二三四五六七八九十百千万亿件'),
  'many unclosed 《条例': rep('《条例'),
};

const gc = globalThis.gc;
if (!gc) console.error('bench:linear: run with --expose-gc (npm run bench:linear does) for steadier ratios');

/** CPU time (ms) of small and large, best of ROUNDS, measured alternately after gc() so both see the same machine. */
function timePair(small, large) {
  const best = [Infinity, Infinity];
  for (let i = 0; i < ROUNDS; i++) {
    [small, large].forEach((fn, k) => {
      gc?.();
      const s = process.cpuUsage();
      fn();
      const d = process.cpuUsage(s);
      best[k] = Math.min(best[k], (d.user + d.system) / 1000);
    });
  }
  return best;
}
// below 5 ms the clock and the collector are noise: a ratio is taken against a 5 ms floor
const ratio = ([t1, t4]) => Math.round((t4 / Math.max(t1, 5)) * 100) / 100;

const build = (text) => buildReport(text, parseText(text), { format: 'text', filePath: 'x.txt', reportYear: 2023 });

const results = {};
const started = Date.now();
for (const [name, gen] of Object.entries(generators)) {
  const small = '某县2023年度法治政府建设报告\n' + gen(UNIT);
  const large = '某县2023年度法治政府建设报告\n' + gen(UNIT * 4);
  const row = {};
  row['(model)'] = ratio(timePair(() => build(small), () => build(large)));
  const r1 = build(small);
  const r4 = build(large);
  row['(facts)'] = ratio(timePair(() => extractFacts(r1), () => extractFacts(r4)));
  void r1.facts, void r4.facts; // memoised once, so rules are timed without the extraction
  for (const [id, rule] of Object.entries(rules)) {
    const cfg = [[id, { rule, setting: { severity: 'error', options: { ...rule.meta.defaultOptions } } }]];
    row[id] = ratio(timePair(() => runRules(r1, cfg, { resources }), () => runRules(r4, cfg, { resources })));
  }
  results[name] = row;
}

const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : undefined;
const columns = Object.keys(results[Object.keys(results)[0]]);
const failures = [];
console.log(`bench:linear — CPU time of 4× the input ÷ 1× (${UNIT} and ${UNIT * 4} characters; best of ${ROUNDS}; linear 4, quadratic 16)`);
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (baseline) console.log(`baseline: ${baseline.recorded} (${baseline.machine}); shown as ratio (baseline)`);
for (const [name, row] of Object.entries(results)) {
  console.log(`\n${name}`);
  for (const id of columns) {
    const r = row[id];
    const b = baseline?.ratios?.[name]?.[id];
    const bad = r >= MAX || (b !== undefined && r > Math.max(b * 1.5, 4.5));
    if (bad) failures.push(`${name} / ${id}: ${r}${b !== undefined ? ` (baseline ${b})` : ''}`);
    console.log(`  ${id.padEnd(34)} ${String(r).padStart(6)}${b !== undefined ? `  (${b})` : ''}${bad ? '  ← superlinear?' : ''}`);
  }
}
console.log(`\n${Object.keys(results).length} inputs × ${columns.length} measurements in ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (update) {
  const stored = {
    recorded: new Date().toISOString().slice(0, 10),
    machine: `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(2)}`,
    unit: UNIT,
    rounds: ROUNDS,
    ratios: results,
  };
  writeFileSync(baselinePath, JSON.stringify(stored, null, 2) + '\n');
  console.log(`baseline written to ${path.relative(process.cwd(), baselinePath)}`);
}
if (failures.length) {
  console.log(`\n${failures.length} ratio(s) over ${MAX}, or over 1.5× their baseline:\n  ${failures.join('\n  ')}`);
  console.log('re-run on an idle machine before believing it: a busy core moves single ratios');
  process.exit(1);
}
