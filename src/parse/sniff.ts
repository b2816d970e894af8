/**
 * What a file is, from its first bytes. Files that are not report text
 * (PDF, images, archives, old binary Office files) are recognised here so
 * they are refused by name and never decoded as text.
 */
export type Container =
  | { kind: 'docx' }
  /** A zip that is another OOXML document (Excel, PowerPoint) or OFD. */
  | { kind: 'office-zip'; what: 'xlsx' | 'pptx' | 'ofd' | 'epub' }
  /** OLE compound file: old .doc/.wps/.xls, or a password-protected .docx (EncryptedPackage). */
  | { kind: 'ole'; encrypted: boolean; word: boolean }
  | { kind: 'pdf' }
  | { kind: 'rtf' }
  | { kind: 'image'; what: string }
  | { kind: 'archive'; what: string };

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/** Whether the bytes contain an ASCII (or, with `utf16`, UTF-16LE) string. */
function contains(bytes: Uint8Array, s: string, utf16 = false): boolean {
  const needle = utf16 ? [...s].flatMap((c) => [c.charCodeAt(0), 0]) : ascii(s);
  const first = needle[0];
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

const IMAGES: [string, number[], number?][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', ascii('GIF87a')],
  ['GIF', ascii('GIF89a')],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['ICO', [0x00, 0x00, 0x01, 0x00]],
];

const ARCHIVES: [string, number[], number?][] = [
  ['RAR', ascii('Rar!\x1a\x07')],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['gzip', [0x1f, 0x8b]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['tar', ascii('ustar'), 257],
];

export function sniff(bytes: Uint8Array): Container | undefined {
  // Zip: .docx, other OOXML/OFD documents, or a plain archive
  if (startsWith(bytes, [0x50, 0x4b]) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    // entry names sit uncompressed in the local headers and the central directory
    if (contains(bytes, 'word/document.xml') || contains(bytes, 'word/document2.xml')) return { kind: 'docx' };
    if (contains(bytes, 'xl/workbook.xml')) return { kind: 'office-zip', what: 'xlsx' };
    if (contains(bytes, 'ppt/presentation.xml')) return { kind: 'office-zip', what: 'pptx' };
    if (contains(bytes, 'OFD.xml')) return { kind: 'office-zip', what: 'ofd' };
    if (contains(bytes, 'application/epub+zip')) return { kind: 'office-zip', what: 'epub' };
    return { kind: 'archive', what: 'ZIP' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // directory entry names are UTF-16LE
    return { kind: 'ole', encrypted: contains(bytes, 'EncryptedPackage', true), word: contains(bytes, 'WordDocument', true) };
  }
  // %PDF- may follow a little junk (some generators emit a BOM or whitespace)
  const head = bytes.subarray(0, 1024);
  if (contains(head, '%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, ascii('{\\rtf'))) return { kind: 'rtf' };
  for (const [what, sig, at] of IMAGES) if (startsWith(bytes, sig, at)) return { kind: 'image', what };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'image', what: 'WebP' };
  if (startsWith(bytes, ascii('ftyp'), 4) && /^(heic|heix|mif1|avif)/.test(String.fromCharCode(...bytes.subarray(8, 12)))) {
    return { kind: 'image', what: 'HEIF' };
  }
  // BMP: "BM" and the file size in the header, so a text starting with "BM" is not taken for one
  if (startsWith(bytes, ascii('BM')) && bytes.length >= 26) {
    const size = bytes[2] | (bytes[3] << 8) | (bytes[4] << 16) | (bytes[5] << 24);
    if (size === bytes.length) return { kind: 'image', what: 'BMP' };
  }
  for (const [what, sig, at] of ARCHIVES) if (startsWith(bytes, sig, at)) return { kind: 'archive', what };
  // bzip2: "BZh" and a block size digit
  if (startsWith(bytes, ascii('BZh')) && bytes[3] >= 0x31 && bytes[3] <= 0x39 && bytes.length > 4 && bytes[4] === 0x31) return { kind: 'archive', what: 'bzip2' };
  return undefined;
}

/**
 * Whether text bytes are an HTML page: after a BOM, blank space and comments, the first tag is a
 * doctype or one of html/head/body/meta/title (as Word, browsers and content systems save pages).
 * ASCII-compatible encodings and UTF-16 both.
 */
export function looksHtml(bytes: Uint8Array): boolean {
  let head = '';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) {
    const le = bytes[0] === 0xff;
    for (let i = 2; i + 1 < Math.min(bytes.length, 2050); i += 2) head += String.fromCharCode(le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    head = String.fromCharCode(...bytes.subarray(start, start + 1024));
  }
  return /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i.test(head);
}
