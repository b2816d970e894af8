import type { Root, Paragraph, Text } from 'mdast';
import { joinHardWraps } from './hard-wrap.js';

/**
 * Plain text → mdast. Reports written as plain text put one paragraph (or one
 * heading) per line, so every non-blank line becomes a paragraph — except in text broken at one width
 * (copied out of a PDF), where a line cut mid-sentence continues on the next (hard-wrap.ts). Positions are
 * exact: offsets are UTF-16 code units, lines and columns 1-based.
 * Leading indentation (spaces, U+2002, U+3000, tabs) is outside the node.
 */
/**
 * A blank at a line's ends: String#trim's whitespace except the line breaks \n and \r (a line of only U+2028 or a BOM is
 * empty). The model's isSpaceCode is this and the two line breaks.
 */
export function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 32 || c === 9 || c === 11 || c === 12;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function parseText(text: string): Root {
  const children: Paragraph[] = [];
  let offset = 0;
  let line = 1;
  const n = text.length;
  // without a \r anywhere, a line ends at the next \n: found by indexOf, not a loop over every character
  const lfOnly = !text.includes('\r');
  while (offset <= n) {
    let eol = offset;
    if (lfOnly) {
      eol = text.indexOf('\n', offset);
      if (eol === -1) eol = n;
    } else while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    // the line's text without its leading and trailing blanks: scans from both ends (a regex for the
    // trailing run retries at every blank of a long inner run, quadratic), no copy of the line
    let s = offset;
    while (s < eol && isBlank(text.charCodeAt(s))) s++;
    if (s < eol) {
      let e = eol;
      while (isBlank(text.charCodeAt(e - 1))) e--;
      const value = text.slice(s, e);
      // the paragraph and its text node each own their position: parse/hard-wrap.ts extends a paragraph's end alone
      const node: Text = { type: 'text', value, position: { start: { line, column: s - offset + 1, offset: s }, end: { line, column: e - offset + 1, offset: e } } };
      children.push({ type: 'paragraph', children: [node], position: { start: { line, column: s - offset + 1, offset: s }, end: { line, column: e - offset + 1, offset: e } } });
    }
    if (eol >= n) break; // offset: where the last line starts, line: its number
    // CRLF counts as one line break
    offset = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    line++;
  }
  return {
    type: 'root',
    // text copied out of a PDF: lines broken at one width are continued (hard-wrap.ts)
    children: joinHardWraps(text, children),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: n - offset + 1, offset: n },
    },
  };
}
