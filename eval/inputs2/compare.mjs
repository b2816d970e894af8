// compare each form's findings and report summary with the original text's
import { readFileSync } from 'node:fs';
const runs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const by = new Map();
for (const r of runs) { const m = /\/(r\d\d)\.(.*)$/.exec(r.filePath); if (m) by.set(m[1] + '|' + m[2], r); }
const key = (m) => `${m.ruleId}|${m.severity}|${m.message}`;
const summ = (r) => { const rep = r.report ?? {}; return { title: rep.title, year: rep.year, plan: rep.planYear, parts: (rep.parts ?? []).map((p) => `${p.part}:${(p.heading ?? '').slice(0, 20)}`).join(' / ') }; };
const ids = [...new Set([...by.keys()].map((k) => k.split('|')[0]))].sort();
const forms = [...new Set([...by.keys()].map((k) => k.split('|')[1]))].filter((f) => f !== 'orig.txt').sort();
const table = {};
const verbose = process.argv[3] === '-v';
for (const id of ids) {
  const o = by.get(id + '|orig.txt');
  if (!o) continue;
  const ok = o.messages.map(key);
  const os = summ(o);
  for (const f of forms) {
    const r = by.get(id + '|' + f);
    if (!r) continue;
    const t = (table[f] ??= { files: 0, same: 0, lost: 0, extra: 0, summ: 0, fatal: 0 });
    t.files++;
    if (r.fatalErrorCount) { t.fatal++; if (verbose) console.log(id, f, 'FATAL', r.messages[0]?.message); continue; }
    const fk = r.messages.map(key);
    const lost = ok.filter((k) => { const i = fk.indexOf(k); if (i >= 0) { fk.splice(i, 1); return false; } return true; });
    const extra = fk;
    const s = summ(r);
    const sdiff = JSON.stringify(s) !== JSON.stringify(os);
    if (!lost.length && !extra.length && !sdiff) { t.same++; continue; }
    if (lost.length) t.lost += lost.length;
    if (extra.length) t.extra += extra.length;
    if (sdiff) t.summ++;
    if (verbose) {
      console.log(`== ${id} ${f}`);
      for (const k of lost) console.log('  LOST  ', k.slice(0, 200));
      for (const k of extra) {
        const m = r.messages.find((mm) => key(mm) === k);
        console.log('  EXTRA ', k.slice(0, 200), `@${m.line}:${m.column}`);
      }
      if (sdiff) for (const x of Object.keys(s)) if (s[x] !== os[x]) console.log(`  SUMM ${x}: ${os[x]}  →  ${s[x]}`);
    }
  }
}
console.log('form            files same lost extra summ fatal');
for (const [f, t] of Object.entries(table)) console.log(f.padEnd(16), String(t.files).padStart(4), String(t.same).padStart(4), String(t.lost).padStart(4), String(t.extra).padStart(5), String(t.summ).padStart(4), String(t.fatal).padStart(5));
