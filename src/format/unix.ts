import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll } from './stream.js';
import { escapeControls, problemCountLine, problemsOf, safeLine, safePath, SEVERITY_WORD } from './util.js';

/**
 * One line per finding, `file:line:col: message [severity/rule]`, for editors'
 * error parsers and grep; then ESLint's “N problems” line.
 */
export const unix: Formatter = (results, ctx) => formatAll(unixStream(ctx), results);

/** unix, one file at a time; the closing count from the totals kept on the way. */
export const unixStream: StreamingFormatter = (ctx) => {
  let total = 0;
  return {
    result(r) {
      total += r.errorCount + r.warningCount + r.infoCount;
      let out = '';
      const file = safePath(r.filePath, ctx.cwd);
      for (const p of problemsOf(r)) {
        const tag = p.ruleId ? `${SEVERITY_WORD[p.severity]}/${escapeControls(p.ruleId)}` : SEVERITY_WORD[p.severity];
        out += `${file}:${p.line}:${p.column}: ${safeLine(p.message)} [${tag}]\n`;
      }
      return out;
    },
    end: () => problemCountLine(total),
  };
};
