/**
 * Bytes → text. The only place that knows about encodings, so every format
 * (plain text, Markdown, HTML) reads through it.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the file started with a byte-order mark (kept for --fix writes). */
  bom: boolean;
}

/** Why bytes could not be read as text. */
export type DecodeFailure = 'nul' | 'invalid' | 'invalid-bom' | 'control' | 'unencodable';

const FAILURE_TEXT: Record<DecodeFailure, { zh: string; en: string }> = {
  nul: { zh: '含有 NUL 字节且不是 UTF-16 文本，可能是二进制文件', en: 'contains NUL bytes and is not UTF-16 text: probably a binary file' },
  invalid: { zh: '既不是有效的 UTF-8，也不是有效的 GB18030 文本', en: 'is neither valid UTF-8 nor valid GB18030' },
  'invalid-bom': { zh: '以 {encoding} 字节序标记开头，但内容不是有效的 {encoding}', en: 'starts with a {encoding} byte-order mark but is not valid {encoding}' },
  control: { zh: '含有大量控制字符，可能是二进制文件', en: 'contains many control characters: probably a binary file' },
  unencodable: { zh: '含有无法用 {encoding} 编码的字符 {char}', en: 'contains {char}, which cannot be encoded as {encoding}' },
};

export class DecodeError extends Error {
  readonly code = 'FZLINT_DECODE';
  constructor(
    readonly reason: DecodeFailure,
    readonly detail: { encoding?: string; char?: string } = {},
  ) {
    super(render(FAILURE_TEXT[reason].en, detail));
  }

  /** The reason in the user's language. */
  localized(locale: 'zh' | 'en'): string {
    return render(FAILURE_TEXT[this.reason][locale], this.detail);
  }
}

function render(template: string, data: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => data[k] ?? '');
}

/**
 * Detect BOMs first (UTF-8, UTF-16 LE/BE); otherwise UTF-16 without a BOM when
 * NUL bytes say so, then strict UTF-8, falling back to GB18030 (a superset of
 * GBK/GB2312, what Windows exports Chinese text as). Bytes that decode to text
 * full of control characters are refused rather than linted as garbage.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3), true), encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2), true), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2), true), encoding: 'utf-16be', bom: true };
  }
  if (bytes.indexOf(0) !== -1) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return { ...utf16, bom: false };
    throw new DecodeError('nul');
  }
  let decoded: Decoded | undefined;
  const utf8 = strictUtf8(bytes); // undefined: not UTF-8, fall through to GB18030
  if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8', bom: false };
  // Short GB18030 text can also be valid UTF-8 (一 = D2 BB reads as Cyrillic һ): keep UTF-8
  // unless it reads as no Chinese at all while GB18030 reads as nothing but Chinese. UTF-8 whose only
  // non-ASCII characters are signs a report uses (· × ° ± “ ” — …) stays UTF-8: 「·」 is C2 B7 in UTF-8,
  // which GB18030 reads as 「路」, and an ASCII report with one middle dot is far likelier than a GB18030
  // file whose every character has a lead byte C2/C3 and a trail byte in 80–BF
  if (!decoded || (!CJK.test(decoded.text) && /[^\x00-\x7f]/.test(decoded.text) && !/^[\x00-\x7f\u00a0-\u00ff\u2000-\u206f]*$/.test(decoded.text))) {
    let gb: string | undefined;
    try {
      gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      if (!decoded) throw new DecodeError('invalid');
    }
    if (gb !== undefined && (!decoded || /^[\x00-\x7f]*$/.test(gb.replace(CJK_ALL, '')))) {
      decoded = { text: gb, encoding: 'gb18030', bom: false };
    }
  }
  if (!decoded) throw new DecodeError('invalid');
  if (controlHeavy(decoded.text)) throw new DecodeError('control');
  return decoded;
}

/** Chinese text: CJK ideographs (Extension B and beyond as surrogate pairs), CJK and full-width punctuation, “”‘’—…. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]|[\ud840-\ud8bf][\udc00-\udfff]/;
const CJK_ALL = new RegExp(CJK.source, 'g');
/** What a report is written in: ASCII, Chinese (as above), general punctuation, Latin-1 signs (·×°±). */
const PLAUSIBLE = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud8bf][\udc00-\udfff]/g;

/** Share of a text that reads as report text. */
function plausibility(text: string): number {
  if (!text.length) return 1;
  let n = 0;
  for (const m of text.matchAll(PLAUSIBLE)) n += m[0].length;
  return n / text.length;
}

/**
 * UTF-16 without a BOM. ASCII-range characters (digits, punctuation, line
 * breaks) put a NUL in every other byte; CJK characters rarely do (一 is
 * U+4E00, so NULs fall on the other side too). Both byte orders are tried;
 * the one that reads as report text wins.
 */
function sniffUtf16(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const candidates: { text: string; encoding: 'utf-16le' | 'utf-16be'; score: number }[] = [];
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (text.includes('\0') || controlHeavy(text)) continue;
    candidates.push({ text, encoding, score: plausibility(text) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, other] = candidates;
  if (!best || best.score < 0.9 || (other && other.score >= best.score)) return undefined;
  return { text: best.text, encoding: best.encoding };
}

/**
 * A host's strict UTF-8 decoder: the text, or undefined when the bytes are not valid UTF-8 — exactly what a fatal
 * TextDecoder accepts (decode has taken off a byte-order mark before). The Node host sets one (src/linter/node-readers.ts): V8's own UTF-8 decoding of Chinese
 * text is several times slower than validating and converting natively.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;
let utf8Decoder: Utf8Decoder | undefined;

export function setUtf8Decoder(decoder: Utf8Decoder | undefined): void {
  utf8Decoder = decoder;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  if (utf8Decoder) return utf8Decoder(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The C0 controls controlHeavy counts: most texts have none, and a regular expression says so fastest. */
const CONTROL = /[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]/;

/** More than 1% C0 control characters other than tab, line breaks, form feed and DOS end-of-file. */
function controlHeavy(text: string): boolean {
  if (!CONTROL.test(text)) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a) || c === 0x7f) n++;
  }
  return n > 2 && n > text.length / 100;
}

function strict(encoding: Encoding, bytes: Uint8Array, bom = false): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError(bom ? 'invalid-bom' : 'invalid', { encoding: encoding.toUpperCase() });
  }
}

/** Text → bytes in the encoding a file was read in (for --fix writes). Refuses what it cannot write exactly. */
export function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  if (lone) throw new DecodeError('unencodable', { encoding: encoding.toUpperCase(), char: codePointName(lone[0].charCodeAt(0)) });
  let body: Uint8Array;
  switch (encoding) {
    case 'utf-8':
      body = new TextEncoder().encode(text);
      return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
    case 'utf-16le':
    case 'utf-16be': {
      const le = encoding === 'utf-16le';
      body = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        body[2 * i + (le ? 0 : 1)] = c & 0xff;
        body[2 * i + (le ? 1 : 0)] = c >> 8;
      }
      return bom ? concat(new Uint8Array(le ? [0xff, 0xfe] : [0xfe, 0xff]), body) : body;
    }
    case 'gb18030':
      return encodeGb18030(text);
  }
}

function codePointName(c: number): string {
  return 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

interface GbTables {
  /** BMP code unit → two-byte code (lead << 8 | trail). */
  two: Map<number, number>;
  /** BMP code unit → four-byte pointer, for characters outside the two-byte area. */
  four: Map<number, number>;
}
let gbTables: GbTables | undefined;

/**
 * Node has no GB18030 encoder, so the reverse tables are built once from its
 * decoder (the WHATWG GB18030 index): two-byte codes first (the first code of
 * a character wins, as in the WHATWG encoder), then four-byte codes for the
 * rest of the BMP. Supplementary characters use the linear four-byte range.
 */
function tables(): GbTables {
  if (gbTables) return gbTables;
  const dec = new TextDecoder('gb18030');
  const two = new Map<number, number>();
  // one decode call: pairs separated by \n; an invalid pair decodes to U+FFFD (plus its ASCII trail byte)
  const pairs: number[] = [];
  const codes: number[] = [];
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      pairs.push(hi, lo, 10);
      codes.push((hi << 8) | lo);
    }
  }
  dec
    .decode(Uint8Array.from(pairs))
    .split('\n')
    .forEach((ch, i) => {
      if (i < codes.length && ch.length === 1 && ch !== '\ufffd' && !two.has(ch.charCodeAt(0))) two.set(ch.charCodeAt(0), codes[i]);
    });
  const four = new Map<number, number>();
  const BMP_POINTERS = 39420;
  const quads = new Uint8Array(BMP_POINTERS * 4);
  for (let p = 0; p < BMP_POINTERS; p++) quads.set(pointerBytes(p), p * 4);
  const decoded = dec.decode(quads);
  if (decoded.length === BMP_POINTERS) {
    for (let p = 0; p < BMP_POINTERS; p++) {
      const c = decoded.charCodeAt(p);
      // every BMP pointer is valid, so U+FFFD here is the real character (84 31 A4 37)
      if (!two.has(c) && !four.has(c)) four.set(c, p);
    }
  }
  gbTables = { two, four };
  return gbTables;
}

function pointerBytes(p: number): number[] {
  return [Math.floor(p / 12600) + 0x81, Math.floor(p / 1260) % 10 + 0x30, Math.floor(p / 10) % 126 + 0x81, (p % 10) + 0x30];
}

function encodeGb18030(text: string): Uint8Array {
  const { two, four } = tables();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      out.push(...pointerBytes(189000 + cp - 0x10000));
      i++;
      continue;
    }
    const code = two.get(c);
    if (code !== undefined) {
      out.push(code >> 8, code & 0xff);
      continue;
    }
    const p = four.get(c);
    if (p === undefined) throw new DecodeError('unencodable', { encoding: 'GB18030', char: codePointName(c) });
    out.push(...pointerBytes(p));
  }
  return Uint8Array.from(out);
}
