import { jsonErrorOffset } from './json-position.js';

/** A problem with configuration: names the file and the place; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  readonly code = 'FZLINT_CONFIG';
  constructor(
    message: string,
    readonly file?: string,
    /** `cause`: the underlying error (a plugin's own exception), whose stack --debug prints. */
    options?: { cause?: unknown },
  ) {
    super(file ? `${file}: ${message}` : message, options);
  }
}

/**
 * JSON.parse's error → the message with a line and column, for a malformed config file. The position is
 * JSON.parse's “at position N” when it gives one, else where a strict scan first fails (a comment, a
 * trailing comma in an array); V8's copy of the whole text ("…" is not valid JSON) is left out.
 */
export function describeJsonError(text: string, error: unknown): string {
  let msg = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(msg);
  const pos = m ? Number(m[1]) : jsonErrorOffset(text);
  if (pos === undefined) return msg;
  // V8 quotes the text (or its end: , ..."xyz" is not valid JSON) and shows a newline token raw
  if (!m) msg = msg.replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '').replace(/'([\u0000-\u001f])'/, (_, c: string) => `'${JSON.stringify(c).slice(1, -1)}'`);
  let line = 1;
  let col = 1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${msg.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${col})`;
}
