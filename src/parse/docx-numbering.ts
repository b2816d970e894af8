/**
 * Word automatic numbering (项目符号和编号) made into text, as Word displays it. The number of an auto-numbered
 * paragraph (「一、」「（一）」「1.」) is not in its text: Word computes it from word/numbering.xml (format
 * chineseCounting, level text "%1、", start value …) and the paragraph's position among the paragraphs of the
 * same list. mammoth gives no number format, only list items, so a report whose headings are numbered by Word
 * lost its outline (the headings read as list items nested under the item before). This module reads the
 * numbering definitions, counts the numbered paragraphs of word/document.xml in document order, and writes each
 * paragraph's number into its text (a run before its first run), taking the numbering off the paragraph so
 * mammoth reads it as a plain paragraph. Bullets stay lists (mammoth's); paragraphs without numbering are left
 * alone byte for byte. The XML is read with regular expressions over the WordprocessingML that Word, WPS,
 * LibreOffice and the `docx` package write (prefix `w:`); no Node API (runs in a browser).
 */

export interface NumberingLevel {
  start: number;
  /** w:numFmt: decimal, chineseCounting, bullet, none … */
  format: string;
  /** w:lvlText, e.g. "%1、", "（%1）", "%1.%2" */
  text: string;
  /** w:suff: what follows the number (tab by default). */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:isLgl: every level shown as a decimal number. */
  legal: boolean;
  /** w:pStyle: the paragraph style linked to this level. */
  style?: string;
}

interface AbstractNum {
  levels: Map<number, NumberingLevel>;
  styleLink?: string;
  numStyleLink?: string;
}

interface NumInstance {
  abstractId: string;
  /** w:lvlOverride: a start value and/or a level of its own. */
  overrides: Map<number, { start?: number; level?: NumberingLevel }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

interface StyleNumbering {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

export interface StyleDefinitions {
  styles: Map<string, StyleNumbering>;
  /** The default paragraph style (w:default="1"). */
  defaultStyle?: string;
}

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => {
  const m = new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : undefined;
};

function readLevel(xml: string): NumberingLevel {
  // a newer format (w14 custom) sits in mc:Choice with a plain one in mc:Fallback: Word 2007's reading is the fallback's
  const fallback = /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/.exec(xml);
  const format = (fallback && attr(fallback[1], 'w:numFmt')) ?? attr(xml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, ''), 'w:numFmt') ?? 'decimal';
  const suff = attr(xml, 'w:suff');
  const start = Number(attr(xml, 'w:start') ?? '0');
  const legal = /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(xml);
  return {
    start: Number.isFinite(start) ? start : 0,
    format,
    text: decodeXml(attr(xml, 'w:lvlText') ?? ''),
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    legal,
    style: attr(xml, 'w:pStyle'),
  };
}

function readLevels(xml: string): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const m of xml.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = /w:ilvl="(\d+)"/.exec(m[1]);
    levels.set(ilvl ? Number(ilvl[1]) : 0, readLevel(m[2]));
  }
  return levels;
}

export function readNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = /w:abstractNumId="([^"]*)"/.exec(m[1]);
    if (!id) continue;
    abstracts.set(id[1], { levels: readLevels(m[2]), styleLink: attr(m[2], 'w:styleLink'), numStyleLink: attr(m[2], 'w:numStyleLink') });
  }
  const nums = new Map<string, NumInstance>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = /w:numId="([^"]*)"/.exec(m[1]);
    const abstractId = attr(m[2], 'w:abstractNumId');
    if (!id || abstractId === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: NumberingLevel }>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = /w:ilvl="(\d+)"/.exec(o[1]);
      const start = attr(o[2], 'w:startOverride');
      const lvl = /<w:lvl\b[^>]*>([\s\S]*?)<\/w:lvl>/.exec(o[2]);
      overrides.set(ilvl ? Number(ilvl[1]) : 0, { start: start !== undefined ? Number(start) : undefined, level: lvl ? readLevel(lvl[1]) : undefined });
    }
    nums.set(id[1], { abstractId, overrides });
  }
  return { abstracts, nums };
}

export function readStyles(xml: string): StyleDefinitions {
  const styles = new Map<string, StyleNumbering>();
  let defaultStyle: string | undefined;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/w:type="paragraph"/.test(m[1])) continue;
    const id = /w:styleId="([^"]*)"/.exec(m[1]);
    if (!id) continue;
    if (/w:default="(?:1|true)"/.test(m[1])) defaultStyle = id[1];
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(m[2]);
    const ilvl = numPr ? attr(numPr[1], 'w:ilvl') : undefined;
    styles.set(id[1], { basedOn: attr(m[2], 'w:basedOn'), numId: numPr ? attr(numPr[1], 'w:numId') : undefined, ilvl: ilvl !== undefined ? Number(ilvl) : undefined });
  }
  return { styles, defaultStyle };
}

// ---------------------------------------------------------------------------
// Number formats

const CN_DIGITS = '零一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (chineseCounting); legal digits: 壹拾贰. */
function chinese(n: number, digits: string, units: [string, string, string], legal: boolean): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const unit = [units[2], units[1], units[0], ''];
  let s = '';
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (s) zero = true;
      return;
    }
    if (zero) s += digits[0];
    zero = false;
    // 十二, not 一十二 (below twenty, the way Word writes chineseCounting)
    if (!(i === 2 && d === 1 && !s && !legal)) s += digits[d];
    s += unit[i];
  });
  return s;
}

function letters(n: number, base: string): string {
  if (n <= 0) return String(n);
  // A … Z, AA … ZZ (Word repeats the letter)
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (n >= v) (s += r), (n -= v);
  return s;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

/** A counter value in a w:numFmt, as Word shows it (formats fzlint does not know are shown as decimals). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chinese(n, CN_DIGITS, ['十', '百', '千'], false);
    case 'chineseLegalSimplified':
      return chinese(n, CN_LEGAL, ['拾', '佰', '仟'], true);
    case 'ideographTraditional':
      return n >= 1 ? '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20); // ①
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20); // ⑴
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20); // ⒈
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------------------
// Counting the paragraphs of document.xml

const MAX_LEVEL = 9;

class Counter {
  private readonly values = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The abstract numbering a w:num uses, through w:numStyleLink (a numbering style) when it has one. */
  private abstractOf(num: NumInstance): [string, AbstractNum] | undefined {
    let id = num.abstractId;
    for (let hops = 0; hops < 4; hops++) {
      const a = this.defs.abstracts.get(id);
      if (!a) return undefined;
      if (!a.numStyleLink) return [id, a];
      const linked = [...this.defs.abstracts].find(([, b]) => b.styleLink === a.numStyleLink && b !== a);
      if (!linked) return [id, a];
      id = linked[0];
    }
    return undefined;
  }

  /** The levels of a w:num (its overrides over its abstract numbering). */
  levelsOf(numId: string): { abstractId: string; level: (i: number) => NumberingLevel | undefined; num: NumInstance } | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const found = this.abstractOf(num);
    if (!found) return undefined;
    const [abstractId, abstract] = found;
    return { abstractId, num, level: (i) => num.overrides.get(i)?.level ?? abstract.levels.get(i) };
  }

  /** The level of the abstract numbering linked to a paragraph style (w:lvl/w:pStyle), if any. */
  levelOfStyle(numId: string, style: string): number | undefined {
    const l = this.levelsOf(numId);
    if (!l) return undefined;
    for (let i = 0; i < MAX_LEVEL; i++) if (l.level(i)?.style === style) return i;
    return undefined;
  }

  /** The displayed number of the next paragraph of list numId at level ilvl; undefined for bullets and unknown lists. */
  next(numId: string, ilvl: number): { text: string; suffix: NumberingLevel['suffix'] } | undefined {
    const l = this.levelsOf(numId);
    if (!l) return undefined;
    const level = l.level(ilvl);
    if (!level || level.format === 'bullet') return undefined;
    // lists that share an abstract numbering continue one another (Word), unless a w:num restarts a level
    let values = this.values.get(l.abstractId);
    if (!values) this.values.set(l.abstractId, (values = []));
    const key = `${numId}/${ilvl}`;
    const override = l.num.overrides.get(ilvl)?.start;
    if (!this.used.has(key) && override !== undefined) values[ilvl] = override;
    else values[ilvl] = values[ilvl] === undefined ? level.start : values[ilvl]! + 1;
    this.used.add(key);
    for (let i = ilvl + 1; i < MAX_LEVEL; i++) values[i] = undefined;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const li = l.level(i);
      const v = values![i] ?? li?.start ?? 1;
      if (i > ilvl) return '';
      // w:isLgl: every number of this level's text in Arabic digits (1.1 under 第一章)
      return formatNumber(v, level.legal || li?.format === 'bullet' ? 'decimal' : li?.format ?? 'decimal');
    });
    return { text, suffix: level.suffix };
  }
}

/**
 * A number as it stands before its paragraph's text: a tab or space after it (w:suff) is one space when the number
 * ends in a digit, letter or ideograph (「1 概况」), none after punctuation (「一、」「（一）」「1.」). Shared with the
 * Word 97–2003 reader (doc-numbering.ts).
 */
export function shownNumber(text: string, suffix: NumberingLevel['suffix']): string {
  return text + (suffix !== 'nothing' && /[0-9A-Za-z\u3400-\u9fff]$/.test(text) ? ' ' : '');
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Numbering switched off for one paragraph (numId 0 is "no list" in Word; mammoth finds no list for it). */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/**
 * document.xml with the number of every auto-numbered paragraph (bullets aside) written into its text;
 * `undefined` when no paragraph is numbered (the document is read as it is). Paragraphs inside `mc:Choice`
 * (the newer of two renderings mammoth does not read) are left alone and not counted.
 */
export function materialiseNumbering(documentXml: string, numbering: NumberingDefinitions, styles: StyleDefinitions): string | undefined {
  if (!numbering.nums.size) return undefined;
  const counter = new Counter(numbering);
  const choices: [number, number][] = [];
  for (const m of documentXml.matchAll(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g)) choices.push([m.index, m.index + m[0].length]);
  const inChoice = (at: number) => choices.some(([s, e]) => at >= s && at < e);

  const styleNumbering = (styleId: string | undefined): { numId: string; ilvl?: number; style: string } | undefined => {
    for (let id = styleId, hops = 0; id !== undefined && hops < 16; hops++) {
      const st = styles.styles.get(id);
      if (!st) return undefined;
      if (st.numId !== undefined) return { numId: st.numId, ilvl: st.ilvl, style: id };
      id = st.basedOn;
    }
    return undefined;
  };

  let out = '';
  let last = 0;
  let changed = false;
  const open = /<w:p\b[^>]*?(\/?)>/g;
  for (let m = open.exec(documentXml); m; m = open.exec(documentXml)) {
    if (m[1] || inChoice(m.index)) continue;
    const afterOpen = m.index + m[0].length;
    // the paragraph properties, if any (a w:pPrChange holds a w:pPr of its own: the outer one ends after it)
    let pPrStart = -1;
    let pPrEnd = afterOpen;
    let pPr = '';
    const head = /^\s*<w:pPr\b[^>]*?(\/?)>/.exec(documentXml.slice(afterOpen, afterOpen + 200));
    if (head) {
      pPrStart = afterOpen + head.index;
      if (head[1]) {
        pPrEnd = afterOpen + head[0].length;
        pPr = '';
      } else {
        let close = documentXml.indexOf('</w:pPr>', afterOpen);
        // looked for only inside this paragraph's properties (a search to the end of the document per paragraph is quadratic)
        const change = close < 0 ? -1 : documentXml.slice(afterOpen, close).indexOf('<w:pPrChange');
        if (change >= 0) {
          const changeEnd = documentXml.indexOf('</w:pPrChange>', afterOpen + change);
          if (changeEnd >= 0) close = documentXml.indexOf('</w:pPr>', changeEnd);
        }
        if (close < 0) continue;
        pPrEnd = close + '</w:pPr>'.length;
        pPr = documentXml.slice(pPrStart, pPrEnd).replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
      }
    }
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(pPr);
    const ownNumId = numPr ? attr(numPr[1], 'w:numId') : undefined;
    const ownIlvl = numPr ? attr(numPr[1], 'w:ilvl') : undefined;
    const styleId = attr(pPr, 'w:pStyle') ?? styles.defaultStyle;
    let numId: string | undefined;
    let ilvl = 0;
    if (ownNumId !== undefined) {
      numId = ownNumId;
      ilvl = ownIlvl !== undefined ? Number(ownIlvl) : (styleId !== undefined ? counter.levelOfStyle(ownNumId, styleId) : undefined) ?? 0;
    } else {
      const fromStyle = styleNumbering(styleId);
      if (fromStyle) {
        numId = fromStyle.numId;
        ilvl = ownIlvl !== undefined ? Number(ownIlvl) : fromStyle.ilvl ?? counter.levelOfStyle(fromStyle.numId, fromStyle.style) ?? 0;
      }
    }
    if (numId === undefined || numId === '0' || !(ilvl >= 0 && ilvl < MAX_LEVEL)) continue;
    const number = counter.next(numId, ilvl);
    if (!number || !number.text) continue;
    const shown = shownNumber(number.text, number.suffix);
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(shown)}</w:t></w:r>`;
    let props: string;
    if (pPrStart < 0) props = `<w:pPr>${NO_NUMBERING}</w:pPr>`;
    else {
      const original = documentXml.slice(pPrStart, pPrEnd);
      if (/\/>$/.test(original) && !original.includes('</w:pPr>')) props = original.replace(/\s*\/>$/, `>${NO_NUMBERING}</w:pPr>`);
      else if (numPr) props = original.replace(/<w:numPr\b[^>]*>[\s\S]*?<\/w:numPr>/, NO_NUMBERING);
      else props = original.replace(/^(<w:pPr\b[^>]*>)/, `$1${NO_NUMBERING}`);
    }
    out += documentXml.slice(last, pPrStart < 0 ? afterOpen : pPrStart) + props + run;
    last = pPrEnd;
    changed = true;
  }
  if (!changed) return undefined;
  return out + documentXml.slice(last);
}
