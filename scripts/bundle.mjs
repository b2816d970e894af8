// The published build: self-contained bundles, made by esbuild after `tsc`, with every runtime dependency
// inlined (package.json has no "dependencies": what the bundles hold is what runs). One build for
// everything that runs: the CLI (bin/fzlint.js), the language server (bin/fzlint-lsp.js and --lsp), the
// worker threads of --concurrency, and the library (`import … from 'fzlint'`, 'fzlint/testing', which
// plugins use). They share chunks, so a plugin's `defineRule` and the CLI's engine are the same module.
// Lazily loaded parts (formatters, the HTML and Word readers, the language server) stay separate chunks:
// a cold run on one report reads one entry and a few chunks instead of ~110 modules (bench/PROFILE.md).
// dist/src/ (tsc's output) keeps the type declarations; the tests run the TypeScript sources.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');
const src = (p) => path.join(root, 'dist/src', p);
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    // worker.js must sit beside the code of linter/workers.ts (a chunk in this directory), which starts it
    cli: src('cli/index.js'),
    'lsp-server': src('lsp/server.js'),
    worker: src('linter/worker.js'),
    index: src('index.js'),
    testing: src('testing/index.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds first: jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow
  mainFields: ['module', 'main'],
  // CommonJS dependencies (ajv, yargs' helpers…) call require(): give the ES module one
  banner: { js: "import { createRequire as __fzlintCreateRequire } from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
// fzlint/kernel: the host-neutral kernel (parse → model → rules → findings) as one ES module with no Node
// API, for browsers, workers and other hosts as well as Node (mammoth's browser build reads the bytes it is
// given; packages' worker builds where they have a DOM one). The host supplies the law list (data/laws.tsv).
await build({
  entryPoints: { kernel: src('kernel.js') },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['worker'],
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
});
