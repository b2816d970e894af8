import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
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
