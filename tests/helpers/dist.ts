import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './seeds.js';

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) tsFiles(p, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Sources whose built .js is missing or older than the source. */
export function staleBuilds(): string[] {
  // src/web/ is browser code, bundled by scripts/build-web.mjs (npm run build:web), not emitted by tsc
  const web = path.join(ROOT, 'src/web') + path.sep;
  const sources = [...tsFiles(path.join(ROOT, 'src')).filter((f) => !f.startsWith(web)), ...tsFiles(path.join(ROOT, 'rules'))];
  const pairs = sources.map((ts) => [ts, path.join(ROOT, 'dist', path.relative(ROOT, ts).replace(/\.ts$/, '.js'))]);
  pairs.push([path.join(ROOT, 'schema/config.schema.json'), path.join(ROOT, 'dist/schema/config.schema.json')]);
  return pairs.filter(([src, out]) => !existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs).map(([src]) => path.relative(ROOT, src));
}

/**
 * Worker threads run the built code (dist/src/linter/worker.js): Node cannot
 * load the TypeScript sources in a worker. Rebuild dist/ when any source is
 * newer than its build, so the workers run the code under test. tsc still
 * emits when someone else's file in the tree has a type error; what matters
 * here is that every source has a fresh .js.
 */
export function ensureFreshDist(): void {
  if (!staleBuilds().length) return;
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // type errors elsewhere in the tree: the output is still written
  }
  const left = staleBuilds();
  if (left.length) throw new Error(`dist/ is still stale after building: ${left.slice(0, 5).join(', ')}`);
}
