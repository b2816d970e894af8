import type { ConfiguredRule } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { compareIds } from '../engine/compare.js';
import type { LoadedConfig, ResolvedConfig, RuleEntry } from './load.js';

const applied = new WeakMap<ResolvedConfig, ResolvedConfig>();

/**
 * --rule settings over a file's resolved config (they win over every config file and override, as
 * ESLint's --rule does). A level alone keeps the options the config gave; [level, options] replaces them.
 * An unknown rule id or bad options throw a ConfigError naming --rule.
 */
export async function withRuleOverrides(resolved: ResolvedConfig, loaded: LoadedConfig, overrides: Record<string, RuleEntry> | undefined): Promise<ResolvedConfig> {
  if (!overrides || !Object.keys(overrides).length) return resolved;
  const done = applied.get(resolved);
  if (done) return done;
  // ajv only when --rule is used (a run with the defaults never loads it)
  const { unknownRule, validateRuleOptions } = await import('./validate.js');
  const rules = new Map<string, ConfiguredRule>(resolved.rules);
  for (const [id, entry] of Object.entries(overrides)) {
    const rule = loaded.rules[id];
    if (!rule) throw unknownRule(id, Object.keys(loaded.rules), '', `--rule ${id}`);
    const [level, options] = Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
    if (options !== undefined) validateRuleOptions(rule, id, options, '', `--rule ${id}`);
    if (level === 'off') {
      rules.delete(id);
      continue;
    }
    const before = rules.get(id)?.setting.options;
    rules.set(id, { rule, setting: { severity: level as Severity, options: options !== undefined ? { ...rule.meta.defaultOptions, ...options } : (before ?? { ...rule.meta.defaultOptions }) } });
  }
  const out: ResolvedConfig = { ...resolved, rules: new Map([...rules].sort(([a], [b]) => compareIds(a, b))) };
  applied.set(resolved, out);
  return out;
}
