import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as kernel from '../../src/kernel.js';
import { presetRules } from '../../src/config/presets.js';
import { Linter } from '../../src/linter/linter.js';
import { ROOT, SEEDS, seedPath } from '../helpers/seeds.js';

// The public kernel (fzlint/kernel): a host that is not the CLI (the web page, an editor plugin, a
// server) reads bytes, supplies the law list and gets the CLI's findings.
describe('fzlint/kernel', () => {
  it('lints the seeds as the CLI does, with the host supplying the law list', async () => {
    // the host's part: its own copy of the list (here read from data/, as a page bundles it)
    const laws = new kernel.LawIndex(kernel.parseLawsTsv(readFileSync(path.join(ROOT, 'data/laws.tsv'), 'utf8')));
    const levels = presetRules('fzlint:recommended', kernel.builtinRules);
    const rules = new Map<string, kernel.ConfiguredRule>(
      Object.entries(levels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, level]) => [id, { rule: kernel.builtinRules[id], setting: { severity: level as kernel.Severity, options: { ...kernel.builtinRules[id].meta.defaultOptions } } }]),
    );
    expect(kernel.resourcesNeeded(rules.values())).toEqual(new Set(['laws']));
    const linter = new Linter({ cwd: ROOT });
    for (const n of SEEDS) {
      const file = seedPath(n);
      const doc = await kernel.readDocument(new Uint8Array(readFileSync(file)), file);
      const report = await kernel.prepare(doc.text, doc.format, file, undefined, doc.tree);
      const messages = kernel.runRules(report, rules, { resources: { laws }, knownRules: new Set(Object.keys(kernel.builtinRules)) });
      const cli = await linter.lintFile(file);
      const shape = (ms: kernel.LintMessage[]) => ms.map((m) => [m.ruleId, m.line, m.column, m.reason]);
      expect(shape(messages), n).toEqual(shape(cli.messages));
      expect(messages.length).toBeGreaterThan(0);
    }
  });

  // the published entry: a bundle made by `npm run build` (CI builds through `npm ci`'s prepare)
  const BUNDLE = path.join(ROOT, 'dist/bundle/kernel.js');
  it.skipIf(!existsSync(BUNDLE))('is exported as fzlint/kernel: the bundle imports no Node module and lints like the sources', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./kernel']).toEqual({ types: './dist/src/kernel.d.ts', default: './dist/bundle/kernel.js' });
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).not.toMatch(/\bfrom\s*["'](?:node:)?(?:fs|path|url|module|os|crypto|worker_threads)["']|\brequire\(\s*["']node:/);
    const bundled = (await import(pathToFileURL(BUNDLE).href)) as typeof kernel;
    const laws = new bundled.LawIndex(bundled.parseLawsTsv(readFileSync(path.join(ROOT, 'data/laws.tsv'), 'utf8')));
    const file = seedPath('000');
    const lint = async (k: typeof kernel, resources: { laws: kernel.LawIndex }) => {
      const doc = await k.readDocument(new Uint8Array(readFileSync(file)), file);
      const report = await k.prepare(doc.text, doc.format, file, undefined, doc.tree);
      const rules = new Map<string, kernel.ConfiguredRule>(
        Object.entries(presetRules('fzlint:recommended', k.builtinRules)).map(([id, level]) => [
          id,
          { rule: k.builtinRules[id], setting: { severity: level as kernel.Severity, options: { ...k.builtinRules[id].meta.defaultOptions } } },
        ]),
      );
      return k.runRules(report, rules, { resources }).map((m) => [m.ruleId, m.line, m.column, m.reason]);
    };
    const fromBundle = await lint(bundled, laws);
    expect(fromBundle.length).toBeGreaterThan(0);
    expect(fromBundle).toEqual(await lint(kernel, new kernel.LawIndex(kernel.parseLawsTsv(readFileSync(path.join(ROOT, 'data/laws.tsv'), 'utf8')))));
  });
});
