// Writes eval/independent8/cases/*.txt and cases.json from the case list in reports.mjs.
// Run: node eval/independent8/make.mjs
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES } from './reports.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(dir, 'cases');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const labels = [];
for (const c of CASES) {
  const file = `${c.id}.${c.ext ?? 'txt'}`;
  writeFileSync(path.join(out, file), c.text.replace(/^\n+/, '').replace(/\n*$/, '\n'));
  labels.push({ id: c.id, file, ...(c.expect ? { expect: c.expect, fault: c.fault } : {}) });
}
writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(labels, null, 2) + '\n');
console.log(`${labels.length} cases, ${labels.filter((l) => l.expect).length} with a planted fault`);
