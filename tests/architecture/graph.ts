/**
 * The import graph of src/ and rules/ and the layer rules it must keep (tests/architecture/layers.test.ts).
 * `readGraph` reads the real TypeScript sources (static, type-only and dynamic imports, re-exports);
 * `checkGraph` is pure, so the test also runs it on small fake graphs to show that it catches what it
 * forbids.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** A file (path relative to the package root, with /) → what it imports (resolved files, or bare specifiers). */
export type Graph = Map<string, { imports: string[]; globals: string[] }>;

/**
 * Layers, lowest first. A file may import from its own layer and from lower ones, never from higher ones.
 * The engine is two layers: the rule API (types, defineRule, message i18n, option limits, lazily computed fix edits, regex matches) that every rule
 * imports, below the rules, and the runner (run, directives, lint, fix), above them.
 */
export const LAYERS: { name: string; rank: number; kernel: boolean; match: (f: string) => boolean }[] = [
  { name: 'parse', rank: 0, kernel: true, match: (f) => f.startsWith('src/parse/') },
  { name: 'model', rank: 1, kernel: true, match: (f) => f.startsWith('src/model/') },
  { name: 'laws', rank: 1, kernel: true, match: (f) => f.startsWith('src/laws/') },
  {
    name: 'engine (rule API)',
    rank: 2,
    kernel: true,
    match: (f) => ['src/engine/types.ts', 'src/engine/define.ts', 'src/engine/i18n.ts', 'src/engine/limit.ts', 'src/engine/lazy-fix.ts', 'src/engine/match.ts'].includes(f),
  },
  { name: 'rules', rank: 3, kernel: true, match: (f) => f.startsWith('rules/') || f === 'src/rules.ts' },
  { name: 'engine', rank: 4, kernel: true, match: (f) => f.startsWith('src/engine/') },
  // fzlint/kernel: the kernel's public entry (re-exports parse, model, laws, rules, engine)
  { name: 'kernel entry', rank: 4, kernel: true, match: (f) => f === 'src/kernel.ts' },
  { name: 'linter', rank: 5, kernel: false, match: (f) => f.startsWith('src/linter/') },
  { name: 'config', rank: 5, kernel: false, match: (f) => f.startsWith('src/config/') },
  { name: 'format', rank: 5, kernel: false, match: (f) => f.startsWith('src/format/') },
  { name: 'annotate', rank: 5, kernel: false, match: (f) => f.startsWith('src/annotate/') },
  { name: 'testing', rank: 5, kernel: false, match: (f) => f.startsWith('src/testing/') },
  { name: 'cli', rank: 6, kernel: false, match: (f) => f.startsWith('src/cli/') },
  { name: 'lsp', rank: 6, kernel: false, match: (f) => f.startsWith('src/lsp/') },
  { name: 'web', rank: 6, kernel: false, match: (f) => f.startsWith('src/web/') },
  { name: 'api', rank: 6, kernel: false, match: (f) => f === 'src/index.ts' },
];

export function layerOf(file: string): (typeof LAYERS)[number] | undefined {
  return LAYERS.find((l) => l.match(file));
}

/** Packages a kernel file (runs in a browser) must not import, besides every Node built-in. */
const NODE_ONLY_PACKAGES = ['chalk', 'yargs', 'tinyglobby', 'vscode-languageserver'];
/** Node globals a kernel file must not touch at run time (type positions are erased and allowed). */
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'];

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
function isNodeOnly(spec: string): boolean {
  if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0])) return true;
  return NODE_ONLY_PACKAGES.some((p) => spec === p || spec.startsWith(p + '/'));
}

export interface Exception {
  file: string;
  imports: string[];
  why: string;
}

export interface Violation {
  kind: 'upward' | 'unlayered' | 'node-in-kernel' | 'node-global-in-kernel' | 'cycle';
  text: string;
}

/**
 * Every rule broken by the graph. `exceptions` lists kernel files allowed to import named Node modules
 * (each with its reason); `knownCycles` lists import cycles that exist today and are being removed
 * elsewhere: a cycle not on the list, or one that has grown, is a violation.
 */
export function checkGraph(graph: Graph, exceptions: Exception[] = [], knownCycles: string[][] = []): Violation[] {
  const out: Violation[] = [];
  for (const [file, { imports, globals }] of graph) {
    const from = layerOf(file);
    if (!from) {
      out.push({ kind: 'unlayered', text: `${file} belongs to no layer (add it to LAYERS in tests/architecture/graph.ts)` });
      continue;
    }
    for (const target of imports) {
      const internal = graph.has(target) || target.startsWith('src/') || target.startsWith('rules/');
      if (!internal) {
        if (from.kernel && isNodeOnly(target) && !exceptions.some((e) => e.file === file && e.imports.includes(target))) {
          out.push({ kind: 'node-in-kernel', text: `${file} (${from.name}) imports ${target}: the ${from.name} layer must run in a browser` });
        }
        continue;
      }
      const to = layerOf(target);
      if (!to) continue; // reported as unlayered on its own (schema JSON and other data are not code)
      if (to.rank > from.rank) out.push({ kind: 'upward', text: `${file} (${from.name}) imports ${target} (${to.name}): layers point down only` });
    }
    if (from.kernel) {
      for (const g of globals) out.push({ kind: 'node-global-in-kernel', text: `${file} (${from.name}) uses the Node global ${g}` });
    }
  }
  const known = knownCycles.map((c) => new Set(c));
  for (const scc of cycles(graph)) {
    const allowed = known.some((k) => scc.every((f) => k.has(f)));
    if (!allowed) out.push({ kind: 'cycle', text: `import cycle: ${scc.join(' ↔ ')}` });
  }
  return out;
}

/** Strongly connected components of more than one file (Tarjan), each sorted; imports of a file to itself are ignored. */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.imports ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

function walk(dir: string, root: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.posix.join(dir, e.name), root) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.posix.join(dir, e.name)] : [],
  );
}

function resolve(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [joined.replace(/\.js$/, '.ts'), joined + '.ts', joined + '/index.ts', joined]) {
    if (existsSync(path.join(root, candidate))) return candidate;
  }
  return joined;
}

/** Identifiers naming a Node global at run time: not a property name, not a declaration, not in a type. */
function nodeGlobals(source: ts.SourceFile): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return; // erased
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isIdentifier(node) && NODE_GLOBALS.includes(node.text)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === node) ||
        (ts.isMethodDeclaration(p) && p.name === node) ||
        (ts.isPropertyDeclaration(p) && p.name === node) ||
        (ts.isPropertySignature(p) && p.name === node);
      if (!isName) found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].sort();
}

/** The real graph: every .ts file under src/ and rules/ of the package at `root`. */
export function readGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of [...walk('src', root), ...walk('rules', root)].sort()) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const imports = [...new Set(info.importedFiles.map((f) => resolve(root, file, f.fileName)))].sort();
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    graph.set(file, { imports, globals: nodeGlobals(source) });
  }
  return graph;
}
