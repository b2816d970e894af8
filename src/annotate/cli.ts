import path from 'node:path';
import type { Locale } from '../engine/types.js';
import type { FileResult } from '../linter/types.js';
import { annotateArgument, writeAnnotatedCopies } from './write.js';

export { annotateArgument };

/**
 * The CLI's --annotate step, after the report is printed: write the copies and say on stderr what
 * was written (stdout may hold JSON or SARIF). Returns false when a linted file got no copy.
 */
export async function annotateForCli(
  results: FileResult[],
  options: { dir?: string; cwd: string; locale: Locale; ui?: Locale; rulesMeta: Record<string, { description: { zh: string; en: string } }> },
  stderr: (s: string) => void,
): Promise<boolean> {
  const { locale, cwd } = options;
  // comments in the messages' language; what the CLI says about the copies in its own
  const ui = options.ui ?? locale;
  const outcome = await writeAnnotatedCopies(results, {
    cwd,
    dir: options.dir,
    locale,
    describe: (id) => options.rulesMeta[id]?.description[locale],
  });
  for (const w of outcome.written) {
    const shown = path.relative(cwd, w.output) || w.output;
    stderr(ui === 'en' ? `fzlint: wrote ${shown} (${w.comments} comments)\n` : `fzlint: 已写入批注版 ${shown}（${w.comments} 条批注）\n`);
  }
  for (const e of outcome.errors) stderr(`fzlint: ${e}\n`);
  return outcome.errors.length === 0;
}
