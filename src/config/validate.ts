import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest } from 'fastest-levenshtein';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import type { AnyRule } from '../engine/types.js';
import { ConfigError, type Bilingual } from './errors.js';
import { suggest } from './suggest.js';

let ajv: Ajv | undefined;
let validateConfigFn: ValidateFunction | undefined;
const optionValidators = new WeakMap<AnyRule, ValidateFunction>();

function getAjv(): Ajv {
  // verbose: an error carries the schema it failed (for the known keys of an object)
  ajv ??= new Ajv({ allErrors: true, strict: false, useDefaults: false, verbose: true });
  return ajv;
}

/**
 * The config schema as validated at run time: `rules` is the open map of rule entries. The schema file
 * also lists every built-in rule with its own options (for editors), but options are checked per rule
 * (validateRuleOptions) against the rule that is really loaded, plugins included, with a message that
 * names the rule.
 */
function runtimeSchema(): object {
  const defs = configSchema.definitions as Record<string, unknown>;
  return { ...configSchema, definitions: { ...defs, rules: { type: 'object', additionalProperties: { $ref: '#/definitions/ruleEntry' } } } };
}

/** “/rules/foo” → “rules.foo”, the way people read a JSON path. */
function jsonPath(instancePath: string, prefix = ''): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
  return (prefix + path).replace(/^\./, '') || '(root)';
}

const TYPE_ZH: Record<string, string> = { object: '对象', array: '数组', string: '字符串', integer: '整数', number: '数字', boolean: '布尔值（true 或 false）', null: 'null' };

function describe(e: ErrorObject): Bilingual {
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const near = suggest(key, known);
      return {
        zh: `未知的键“${key}”${near ? `。你是不是要输入“${near}”？` : ''}`,
        en: `unknown key "${key}"${near ? `. Did you mean "${near}"?` : ''}`,
      };
    }
    case 'enum': {
      const values = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v));
      return { zh: `应为 ${values.join('、')} 之一`, en: `expected one of ${values.join(', ')}` };
    }
    case 'type': {
      const t = (e.params as { type: string }).type;
      return { zh: `应为${t.split(',').map((x) => TYPE_ZH[x] ?? x).join('或')}`, en: `expected ${t}` };
    }
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return { zh: `缺少必需的键“${key}”`, en: `missing required key "${key}"` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      return { zh: `应 ${comparison} ${limit}`, en: `must be ${comparison} ${limit}` };
    }
    case 'minLength':
      return { zh: '不能为空字符串', en: e.message ?? 'too short' };
    case 'minItems':
    case 'maxItems':
      return { zh: `数组长度应 ${e.keyword === 'minItems' ? '≥' : '≤'} ${(e.params as { limit: number }).limit}`, en: e.message ?? e.keyword };
    default:
      return { zh: e.message ?? e.keyword, en: e.message ?? e.keyword };
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

function lines(errs: ErrorObject[], where: (e: ErrorObject) => string): Bilingual {
  const zh = [...new Set(errs.map((e) => `${where(e)}：${describe(e).zh}`))];
  const en = [...new Set(errs.map((e) => `${where(e)}: ${describe(e).en}`))];
  return { zh: zh.join('\n  '), en: en.join('\n  ') };
}

export function validateConfigObject(config: unknown, file: string): void {
  validateConfigFn ??= getAjv().compile(runtimeSchema());
  if (validateConfigFn(config)) return;
  const l = lines(pickErrors(validateConfigFn.errors ?? []), (e) => jsonPath(e.instancePath));
  throw new ConfigError({ zh: `配置无效：\n  ${l.zh}`, en: `invalid configuration:\n  ${l.en}` }, file);
}

export function validateRuleOptions(rule: AnyRule, id: string, options: unknown, file: string, where: string): void {
  let fn = optionValidators.get(rule);
  if (!fn) {
    fn = getAjv().compile(rule.meta.schema);
    optionValidators.set(rule, fn);
  }
  if (fn(options)) return;
  const l = lines(pickErrors(fn.errors ?? []), (e) => jsonPath(e.instancePath, `${where}[1]`));
  throw new ConfigError({ zh: `规则“${id}”的选项无效：\n  ${l.zh}`, en: `invalid options for rule "${id}":\n  ${l.en}` }, file);
}

export function unknownRule(id: string, known: string[], file: string, where: string): ConfigError {
  const suggestion = known.length ? closest(id, known) : undefined;
  return new ConfigError(
    {
      zh: `${where}：未知的规则“${id}”${suggestion ? `。你是不是要输入“${suggestion}”？` : ''}`,
      en: `${where}: unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    },
    file,
  );
}
