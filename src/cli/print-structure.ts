import type { Locale } from '../engine/types.js';
import type { Linter } from '../linter/linter.js';
import { printStructure } from '../model/structure-summary.js';

/**
 * `fzlint --print-structure FILE`: the outline as the model reads it — the part of each section and why,
 * the report year and where it came from, the plan year — so a person can see what the structure rules saw.
 */
/** What the command writes to (the CLI's io, without importing the CLI: no cycle). */
interface Out {
  stdout(s: string): void;
  stderr(s: string): void;
}

export async function printStructureCommand(linter: Linter, file: string, locale: Locale | undefined, io: Out): Promise<number> {
  const [result] = await linter.lintFiles([file]);
  if (!result || result.fileError || !result.report) {
    io.stderr(`fzlint: ${file}: ${result?.fileError ?? '无法读取该文件'}\n`);
    return 2;
  }
  io.stdout(printStructure(result.report, locale ?? 'zh'));
  return 0;
}
