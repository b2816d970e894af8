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

export class DecodeError extends Error {
  readonly code = 'FZLINT_DECODE';
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Detect BOMs first (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, falling back
 * to GB18030 (a superset of GBK/GB2312, what Windows exports Chinese text as).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: strict(utf16, bytes), encoding: utf16, bom: false };
  if (hasNul(bytes)) {
    throw new DecodeError('contains NUL bytes and is not UTF-16: probably a binary file');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // fall through to GB18030
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', bom: false };
  } catch {
    throw new DecodeError('is neither valid UTF-8 nor GB18030');
  }
}

/** UTF-16 without a BOM: mostly ASCII-range text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul === 0) return 'utf-16be';
  return undefined;
}

function strict(encoding: Encoding, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`is not valid ${encoding.toUpperCase()}`);
  }
}

/** Text → bytes in the encoding a file was read in (for --fix writes). */
export function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

let gbTable: Map<number, number[]> | undefined;

/**
 * Node has no GB18030 encoder; build a reverse table of the two-byte GBK area
 * once from the decoder (enough for the CJK, punctuation and full-width forms
 * reports use). Characters outside it are refused rather than written wrongly.
 */
function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch.charCodeAt(0))) gbTable.set(ch.charCodeAt(0), [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const pair = gbTable.get(c);
    if (!pair) throw new DecodeError(`cannot encode U+${c.toString(16).toUpperCase()} as GB18030`);
    out.push(pair[0], pair[1]);
  }
  return Uint8Array.from(out);
}
