import type { Block, Span } from './types.js';

/** A title line: short, no sentence end, and it names what a report is. */
const TITLE_WORDS = /报告|年度|工作总结|法治政府|依法行政|情况/;

export function looksLikeTitle(b: Block): boolean {
  if (b.kind === 'heading' && b.depth === 1) return true;
  const t = b.text.trim();
  if (t.length > 80 || /[。；;]$/.test(t) || /^[（(]?[一二三四五六七八九十\d]+[）)、.．]/.test(t)) return false;
  if (/[。!?！？]/.test(t.slice(0, -1))) return false;
  return TITLE_WORDS.test(t);
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/** The report year from the title: 2023年度, 2023年, 关于2023年度…的报告. */
export function yearFromTitle(title: string): { year: number; index: number; length: number } | undefined {
  const m = YEAR.exec(title);
  if (!m) return undefined;
  return { year: Number(m[1]), index: m.index, length: m[1].length };
}

/** The opening paragraph usually starts with the year reported on: “2023年,在…”. */
export function yearFromOpening(text: string): { year: number; index: number; length: number } | undefined {
  // a look-back phrase such as 2023年以来 still names the year; 2024年3月 (a date) does not
  const re = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
  const m = re.exec(text);
  if (!m) return undefined;
  return { year: Number(m[1]), index: m.index, length: m[1].length };
}

/** The issuing body: the title's words before the year or 关于 (叶城县2023年度… → 叶城县). */
export function bodyFromTitle(title: string): string | undefined {
  const m = /^(.{2,40}?)(?:关于)?(?:(?:19|20)\d{2}\s*年|法治政府)/.exec(title.trim());
  if (!m) return undefined;
  const body = m[1].replace(/关于$/, '').replace(/[\s,，:：]+$/, '');
  return body.length >= 2 ? body : undefined;
}

export function spanOf(start: number, end: number): Span {
  return { start, end };
}
