// The published build: self-contained bundles, made by esbuild after `tsc`, with every runtime dependency
// inlined (package.json has no "dependencies": what the bundles hold is what runs). One build for
// everything that runs: the CLI (bin/fzlint.js), the language server (bin/fzlint-lsp.js and --lsp), the
// worker threads of --concurrency, and the library (`import … from 'fzlint'`, 'fzlint/testing', which
// plugins use). They share chunks, so a plugin's `defineRule` and the CLI's engine are the same module.
// Lazily loaded parts (formatters, the HTML and Word readers, the language server) stay separate chunks:
// a cold run on one report reads one entry and a few chunks instead of ~110 modules (bench/PROFILE.md).
// The chunks are CommonJS files (*.cjs) with V8 code caches made at build time (bin/code-cache.cjs, issue 22);
// the ES-module entry points (index.js, testing.js …) re-export them, so all share one require cache.
// dist/src/ (tsc's output) keeps the type declarations; the tests run the TypeScript sources.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, transform } from 'esbuild';
import ts from 'typescript';

/**
 * fdir (under tinyglobby) probes for picomatch at load time with require.resolve/require: in a bundle that is
 * Node's CommonJS loader resolving, reading and compiling picomatch from node_modules on every cold start
 * (~40 ms of CPU), for a `.glob()` builder tinyglobby never calls (it passes its own matchers). Cut the probe.
 */
const noOptionalPicomatch = {
  name: 'fdir-no-optional-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const probe = /try\s*\{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\}\s*catch\s*\{\s*\}/;
      if (!probe.test(text)) return { contents: text, loader: 'js', warnings: [{ text: 'fdir: the optional picomatch probe was not found; it stays in the bundle' }] };
      return { contents: text.replace(probe, '/* picomatch probe removed by scripts/bundle.mjs */'), loader: 'js' };
    });
  },
};

/**
 * yargs' factory calls `.version()` with no argument on every run: it guesses the version by walking up from
 * the working directory (in ES modules its "main file") reading every directory's listing until one holds a
 * package.json — the whole received folder and /tmp, ~12 ms in a profile, more in a big folder — and the CLI
 * then replaces it with `.version(packageVersion())`. Drop the guess.
 */
const noYargsVersionGuess = {
  name: 'yargs-no-version-guess',
  setup(b) {
    b.onLoad({ filter: /[\\/]yargs[\\/]build[\\/]lib[\\/]yargs-factory\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const call = /\n(\s*)yargs\.version\(\);\n/;
      if (!call.test(text)) throw new Error('bundle: yargs-factory.js no longer calls yargs.version(); check scripts/bundle.mjs');
      return { contents: text.replace(call, '\n$1/* version guess removed by scripts/bundle.mjs: the CLI sets it */\n'), loader: 'js' };
    });
  },
};

/**
 * Node built-ins that cost a cold start more than they give it (issue 22, bench/PROFILE.md). Importing a
 * built-in as an ES module builds its facade, which reads every getter of the module: 'node:process' creates
 * process.stdin (a ReadStream, ~8 ms) and process.stderr on every run (chalk's supports-color imports it),
 * 'util' loads util.parseArgs and util.MIMEType (yargs imports format and inspect), 'node:module' Node's
 * source-map support (the config's and the readers' createRequire). node:assert (yargs'
 * platform shim: strictEqual, notStrictEqual — called on every run to check yargs' own arguments) loads
 * assert and its error-colouring helpers (~6 ms); node:crypto (the cache key, --fix's temporary names; ~4 ms),
 * node:readline (--init) and node:worker_threads (--concurrency) are needed only by some runs. Each becomes a
 * small module: `process` is the global; util's and module's functions are read from the module without its facade; the
 * assertions compare first and load node:assert only to throw its error; the rest are forwarders that load
 * the built-in on their first call (process.getBuiltinModule, Node ≥ 20.16; package.json asks ≥ 20.19).
 * A named import not listed here fails the build (esbuild: "No matching export"): nothing is forwarded
 * silently wrong. worker.js itself (parentPort, workerData) keeps the real node:worker_threads.
 */
const LAZY_BUILTINS = {
  crypto: ['createHash', 'randomBytes'],
  readline: ['createInterface'],
  worker_threads: ['Worker'],
};
const lazyBuiltins = {
  name: 'fzlint-lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?(?:process|assert|util|module|crypto|readline|worker_threads)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (name === 'worker_threads' && /[\\/]linter[\\/]worker\.js$/.test(args.importer)) return undefined;
      return { path: name, namespace: 'fzlint-lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'fzlint-lazy-builtin' }, (args) => {
      const load = `let m; const load = () => (m ??= process.getBuiltinModule('node:${args.path}'));`;
      if (args.path === 'process') return { contents: 'export default globalThis.process;', loader: 'js' };
      // inherits: CommonJS packages of the readers (word-extractor's yauzl, readable-stream) call util.inherits
      if (args.path === 'util') return { contents: "const u = process.getBuiltinModule('node:util'); export const format = u.format, inspect = u.inspect, inherits = u.inherits;", loader: 'js' };
      if (args.path === 'module') return { contents: "export const createRequire = process.getBuiltinModule('node:module').createRequire;", loader: 'js' };
      if (args.path === 'assert') {
        // assert.strictEqual is Object.is; only a failed check needs node:assert (for its AssertionError)
        return {
          contents: `${load}
export function strictEqual(a, b, message) { if (!Object.is(a, b)) load().strictEqual(a, b, message); }
export function notStrictEqual(a, b, message) { if (Object.is(a, b)) load().notStrictEqual(a, b, message); }`,
          loader: 'js',
        };
      }
      const lines = [load];
      for (const f of LAZY_BUILTINS[args.path]) {
        // a constructor (Worker) is called with `new`: returning the real instance makes `new` yield it
        lines.push(/^[A-Z]/.test(f)
          ? `export function ${f}(...a) { return new (load().${f})(...a); }`
          : `export function ${f}(...a) { return load().${f}(...a); }`);
      }
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');
const src = (p) => path.join(root, 'dist/src', p);
const ENTRIES = {
  // worker.js must sit beside the code of linter/workers.ts (a chunk in this directory), which starts it
  cli: src('cli/index.js'),
  'lsp-server': src('lsp/server.js'),
  worker: src('linter/worker.js'),
  index: src('index.js'),
  testing: src('testing/index.js'),
};
rmSync(outdir, { recursive: true, force: true });
// Split into shared chunks as ES modules (esbuild splits only ES modules), kept in memory: each chunk is then
// turned into a CommonJS file (commonJsChunk below) so that bin/code-cache.cjs can start the CLI from V8 code caches
const split = await build({
  entryPoints: ENTRIES,
  outdir,
  write: false,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds first: jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow
  mainFields: ['module', 'main'],
  plugins: [noOptionalPicomatch, noYargsVersionGuess, lazyBuiltins],
  logLevel: 'warning',
  legalComments: 'none',
});
mkdirSync(outdir, { recursive: true });
const chunks = new Map(); // file name → CommonJS code
for (const f of split.outputFiles) chunks.set(path.basename(f.path), await commonJsChunk(f.text, f.path));
for (const [name, code] of chunks) writeFileSync(path.join(outdir, name), code);
// The ES-module entry points (package.json "exports", bin/fzlint-lsp.js, the worker threads): each the CommonJS
// entry, so `import 'fzlint'` (a plugin run by the CLI) gets the very modules the CLI runs (one require cache)
for (const name of Object.keys(ENTRIES)) writeFileSync(path.join(outdir, `${name}.js`), `export * from './${name}.cjs';\n`);
// A worker thread of --concurrency starts at worker.js (src/linter/workers.ts): it compiles the chunks from their
// code caches as bin/fzlint.js does (without, each worker compiles them again: ~20 ms of CPU per worker)
writeFileSync(
  path.join(outdir, 'worker.js'),
  `const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
const file = require.resolve('./worker.cjs');
try {
  require('../../bin/code-cache.cjs').useCodeCache(process.getBuiltinModule('node:path').dirname(file));
} catch {
  // without bin/ beside dist/ (a copy of dist/bundle alone) the chunks compile as usual
}
require(file);
`,
);

/**
 * One chunk of the split ES-module build as a CommonJS module (issue 22, cold start). Node 20 keeps no code
 * cache for ES modules; for a script it can (vm.Script cachedData), and bin/code-cache.cjs compiles the
 * chunks that way. Imports between chunks become require() calls (dynamic ones: required in a promise, still
 * loaded only when reached); import() of anything else (a config's plugins, a custom formatter, pdf.js' own
 * worker) calls `__fzImport`, which is import() itself — given by bin/code-cache.cjs when it compiles the
 * chunk, since code compiled by vm.Script cannot call import() in Node 20. The ES module's strict mode and
 * import.meta.url are kept.
 */
async function commonJsChunk(text, file) {
  const usesMeta = text.includes('import.meta');
  const out = await transform(text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': true },
    define: usesMeta ? { 'import.meta.url': '__fzMetaUrl' } : {},
    sourcefile: path.basename(file),
    logLevel: 'warning',
    legalComments: 'none',
  });
  let code = out.code;
  let needsImport = false;
  if (code.includes('import(')) {
    const edits = [];
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const visit = (node) => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (node.arguments.length === 1 && ts.isStringLiteral(arg) && /^\.\/[\w.-]+\.cjs$/.test(arg.text)) {
          edits.push([node.getStart(sf), node.getEnd(), `Promise.resolve().then(() => require(${JSON.stringify(arg.text)}))`]);
        } else {
          edits.push([node.expression.getStart(sf), node.expression.getEnd(), '__fzImport']);
          needsImport = true;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    for (const [start, end, by] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + by + code.slice(end);
  }
  code = directExports(code);
  const head = ['"use strict";'];
  if (usesMeta) head.push('var __fzMetaUrl = require("node:url").pathToFileURL(__filename).href;');
  if (needsImport) head.push('var __fzImport = typeof __fzHostImport === "function" ? __fzHostImport : (specifier) => import(specifier);');
  return head.join(' ') + '\n' + code;
}

/**
 * esbuild's CommonJS form exports a chunk's bindings through two getters: `__export` gives the chunk's exports
 * object one getter per name (`() => blockToSource`, the live binding), and `__toCommonJS` copies that object onto
 * `module.exports` through one shared getter, `() => from[key]`. That shared getter's keyed load sees every name
 * of the chunk, so V8 cannot inline it, and every call of a function imported from another chunk
 * (`import_chunk.isSentenceEndCode(c)` in a loop over characters) paid two calls and a megamorphic lookup (1.4% of
 * the corpus in the shared getter alone, issue 22). The copy now reuses the per-name getter where the source has
 * one: the same live binding, one monomorphic call V8 inlines.
 */
function directExports(code) {
  const shared = '__defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });';
  if (!code.includes(shared)) return code;
  return code.replace(shared, '__defProp(to, key, { get: (desc = __getOwnPropDesc(from, key)) && desc.get || (() => from[key]), enumerable: !desc || desc.enumerable });');
}

/**
 * The chunks a plain run loads, in one file (cold.cjs). esbuild cuts the CLI's code into ~30 chunks (one per
 * set of entry points and lazily loaded parts that share it), and each costs Node a module load (resolving,
 * reading, wrapping: ~0.2 ms). cold.cjs holds each of them as a function, evaluated on its first require as
 * before; the chunk's own file becomes a stub that hands out the same exports, so every other chunk (and
 * `import 'fzlint'`) still finds it under its name and gets the same module.
 */
function mergeColdChunks(names) {
  const parts = ['"use strict";', 'const path = require("node:path");', 'const chunks = {'];
  for (const name of names) parts.push(`${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname) {\n${chunks.get(name)}\n},`);
  parts.push(`};
const loaded = Object.create(null);
function local(id) {
  const name = id.startsWith("./") ? id.slice(2) : undefined;
  return name !== undefined && Object.hasOwn(chunks, name) ? load(name) : require(id);
}
local.resolve = require.resolve;
local.cache = require.cache;
function load(name) {
  if (loaded[name]) return loaded[name].exports;
  const mod = (loaded[name] = { exports: {}, filename: path.join(__dirname, name), loaded: false });
  try {
    chunks[name].call(mod.exports, mod.exports, local, mod, mod.filename, __dirname);
  } catch (e) {
    delete loaded[name];
    throw e;
  }
  mod.loaded = true;
  return mod.exports;
}
module.exports = { load };`);
  writeFileSync(path.join(outdir, 'cold.cjs'), parts.join('\n') + '\n');
  for (const name of names) {
    // the names of its exports, as esbuild wrote them for Node's CommonJS export detection (ES-module facades)
    const names = /^0 && \(module\.exports = \{[^}]*\}\);$/m.exec(chunks.get(name));
    writeFileSync(path.join(outdir, name), `"use strict";\nmodule.exports = require("./cold.cjs").load(${JSON.stringify(name)});\n${names ? names[0] + '\n' : ''}`);
  }
}

/**
 * Run the CLI as a plain run does — on an example report, with each of the two common formats — in a child
 * process that compiles the chunks as bin/fzlint.js does, and store the V8 code caches of what it compiled
 * (bin/code-cache.cjs). Returns the names of the files it loaded.
 */
function trainingRun() {
  const example = path.join(root, 'examples', readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.txt')).sort()[0]);
  const script = `
const { collectCodeCache } = require(${JSON.stringify(path.join(root, 'bin/code-cache.cjs'))});
const write = collectCodeCache(${JSON.stringify(outdir)});
const { main } = require(${JSON.stringify(path.join(outdir, 'cli.cjs'))});
const io = { stdout() {}, stderr() {}, cwd: ${JSON.stringify(root)}, env: {} };
(async () => {
  for (const format of ['stylish', 'json']) await main(['--no-cache', '--format', format, ${JSON.stringify(example)}], io);
  write();
})();`;
  rmSync(path.join(outdir, 'code-cache'), { recursive: true, force: true });
  execFileSync(process.execPath, ['-e', script], { stdio: 'inherit' });
  return readdirSync(path.join(outdir, 'code-cache')).map((f) => f.replace(/\.bin$/, '')).sort();
}

// pdf.js's character maps for the Chinese predefined encodings (GB, GBK, GB18030, CNS, Unicode over
// Adobe-GB1/CNS1): read from disk by the PDF reader, beside the bundles (src/linter/node-readers.ts)
const cmaps = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
for (const f of readdirSync(cmaps)) {
  if (/^(?:Adobe-(?:GB1|CNS1)|Uni(?:GB|CNS)|GB|GBK|GBKp|GBK2K|GBpc|GBT|GBTpc|CNS|B5|B5pc|ETen|ETenms|HKscs|HKdla|HKdlb|HKgccs|HKm314|HKm471|Identity)(?:-|\.)/.test(f)) {
    cpSync(path.join(cmaps, f), path.join(outdir, 'pdf-cmaps', f));
  }
}

// The law index with its normalising done (src/laws/index.ts lawIndexData), read by the bundled CLI, language
// server and workers instead of normalising data/laws.tsv on every start (src/linter/resources.ts; issue 22).
// tsvBytes lets a changed list fall back to parsing the file.
{
  const { lawIndexData, parseLawsTsv } = await import(pathToFileURL(src('laws/index.js')).href);
  const tsv = path.join(root, 'data/laws.tsv');
  const data = lawIndexData(parseLawsTsv(readFileSync(tsv, 'utf8')));
  writeFileSync(path.join(outdir, 'laws-index.json'), JSON.stringify({ ...data, tsvBytes: statSync(tsv).size }));
}

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

// last (the runs need the law index above): which chunks a plain run loads; those merged; their code caches
mergeColdChunks(trainingRun());
trainingRun();
