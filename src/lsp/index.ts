/** The language server: `fzlint --lsp` / `fzlint-lsp`. */
export { FzlintServer, startServer, runStdioServer } from './server.js';
export { toDiagnostic, configErrorDiagnostic, rangeOf, toLspSeverity, CONFIG_ERROR_CODE, INTERNAL_ERROR_CODE, SOURCE } from './convert.js';
export { fixActions, fixAllEdits, FIX_ALL_KIND } from './actions.js';
export { disableRuleAction } from './disable.js';
export { hoverAt } from './hover.js';
export { DEFAULT_SETTINGS, normaliseSettings } from './settings.js';
export type { ServerSettings } from './settings.js';
