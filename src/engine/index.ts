export * from './types.js';
export { defineRule, ruleUrl, DOCS_BASE } from './define.js';
export { runRules, sortMessages, toVFile, internalError } from './run.js';
export type { RunOptions, ConfiguredRule } from './run.js';
export { applyFixes } from './fix.js';
export type { FixResult } from './fix.js';
export { render, ENGINE_MESSAGES } from './i18n.js';
export { lintText, prepare } from './lint.js';
export type { LintTextOptions, LintOutcome } from './lint.js';
