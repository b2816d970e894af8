/**
 * The layers, enforced over the real import graph of src/ and rules/ (tests/architecture/graph.ts):
 *   cli, lsp, web, the public API → linter, config, format, annotate, testing → engine (runner) → rules
 *   → engine (rule API) → model, laws → parse
 * Imports point down only; the kernel (parse, model, laws, rules, engine) imports no Node built-in, no
 * chalk, and touches no Node global, so it runs in a browser; no import cycles beyond the known ones below.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGraph, cycles, readGraph, type Exception, type Graph } from './graph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Kernel files allowed a Node module, each for a reason that is being removed; an exception applies to
 * its file only, and only while it exists. None today: the law list reaches rules through the rule
 * context (meta.resources), filled by the host (src/linter/resources.ts reads data/laws.tsv).
 */
const EXCEPTIONS: Exception[] = [];

/**
 * Cycles that exist today and are being taken apart by other work. None: the model's (Report moved to
 * model/report.ts) and the linter's (options.ts, the worker task in workers.ts) are gone. A new cycle, or one of these growing,
 * fails the test; delete an entry when its cycle is gone.
 */
const KNOWN_CYCLES: string[][] = [];

const fake = (edges: Record<string, string[]>, globals: Record<string, string[]> = {}): Graph =>
  new Map(Object.entries(edges).map(([f, imports]) => [f, { imports, globals: globals[f] ?? [] }]));

describe('the checker catches what it forbids (fake graphs)', () => {
  it('an upward import: model → engine, rules → linter, engine → cli', () => {
    const v = checkGraph(
      fake({
        'src/model/facts.ts': ['src/engine/run.ts'],
        'rules/x.ts': ['src/linter/linter.ts', 'src/engine/define.ts', 'src/model/types.ts'],
        'src/engine/run.ts': ['src/cli/index.ts'],
        'src/engine/define.ts': [],
        'src/model/types.ts': [],
        'src/linter/linter.ts': [],
        'src/cli/index.ts': [],
      }),
    );
    expect(v.map((x) => x.kind)).toEqual(['upward', 'upward', 'upward']);
    expect(v.map((x) => x.text).join('\n')).toMatch(/src\/model\/facts\.ts \(model\) imports src\/engine\/run\.ts \(engine\)/);
  });

  it('a rule may use the rule API of the engine, but not the runner', () => {
    const v = checkGraph(fake({ 'rules/x.ts': ['src/engine/define.ts', 'src/engine/run.ts'], 'src/engine/define.ts': [], 'src/engine/run.ts': [] }));
    expect(v.map((x) => x.text)).toEqual(['rules/x.ts (rules) imports src/engine/run.ts (engine): layers point down only']);
  });

  it('Node in the kernel: node:fs in the model, bare fs in parse, chalk in the engine, process in a rule; fine in the linter', () => {
    const v = checkGraph(
      fake(
        { 'src/model/a.ts': ['node:fs'], 'src/parse/b.ts': ['fs'], 'src/engine/c.ts': ['chalk'], 'rules/d.ts': ['unified'], 'src/linter/e.ts': ['node:fs', 'chalk'] },
        { 'rules/d.ts': ['process'] },
      ),
    );
    expect(v.map((x) => x.kind).sort()).toEqual(['node-global-in-kernel', 'node-in-kernel', 'node-in-kernel', 'node-in-kernel']);
  });

  it('an exception covers its own file and modules only', () => {
    const g = fake({ 'src/laws/load.ts': ['node:fs', 'node:os'], 'src/laws/other.ts': ['node:fs'] });
    const exceptions: Exception[] = [{ file: 'src/laws/load.ts', imports: ['node:fs', 'node:path', 'node:url'], why: 'a loader reading data/ (an example)' }];
    expect(checkGraph(g, exceptions).map((x) => x.text)).toEqual([
      'src/laws/load.ts (laws) imports node:os: the laws layer must run in a browser',
      'src/laws/other.ts (laws) imports node:fs: the laws layer must run in a browser',
    ]);
  });

  it('a cycle (engine/run.ts ↔ engine/directives.ts), unless known; a known cycle that grows is reported', () => {
    const g = fake({ 'src/engine/run.ts': ['src/engine/directives.ts'], 'src/engine/directives.ts': ['src/engine/run.ts'] });
    expect(checkGraph(g).map((x) => x.text)).toEqual(['import cycle: src/engine/directives.ts ↔ src/engine/run.ts']);
    expect(checkGraph(g, [], [['src/engine/directives.ts', 'src/engine/run.ts']])).toEqual([]);
    g.set('src/engine/messages.ts', { imports: ['src/engine/run.ts'], globals: [] });
    g.get('src/engine/directives.ts')!.imports.push('src/engine/messages.ts');
    expect(checkGraph(g, [], [['src/engine/directives.ts', 'src/engine/run.ts']]).map((x) => x.kind)).toEqual(['cycle']);
  });

  it('a file in no layer is reported', () => {
    expect(checkGraph(fake({ 'src/misc/a.ts': [] })).map((x) => x.kind)).toEqual(['unlayered']);
  });
});

describe('the real import graph', () => {
  const graph = readGraph(ROOT);

  it('reads every source file with its imports (a sanity check of the reader)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/engine/directives.ts')!.imports).toContain('src/engine/messages.ts');
    expect(graph.get('src/laws/load.ts')?.imports ?? ['node:fs']).toContain('node:fs');
    expect(graph.get('rules/index.ts')!.imports).toContain('rules/require-sections.ts');
  });

  it('keeps the layers: no upward import, no Node API in the kernel, no unknown cycle', () => {
    const existing = EXCEPTIONS.filter((e) => graph.has(e.file));
    expect(checkGraph(graph, existing, KNOWN_CYCLES).map((v) => v.text)).toEqual([]);
  });

  it('the model’s base types import no sub-model: Report lives with buildReport, and the model has no cycle', () => {
    expect(graph.get('src/model/types.ts')!.imports.filter((i) => i.startsWith('src/model/'))).toEqual([]);
    expect(cycles(graph).filter((c) => c.some((f) => f.startsWith('src/model/')))).toEqual([]);
  });

  it('the linter and its batch and worker halves form no cycle (options and the worker task have their own homes)', () => {
    expect(cycles(graph).filter((c) => c.some((f) => f.startsWith('src/linter/')))).toEqual([]);
  });

  it('the runner and the directive pass do not import each other', () => {
    expect(graph.get('src/engine/directives.ts')!.imports).not.toContain('src/engine/run.ts');
    expect(cycles(graph).filter((c) => c.some((f) => f.startsWith('src/engine/')))).toEqual([]);
  });

  it('the package-root helper lives outside cli/: linter and lsp import no cli file', () => {
    const up = [...graph].filter(([f, { imports }]) => !f.startsWith('src/cli/') && imports.some((i) => i.startsWith('src/cli/')));
    expect(up.map(([f]) => f)).toEqual([]);
  });
});
