import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll, perLineStream } from './stream.js';
import { escapeControls, safeLine, SEVERITY_WORD } from './util.js';

/** unix, one file at a time; the closing count from the totals kept on the way. */
export const unixStream: StreamingFormatter = perLineStream((file, p) => {
  const tag = p.ruleId ? `${SEVERITY_WORD[p.severity]}/${escapeControls(p.ruleId)}` : SEVERITY_WORD[p.severity];
  return `${file}:${p.line}:${p.column}: ${safeLine(p.message)} [${tag}]\n`;
});

/**
 * One line per finding, `file:line:col: message [severity/rule]`, for editors'
 * error parsers and grep; then ESLint's “N problems” line.
 */
export const unix: Formatter = (results, ctx) => formatAll(unixStream(ctx), results);
