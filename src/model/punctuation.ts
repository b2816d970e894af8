import type { Block, Span } from './types.js';
import { matchNumbering } from './outline.js';

/**
 * Punctuation facts (GB/T 15834-2011 《标点符号用法》) shared by the
 * punctuation rules: which quote and bracket marks pair up in each paragraph,
 * which do not, and which half-width marks sit in Chinese text.
 */
export type PairFamily = 'double-quote' | 'single-quote' | 'title' | 'paren' | 'lenticular';

export interface PunctPair {
  family: PairFamily;
  /** Source spans of the opening and the closing mark (one character each). */
  open: Span;
  close: Span;
  openChar: string;
  closeChar: string;
  /** Block of the opening mark. */
  block: number;
  /** Block of the closing mark: the next line when a hard-wrapped paragraph carries the pair over. */
  closeBlock: number;
}

export type PairFaultKind =
  /** an opening mark with no closing mark in its paragraph */
  | 'unclosed'
  /** a closing mark with no opening mark before it */
  | 'unopened'
  /** a quote opened while the same quote is open (“三个聚焦“): Chinese nests “‘’”, never ““ */
  | 'openedTwice';

export interface PairFault extends Span {
  kind: PairFaultKind;
  family: PairFamily;
  /** The mark as written. */
  char: string;
  /** The mark that is missing (the closer of an unclosed opener, the opener of a stray closer). */
  counterpart: string;
  block: number;
  /** For openedTwice: the opening mark that was still open. */
  previous?: Span;
  /** For openedTwice: the rest of the paragraph reads as if this mark was meant to close the quote (“三个聚焦“). */
  closes?: boolean;
}

/** A half-width , ; : ? ! ( ) written in Chinese text, where GB/T 15834 wants the full-width form. */
export interface HalfWidthMark extends Span {
  char: string;
  /** The full-width form: ， ； ： ？ ！ （ ）. */
  full: string;
  block: number;
  /** The text to replace (the mark with any ASCII spaces around it); `start`/`end` cover the mark only. */
  edit: Span;
  /** For ( and ): the bracket pair it belongs to. */
  pair?: PunctPair;
}

/** An ellipsis written “...”, “......” or “。。。” in Chinese text, where GB/T 15834 wants “……”. */
export interface WrongEllipsis extends Span {
  text: string;
  block: number;
}

export interface PunctuationModel {
  /** Quote and bracket pairs, in order of their opening marks. */
  pairs: PunctPair[];
  faults: PairFault[];
  halfWidth: HalfWidthMark[];
  ellipses: WrongEllipsis[];
  /** Number of full-width commas (，) in the report text. */
  fullWidthCommas: number;
  /**
   * No full-width comma at all, yet half-width commas between Chinese
   * characters: a copy whose punctuation was NFKC-normalised (，→ , ；→ ; （→ ( …).
   */
  normalised: boolean;
}

const OPENERS: Record<string, PairFamily> = {
  '“': 'double-quote',
  '‘': 'single-quote',
  '《': 'title',
  '（': 'paren',
  '(': 'paren',
  '【': 'lenticular',
};
const CLOSERS: Record<string, PairFamily> = {
  '”': 'double-quote',
  '’': 'single-quote',
  '》': 'title',
  '）': 'paren',
  ')': 'paren',
  '】': 'lenticular',
};
const COUNTERPART: Record<string, string> = {
  '“': '”', '”': '“', '‘': '’', '’': '‘', '《': '》', '》': '《',
  '（': '）', '）': '（', '(': ')', ')': '(', '【': '】', '】': '【',
};
/** Quotes do not nest in themselves: an inner quotation takes the other kind. */
const NO_SELF_NESTING = new Set<PairFamily>(['double-quote', 'single-quote']);

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** The characters the scan stops at, by UTF-16 code. */
const MARKS = new Uint8Array(0x10000);
for (const ch of [...Object.keys(OPENERS), ...Object.keys(CLOSERS), ...Object.keys(HALF_TO_FULL), '，']) MARKS[ch.charCodeAt(0)] = 1;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ELLIPSIS = /\.{3,}|。{3,}/g;
const FW_MARK = /[，。；：？！、“”‘’《》（）【】〈〉…—]/;
const FW_OPEN = new Set([...'“‘《（【「『〈〔']);
const FW_CLOSE = new Set([...'”’》）】」』〉〕']);
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const SPACE = ' ';

export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
/** The same ranges as CJK, by UTF-16 code (no string made per character). */
const isCjkCode = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** “1)” “a)” “一)” opening a paragraph or a clause: a list marker, not half of a pair. */
function listMarkerBefore(t: string, i: number): boolean {
  let j = i - 1;
  const labelEnd = j;
  if (/[0-9]/.test(t[j] ?? '')) {
    while (j >= 0 && labelEnd - j < 2 && /[0-9]/.test(t[j])) j--;
  } else if (/[一二三四五六七八九十]/.test(t[j] ?? '')) {
    while (j >= 0 && labelEnd - j < 3 && /[一二三四五六七八九十]/.test(t[j])) j--;
  } else if (LATIN.test(t[j] ?? '')) {
    j--;
  } else {
    return false;
  }
  while (j >= 0 && /\s/.test(t[j])) j--;
  return j < 0 || /[。；;：:！？!?]/.test(t[j]);
}

/** The marks that end a sentence (or a clause before a list) at the end of a line. */
const SENTENCE_END_MARKS = new Set([...'。！？；!?;：:']);

/** The line ends with a sentence mark, white space after it allowed (as /[。！？；!?;：:]\s*$/, without scanning the line). */
export function endsSentence(t: string): boolean {
  let j = t.length - 1;
  while (j >= 0 && WHITE.has(t.charCodeAt(j))) j--;
  return j >= 0 && SENTENCE_END_MARKS.has(t[j]);
}

/** The code units JavaScript's \s matches (WhiteSpace and LineTerminator). */
const WHITE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

interface Open {
  char: string;
  family: PairFamily;
  i: number;
  block: Block;
}

type ToSource = (b: Block, i: number) => number;

/**
 * One pass over the report text (title and body, not page furniture).
 * Pairs close within their paragraph; a plain-text line that a hard wrap
 * broke mid-sentence may carry an open pair to the next line.
 */
export function analysePunctuation(text: string, blocks: readonly Block[], toSource: ToSource): PunctuationModel {
  const pairs: PunctPair[] = [];
  const faults: PairFault[] = [];
  const halfWidth: HalfWidthMark[] = [];
  const ellipses: WrongEllipsis[] = [];
  let fullWidthCommas = 0;
  // one character: where the source has it as is, it ends one further (a mark that ends an HTML text node,
  // as LibreOffice writes each run of Latin punctuation in its own <font>, must not reach over the markup after it)
  const span = (b: Block, i: number): Span => {
    const start = toSource(b, i);
    return { start, end: text[start] === b.text[i] ? start + 1 : toSource(b, i + 1) };
  };
  // a mark maps back only where the block text is the source text (not inside an escape)
  const exact = (b: Block, i: number): boolean => {
    const s = span(b, i);
    return s.end - s.start === 1 && text[s.start] === b.text[i];
  };

  let carried: Open[] = [];
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const t = b.text;
    const stacks = new Map<PairFamily, Open[]>();
    const stackOf = (f: PairFamily): Open[] => {
      let s = stacks.get(f);
      if (!s) stacks.set(f, (s = []));
      return s;
    };
    for (const o of carried) stackOf(o.family).push(o);
    const fromBefore = new Set(carried);
    // closers minus openers of a quote from each offset to the end of the paragraph, counted once when needed
    const suffix = new Map<PairFamily, Int32Array>();
    const surplus = (family: PairFamily, open: string, i: number): number => {
      let s = suffix.get(family);
      if (!s) {
        s = new Int32Array(t.length + 1);
        for (let k = t.length - 1; k >= 0; k--) s[k] = s[k + 1] + (t[k] === COUNTERPART[open] ? 1 : t[k] === open ? -1 : 0);
        suffix.set(family, s);
      }
      return s[i + 1];
    };
    const parenPairs: { pair: PunctPair; open: number; close: number }[] = [];

    for (let i = 0; i < t.length; i++) {
      // most characters are none of ours: skip them without making a string
      if (!MARKS[t.charCodeAt(i)]) continue;
      const ch = t[i];
      if (ch === '，') fullWidthCommas++;
      const openFamily = OPENERS[ch];
      const closeFamily = CLOSERS[ch];
      if ((ch === '‘' || ch === '’') && LATIN.test(t[i - 1] ?? '') && LATIN.test(t[i + 1] ?? '')) continue; // an apostrophe
      if (openFamily) {
        const stack = stackOf(openFamily);
        const other = openFamily === 'double-quote' ? stacks.get('single-quote') : stacks.get('double-quote');
        const top = stack[stack.length - 1];
        // a third level alternates again: “‘“”’” (the other quote opened inside this one)
        const inner = other?.[other.length - 1];
        const nestsInOther = !!top && !!inner && (inner.block.index > top.block.index || (inner.block === top.block && inner.i > top.i));
        if (NO_SELF_NESTING.has(openFamily) && top && !nestsInOther) {
          // Was this mark meant to close the open quote, or to open a new one
          // after a missing closer? The rest of the paragraph decides.
          const closes = surplus(openFamily, ch, i) <= 0;
          faults.push({ kind: 'openedTwice', family: openFamily, char: ch, counterpart: COUNTERPART[ch], block: b.index, ...span(b, i), previous: span(top.block, top.i), closes });
          stack.pop();
          if (!closes) stack.push({ char: ch, family: openFamily, i, block: b });
          continue;
        }
        stack.push({ char: ch, family: openFamily, i, block: b });
      } else if (closeFamily) {
        const stack = stackOf(closeFamily);
        const top = stack.pop();
        if (!top) {
          if ((ch === ')' || ch === '）') && listMarkerBefore(t, i)) continue;
          faults.push({ kind: 'unopened', family: closeFamily, char: ch, counterpart: COUNTERPART[ch], block: b.index, ...span(b, i) });
          continue;
        }
        const pair: PunctPair = {
          family: closeFamily,
          open: span(top.block, top.i),
          close: span(b, i),
          openChar: top.char,
          closeChar: ch,
          block: top.block.index,
          closeBlock: b.index,
        };
        pairs.push(pair);
        if (closeFamily === 'paren' && top.block === b) parenPairs.push({ pair, open: top.i, close: i });
      } else if (ch in HALF_TO_FULL) {
        const m = halfWidthAt(t, i);
        if (m && exact(b, i)) halfWidth.push({ char: ch, full: HALF_TO_FULL[ch], block: b.index, ...span(b, i), edit: { start: toSource(b, m.from), end: toSource(b, m.to) } });
      }
    }

    // Half-width brackets around or beside Chinese text: (党组) → （党组）
    let cjkBefore: Int32Array | undefined; // Chinese characters before each offset, for nested brackets in linear time
    const cjkWithin = (from: number, to: number): boolean => {
      // a short bracket (the usual case) is scanned directly; many long ones share the prefix counts
      if (to - from <= 64 && !cjkBefore) {
        for (let k = from; k < to; k++) if (isCjkCode(t.charCodeAt(k))) return true;
        return false;
      }
      if (!cjkBefore) {
        cjkBefore = new Int32Array(t.length + 1);
        for (let k = 0; k < t.length; k++) cjkBefore[k + 1] = cjkBefore[k] + (isCjkCode(t.charCodeAt(k)) ? 1 : 0);
      }
      return cjkBefore[to] - cjkBefore[from] > 0;
    };
    for (const { pair, open, close } of parenPairs) {
      // （…) or (…）: the other half is already full-width, so this is Chinese text
      const mixed = (pair.openChar === '（') !== (pair.closeChar === '）');
      // PDCA(Plan-Do-Check-Act)方法: a Latin word's own parenthesis stays half-width
      const before = t[open - 1];
      const chinese =
        mixed ||
        cjkWithin(open + 1, close) ||
        isCjk(before) ||
        FW_CLOSE.has(before) ||
        (isCjk(t[close + 1]) && !LATIN.test(before ?? '') && !DIGIT.test(before ?? ''));
      if (!chinese) continue;
      for (const [i, ch] of [[open, pair.openChar], [close, pair.closeChar]] as [number, string][]) {
        if (ch in HALF_TO_FULL && exact(b, i)) halfWidth.push({ char: ch, full: HALF_TO_FULL[ch], block: b.index, ...span(b, i), edit: span(b, i), pair });
      }
    }

    // 省略号 written with dots or 。: not a dot leader before a page number (目录......3)
    ELLIPSIS.lastIndex = 0;
    for (let m = ELLIPSIS.exec(t); m; m = ELLIPSIS.exec(t)) {
      const before = t[m.index - 1];
      const after = t[m.index + m[0].length];
      const chinese = isCjk(before) || FW_MARK.test(before ?? '') || isCjk(after) || FW_MARK.test(after ?? '');
      if (!chinese || (after !== undefined && DIGIT.test(after))) continue;
      const start = toSource(b, m.index);
      const end = toSource(b, m.index + m[0].length);
      if (text.slice(start, end) === m[0]) ellipses.push({ start, end, text: m[0], block: b.index });
    }

    // Whatever is still open: carry it over a hard-wrapped line once, else it is unclosed
    const next = blocks[bi + 1];
    const open = [...stacks.values()].flat();
    const carry = next && continuesOnNextLine(text, b, next);
    carried = [];
    for (const o of open) {
      if (carry && !fromBefore.has(o)) carried.push(o);
      else if (!quoteContinuesParagraph(o, next)) {
        faults.push({ kind: 'unclosed', family: o.family, char: o.char, counterpart: COUNTERPART[o.char], block: o.block.index, ...span(o.block, o.i) });
      }
    }
  }
  halfWidth.sort((a, b) => a.start - b.start);
  pairs.sort((a, b) => a.open.start - b.open.start);
  faults.sort((a, b) => a.start - b.start);
  return {
    pairs,
    faults,
    halfWidth,
    ellipses,
    fullWidthCommas,
    normalised: fullWidthCommas === 0 && halfWidth.some((m) => m.char === ','),
  };
}

/**
 * Is the half-width mark at t[i] in Chinese text? Its neighbours (ASCII
 * spaces skipped) must be Chinese characters or full-width brackets; a digit
 * may stand on one side (2023年,12月 / 达100%,较) but never on both (1,234 · 8:30).
 * Returns the text range to replace (the mark and the spaces around it).
 */
function halfWidthAt(t: string, i: number): { from: number; to: number } | undefined {
  const ch = t[i];
  if (ch === '(' || ch === ')') return undefined; // brackets go by pairs
  let l = i - 1;
  while (l >= 0 && t[l] === SPACE) l--;
  let r = i + 1;
  while (r < t.length && t[r] === SPACE) r++;
  const L = t[l];
  const R = t[r];
  // a half-width bracket beside Chinese text is itself converted: (村),发挥 → （村），发挥
  const chineseLeft = isCjk(L) || FW_CLOSE.has(L) || (L === ')' && isCjk(R));
  const chineseRight = isCjk(R) || FW_OPEN.has(R) || (R === '(' && isCjk(L));
  const numberLeft = L !== undefined && /[0-9%‰]/.test(L);
  const numberRight = R !== undefined && DIGIT.test(R) && ch !== '?' && ch !== '!';
  const ok = (chineseLeft && (chineseRight || numberRight || R === undefined)) || (numberLeft && chineseRight);
  if (!ok) return undefined;
  if (ch === ':' && t.startsWith('//', i + 1)) return undefined; // a URL scheme
  return { from: l + 1, to: r };
}

const BLANK = /^[ \t\u2002\u2003\u3000\u00a0]*\r?\n[ \t\u2002\u2003\u3000\u00a0]*$/;

/** The next block is the next line of the same hard-wrapped paragraph. */
function continuesOnNextLine(text: string, b: Block, next: Block): boolean {
  return (
    b.kind === 'paragraph' &&
    next.kind === 'paragraph' &&
    !endsSentence(b.text) &&
    !matchNumbering(next.text) &&
    BLANK.test(text.slice(b.end, next.start))
  );
}

/**
 * A quotation running over several paragraphs opens each paragraph with “ and
 * closes only at its end (GB/T 15834 §4.9.3.4): an opener at the very start
 * of a paragraph followed by a paragraph that opens with the same mark.
 */
function quoteContinuesParagraph(o: Open, next: Block | undefined): boolean {
  return o.family === 'double-quote' && !!next && o.block.text.slice(0, o.i).trim() === '' && next.text.trimStart().startsWith(o.char);
}
