import type { FileResult } from '../linter/types.js';
import type { FormatterStream, StreamContext, StreamingFormatter } from './types.js';
import { problemCountLine, problemsOf, safePath, type FileProblem } from './util.js';

/** A streaming formatter run over results held at once: the whole-run text (the Formatter of the same format). */
export function formatAll(stream: FormatterStream, results: FileResult[]): string {
  let out = '';
  for (const r of results) out += stream.result(r);
  return out + stream.end();
}

/**
 * A line-per-finding format (compact, unix), streamed: `line(file, problem)` words one finding, the file
 * shown as `safePath` gives it; the closing line is ESLint's “N problems”, counted on the way.
 */
export function perLineStream(line: (file: string, p: FileProblem) => string): StreamingFormatter {
  return (ctx: StreamContext) => {
    let total = 0;
    return {
      result(r) {
        total += r.errorCount + r.warningCount + r.infoCount;
        let out = '';
        const file = safePath(r.filePath, ctx.cwd);
        for (const p of problemsOf(r)) out += line(file, p);
        return out;
      },
      end: () => problemCountLine(total),
    };
  };
}
