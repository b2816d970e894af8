export { ConfigError, parseConfigText, describeParseError, lineColumn } from './errors.js';
export type { Bilingual } from './errors.js';
export { PRESETS, presetRules } from './presets.js';
export type { PresetName } from './presets.js';
export { findConfigFile, loadConfigFile, defaultConfig, prepareConfig, resolveFor, pluginName, CONFIG_FILES } from './load.js';
export type { ConfigData, LoadedConfig, ResolvedConfig, RuleEntry } from './load.js';
export { validateConfigObject, validateRuleOptions } from './validate.js';
