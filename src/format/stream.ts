import type { FileResult } from '../linter/types.js';
import type { FormatterStream } from './types.js';

/** A streaming formatter run over results held at once: the whole-run text (the Formatter of the same format). */
export function formatAll(stream: FormatterStream, results: FileResult[]): string {
  let out = '';
  for (const r of results) out += stream.result(r);
  return out + stream.end();
}
