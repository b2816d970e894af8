import type { Root } from 'mdast';
import { decode, DecodeError, type Encoding } from './decode.js';
import { sniff, type Container } from './sniff.js';
import { formatOf, type Format } from './format.js';

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
  /** "paragraph" for Word documents: line N of `text` is paragraph N of the document. */
  lineUnit: 'line' | 'paragraph';
}

export type RefusalKind =
  | 'pdf'
  | 'image'
  | 'archive'
  | 'doc'
  | 'wps'
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
  pdf: { zh: '{name}：PDF 暂不支持，请导出为 .txt 或 .docx', en: '{name}: PDF is not supported yet; export the report as .txt or .docx' },
  image: {
    zh: '{name} 是图片（{what}），不是报告文本，不会当作文本读取：请检查报告的 .txt 或 .docx 版本（扫描件请先文字识别）',
    en: '{name} is an image ({what}), not report text, and is not read as text: lint the report’s .txt or .docx version (run OCR on a scan first)',
  },
  archive: {
    zh: '{name} 是压缩包（{what}），不会当作文本读取：请解压后检查其中的报告',
    en: '{name} is an archive ({what}) and is not read as text: extract it and lint the reports inside',
  },
  doc: {
    zh: `{name} 是旧版 Word 二进制格式（.doc），暂不支持：${SAVE_AS_DOCX_ZH}`,
    en: `{name} is an old binary Word document (.doc), which is not supported: ${SAVE_AS_DOCX_EN}`,
  },
  wps: {
    zh: '{name} 是 WPS 文字格式（.wps），暂不支持：请在 WPS 中“另存为” .docx 后再检查',
    en: '{name} is a WPS Writer document (.wps), which is not supported: open it in WPS and save it as .docx',
  },
  'encrypted-docx': {
    zh: '{name} 是受密码保护的 Word 文档，无法读取：请在 Word 或 WPS 中取消密码后“另存为” .docx',
    en: '{name} is a password-protected Word document and cannot be read: remove the password in Word or WPS and save it as .docx',
  },
  'corrupt-docx': {
    zh: `{name} 无法作为 Word 文档（.docx）读取，文件已损坏或不是 .docx（{detail}）：${SAVE_AS_DOCX_ZH}`,
    en: `{name} cannot be read as a Word document (.docx); it is damaged or not a .docx ({detail}): ${SAVE_AS_DOCX_EN}`,
  },
  'old-office': {
    zh: '{name} 是旧版 Office 二进制文件，不是报告文本：请将报告“另存为” .docx 或导出为 .txt',
    en: '{name} is an old binary Office file, not report text: save the report as .docx or export it as .txt',
  },
  office: {
    zh: '{name} 是{what}，不是报告文本：请将报告“另存为” .docx 或导出为 .txt',
    en: '{name} is {what}, not report text: save the report as .docx or export it as .txt',
  },
  ofd: { zh: '{name}：OFD 暂不支持，请导出为 .txt 或 .docx', en: '{name}: OFD is not supported yet; export the report as .txt or .docx' },
  rtf: { zh: `{name}：RTF 暂不支持，${SAVE_AS_DOCX_ZH}`, en: `{name}: RTF is not supported; ${SAVE_AS_DOCX_EN}` },
  'not-text': { zh: '无法作为文本读取：{name} {detail}', en: 'cannot read as text: {name} {detail}' },
  unsupported: {
    zh: '不支持的文件类型“{ext}”（{name}）：fzlint 读取 .txt、.md、.html、.htm 和 .docx',
    en: 'unsupported file type "{ext}" ({name}): fzlint reads .txt, .md, .html, .htm and .docx',
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
    case 'pdf':
      return new ReadError('pdf', { name });
    case 'rtf':
      return new ReadError('rtf', { name });
    case 'image':
      return new ReadError('image', { name, what: c.what });
    case 'archive':
      return new ReadError('archive', { name, what: c.what });
    case 'office-zip':
      return c.what === 'ofd' ? new ReadError('ofd', { name }) : new ReadError('office', { name, what: c.what });
    case 'ole':
      // a password-protected .docx is an OLE file holding an EncryptedPackage stream
      if (c.encrypted) return new ReadError('encrypted-docx', { name });
      if (ext === '.wps') return new ReadError('wps', { name });
      if (c.word || ext === '.doc' || ext === '.docx') return new ReadError('doc', { name });
      return new ReadError('old-office', { name });
    case 'docx':
      throw new Error('unreachable');
  }
}

/** Refusal by name alone, for files whose bytes matched no known container. */
function refuseByExtension(name: string, ext: string): ReadError | undefined {
  if (ext === '.pdf') return new ReadError('pdf', { name });
  if (ext === '.doc' || ext === '.dot') return new ReadError('doc', { name });
  if (ext === '.wps' || ext === '.wpt') return new ReadError('wps', { name });
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
  if (container) throw refuseContainer(container, name, ext);
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx') {
    throw new ReadError('corrupt-docx', { name, detail: { zh: '不是 zip 格式', en: 'not a zip file' } });
  }
  const byName = refuseByExtension(name, ext);
  if (byName) throw byName;
  const format = formatOf(filePath) ?? fallback;
  if (!format) throw new ReadError('unsupported', { name, ext: ext || '(none)' });
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new ReadError('not-text', { name, detail: { zh: e.localized('zh'), en: e.localized('en') } });
    throw e;
  }
  return { format, text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, lineUnit: 'line' };
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
