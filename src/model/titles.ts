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

const OPEN: Record<string, NestedBracket> = { '〈': '〈〉', '<': '<>', '《': '《》' };
const CLOSE: Record<string, NestedBracket> = { '〉': '〈〉', '>': '<>', '》': '《》' };

type ToSource = (b: Block, i: number) => number;

/**
 * Every closed 《…》 in the given blocks, in document order. A 《 that does not
 * close within its block is not a title (no-unpaired-punctuation reports it).
 */
export function findTitles(blocks: readonly Block[], toSource: ToSource): Title[] {
  const out: (Title & { textEnd: number })[] = [];
  for (const b of blocks) {
    const t = b.text;
    for (let i = t.indexOf('《'); i !== -1; i = t.indexOf('《', i + 1)) {
      const title = titleAt(b, i, toSource);
      if (!title) continue;
      out.push(title);
      i = title.textEnd; // resume after the closing 》
    }
  }
  return out.map(({ textEnd: _, ...title }) => title);
}

/** The title opening at text offset `open` of block `b`, if its 》 closes in the block. */
function titleAt(b: Block, open: number, toSource: ToSource): (Title & { textEnd: number }) | undefined {
  const t = b.text;
  const nested: NestedTitle[] = [];
  // stack of open nested brackets: [bracket kind, text offset of the opening char]
  const stack: [NestedBracket, number][] = [];
  for (let j = open + 1; j < t.length; j++) {
    const c = t[j];
    if (c === '\n' && t[j + 1] === '\n') return undefined;
    if (c === '》' && !stack.some(([k]) => k === '《》')) {
      const inner = { start: toSource(b, open + 1), end: toSource(b, j) };
      return {
        start: toSource(b, open),
        end: toSource(b, j + 1),
        text: t.slice(open + 1, j),
        inner,
        block: b.index,
        nested: nested.sort((x, y) => x.start - y.start),
        textEnd: j,
      };
    }
    if (OPEN[c]) {
      stack.push([OPEN[c], j]);
    } else if (CLOSE[c]) {
      const kind = CLOSE[c];
      // close the innermost open bracket of the same kind; a stray > or 〉 is text
      let k = stack.length - 1;
      while (k >= 0 && stack[k][0] !== kind) k--;
      if (k < 0) continue;
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
  }
  return undefined;
}
