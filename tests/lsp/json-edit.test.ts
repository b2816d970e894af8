import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareConfig, resolveFor, type ConfigData } from '../../src/config/load.js';
import { builtinRules } from '../../src/rules.js';
import { parse } from 'jsonc-parser';
import { addOverrideEdit, applyChange, exactGlob, newConfigWithOverride } from '../../src/lsp/json-edit.js';

describe('exactGlob', () => {
  it('names a file beside the config with ./ (a bare name would match it in every directory)', () => {
    expect(exactGlob('2023-叶城县.txt')).toBe('./2023-叶城县.txt');
    expect(exactGlob('departments/司法局.md')).toBe('departments/司法局.md');
  });
  it('escapes glob characters, and refuses files outside the config directory', () => {
    expect(exactGlob('报告(终稿)[1].txt')).toBe('./报告\\(终稿\\)\\[1\\].txt');
    expect(exactGlob('../other/a.txt')).toBeUndefined();
    expect(exactGlob('')).toBeUndefined();
  });
});

/** What the override must do: the rule off for exactly that file, nothing else changed. */
async function check(configText: string, dir: string, file: string, ruleId: string, others: string[]) {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  const change = addOverrideEdit(configText, { files: exactGlob(rel)!, ruleId });
  expect(change).toBeDefined();
  const edited = applyChange(configText, change!);
  const before = await prepareConfig(JSON.parse(configText) as ConfigData, undefined, dir, builtinRules);
  const after = await prepareConfig(JSON.parse(edited) as ConfigData, undefined, dir, builtinRules);
  expect(resolveFor(after, file).rules.has(ruleId)).toBe(false);
  for (const o of others) {
    const a = resolveFor(before, o).rules;
    const b = resolveFor(after, o).rules;
    expect([...b.keys()]).toEqual([...a.keys()]);
  }
  return edited;
}

describe('addOverrideEdit', () => {
  const dir = path.resolve('/work/reports');

  it('adds "overrides" to a config without one, keeping its layout', async () => {
    const text = '{\n    "extends": "fzlint:recommended",\n    "reportYear": 2023\n}\n';
    const edited = await check(text, dir, path.join(dir, '叶城县.txt'), 'require-sections', [path.join(dir, 'sub/叶城县.txt'), path.join(dir, '康乐县.txt')]);
    expect(edited).toBe(
      '{\n    "extends": "fzlint:recommended",\n    "reportYear": 2023,\n    "overrides": [\n        {\n            "files": "./叶城县.txt",\n            "rules": {\n                "require-sections": "off"\n            }\n        }\n    ]\n}\n',
    );
  });

  it('appends to existing overrides (later ones win), and reuses the last one when it names exactly this file', async () => {
    const text = '{\n  "overrides": [\n    { "files": "departments/**", "rules": { "require-sections": "warn" } }\n  ]\n}';
    const file = path.join(dir, 'departments/司法局.md');
    const once = await check(text, dir, file, 'require-sections', [path.join(dir, 'departments/公安局.md')]);
    expect(JSON.parse(once).overrides).toEqual([
      { files: 'departments/**', rules: { 'require-sections': 'warn' } },
      { files: 'departments/司法局.md', rules: { 'require-sections': 'off' } },
    ]);
    const change = addOverrideEdit(once, { files: 'departments/司法局.md', ruleId: 'no-placeholder' })!;
    const twice = applyChange(once, change);
    expect(JSON.parse(twice).overrides).toHaveLength(2);
    expect(JSON.parse(twice).overrides[1].rules).toEqual({ 'require-sections': 'off', 'no-placeholder': 'off' });
    // The same rule again: its level is replaced, not duplicated
    const again = applyChange(twice, addOverrideEdit(twice, { files: 'departments/司法局.md', ruleId: 'require-sections' })!);
    expect(again).toBe(twice);
  });

  it('fills an empty object or array, and writes CRLF files with CRLF', () => {
    expect(JSON.parse(applyChange('{}', addOverrideEdit('{}', { files: './a.txt', ruleId: 'r' })!))).toEqual({ overrides: [{ files: './a.txt', rules: { r: 'off' } }] });
    const crlf = '{\r\n  "overrides": []\r\n}\r\n';
    const out = applyChange(crlf, addOverrideEdit(crlf, { files: './a.txt', ruleId: 'r' })!);
    expect(out).toBe('{\r\n  "overrides": [\r\n    {\r\n      "files": "./a.txt",\r\n      "rules": {\r\n        "r": "off"\r\n      }\r\n    }\r\n  ]\r\n}\r\n');
  });

  it('keeps comments and trailing commas of a config written as JSON with comments', () => {
    const text = '{\n  // 县级报告\n  "reportYear": 2024, /* 上一年度 */\n  "overrides": [\n    { "files": "x/**", "rules": { "r": "warn" } },\n  ],\n}\n';
    const out = applyChange(text, addOverrideEdit(text, { files: './a.txt', ruleId: 'r' })!);
    expect(out).toContain('// 县级报告');
    expect(out).toContain('/* 上一年度 */');
    expect(parse(out, [], { allowTrailingComma: true })).toEqual({
      reportYear: 2024,
      overrides: [{ files: 'x/**', rules: { r: 'warn' } }, { files: './a.txt', rules: { r: 'off' } }],
    });
  });

  it('edits the "fzlint" key of a package.json, and nothing when there is none or the file is not JSON', () => {
    const pkg = '{\n  "name": "reports",\n  "fzlint": {\n    "reportYear": 2024\n  }\n}\n';
    const out = applyChange(pkg, addOverrideEdit(pkg, { files: './a.md', ruleId: 'r', key: 'fzlint' })!);
    expect(JSON.parse(out)).toEqual({ name: 'reports', fzlint: { reportYear: 2024, overrides: [{ files: './a.md', rules: { r: 'off' } }] } });
    expect(addOverrideEdit('{"name": "x"}', { files: './a.md', ruleId: 'r', key: 'fzlint' })).toBeUndefined();
    expect(addOverrideEdit('{ "rules": {', { files: './a.md', ruleId: 'r' })).toBeUndefined();
    expect(addOverrideEdit('{ "overrides": {} }', { files: './a.md', ruleId: 'r' })).toBeUndefined();
  });

  it('property: on any valid config, the edit is valid JSON that turns the rule off in one more (or the last) override', () => {
    const override = fc.record({ files: fc.constantFrom('./a.txt', 'b/**', '*.md', ['./a.txt']), rules: fc.constant({ 'require-sections': 'warn' }) });
    const config = fc.record(
      { extends: fc.constant('fzlint:recommended'), reportYear: fc.integer({ min: 2019, max: 2030 }), overrides: fc.array(override, { maxLength: 3 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, fc.constantFrom(0, 2, 4, '\t'), (cfg, indent) => {
        const text = JSON.stringify(cfg, null, indent);
        const edited = applyChange(text, addOverrideEdit(text, { files: './a.txt', ruleId: 'no-placeholder' })!);
        const out = JSON.parse(edited) as typeof cfg;
        const before = cfg.overrides ?? [];
        const last = before[before.length - 1];
        const reused = last !== undefined && (last.files === './a.txt' || (Array.isArray(last.files) && last.files.length === 1 && last.files[0] === './a.txt'));
        expect(out.overrides).toHaveLength(before.length + (reused ? 0 : 1));
        expect(out.overrides![out.overrides!.length - 1].rules).toMatchObject({ 'no-placeholder': 'off' });
        expect({ ...out, overrides: undefined }).toEqual({ ...cfg, overrides: undefined });
      }),
      { numRuns: 300 },
    );
  });

  it('a new config file holds just the override', () => {
    expect(JSON.parse(newConfigWithOverride({ files: './a.txt', ruleId: 'r' }))).toEqual({ overrides: [{ files: './a.txt', rules: { r: 'off' } }] });
  });
});
