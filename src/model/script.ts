import { FROM, TO } from './traditional-table.js';

/**
 * Reports written in traditional characters. Many government sites offer a 繁體 version of every page, and a
 * reviewer who saves the page that opened gets 「法治政府建設」「第一責任人」「工作計劃」: the model's cues, all in
 * simplified characters, matched none of it, and a complete report drew errors for missing parts. The model reads
 * such a text through a character-for-character simplified copy (OpenCC's table, one character for one, so every
 * offset, line and column stays that of the file); a text in simplified characters is not touched.
 */

/** Characters that are common in traditional text and never written in simplified text: a cheap first test. */
const COMMON = /[們這個說為會國發與關過對時從當來區縣設報務黨議]/;
/** The part of a text looked at to decide (a page's title, metadata and opening are enough). */
const WINDOW = 4000;

let table: Map<number, string> | undefined;

function mapping(): Map<number, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i < FROM.length; i++) table.set(FROM.charCodeAt(i), TO[i]);
  }
  return table;
}

/**
 * Whether a text is written in traditional characters: at least 10 of the first 4,000 characters, and at least
 * one Han character in 20 there, have a simplified form (a simplified report quoting a name in traditional
 * characters has a handful; a traditional page has a quarter to two fifths of its characters so).
 */
export function isTraditional(text: string): boolean {
  const window = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  if (!COMMON.test(window)) return false;
  const t = mapping();
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (t.has(c)) traditional++;
  }
  return traditional >= 10 && traditional * 20 >= han;
}

/** The text with each traditional character replaced by its simplified form: same length, same offsets. */
export function toSimplified(text: string): string {
  const t = mapping();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const s = t.get(text.charCodeAt(i));
    if (s === undefined) continue;
    out += text.slice(from, i) + s;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether a replacement text holds a Han character: a fix offered on a traditional text must not write one. */
export function writesHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}
