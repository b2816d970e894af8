import { describe, expect, it } from 'vitest';
import { readDocument, ReadError, sniff, type RefusalKind } from '../../src/parse/index.js';
import { encode } from '../../src/parse/decode.js';
import { gzipOf, JPEG, oleFile, PDF, PNG, RAR, storedZip } from '../helpers/binaries.js';
import { toDocx } from '../helpers/containers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, seedText } from '../helpers/seeds.js';
import { songLightPdf } from '../helpers/pdf-cmap.js';

import { useNodeReaders } from '../../src/linter/node-readers.js';
import { setWordBinaryReader } from '../../src/parse/index.js';

// the Node host's readers (Word 97–2003 through word-extractor, pdf.js's character maps)
useNodeReaders();

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(ROOT, 'tests/__data__/containers', name)));

async function refusal(bytes: Uint8Array, name: string): Promise<ReadError> {
  try {
    await readDocument(bytes, `/reports/${name}`);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error(`${name} was read`);
}

const TEXT = new TextEncoder().encode('叶城县2023年度法治政府建设工作报告\n一、主要措施和成效\n');

describe('sniff: what the first bytes say', () => {
  it('recognises the containers that are not report text', async () => {
    expect(sniff(PDF)).toEqual({ kind: 'pdf' });
    expect(sniff(PNG)).toEqual({ kind: 'image', what: 'PNG' });
    expect(sniff(JPEG)).toEqual({ kind: 'image', what: 'JPEG' });
    expect(sniff(gzipOf('x'))).toEqual({ kind: 'archive', what: 'gzip' });
    expect(sniff(RAR)).toEqual({ kind: 'archive', what: 'RAR' });
    expect(sniff(storedZip({ 'a.txt': '报告' }))).toEqual({ kind: 'archive', what: 'ZIP' });
    expect(sniff(storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toEqual({ kind: 'office-zip', what: 'xlsx' });
    expect(sniff(oleFile('WordDocument'))).toEqual({ kind: 'ole', encrypted: false, word: true });
    expect(sniff(oleFile('EncryptedPackage'))).toEqual({ kind: 'ole', encrypted: true, word: false });
    expect(sniff(new TextEncoder().encode('{\\rtf1\\ansi 报告}'))).toEqual({ kind: 'rtf' });
    expect(sniff(await toDocx('报告'))).toEqual({ kind: 'docx' });
  });
  it('text is not a container, in any encoding, even when it starts with letters a signature starts with', () => {
    for (const t of ['叶城县报告', 'BM 报告', 'GIF 报告', 'PK 报告', 'BZh 报告']) {
      expect(sniff(new TextEncoder().encode(t)), t).toBeUndefined();
      expect(sniff(encode(t, 'gb18030', false)), t).toBeUndefined();
      expect(sniff(encode(t, 'utf-16le', true)), t).toBeUndefined();
    }
  });
});

describe('readDocument: refusals name the file and the format, and say what to do', () => {
  const cases: [string, Uint8Array, RefusalKind, string, string][] = [
    [
      'scan.pdf', fixture('scan.pdf'), 'scanned-pdf',
      'scan.pdf 的 PDF 没有文字层（扫描件或图片），无法读取文字：请先文字识别（OCR），或使用报告的 .docx、.txt 版本',
      'scan.pdf is a PDF without a text layer (a scan or images), so there is no text to read: run OCR first, or lint the report’s .docx or .txt version',
    ],
    [
      '加密.pdf', fixture('encrypted.pdf'), 'encrypted-pdf',
      '加密.pdf 是加密的 PDF，需要密码才能打开，无法读取：请向报送单位索取未加密的文件，或导出为 .docx 或 .txt',
      '加密.pdf is an encrypted PDF that needs a password to open and cannot be read: ask for an unencrypted file, or export the report as .docx or .txt',
    ],
    // the bytes decide, not the name: a PDF header with no pages behind it is a damaged PDF
    [
      '报告.txt', PDF, 'corrupt-pdf',
      '报告.txt 无法作为 PDF 读取，文件已损坏（文件结构无效）：请重新下载或向报送单位索取完好的文件',
      '报告.txt cannot be read as a PDF; the file is damaged (Invalid PDF structure.): download it again or ask for an intact copy',
    ],
    [
      '封面.png', PNG, 'image',
      '封面.png 是图片（PNG），不是报告文本，不会当作文本读取：请检查报告的 .txt 或 .docx 版本（扫描件请先文字识别）',
      '封面.png is an image (PNG), not report text, and is not read as text: lint the report’s .txt or .docx version (run OCR on a scan first)',
    ],
    ['photo.jpg', JPEG, 'image', 'photo.jpg 是图片（JPEG），不是报告文本，不会当作文本读取：请检查报告的 .txt 或 .docx 版本（扫描件请先文字识别）', 'photo.jpg is an image (JPEG), not report text, and is not read as text: lint the report’s .txt or .docx version (run OCR on a scan first)'],
    ['reports.zip', storedZip({ 'a.txt': '报告' }), 'archive', 'reports.zip 是压缩包（ZIP），不会当作文本读取：请解压后检查其中的报告', 'reports.zip is an archive (ZIP) and is not read as text: extract it and lint the reports inside'],
    ['r.txt.gz', gzipOf('报告'), 'archive', 'r.txt.gz 是压缩包（gzip），不会当作文本读取：请解压后检查其中的报告', 'r.txt.gz is an archive (gzip) and is not read as text: extract it and lint the reports inside'],
    ['r.rar', RAR, 'archive', 'r.rar 是压缩包（RAR），不会当作文本读取：请解压后检查其中的报告', 'r.rar is an archive (RAR) and is not read as text: extract it and lint the reports inside'],
    // the start of an OLE file with a WordDocument entry, and nothing behind it
    [
      '报告.doc', oleFile('WordDocument'), 'corrupt-doc',
      '报告.doc 无法作为 Word 97–2003 / WPS 文档读取，文件已损坏（{detail}）：请在 Word 或 WPS 中打开修复后“另存为” .docx',
      '报告.doc cannot be read as a Word 97–2003 or WPS document; the file is damaged ({detail}): open and repair it in Word or WPS and save it as .docx',
    ],
    [
      '报告.wps', new TextEncoder().encode('不是 WPS 文件'), 'corrupt-doc',
      '报告.wps 无法作为 Word 97–2003 / WPS 文档读取，文件已损坏（文件头不符）：请在 Word 或 WPS 中打开修复后“另存为” .docx',
      '报告.wps cannot be read as a Word 97–2003 or WPS document; the file is damaged (wrong file header): open and repair it in Word or WPS and save it as .docx',
    ],
    [
      '加密.docx', oleFile('EncryptedPackage'), 'encrypted-docx',
      '加密.docx 是受密码保护的 Word 文档，无法读取：请在 Word 或 WPS 中取消密码后“另存为” .docx',
      '加密.docx is a password-protected Word document and cannot be read: remove the password in Word or WPS and save it as .docx',
    ],
    [
      '假的.docx', TEXT, 'corrupt-docx',
      '假的.docx 无法作为 Word 文档（.docx）读取，文件已损坏（不是 zip 格式）：请在 Word 或 WPS 中打开修复后重新“另存为” .docx，或向报送单位索取完好的文件',
      '假的.docx cannot be read as a Word document (.docx); the file is damaged (not a zip file): open and repair it in Word or WPS and save it as .docx again, or ask for an intact copy',
    ],
    ['统计.xlsx', storedZip({ 'xl/workbook.xml': '<workbook/>' }), 'office', '统计.xlsx 是 Excel 工作簿，不是报告文本：请将报告“另存为” .docx 或导出为 .txt', '统计.xlsx is an Excel workbook, not report text: save the report as .docx or export it as .txt'],
    ['报告.rtf', new TextEncoder().encode('{\\rtf1 报告}'), 'rtf', '报告.rtf：RTF 暂不支持，请在 Word 或 WPS 中“另存为” .docx 后再检查', '报告.rtf: RTF is not supported; open it in Word or WPS and save it as .docx'],
    [
      'data.bin.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00]), 'not-text',
      '无法作为文本读取：data.bin.txt 含有 NUL 字节且不是 UTF-16 文本，可能是二进制文件',
      'cannot read as text: data.bin.txt contains NUL bytes and is not UTF-16 text: probably a binary file',
    ],
    [
      '报告.csv', TEXT, 'unsupported',
      '不支持的文件类型“.csv”（报告.csv）：fzlint 读取 .txt、.md、.html（及 .htm、.shtml、.mht/.mhtml 等保存的网页）、.docx、.doc、.wps、.pdf 和 .ofd',
      'unsupported file type ".csv" (报告.csv): fzlint reads .txt, .md, .html (and .htm, .shtml, .mht/.mhtml and other saved pages), .docx, .doc, .wps, .pdf and .ofd',
    ],
    ['源码.php', new TextEncoder().encode('<?php echo 1; ?>'), 'not-a-page', '源码.php 不是保存下来的网页（没有 HTML 内容），不会检查：请在浏览器中打开该网页后“另存为”', '源码.php is not a saved web page (no HTML in it) and is not checked: open the page in a browser and save it'],
    ['报告.ofd', storedZip({ 'OFD.xml': '<ofd:OFD/>' }), 'ofd', '报告.ofd 是 OFD 版式文件，fzlint 暂不能读取其文字：请在 OFD 阅读器（如数科、福昕）中导出为 PDF 或 .txt 后再检查', '报告.ofd is an OFD document, whose text fzlint cannot read yet: export it as PDF or .txt from an OFD reader'],
  ];
  for (const [name, bytes, kind, zh, en] of cases) {
    it(`${name}: ${kind}`, async () => {
      const e = await refusal(bytes, name);
      expect(e.kind).toBe(kind);
      // {detail}: the reader's own reason, whatever it says
      const pattern = (s: string) => new RegExp(`^${s.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{detail}', '.+')}$`);
      expect(e.localized('zh')).toMatch(pattern(zh));
      expect(e.localized('en')).toMatch(pattern(en));
      expect(e.message).toBe(e.localized('en'));
    });
  }

  it('a damaged .docx (a real one cut in half) is refused with mammoth’s reason', async () => {
    const whole = await toDocx('叶城县2023年度法治政府建设工作报告\n一、主要措施和成效');
    const e = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), '截断.docx');
    expect(e.kind).toBe('corrupt-docx');
    expect(e.localized('zh')).toMatch(/^截断\.docx 无法作为 Word 文档（\.docx）读取，文件已损坏（.+）：请在 Word 或 WPS 中打开修复后重新“另存为” \.docx，或向报送单位索取完好的文件$/);
  });

  it('a zip with the name .docx but no word/document.xml is a damaged Word document, not an archive to extract', async () => {
    const e = await refusal(storedZip({ 'a.txt': 'x' }), '报告.docx');
    expect(e.kind).toBe('corrupt-docx');
    expect(e.localized('zh')).toContain('文件已损坏（缺少 word/document.xml）');
    expect(e.localized('zh')).not.toContain('解压');
  });
});

describe('readDocument: what is read', () => {
  it('text keeps its encoding and BOM; the name picks the format', async () => {
    expect(await readDocument(encode('报告', 'gb18030', false), 'a.txt')).toEqual({ format: 'text', text: '报告', encoding: 'gb18030', bom: false, lineUnit: 'line' });
    expect(await readDocument(encode('# 报告', 'utf-16le', true), 'a.md')).toMatchObject({ format: 'markdown', encoding: 'utf-16le', bom: true });
    expect(await readDocument(TEXT, 'a.HTM')).toMatchObject({ format: 'html', encoding: 'utf-8' });
  });
  it('a name that selects no format uses the fallback (stdin without --stdin-filename)', async () => {
    expect(await readDocument(TEXT, '<stdin>', 'text')).toMatchObject({ format: 'text', lineUnit: 'line' });
  });
  it('a Word document, whatever its name, comes with its tree and paragraph lines', async () => {
    const doc = await readDocument(await toDocx('标题报告\n\n一、主要措施和成效'), '<stdin>', 'text');
    expect(doc).toMatchObject({ format: 'docx', text: '标题报告\n\n一、主要措施和成效', lineUnit: 'paragraph' });
    expect(doc.encoding).toBeUndefined();
    expect(doc.tree?.type).toBe('root');
  });
});

describe('readDocument: PDF', () => {
  it('a PDF restricted only by a permissions password (no printing, no copying) opens without one and is read', async () => {
    const doc = await readDocument(fixture('restricted.pdf'), '限制.pdf');
    expect(doc).toMatchObject({ format: 'pdf', lineUnit: 'page' });
    expect(doc.text.split('\n')[0]).toBe(readFirstLine('002'));
  });
});

function readFirstLine(seed: string): string {
  return seedText(seed).split('\n')[0].trim();
}

describe('readDocument: PDF in a predefined Chinese encoding', () => {
  it('reads text in UniGB-UCS2-H with the non-embedded STSong-Light through the character maps shipped with pdfjs-dist', async () => {
    const { useNodeReaders } = await import('../../src/linter/node-readers.js');
    useNodeReaders();
    const lines = ['叶城县2023年度法治政府建设工作报告', '一、主要措施和成效'];
    const doc = await readDocument(songLightPdf(lines), '宋体.pdf');
    expect(doc.text).toBe(lines.join('\n'));
  });
});

describe('readDocument: without a host reader for Word 97–2003 (a browser)', () => {
  it('refuses a .doc with a message that says it cannot be read here', async () => {
    const { parseDoc } = await import('../../src/linter/doc.js');
    setWordBinaryReader(undefined);
    try {
      const e = await refusal(fixture('002.lo.doc'), '报告.doc');
      expect(e.kind).toBe('doc-unavailable');
      expect(e.localized('zh')).toBe('报告.doc 是 Word 97–2003 / WPS 文档，这里不能读取：请用命令行版 fzlint 检查，或在 Word 或 WPS 中“另存为” .docx 后再检查');
    } finally {
      setWordBinaryReader(parseDoc);
    }
  });
});
