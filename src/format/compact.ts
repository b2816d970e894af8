import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll } from './stream.js';
import { escapeControls, problemCountLine, problemsOf, safeLine, safePath } from './util.js';

const WORD = { error: 'Error', warn: 'Warning', info: 'Info' } as const;

/** ESLint's compact format: `file: line L, col C, Error - message (rule)`, one line per finding. */
export const compact: Formatter = (results, ctx) => formatAll(compactStream(ctx), results);

/** compact, one file at a time; the closing count from the totals kept on the way. */
export const compactStream: StreamingFormatter = (ctx) => {
  let total = 0;
  return {
    result(r) {
      total += r.errorCount + r.warningCount + r.infoCount;
      let out = '';
      const file = safePath(r.filePath, ctx.cwd);
      for (const p of problemsOf(r)) {
        out += `${file}: line ${p.line}, col ${p.column}, ${WORD[p.severity]} - ${safeLine(p.message)}${p.ruleId ? ` (${escapeControls(p.ruleId)})` : ''}\n`;
      }
      return out;
    },
    end: () => problemCountLine(total),
  };
};
