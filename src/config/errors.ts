/** A problem with configuration: names the file and the place; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  readonly code = 'FZLINT_CONFIG';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
  }
}

/** JSON.parse's “at position N” → line and column, for a malformed config file. */
export function describeJsonError(text: string, error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(msg);
  if (!m) return msg;
  const pos = Number(m[1]);
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
