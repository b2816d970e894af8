/**
 * Display width in a fixed-width view (a terminal, a PDF viewer's copied lines): CJK and full-width forms take two
 * columns. One table for the stylish formatter's columns, the PDF copy's line widths (hard-wrap.ts) and the model's
 * reading of a soft line break inside Chinese text (blocks.ts).
 */
export function isWideCodePoint(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** Columns `s` (or its part from `start` to `end`) takes; control characters and combining marks take none. */
export function displayWidth(s: string, start = 0, end = s.length): number {
  let w = 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) c = s.codePointAt(i++)!;
    if (c < 0x20 || (c >= 0x300 && c <= 0x36f)) continue;
    w += isWideCodePoint(c) ? 2 : 1;
  }
  return w;
}
