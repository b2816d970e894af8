import type { Root, Paragraph, Text } from 'mdast';

/**
 * Plain text → mdast. Reports written as plain text put one paragraph (or one
 * heading) per line, so every non-blank line becomes a paragraph. Positions are
 * exact: offsets are UTF-16 code units, lines and columns 1-based.
 * Leading indentation (spaces, U+2002, U+3000, tabs) is outside the node.
 */
const INDENT = /^[ \t\u2002\u2003\u3000\u00a0]+/;
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x2002 || c === 0x2003 || c === 0x3000 || c === 0xa0;
}

function trailingBlanks(s: string): number {
  let i = s.length;
  while (i > 0 && isBlank(s.charCodeAt(i - 1))) i--;
  return s.length - i;
}

export function parseText(text: string): Root {
  const children: Paragraph[] = [];
  let offset = 0;
  let line = 1;
  const n = text.length;
  while (offset <= n) {
    let eol = offset;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const raw = text.slice(offset, eol);
    const lead = INDENT.exec(raw)?.[0].length ?? 0;
    // a backward scan, not /[…]+$/: that regex retries at every blank of a long inner run (quadratic)
    const trail = lead === raw.length ? 0 : trailingBlanks(raw);
    if (lead < raw.length) {
      const start = { line, column: lead + 1, offset: offset + lead };
      const end = { line, column: raw.length - trail + 1, offset: eol - trail };
      const value = raw.slice(lead, raw.length - trail);
      const node: Text = { type: 'text', value, position: { start, end } };
      children.push({ type: 'paragraph', children: [node], position: { start: { ...start }, end: { ...end } } });
    }
    if (eol >= n) break;
    // CRLF counts as one line break
    offset = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    line++;
  }
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: endPoint(text),
    },
  };
}

function endPoint(text: string) {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: text.length - lastBreak, offset: text.length };
}
