import type { Fix } from './types.js';
import { packedEditsOf } from './lazy-fix.js';

/**
 * A fix never takes a line break away (or the blanks that indent the next line) unless its own text has one.
 * Where the model reads across a line break — a line of a PDF copy continued on the next (parse/hard-wrap.ts),
 * a soft break inside Chinese text in Markdown — a span that ends with the last character of a line maps its end
 * to the first character of the next one, and an edit of that span would swallow the break between:
 * 「,\n一」 → 「，一」. Each edit is trimmed back to the line it belongs to; an edit with a line break still inside
 * (a replaced title spread over two lines) cannot be applied without joining them, and its fix is withheld (the
 * message stays). Edits without a line break in their range, nearly all of them, are left as they are.
 */
export function guardFix(text: string, edits: Fix[]): Fix[] | undefined {
  let out: Fix[] | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    const range = guardRange(text, e.start, e.end, e.text);
    if (!range) return undefined;
    if (range[0] !== e.start || range[1] !== e.end) {
      out ??= edits.slice();
      out[i] = { start: range[0], end: range[1], text: e.text };
    }
  }
  return out ?? edits;
}

/** guardFix over packed edits (a lazy fix made by packedFix), in place; false when an edit cannot be kept. */
export function guardPacked(text: string, message: object): boolean {
  const packed = packedEditsOf(message);
  if (!packed) return true;
  const { offsets, texts } = packed;
  for (let i = 0; i < offsets.length; i += 2) {
    // nearly every edit (one per half-width comma of a report) has no line break in or at its range: left as it
    // is without the pair guardRange returns or its replacement read as a string
    if (plainRange(text, offsets[i], offsets[i + 1])) continue;
    const range = guardRange(text, offsets[i], offsets[i + 1], texts[i / 2]);
    if (!range) return false;
    offsets[i] = range[0];
    offsets[i + 1] = range[1];
  }
  return true;
}

function guardRange(text: string, start: number, end: number, replacement: string): [number, number] | undefined {
  // an end between the \r and the \n of a CRLF would split it into two line breaks: it moves before the \r
  if (insideCrlf(text, start)) start--;
  if (insideCrlf(text, end)) end--;
  if (end < start) end = start;
  let first = -1;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      first = k;
      break;
    }
  }
  if (first === -1 || replacement.includes('\n') || replacement.includes('\r')) return [start, end];
  // the break and what follows it to the end are blanks: the edit ends where its line ends
  let onlyBlanks = true;
  for (let k = first; k < end && onlyBlanks; k++) onlyBlanks = isBreakOrBlank(text.charCodeAt(k));
  if (onlyBlanks) return [start, first];
  // the start up to the last break is blanks: the edit starts where the next line's text starts
  let last = end - 1;
  while (last >= start && !(text.charCodeAt(last) === 10 || text.charCodeAt(last) === 13)) last--;
  let leading = true;
  for (let k = start; k <= last && leading; k++) leading = isBreakOrBlank(text.charCodeAt(k));
  if (leading) {
    let s = last + 1;
    while (s < end && isBreakOrBlank(text.charCodeAt(s))) s++;
    return [s, end];
  }
  return undefined;
}

/** A range guardRange returns unchanged whatever its replacement: no line break in it, neither end inside a CRLF. */
function plainRange(text: string, start: number, end: number): boolean {
  if (end < start || insideCrlf(text, start) || insideCrlf(text, end)) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

function insideCrlf(text: string, k: number): boolean {
  return k > 0 && k < text.length && text.charCodeAt(k - 1) === 13 && text.charCodeAt(k) === 10;
}

function isBreakOrBlank(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003;
}
