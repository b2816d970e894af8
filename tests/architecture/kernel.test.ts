/**
 * The kernel type-checks without Node's types (tsconfig.kernel.json: "types": [], the browser's lib):
 * a Node API in parse, model, laws, rules or engine fails here even where the import graph cannot see
 * it (a global such as Buffer in a type, a Node-only method). The law loader still reads data/laws.tsv
 * with node:fs; its errors are the only ones allowed, until the web-page work hands the law list in
 * (then this test needs no exception and holds for every kernel file).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ALLOWED = ['src/laws/load.ts'].filter((f) => existsSync(path.join(ROOT, f)));

describe('tsconfig.kernel.json', () => {
  it('parse, model, laws, rules and engine compile without Node types (the law loader excepted while it reads files)', () => {
    const file = path.join(ROOT, 'tsconfig.kernel.json');
    const config = ts.getParsedCommandLineOfConfigFile(file, {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    })!;
    expect(config.errors).toEqual([]);
    expect(config.options.types).toEqual([]);
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ({ file: d.file ? path.relative(ROOT, d.file.fileName).split(path.sep).join('/') : '', text: ts.flattenDiagnosticMessageText(d.messageText, ' ') }))
      .filter((d) => !ALLOWED.includes(d.file));
    expect(errors).toEqual([]);
    // it did check the kernel: every rule and the engine are in the program
    const files = program.getRootFileNames().map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    expect(files).toContain('rules/consistent-rate.ts');
    expect(files).toContain('src/engine/run.ts');
    expect(files.some((f) => f.startsWith('src/linter/') || f.startsWith('src/cli/'))).toBe(false);
  }, 120_000);
});
