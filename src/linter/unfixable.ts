import path from 'node:path';
import { formatOf } from '../parse/index.js';
import { isFixableFile } from './fix.js';
import type { FileResult } from './types.js';

/**
 * --fix writes only .txt and .md files, whose text is the file itself. A file in another format
 * with findings --fix could correct is named, with the reason, so nobody believes it was fixed.
 */
export interface Unfixable {
  filePath: string;
  /** Findings that carry a fix. */
  count: number;
  reason: { zh: string; en: string };
}

function reasonFor(r: FileResult): { zh: string; en: string } {
  const lineUnit = r.lineUnit;
  if (lineUnit === 'page') return { zh: 'PDF 是版式文件，fzlint 不改写', en: 'a PDF is a fixed layout; fzlint does not rewrite it' };
  const format = formatOf(r.filePath);
  if (lineUnit === 'paragraph' || format === 'docx' || format === 'doc') {
    return { zh: 'Word/WPS 文档不改写，请在 Word 或 WPS 中修改', en: 'Word and WPS documents are not rewritten; edit it in Word or WPS' };
  }
  if (format === 'html') return { zh: '网页不改写（改动会落在网页标记中），请在原稿中修改', en: 'web pages are not rewritten (edits would land in the markup); edit the original' };
  return { zh: '只改写 .txt 和 .md 文件', en: 'only .txt and .md files are rewritten' };
}

export function unfixableFiles(results: readonly FileResult[]): Unfixable[] {
  const out: Unfixable[] = [];
  for (const r of results) {
    if (r.fileError || isFixableFile(r.filePath)) continue;
    const count = r.messages.filter((m) => m.fix?.length).length;
    if (count) out.push({ filePath: r.filePath, count, reason: reasonFor(r) });
  }
  return out;
}

/** The stderr lines for --fix: one per file it could not write. */
export function unfixableNotice(list: readonly Unfixable[], cwd: string, locale: 'zh' | 'en'): string {
  return list
    .map((u) => {
      const name = path.relative(cwd, u.filePath) || u.filePath;
      return locale === 'zh'
        ? `fzlint: 未修正 ${name}：${u.reason.zh}（${u.count} 处可修正的问题）\n`
        : `fzlint: not fixed ${name}: ${u.reason.en} (${u.count} fixable findings)\n`;
    })
    .join('');
}
