import type { PackedEdits } from '../engine/lazy-fix.js';

/**
 * A packed fix's edits as the UTF-8 bytes of their JSON, `[{"start":…,"end":…,"text":…},…]`: exactly what
 * JSON.stringify writes for the unpacked edits, without an object or a string per edit. The json formatter's
 * largest part by far (the NFKC note: one edit per half-width comma, 15 of the corpus's 23 MB): unpacking,
 * stringifying and then encoding the text cost twice as much as writing the bytes here.
 */
export function editsJson(packed: PackedEdits): Uint8Array {
  const { offsets, texts } = packed;
  const count = offsets.length / 2;
  // one-character texts packed into one string (the usual case) are looked up by their code, without a string each
  const oneChar = typeof texts === 'string';
  const quoted: Uint8Array[] = new Array(count);
  // the brackets and commas, the fixed keys, two numbers of at most 11 characters each, and the texts
  let size = 2;
  for (let i = 0; i < count; i++) {
    quoted[i] = oneChar ? quotedChar(texts.charCodeAt(i)) : quotedText(texts[i]);
    size += 1 + EDIT_KEYS_LENGTH + 22 + quoted[i].length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  out[at++] = 0x5b; // [
  for (let i = 0; i < count; i++) {
    if (i) out[at++] = 0x2c; // ,
    at = put(out, at, START);
    at = putInteger(out, at, offsets[2 * i]);
    at = put(out, at, END);
    at = putInteger(out, at, offsets[2 * i + 1]);
    at = put(out, at, TEXT);
    at = put(out, at, quoted[i]);
    out[at++] = 0x7d; // }
  }
  out[at++] = 0x5d; // ]
  return out.subarray(0, at);
}

const utf8 = new TextEncoder();
const START = utf8.encode('{"start":');
const END = utf8.encode(',"end":');
const TEXT = utf8.encode(',"text":');
const EDIT_KEYS_LENGTH = START.length + END.length + TEXT.length + 1;

/** Replacement texts repeat (，；：（）): each one's JSON string is encoded once. */
const quotedCache = new Map<string, Uint8Array>();
const QUOTED_CACHE_SIZE = 1024;

function quotedText(text: string): Uint8Array {
  let bytes = quotedCache.get(text);
  if (!bytes) {
    bytes = utf8.encode(JSON.stringify(text));
    if (quotedCache.size < QUOTED_CACHE_SIZE) quotedCache.set(text, bytes);
  }
  return bytes;
}

const quotedChars = new Map<number, Uint8Array>();

function quotedChar(code: number): Uint8Array {
  let bytes = quotedChars.get(code);
  if (!bytes) {
    bytes = utf8.encode(JSON.stringify(String.fromCharCode(code)));
    if (quotedChars.size < QUOTED_CACHE_SIZE) quotedChars.set(code, bytes);
  }
  return bytes;
}

function put(out: Uint8Array, at: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) out[at++] = bytes[i];
  return at;
}

/** An Int32 value in decimal, as JSON.stringify writes it (its magnitude is at most 2^31: `| 0` truncates exactly). */
function putInteger(out: Uint8Array, at: number, n: number): number {
  if (n < 0) {
    out[at++] = 0x2d; // -
    n = -n;
  }
  let digits = 1;
  for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
  for (let i = at + digits - 1; i >= at; i--) {
    const q = (n / 10) | 0;
    out[i] = 0x30 + (n - q * 10);
    n = q;
  }
  return at + digits;
}
