import { describe, expect, it } from 'vitest';
import { readDocument, ReadError, sniff, type RefusalKind } from '../../src/parse/index.js';
import { encode } from '../../src/parse/decode.js';
import { gzipOf, JPEG, oleFile, PDF, PNG, RAR, storedZip } from '../helpers/binaries.js';
import { toDocx } from '../helpers/containers.js';

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
    ['scan.pdf', PDF, 'pdf', 'scan.pdf：PDF 暂不支持，请导出为 .txt 或 .docx', 'scan.pdf: PDF is not supported yet; export the report as .txt or .docx'],
    // the bytes decide, not the name
    ['报告.txt', PDF, 'pdf', '报告.txt：PDF 暂不支持，请导出为 .txt 或 .docx', '报告.txt: PDF is not supported yet; export the report as .txt or .docx'],
    [
      '封面.png', PNG, 'image',
      '封面.png 是图片（PNG），不是报告文本，不会当作文本读取：请检查报告的 .txt 或 .docx 版本（扫描件请先文字识别）',
      '封面.png is an image (PNG), not report text, and is not read as text: lint the report’s .txt or .docx version (run OCR on a scan first)',
    ],
    ['photo.jpg', JPEG, 'image', 'photo.jpg 是图片（JPEG），不是报告文本，不会当作文本读取：请检查报告的 .txt 或 .docx 版本（扫描件请先文字识别）', 'photo.jpg is an image (JPEG), not report text, and is not read as text: lint the report’s .txt or .docx version (run OCR on a scan first)'],
    ['reports.zip', storedZip({ 'a.txt': '报告' }), 'archive', 'reports.zip 是压缩包（ZIP），不会当作文本读取：请解压后检查其中的报告', 'reports.zip is an archive (ZIP) and is not read as text: extract it and lint the reports inside'],
    ['r.txt.gz', gzipOf('报告'), 'archive', 'r.txt.gz 是压缩包（gzip），不会当作文本读取：请解压后检查其中的报告', 'r.txt.gz is an archive (gzip) and is not read as text: extract it and lint the reports inside'],
    ['r.rar', RAR, 'archive', 'r.rar 是压缩包（RAR），不会当作文本读取：请解压后检查其中的报告', 'r.rar is an archive (RAR) and is not read as text: extract it and lint the reports inside'],
    [
      '报告.doc', oleFile('WordDocument'), 'doc',
      '报告.doc 是旧版 Word 二进制格式（.doc），暂不支持：请在 Word 或 WPS 中“另存为” .docx 后再检查',
      '报告.doc is an old binary Word document (.doc), which is not supported: open it in Word or WPS and save it as .docx',
    ],
    [
      '报告.wps', oleFile('WordDocument'), 'wps',
      '报告.wps 是 WPS 文字格式（.wps），暂不支持：请在 WPS 中“另存为” .docx 后再检查',
      '报告.wps is a WPS Writer document (.wps), which is not supported: open it in WPS and save it as .docx',
    ],
    [
      '加密.docx', oleFile('EncryptedPackage'), 'encrypted-docx',
      '加密.docx 是受密码保护的 Word 文档，无法读取：请在 Word 或 WPS 中取消密码后“另存为” .docx',
      '加密.docx is a password-protected Word document and cannot be read: remove the password in Word or WPS and save it as .docx',
    ],
    [
      '假的.docx', TEXT, 'corrupt-docx',
      '假的.docx 无法作为 Word 文档（.docx）读取，文件已损坏或不是 .docx（不是 zip 格式）：请在 Word 或 WPS 中“另存为” .docx 后再检查',
      '假的.docx cannot be read as a Word document (.docx); it is damaged or not a .docx (not a zip file): open it in Word or WPS and save it as .docx',
    ],
    ['统计.xlsx', storedZip({ 'xl/workbook.xml': '<workbook/>' }), 'office', '统计.xlsx 是 Excel 工作簿，不是报告文本：请将报告“另存为” .docx 或导出为 .txt', '统计.xlsx is an Excel workbook, not report text: save the report as .docx or export it as .txt'],
    ['报告.rtf', new TextEncoder().encode('{\\rtf1 报告}'), 'rtf', '报告.rtf：RTF 暂不支持，请在 Word 或 WPS 中“另存为” .docx 后再检查', '报告.rtf: RTF is not supported; open it in Word or WPS and save it as .docx'],
    [
      'data.bin.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00]), 'not-text',
      '无法作为文本读取：data.bin.txt 含有 NUL 字节且不是 UTF-16 文本，可能是二进制文件',
      'cannot read as text: data.bin.txt contains NUL bytes and is not UTF-16 text: probably a binary file',
    ],
    ['报告.csv', TEXT, 'unsupported', '不支持的文件类型“.csv”（报告.csv）：fzlint 读取 .txt、.md、.html、.htm 和 .docx', 'unsupported file type ".csv" (报告.csv): fzlint reads .txt, .md, .html, .htm and .docx'],
  ];
  for (const [name, bytes, kind, zh, en] of cases) {
    it(`${name}: ${kind}`, async () => {
      const e = await refusal(bytes, name);
      expect(e.kind).toBe(kind);
      expect(e.localized('zh')).toBe(zh);
      expect(e.localized('en')).toBe(en);
      expect(e.message).toBe(en);
    });
  }

  it('a damaged .docx (a real one cut in half) is refused with mammoth’s reason', async () => {
    const whole = await toDocx('叶城县2023年度法治政府建设工作报告\n一、主要措施和成效');
    const e = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), '截断.docx');
    expect(e.kind).toBe('corrupt-docx');
    expect(e.localized('zh')).toMatch(/^截断\.docx 无法作为 Word 文档（\.docx）读取，文件已损坏或不是 \.docx（.+）：请在 Word 或 WPS 中“另存为” \.docx 后再检查$/);
  });

  it('a zip with the name .docx but no word/document.xml is an archive, not a Word document', async () => {
    const e = await refusal(storedZip({ 'a.txt': 'x' }), '报告.docx');
    expect(e.kind).toBe('archive');
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
