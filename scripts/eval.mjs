#!/usr/bin/env node
// npm run eval: every development corpus under eval/<name>/suite.ts, scored per rule and class.
// The suites are TypeScript over src/; esbuild bundles each into a temporary module (no stale dist/).
import { build } from 'esbuild';
import { mkdtempSync, mkdirSync, readdirSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.join(root, 'eval');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const wanted = args.filter((a) => !a.startsWith('--'));

const suites = readdirSync(evalDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(evalDir, d.name, 'suite.ts')))
  .map((d) => d.name)
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();

// inside the repository, so the bundles resolve node_modules and find data/laws.tsv
const cacheDir = path.join(root, 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const tmp = mkdtempSync(path.join(cacheDir, 'fzlint-eval-'));
let failed = false;
const out = [];
try {
  const lib = path.join(tmp, 'lib.mjs');
  await build({ entryPoints: [path.join(evalDir, 'lib.ts')], bundle: true, platform: 'node', format: 'esm', outfile: lib, packages: 'external', logLevel: 'error' });
  const { formatResult } = await import(pathToFileURL(lib).href);
  for (const name of suites) {
    const outfile = path.join(tmp, `${name}.mjs`);
    await build({ entryPoints: [path.join(evalDir, name, 'suite.ts')], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'error', absWorkingDir: root });
    const suite = (await import(pathToFileURL(outfile).href)).default;
    const res = await suite.run();
    out.push(res);
    if (!json) console.log(formatResult(res, verbose) + '\n');
  }
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (json) console.log(JSON.stringify(out, null, 2));
if (suites.length === 0) console.log('no suites under eval/*/suite.ts');
process.exitCode = failed ? 1 : 0;
