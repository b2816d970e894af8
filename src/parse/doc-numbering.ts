/**
 * Word automatic numbering (项目符号和编号) of a Word 97–2003 (.doc) or WPS file, made into text as Word
 * displays it — the binary counterpart of docx-numbering.ts. The number of an auto-numbered paragraph
 * (「一、」「（一）」「1.」) is not in the text stream: Word computes it from the list tables of the table stream
 * (PlfLst: each list's LSTF and its nine LVLs, a number template such as "\u0000、" with the number format
 * nfc of each level; PlfLfo: the list instances a paragraph points to, with their start-at and level overrides)
 * and from the paragraph's own properties (sprmPIlfo, sprmPIlvl in its PAPX, or from its style's). Paragraphs are
 * where the PAPX runs end (a paragraph mark \r, a cell or row end \x07, a section mark). This module
 * reads those structures ([MS-DOC] 2.4.6.x, 2.9.x) from the WordDocument and table streams, counts the numbered
 * paragraphs of the main text in order, and says which number stands before which paragraph (by its first
 * character position, CP). No Node API: the streams come from the host's OLE reader (src/linter/doc.ts).
 *
 * Precision first. What is decoded: lists defined in PlfLst/PlfLfo (Word 97 and later, WPS, LibreOffice), the
 * paragraph's list and level set directly or through its paragraph style (with the style's base styles), start
 * values, start-at overrides of a list instance, level overrides, legal numbering, restarts after a higher level
 * (and fNoRestart/ilvlRestartLim), hidden numbers (sprmCFVanish), number formats decimal, Roman, letters, full-width and enclosed digits, and
 * the Chinese counting formats (chineseCounting 0x25, chineseLegalSimplified 0x26, chineseCountingThousand
 * 0x27, ideographTraditional …). What is not: Word 6/95 numbering (ANLD, sprmPAnld), list properties held in
 * the Data stream (sprmPHugePapx) or in fast-saved piece properties (Pcd.prm), and formats whose rendering
 * fzlint does not know (ordinal, cardinalText, Japanese kana, Korean, Hebrew …). A paragraph in one of those
 * gets no number; so does a level first met below a deeper one (a list begun at its second level: whether Word
 * counts the level above as used is not sure); after a paragraph whose properties cannot be read, no further
 * number is given at all (the count may be off). A wrong number is worse than none: any inconsistency in the
 * structures gives no numbers.
 */
import { formatNumber, shownNumber, type NumberingLevel } from './docx-numbering.js';

/** A piece of the text (word-extractor's piece table): characters cpStart…cpEnd are at file offset fc. */
export interface DocTextPiece {
  cpStart: number;
  cpEnd: number;
  /** Offset of the first character in the WordDocument stream. */
  fc: number;
  /** Bytes per character: 2 (UTF-16) or 1 (compressed, cp1252). */
  bpc: number;
}

class Malformed extends Error {}

class Bytes {
  constructor(private readonly b: Uint8Array) {}
  get length(): number {
    return this.b.length;
  }
  private check(at: number, n: number): void {
    if (!(at >= 0 && at + n <= this.b.length)) throw new Malformed(`read past the end (${at}+${n} of ${this.b.length})`);
  }
  u8(at: number): number {
    this.check(at, 1);
    return this.b[at];
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.b[at] | (this.b[at + 1] << 8);
  }
  i16(at: number): number {
    const v = this.u16(at);
    return v >= 0x8000 ? v - 0x10000 : v;
  }
  u32(at: number): number {
    this.check(at, 4);
    return (this.b[at] | (this.b[at + 1] << 8) | (this.b[at + 2] << 16)) + this.b[at + 3] * 0x1000000;
  }
  i32(at: number): number {
    const v = this.u32(at);
    return v >= 0x80000000 ? v - 0x100000000 : v;
  }
  slice(at: number, n: number): Bytes {
    this.check(at, n);
    return new Bytes(this.b.subarray(at, at + n));
  }
  utf16(at: number, chars: number): string {
    this.check(at, chars * 2);
    let s = '';
    for (let i = 0; i < chars; i++) s += String.fromCharCode(this.u16(at + i * 2));
    return s;
  }
}

// ---------------------------------------------------------------------------
// Number formats (MSONFC, [MS-DOC] 2.9.158) that fzlint renders, by their ST_NumberFormat names

const NFC: Record<number, string> = {
  0x00: 'decimal',
  0x01: 'upperRoman',
  0x02: 'lowerRoman',
  0x03: 'upperLetter',
  0x04: 'lowerLetter',
  0x0b: 'japaneseCounting',
  0x0e: 'decimalFullWidth',
  0x12: 'decimalEnclosedCircle',
  0x13: 'decimalFullWidth2',
  0x16: 'decimalZero',
  0x17: 'bullet',
  0x1a: 'decimalEnclosedFullstop',
  0x1b: 'decimalEnclosedParen',
  0x1c: 'decimalEnclosedCircleChinese',
  0x1e: 'ideographTraditional',
  0x1f: 'ideographZodiac',
  0x21: 'taiwaneseCounting',
  0x23: 'taiwaneseCountingThousand',
  0x25: 'chineseCounting',
  0x26: 'chineseLegalSimplified',
  0x27: 'chineseCountingThousand',
  0xff: 'none',
};

interface Level {
  start: number;
  /** A name of NFC, or undefined for a format fzlint does not render. */
  format: string | undefined;
  /** The number template (xst) with the level placeholders (characters 0–8) at the positions rgbxchNums names. */
  template: string;
  placeholders: Set<number>;
  suffix: NumberingLevel['suffix'];
  legal: boolean;
  /** The number is not shown (sprmCFVanish): counted, no text. */
  hidden: boolean;
  noRestart: boolean;
  restartLimit: number;
}

interface List {
  levels: Level[];
  /** rgistdPara: the paragraph style linked to each level (0x0FFF: none). */
  styles: number[];
}

interface Lfo {
  lsid: number;
  overrides: Map<number, { start?: number; level?: Level }>;
}

const MAX_LEVEL = 9;
const NO_STYLE = 0x0fff;

/** One LVL at `at`: the level and where the next one starts. */
function readLvl(t: Bytes, at: number): { level: Level; end: number } {
  const start = t.i32(at);
  const nfc = t.u8(at + 4);
  const flags = t.u8(at + 5);
  const positions = new Set<number>();
  for (let i = 0; i < MAX_LEVEL; i++) {
    const p = t.u8(at + 6 + i);
    if (!p) break;
    positions.add(p - 1);
  }
  const follow = t.u8(at + 15);
  const cbChpx = t.u8(at + 24);
  const cbPapx = t.u8(at + 25);
  const restartLimit = t.u8(at + 26);
  // sprmCFVanish in the number's character properties: a hidden number (or one whose hiding depends on a style)
  let hidden = false;
  eachSprm(t, at + 28 + cbPapx, at + 28 + cbPapx + cbChpx, (sprm, operand) => {
    if (sprm === sprmCFVanish && t.u8(operand) !== 0) hidden = true;
  });
  const xst = at + 28 + cbPapx + cbChpx;
  const cch = t.u16(xst);
  if (cch > 255) throw new Malformed('number text too long');
  const template = t.utf16(xst + 2, cch);
  for (const p of positions) if (p >= cch || template.charCodeAt(p) >= MAX_LEVEL) throw new Malformed('number placeholder out of place');
  return {
    level: {
      start,
      format: NFC[nfc],
      template,
      placeholders: positions,
      suffix: follow === 0 ? 'tab' : follow === 1 ? 'space' : 'nothing',
      legal: (flags & 0x04) !== 0,
      hidden,
      noRestart: (flags & 0x08) !== 0,
      restartLimit,
    },
    end: xst + 2 + cch * 2,
  };
}

function readLists(t: Bytes, fc: number, lcb: number): Map<number, List> {
  const lists = new Map<number, List>();
  if (lcb < 2) return lists;
  const count = t.i16(fc);
  if (count < 0 || 2 + count * 28 > lcb) throw new Malformed('PlfLst count');
  let lvlAt = fc + 2 + count * 28;
  for (let i = 0; i < count; i++) {
    const at = fc + 2 + i * 28;
    const lsid = t.i32(at);
    const styles: number[] = [];
    for (let k = 0; k < MAX_LEVEL; k++) styles.push(t.u16(at + 8 + k * 2));
    const simple = (t.u8(at + 26) & 0x01) !== 0;
    const levels: Level[] = [];
    for (let k = 0; k < (simple ? 1 : MAX_LEVEL); k++) {
      const { level, end } = readLvl(t, lvlAt);
      levels.push(level);
      lvlAt = end;
    }
    lists.set(lsid, { levels, styles });
  }
  return lists;
}

function readLfos(t: Bytes, fc: number, lcb: number): Lfo[] {
  if (lcb < 4) return [];
  const count = t.u32(fc);
  if (count > 0x7fe || 4 + count * 16 > lcb) throw new Malformed('PlfLfo count');
  const lfos: Lfo[] = [];
  let dataAt = fc + 4 + count * 16;
  for (let i = 0; i < count; i++) {
    const at = fc + 4 + i * 16;
    const lfo: Lfo = { lsid: t.i32(at), overrides: new Map() };
    const clfolvl = t.u8(at + 12);
    if (clfolvl > MAX_LEVEL) throw new Malformed('LFO level count');
    lfos.push(lfo);
    // LFOData: a cp, then clfolvl LFOLVLs
    let lvlAt = dataAt + 4;
    for (let k = 0; k < clfolvl; k++) {
      const startAt = t.i32(lvlAt);
      const flags = t.u32(lvlAt + 4);
      lvlAt += 8;
      const ilvl = flags & 0x0f;
      const o: { start?: number; level?: Level } = {};
      if (flags & 0x10) o.start = startAt;
      if (flags & 0x20) {
        const { level, end } = readLvl(t, lvlAt);
        o.level = level;
        lvlAt = end;
      }
      if (ilvl < MAX_LEVEL) lfo.overrides.set(ilvl, o);
    }
    dataAt = lvlAt;
  }
  return lfos;
}

// ---------------------------------------------------------------------------
// Paragraph properties: the sprms of a PAPX or a style's UPX

interface ParaProps {
  istd: number;
  ilfo?: number;
  ilvl?: number;
  /** The properties are elsewhere (sprmPHugePapx, or a grpprl fzlint cannot walk). */
  unknown?: boolean;
}

const sprmPIlfo = 0x460b;
const sprmPIlvl = 0x260a;
const sprmPHugePapx = 0x6646;
const sprmTDefTable = 0xd608;
const sprmCFVanish = 0x083c;
const sprmPChgTabs = 0xc615;

/** Each sprm of a grpprl at…end with the offset of its operand; stops at one that runs past the end. */
function eachSprm(t: Bytes, at: number, end: number, visit: (sprm: number, operand: number) => void): void {
  while (at + 2 <= end) {
    const sprm = t.u16(at);
    at += 2;
    const spra = sprm >> 13;
    let size: number;
    if (spra === 0 || spra === 1) size = 1;
    else if (spra === 2 || spra === 4 || spra === 5) size = 2;
    else if (spra === 3) size = 4;
    else if (spra === 7) size = 3;
    else if (sprm === sprmTDefTable) size = 2 + t.u16(at) - 1;
    else if (sprm === sprmPChgTabs && t.u8(at) === 255) {
      // the size is in the content: tabs deleted (2 + 2 bytes each), then tabs added (2 + 1 bytes each)
      const deleted = t.u8(at + 1);
      size = 2 + deleted * 4 + 1 + t.u8(at + 2 + deleted * 4) * 3;
    } else size = 1 + t.u8(at);
    if (at + size > end) return;
    visit(sprm, at);
    at += size;
  }
}

function readSprms(t: Bytes, at: number, end: number, into: ParaProps): void {
  eachSprm(t, at, end, (sprm, operand) => {
    if (sprm === sprmPIlfo) into.ilfo = t.i16(operand);
    else if (sprm === sprmPIlvl) into.ilvl = t.u8(operand);
    else if (sprm === sprmPHugePapx) into.unknown = true;
  });
}

/** The paragraph-property runs of the PAPX FKPs: file offsets fcStart…fcEnd (of the paragraph marks) → props. */
function readPapxRuns(doc: Bytes, t: Bytes, fc: number, lcb: number): { start: number; end: number; props: ParaProps }[] {
  const runs: { start: number; end: number; props: ParaProps }[] = [];
  if (lcb < 4) return runs;
  const n = (lcb - 4) / 8;
  if (!Number.isInteger(n)) throw new Malformed('PlcBtePapx size');
  for (let i = 0; i < n; i++) {
    const pn = t.u32(fc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = doc.slice(pn * 512, 512);
    const crun = fkp.u8(511);
    if ((crun + 1) * 4 + crun * 13 > 511) throw new Malformed('PAPX FKP run count');
    for (let j = 0; j < crun; j++) {
      const start = fkp.u32(j * 4);
      const end = fkp.u32((j + 1) * 4);
      const bOffset = fkp.u8((crun + 1) * 4 + j * 13);
      const props: ParaProps = { istd: 0 };
      if (bOffset) {
        const cb = fkp.u8(bOffset * 2);
        const from = cb ? bOffset * 2 + 1 : bOffset * 2 + 2;
        const size = cb ? cb * 2 - 1 : fkp.u8(bOffset * 2 + 1) * 2;
        if (size < 2 || from + size > 511) throw new Malformed('PAPX size');
        props.istd = fkp.u16(from);
        readSprms(fkp, from + 2, from + size, props);
      }
      runs.push({ start, end, props });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

interface Style {
  base: number;
  ilfo?: number;
  ilvl?: number;
}

/** The paragraph styles of the STSH, by istd: their base style and the list properties of their UPX. */
function readStyles(t: Bytes, fc: number, lcb: number): Map<number, Style> {
  const styles = new Map<number, Style>();
  if (lcb < 6) return styles;
  const cbStshi = t.u16(fc);
  const cstd = t.u16(fc + 2);
  const cbStdBase = t.u16(fc + 4);
  let at = fc + 2 + cbStshi;
  const end = fc + lcb;
  for (let istd = 0; istd < cstd && at + 2 <= end; istd++) {
    const cbStd = t.u16(at);
    const std = at + 2;
    at = std + cbStd;
    if (!cbStd) continue;
    if (at > end || cbStd < cbStdBase + 2) throw new Malformed('STD size');
    const stk = t.u16(std + 2) & 0x0f;
    const base = t.u16(std + 2) >> 4;
    if (stk !== 1) continue; // a paragraph style
    const cch = t.u16(std + cbStdBase);
    let upx = std + cbStdBase + 2 + (cch + 1) * 2;
    if (upx & 1) upx++;
    const style: Style = { base };
    if (upx + 2 <= at) {
      const cbUpx = t.u16(upx);
      if (cbUpx >= 2 && upx + 2 + cbUpx <= at) {
        const props: ParaProps = { istd };
        readSprms(t, upx + 4, upx + 2 + cbUpx, props);
        style.ilfo = props.ilfo;
        style.ilvl = props.ilvl;
      }
    }
    styles.set(istd, style);
  }
  return styles;
}

// ---------------------------------------------------------------------------
// Counting

class Counter {
  private readonly values = new Map<number, (number | undefined)[]>();
  /**
   * Levels whose count is not sure: a level first met after a deeper one (a list that began at level 2, then a
   * level-1 paragraph). LibreOffice counts the level above as used (its 「phantom」) and shows the next number;
   * docx-numbering.ts, like a fresh count, shows the start value. Until the level restarts, it gets no number.
   */
  private readonly unsure = new Map<number, boolean[]>();
  /** When (the how-manyth paragraph counted) each level of a list was last counted, and last counted or reset. */
  private readonly counted = new Map<number, number[]>();
  private readonly touched = new Map<number, number[]>();
  private seq = 0;
  private readonly used = new Set<string>();

  constructor(
    private readonly lists: Map<number, List>,
    private readonly lfos: Lfo[],
  ) {}

  private of<T>(map: Map<number, T[]>, lsid: number): T[] {
    let a = map.get(lsid);
    if (!a) map.set(lsid, (a = []));
    return a;
  }

  /** The list (LSTF) of a list instance (1-based ilfo). */
  listOf(ilfo: number): { lfo: Lfo; list: List } | undefined {
    const lfo = this.lfos[ilfo - 1];
    const list = lfo && this.lists.get(lfo.lsid);
    return list ? { lfo, list } : undefined;
  }

  /**
   * The displayed number of the next paragraph of list instance ilfo at level ilvl: a string ('' for bullets
   * and numbers without text), or undefined when its format is one fzlint does not render.
   */
  next(ilfo: number, ilvl: number): string | undefined {
    const found = this.listOf(ilfo);
    if (!found) return undefined;
    const { lfo, list } = found;
    const level = (i: number) => lfo.overrides.get(i)?.level ?? list.levels[i];
    const lvl = level(ilvl);
    if (!lvl) return undefined;
    if (lvl.format === 'bullet') return '';
    // list instances of one list continue one another (as in docx-numbering.ts), unless one restarts a level
    let values = this.values.get(lfo.lsid);
    if (!values) this.values.set(lfo.lsid, (values = []));
    const unsure = this.of(this.unsure, lfo.lsid);
    const counted = this.of(this.counted, lfo.lsid);
    const touched = this.of(this.touched, lfo.lsid);
    const seq = ++this.seq;
    const key = `${ilfo}/${ilvl}`;
    const override = lfo.overrides.get(ilvl)?.start;
    if (!this.used.has(key) && override !== undefined) {
      values[ilvl] = override;
      unsure[ilvl] = false;
    } else if (values[ilvl] === undefined) {
      values[ilvl] = lvl.start;
      // a deeper level counted since this one last counted or restarted: a paragraph of this level was skipped
      unsure[ilvl] = counted.some((at, i) => i > ilvl && at > (touched[ilvl] ?? 0));
    } else values[ilvl]! += 1;
    this.used.add(key);
    counted[ilvl] = touched[ilvl] = seq;
    for (let i = ilvl + 1; i < MAX_LEVEL; i++) {
      const li = level(i);
      // fNoRestart: the level restarts only after levels above ilvlRestartLim
      if (li?.noRestart && ilvl >= li.restartLimit) continue;
      values[i] = undefined;
      unsure[i] = false;
      touched[i] = seq;
    }
    if (lvl.hidden) return '';
    let text = '';
    for (let p = 0; p < lvl.template.length; p++) {
      if (!lvl.placeholders.has(p)) {
        text += lvl.template[p];
        continue;
      }
      const i = lvl.template.charCodeAt(p);
      if (i > ilvl) continue;
      // a level above that has no paragraph yet (「1.1」 first): Word's number for it is not sure
      if (values[i] === undefined || unsure[i]) return undefined;
      const li = level(i);
      const format = lvl.legal || li?.format === 'bullet' ? 'decimal' : li?.format;
      if (format === undefined) return undefined;
      text += formatNumber(values[i]!, format);
    }
    return text && shownNumber(text, lvl.suffix);
  }
}

/** Where the i-th pair (fc, lcb) of FibRgFcLcb97 is, given the FIB's variable-length parts. */
function fcLcb(doc: Bytes): (i: number) => [number, number] {
  const csw = doc.u16(32);
  const cslw = doc.u16(34 + csw * 2);
  const countAt = 34 + csw * 2 + 2 + cslw * 4;
  const count = doc.u16(countAt);
  return (i) => {
    if (i >= count) return [0, 0];
    return [doc.u32(countAt + 2 + i * 8), doc.u32(countAt + 2 + i * 8 + 4)];
  };
}

const IDX_STSHF = 1;
const IDX_PLCFBTEPAPX = 13;
const IDX_PLFLST = 73;
const IDX_PLFLFO = 74;

/**
 * The numbers of the auto-numbered paragraphs of the main text: first CP of the paragraph → the number as it
 * stands before the paragraph's text (「一、」「（一）」「1. 」 per shownNumber). `mainText` is the main text by CP, as
 * the caller holds it (word-extractor's pieces: deleted text made \x00, a table row end made \n, lengths kept);
 * `pieces` map its CPs to file offsets. Empty when the document has no lists or its structures are inconsistent.
 */
export function docListNumbers(wordDocument: Uint8Array, table: Uint8Array, pieces: DocTextPiece[], mainText: string): Map<number, string> {
  const numbers = new Map<number, string>();
  try {
    const doc = new Bytes(wordDocument);
    const t = new Bytes(table);
    if (doc.u16(0) !== 0xa5ec || doc.u16(2) < 0xc1) return numbers; // Word 97 and later only
    const pair = fcLcb(doc);
    const [fcLst, lcbLst] = pair(IDX_PLFLST);
    const [fcLfo, lcbLfo] = pair(IDX_PLFLFO);
    if (!lcbLst || !lcbLfo) return numbers;
    const lists = readLists(t, fcLst, lcbLst);
    const lfos = readLfos(t, fcLfo, lcbLfo);
    if (!lists.size || !lfos.length) return numbers;
    const styles = readStyles(t, ...pair(IDX_STSHF));
    const runs = readPapxRuns(doc, t, ...pair(IDX_PLCFBTEPAPX));
    const counter = new Counter(lists, lfos);

    // The paragraph ends, by CP: a PAPX run ends right after a paragraph mark (\r, a cell or row end \x07, a
    // section mark \x0c) in the file; a paragraph that runs over pieces ends where its run does ([MS-DOC]
    // 2.4.2). A mark word-extractor found deleted (\x00, tracked deletion) joins its paragraph to the next.
    const ends = new Map<number, ParaProps>();
    for (const piece of pieces) {
      const fcEnd = piece.fc + (piece.cpEnd - piece.cpStart) * piece.bpc;
      for (const run of runs) {
        if (run.end <= piece.fc || run.end > fcEnd || (run.end - piece.fc) % piece.bpc) continue;
        const cp = piece.cpStart + (run.end - piece.fc) / piece.bpc - 1;
        if (cp < mainText.length && mainText[cp] !== '\x00') ends.set(cp, run.props);
      }
    }
    // every paragraph mark is an end: otherwise the runs are not the text's, and no number is sure
    for (let cp = mainText.indexOf('\r'); cp >= 0; cp = mainText.indexOf('\r', cp + 1)) if (!ends.has(cp)) return numbers;

    /** The list properties of a style, through its base styles. */
    const fromStyle = (istd: number): { ilfo?: number; ilvl?: number; istds: number[] } => {
      const out: { ilfo?: number; ilvl?: number; istds: number[] } = { istds: [] };
      for (let id = istd, hops = 0; id !== NO_STYLE && hops < 16; hops++) {
        const st = styles.get(id);
        if (!st) break;
        out.istds.push(id);
        if (out.ilfo === undefined && st.ilfo !== undefined) out.ilfo = st.ilfo;
        if (out.ilvl === undefined && st.ilvl !== undefined) out.ilvl = st.ilvl;
        id = st.base;
      }
      return out;
    };

    let start = 0;
    for (const cp of [...ends.keys()].sort((x, y) => x - y)) {
      const props = ends.get(cp)!;
      let paraStart = start;
      start = cp + 1;
      if (props.unknown) {
        // a paragraph whose properties fzlint cannot read: it may be a numbered one, so no later number is sure
        if (!/^[\s\x00-\x1f]*$/.test(mainText.slice(paraStart, cp))) break;
        continue;
      }
      // the number goes after a page break or line break the paragraph begins with (word-extractor makes them \n)
      while (paraStart < cp && (mainText[paraStart] === '\x0c' || mainText[paraStart] === '\x0b')) paraStart++;
      const style = fromStyle(props.istd);
      const ilfo = props.ilfo ?? style.ilfo;
      if (ilfo === undefined || ilfo <= 0) continue;
      const found = counter.listOf(ilfo);
      if (!found) continue;
      let ilvl = props.ilvl ?? style.ilvl;
      if (ilvl === undefined) {
        // the level linked to the paragraph's style (LSTF.rgistdPara)
        const linked = found.list.styles.findIndex((s) => s !== NO_STYLE && style.istds.includes(s));
        ilvl = linked >= 0 ? linked : 0;
      }
      if (!(ilvl >= 0 && ilvl < MAX_LEVEL)) continue;
      const shown = counter.next(ilfo, ilvl);
      if (shown) numbers.set(paraStart, shown);
    }
    return numbers;
  } catch (e) {
    if (e instanceof Malformed || e instanceof RangeError) return new Map();
    throw e;
  }
}
