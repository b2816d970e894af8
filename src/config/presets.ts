import type { AnyRule, Level } from '../engine/types.js';

export const PRESETS = ['fzlint:recommended', 'fzlint:strict'] as const;
export type PresetName = (typeof PRESETS)[number];

/**
 * recommended: every rule marked recommended, at its default severity.
 * strict: every rule that is not opt-in, at its default severity.
 */
export function presetRules(name: PresetName, rules: Record<string, AnyRule>): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const [id, rule] of Object.entries(rules)) {
    if (rule.meta.optIn) continue;
    if (name === 'fzlint:recommended' && rule.meta.recommended === false) continue;
    out[id] = rule.meta.severity;
  }
  return out;
}
