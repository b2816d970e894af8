#!/usr/bin/env node
// Builds the case files of eval/independent6 from reports.mjs: every case is one base report (clean or with one
// planted fault) in one of the forms reviewers receive. Labels (`expect`, `fault`) are written here by hand, with
// the case list, before any run. Output: cases/<id>.<ext> and cases.json (read by suite.ts).
//
//   node eval/independent6/make.mjs          (needs LibreOffice `soffice` for .doc and .pdf)
//
// Forms:
//   pdfcopy  .txt   text copied out of a PDF viewer: hard line breaks every W characters (inside sentences and
//                   numbers), page numbers, running headers/footers, full-width indentation, 文号, 抄送/印发
//   html     .html  a saved government article page: navigation, breadcrumb, 发布时间/来源/浏览次数/字号/打印本页,
//                   索引号 metadata table or list, related links, footer with 网站标识码 and ICP备案;
//                   the report in <p>, or in one <div> with <br>, optionally with a figures table
//   docx     .docx  a Word file written with the `docx` package: headings in Word heading styles or as bold
//                   plain paragraphs, Word auto-numbering (numbers not in the text), figures table, running
//                   header and 「— N —」 page-number footer
//   doc      .doc   the .docx saved by LibreOffice as Word 97–2003
//   pdf      .pdf   the .docx exported by LibreOffice as PDF
//   md       .md    pandoc-like Markdown from Word: lines wrapped at 72 columns, YAML title block, escaped
//                   「1\.」, hard breaks 「\」, pipe tables, numbered-list markers 「1.  」
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as docx from 'docx';
import { BASES, plant, dropPart, renumber } from './reports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'cases');

// ---------------------------------------------------------------- helpers
const chars = (s) => [...s];
/** display width: CJK and full-width 2, others 1 */
const w = (ch) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u2014\u201c\u201d\u2018\u2019\u2026]/.test(ch) ? 2 : 1);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** characters that never open a line (Chinese line-breaking rules: they hang at the end of the line instead) */
const NO_START = /^[，。、；：？！”’）》〕】…—%]$/;

/**
 * Break a paragraph into lines of at most `cols` display columns (plus hanging punctuation). Runs of ASCII
 * letters and digits (「11860」, 「98.8%」) stay whole unless `splitNumbers` (some PDF producers break inside them).
 */
function breakLines(text, cols, firstIndent = '', splitNumbers = false) {
  const units = splitNumbers ? chars(text) : text.match(/[0-9A-Za-z.%+\-]+|[\s\S]/gu) ?? [];
  const out = [];
  let line = firstIndent;
  let width = chars(firstIndent).reduce((a, c) => a + w(c), 0);
  for (const u of units) {
    const uw = chars(u).reduce((a, c) => a + w(c), 0);
    if (width + uw > cols && line !== '' && !NO_START.test(u)) {
      out.push(line);
      line = '';
      width = 0;
    }
    line += u;
    width += uw;
  }
  if (line) out.push(line);
  return out;
}

/** hard-wrap after `n` full-width characters (a PDF line) */
function wrapPdf(text, n, firstIndent, splitNumbers) {
  return breakLines(text, n * 2, firstIndent, splitNumbers);
}

// ---------------------------------------------------------------- PDF copy-out text
function pdfcopy(base, o) {
  const lines = [];
  const ind = o.indent ?? '　　';
  for (const [k, t] of base.blocks) {
    if (k === 'title') {
      if (o.titleSplit) lines.push(...o.titleSplit(t));
      else lines.push(...wrapPdf(t, o.width - 4, ''));
      if (o.blankAfterTitle) lines.push('');
    } else if (k === 'docno') lines.push((o.docnoLead ?? '') + t);
    else if (k === 'addr') lines.push(t);
    else if (k === 'p' || k === 'h1' || k === 'h2') lines.push(...wrapPdf(t, o.width, ind, o.splitNumbers));
    else if (k === 'sign' || k === 'date') lines.push((o.rightPad ?? '') + t);
    else if (k === 'note') lines.push(ind + t);
    else if (k === 'cc') lines.push(t);
  }
  // paginate
  const per = o.pageLines;
  const pages = [];
  for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per));
  const total = pages.length;
  const out = [];
  pages.forEach((pg, i) => {
    if (i > 0 && o.header) out.push(o.header);
    out.push(...pg);
    if (o.footer) out.push(o.footer);
    if (o.pageNo) out.push(o.pageNo(i + 1, total));
    if (o.blankBetweenPages && i < total - 1) out.push('');
  });
  return out.join(o.crlf ? '\r\n' : '\n') + (o.crlf ? '\r\n' : '\n');
}

// ---------------------------------------------------------------- saved web pages
function titleOf(base) {
  return base.blocks.find(([k]) => k === 'title')[1];
}

function htmlPage(base, o) {
  const s = base.site;
  const title = titleOf(base);
  const body = base.blocks.filter(([k]) => !['docno', 'cc', 'note'].includes(k) && !(k === 'title' && o.titleOutside));
  const nav = ['首页', '走进' + s.name.replace(/人民政府.*$|门户网站/, ''), '政务公开', '政务服务', '互动交流', '专题专栏'];
  const parts = [];
  parts.push(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="${s.name}">
<meta name="ArticleTitle" content="${title}">
<meta name="PubDate" content="${s.pub}">
<title>${title}_${s.name}</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><span>欢迎访问${s.name}！</span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">简体</a> | <a href="#">繁体</a></div>
<div class="header"><img src="/images/logo.png" alt="${s.name}"><form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>${nav.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></div>
<div class="main">
<div class="position">当前位置：${s.crumb.map((c) => `<a href="#">${c}</a>`).join(' &gt; ')} &gt; 正文</div>`);
  if (o.meta === 'table') {
    parts.push(`<table class="xxgk-table" border="1" cellspacing="0">
<tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>${s.idx}</td><td>主题分类：</td><td>政务公开\\法治政府建设</td></tr>
<tr><td>发文机关：</td><td>${base.org}</td><td>成文日期：</td><td>${s.written}</td></tr>
<tr><td>标　　题：</td><td colspan="3">${title}</td></tr>
<tr><td>发文字号：</td><td>${s.docno ?? ''}</td><td>发布日期：</td><td>${s.pub.slice(0, 10)}</td></tr>
</table>`);
  } else if (o.meta === 'list') {
    parts.push(`<ul class="xxgk-info">
<li>索 引 号：${s.idx}</li>
<li>主题分类：其他</li>
<li>发布机构：${base.org}</li>
<li>成文时间：${s.written.replace(/^(\d+)-(\d+)-(\d+)$/, '$1年$2月$3日')}</li>
<li>文　　号：无</li>
<li>发文时间：${s.pub.slice(0, 10).replace(/^(\d+)-(\d+)-(\d+)$/, '$1年$2月$3日')}</li>
<li>标　　题：${title}</li>
<li>效力状态：有效</li>
</ul>`);
  }
  parts.push(`<div class="article">
<h1 class="article-title">${title}</h1>
<div class="article-info"><span>发布时间：${s.pub}</span><span>来源：${s.source}</span><span>浏览次数：<script>document.write(${s.views})</script>${s.views}</span><span>字号：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="article-content TRS_Editor" id="zoom">`);
  const fig = o.figTable ? figTableHtml(o.figTable) : '';
  if (o.br) {
    const ls = [];
    for (const [k, t] of body) {
      if (k === 'title') continue;
      const ind = k === 'p' || k === 'h2' ? o.br === 'nbsp' ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '　　' : '';
      ls.push(ind + esc(t).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;'));
    }
    parts.push(`<div style="text-indent:2em;line-height:2">${ls.join('<br>\n')}<br></div>`);
    if (fig) parts.push(fig);
  } else {
    for (const [k, t] of body) {
      if (k === 'title') parts.push(`<p style="text-align:center"><strong>${esc(t)}</strong></p>`);
      else if (k === 'h1') parts.push(`<p style="text-indent:2em"><strong><span style="font-family:黑体">${esc(t)}</span></strong></p>`);
      else if (k === 'h2') parts.push(`<p style="text-indent:2em"><span style="font-family:楷体_GB2312">${esc(t)}</span></p>`);
      else if (k === 'sign' || k === 'date') parts.push(`<p style="text-align:right">${esc(t)}</p>`);
      else parts.push(`<p style="text-indent:2em">${esc(t)}</p>`);
      if (fig && o.figTable.after && t.startsWith(o.figTable.after)) parts.push(fig);
    }
  }
  parts.push(`</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="#">关于公布${base.year}年度行政执法数据的公告</a></p><p>下一篇：<a href="#">${base.year + 1}年政府信息公开工作要点</a></p></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">${base.year - 1}年度法治政府建设情况报告</a></li><li><a href="#">法治政府建设实施纲要（2021—2025年）</a></li><li><a href="#">政府信息公开指南</a></li></ul></div>
<div class="qr">扫一扫在手机打开当前页</div>
</div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：${s.name.replace(/门户网站$/, '')}办公室　承办：${s.source}　联系电话：0736-7219${String(s.views).padStart(3, '0').slice(0, 3)}</p>
<p>网站标识码：4311020${String(s.views).padStart(3, '0').slice(-3)}　<a href="#">湘ICP备05012345号-1</a>　<img src="/images/ga.png">湘公网安备 43110202000${String(s.views).slice(0, 3)}号</p>
</div>
</body>
</html>
`);
  return parts.join('\n');
}

/**
 * A page whose article was pasted from Word into the site's editor (the commonest source of government pages):
 * <p class="MsoNormal"> with inline styles, <span lang="EN-US"> around digits, <o:p></o:p>, &nbsp; indentation,
 * the article inside an old layout table (<td>), 〔发布时间〕 in a <font> line.
 */
function htmlMso(base, o) {
  const s = base.site;
  const title = titleOf(base);
  const span = (t) => esc(t).replace(/([0-9][0-9.%]*)/g, '<span lang="EN-US" style="font-family:\'Times New Roman\'">$1</span>');
  const ps = [];
  for (const [k, t] of base.blocks) {
    if (k === 'docno' || k === 'cc' || k === 'note') continue;
    if (k === 'title') ps.push(`<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">${span(t)}<span lang="EN-US"><o:p></o:p></span></span></b></p>\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>`);
    else if (k === 'h1') ps.push(`<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt"><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:黑体">${span(t)}<span lang="EN-US"><o:p></o:p></span></span></p>`);
    else if (k === 'h2') ps.push(`<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span style="font-size:16.0pt;font-family:楷体_GB2312">${span(t)}</span></b><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>`);
    else if (k === 'sign' || k === 'date') ps.push(`<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">${span(t)}<span lang="EN-US"><o:p></o:p></span></span></p>`);
    else ps.push(`<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US" style="font-size:16.0pt">&nbsp;&nbsp;&nbsp;&nbsp;</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">${span(t)}<span lang="EN-US"><o:p></o:p></span></span></p>`);
  }
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${s.name}-${title}</title>
</head>
<body topmargin="0">
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a>&nbsp;|&nbsp;<a href="#">机构概况</a>&nbsp;|&nbsp;<a href="#">政务公开</a>&nbsp;|&nbsp;<a href="#">办事服务</a>&nbsp;|&nbsp;<a href="#">公众参与</a></td></tr>
<tr><td>您现在的位置：${s.crumb.map((c) => `<a href="#">${c}</a>`).join(' &gt;&gt; ')}</td></tr>
<tr><td align="center"><font size="5"><b>${title}</b></font></td></tr>
<tr><td align="center"><font color="#666666">〔发布时间：${s.pub.slice(0, 10)}〕 〔来源：${s.source}〕 〔点击：${s.views}〕 〔<a href="#">打印</a>〕 〔<a href="#">关闭</a>〕</font></td></tr>
<tr><td class="content">
<div class="Section1" style="layout-grid:15.6pt">
${ps.join('\n')}
</div>
</td></tr>
<tr><td align="center">Copyright &copy; ${s.name} 版权所有　网站标识码：4331240${String(s.views).padStart(3, '0').slice(-3)}　<a href="#">湘ICP备10203040号</a></td></tr>
</table>
</body>
</html>
`;
}

function figTableHtml(t) {
  const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<p style="text-align:center"><strong>${esc(t.caption)}</strong></p>\n<table border="1" cellpadding="4" style="border-collapse:collapse">\n<tr>${t.head.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>\n${rows}\n</table>`;
}

// ---------------------------------------------------------------- Word (.docx)
const D = docx;
const CN_FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };

async function wordDoc(base, o) {
  const children = [];
  const p = (text, opts = {}) => new D.Paragraph({ ...opts, children: [new D.TextRun({ text, font: opts.font ?? CN_FONT, size: 32, bold: opts.bold })] });
  const strip = (t) => t.replace(/^[一二三四五六七八九十]+、/, '').replace(/^（[一二三四五六七八九十]+）/, '');
  for (const [k, t] of base.blocks) {
    if (k === 'title' && o.softbreaks) {
      // the title broken by Shift+Enter where the 公文 layout wants it
      const [a, b] = o.softbreaks(t);
      children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: a, bold: true, size: 44 }), new D.TextRun({ text: b, bold: true, size: 44, break: 1 })] }));
    } else if (k === 'title') {
      children.push(o.variant === 'bold'
        ? p(t, { alignment: D.AlignmentType.CENTER, bold: true, font: { eastAsia: '方正小标宋简体' } })
        : new D.Paragraph({ heading: D.HeadingLevel.TITLE, alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: t })] }));
    } else if (k === 'docno') children.push(p(t, { alignment: D.AlignmentType.CENTER }));
    else if (k === 'addr') children.push(p(t));
    else if (k === 'h1' || k === 'h2') {
      const auto = o.autonum;
      const text = auto ? strip(t) : t;
      const numbering = auto ? { reference: 'report-headings', level: k === 'h1' ? 0 : 1 } : undefined;
      if (o.variant === 'styles') children.push(new D.Paragraph({ heading: k === 'h1' ? D.HeadingLevel.HEADING_1 : D.HeadingLevel.HEADING_2, numbering, indent: o.headIndent ? { firstLine: 640 } : undefined, children: [new D.TextRun({ text, size: o.headSize })] }));
      else children.push(new D.Paragraph({ numbering, indent: auto ? undefined : { firstLine: 640 }, children: [new D.TextRun({ text, bold: true, size: 32, font: { eastAsia: k === 'h1' ? '黑体' : '楷体_GB2312' } })] }));
    } else if (k === 'p') {
      children.push(p(t, { indent: { firstLine: 640 } }));
      if (o.table && t.startsWith(o.table.after)) children.push(...wordTable(o.table));
    } else if (k === 'sign' && o.softbreaks) {
      // signature and date in one paragraph, separated by Shift+Enter
      const date = base.blocks.find(([kk]) => kk === 'date')[1];
      children.push(new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: [new D.TextRun({ text: t, size: 32 }), new D.TextRun({ text: date, size: 32, break: 1 })] }));
    } else if (k === 'date' && o.softbreaks) {
      // written with the signature
    } else if (k === 'sign' || k === 'date') children.push(p(t, { alignment: D.AlignmentType.RIGHT }));
    else if (k === 'note') children.push(p(t, { indent: { firstLine: 640 } }));
    else if (k === 'cc') children.push(p(t));
  }
  if (o.redhead) {
    // a red-head block: the issuing body in large red type, then 文号 and 签发人 in a borderless two-cell table
    const none = { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: { style: D.BorderStyle.SINGLE, size: 12, color: 'FF0000' }, left: none, right: none, insideHorizontal: none, insideVertical: none };
    children.unshift(
      new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: o.redhead.body, color: 'FF0000', bold: true, size: 72 })] }),
      new D.Table({ borders, width: { size: 100, type: D.WidthType.PERCENTAGE }, rows: [new D.TableRow({ children: [
        new D.TableCell({ borders, children: [new D.Paragraph({ children: [new D.TextRun({ text: o.redhead.docno, size: 32 })] })] }),
        new D.TableCell({ borders, children: [new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: [new D.TextRun({ text: `签发人：${o.redhead.signer}`, size: 32 })] })] }),
      ] })] }),
      new D.Paragraph({ children: [] }),
    );
  }
  const doc = new D.Document({
    creator: base.org,
    title: titleOf(base),
    numbering: {
      config: [{
        reference: 'report-headings',
        levels: [
          { level: 0, format: D.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: D.AlignmentType.LEFT },
          { level: 1, format: D.LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: D.AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
      headers: o.header ? { default: new D.Header({ children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: o.header, size: 18 })] })] }) } : undefined,
      footers: { default: new D.Footer({ children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ children: [o.pageLead ?? '— ', D.PageNumber.CURRENT, o.pageTrail ?? ' —'], size: 28 })] })] }) },
      children,
    }],
  });
  return Buffer.from(await D.Packer.toBuffer(doc));
}

function wordTable(t) {
  const cell = (text, bold) => new D.TableCell({ children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text, bold, size: 24 })] })] });
  return [
    new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: t.caption, bold: true, size: 28 })] }),
    new D.Table({ width: { size: 100, type: D.WidthType.PERCENTAGE }, rows: [new D.TableRow({ children: t.head.map((h) => cell(h, true)) }), ...t.rows.map((r) => new D.TableRow({ children: r.map((c) => cell(c, false)) }))] }),
  ];
}

// ---------------------------------------------------------------- pandoc-like Markdown
function wrapCols(text, cols) {
  return breakLines(text, cols).join('\n');
}

function markdown(base, o) {
  const out = [];
  const cols = o.wrap ?? 72;
  const escLead = (t) => t.replace(/^(\d+)\. /, '$1\\. ');
  if (o.yaml) out.push(`---\ntitle: ${titleOf(base)}\n---`);
  for (const [k, t] of base.blocks) {
    if (k === 'title') {
      if (!o.yaml) out.push(`# ${t}`);
    } else if (k === 'docno' || k === 'addr' || k === 'note' || k === 'cc') out.push(wrapCols(t, cols));
    else if (k === 'h1' && o.anchors) out.push(`# []{#_Toc${(o.anchors.n += 7)} .anchor}${t}`);
    else if (k === 'h2' && o.anchors) out.push(`## ${t} {#${o.anchors.n++}-section .unnumbered}`);
    else if (k === 'h1') out.push(o.bold ? `**${t}**` : `${o.yaml ? '#' : '##'} ${t}`);
    else if (k === 'h2') out.push(o.bold ? `**${t}**` : `${o.yaml ? '##' : '###'} ${t}`);
    else if (k === 'p') {
      const m = o.listItems && /^(\d+)\.(.*)$/.exec(t);
      if (m) out.push(`${m[1]}.  ${wrapCols(m[2], cols - 4).replace(/\n/g, '\n    ')}`);
      else out.push(wrapCols(escLead(t), cols));
      if (o.table && t.startsWith(o.table.after)) out.push(mdTable(o.table));
    } else if (k === 'sign') out.push(t + '\\');
    else if (k === 'date') out.push(t);
  }
  // the signature and date are one paragraph with a hard break (pandoc writes 「\」 at the end of the line)
  return out.join('\n\n').replace(/\\\n\n/g, '\\\n') + '\n';
}

function mdTable(t) {
  const row = (r) => `| ${r.join(' | ')} |`;
  return [`**${t.caption}**`, '', row(t.head), row(t.head.map(() => '---')), ...t.rows.map(row)].join('\n');
}

// ---------------------------------------------------------------- figures tables (same figures as the text)
const TABLES = {
  C: { after: '（三）畅通投诉举报渠道', caption: '2023年市场监管执法主要数据', head: ['项目', '数量', '单位'], rows: [['立案查处违法案件', '437', '件'], ['结案', '412', '件'], ['罚没款', '1126.5', '万元'], ['受理投诉举报', '11862', '件'], ['办结投诉举报', '11860', '件']] },
  G: { after: '全市新收行政复议申请', caption: '2025年行政复议和行政应诉情况', head: ['项目', '2025年'], rows: [['新收行政复议申请（件）', '1046'], ['受理（件）', '958'], ['审结（件）', '902'], ['一审行政应诉案件（件）', '287'], ['负责人出庭应诉（件）', '279'], ['出庭应诉率', '97.2%']] },
};

// ---------------------------------------------------------------- the cases (labels by hand)
const dash = (n) => `— ${n} —`;
const hyph = (n) => `- ${n} -`;
const ofTotal = (n, t) => `第${n}页 共${t}页`;
const bare = (n) => String(n);

const PDF = {
  A: { splitNumbers: true, width: 32, pageLines: 24, pageNo: dash, titleSplit: (t) => ['云溪县人民政府关于2024年度', '法治政府建设情况的报告'], blankAfterTitle: true },
  B: { width: 36, pageLines: 26, pageNo: hyph, header: '石门镇2025年法治政府建设年度报告', blankBetweenPages: true },
  C: { width: 38, pageLines: 25, pageNo: ofTotal, header: '临江市市场监督管理局' },
  D: { splitNumbers: true, width: 34, pageLines: 22, pageNo: bare },
  E: { width: 40, pageLines: 20, pageNo: dash, footer: '和平街道办事处发布', indent: '  ' },
  F: { width: 30, pageLines: 24, pageNo: hyph, crlf: true },
  G: { splitNumbers: true, width: 35, pageLines: 23, pageNo: dash, titleSplit: () => ['临江市人民政府', '关于2025年度法治政府建设情况的报告'], blankAfterTitle: true },
  H: { width: 33, pageLines: 21, pageNo: ofTotal, rightPad: '　　　　　　　　　　' },
};
const HTML = {
  A: { meta: 'table' }, B: { br: 'fullwidth' }, C: {}, D: { br: 'nbsp', meta: 'table' }, E: { meta: 'list' }, F: {}, G: { figTable: TABLES.G }, H: { meta: 'table' },
};

/** id, base, form, options, and for a fault case: the changed base, the rule that must report it, what was planted */
const CASES = [];
const add = (id, base, form, opts, fault) => CASES.push({ id, base, form, opts, ...fault });

for (const k of 'ABCDEFGH') add(`${k}-pdfcopy`, BASES[k], 'pdfcopy', PDF[k]);
for (const k of 'ABCDEFGH') add(`${k}-html`, BASES[k], 'html', HTML[k]);
for (const k of 'ACEG') add(`${k}-docx-styles`, BASES[k], 'docx', { variant: 'styles', header: BASES[k].header, table: k === 'C' || k === 'G' ? TABLES[k] : undefined });
for (const k of 'BDFH') add(`${k}-docx-bold`, BASES[k], 'docx', { variant: 'bold', header: BASES[k].header, pageLead: '- ', pageTrail: ' -' });
add('A-docx-autonum', BASES.A, 'docx', { variant: 'styles', autonum: true, header: BASES.A.header });
add('D-docx-autonum', BASES.D, 'docx', { variant: 'bold', autonum: true });
add('H-docx-autonum', BASES.H, 'docx', { variant: 'bold', autonum: true });
for (const k of 'ABCEFG') add(`${k}-doc`, BASES[k], 'doc', { variant: 'ACEG'.includes(k) ? 'styles' : 'bold', header: BASES[k].header });
for (const k of 'ABCDEGH') add(`${k}-pdf`, BASES[k], 'pdf', { variant: 'ACEG'.includes(k) ? 'styles' : 'bold', header: BASES[k].header, table: k === 'C' ? TABLES.C : undefined });
add('A-md', BASES.A, 'md', { yaml: true });
add('B-md', BASES.B, 'md', { listItems: true });
add('C-md', BASES.C, 'md', { table: TABLES.C });
add('D-md', BASES.D, 'md', {});
add('F-md', BASES.F, 'md', { bold: true });
add('H-md', BASES.H, 'md', { wrap: 80 });

// planted faults: one each
const F = (expect, fault, base) => ({ expect, fault, base });
add('A-pdfcopy-rate', null, 'pdfcopy', PDF.A, F('consistent-rate', '调解成功率98.6%（2287/2315=98.8%）', plant(BASES.A, '调解成功率98.8%', '调解成功率98.6%')));
add('C-pdfcopy-goal', null, 'pdfcopy', PDF.C, F('no-outdated-goal-formula', '2015年纲要的目标表述「廉洁高效、守法诚信」in a 2023 report', plant(BASES.C, '以法治化营商环境建设为抓手', '以建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标，以法治化营商环境建设为抓手')));
add('E-pdfcopy-year', null, 'pdfcopy', PDF.E, F('consistent-year', 'title left at 2024 over a 2025 report (opening 2025年，plan 2026年, date 2026)', plant(BASES.E, '和平街道办事处2025年法治政府建设情况报告', '和平街道办事处2024年法治政府建设情况报告')));
add('C-html-total', null, 'html', HTML.C, F('consistent-total', '行政复议5件，其中维持4件、撤销2件 (4+2=6)', plant(BASES.C, '其中维持4件、撤销1件', '其中维持4件、撤销2件')));
{
  const late = structuredClone(BASES.D);
  late.site.pub = '2025-06-18 15:12';
  add('D-html-late', null, 'html', HTML.D, F('no-late-publication', '发布时间2025-06-18 for a 2024 report (deadline 2025-04-01)', late));
}
add('G-html-mobile', null, 'html', HTML.G, F('no-sensitive-data', 'a mobile number 13907561234 in the body', plant(BASES.G, '全市持证行政执法人员5380名，年内轮训一遍。', '全市持证行政执法人员5380名，年内轮训一遍。设立执法监督联系人，联系电话13907561234。')));
{
  // part 3 removed: the item 二是认真履行第一责任人职责 cut and the items renumbered
  const b = structuredClone(BASES.H);
  b.blocks = b.blocks.filter(([, t]) => !t.startsWith('二是认真履行第一责任人职责'));
  for (const blk of b.blocks) blk[1] = blk[1].replace(/^三是规范/, '二是规范').replace(/^四是深化/, '三是深化');
  add('H-html-nopart3', null, 'html', { br: 'fullwidth' }, F('require-sections', 'part 3 (第一责任人) missing: its item cut, items renumbered', b));
}
add('E-docx-nopart2', null, 'docx', { variant: 'styles', header: BASES.E.header }, F('require-sections', 'part 2 (存在的问题) cut, headings renumbered', renumber(dropPart(BASES.E, '三、存在的问题'))));
add('H-docx-lawtitle', null, 'docx', { variant: 'bold', header: BASES.H.header }, F('valid-law-title', '《重大行政决策程序条例》 for 《重大行政决策程序暂行条例》', plant(BASES.H, '重大事项决策前听取法律顾问意见15次', '严格执行《重大行政决策程序条例》，重大事项决策前听取法律顾问意见15次')));
add('D-docx-numbering', null, 'docx', { variant: 'bold', header: BASES.D.header }, F('consistent-numbering', '（一）（二）（四）（五）: （三） skipped', plant(plant(BASES.D, '（三）优化公共法律服务', '（四）优化公共法律服务'), '（四）做实人民调解', '（五）做实人民调解')));
add('B-doc-planyear', null, 'doc', { variant: 'bold', header: BASES.B.header }, F('require-next-year-plan', 'plan headed 2025年工作计划 in a 2025 report (should be 2026)', plant(BASES.B, '三、2026年工作计划', '三、2025年工作计划')));
add('F-pdf-placeholder', null, 'pdf', { variant: 'bold', header: BASES.F.header }, F('no-placeholder', '整改问题图斑XX个', plant(BASES.F, '整改问题图斑214个', '整改问题图斑XX个')));
add('A-pdf-total', null, 'pdf', { variant: 'styles', header: BASES.A.header }, F('consistent-total', '共清理文件64件，其中保留51件、修改8件、废止7件 (=66)', plant(BASES.A, '废止5件', '废止7件')));
add('G-md-bracket', null, 'md', {}, F('no-unpaired-punctuation', '「（其中民生类事项5项，」 never closed', plant(BASES.G, '事项目录12项，', '事项目录12项（其中民生类事项5项，')));

// batch 2 (labelled before its first run, after batch 1 had run): Word-pasted pages, a web page saved as .doc,
// GB18030 text, pandoc anchors, soft line breaks, a red-head table, indented and larger headings in LibreOffice PDFs
const BATCH2 = CASES.length;
add('A-htmlmso', BASES.A, 'htmlmso', {});
CASES.push({ id: 'C-htmlmso-doc', base: BASES.C, form: 'htmlmso', ext: 'doc', opts: {} });
add('E-gbtxt', BASES.E, 'gbtxt', { ...PDF.E, crlf: true });
add('G-md-anchors', BASES.G, 'md', { anchors: { n: 23561 } });
add('B-docx-softbreaks', BASES.B, 'docx', { variant: 'bold', softbreaks: (t) => ['石门镇2025年', '法治政府建设年度报告'] });
add('F-docx-redhead', BASES.F, 'docx', { variant: 'bold', redhead: { body: '南岭县自然资源局文件', docno: '南自然资发〔2025〕9号', signer: '李明' } });
add('D-pdf-indented', BASES.D, 'pdf', { variant: 'styles', headIndent: true, header: BASES.D.header });
add('H-pdf-bigheads', BASES.H, 'pdf', { variant: 'styles', headSize: 36, header: BASES.H.header });
add('A-htmlmso-rate', null, 'htmlmso', {}, F('consistent-rate', '审结率92.9%（68/74=91.9%）', plant(BASES.A, '审结率91.9%', '审结率92.9%')));
add('D-pdf-indented-total', null, 'pdf', { variant: 'styles', headIndent: true, header: BASES.D.header }, F('consistent-total', '法律援助案件628件，其中刑事224件、民事386件、行政28件 (=638)', plant(BASES.D, '其中刑事案件214件', '其中刑事案件224件')));
add('G-md-anchors-planyear', null, 'md', { anchors: { n: 23561 } }, F('require-next-year-plan', 'plan headed 2027年 in a 2025 report', plant(BASES.G, '四、2026年推进法治政府建设的主要安排', '四、2027年推进法治政府建设的主要安排')));
add('E-gbtxt-placeholder', null, 'gbtxt', { ...PDF.E, crlf: true }, F('no-placeholder', '辖区××个社区', plant(BASES.E, '辖区11个社区', '辖区××个社区')));

// ---------------------------------------------------------------- write
// `node make.mjs ID…` rewrites only those cases (Word and PDF files carry timestamps: regenerating everything
// would change every binary in git); without arguments every case is written. cases.json is always rewritten.
const only = process.argv.slice(2);
if (!only.length) rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-i6-'));
const labels = [];
const viaOffice = [];
const EXT = { pdfcopy: 'txt', html: 'html', docx: 'docx', doc: 'doc', pdf: 'pdf', md: 'md', htmlmso: 'html', gbtxt: 'txt' };
for (const [i, c] of CASES.entries()) {
  const base = c.base;
  const file = `${c.id}.${c.ext ?? EXT[c.form]}`;
  labels.push({ id: c.id, file, form: c.form, batch: i < BATCH2 ? 1 : 2, ...(c.expect ? { expect: c.expect, fault: c.fault } : {}), models: base.models });
  if (only.length && !only.includes(c.id)) continue;
  if (c.form === 'pdfcopy') writeFileSync(path.join(outDir, file), pdfcopy(base, c.opts));
  else if (c.form === 'html') writeFileSync(path.join(outDir, file), htmlPage(base, c.opts));
  else if (c.form === 'htmlmso') writeFileSync(path.join(outDir, file), htmlMso(base, c.opts));
  else if (c.form === 'gbtxt') writeFileSync(path.join(outDir, file), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: pdfcopy(base, c.opts) }));
  else if (c.form === 'md') writeFileSync(path.join(outDir, file), markdown(base, { ...c.opts }));
  else if (c.form === 'docx') writeFileSync(path.join(outDir, file), await wordDoc(base, c.opts));
  else {
    const src = path.join(tmp, `${c.id}.docx`);
    writeFileSync(src, await wordDoc(base, c.opts));
    viaOffice.push([src, c.form, file]);
  }
}
// LibreOffice converts per target type, all files at once
for (const form of ['doc', 'pdf']) {
  const srcs = viaOffice.filter(([, f]) => f === form).map(([s]) => s);
  if (!srcs.length) continue;
  const out = path.join(tmp, form);
  mkdirSync(out);
  execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', form, '--outdir', out, ...srcs], { stdio: 'ignore' });
  for (const [src, f, file] of viaOffice.filter(([, f]) => f === form)) renameSync(path.join(out, path.basename(src, '.docx') + '.' + f), path.join(outDir, file));
}
rmSync(tmp, { recursive: true, force: true });
writeFileSync(path.join(here, 'cases.json'), JSON.stringify(labels, null, 1) + '\n');
console.log(`${labels.length} cases (${labels.filter((l) => l.expect).length} with a planted fault) → ${path.relative(process.cwd(), outDir)}/`);
console.log(readdirSync(outDir).length, 'files', only.length ? `(rewrote ${only.join(' ')})` : '');
