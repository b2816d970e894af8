#!/usr/bin/env node
// fzlint benchmark: whole processes, several runs after a warm-up, median and min–max,
// fzlint and its peers in the same run on the same machine. `npm run bench` (full) or `npm run bench -- --quick`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './corpus.mjs';
import { keptSections } from './sections.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const quick = process.argv.includes('--quick');
const seedsDir = path.resolve(root, '../shared/corpus/seeds');
const outDir = path.join(here, 'corpus');
const node = process.execPath;
const fzlint = path.join(root, 'bin/fzlint.js');

if (!existsSync(path.join(root, 'dist/src/cli/index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const peersInstalled = existsSync(path.join(here, 'node_modules/.bin/textlint'));
if (!peersInstalled && !quick) {
  console.log('bench: installing peers (textlint, remark-cli) into bench/node_modules …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (r.status !== 0) process.exit(2);
}
// quick mode only checks that the harness runs: no peers, one run each
const havePeers = !quick && existsSync(path.join(here, 'node_modules/.bin/textlint'));

const count = quick ? 40 : 1000;
const t0 = Date.now();
const corpus = generate({ seedsDir, outDir, count, bigBytes: quick ? 512 * 1024 : 5 * 1024 * 1024 });
console.log(`corpus: ${count} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB; big report ${(statSync(corpus.big).size / 1e6).toFixed(1)} MB (${Date.now() - t0} ms to generate)`);
const seed = path.join(seedsDir, readdirFirst(seedsDir));

function readdirFirst(dir) {
  return spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.txt')).sort()[0];
}

const haveTime = existsSync('/usr/bin/time');

/** Run a command `runs` times after `warmup` runs; ms per run and peak RSS (MB) from one extra measured run. */
function measure(cmd, args, { runs, warmup = quick ? 0 : 1, cwd = root, okCodes = [0, 1], timeoutMs } = {}) {
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // a peer that runs past its time budget is recorded as "more than" the budget, not waited for
    if (timeoutMs && r.error && r.error.code === 'ETIMEDOUT') return { median: ms, min: ms, max: ms, runs: 1, timedOut: true };
    if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${(r.stderr || '').slice(0, 400)}`);
    if (i >= warmup) times.push(ms);
  }
  let rssMb;
  if (haveTime && !timeoutMs) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const kb = Number((r.stderr || '').trim().split('\n').pop());
    if (Number.isFinite(kb)) rssMb = kb / 1024;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], rssMb, runs };
}

const runsOne = quick ? 1 : 7;
const runsCorpus = quick ? 1 : 3;
const files = corpus.files;
const results = [];
function add(group, tool, m, bytes) {
  results.push({ group, tool, ...m, mbps: bytes ? bytes / 1e6 / (m.median / 1000) : undefined });
  console.log(`${group.padEnd(22)} ${tool.padEnd(28)} ${m.timedOut ? 'stopped after' : 'median'} ${m.median.toFixed(0).padStart(7)} ms  [${m.min.toFixed(0)}–${m.max.toFixed(0)}]${m.rssMb ? `  peak ${m.rssMb.toFixed(0)} MB` : ''}`);
}

const seedFile = seed;
const seedBytes = statSync(seedFile).size;
const bigBytes = statSync(corpus.big).size;
const help = spawnSync(node, [fzlint, '--help'], { encoding: 'utf8' }).stdout;
const hasConcurrency = help.includes('--concurrency');

// (0) Node's own start-up
add('node start', 'node -e 0', measure(node, ['-e', '0'], { runs: runsOne }));
// (a) one report, cold process
add('one report', 'fzlint', measure(node, [fzlint, '--format', 'json', seedFile], { runs: runsOne }), seedBytes);
add('one report', 'floor (remark-parse)', measure(node, [path.join(here, 'floor.mjs'), seedFile], { runs: runsOne }), seedBytes);
if (havePeers) {
  add('one report', 'remark-lint (recommended)', measure(path.join(here, 'node_modules/.bin/remark'), ['--rc-path', path.join(here, '.remarkrc.json'), '--quiet', '--no-stdout', seedFile], { runs: runsOne, cwd: here }), seedBytes);
  add('one report', 'textlint (4 rules)', measure(path.join(here, 'node_modules/.bin/textlint'), ['--config', path.join(here, '.textlintrc.json'), seedFile], { runs: runsOne, cwd: here }), seedBytes);
}
// (b) the corpus
add(`${count} reports`, 'fzlint', measure(node, [fzlint, '--format', 'json', path.join(outDir, 'reports')], { runs: runsCorpus }), corpus.bytes);
if (hasConcurrency) add(`${count} reports`, 'fzlint --concurrency auto', measure(node, [fzlint, '--format', 'json', '--concurrency', 'auto', path.join(outDir, 'reports')], { runs: runsCorpus }), corpus.bytes);
add(`${count} reports`, 'floor (remark-parse)', measure(node, [path.join(here, 'floor.mjs'), ...files], { runs: runsCorpus }), corpus.bytes);
if (havePeers) {
  add(`${count} reports`, 'remark-lint (recommended)', measure(path.join(here, 'node_modules/.bin/remark'), ['--rc-path', path.join(here, '.remarkrc.json'), '--quiet', '--no-stdout', ...files], { runs: runsCorpus, cwd: here }), corpus.bytes);
  add(`${count} reports`, 'textlint (4 rules)', measure(path.join(here, 'node_modules/.bin/textlint'), ['--config', path.join(here, '.textlintrc.json'), ...files], { runs: 1, warmup: 0, cwd: here, timeoutMs: 300_000 }), corpus.bytes);
}
// (c) the big report
add(`big report`, 'fzlint', measure(node, [fzlint, '--format', 'json', corpus.big], { runs: runsCorpus }), bigBytes);
add(`big report`, 'floor (remark-parse)', measure(node, [path.join(here, 'floor.mjs'), corpus.big], { runs: runsCorpus }), bigBytes);
if (havePeers) {
  add(`big report`, 'remark-lint (recommended)', measure(path.join(here, 'node_modules/.bin/remark'), ['--rc-path', path.join(here, '.remarkrc.json'), '--quiet', '--no-stdout', corpus.big], { runs: runsCorpus, cwd: here }), bigBytes);
  add(`big report`, 'textlint (4 rules)', measure(path.join(here, 'node_modules/.bin/textlint'), ['--config', path.join(here, '.textlintrc.json'), corpus.big], { runs: 1, warmup: 0, cwd: here, timeoutMs: 180_000 }), bigBytes);
}
// Linearity: half the big report should take about half the time
{
  const half = path.join(outDir, 'big-half.txt');
  const text = readFileSync(corpus.big, 'utf8');
  writeFileSync(half, text.slice(0, text.lastIndexOf('\n', text.length / 2)));
  const h = measure(node, [fzlint, '--format', 'json', half], { runs: runsCorpus });
  add('big report ÷2', 'fzlint', h, statSync(half).size);
}

// (d) the editor: re-lint a 30 KB report after an edit, in process
const { Linter } = await import(pathToFileURL(path.join(root, 'dist/src/linter/linter.js')).href);
const linter = new Linter({ cwd: root });
const text30 = readFileSync(corpus.mid, 'utf8');
const iterations = quick ? 20 : 300;
const relint = [];
await linter.lintText(text30, corpus.mid);
for (let i = 0; i < iterations; i++) {
  const edited = text30.replace(/\d/, String(i % 10)); // an edit: one figure changes
  const s = process.hrtime.bigint();
  await linter.lintText(edited, corpus.mid);
  relint.push(Number(process.hrtime.bigint() - s) / 1e6);
}
relint.sort((a, b) => a - b);
const relintRow = { median: relint[Math.floor(relint.length / 2)], min: relint[0], max: relint[relint.length - 1], runs: iterations };
add('re-lint 30 KB (editor)', 'fzlint Linter.lintText', relintRow, Buffer.byteLength(text30));

// Table
const by = (g, t) => results.find((r) => r.group === g && r.tool === t);
const nodeStart = by('node start', 'node -e 0').median;
const lines = [];
lines.push('| case | tool | median ms | min–max ms | peak MB | MB/s | fzlint ÷ this |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const mine = by(r.group, 'fzlint') ?? by(r.group, 'fzlint Linter.lintText');
  const ratio = mine && r !== mine && !r.tool.startsWith('fzlint') ? (mine.median / r.median).toFixed(2) : '';
  lines.push(`| ${r.group} | ${r.tool} | ${r.timedOut ? '> ' : ''}${r.median.toFixed(1)} | ${r.min.toFixed(0)}–${r.max.toFixed(0)} | ${r.rssMb ? r.rssMb.toFixed(0) : ''} | ${r.mbps ? r.mbps.toFixed(2) : ''} | ${ratio} |`);
}
const one = by('one report', 'fzlint');
const all = by(`${count} reports`, 'fzlint');
const floorAll = by(`${count} reports`, 'floor (remark-parse)');
const big = by('big report', 'fzlint');
const halfRow = by('big report ÷2', 'fzlint');
const budget = [
  `- one report cold: ${one.median.toFixed(0)} ms = ${(one.median / nodeStart).toFixed(2)}× Node's start (${nodeStart.toFixed(0)} ms); budget ≤ 2× → ${one.median <= 2 * nodeStart ? 'met' : 'NOT met'}`,
  `- ${count} reports: ${all.median.toFixed(0)} ms vs floor ${floorAll.median.toFixed(0)} ms (${(all.median / floorAll.median).toFixed(2)}×); budget ≤ 1× → ${all.median <= floorAll.median ? 'met' : 'NOT met'}`,
  `- big report: ${big.median.toFixed(0)} ms, half of it ${halfRow.median.toFixed(0)} ms (ratio ${(big.median / halfRow.median).toFixed(2)}; linear ≈ 2)`,
  `- re-lint 30 KB after an edit: median ${relintRow.median.toFixed(1)} ms; budget < 20 ms → ${relintRow.median < 20 ? 'met' : 'NOT met'}`,
  `- peak memory, ${count} reports: ${all.rssMb ? all.rssMb.toFixed(0) + ' MB' : 'n/a'}; budget < 250 MB → ${all.rssMb && all.rssMb < 250 ? 'met' : 'NOT met'}`,
];
const cpu = os.cpus();
const md = `# fzlint benchmark results

Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${os.type()} ${os.release()}, ${cpu.length}× ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
All tools ran in the same run on the same machine; whole processes, median of ${runsOne} runs (one report) or ${runsCorpus} (corpus, big report) after a warm-up;
textlint over the corpus and the big report ran once, without a warm-up, because each run takes tens of seconds or more. Peak memory is the max RSS of one extra run (/usr/bin/time).
Corpus: ${count} reports generated deterministically from the five seeds (shuffled sections, varied figures), ${(corpus.bytes / 1e6).toFixed(1)} MB; big report ${(bigBytes / 1e6).toFixed(1)} MB.
Peers: textlint 15 with max-comma, max-ten, no-todo, no-nfd; remark-cli 12 with remark-preset-lint-recommended; the floor only reads and parses with remark-parse.
"fzlint ÷ this" is fzlint's median divided by the peer's (below 1: fzlint is faster).

${lines.join('\n')}

## Budget

${budget.join('\n')}

Where a budget line is not met, [PROFILE.md](PROFILE.md) says what stands in the way according to a profile (\`node --cpu-prof\`).
`;
console.log('\n' + lines.join('\n') + '\n\n' + budget.join('\n'));
if (!quick) writeFileSync(path.join(here, 'RESULTS.md'), md + keptSections(path.join(here, 'RESULTS.md')));
else console.log('\n(quick mode: bench/RESULTS.md not written)');
