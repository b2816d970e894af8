#!/usr/bin/env node
// fzlint benchmark: whole processes, fzlint and its references measured alternately in one run (so a busy
// machine slows both alike), medians and min–max. Every budget line of issue 22 is measured and printed as
// met / NOT met; `npm run bench` writes bench/RESULTS.md.
//
//   npm run bench                      full run (peers installed into bench/node_modules on first use)
//   npm run bench -- --quick           harness check: 40 reports, small big reports, one run each, no peers, nothing written
//   npm run bench -- --runs 1          fewer alternating repetitions of the whole-process cases (default 3)
//   npm run bench -- --no-slow-peers   textlint only on the one report (over the corpus it takes minutes)
//   npm run bench -- --no-10k          skip the 10,000-report memory line
//
// CPU is user+sys of the child (/usr/bin/time), which a loaded shared machine disturbs far less than wall
// time; the budget lines that are about CPU compare CPU, the ones about wall (cold start, --concurrency)
// compare wall measured alternately. Peak memory is the child's max RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './corpus.mjs';
import { keptSections } from './sections.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const flagValue = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : undefined;
};
const seedsDir = path.resolve(root, '../shared/corpus/seeds');
const outDir = path.join(here, 'corpus');
const node = process.execPath;
const fzlint = path.join(root, 'bin/fzlint.js');
const floorJs = path.join(here, 'floor.mjs');

if (!existsSync(path.join(root, 'dist/bundle/cli.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time (GNU time) is needed for CPU time and peak memory: apt-get install time');
  process.exit(2);
}
const peersInstalled = existsSync(path.join(here, 'node_modules/.bin/textlint'));
if (!peersInstalled && !quick) {
  console.log('bench: installing peers (textlint, remark-cli) into bench/node_modules …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (r.status !== 0) process.exit(2);
}
const havePeers = !quick && existsSync(path.join(here, 'node_modules/.bin/textlint'));
const slowPeers = havePeers && !argv.includes('--no-slow-peers');
const with10k = !quick && !argv.includes('--no-10k');
const runs = flagValue('--runs') ?? (quick ? 1 : 3);
const runsOne = quick ? 1 : Math.max(runs, 7);

// ---- corpus ------------------------------------------------------------------------------------------
const count = quick ? 40 : 1000;
const MB = 1024 * 1024;
const t0 = Date.now();
const corpus = generate({ seedsDir, outDir, count, bigBytes: quick ? 256 * 1024 : 5 * MB });
const reportsDir = path.join(outDir, 'reports');
// the doubled big report: the same generator, twice the size, for linearity
const big2 = path.join(outDir, 'big-2x.txt');
{
  const text = readFileSync(corpus.big, 'utf8');
  // two different halves (the second with its figures shifted) so nothing repeats verbatim at the join
  const shifted = text.replace(/(\d+)(?=[个件项次人万亿%])/g, (m) => String(Number(m) + 1));
  writeFileSync(big2, text + '\n' + shifted.slice(shifted.indexOf('\n') + 1));
}
// 10,000 reports: ten hard-linked copies of the corpus under different names (same bytes, distinct files)
const tenKDir = path.join(outDir, 'reports-10k');
if (with10k) {
  rmSync(tenKDir, { recursive: true, force: true });
  for (let k = 0; k < 10; k++) {
    const d = path.join(tenKDir, `set${k}`);
    mkdirSync(d, { recursive: true });
    for (const f of corpus.files) linkSync(f, path.join(d, path.basename(f)));
  }
}
const seedFile = path.join(seedsDir, readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0]);
const size = (f) => statSync(f).size;
console.log(
  `corpus: ${count} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB; big reports ${(size(corpus.big) / 1e6).toFixed(1)} and ${(size(big2) / 1e6).toFixed(1)} MB (${Date.now() - t0} ms to generate); runs: ${runs} alternating`,
);

// ---- measuring ---------------------------------------------------------------------------------------
/** One whole process: wall ms, CPU ms (user+sys), peak RSS MiB. */
function once(cmd, args, { cwd = root, okCodes = [0, 1], timeoutMs } = {}) {
  const start = process.hrtime.bigint();
  // a time limit is kept by coreutils' timeout inside /usr/bin/time: spawnSync's own timeout kills only /usr/bin/time,
  // which does not pass the signal on, and the peer went on running (a textlint over the 5 MB report kept a core busy
  // for minutes into the next measurements); spawnSync's limit stays as a backstop
  const limited = timeoutMs ? ['timeout', '-s', 'KILL', String(Math.ceil(timeoutMs / 1000)), cmd, ...args] : [cmd, ...args];
  const r = spawnSync('/usr/bin/time', ['-f', '\n%U %S %M', ...limited], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs ? timeoutMs + 10_000 : undefined });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (timeoutMs && ((r.error && r.error.code === 'ETIMEDOUT') || r.status === 137 || r.signal === 'SIGKILL')) return { wall, cpu: wall, rss: NaN, timedOut: true };
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${(r.stderr || '').slice(-400)}`);
  const [u, s, kb] = (r.stderr || '').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (u + s) * 1000, rss: kb / 1024 };
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const summary = (samples) => ({
  wall: median(samples.map((x) => x.wall)),
  cpu: median(samples.map((x) => x.cpu)),
  rss: Math.max(...samples.map((x) => x.rss).filter(Number.isFinite)),
  min: Math.min(...samples.map((x) => x.cpu)),
  max: Math.max(...samples.map((x) => x.cpu)),
  runs: samples.length,
  timedOut: samples.some((x) => x.timedOut),
});

/**
 * Measure several commands alternately: `warmup` rounds discarded, then `n` rounds of A, B, C, … in turn,
 * so the load of a shared machine falls on all of them alike.
 */
function alternate(cases, n, warmup = quick ? 0 : 1) {
  const samples = cases.map(() => []);
  for (let round = 0; round < warmup + n; round++) {
    cases.forEach((c, i) => {
      const m = once(c.cmd, c.args, c.opts);
      if (round >= warmup) samples[i].push(m);
    });
  }
  return samples.map(summary);
}

const rows = [];
function add(group, tool, m, bytes) {
  rows.push({ group, tool, ...m, bytes });
  const mbps = bytes ? `  ${(bytes / 1e6 / (m.cpu / 1000)).toFixed(2)} MB/CPU-s` : '';
  console.log(
    `${group.padEnd(26)} ${tool.padEnd(30)} ${m.timedOut ? 'stopped after' : 'CPU'} ${m.cpu.toFixed(0).padStart(7)} ms [${m.min.toFixed(0)}–${m.max.toFixed(0)}]  wall ${m.wall.toFixed(0).padStart(7)} ms  peak ${Number.isFinite(m.rss) ? m.rss.toFixed(0) : '?'} MiB${mbps}`,
  );
}

const fz = (...args) => ({ cmd: node, args: [fzlint, ...args] });
const floor = (...files) => ({ cmd: node, args: [floorJs, ...files] });
const remark = (...files) => ({ cmd: path.join(here, 'node_modules/.bin/remark'), args: ['--rc-path', path.join(here, '.remarkrc.json'), '--quiet', '--no-stdout', ...files], opts: { cwd: here } });
const textlint = (timeoutMs, ...files) => ({ cmd: path.join(here, 'node_modules/.bin/textlint'), args: ['--config', path.join(here, '.textlintrc.json'), ...files], opts: { cwd: here, timeoutMs } });
const tmpOut = (name) => path.join(outDir, name);

// (a) one report, cold, against Node's own start
{
  const cases = [{ cmd: node, args: ['-e', ''] }, fz('--format', 'json', seedFile), floor(seedFile)];
  const [n, f, fl] = alternate(cases, runsOne);
  add('node start', "node -e ''", n);
  add('one report (cold)', 'fzlint', f, size(seedFile));
  add('one report (cold)', 'floor (remark-parse)', fl, size(seedFile));
  if (havePeers) {
    const [r, t] = alternate([remark(seedFile), textlint(undefined, seedFile)], quick ? 1 : 3);
    add('one report (cold)', 'remark-lint (recommended)', r, size(seedFile));
    add('one report (cold)', 'textlint (4 rules)', t, size(seedFile));
  }
}
// (b) the corpus: fzlint --format json to a file, the floor, --concurrency auto; outputs compared byte for byte
let concurrencyIdentical;
{
  const offOut = tmpOut('out-off.json');
  const autoOut = tmpOut('out-auto.json');
  const cases = [
    fz('--format', 'json', '-o', offOut, reportsDir),
    floor(...corpus.files),
    fz('--format', 'json', '--concurrency', 'auto', '-o', autoOut, reportsDir),
    fz('--format', 'json', '--concurrency', 'off', '-o', offOut, reportsDir),
  ];
  const [f, fl, auto, off] = alternate(cases, runs);
  add(`${count} reports`, 'fzlint', f, corpus.bytes);
  add(`${count} reports`, 'floor (remark-parse)', fl, corpus.bytes);
  add(`${count} reports`, 'fzlint --concurrency auto', auto, corpus.bytes);
  add(`${count} reports`, 'fzlint --concurrency off', off, corpus.bytes);
  concurrencyIdentical = readFileSync(offOut).equals(readFileSync(autoOut));
  if (havePeers) {
    const [r] = alternate([remark(...corpus.files)], quick ? 1 : Math.min(runs, 3));
    add(`${count} reports`, 'remark-lint (recommended)', r, corpus.bytes);
    if (slowPeers) add(`${count} reports`, 'textlint (4 rules)', alternate([textlint(300_000, ...corpus.files)], 1, 0)[0], corpus.bytes);
  }
}
// (c) 10,000 reports: memory stays flat (results streamed or small, texts not held)
if (with10k) {
  const [m] = alternate([fz('--format', 'json', '-o', tmpOut('out-10k.json'), tenKDir)], 1, 0);
  add(`${count * 10} reports`, 'fzlint', m, corpus.bytes * 10);
}
// (d) the big reports: CPU against the floor, and linearity (twice the size, at most 2.2× the CPU)
{
  const cases = [fz('--format', 'json', '-o', tmpOut('out-big.json'), corpus.big), floor(corpus.big), fz('--format', 'json', '-o', tmpOut('out-big2.json'), big2), floor(big2)];
  const [b, bf, b2, b2f] = alternate(cases, runs);
  add('big report', 'fzlint', b, size(corpus.big));
  add('big report', 'floor (remark-parse)', bf, size(corpus.big));
  add('big report ×2', 'fzlint', b2, size(big2));
  add('big report ×2', 'floor (remark-parse)', b2f, size(big2));
  if (havePeers) {
    const [r] = alternate([remark(corpus.big)], quick ? 1 : Math.min(runs, 3));
    add('big report', 'remark-lint (recommended)', r, size(corpus.big));
    if (slowPeers) add('big report', 'textlint (4 rules)', alternate([textlint(180_000, corpus.big)], 1, 0)[0], size(corpus.big));
  }
}
// (e) the editor: re-lint a 30 KB report after an edit, in process (what the language server runs per change)
let relint;
{
  const { Linter } = await import(pathToFileURL(path.join(root, 'dist/src/linter/linter.js')).href);
  const linter = new Linter({ cwd: root });
  const text30 = readFileSync(corpus.mid, 'utf8');
  const iterations = quick ? 20 : 300;
  const times = [];
  const cpuTimes = []; // this process's CPU per re-lint: what a loaded shared machine does not inflate
  await linter.lintText(text30, corpus.mid);
  for (let i = 0; i < iterations; i++) {
    const at = Math.floor((((i * 7919) % 997) / 997) * (text30.length - 200)) + 100;
    const edited = text30.slice(0, at) + '，' + text30.slice(at); // a character typed somewhere in the body
    const c = process.cpuUsage();
    const s = process.hrtime.bigint();
    await linter.lintText(edited, corpus.mid);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
    const d = process.cpuUsage(c);
    cpuTimes.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  relint = { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], min: times[0], max: times[times.length - 1], runs: iterations, cpu: median(cpuTimes) };
  console.log(`re-lint 30 KB (in process)  wall median ${relint.median.toFixed(1)} ms, p90 ${relint.p90.toFixed(1)} ms; CPU median ${relint.cpu.toFixed(1)} ms over ${iterations} edits`);
}

// ---- the table and the budget ------------------------------------------------------------------------
const by = (g, t) => rows.find((r) => r.group === g && r.tool === t);
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const table = ['| case | tool | CPU ms (median) | min–max CPU ms | wall ms (median) | peak MiB | MB per CPU-s |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
for (const r of rows) {
  table.push(`| ${r.group} | ${r.tool} | ${r.timedOut ? '> ' : ''}${fmt(r.cpu)} | ${fmt(r.min)}–${fmt(r.max)} | ${fmt(r.wall)} | ${fmt(r.rss)} | ${r.bytes ? fmt(r.bytes / 1e6 / (r.cpu / 1000), 2) : ''} |`);
}
table.push(`| re-lint 30 KB (editor) | Linter.lintText, in process | ${fmt(relint.cpu, 1)} | | ${fmt(relint.median, 1)} (p90 ${fmt(relint.p90, 1)}; min ${fmt(relint.min, 1)}) | | |`);

const verdict = (ok) => (ok ? 'met' : 'NOT met');
const nodeStart = by('node start', "node -e ''");
const one = by('one report (cold)', 'fzlint');
const all = by(`${count} reports`, 'fzlint');
const allFloor = by(`${count} reports`, 'floor (remark-parse)');
const auto = by(`${count} reports`, 'fzlint --concurrency auto');
const off = by(`${count} reports`, 'fzlint --concurrency off');
const tenK = by(`${count * 10} reports`, 'fzlint');
const big = by('big report', 'fzlint');
const bigFloor = by('big report', 'floor (remark-parse)');
const big2Row = by('big report ×2', 'fzlint');
const budget = [
  `| ${count} reports, every recommended rule, --format json to a file: CPU ≤ 1.0× the remark-parse floor | ${fmt(all.cpu)} ms vs ${fmt(allFloor.cpu)} ms = ${(all.cpu / allFloor.cpu).toFixed(2)}× | ${verdict(all.cpu <= allFloor.cpu)} |`,
  `| peak RSS, ${count} reports ≤ 250 MiB | ${fmt(all.rss)} MiB (floor ${fmt(allFloor.rss)} MiB) | ${verdict(all.rss <= 250)} |`,
  tenK
    ? `| peak RSS, ${count * 10} reports ≤ 300 MiB | ${fmt(tenK.rss)} MiB | ${verdict(tenK.rss <= 300)} |`
    : `| peak RSS, ${count * 10} reports ≤ 300 MiB | not measured in this run (--no-10k or --quick) | not measured |`,
  `| one report cold (wall) ≤ 2× \`node -e ''\` | ${fmt(one.wall)} ms vs ${fmt(nodeStart.wall)} ms = ${(one.wall / nodeStart.wall).toFixed(2)}× (CPU ${fmt(one.cpu)} vs ${fmt(nodeStart.cpu)} ms = ${(one.cpu / nodeStart.cpu).toFixed(2)}×) | ${verdict(one.wall <= 2 * nodeStart.wall)} |`,
  `| one ${(size(corpus.big) / 1e6).toFixed(0)} MB report: CPU ≤ 1.0× the floor | ${fmt(big.cpu)} ms vs ${fmt(bigFloor.cpu)} ms = ${(big.cpu / bigFloor.cpu).toFixed(2)}× | ${verdict(big.cpu <= bigFloor.cpu)} |`,
  `| linear in size: ${(size(big2) / 1e6).toFixed(0)} MB ≤ 2.2× ${(size(corpus.big) / 1e6).toFixed(0)} MB (CPU) | ${fmt(big2Row.cpu)} ms / ${fmt(big.cpu)} ms = ${(big2Row.cpu / big.cpu).toFixed(2)}× | ${verdict(big2Row.cpu <= 2.2 * big.cpu)} |`,
  `| --concurrency auto ≥ 1.6× faster (wall) than off on ${count} reports, ${os.cpus().length} cores, byte-identical output | off ${fmt(off.wall)} ms / auto ${fmt(auto.wall)} ms = ${(off.wall / auto.wall).toFixed(2)}×; output ${concurrencyIdentical ? 'byte-identical' : 'DIFFERS'} | ${verdict(off.wall / auto.wall >= 1.6 && concurrencyIdentical)} |`,
  // on a shared, loaded machine the wall time of an in-process call mostly measures waiting for a core: judged by CPU
  `| re-lint of a 30 KB report after an edit ≤ 20 ms (judged by the CPU of the call; wall beside it) | CPU median ${fmt(relint.cpu, 1)} ms; wall median ${fmt(relint.median, 1)} ms (p90 ${fmt(relint.p90, 1)} ms) | ${verdict(relint.cpu <= 20)} |`,
];
const load = os.loadavg().map((x) => x.toFixed(1)).join(', ');
const cpu = os.cpus();
const md = `# fzlint benchmark results

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}\` on ${os.type()} ${os.release()}, ${cpu.length}× ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at the end ${load}.
Whole processes, each case measured alternately with its reference in the same run (${runs} rounds after a warm-up round; the cold start ${runsOne} rounds);
medians. CPU is user+sys of the child and peak memory its max RSS (GNU time); wall time is shown but is only compared where the budget is about wall time.
Corpus: ${count} reports generated deterministically from the five seeds (shuffled sections, varied figures), ${(corpus.bytes / 1e6).toFixed(1)} MB; big reports ${(size(corpus.big) / 1e6).toFixed(1)} MB and ${(size(big2) / 1e6).toFixed(1)} MB;
10,000 reports = ten hard-linked copies of the corpus under other names.
Floor: read every file and parse it with remark-parse, nothing else (bench/floor.mjs). Peers: remark-cli 12 with remark-preset-lint-recommended; textlint 15 with max-comma, max-ten, no-todo, no-nfd${slowPeers ? ' (over the corpus and the big report once, without a warm-up, stopped after 300 s / 180 s)' : ' (one report only in this run)'}.

${table.join('\n')}

## Budget (issue 22)

| budget line | measured | verdict |
| --- | --- | --- |
${budget.join('\n')}

What stands in the way of the lines that are not met, and what changed: [PROFILE.md](PROFILE.md).
`;
console.log('\n' + table.join('\n') + '\n\n' + budget.join('\n'));
if (!quick) writeFileSync(path.join(here, 'RESULTS.md'), md + keptSections(path.join(here, 'RESULTS.md')));
else console.log('\n(quick mode: bench/RESULTS.md not written)');
