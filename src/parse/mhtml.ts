import { decode } from './decode.js';

/**
 * A web page saved as one file (「网页，单个文件」 .mht/.mhtml, as Chrome, Edge, IE and 360 save it): a
 * MIME multipart/related message whose first text/html part (or the part the `start` parameter
 * names) is the page. The part's transfer encoding (quoted-printable, base64, 7bit/8bit/binary) is
 * undone and its bytes decoded in the charset its Content-Type or its <meta> declares (GB2312,
 * GBK and GB18030 all read as GB18030; UTF-8), else by the usual detection. The page then goes
 * the HTML path; positions are lines of the page inside the file.
 */
export class MhtmlError extends Error {
  readonly code = 'FZLINT_MHTML';
}

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
};

/** The head of a MIME message whose content type is multipart/related. */
export function looksMhtml(bytes: Uint8Array): boolean {
  // a MIME message opens with an ASCII header name and a colon ("MIME-Version:", "From:"): checked on the raw
  // bytes first, so the text reports (every file of a run is asked) cost a few byte reads, not a decode
  let n = 0;
  while (n < bytes.length && isHeaderNameByte(bytes[n])) n++;
  if (n === 0 || bytes[n] !== 0x3a) return false;
  const head = latin1(bytes.subarray(0, 4096));
  const end = head.search(/\r?\n\r?\n/);
  const headers = end === -1 ? head : head.slice(0, end);
  return /^[\w-]+:/.test(headers) && /^content-type:\s*multipart\/related/im.test(headers);
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Header block → lower-cased names, unfolded values. */
function parseHeaders(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

function split(message: string): { headers: Map<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(message);
  if (!m) return { headers: parseHeaders(message), body: '' };
  return { headers: parseHeaders(message.slice(0, m.index)), body: message.slice(m.index + m[0].length) };
}

function quotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  const src = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(src.slice(i + 1, i + 3))) {
      out.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

function base64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let n = 0;
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    acc = (acc << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function bodyBytes(part: Part): Uint8Array {
  const cte = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (cte === 'quoted-printable') return quotedPrintable(part.body);
  if (cte === 'base64') return base64(part.body);
  return Uint8Array.from(part.body, (c) => c.charCodeAt(0) & 0xff);
}

/** Bytes of an HTML page → text, in the declared charset when there is one. */
function decodeHtml(bytes: Uint8Array, declared: string | undefined): string {
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(latin1(bytes.subarray(0, 4096)))?.[1];
  for (const label of [declared, meta]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // an unknown label: try the next, then detection
    }
  }
  return decode(bytes).text;
}

/** The page inside a saved single-file web page, as HTML text. */
export function parseMhtml(bytes: Uint8Array): string {
  const message = latin1(bytes);
  const { headers, body } = split(message);
  const type = headers.get('content-type');
  const boundary = param(type, 'boundary');
  if (!boundary) throw new MhtmlError('no multipart boundary');
  const parts: Part[] = body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    // the line break before a boundary belongs to the boundary
    .map((p) => split(p.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  const start = param(type, 'start');
  const page =
    (start && parts.find((p) => p.headers.get('content-id') === start)) ||
    parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (!page) throw new MhtmlError('no text/html part');
  return decodeHtml(bodyBytes(page), param(page.headers.get('content-type'), 'charset'));
}

/** [A-Za-z0-9_-]: what `[\w-]` matches in a header name. */
function isHeaderNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d;
}
