import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { configSchemaFor, schemaText } from '../scripts/config-schema.mjs';
import { builtinRules } from '../src/rules.js';

const file = path.resolve(import.meta.dirname, '../schema/config.schema.json');
const text = readFileSync(file, 'utf8');
const schema = JSON.parse(text) as { definitions: { rules: { properties: Record<string, { description: string; anyOf: unknown[] }> } } };

describe('schema/config.schema.json', () => {
  it('is up to date with the rules’ meta (regenerate with `npm run build`)', () => {
    expect(text).toBe(schemaText(configSchemaFor(schema, builtinRules)));
  });

  it('lists every built-in rule with its description and its own options schema', () => {
    const props = schema.definitions.rules.properties;
    expect(Object.keys(props).sort()).toEqual(Object.keys(builtinRules).sort());
    const rate = props['consistent-rate'];
    expect(rate.description).toContain(builtinRules['consistent-rate'].meta.description.zh);
    expect(JSON.stringify(rate.anyOf)).toContain('"checkQualified"');
  });

  it('validates rule options the way an editor does: a wrong option or type is refused, a right one accepted', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ rules: { 'consistent-rate': ['warn', { checkQualified: false }] } })).toBe(true);
    expect(validate({ rules: { 'consistent-rate': ['warn', { checkQualifed: false }] } })).toBe(false);
    expect(validate({ rules: { 'consistent-rate': ['warn', { checkQualified: 'no' }] } })).toBe(false);
    expect(validate({ rules: { 'consistent-rate': 'off', 'local/my-rule': ['error', { any: 1 }] } })).toBe(true);
    expect(validate({ rules: { 'consistent-rate': 'loud' } })).toBe(false);
  });
});

describe('an editor using the schema (VS Code’s JSON language service)', () => {
  const service = getLanguageService({});
  service.configure({ validate: true, allowComments: true, schemas: [{ uri: 'https://fzlint/config.schema.json', fileMatch: ['*.json'], schema: schema as never }] });
  const complete = async (text: string) => {
    const at = text.indexOf('|');
    const body = text.slice(0, at) + text.slice(at + 1);
    const doc = TextDocument.create('file:///r/fzlint.config.json', 'jsonc', 1, body);
    const list = await service.doComplete(doc, doc.positionAt(at), service.parseJSONDocument(doc));
    return (list?.items ?? []).map((i) => i.label.replace(/^"|"$/g, ''));
  };

  it('completes rule ids under "rules"', async () => {
    const labels = await complete('{ "rules": { | } }');
    expect(labels).toContain('consistent-rate');
    expect(labels).toContain('require-sections');
  });

  it('completes the options of rules.consistent-rate', async () => {
    expect(await complete('{ "rules": { "consistent-rate": ["warn", { | }] } }')).toContain('checkQualified');
  });

  it('flags a mistyped option in a JSON-with-comments config', async () => {
    const text = '{\n  // 县级\n  "rules": { "consistent-rate": ["warn", { "checkQualifed": false }], },\n}';
    const doc = TextDocument.create('file:///r/fzlint.config.json', 'jsonc', 1, text);
    const diags = await service.doValidation(doc, service.parseJSONDocument(doc), { comments: 'ignore', trailingCommas: 'ignore' });
    expect(diags.map((d) => d.message).join('\n')).toMatch(/checkQualifed/);
  });
});
