// Quick cold-start check (issue 22, "one report cold (wall) ≤ 2× node -e ''"): runs `node bin/fzlint.js
// --no-cache <seed>` and `node -e ''` alternately, N rounds after one warm-up round, and prints wall and CPU
// (user+sys of the child) medians and min–max. Usage: node bench/cold.mjs [rounds=15] [file] [-- extra args]
// (FZLINT_BASE=dir adds that checkout's bin/fzlint.js as a third case)
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dd = argv.indexOf('--');
const extra = dd >= 0 ? argv.slice(dd + 1) : [];
const pos = dd >= 0 ? argv.slice(0, dd) : argv;
const rounds = Number(pos[0] ?? 15);
const file = pos[1] ?? path.join(root, '../shared/corpus/seeds/000_f010129a6dcf8410.txt');

const cases = {
  'node -e ""': [process.execPath, ['-e', '']],
  fzlint: [process.execPath, [path.join(root, 'bin/fzlint.js'), '--no-cache', ...extra, file]],
};
// FZLINT_BASE=<another checkout, built>: measure it too, in the same rounds (before/after comparisons)
if (process.env.FZLINT_BASE) cases.base = [process.execPath, [path.join(process.env.FZLINT_BASE, 'bin/fzlint.js'), '--no-cache', ...extra, file]];
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { wall: [], cpu: [] }]));

function once([cmd, args]) {
  const t0 = process.hrtime.bigint();
  const c0 = childCpu();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = childCpu() - c0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { wall, cpu };
}

import { readFileSync } from 'node:fs';
const tick = 10; // ms per clock tick (USER_HZ 100)
function childCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * tick; // cutime, cstime
}

const load0 = loadavg()[0];
for (const c of Object.values(cases)) once(c); // warm-up
for (let i = 0; i < rounds; i++) {
  for (const [k, c] of Object.entries(cases)) {
    const s = once(c);
    samples[k].wall.push(s.wall);
    samples[k].cpu.push(s.cpu);
  }
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x) => x.toFixed(0);
for (const [k, s] of Object.entries(samples)) {
  console.log(`${k.padEnd(12)} wall ${f(med(s.wall))} ms (${f(Math.min(...s.wall))}–${f(Math.max(...s.wall))})  cpu ${f(med(s.cpu))} ms (${f(Math.min(...s.cpu))}–${f(Math.max(...s.cpu))})`);
}
const a = samples['fzlint'], b = samples['node -e ""'];
if (samples.base) console.log(`base ratio wall ${(med(samples.base.wall) / med(b.wall)).toFixed(2)}×  cpu ${(med(samples.base.cpu) / med(b.cpu)).toFixed(2)}×`);
console.log(`ratio wall ${(med(a.wall) / med(b.wall)).toFixed(2)}×  cpu ${(med(a.cpu) / med(b.cpu)).toFixed(2)}×  rounds ${rounds}  load ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
