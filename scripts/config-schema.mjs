// Generate the per-rule part of schema/config.schema.json from the rules' `meta` (run by `npm run build`
// after tsc; tests/config-schema.test.ts fails when the file is out of date). Every built-in rule id gets
// its description, default level and its own options schema, so editors complete and validate
// `"rules": { "consistent-rate": ["warn", { … }] }`. The rest of the schema is written by hand and kept.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The schema with `definitions.rules.properties` made from the rules (an id → AnyRule map). */
export function configSchemaFor(base, rules) {
  const properties = {};
  for (const id of Object.keys(rules).sort()) {
    const { meta } = rules[id];
    const level = { $ref: '#/definitions/level' };
    const description = `${meta.description.zh}\n${meta.description.en}\n(default: ${meta.optIn ? 'off, opt-in' : meta.severity}${meta.url ? `; ${meta.url}` : ''})`;
    properties[id] = {
      description,
      anyOf: [level, { type: 'array', items: [level, meta.schema], minItems: 1, maxItems: 2 }],
      ...(Object.keys(meta.defaultOptions ?? {}).length ? { default: [meta.severity, meta.defaultOptions] } : {}),
    };
  }
  return { ...base, definitions: { ...base.definitions, rules: { ...base.definitions.rules, properties } } };
}

export function schemaText(schema) {
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { builtinRules } = await import(pathToFileURL(path.join(root, 'dist/src/rules.js')).href);
  const file = path.join(root, 'schema/config.schema.json');
  const text = schemaText(configSchemaFor(JSON.parse(readFileSync(file, 'utf8')), builtinRules));
  writeFileSync(file, text);
  // tsc copies the schema into dist/ (src/config/validate.ts imports it): keep that copy the same
  const copy = path.join(root, 'dist/schema/config.schema.json');
  if (existsSync(path.dirname(copy))) writeFileSync(copy, text);
}
