import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode } from '../../src/parse/decode.js';
import { looksMhtml, parseMhtml } from '../../src/parse/mhtml.js';
import { looksHtml } from '../../src/parse/sniff.js';
import { readDocument } from '../../src/parse/index.js';
import { ROOT } from '../helpers/seeds.js';

const PAGE = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>叶城县2023年度法治政府建设工作报告</title></head><body><p>一、主要措施和成效</p><p>“法治”建设＝１００％</p></body></html>';
const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** As IE and 360 save 「网页，单个文件」: MIME headers, the page in base64 (GBK), an image part. */
function ieStyle(): Uint8Array {
  const b64 = Buffer.from(encode(PAGE, 'gb18030', false)).toString('base64').replace(/.{76}/g, '$&\r\n');
  return bytesOf(
    [
      'From: <由 Windows Internet Explorer 8 保存>'.replace(/[^\x00-\x7f]/g, '?'),
      'Subject: report',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----=_NextPart_000_0000_01DA0000.00000000"',
      '',
      'This is a multi-part message in MIME format.',
      '',
      '------=_NextPart_000_0000_01DA0000.00000000',
      'Content-Type: text/html;',
      '\tcharset="gb2312"',
      'Content-Transfer-Encoding: base64',
      'Content-Location: http://www.example.gov.cn/a.html',
      '',
      b64,
      '',
      '------=_NextPart_000_0000_01DA0000.00000000',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '',
      '------=_NextPart_000_0000_01DA0000.00000000--',
      '',
    ].join('\r\n'),
  );
}

/** Quoted-printable GBK, the charset only in the page's <meta>, the page named by `start`. */
function qpStyle(): Uint8Array {
  const gbk = encode(PAGE, 'gb18030', false);
  let qp = '';
  for (const b of gbk) qp += b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
  qp = qp.replace(/.{70}/g, '$&=\r\n');
  return bytesOf(
    [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="b1"; start="<page@x>"; type="text/html"',
      '',
      '--b1',
      'Content-Type: text/css',
      '',
      'p { color: red }',
      '--b1',
      'Content-Type: text/html',
      'Content-ID: <page@x>',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp,
      '--b1--',
    ].join('\r\n'),
  );
}

describe('single-file web pages (.mht/.mhtml)', () => {
  it('reads the page of an IE/360-style file: base64, GB2312 declared on the part', () => {
    expect(looksMhtml(ieStyle())).toBe(true);
    expect(parseMhtml(ieStyle())).toBe(PAGE);
  });

  it('reads quoted-printable GBK with the charset only in <meta>, choosing the part `start` names', () => {
    expect(parseMhtml(qpStyle())).toBe(PAGE);
  });

  it('reads the page chromium captured (Page.captureSnapshot), UTF-8 quoted-printable', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'tests/__data__/containers/000.chromium.mhtml')));
    const doc = await readDocument(bytes, 'report.mhtml');
    expect(doc.format).toBe('html');
    expect(doc.text).toContain('<h1 class="article-title">叶城县2023年度法治政府建设工作报告</h1>');
  });

  it('is recognised by content whatever its name, and a plain text is not taken for one', async () => {
    expect((await readDocument(ieStyle(), '下载.doc')).text).toBe(PAGE);
    expect(looksMhtml(new TextEncoder().encode('Content-Type: 报告\n\n一、主要措施'))).toBe(false);
    expect(looksMhtml(new TextEncoder().encode(latin1(new Uint8Array(0)) + '叶城县报告'))).toBe(false);
  });
});

describe('HTML by content', () => {
  it('recognises pages as browsers, Word and content systems save them', () => {
    for (const page of [
      '<!DOCTYPE html><html><body>报告</body></html>',
      '\ufeff<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">',
      '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">',
      '<!-- saved from url=(0044)http://www.example.gov.cn/ -->\r\n<html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
      '  \n<meta charset="gbk"><title>报告</title>',
    ]) {
      expect(looksHtml(new TextEncoder().encode(page)), page).toBe(true);
    }
    expect(looksHtml(encode('<html><body>报告</body></html>', 'utf-16le', true))).toBe(true);
  });

  it('does not take a report that mentions a tag for a page', () => {
    for (const text of ['叶城县2023年度法治政府建设工作报告\n<html>', '一、主要措施 <p>', '<报告>', '<?php echo 1; ?>']) {
      expect(looksHtml(new TextEncoder().encode(text)), text).toBe(false);
    }
  });

  it('an HTML page saved with a .doc name is read as a page, not refused as old Word', async () => {
    const doc = await readDocument(new TextEncoder().encode('<html><head><title>报告</title></head><body><p>一、主要措施和成效</p></body></html>'), '报告.doc');
    expect(doc).toMatchObject({ format: 'html', lineUnit: 'line' });
  });

  it('.shtml, .jhtml, .aspx, .php and .jsp pages are read as HTML', async () => {
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body><p>一、主要措施和成效</p></body></html>');
    for (const ext of ['shtml', 'jhtml', 'aspx', 'php', 'jsp']) expect((await readDocument(page, `content_1.${ext}`)).format, ext).toBe('html');
  });
});
