#!/usr/bin/env node
// npm run test:fuzz [-- <vitest args>]: the property tests (every test file that imports fast-check) under a
// random seed, with FZLINT_FUZZ_FACTOR (default 20) times the cases of `npm test`. The seed is printed
// first; a failure prints it again with the command that replays it. FZLINT_FC_SEED=<n> picks the seed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(path.join(root, 'tests'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && /from 'fast-check'/.test(readFileSync(path.join(root, 'tests', f), 'utf8')))
  .map((f) => path.join('tests', f))
  .sort();
// file arguments narrow the run: npm run test:fuzz -- tests/parse/decode.test.ts
const args = process.argv.slice(2);
const chosen = args.some((a) => !a.startsWith('-')) ? [] : files;
const seed = process.env.FZLINT_FC_SEED ?? String((Math.random() * 2 ** 31) | 0);
const factor = process.env.FZLINT_FUZZ_FACTOR ?? '20';
console.log(`test:fuzz: fast-check seed ${seed}, ${factor}× the cases, ${chosen.length || 'the named'} files`);
const r = spawnSync('npx', ['vitest', 'run', ...chosen, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FZLINT_FUZZ: '1', FZLINT_FC_SEED: seed, FZLINT_FUZZ_FACTOR: factor },
});
console.log(`test:fuzz: fast-check seed ${seed} (replay: FZLINT_FC_SEED=${seed} npm run test:fuzz)`);
process.exit(r.status ?? 1);
