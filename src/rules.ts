import type { AnyRule } from './engine/types.js';
import { rules } from '../rules/index.js';

/** The built-in rules (rules/index.ts), by id. */
export const builtinRules: Record<string, AnyRule> = rules;
