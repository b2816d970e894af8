import type { Formatter } from './types.js';
import { escapeControls, problemCount, problemsOf, safeLine, safePath } from './util.js';

const WORD = { error: 'Error', warn: 'Warning', info: 'Info' } as const;

/** ESLint's compact format: `file: line L, col C, Error - message (rule)`, one line per finding. */
export const compact: Formatter = (results, ctx) => {
  let out = '';
  for (const r of results) {
    const file = safePath(r.filePath, ctx.cwd);
    for (const p of problemsOf(r)) {
      out += `${file}: line ${p.line}, col ${p.column}, ${WORD[p.severity]} - ${safeLine(p.message)}${p.ruleId ? ` (${escapeControls(p.ruleId)})` : ''}\n`;
    }
  }
  return out + problemCount(results);
};
