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
  | 'openedTwice'
  /**
   * a quotation typed backwards (打造”法治驿站“品牌): a stray closer and, a short phrase later in its paragraph, an
   * opener left open — one fault, spanning both marks (not an unopened ” and an unclosed “)
   */
  | 'reversed';

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
  /** In text order. Made when first read: the counts and edits below do without them. */
  readonly halfWidth: HalfWidthMark[];
  /** The number of half-width marks. */
  readonly halfWidthCount: number;
  /** The source span of the first half-width mark (undefined when there is none). */
  firstHalfWidth(): Span | undefined;
  /**
   * Every half-width mark's edit (`edit` → `full`) in text order, packed: start and end of edit i at 2i and
   * 2i+1, its one-character replacement at texts[i]. The file-wide fix of an NFKC-normalised copy, without an
   * object per mark.
   */
  halfWidthEdits(): { offsets: Int32Array; texts: string };
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

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };

/** The families by number (the scan keeps one stack per family in an array indexed by it). */
const FAMILIES: readonly PairFamily[] = ['double-quote', 'single-quote', 'title', 'paren', 'lenticular'];
const DOUBLE = 0;
const SINGLE = 1;

/** What the scan does with a character, by UTF-16 code: most characters are none of ours. */
const NONE = 0;
const FULL_COMMA = 1;
const OPENER = 2;
const CLOSER = 3;
const HALF_WIDTH = 4;
const MARK_KIND = new Uint8Array(0x10000);
/** For openers and closers: the index of the family in FAMILIES. */
const MARK_FAMILY = new Uint8Array(0x10000);
for (const [ch, f] of Object.entries(OPENERS)) {
  MARK_KIND[ch.charCodeAt(0)] = OPENER;
  MARK_FAMILY[ch.charCodeAt(0)] = FAMILIES.indexOf(f);
}
for (const [ch, f] of Object.entries(CLOSERS)) {
  MARK_KIND[ch.charCodeAt(0)] = CLOSER;
  MARK_FAMILY[ch.charCodeAt(0)] = FAMILIES.indexOf(f);
}
// ( and ) are openers and closers first: they go by pairs
for (const ch of Object.keys(HALF_TO_FULL)) if (!MARK_KIND[ch.charCodeAt(0)]) MARK_KIND[ch.charCodeAt(0)] = HALF_WIDTH;
MARK_KIND['，'.charCodeAt(0)] = FULL_COMMA;
/** Each opening and closing mark as a string, by code: `t[i]` would make a new string per mark (they are not Latin-1). */
const MARK_CHAR: string[] = [];
for (const ch of [...Object.keys(OPENERS), ...Object.keys(CLOSERS)]) MARK_CHAR[ch.charCodeAt(0)] = ch;
/** Half-width marks and their full-width forms by code, made once (not a string per mark). */
const HALF_CHAR: string[] = [];
const FULL_FORM: string[] = [];
for (const [half, full] of Object.entries(HALF_TO_FULL)) {
  HALF_CHAR[half.charCodeAt(0)] = half;
  FULL_FORM[half.charCodeAt(0)] = full;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ELLIPSIS = /\.{3,}|。{3,}/g;
const FW_MARK = /[，。；：？！、“”‘’《》（）【】〈〉…—]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;

/** Full-width opening and closing brackets and quotes, by UTF-16 code. */
const FW_OPEN = new Uint8Array(0x10000);
const FW_CLOSE = new Uint8Array(0x10000);
for (const ch of '“‘《（【「『〈〔') FW_OPEN[ch.charCodeAt(0)] = 1;
for (const ch of '”’》）】」』〉〕') FW_CLOSE[ch.charCodeAt(0)] = 1;
const isFwOpen = (c: number): boolean => c >= 0 && FW_OPEN[c] === 1;
const isFwClose = (c: number): boolean => c >= 0 && FW_CLOSE[c] === 1;

export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
/**
 * The code at s[k], -1 before the start or past the end. (Reading past either end yields NaN and,
 * in a typed array, undefined; optimised code throws that away and starts over each time it happens.)
 */
const codeAt = (s: string, k: number): number => (k >= 0 && k < s.length ? s.charCodeAt(k) : -1);
/** The same ranges as CJK, by UTF-16 code (no string made per character). */
const isCjkCode = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const SPACE = 0x20;

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

/** An empty array whose elements are objects (not V8's initial small-integer kind): its map stays the one it has when full. */
function objectArray<T extends object>(): T[] {
  const a: T[] = [PLACEHOLDER as T];
  a.length = 0;
  return a;
}
const PLACEHOLDER = {};

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
 *
 * The pass tests character codes and makes a string only for a mark it keeps;
 * its stacks and scratch arrays are made once per report, not per block.
 */
export function analysePunctuation(text: string, blocks: readonly Block[], toSource: ToSource): PunctuationModel {
  const pairs: PunctPair[] = [];
  const faults: PairFault[] = [];
  const halfWidth = new HalfWidthMarks();
  const ellipses: WrongEllipsis[] = [];
  let fullWidthCommas = 0;
  // one character: where the source has it as is, it ends one further (a mark that ends an HTML text node,
  // as LibreOffice writes each run of Latin punctuation in its own <font>, must not reach over the markup after it)
  const span = (b: Block, i: number): Span => {
    const start = toSource(b, i);
    return { start, end: codeAt(text, start) === b.text.charCodeAt(i) ? start + 1 : toSource(b, i + 1) };
  };

  // open marks by family; `touched` lists the families in the order the block first used them (the order
  // the unclosed ones are reported and carried in)
  // each stack holds objects from the start: an empty array V8 made for small integers has another map than one
  // that held marks, and optimised code that met only one of them is thrown away when it meets the other
  // (and the list of stacks is a literal: FAMILIES.map's result is of a kind V8 does not keep the same from call to call)
  const stacks: Open[][] = [objectArray<Open>(), objectArray<Open>(), objectArray<Open>(), objectArray<Open>(), objectArray<Open>()];
  const touched: number[] = [];
  let touchedBits = 0;
  const stackOf = (f: number): Open[] => {
    if (!(touchedBits & (1 << f))) {
      touchedBits |= 1 << f;
      touched.push(f);
    }
    return stacks[f];
  };
  // closers minus openers of a quote from each offset to the end of the paragraph, counted once per block when needed
  const suffix: (Int32Array | undefined)[] = [undefined, undefined];
  const surplus = (t: string, f: number, i: number): number => {
    let s = suffix[f];
    if (!s) {
      const open = f === DOUBLE ? 0x201c /* “ */ : 0x2018; /* ‘ */
      const close = f === DOUBLE ? 0x201d /* ” */ : 0x2019; /* ’ */
      s = suffix[f] = new Int32Array(t.length + 1);
      for (let k = t.length - 1; k >= 0; k--) {
        const c = t.charCodeAt(k);
        s[k] = s[k + 1] + (c === close ? 1 : c === open ? -1 : 0);
      }
    }
    return s[i + 1];
  };
  // bracket pairs within the block, for the half-width bracket check after the scan
  const parenPairs: PunctPair[] = objectArray<PunctPair>();
  const parenAt: number[] = []; // text offsets of their opening and closing marks, two per pair
  const carried: Open[] = objectArray<Open>();
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const t = b.text;
    if (touched.length) touched.length = touchedBits = 0;
    suffix[DOUBLE] = suffix[SINGLE] = undefined;
    if (parenPairs.length) parenPairs.length = parenAt.length = 0;
    for (const o of carried) stackOf(FAMILIES.indexOf(o.family)).push(o);

    let reversedAt = -1;
    // the characters are read from the source where the block is one run of it (almost every block): b.text is
    // a slice of the source, and reading a code unit through a slice costs a third more than from the flat string
    const seg = b.segments.length === 1 ? b.segments[0] : undefined;
    const flat = seg !== undefined && seg.text === 0 && seg.length === t.length;
    const src = flat ? text : t;
    const base = flat ? seg.source : 0;
    for (let i = 0; i < t.length; i++) {
      const c = src.charCodeAt(base + i);
      // CJK ideographs and everything else between 】 (U+3011) and （ (U+FF08) is none of ours, and most of the
      // text: decided without the table
      if (c > 0x3011 && c < 0xff08) continue;
      const kind = MARK_KIND[c];
      if (kind === NONE) continue;
      if (kind === FULL_COMMA) {
        fullWidthCommas++;
        continue;
      }
      // an apostrophe: Latin letters on both sides
      if ((c === 0x2018 || c === 0x2019) && isLatinCode(codeAt(t, i - 1)) && isLatinCode(codeAt(t, i + 1))) continue;
      if (kind === OPENER) {
        // the opening quote of a backwards pair is taken
        if (i === reversedAt) continue;
        const f = MARK_FAMILY[c];
        const family = FAMILIES[f];
        const ch = MARK_CHAR[c];
        const stack = stackOf(f);
        // quotes do not nest in themselves: an inner quotation takes the other kind
        if (f === DOUBLE || f === SINGLE) {
          const top = stack.length ? stack[stack.length - 1] : undefined;
          // a third level alternates again: “‘“”’” (the other quote opened inside this one)
          const other = stacks[f === DOUBLE ? SINGLE : DOUBLE];
          const inner = other.length ? other[other.length - 1] : undefined;
          const nestsInOther = !!top && !!inner && (inner.block.index > top.block.index || (inner.block === top.block && inner.i > top.i));
          if (top && !nestsInOther) {
            // Was this mark meant to close the open quote, or to open a new one
            // after a missing closer? The rest of the paragraph decides.
            const closes = surplus(t, f, i) <= 0;
            faults.push({ kind: 'openedTwice', family, char: ch, counterpart: COUNTERPART[ch], block: b.index, ...span(b, i), previous: span(top.block, top.i), closes });
            stack.pop();
            if (!closes) stack.push({ char: ch, family, i, block: b });
            continue;
          }
        }
        stack.push({ char: ch, family, i, block: b });
      } else if (kind === CLOSER) {
        const f = MARK_FAMILY[c];
        const family = FAMILIES[f];
        const ch = MARK_CHAR[c];
        const top = stackOf(f).pop();
        if (!top) {
          if ((c === 0x29 /* ) */ || c === 0xff09) /* ） */ && listMarkerBefore(t, i)) continue;
          // ”法治驿站“: one backwards pair, not a stray closer and an opener left open
          // (only when nothing later in the paragraph closes that opening quote: 培训”，开展“普法”活动 has a stray ”)
          const j = f === DOUBLE || f === SINGLE ? reversedOpenerAt(t, i, f) : -1;
          if (j >= 0 && surplus(t, f, j) <= 0) {
            faults.push({ kind: 'reversed', family, char: ch, counterpart: COUNTERPART[ch], block: b.index, start: span(b, i).start, end: span(b, j).end });
            reversedAt = j;
            continue;
          }
          faults.push({ kind: 'unopened', family, char: ch, counterpart: COUNTERPART[ch], block: b.index, ...span(b, i) });
          continue;
        }
        const pair: PunctPair = {
          family,
          open: span(top.block, top.i),
          close: span(b, i),
          openChar: top.char,
          closeChar: ch,
          block: top.block.index,
          closeBlock: b.index,
        };
        pairs.push(pair);
        if (family === 'paren' && top.block === b) {
          parenPairs.push(pair);
          parenAt.push(top.i, i);
        }
      } else {
        // a half-width , ; : ? ! (only where the source has it as is)
        const start = toSource(b, i);
        if (codeAt(text, start) !== c) continue;
        let l = i - 1;
        while (l >= 0 && t.charCodeAt(l) === SPACE) l--;
        let r = i + 1;
        while (r < t.length && t.charCodeAt(r) === SPACE) r++;
        if (!halfWidthInChinese(t, i, l, r)) continue;
        halfWidth.add(c, b.index, start, toSource(b, l + 1), toSource(b, r));
      }
    }

    if (parenPairs.length) bracketsInChinese(text, b, parenPairs, parenAt, toSource, halfWidth);
    findEllipses(text, b, toSource, ellipses);

    // Whatever is still open: carry it over a hard-wrapped line once, else it is unclosed
    const next = bi + 1 < blocks.length ? blocks[bi + 1] : undefined;
    let carry: boolean | undefined; // asked only when something is open
    if (carried.length) carried.length = 0; // its marks are on the stacks
    for (const f of touched) {
      for (const o of stacks[f]) {
        carry ??= !!next && continuesOnNextLine(text, b, next);
        // a mark carried in from the line before is not carried again
        if (carry && o.block === b) carried.push(o);
        else if (!quoteContinuesParagraph(o, next)) {
          faults.push({ kind: 'unclosed', family: o.family, char: o.char, counterpart: COUNTERPART[o.char], block: o.block.index, ...span(o.block, o.i) });
        }
      }
      stacks[f].length = 0;
    }
  }
  // found mostly in order already (nested pairs close inside out): sorted only when they are not
  if (!pairsInOrder(pairs)) pairs.sort(byOpen);
  if (!spansInOrder(faults)) faults.sort(byStart);
  return new Punctuation(pairs, faults, halfWidth, ellipses, fullWidthCommas);
}

/** The model analysePunctuation returns: its half-width marks become objects when `halfWidth` is first read. */
/** The longest phrase read as quoted between a backwards pair of quotes (”法治驿站“). */
const REVERSED_SPAN = 30;

/**
 * A quotation typed backwards — ”法治驿站“, ’…‘: a closing quote with nothing open, followed within a short phrase of
 * the same line by the opening quote of its kind, with no other quote of that kind between. Returns the index of the
 * opening quote, or -1.
 */
function reversedOpenerAt(t: string, i: number, f: number): number {
  const open = f === DOUBLE ? 0x201c /* “ */ : 0x2018; /* ‘ */
  const close = f === DOUBLE ? 0x201d /* ” */ : 0x2019; /* ’ */
  const stop = Math.min(t.length, i + 2 + REVERSED_SPAN);
  for (let k = i + 1; k < stop; k++) {
    const c = t.charCodeAt(k);
    if (c === open) return k > i + 1 ? k : -1;
    if (c === close || c === 0x0a /* \n */ || (f === DOUBLE && c === 0x22) /* " */) return -1;
  }
  return -1;
}

class Punctuation implements PunctuationModel {
  readonly normalised: boolean;
  private made: HalfWidthMark[] | undefined;

  constructor(
    readonly pairs: PunctPair[],
    readonly faults: PairFault[],
    private readonly marks: HalfWidthMarks,
    readonly ellipses: WrongEllipsis[],
    readonly fullWidthCommas: number,
  ) {
    this.normalised = fullWidthCommas === 0 && marks.hasComma;
  }

  get halfWidth(): HalfWidthMark[] {
    return (this.made ??= this.marks.objects());
  }

  get halfWidthCount(): number {
    return this.marks.count;
  }

  firstHalfWidth(): Span | undefined {
    return this.marks.first();
  }

  halfWidthEdits(): { offsets: Int32Array; texts: string } {
    return this.marks.edits();
  }
}

/**
 * The half-width marks of a report as numbers until they are read: an NFKC-normalised copy has one per comma
 * (hundreds a report), and its file-wide fix needs only their edits. The scan's marks are kept by field (source
 * start, edit start and end, code, block), in the order found; bracket marks (few, each with its pair) as objects,
 * with the number of scan marks found before each. Text order is the order found, sorted by start (stable):
 * a merge of the two lists where the scan's marks are already in order, as they are when blocks are.
 */
class HalfWidthMarks {
  private readonly starts: number[] = [];
  private readonly editStarts: number[] = [];
  private readonly editEnds: number[] = [];
  private readonly codes: number[] = [];
  private readonly blocks: number[] = [];
  private readonly brackets: HalfWidthMark[] = [];
  private readonly bracketAfter: number[] = [];
  hasComma = false;
  /** Text order: scan mark i as i, bracket mark j as ~j; made once, when first needed. */
  private order: number[] | undefined;

  get count(): number {
    return this.starts.length + this.brackets.length;
  }

  add(code: number, block: number, start: number, editStart: number, editEnd: number): void {
    this.starts.push(start);
    this.editStarts.push(editStart);
    this.editEnds.push(editEnd);
    this.codes.push(code);
    this.blocks.push(block);
    if (code === 0x2c /* , */) this.hasComma = true;
  }

  addBracket(mark: HalfWidthMark): void {
    this.brackets.push(mark);
    this.bracketAfter.push(this.starts.length);
  }

  first(): Span | undefined {
    if (!this.count) return undefined;
    const k = this.inOrder()[0];
    const start = k >= 0 ? this.starts[k] : this.brackets[~k].start;
    return { start, end: start + 1 };
  }

  objects(): HalfWidthMark[] {
    const out: HalfWidthMark[] = [];
    for (const k of this.inOrder()) {
      if (k < 0) {
        out.push(this.brackets[~k]);
        continue;
      }
      const c = this.codes[k];
      const start = this.starts[k];
      out.push({ char: HALF_CHAR[c], full: FULL_FORM[c], block: this.blocks[k], start, end: start + 1, edit: { start: this.editStarts[k], end: this.editEnds[k] } });
    }
    return out;
  }

  edits(): { offsets: Int32Array; texts: string } {
    const order = this.inOrder();
    const offsets = new Int32Array(order.length * 2);
    const texts: string[] = new Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const k = order[i];
      const m = k < 0 ? this.brackets[~k] : undefined;
      offsets[2 * i] = m ? m.edit.start : this.editStarts[k];
      offsets[2 * i + 1] = m ? m.edit.end : this.editEnds[k];
      texts[i] = m ? m.full : FULL_FORM[this.codes[k]];
    }
    // one character each: one string, as the lazy fix packs them
    return { offsets, texts: texts.join('') };
  }

  private inOrder(): number[] {
    return (this.order ??= this.unique(this.sort()));
  }

  /** One entry per mark: a bracket both the scan and the bracket pass took (「(一)(三)」 at a line's start) once. */
  private unique(order: number[]): number[] {
    let out: number[] | undefined;
    let last = -1;
    for (let i = 0; i < order.length; i++) {
      const k = order[i];
      const start = k >= 0 ? this.starts[k] : this.brackets[~k].start;
      if (i > 0 && start === last) out ??= order.slice(0, i);
      else out?.push(k);
      last = start;
    }
    return out ?? order;
  }

  private sort(): number[] {
    const { starts, brackets, bracketAfter } = this;
    const n = starts.length;
    const order: number[] = [];
    // the brackets by start, stable (a nested pair's marks are found inside out; most are in order already)
    const bracketsByStart: number[] = [];
    for (let j = 0; j < brackets.length; j++) bracketsByStart.push(j);
    if (!spansInOrder(brackets)) bracketsByStart.sort((a, b) => brackets[a].start - brackets[b].start);
    let scanInOrder = true;
    for (let i = 1; i < n && scanInOrder; i++) if (starts[i - 1] > starts[i]) scanInOrder = false;
    if (scanInOrder) {
      // merge; on equal starts the one found first goes first (scan mark i was found before bracket j when i < bracketAfter[j])
      let i = 0;
      for (const j of bracketsByStart) {
        const at = brackets[j].start;
        while (i < n && (starts[i] < at || (starts[i] === at && i < bracketAfter[j]))) order.push(i++);
        order.push(~j);
      }
      while (i < n) order.push(i++);
      return order;
    }
    // blocks out of text order: every mark in the order found, then a stable sort by start
    let i = 0;
    for (let j = 0; j < brackets.length; j++) {
      while (i < bracketAfter[j]) order.push(i++);
      order.push(~j);
    }
    while (i < n) order.push(i++);
    const startOf = (k: number): number => (k >= 0 ? starts[k] : brackets[~k].start);
    return order.sort((a, b) => startOf(a) - startOf(b));
  }
}

function pairsInOrder(pairs: readonly PunctPair[]): boolean {
  for (let i = 1; i < pairs.length; i++) if (pairs[i - 1].open.start > pairs[i].open.start) return false;
  return true;
}

function spansInOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1].start > spans[i].start) return false;
  return true;
}

/**
 * Half-width brackets around or beside Chinese text: (党组) → （党组）. `pairs` are the
 * block's bracket pairs, `at` their opening and closing text offsets (two per pair).
 */
function bracketsInChinese(text: string, b: Block, pairs: readonly PunctPair[], at: readonly number[], toSource: ToSource, out: HalfWidthMarks): void {
  const t = b.text;
  let cjkBefore: Int32Array | undefined; // Chinese characters before each offset, for nested brackets in linear time
  for (let p = 0; p < pairs.length; p++) {
    const pair = pairs[p];
    const open = at[2 * p];
    const close = at[2 * p + 1];
    // （…) or (…）: the other half is already full-width, so this is Chinese text
    const mixed = (pair.openChar === '（') !== (pair.closeChar === '）');
    if (!mixed && pair.openChar === '（') continue; // both full-width: nothing half-width to convert
    // Chinese text inside: a short bracket (the usual case) is scanned directly; many long ones share the prefix counts
    let cjkInside = false;
    if (!mixed) {
      if (close - open - 1 <= 64 && !cjkBefore) cjkInside = hasCjk(t, open + 1, close);
      else {
        cjkBefore ??= cjkCounts(t);
        cjkInside = cjkBefore[close] - cjkBefore[open + 1] > 0;
      }
    }
    // PDCA(Plan-Do-Check-Act)方法: a Latin word's own parenthesis stays half-width
    const before = codeAt(t, open - 1);
    const chinese =
      mixed ||
      cjkInside ||
      isCjkCode(before) ||
      isFwClose(before) ||
      (isCjkCode(codeAt(t, close + 1)) && !isLatinCode(before) && !isDigitCode(before));
    if (!chinese) continue;
    if (pair.openChar === '(') bracketMark(text, b, open, '(', pair, toSource, out);
    if (pair.closeChar === ')') bracketMark(text, b, close, ')', pair, toSource, out);
  }
}

/** A half-width bracket of a pair in Chinese text, where the source has it as is. */
function bracketMark(text: string, b: Block, i: number, ch: '(' | ')', pair: PunctPair, toSource: ToSource, out: HalfWidthMarks): void {
  const start = toSource(b, i);
  if (codeAt(text, start) === b.text.charCodeAt(i)) out.addBracket({ char: ch, full: HALF_TO_FULL[ch], block: b.index, start, end: start + 1, edit: { start, end: start + 1 }, pair });
}

const hasCjk = (t: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isCjkCode(t.charCodeAt(k))) return true;
  return false;
};

/** Chinese characters before each offset of t. */
function cjkCounts(t: string): Int32Array {
  const counts = new Int32Array(t.length + 1);
  for (let k = 0; k < t.length; k++) counts[k + 1] = counts[k] + (isCjkCode(t.charCodeAt(k)) ? 1 : 0);
  return counts;
}

/** 省略号 written with dots or 。: not a dot leader before a page number (目录......3). */
function findEllipses(text: string, b: Block, toSource: ToSource, out: WrongEllipsis[]): void {
  const t = b.text;
  ELLIPSIS.lastIndex = 0;
  for (let m = ELLIPSIS.exec(t); m; m = ELLIPSIS.exec(t)) {
    const before = t[m.index - 1];
    const after = t[m.index + m[0].length];
    const chinese = isCjk(before) || FW_MARK.test(before ?? '') || isCjk(after) || FW_MARK.test(after ?? '');
    if (!chinese || (after !== undefined && DIGIT.test(after))) continue;
    const start = toSource(b, m.index);
    const end = toSource(b, m.index + m[0].length);
    if (text.slice(start, end) === m[0]) out.push({ start, end, text: m[0], block: b.index });
  }
}

const byStart = (a: Span, b: Span): number => a.start - b.start;
const byOpen = (a: PunctPair, b: PunctPair): number => a.open.start - b.open.start;

/**
 * Is the half-width mark at t[i] in Chinese text? Its neighbours t[l] and t[r]
 * (the first characters past any ASCII spaces) must be Chinese characters or
 * full-width brackets; a digit may stand on one side (2023年,12月 / 达100%,较)
 * but never on both (1,234 · 8:30). The text to replace is then t[l+1..r).
 * Brackets do not come here: they go by pairs.
 */
function halfWidthInChinese(t: string, i: number, l: number, r: number): boolean {
  const c = t.charCodeAt(i);
  const L = codeAt(t, l); // -1 before the start
  const R = codeAt(t, r); // -1 past the end
  if (c === 0x2e /* . */) return periodInChinese(t, i, l, r, L, R);
  // a half-width bracket beside Chinese text is itself converted: (村),发挥 → （村），发挥
  const chineseLeft = isCjkCode(L) || isFwClose(L) || (L === 0x29 /* ) */ && isCjkCode(R));
  const chineseRight = isCjkCode(R) || isFwOpen(R) || (R === 0x28 /* ( */ && isCjkCode(L));
  const numberLeft = isDigitCode(L) || L === 0x25 /* % */ || L === 0x2030; /* ‰ */
  const numberRight = isDigitCode(R) && c !== 0x3f /* ? */ && c !== 0x21; /* ! */
  const ok = (chineseLeft && (chineseRight || numberRight || r >= t.length)) || (numberLeft && chineseRight);
  if (!ok) return false;
  return !(c === 0x3a /* : */ && t.startsWith('//', i + 1)); // a URL scheme
}

/** A heading's number before a period: 一.加强组织领导 (consistent-numbering's business, not a sentence end). */
const NUMBER_BEFORE = /^[\s\u3000]*(?:第?[一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[）)])$/;

/**
 * Is the half-width period at t[i] a sentence end inside Chinese text (工作.下一步 / 达100%.办结)? A Chinese
 * character, a full-width closer or % before it, and a Chinese character or a full-width opener after it — never a
 * digit after it (3.5万), never a run of periods (an ellipsis has its own message), never after a heading's number
 * alone (一.加强…). One at the paragraph's end (…通过率达100%.) is left alone: a suite reads a real page's so as clean.
 */
function periodInChinese(t: string, i: number, l: number, r: number, L: number, R: number): boolean {
  if (codeAt(t, i - 1) === 0x2e || codeAt(t, i + 1) === 0x2e) return false;
  const left = isCjkCode(L) || isFwClose(L) || L === 0x25; /* % */
  const right = isCjkCode(R) || isFwOpen(R);
  if (!left || !right) return false;
  return !NUMBER_BEFORE.test(t.slice(0, l + 1));
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
