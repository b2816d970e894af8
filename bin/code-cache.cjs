'use strict';
// V8 code caches for the bundled CommonJS chunks in dist/bundle (issue 22: a cold run on one report). Node 20
// keeps no compile cache of its own (module.enableCompileCache is Node 22.1+): without one, every start parses
// and compiles the chunks again, then compiles each function it calls. scripts/bundle.mjs runs the CLI once at
// build time and stores, per chunk, the bytecode of what that run compiled (dist/bundle/code-cache/<chunk>.bin);
// with it, bin/fzlint.js compiles the chunks through vm.Script from those caches — the technique of
// v8-compile-cache, limited to the chunks of dist/bundle. V8 refuses a cache made by another V8 version or for
// another source (and the module is then compiled as usual), so a stale or missing cache costs time, never behaviour.
// Modules stay ordinary CommonJS modules in require.cache: `import 'fzlint'` from a plugin gets the same ones.
const fs = require('node:fs');
const path = require('node:path');
const url = require('node:url');
const vm = require('node:vm');
const Module = require('node:module');

// Node's wrapper plus one parameter: code compiled by vm.Script cannot call import() in Node 20 without an
// experimental flag, so the chunks' import() of files (a config's plugins, a custom formatter) calls this instead
// (scripts/bundle.mjs commonJsChunk)
const HEAD = '(function (exports, require, module, __filename, __dirname, __fzHostImport) { ';
const TAIL = '\n});';
// (a relative specifier is resolved from the chunk's folder, as the chunk's own import() would)
const hostImport = (specifier) => import(/^\.\.?\//.test(specifier) ? url.pathToFileURL(path.join(bundleDir, specifier)).href : specifier);
let bundleDir;

function compileWith(dir, cacheFor, onScript) {
  bundleDir = dir;
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileChunk(content, filename) {
    if (path.dirname(filename) !== dir || !filename.endsWith('.cjs')) return compile.call(this, content, filename);
    const script = new vm.Script(HEAD + content + TAIL, { filename, cachedData: cacheFor(path.basename(filename)) });
    onScript?.(path.basename(filename), script);
    const fn = script.runInThisContext({ displayErrors: true });
    return fn.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dir, hostImport);
  };
}

/**
 * V8's interrupt budget (how much a function runs before V8 considers optimizing it with TurboFan), raised
 * from 66 KB of bytecode to 400 KB (issue 22, bench/PROFILE.md): over the 1,000-report corpus V8 otherwise
 * TurboFan-compiles ~290 functions, many of them twice, while they are only lukewarm — about 0.35 s of CPU of a
 * 3 s run (−11%; −10% on the 5 MB report). The functions that matter are hot enough to be optimized anyway.
 * A V8 flag is part of the code cache's check, so the caches are made with the same flag (collectCodeCache) and
 * every process that uses them sets it first (the CLI, the language server, worker threads share the process).
 * The library entry (`import 'fzlint'`) neither sets it nor uses the caches.
 */
function tuneV8() {
  if (tuned) return;
  tuned = true;
  require('node:v8').setFlagsFromString('--interrupt-budget=409600');
}
let tuned = false;

/** Compile the chunks of `dir` (dist/bundle, its real path) from their code caches, where they have one. */
function useCodeCache(dir) {
  tuneV8();
  compileWith(dir, (name) => {
    try {
      return fs.readFileSync(path.join(dir, 'code-cache', `${name}.bin`));
    } catch {
      return undefined;
    }
  });
}

/** At build time: compile the chunks of `dir` as useCodeCache does; the function returned writes their caches. */
function collectCodeCache(dir) {
  tuneV8();
  dir = fs.realpathSync(dir);
  const scripts = new Map();
  compileWith(dir, () => undefined, (name, script) => scripts.set(name, script));
  return () => {
    fs.mkdirSync(path.join(dir, 'code-cache'), { recursive: true });
    for (const [name, script] of scripts) fs.writeFileSync(path.join(dir, 'code-cache', `${name}.bin`), script.createCachedData());
  };
}

module.exports = { useCodeCache, collectCodeCache };
