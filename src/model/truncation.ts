import type { Block, DateMention, Section, Truncation } from './types.js';

/**
 * A text that stops in the middle of a sentence: the openings that sites, search results and collections keep
 * (「…以“加强法治政府建设 打造人民」, 「…制定了《增」, 「…全区59」). What comes after the cut is unknown, so the rules that
 * judge the whole report (a missing part, a missing plan, a mark opened and never closed in the last sentence) cannot
 * be sure and say so once, at info, instead of reporting absences.
 */
export type { Truncation };

/** Marks that end a sentence (a half-width full stop only after a non-digit: 「99.」 is a figure cut short). */
const FINAL = /(?:[。！？!?…]|[^\d]\.)$/;
/** Marks after which a sentence must go on: a text that ends on one was cut. */
const OPEN = /[，,、；;：:“‘《（(【〔]$/;
/** The 版记 and page furniture of a complete document: 「…2024年2月7日印发」, 「抄送：…」, 「附件：…」, an ICP/文号 number; a table row (cells split by tabs or |). */
const CLOSING = /(?:印发|发布|制发|号(?:-\d+)?)$|^(?:抄送|主送|发送|印发|联系人|联系电话|附件)|\t|^\s*\|/;
/** A signature (…人民政府, …办事处, …局) as the last line. */
const SIGNATURE = /^[^，,。；;：:]{2,40}(?:政府|办事处|局|委员会|委|办公室|办|厅|部|院|署|所|中心|管委会|公司|党组|党委)$/;
/** A page number left by a PDF (「-1-」, 「— 3 —」, 「第2页 共5页」, 「2/5」): not text. */
const PAGE_NUMBER = /^[\s\-—－–−·•\d０-９第页共/]*$/;
/** A numbering marker alone: （二）, 2., 三、 — the heading it opens is cut away. */
const MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])$/;
/** A single line shorter than this is a snippet, never a cut document. */
const SNIPPET = 20;
/** Words that close a document without a full stop. */
const CLOSING_WORDS = /^(?:特此报告|特此汇报|此致|敬礼|无|[（(]?完[）)]?)$/;

/**
 * Where the text stops mid-sentence, if it does: its last block of report text (not page furniture, not a table
 * cell) ends on a character of text (a word, a figure: 「…组建」, 「…制定了《增」, 「…全区59」), on a mark that must be
 * followed (，、：“《), on a numbering marker alone, or is a numbered heading with nothing under it (not part 5's, which
 * is often left empty). Complete: a sentence's final mark, a closing quote or bracket, a signature or date (also joined
 * to the line above by a soft break), 版记 and contact lines, 特此报告, 无.
 */
export function findTruncation(
  body: readonly Block[],
  sections: readonly Section[],
  partsAt: (offset: number) => readonly number[],
  dates: readonly DateMention[],
  toSource: (b: Block, i: number) => number,
): Truncation | undefined {
  let last: Block | undefined;
  for (let i = body.length - 1; i >= 0; i--) {
    const t = body[i].text.trim();
    if (t && !PAGE_NUMBER.test(t)) {
      last = body[i];
      break;
    }
  }
  if (!last || last.node.type === 'tableCell') return undefined;
  const text = last.text.trimEnd();
  // a text of one short line is a snippet (a test case, a line typed in an editor), not a document cut short
  if (text.trim().length < SNIPPET && !body.some((b) => b !== last && b.text.trim())) return undefined;
  if (FINAL.test(text)) return undefined;
  // the signature and date, also when a soft line break joined them into one block with the line above
  const lastLine = text.slice(text.lastIndexOf('\n') + 1).trim();
  // (the closing date the model read: 2025年2月11日, 二〇二五年二月十一日, a month alone, full-width digits)
  if (dates.some((d) => d.source === 'closing line' && d.start >= last.start && d.start < last.end)) return undefined;
  if (SIGNATURE.test(lastLine) || CLOSING.test(lastLine)) return undefined;
  if (CLOSING_WORDS.test(lastLine)) return undefined;
  // a numbered heading with nothing after it (「二、存在的问题」 as the last line): its section was cut away — but not
  // part 5's, which is often left empty (「五、其他需要报告的情况」 closing a whole report)
  const isHeading = sections.some((s) => s.block === last.index && !s.inline);
  if (isHeading && partsAt(last.start).includes(5)) return undefined;
  const cut = OPEN.test(text) || MARKER.test(text.trim()) || isHeading || /[\p{L}\p{N}%]$/u.test(text);
  if (!cut) return undefined;
  const end = toSource(last, text.length);
  return { start: end, end, text: text.slice(-12), block: last.index };
}
