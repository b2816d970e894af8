import type { Root } from 'mdast';
import { decode, DecodeError, type Encoding } from './decode.js';
import { sniff, type Container } from './sniff.js';
import { formatOf, SERVER_PAGE_EXTENSIONS, type Format } from './format.js';
import { looksHtml } from './sniff.js';
import { looksMhtml } from './mhtml.js';
import type { LaidOut, PlacedSegment } from './layout.js';
import { PdfError } from './pdf-error.js';

/**
 * Bytes as they come (a file, stdin) → a document fzlint can lint, or a
 * refusal that says what the file is and what to do instead. Containers are
 * recognised by their magic bytes first, so a PDF, an image or an archive is
 * never decoded as text whatever its name.
 */
export interface SourceDocument {
  format: Format;
  /** The text positions refer to: the file's text, or for Word one line per paragraph. */
  text: string;
  /** The tree, when reading already produced it (Word); otherwise parse `text` with loadParser(format). */
  tree?: Root;
  /** Encoding of a text file (UTF-8, GB18030, UTF-16), kept for --fix writes. */
  encoding?: Encoding;
  bom?: boolean;
  /**
   * "paragraph" for Word documents: line N of `text` is paragraph N of the document. "page" for PDF
   *: line N of `text` is the Nth paragraph rebuilt from the pages, and `placement` says on
   * which page and line each of its characters was printed.
   */
  lineUnit: 'line' | 'paragraph' | 'page';
  /** For lineUnit "page": line N of `text` → its visual lines (see layout.ts). */
  placement?: PlacedSegment[][];
}

export type RefusalKind =
  | 'encrypted-pdf'
  | 'scanned-pdf'
  | 'corrupt-pdf'
  | 'corrupt-doc'
  | 'doc-unavailable'
  | 'pdf-unavailable'
  | 'corrupt-mhtml'
  | 'not-a-page'
  | 'image'
  | 'archive'
  | 'encrypted-docx'
  | 'corrupt-docx'
  | 'old-office'
  | 'office'
  | 'ofd'
  | 'rtf'
  | 'not-text'
  | 'unsupported';

const SAVE_AS_DOCX_ZH = '请在 Word 或 WPS 中“另存为” .docx 后再检查';
const SAVE_AS_DOCX_EN = 'open it in Word or WPS and save it as .docx';

const REFUSALS: Record<RefusalKind, { zh: string; en: string }> = {
  'encrypted-pdf': {
    zh: '{name} 是加密的 PDF，需要密码才能打开，无法读取：请向报送单位索取未加密的文件，或导出为 .docx 或 .txt',
    en: '{name} is an encrypted PDF that needs a password to open and cannot be read: ask for an unencrypted file, or export the report as .docx or .txt',
  },
  'scanned-pdf': {
    zh: '{name} 的 PDF 没有文字层（扫描件或图片），无法读取文字：请先文字识别（OCR），或使用报告的 .docx、.txt 版本',
    en: '{name} is a PDF without a text layer (a scan or images), so there is no text to read: run OCR first, or lint the report’s .docx or .txt version',
  },
  'corrupt-pdf': {
    zh: '{name} 无法作为 PDF 读取，文件已损坏（{detail}）：请重新下载或向报送单位索取完好的文件',
    en: '{name} cannot be read as a PDF; the file is damaged ({detail}): download it again or ask for an intact copy',
  },
  'corrupt-doc': {
    zh: '{name} 无法作为 Word 97–2003 / WPS 文档读取，文件已损坏（{detail}）：请在 Word 或 WPS 中打开修复后“另存为” .docx',
    en: '{name} cannot be read as a Word 97–2003 or WPS document; the file is damaged ({detail}): open and repair it in Word or WPS and save it as .docx',
  },
  'pdf-unavailable': {
    zh: '{name} 是 PDF，这里不能读取：请用命令行版 fzlint 检查，或导出为 .docx 或 .txt',
    en: '{name} is a PDF, which cannot be read here: lint it with the fzlint command line, or export it as .docx or .txt',
  },
  'doc-unavailable': {
    zh: "{name} 是 Word 97–2003 / WPS 文档，这里不能读取：请用命令行版 fzlint 检查，或在 Word 或 WPS 中“另存为” .docx 后再检查",
    en: `{name} is a Word 97–2003 or WPS document, which cannot be read here: lint it with the fzlint command line, or ${SAVE_AS_DOCX_EN}`,
  },
  'corrupt-mhtml': {
    zh: '{name} 无法作为单个文件网页（.mht/.mhtml）读取，文件已损坏（{detail}）：请重新保存网页',
    en: '{name} cannot be read as a single-file web page (.mht/.mhtml); the file is damaged ({detail}): save the page again',
  },
  'not-a-page': {
    zh: '{name} 不是保存下来的网页（没有 HTML 内容），不会检查：请在浏览器中打开该网页后“另存为”',
    en: '{name} is not a saved web page (no HTML in it) and is not checked: open the page in a browser and save it',
  },
  image: {
    zh: '{name} 是图片（{what}），不是报告文本，不会当作文本读取：请检查报告的 .txt 或 .docx 版本（扫描件请先文字识别）',
    en: '{name} is an image ({what}), not report text, and is not read as text: lint the report’s .txt or .docx version (run OCR on a scan first)',
  },
  archive: {
    zh: '{name} 是压缩包（{what}），不会当作文本读取：请解压后检查其中的报告',
    en: '{name} is an archive ({what}) and is not read as text: extract it and lint the reports inside',
  },
  'encrypted-docx': {
    zh: '{name} 是受密码保护的 Word 文档，无法读取：请在 Word 或 WPS 中取消密码后“另存为” .docx',
    en: '{name} is a password-protected Word document and cannot be read: remove the password in Word or WPS and save it as .docx',
  },
  'corrupt-docx': {
    zh: '{name} 无法作为 Word 文档（.docx）读取，文件已损坏（{detail}）：请在 Word 或 WPS 中打开修复后重新“另存为” .docx，或向报送单位索取完好的文件',
    en: '{name} cannot be read as a Word document (.docx); the file is damaged ({detail}): open and repair it in Word or WPS and save it as .docx again, or ask for an intact copy',
  },
  'old-office': {
    zh: '{name} 是旧版 Office 二进制文件，不是报告文本：请将报告“另存为” .docx 或导出为 .txt',
    en: '{name} is an old binary Office file, not report text: save the report as .docx or export it as .txt',
  },
  office: {
    zh: '{name} 是{what}，不是报告文本：请将报告“另存为” .docx 或导出为 .txt',
    en: '{name} is {what}, not report text: save the report as .docx or export it as .txt',
  },
  ofd: {
    zh: '{name} 是 OFD 版式文件，fzlint 暂不能读取其文字：请在 OFD 阅读器（如数科、福昕）中导出为 PDF 或 .txt 后再检查',
    en: '{name} is an OFD document, whose text fzlint cannot read yet: export it as PDF or .txt from an OFD reader',
  },
  rtf: { zh: `{name}：RTF 暂不支持，${SAVE_AS_DOCX_ZH}`, en: `{name}: RTF is not supported; ${SAVE_AS_DOCX_EN}` },
  'not-text': { zh: '无法作为文本读取：{name} {detail}', en: 'cannot read as text: {name} {detail}' },
  unsupported: {
    zh: '不支持的文件类型“{ext}”（{name}）：fzlint 读取 .txt、.md、.html（及 .htm、.shtml、.mht/.mhtml 等保存的网页）、.docx、.doc、.wps、.pdf 和 .ofd',
    en: 'unsupported file type "{ext}" ({name}): fzlint reads .txt, .md, .html (and .htm, .shtml, .mht/.mhtml and other saved pages), .docx, .doc, .wps, .pdf and .ofd',
  },
};

const OFFICE_WHAT: Record<string, { zh: string; en: string }> = {
  xlsx: { zh: ' Excel 工作簿', en: 'an Excel workbook' },
  pptx: { zh: ' PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
  epub: { zh: ' EPUB 电子书', en: 'an EPUB e-book' },
};

/** A file fzlint will not read, with the reason in both languages. Never carries a stack to the user. */
export class ReadError extends Error {
  readonly code = 'FZLINT_READ';
  constructor(
    readonly kind: RefusalKind,
    private readonly data: { name: string; what?: string; ext?: string; detail?: { zh: string; en: string } },
  ) {
    super('');
    this.message = this.localized('en');
  }

  localized(locale: 'zh' | 'en'): string {
    const d = this.data;
    const what = this.kind === 'office' ? OFFICE_WHAT[d.what ?? '']?.[locale] ?? d.what : d.what;
    const values: Record<string, string> = { name: d.name, what: what ?? '', ext: d.ext ?? '', detail: d.detail?.[locale] ?? '' };
    return REFUSALS[this.kind][locale].replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  }
}

function baseName(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  return parts[parts.length - 1] || filePath;
}

function extensionOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i).toLowerCase() : '';
}

const IMAGE_EXT: Record<string, string> = {
  '.png': 'PNG', '.jpg': 'JPEG', '.jpeg': 'JPEG', '.gif': 'GIF', '.bmp': 'BMP', '.tif': 'TIFF', '.tiff': 'TIFF', '.webp': 'WebP', '.heic': 'HEIF', '.ico': 'ICO',
};
const ARCHIVE_EXT: Record<string, string> = {
  '.zip': 'ZIP', '.rar': 'RAR', '.7z': '7z', '.gz': 'gzip', '.tgz': 'gzip', '.bz2': 'bzip2', '.xz': 'xz', '.tar': 'tar', '.zst': 'zstd',
};

function refuseContainer(c: Container, name: string, ext: string): ReadError {
  switch (c.kind) {
    case 'rtf':
      return new ReadError('rtf', { name });
    case 'image':
      return new ReadError('image', { name, what: c.what });
    case 'archive':
      // a .docx is a zip: one without its document part is a damaged Word file, not an archive to extract
      if (DOCX_EXT.has(ext)) return new ReadError('corrupt-docx', { name, detail: { zh: '缺少 word/document.xml', en: 'no word/document.xml' } });
      return new ReadError('archive', { name, what: c.what });
    case 'office-zip':
      return c.what === 'ofd' ? new ReadError('ofd', { name }) : new ReadError('office', { name, what: c.what });
    case 'ole':
      return new ReadError('old-office', { name });
    default:
      throw new Error('unreachable');
  }
}

/** Refusal by name alone, for files whose bytes matched no known container. */
function refuseByExtension(name: string, ext: string): ReadError | undefined {
  const damaged = { zh: '文件头不符', en: 'wrong file header' };
  if (ext === '.pdf') return new ReadError('corrupt-pdf', { name, detail: damaged });
  if (WORD_BINARY_EXT.has(ext)) return new ReadError('corrupt-doc', { name, detail: damaged });
  if (ext === '.ofd') return new ReadError('ofd', { name });
  if (ext === '.rtf') return new ReadError('rtf', { name });
  if (ext in IMAGE_EXT) return new ReadError('image', { name, what: IMAGE_EXT[ext] });
  if (ext in ARCHIVE_EXT) return new ReadError('archive', { name, what: ARCHIVE_EXT[ext] });
  if (ext === '.xls' || ext === '.ppt') return new ReadError('old-office', { name });
  if (ext === '.xlsx' || ext === '.pptx') return new ReadError('office', { name, what: ext.slice(1) });
  return undefined;
}

/**
 * Read a document. `fallback` is the format for a name that selects none
 * (stdin without --stdin-filename); without it such a name is refused.
 */
export async function readDocument(bytes: Uint8Array, filePath: string, fallback?: Format): Promise<SourceDocument> {
  const name = baseName(filePath);
  const ext = extensionOf(name);
  const container = sniff(bytes);
  if (container?.kind === 'docx') return readDocx(bytes, name);
  if (container?.kind === 'pdf') return readPdf(bytes, name);
  // a password-protected .docx is an OLE file holding an EncryptedPackage stream
  if (container?.kind === 'ole' && container.encrypted) throw new ReadError('encrypted-docx', { name });
  if (container?.kind === 'ole' && (container.word || WORD_BINARY_EXT.has(ext))) return readDoc(bytes, name);
  if (container) throw refuseContainer(container, name, ext);
  // saved web pages are recognised by their content: a page saved as .doc, .mht or with no name at all
  if (looksMhtml(bytes)) return readMhtml(bytes, name);
  const byName = formatOf(filePath);
  const page = (byName === undefined || byName === 'html' || WORD_BINARY_EXT.has(ext)) && looksHtml(bytes);
  if (page) return readText(bytes, name, 'html');
  if (DOCX_EXT.has(ext)) {
    throw new ReadError('corrupt-docx', { name, detail: { zh: '不是 zip 格式', en: 'not a zip file' } });
  }
  if (SERVER_PAGE_EXTENSIONS.includes(ext)) throw new ReadError('not-a-page', { name });
  const refused = refuseByExtension(name, ext);
  if (refused) throw refused;
  const format = byName ?? fallback;
  if (!format) throw new ReadError('unsupported', { name, ext: ext || '(none)' });
  return readText(bytes, name, format);
}

const DOCX_EXT = new Set(['.docx', '.docm', '.dotx']);
const WORD_BINARY_EXT = new Set(['.doc', '.dot', '.wps', '.wpt']);

/** Whether reading these bytes goes through a container reader (not a decode of the bytes as text). */
export function readsAsContainer(bytes: Uint8Array): boolean {
  return sniff(bytes) !== undefined || looksMhtml(bytes);
}

function readText(bytes: Uint8Array, name: string, format: Format): SourceDocument {
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new ReadError('not-text', { name, detail: { zh: e.localized('zh'), en: e.localized('en') } });
    throw e;
  }
  return { format, text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, lineUnit: 'line' };
}

const firstLine = (s: string) => s.split('\n')[0].slice(0, 120);

type PdfReader = (bytes: Uint8Array) => Promise<LaidOut>;
let pdfReader: PdfReader | undefined;

/**
 * PDF is read by a reader the host provides: parsePdf (src/parse/pdf.ts, pdf.js and the layout step)
 * needs no Node API, but pdf.js is large, so a host that wants PDF hands it in (the Node host does,
 * src/linter/node-readers.ts) and the kernel bundle does not carry it. Without one, a PDF is refused
 * with a message that says so.
 */
export function setPdfReader(reader: PdfReader | undefined): void {
  pdfReader = reader;
}

async function readPdf(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  if (!pdfReader) throw new ReadError('pdf-unavailable', { name });
  try {
    const laid = await pdfReader(bytes);
    return { format: 'pdf', text: laid.text, lineUnit: 'page', placement: laid.placement };
  } catch (e) {
    if (e instanceof PdfError) {
      if (e.kind === 'encrypted') throw new ReadError('encrypted-pdf', { name });
      if (e.kind === 'no-text') throw new ReadError('scanned-pdf', { name });
      const detail = firstLine(e.message);
      throw new ReadError('corrupt-pdf', { name, detail: { zh: /invalid pdf structure/i.test(detail) ? '文件结构无效' : detail, en: detail } });
    }
    throw e;
  }
}

/** A failure of the host's Word 97–2003 reader: the file is damaged. */
export class WordBinaryError extends Error {
  readonly code = 'FZLINT_DOC';
}

type WordBinaryReader = (bytes: Uint8Array) => Promise<string>;
let wordBinaryReader: WordBinaryReader | undefined;

/**
 * Word 97–2003 (.doc) and WPS (.wps) are read by a reader the host provides (the Node host's uses
 * word-extractor, which needs Node's Buffer: src/linter/doc.ts). It returns one paragraph per line
 * and throws WordBinaryError for a damaged file.
 */
export function setWordBinaryReader(reader: WordBinaryReader | undefined): void {
  wordBinaryReader = reader;
}

async function readDoc(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  if (!wordBinaryReader) throw new ReadError('doc-unavailable', { name });
  try {
    return { format: 'doc', text: await wordBinaryReader(bytes), lineUnit: 'paragraph' };
  } catch (e) {
    if (e instanceof WordBinaryError) {
      const detail = firstLine(e.message);
      throw new ReadError('corrupt-doc', { name, detail: { zh: detail, en: detail } });
    }
    throw e;
  }
}

async function readMhtml(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  const { parseMhtml, MhtmlError } = await import('./mhtml.js');
  try {
    return { format: 'html', text: parseMhtml(bytes), lineUnit: 'line' };
  } catch (e) {
    if (e instanceof MhtmlError) throw new ReadError('corrupt-mhtml', { name, detail: { zh: e.message, en: e.message } });
    throw e;
  }
}

async function readDocx(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  const { parseDocx, DocxError } = await import('./docx.js');
  try {
    const doc = await parseDocx(bytes);
    return { format: 'docx', text: doc.text, tree: doc.tree, lineUnit: 'paragraph' };
  } catch (e) {
    if (e instanceof DocxError) {
      const detail = e.message.split('\n')[0].slice(0, 120);
      // a budget exceeded (zip bomb) is not damage: say what it is
      if (e.localized) throw new ReadError('not-text', { name, detail: e.localized });
      throw new ReadError('corrupt-docx', { name, detail: { zh: detail, en: detail } });
    }
    throw e;
  }
}
