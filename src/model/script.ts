import { FROM, TO } from './traditional-table.js';

/**
 * Reports written in traditional characters. Many government sites offer a 繁體 version of every page, and a
 * reviewer who saves the page that opened gets 「法治政府建設」「第一責任人」「工作計劃」: the model's cues, all in
 * simplified characters, matched none of it, and a complete report drew errors for missing parts. The model reads
 * such a text through a character-for-character simplified copy (OpenCC's table, one character for one, so every
 * offset, line and column stays that of the file); a text in simplified characters is not touched.
 */

/** The part of a text looked at to decide (a page's title, metadata and opening are enough). */
const WINDOW = 1000;

let table: Uint16Array | undefined;

/**
 * One entry per UTF-16 code unit: the simplified character's code where a traditional character has one, else 0 —
 * read by a loop, not a regex (the test runs on every file), and by the copy.
 */
function simplifiedOf(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let i = 0; i < FROM.length; i++) table[FROM.charCodeAt(i)] = TO.charCodeAt(i);
  }
  return table;
}

/**
 * Whether a text is written in traditional characters: at least 10 of its first 1,000 characters, and at least one
 * Han character in 20 there, have a simplified form (a simplified report quoting a name in traditional characters has
 * a handful; a traditional page has a quarter to two fifths of its characters so).
 */
export function isTraditional(text: string): boolean {
  const t = simplifiedOf();
  const n = Math.min(text.length, WINDOW);
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (t[c] !== 0) traditional++;
  }
  return traditional >= 10 && traditional * 20 >= han;
}

/** The text with each traditional character replaced by its simplified form: same length, same offsets. */
export function toSimplified(text: string): string {
  const t = simplifiedOf();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const s = t[text.charCodeAt(i)];
    if (s === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
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
