import type { Block, Span } from './types.js';

/**
 * Titles in 书名号 (GB/T 15834-2011 §4.15): 《…》 names a law, document, book,
 * periodical or article. A title inside a title takes 〈〉; published texts
 * often print <> instead, and some nest 《》 in 《》 outright.
 */
export type NestedBracket = '〈〉' | '<>' | '《》';

export interface NestedTitle extends Span {
  /** Inner text as written, without its brackets. */
  text: string;
  /** Source span of `text`. */
  inner: Span;
  bracket: NestedBracket;
}

export interface Title extends Span {
  /** Inner text as written, without 《 and 》 (nested titles keep their brackets). */
  text: string;
  /** Source span of `text`; `start`/`end` cover the brackets too. */
  inner: Span;
  /** Index of the block holding the title. */
  block: number;
  /** Titles nested inside this one, in order. */
  nested: NestedTitle[];
}

/** The nested bracket a character opens: 〈, < or 《 (by code: no one-character string per character looked at). */
function opens(c: number): NestedBracket | undefined {
  return c === 0x3008 ? '〈〉' : c === 0x3c ? '<>' : c === 0x300a ? '《》' : undefined;
}

/** The nested bracket a character closes: 〉, > or 》. */
function closes(c: number): NestedBracket | undefined {
  return c === 0x3009 ? '〈〉' : c === 0x3e ? '<>' : c === 0x300b ? '《》' : undefined;
}
/** An opening bracket of a nested title. */
const NESTED_OPEN = /[〈<《]/;
/** How far back a closing 〉 or > looks for its opening bracket past brackets of other kinds. */
const MAX_SKIP = 8;

type ToSource = (b: Block, i: number) => number;

/**
 * Every closed 《…》 in the given blocks, in document order. A 《 that does not
 * close within its paragraph is not a title (no-unpaired-punctuation reports it),
 * but a pair inside it still is. Linear in the text: one pass with a stack.
 */
export function findTitles(blocks: readonly Block[], toSource: ToSource): Title[] {
  const out: Title[] = [];
  for (const b of blocks) {
    const t = b.text;
    let open = t.indexOf('《');
    if (open === -1) continue;
    // matched 《…》 pairs as [open, close] text offsets, found in closing order
    const pairs: [number, number][] = [];
    const stack: number[] = [];
    // the next 《, 》 and paragraph break inside the block (\n\n, which empties the stack), each found by indexOf:
    // only these characters matter, and nothing after the last 《 once the stack is empty
    let close = t.indexOf('》', open);
    let paragraph = t.indexOf('\n\n', open);
    while (open !== -1 || (stack.length && close !== -1)) {
      if (open !== -1 && (close === -1 || open < close) && (paragraph === -1 || open < paragraph)) {
        stack.push(open);
        open = t.indexOf('《', open + 1);
      } else if (close !== -1 && (paragraph === -1 || close < paragraph)) {
        if (stack.length) pairs.push([stack.pop()!, close]);
        close = t.indexOf('》', close + 1);
      } else {
        stack.length = 0;
        paragraph = t.indexOf('\n\n', paragraph + 1);
      }
    }
    pairs.sort((x, y) => x[0] - y[0]);
    // pairs nest properly: a pair opening before the current outer one closes lies inside it
    let end = -1;
    for (const [open, close] of pairs) {
      if (open < end) continue;
      end = close;
      const text = t.slice(open + 1, close);
      out.push({
        start: toSource(b, open),
        end: toSource(b, close + 1),
        text,
        inner: { start: toSource(b, open + 1), end: toSource(b, close) },
        block: b.index,
        // a nested title opens with 〈, < or 《: most titles hold none, and their characters are not walked
        nested: NESTED_OPEN.test(text) ? nestedIn(b, open, close, toSource) : [],
      });
    }
  }
  return out;
}

/** Titles nested between text offsets `open` (《) and `close` (》): 〈…〉, <…> and 《…》. */
function nestedIn(b: Block, open: number, close: number, toSource: ToSource): NestedTitle[] {
  const t = b.text;
  const nested: NestedTitle[] = [];
  // open brackets: [kind, text offset of the opening char]
  const stack: [NestedBracket, number][] = [];
  for (let j = open + 1; j < close; j++) {
    const c = t.charCodeAt(j);
    const open = opens(c);
    if (open) {
      stack.push([open, j]);
      continue;
    }
    const kind = closes(c);
    if (!kind) continue;
    // close the innermost open bracket of the same kind; a stray > or 〉 is text
    let k = stack.length - 1;
    while (k >= 0 && stack.length - k <= MAX_SKIP && stack[k][0] !== kind) k--;
    if (k < 0 || stack[k][0] !== kind) continue;
    const from = stack[k][1];
    stack.length = k;
    nested.push({
      start: toSource(b, from),
      end: toSource(b, j + 1),
      text: t.slice(from + 1, j),
      inner: { start: toSource(b, from + 1), end: toSource(b, j) },
      bracket: kind,
    });
  }
  return nested.length > 1 ? nested.sort((x, y) => x.start - y.start) : nested;
}
