import type { AnyRule } from '../src/engine/types.js';
import requireSections from './require-sections.js';

/** Every built-in rule, by id. Keep sorted. */
export const rules: Record<string, AnyRule> = {
  'require-sections': requireSections,
};

export default rules;
