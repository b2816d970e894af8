import type { Formatter, StreamingFormatter } from './types.js';
import { formatAll, perLineStream } from './stream.js';
import { escapeControls, safeLine } from './util.js';

const WORD = { error: 'Error', warn: 'Warning', info: 'Info' } as const;

/** compact, one file at a time; the closing count from the totals kept on the way. */
export const compactStream: StreamingFormatter = perLineStream(
  (file, p) => `${file}: line ${p.line}, col ${p.column}, ${WORD[p.severity]} - ${safeLine(p.message)}${p.ruleId ? ` (${escapeControls(p.ruleId)})` : ''}\n`,
);

/** ESLint's compact format: `file: line L, col C, Error - message (rule)`, one line per finding. */
export const compact: Formatter = (results, ctx) => formatAll(compactStream(ctx), results);
