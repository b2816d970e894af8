import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest } from 'fastest-levenshtein';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import type { AnyRule } from '../engine/types.js';
import { ConfigError } from './errors.js';

let ajv: Ajv | undefined;
let validateConfigFn: ValidateFunction | undefined;
const optionValidators = new WeakMap<AnyRule, ValidateFunction>();

function getAjv(): Ajv {
  ajv ??= new Ajv({ allErrors: true, strict: false, useDefaults: false });
  return ajv;
}

/** “/rules/foo” → “rules.foo”, the way people read a JSON path. */
function jsonPath(instancePath: string, prefix = ''): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
  return (prefix + path).replace(/^\./, '') || '(root)';
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected ${(e.params as { type: string }).type}`;
    case 'required':
      return `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    default:
      return e.message ?? e.keyword;
  }
}

/** The most useful errors of a oneOf: the deepest ones, without the oneOf summary itself. */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  if (!specific.length) return errors;
  const deepest = Math.max(...specific.map((e) => e.instancePath.length));
  const chosen = specific.filter((e) => e.instancePath.length === deepest);
  // prefer enum/additionalProperties over type mismatches of other branches
  const preferred = chosen.filter((e) => e.keyword !== 'type');
  return preferred.length ? preferred : chosen;
}

export function validateConfigObject(config: unknown, file: string): void {
  validateConfigFn ??= getAjv().compile(configSchema);
  if (validateConfigFn(config)) return;
  const errs = pickErrors(validateConfigFn.errors ?? []);
  const lines = [...new Set(errs.map((e) => `${jsonPath(e.instancePath)}: ${describe(e)}`))];
  throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`, file);
}

export function validateRuleOptions(rule: AnyRule, id: string, options: unknown, file: string, where: string): void {
  let fn = optionValidators.get(rule);
  if (!fn) {
    fn = getAjv().compile(rule.meta.schema);
    optionValidators.set(rule, fn);
  }
  if (fn(options)) return;
  const errs = pickErrors(fn.errors ?? []);
  const lines = [...new Set(errs.map((e) => `${jsonPath(e.instancePath, `${where}[1]`)}: ${describe(e)}`))];
  throw new ConfigError(`invalid options for rule "${id}":\n  ${lines.join('\n  ')}`, file);
}

export function unknownRule(id: string, known: string[], file: string, where: string): ConfigError {
  const suggestion = known.length ? closest(id, known) : undefined;
  return new ConfigError(`${where}: unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, file);
}
