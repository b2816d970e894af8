import type { Formatter } from './types.js';
import { escapeControls, problemCount, problemsOf, safeLine, safePath, SEVERITY_WORD } from './util.js';

/**
 * One line per finding, `file:line:col: message [severity/rule]`, for editors'
 * error parsers and grep; then ESLint's “N problems” line.
 */
export const unix: Formatter = (results, ctx) => {
  let out = '';
  for (const r of results) {
    const file = safePath(r.filePath, ctx.cwd);
    for (const p of problemsOf(r)) {
      const tag = p.ruleId ? `${SEVERITY_WORD[p.severity]}/${escapeControls(p.ruleId)}` : SEVERITY_WORD[p.severity];
      out += `${file}:${p.line}:${p.column}: ${safeLine(p.message)} [${tag}]\n`;
    }
  }
  return out + problemCount(results);
};
