// Bundle the CLI after `tsc`: one entry module plus chunks for what is loaded lazily (formatters, the HTML
// and Word readers, the language server). Start-up was dominated by resolving, reading and compiling ~110
// separate modules (bench/PROFILE.md); the bundle cuts that by about a third of the CPU time of a cold run.
// bin/fzlint.js uses dist/bundle/ when it exists and falls back to dist/src/cli/ otherwise.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'dist/src/cli/index.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (ajv, yargs' helpers…) call require(): give the ES module one
  banner: { js: "import { createRequire as __fzlintCreateRequire } from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
