#!/usr/bin/env node
// Builds the case files of eval/independent12 from reports.mjs: each case is one base report (clean, or with one
// planted fault) in one of the forms a reviewer obtains it in — text copied or extracted from a PDF (with the
// artifacts of extraction), a saved web page (.html) or single-file page (.mhtml), a Word file (.docx), and
// LibreOffice conversions (.doc, .pdf). Labels (`expect`, `fault`) are written here by hand, before any run.
//
//   node eval/independent12/make.mjs        (needs LibreOffice `soffice` and `iconv`)
//   node eval/independent12/make.mjs ID…    (rewrites only those cases; cases.json is always rewritten)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as D from 'docx';
import { BASES, plant, dropPart } from './reports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'cases');

// ------------------------------------------------------------------ text transforms (extraction artifacts)
const CJK = '\\u4e00-\\u9fff';
/** 「受理案件 2416 件」: a space between Chinese and a figure on both sides (pdftotext / copy-out of typeset PDFs); pct: 「96.1 %」 */
function spaceDigits(t, pct = false) {
  let s = t.replace(new RegExp(`([${CJK}])(?=\\d)`, 'g'), '$1 ').replace(new RegExp(`(\\d%?)(?=[${CJK}])`, 'g'), '$1 ');
  if (pct) s = s.replace(/(\d)%/g, '$1 %');
  return s;
}
/** 「2 0 2 4 年」: letter-spaced year in a title */
const spaceYear = (t) => t.replace(/(\d{4})/, (y) => y.split('').join(' '));
/** ２０２４年: full-width digits, ． and ％ */
const fullwidth = (t) => t.replace(/\d+(?:\.\d+)?%?/g, (m) => m.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace('.', '．').replace('%', '％'));
const CN = '〇一二三四五六七八九';
const cnDigits = (s, zero) => s.split('').map((c) => (c === '0' ? zero : CN[+c])).join('');
function cnNum(n) {
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}
/** 二〇二四年 (or 二○二四年) for the years of the title, the opening's first year and the date line */
const cnYear = (t, zero) => t.replace(/(\d{4})年/g, (_, y) => cnDigits(y, zero) + '年');
const cnDate = (t, zero) => t.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/, (_, y, m, d) => `${cnDigits(y, zero)}年${cnNum(+m)}月${cnNum(+d)}日`);
/** 「法 治 政 府」: every Chinese character of a title spaced (a letter-spaced heading in the PDF) */
const spaceChars = (t) => t.replace(new RegExp(`([${CJK}])(?=[${CJK}])`, 'g'), '$1 ');
const ZW = '\u200b';
const SHY = '\u00ad';

// ------------------------------------------------------------------ PDF copy-out text (.txt)
const chars = (s) => [...s];
const w = (ch) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u2014\u201c\u201d\u2018\u2019\u2026]/.test(ch) ? 2 : 1);
const NO_START = /^[，。、；：？！”’）》〕】—%,.;:)]$/;
function wrap(text, cols, first = '', splitNumbers = false) {
  const units = splitNumbers ? chars(text) : text.match(/[0-9A-Za-z.%+\-０-９．％]+|[\s\S]/gu) ?? [];
  const out = [];
  let line = first;
  let width = chars(first).reduce((a, c) => a + w(c), 0);
  for (const u of units) {
    const uw = chars(u).reduce((a, c) => a + w(c), 0);
    if (width + uw > cols && line.trim() !== '' && !NO_START.test(u)) {
      out.push(line);
      line = '';
      width = 0;
      if (u === ' ') continue;
    }
    line += u;
    width += uw;
  }
  if (line) out.push(line);
  return out;
}

function textBlocks(base, o) {
  // apply the per-text artifacts of the extraction, block by block
  return base.blocks.map(([k, t]) => {
    let s = t;
    if (o.cnYears && (k === 'title' || k === 'date' || k === 'h1')) s = k === 'date' ? cnDate(s, o.cnYears) : cnYear(s, o.cnYears);
    if (o.cnYearsOpening && k === 'p' && /^\d{4}年/.test(s)) s = s.replace(/^(\d{4})年/, (_, y) => cnDigits(y, o.cnYearsOpening) + '年');
    if (o.thousands) s = s.replace(/\d{5,}(?=[件项名人户])/g, (m) => Number(m).toLocaleString('en-US'));
    if (o.spaced && (k !== 'date' || o.spacedDate)) s = spaceDigits(s, o.spacedPct);
    if (o.spacedYearTitle && k === 'title') s = spaceYear(s);
    if (o.spacedTitle && k === 'title') s = spaceChars(s);
    if (o.fullwidth) s = fullwidth(s);
    if (o.zw && (k === 'h1' || k === 'h2')) s = chars(s).map((c, i) => (i === 3 ? ZW + c : c)).join('');
    if (o.zw && k === 'p') s = s.replace(/(\d)(件|项|名|次)/, `$1${ZW}$2`);
    if (o.nfkc) s = s.normalize('NFKC');
    return [k, s];
  });
}

function pdfcopy(base, o) {
  const blocks = textBlocks(base, o);
  const ind = o.indent ?? '　　';
  const lines = [...(o.preTitle ?? [])];
  for (const [k, t] of blocks) {
    if (k === 'title') {
      if (o.titleSplit) lines.push(...o.titleSplit(t));
      else lines.push(...wrap(t, o.width * 2 - 8));
      lines.push('');
    } else if (k === 'addr') lines.push(t);
    else if (k === 'h1' && o.headBreak && t.startsWith(o.headBreak.match)) {
      const cs = chars(t);
      lines.push(ind + cs.slice(0, o.headBreak.at).join(''), cs.slice(o.headBreak.at).join(''));
    } else if (k === 'p' || k === 'h1' || k === 'h2') {
      const ls = wrap(t, o.width * 2, k === 'h1' && o.h1NoIndent ? '' : ind, o.splitNumbers);
      if (o.zw) for (let i = 0; i < ls.length - 1; i += 3) ls[i] += SHY;
      lines.push(...ls);
    } else if (k === 'sign' || k === 'date') lines.push((o.rightPad ?? '　　　　　　　　　　　　') + t);
  }
  const per = o.pageLines;
  const pages = [];
  for (let i = 0; i < lines.length; i += per) pages.push(lines.slice(i, i + per));
  const total = pages.length;
  const out = [];
  pages.forEach((pg, i) => {
    if (o.header && (i > 0 || o.headerFirst)) out.push(o.header);
    out.push(...pg);
    if (o.footer) out.push(o.footer);
    if (o.pageNo) out.push(o.pageNo(i + 1, total));
    if (o.blankBetweenPages && i < total - 1) out.push('', '');
  });
  const nl = o.crlf ? '\r\n' : '\n';
  return (o.bom ? '\ufeff' : '') + out.join(nl) + nl;
}

// ------------------------------------------------------------------ saved web pages (.html)
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const titleOf = (b) => b.blocks.find(([k]) => k === 'title')[1];
const body = (b) => b.blocks.filter(([k]) => k !== 'title');
const dateCn = (iso) => iso.replace(/^(\d+)-(\d+)-(\d+)/, '$1年$2月$3日');

function furnitureTail(base) {
  const y = base.year;
  return `<div class="fx">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="pager"><div>上一篇：<a href="/art/${y + 1}/2/1/art_1.html">关于${y + 1}年第一季度政府网站检查情况的通报</a></div><div>下一篇：<a href="/art/${y + 1}/4/1/art_2.html">${base.org}${y}年政府信息公开工作年度报告</a></div></div>`;
}

/** 相关文章 with their own dates (later than the report's deadline): not the report's publication date */
function relatedList(base) {
  const y = base.year;
  return `<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="#">【图文解读】${esc(titleOf(base))}</a><span>${y + 1}-11-07</span></li>
<li><a href="#">${base.org}${y - 1}年度法治政府建设情况报告</a><span>${y}-03-28</span></li>
<li><a href="#">关于开展${y + 1}年度行政执法案卷评查的通知</a><span>${y + 1}-06-30</span></li>
</ul></div>`;
}

function footer(base) {
  return `<div class="footer"><p>主办：${base.site.name.replace(/门户网站$/, '')}办公室　联系电话：0739-52${String(base.site.views).padStart(5, '0').slice(-5)}</p>
<p>网站标识码：4305${String(base.site.views * 7).padStart(6, '0').slice(-6)}　<a href="https://beian.miit.gov.cn">湘ICP备1200${String(base.site.views).slice(0, 4)}号-1</a></p></div>`;
}

function paras(base, o = {}) {
  const span = o.spans ? (t) => esc(t).replace(/(\d[\d.]*%?)/g, '<span style="font-family:Times New Roman">$1</span>') : esc;
  return body(base).map(([k, t]) => {
    if (k === 'h1') return `<p style="text-indent:2em;font-family:黑体"><strong>${span(t)}</strong></p>`;
    if (k === 'h2') return `<p style="text-indent:2em;font-family:楷体"><strong>${span(t)}</strong></p>`;
    if (k === 'sign' || k === 'date') return `<p style="text-align:right">${span(t)}</p>`;
    if (k === 'addr') return `<p>${span(t)}</p>`;
    return `<p style="text-indent:2em">${o.nbsp ? '&nbsp;&nbsp;&nbsp;&nbsp;' : ''}${span(t)}</p>`;
  }).join('\n');
}

/** T1 — breadcrumb, h1, one row 发布时间/来源/浏览次数 (浚县 layout); article in nested divs */
function htmlT1(base, o = {}) {
  const s = base.site;
  const t = titleOf(base);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${t}-${s.name}</title>
<meta name="ArticleTitle" content="${t}"><meta name="PubDate" content="${s.pub}"><meta name="ContentSource" content="${s.source}">
<style>.article p{line-height:2em}</style></head>
<body>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="${s.name}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="location">当前位置: ${s.crumb.map((c) => `<a href="#">${c}</a>`).join(' &gt; ')}</div>
<div class="wrap"><div class="article">
<h1 class="tit">${esc(o.h1 ?? t)}</h1>
<div class="info">${o.updated ? `更新时间:${o.updated}&nbsp;&nbsp;` : ''}发布时间:${dateCn(s.pub.slice(0, 10)).replace(/年(\d)月/, '年0$1月')} ${s.pub.slice(11)}&nbsp;&nbsp;来源:${s.source}&nbsp;&nbsp;浏览次数:<span id="views"></span>&nbsp;&nbsp;字号:[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
${o.titleInBody === false ? '' : `<p style="text-align:center"><strong>${esc(o.bodyTitle ?? t)}</strong></p>\n`}${paras(base, o)}
</div></div></div>
${furnitureTail(base)}
${o.related ? relatedList(base) : ''}
</div></div>
${footer(base)}
<script>document.getElementById('views').innerText='${s.views}';</script>
</body></html>
`;
}

/** T2 — metadata as a list whose labels and values are separate items (鲁山县 layout), 发布日期/浏览次数 */
function htmlT2(base, o = {}) {
  const s = base.site;
  const t = titleOf(base);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${s.name}</title></head>
<body>
<div class="top"><a href="#">${s.name}</a> <a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<div class="crumbs">您所在的位置：${s.crumb.map((c) => `<a href="#">${c}</a>`).join('&gt;')}</div>
<div class="xxgk-head"><ul>
<li class="l">文号</li><li class="v">${s.docno}</li>
<li class="l">索引号</li><li class="v">${s.idx}</li>
<li class="l">关键词</li><li class="v"></li>
<li class="l">主题分类</li><li class="v">法治政府建设</li>
<li class="l">体裁分类</li><li class="v">报告</li>
<li class="l">服务对象</li><li class="v"></li>
</ul></div>
<div class="detail">
<h2 class="title">${esc(t)}</h2>
<div class="sub"><span>发布日期:${s.pub.slice(0, 10)}</span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<span>浏览次数:${s.views}</span></div>
<div class="zoom">
${paras(base, o)}
</div>
<div class="fj">附件：<a href="/files/${s.idx.replace(/\W/g, '')}.pdf">${esc(t)}.pdf</a></div>
</div>
${furnitureTail(base)}
${footer(base)}
</body></html>
`;
}

/** T3 — a top bar with the site's date of today (the day the page was saved), 来源/发布时间 under the title, the
 *  article in one div with <br> between paragraphs and &nbsp; or full-width indents (静海区 layout) */
function htmlT3(base, o = {}) {
  const s = base.site;
  const t = titleOf(base);
  const ind = o.nbsp ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '　　';
  const ls = [esc(t), ''].concat(body(base).map(([k, x]) => (k === 'sign' || k === 'date' || k === 'addr' ? '' : ind) + esc(x).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;')));
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${t}</title></head>
<body>
<div class="topbar"><span>${s.name}</span> <span id="today">${o.saved ?? '2026年12月6日星期日'}</span> <a href="#">无障碍</a> <a href="#">简体</a>| <a href="#">繁体</a></div>
<div class="menu"><a href="/">首页</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">政民互动</a></div>
<div class="main">
<div class="title">${esc(t)}</div>
<div class="source">来源:${s.source} 发布时间:${s.pub}</div>
<div class="text" style="font-size:16px;line-height:30px">
${ls.join('<br>\n')}<br>
</div>
<div class="ewm">扫一扫在手机打开当前页</div>
${furnitureTail(base)}
</div>
${footer(base)}
</body></html>
`;
}

/** T4 — an old table-layout site, the article pasted from Word (MsoNormal, <o:p>, spans around digits) */
function htmlT4(base, o = {}) {
  const s = base.site;
  const t = titleOf(base);
  const span = (x) => esc(x).replace(/([0-9][0-9.%]*)/g, '<span lang="EN-US">$1</span>');
  const ps = body(base).map(([k, x]) => {
    const al = k === 'sign' || k === 'date' ? ' align="right" style="text-align:right"' : ' style="text-indent:32.0pt;line-height:28.0pt"';
    const f = k === 'h1' ? '黑体' : k === 'h2' ? '楷体_GB2312' : '仿宋_GB2312';
    return `<p class="MsoNormal"${al}><span style="font-size:16.0pt;font-family:${f}">${span(x)}<span lang="EN-US"><o:p></o:p></span></span></p>`;
  });
  if (o.splitSpan) {
    const [a, b] = [o.splitSpan.slice(0, o.splitSpan.indexOf('.') + 1), o.splitSpan.slice(o.splitSpan.indexOf('.') + 1)];
    for (let i = 0; i < ps.length; i++) ps[i] = ps[i].replace(`<span lang="EN-US">${o.splitSpan}</span>`, `<span lang="EN-US">${a}</span><span lang="EN-US" style="font-family:仿宋_GB2312">${b}</span>`);
  }
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${s.name}--${t}</title></head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/img/top.jpg"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="#">机构设置</a> | <a href="#">政务公开</a> | <a href="#">法治建设</a></td></tr>
<tr><td>您现在的位置：${s.crumb.map((c) => `<a href="#">${c}</a>`).join(' &gt;&gt; ')}</td></tr>
<tr><td><table width="100%"><tr><td align="center" class="bt"><b>${esc(t)}</b></td></tr>
<tr><td align="center"><font color="#888888">作者：${s.source}　　时间：${s.pub.slice(0, 10)}${o.updated ? `　　更新时间：${o.updated}` : ''}　　点击数：${s.views}</font></td></tr>
<tr><td class="zw">
<div class="WordSection1">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">${span(t)}</span></b></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
${ps.join('\n')}
</div>
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr>
<tr><td align="center" class="copy">版权所有：${s.name}　技术支持：县大数据中心　网站标识码：4312${String(s.views).padStart(6, '0')}</td></tr>
</table>
</body></html>
`;
}

/** T5 — 政府信息公开 page: the 索引号/发文字号/成文日期/发布日期 table, then the article in nested divs of <div> paragraphs */
function htmlT5(base, o = {}) {
  const s = base.site;
  const t = titleOf(base);
  const ps = body(base).map(([k, x]) => {
    if (k === 'h1' || k === 'h2') return `<div style="text-indent:2em"><span style="font-family:${k === 'h1' ? '黑体' : '楷体'};font-size:16pt">${esc(x)}</span></div>`;
    if (k === 'sign' || k === 'date') return `<div style="text-align:right"><span style="font-size:16pt">${esc(x)}</span></div>`;
    return `<div style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">${esc(x)}</span></div>`;
  });
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${t}_${s.name}</title></head>
<body>
<div class="header"><a href="/">${s.name}</a><form><input placeholder="搜索"></form></div>
<div class="bread">当前位置：${s.crumb.map((c) => `<a href="#">${c}</a>`).join(' &gt; ')}</div>
<table class="xxgk" border="1" cellspacing="0" cellpadding="0">
<tr><th>索 引 号</th><td>${s.idx}</td><th>主题分类</th><td>综合政务\\法治政府建设</td></tr>
<tr><th>发文机关</th><td>${base.org}</td><th>成文日期</th><td>${o.writtenCn ? dateCn(s.written) : s.written}</td></tr>
<tr><th>标　　题</th><td colspan="3">${esc(t)}</td></tr>
<tr><th>发文字号</th><td>${s.docno}</td><th>发布日期</th><td>${o.pubCn ? dateCn(s.pub.slice(0, 10)) : s.pub.slice(0, 10)}</td></tr>
<tr><th>有 效 性</th><td>有效</td><th>信息来源</th><td>${s.source}</td></tr>
</table>
<div class="article"><div class="article-title">${esc(t)}</div>
<div class="article-body"><div class="view TRS_UEDITOR"><div class="inner">
${ps.join('\n')}
</div></div></div>
<div class="tools">【<a href="#">字体：大 中 小</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
${furnitureTail(base)}
</div>
${footer(base)}
</body></html>
`;
}

const HTML = { T1: htmlT1, T2: htmlT2, T3: htmlT3, T4: htmlT4, T5: htmlT5 };

// ------------------------------------------------------------------ single-file web pages (.mhtml)
function qp(buf) {
  // quoted-printable with soft breaks at 76 columns (CRLF), as Chromium writes it
  const out = [];
  let line = '';
  const push = (tok) => {
    if (line.length + tok.length > 75) {
      out.push(line + '=');
      line = '';
    }
    line += tok;
  };
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0a) {
      out.push(line);
      line = '';
    } else if (b === 0x0d) continue;
    else if (b === 0x3d || b > 126 || (b < 32 && b !== 9)) push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
    else push(String.fromCharCode(b));
  }
  out.push(line);
  return out.join('\r\n');
}

function mhtml(base, html, o = {}) {
  const bnd = '----MultipartBoundary--Xk3vR8pQ2sLwN5tYc7bJd0hF4gM6aE1u----';
  const url = `http://www.${base.key.toLowerCase()}${base.year}.gov.cn/art/${base.year + 1}/3/1/art_${base.site.views}.html`;
  let part;
  if (o.gb) {
    const gbHtml = html.replace(/charset=utf-8/i, 'charset=gb2312').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: gbHtml });
    part = `Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${url}\r\n\r\n${bytes.toString('base64').replace(/.{76}/g, '$&\r\n')}`;
  } else {
    part = `Content-Type: text/html\r\nContent-ID: <frame-2F6A0C1E4B7D9A3F5E8C1B2D4F6A8C0E@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ${url}\r\n\r\n${qp(Buffer.from(html, 'utf8'))}`;
  }
  const css = `Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n@charset "utf-8";\r\n.article p { line-height: 2em; }`;
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    `Subject: =?utf-8?Q?${qp(Buffer.from(titleOf(base).slice(0, 10), 'utf8')).replace(/=\r\n/g, '')}?=`,
    'Date: Sun, 6 Dec 2026 09:12:44 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${bnd}"`,
    '',
    '',
    `--${bnd}`,
    part,
    '',
    `--${bnd}`,
    css,
    '',
    `--${bnd}--`,
    '',
  ].join('\r\n');
}

// ------------------------------------------------------------------ Word (.docx)
const FS = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };
async function wordDoc(base, o) {
  const run = (text, extra = {}) => new D.TextRun({ text, font: FS, size: 32, ...extra });
  const children = [];
  const footnotes = {};
  let fn = 0;
  if (o.redhead) {
    children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: o.redhead, color: 'FF0000', bold: true, size: 64, font: { eastAsia: '方正小标宋简体' } })] }));
    children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, border: { bottom: { style: D.BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 4 } }, children: [run(base.site.docno || `${base.org.slice(0, 2)}发〔${base.year + 1}〕1号`)] }));
  }
  for (const [k, t] of base.blocks) {
    if (k === 'title') {
      children.push(o.variant === 'styles'
        ? new D.Paragraph({ heading: D.HeadingLevel.TITLE, alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: t })] })
        : new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: t, bold: true, size: 44, font: { eastAsia: '方正小标宋简体' } })] }));
      if (o.textbox) {
        children.push(new D.Textbox({ alignment: D.AlignmentType.CENTER, style: { width: '360pt', height: '60pt' }, children: [new D.Paragraph({ children: [run(o.textbox, { size: 24 })] })] }));
      }
    } else if (k === 'h1' || k === 'h2') {
      if (o.variant === 'styles') children.push(new D.Paragraph({ heading: k === 'h1' ? D.HeadingLevel.HEADING_1 : D.HeadingLevel.HEADING_2, children: [new D.TextRun({ text: t })] }));
      else children.push(new D.Paragraph({ indent: { firstLine: 640 }, children: [run(t, { bold: true, font: { eastAsia: k === 'h1' ? '黑体' : '楷体_GB2312' } })] }));
    } else if (k === 'p') {
      let kids = [run(t)];
      if (o.tracked && t.includes(o.tracked.now)) {
        const i = t.indexOf(o.tracked.now);
        kids = [run(t.slice(0, i)), new D.DeletedTextRun({ text: o.tracked.was, id: 1, author: '县司法局', date: '2025-02-20T10:00:00Z', font: FS, size: 32 }), new D.InsertedTextRun({ text: o.tracked.now, id: 2, author: '县司法局', date: '2025-02-20T10:00:00Z', font: FS, size: 32 }), run(t.slice(i + o.tracked.now.length))];
      }
      if (o.comment && t.includes(o.comment.on)) {
        const i = t.indexOf(o.comment.on);
        kids = [run(t.slice(0, i)), new D.CommentRangeStart(0), run(o.comment.on), new D.CommentRangeEnd(0), new D.TextRun({ children: [new D.CommentReference(0)] }), run(t.slice(i + o.comment.on.length))];
      }
      if (o.footnote && t.includes(o.footnote.after)) {
        fn++;
        footnotes[fn] = { children: [new D.Paragraph({ children: [new D.TextRun({ text: o.footnote.text, size: 18 })] })] };
        const i = t.indexOf(o.footnote.after) + o.footnote.after.length;
        kids.splice(0, 1, run(t.slice(0, i)), new D.FootnoteReferenceRun(fn), run(t.slice(i)));
      }
      children.push(new D.Paragraph({ indent: { firstLine: 640 }, children: kids }));
      if (o.table && t.includes(o.table.after)) children.push(...wordTable(o.table));
    } else if (k === 'sign' || k === 'date') children.push(new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: [run(t)] }));
    else children.push(new D.Paragraph({ children: [run(t)] }));
  }
  const doc = new D.Document({
    creator: base.org,
    title: titleOf(base),
    footnotes,
    comments: o.comment ? { children: [{ id: 0, author: '审核人', date: new Date('2026-01-26T09:00:00Z'), children: [new D.Paragraph({ children: [new D.TextRun({ text: o.comment.text })] })] }] } : undefined,
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

// figures tables: the same figures as the text
const TABLES = {
  A: { after: '出庭应诉率100%', caption: '2024年行政复议和行政应诉主要数据', head: ['项目', '数量（件）'], rows: [['新收行政复议申请', '137'], ['受理', '121'], ['审结', '114'], ['一审行政诉讼案件', '86'], ['负责人出庭应诉', '86']] },
  E: { after: '不合格卷13卷', caption: '2025年公共法律服务主要数据', head: ['项目', '数量', '单位'], rows: [['调解案件', '2105', '件'], ['调解成功', '2061', '件'], ['法律援助案件', '538', '件'], ['公证', '1733', '件'], ['在册社区矫正对象', '217', '人']] },
  H: { after: '罚款312.6万元', caption: '2024年安全生产执法情况', head: ['类别', '立案（起）'], rows: [['安全生产类', '59'], ['消防类', '15'], ['合计', '74']] },
  G: { after: '联合抽查占比31.2%', caption: '2025年行政复议、应诉与执法监管数据', head: ['指标', '2025年'], rows: [['新收行政复议申请（件）', '1164'], ['受理（件）', '1032'], ['审结（件）', '986'], ['直接纠错（件）', '82'], ['纠错率', '8.3%'], ['一审行政应诉（件）', '375'], ['负责人出庭应诉（件）', '368'], ['出庭应诉率', '98.1%']] },
};

// ------------------------------------------------------------------ forms of the PDF copies
const dash = (n) => `— ${n} —`;
const hyph = (n) => `-${n}-`;
const ofTotal = (n, t) => `第 ${n} 页 共 ${t} 页`;
const slash = (n, t) => `${n} / ${t}`;
const PDF = {
  A: { width: 28, pageLines: 22, pageNo: dash, titleSplit: (t) => ['中共岚溪县委　岚溪县人民政府', t.replace('中共岚溪县委 岚溪县人民政府', '')] },
  B: { width: 34, pageLines: 24, pageNo: ofTotal, header: '望川市市场监督管理局', headerFirst: true },
  C: { width: 30, pageLines: 20, pageNo: hyph },
  D: { width: 33, pageLines: 25, pageNo: slash, header: '东澜区2024年度法治政府建设情况报告', blankBetweenPages: true },
  E: { width: 36, pageLines: 22, pageNo: dash, footer: '北岭县司法局印发' },
  F: { width: 29, pageLines: 18, pageNo: hyph, crlf: true },
  G: { width: 32, pageLines: 24, pageNo: ofTotal, header: '西岑市人民政府文件' },
  H: { width: 31, pageLines: 20, pageNo: dash, indent: '  ' },
};

// ------------------------------------------------------------------ the cases (labels by hand, before any run)
const CASES = [];
const add = (id, form, base, opts = {}, fault) => CASES.push({ id, form, base, opts, ...(fault ?? {}) });
const F = (expect, fault) => ({ expect, fault });

// ---- clean: text copied / extracted from PDFs (14)
add('A-pdf-spaced', 'pdfcopy', BASES.A, { ...PDF.A, spaced: true });
add('A-pdf-dash', 'pdfcopy', BASES.A, { ...PDF.A, headBreak: { match: '二、', at: 18 } });
add('B-pdf-spaced-pct', 'pdfcopy', BASES.B, { ...PDF.B, spaced: true, spacedPct: true, spacedYearTitle: true });
add('B-pdf-oftotal-nfkc', 'pdfcopy', BASES.B, { ...PDF.B, nfkc: true });
add('C-pdf-cnyears', 'pdfcopy', BASES.C, { ...PDF.C, cnYears: '〇', cnYearsOpening: '〇' });
add('C-pdf-spacedtitle', 'pdfcopy', BASES.C, { ...PDF.C, spacedTitle: true, spaced: true });
add('D-pdf-fullwidth', 'pdfcopy', BASES.D, { ...PDF.D, fullwidth: true });
add('D-pdf-slash-headbreak', 'pdfcopy', BASES.D, { ...PDF.D, headBreak: { match: '一、', at: 17 }, h1NoIndent: true });
add('E-pdf-zw', 'pdfcopy', BASES.E, { ...PDF.E, zw: true, bom: true });
add('E-pdf-spaced', 'pdfcopy', BASES.E, { ...PDF.E, spaced: true, cnYears: '○' });
add('F-pdf-nfkc', 'pdfcopy', BASES.F, { ...PDF.F, nfkc: true });
add('G-pdf-spaced-headbreak', 'pdfcopy', BASES.G, { ...PDF.G, spaced: true, headBreak: { match: '二、', at: 16 } });
add('G-pdf-oftotal', 'pdfcopy', BASES.G, { ...PDF.G, spacedYearTitle: true });
add('H-pdf-crlf-spaced', 'pdfcopy', BASES.H, { ...PDF.H, spaced: true, spacedPct: true, crlf: true });

// ---- clean: saved web pages (12)
add('A-html-T1', 'html', BASES.A, { tpl: 'T1', h1: '中共岚溪县委 岚溪县人民政府关于2024年法治政府建设情况的报告', bodyTitle: '中共岚溪县委　岚溪县人民政府\n关于2024年法治政府建设情况的报告' });
add('B-html-T2', 'html', BASES.B, { tpl: 'T2' });
add('C-html-T3', 'html', BASES.C, { tpl: 'T3' });
add('D-html-T5', 'html', BASES.D, { tpl: 'T5' });
add('E-html-T4', 'html', BASES.E, { tpl: 'T4' });
add('F-html-T3-nbsp', 'html', BASES.F, { tpl: 'T3', nbsp: true, saved: '2024年2月23日 星期五' });
add('G-html-T5-spans', 'html', BASES.G, { tpl: 'T5', writtenCn: true, pubCn: true });
add('H-html-T1-spans', 'html', BASES.H, { tpl: 'T1', spans: true, nbsp: true });
add('A-html-T5', 'html', BASES.A, { tpl: 'T5' });
add('G-html-T2', 'html', BASES.G, { tpl: 'T2', spans: true });
add('C-html-T1', 'html', BASES.C, { tpl: 'T1', titleInBody: false });
add('D-html-T3', 'html', BASES.D, { tpl: 'T3', saved: '2019年12月3日星期二' });

// ---- clean: single-file pages (4)
add('A-mhtml-T1', 'mhtml', BASES.A, { tpl: 'T1' });
add('D-mhtml-T3-gb', 'mhtml', BASES.D, { tpl: 'T3', gb: true });
add('F-mhtml-T4', 'mhtml', BASES.F, { tpl: 'T4' });
add('G-mhtml-T5', 'mhtml', BASES.G, { tpl: 'T5' });

// ---- clean: Word (7)
add('A-docx-table', 'docx', BASES.A, { variant: 'styles', table: TABLES.A, header: BASES.A.header });
add('B-docx-footnote', 'docx', BASES.B, { variant: 'bold', footnote: { after: '办结率99.8%', text: '数据来源：全国12315平台，统计截至2023年12月31日。' }, header: BASES.B.header, pageLead: '- ', pageTrail: ' -' });
add('C-docx-textbox', 'docx', BASES.C, { variant: 'bold', textbox: '（2026年1月28日镇党委会议审议通过）' });
add('D-docx-headers', 'docx', BASES.D, { variant: 'styles', header: BASES.D.header });
add('E-docx-table', 'docx', BASES.E, { variant: 'bold', table: TABLES.E, header: BASES.E.header });
add('G-docx-table-footnote', 'docx', BASES.G, { variant: 'styles', table: TABLES.G, footnote: { after: '纠错率8.3%', text: '纠错包括撤销、变更、确认违法和责令履行。' }, header: BASES.G.header });
add('H-docx-redhead', 'docx', BASES.H, { variant: 'bold', redhead: '南溪县应急管理局' });

// ---- clean: LibreOffice .doc (4) and .pdf (4)
add('A-doc', 'doc', BASES.A, { variant: 'styles', table: TABLES.A, header: BASES.A.header });
add('C-doc', 'doc', BASES.C, { variant: 'bold', header: BASES.C.header });
add('E-doc', 'doc', BASES.E, { variant: 'styles', table: TABLES.E, header: BASES.E.header });
add('H-doc', 'doc', BASES.H, { variant: 'bold', redhead: '南溪县应急管理局' });
add('B-pdf', 'pdf', BASES.B, { variant: 'bold', header: BASES.B.header, footnote: { after: '办结率99.8%', text: '数据来源：全国12315平台。' } });
add('D-pdf', 'pdf', BASES.D, { variant: 'styles', header: BASES.D.header });
add('F-pdf', 'pdf', BASES.F, { variant: 'bold', header: BASES.F.header, pageLead: '-', pageTrail: '-' });
add('G-pdf', 'pdf', BASES.G, { variant: 'styles', header: BASES.G.header, table: TABLES.G });

const CLEAN = CASES.length;

// ---- faults: one planted fault each
// PDF copies
add('A-pdf-spaced-rate', 'pdfcopy', plant(BASES.A, '进驻率96.8%', '进驻率96.3%'), { ...PDF.A, spaced: true, spacedPct: true }, F('consistent-rate', '「进驻率 96.3 %」 spaced; 2338/2416 = 96.77% → 96.8%'));
add('B-pdf-spaced-total', 'pdfcopy', plant(BASES.B, '普通程序975件', '普通程序985件'), { ...PDF.B, spaced: true }, F('consistent-total', '「共办理行政处罚案件 1287 件，其中适用简易程序 312 件、普通程序 985 件」 spaced; 312+985 = 1297 > 1287'));
add('C-pdf-rate', 'pdfcopy', plant(BASES.C, '化解率96.6%', '化解率97.6%'), { ...PDF.C }, F('consistent-rate', '化解率97.6%; 452/468 = 96.58% → 96.6%'));
add('D-pdf-title-year', 'pdfcopy', plant(BASES.D, '东澜区2024年度法治政府建设情况报告', '东澜区2023年度法治政府建设情况报告'), { ...PDF.D, header: '东澜区2023年度法治政府建设情况报告' }, F('consistent-year', 'title and running header left at 2023 over a 2024 report (opening 2024年, plan 2025年, dated 2025年2月26日)'));
add('E-pdf-fullwidth-rate', 'pdfcopy', plant(BASES.E, '成功率97.9%', '成功率98.9%'), { ...PDF.E, fullwidth: true }, F('consistent-rate', '「成功率９８．９％」 in full-width digits; 2061/2105 = 97.91% → 97.9%'));
add('F-pdf-nfkc-placeholder', 'pdfcopy', plant(BASES.F, '辖区12个社区', '辖区XX个社区'), { ...PDF.F, nfkc: true }, F('no-placeholder', '「辖区XX个社区」 in an NFKC copy'));
add('G-pdf-spaced-rate', 'pdfcopy', plant(BASES.G, '纠错率8.3%', '纠错率8.8%'), { ...PDF.G, spaced: true, spacedPct: true }, F('consistent-rate', '「纠错 82 件，纠错率 8.8 %」 spaced; 82/986 = 8.32% → 8.3%'));
add('H-pdf-split-total', 'pdfcopy', plant(BASES.H, '消防类15起', '消防类17起'), { ...PDF.H, width: 27 }, F('consistent-total', '「立案查处违法行为74起，其中安全生产类59起、消防类17起」: 59+17 = 76 > 74, hard-wrapped'));
add('A-pdf-mobile', 'pdfcopy', plant(BASES.A, '带头开展年度述法。', '带头开展年度述法。县政府法治专班联系人：王某，手机13907395826。'), { ...PDF.A }, F('no-sensitive-data', 'a mobile number 13907395826 in the body of a PDF copy'));
add('D-pdf-nopart2', 'pdfcopy', dropPart(BASES.D, '三、存在的不足和原因'), { ...PDF.D }, F('require-sections', 'part 2 (存在的不足和原因) cut, later headings renumbered'));
add('C-pdf-cnyears-planyear', 'pdfcopy', plant(plant(BASES.C, '四、2026年工作计划', '四、2025年工作计划'), '2026年，我镇将', '2025年，我镇将'), { ...PDF.C, cnYears: '〇', cnYearsOpening: '〇' }, F('require-next-year-plan', 'plan headed 「四、二〇二五年工作计划」 and opened 「二〇二五年，我镇将…」 in a 二〇二五年 report (should be 2026)'));

// web pages
{
  const late = structuredClone(BASES.A);
  late.site.pub = '2025-04-18 10:26';
  add('A-html-T1-late', 'html', late, { tpl: 'T1' }, F('no-late-publication', '发布时间 2025年04月18日 for a 2024 report (deadline 2025-04-01)'));
}
{
  const late = structuredClone(BASES.D);
  late.site.pub = '2025-05-09 14:00';
  add('D-html-T5-late', 'html', late, { tpl: 'T5' }, F('no-late-publication', '发布日期 2025-05-09 in the 索引号 table for a 2024 report'));
}
add('G-html-T1-rate', 'html', plant(BASES.G, '出庭应诉率98.1%', '出庭应诉率98.4%'), { tpl: 'T1', spans: true }, F('consistent-rate', '出庭应诉率98.4% with digits in <span>; 368/375 = 98.13% → 98.1%'));
add('B-html-T2-lawtitle', 'html', plant(BASES.B, '落实《优化营商环境条例》', '落实《优化营商环境条例》《信访条例》'), { tpl: 'T2' }, F('valid-law-title', '《信访条例》 (replaced by 信访工作条例 from 2022-05-01) cited as current in a 2023 report'));
add('E-html-T4-placeholder', 'html', plant(BASES.E, '办理公证1733件', '办理公证【待补充】件'), { tpl: 'T4' }, F('no-placeholder', '「办理公证【待补充】件」'));
add('F-html-T3-unpaired', 'html', plant(BASES.F, '落实“一社区一法律顾问”', '落实“一社区一法律顾问'), { tpl: 'T3' }, F('no-unpaired-punctuation', '“一社区一法律顾问 never closed (<br> page, &ldquo;)'));
add('H-html-T5-nopart3', 'html', (() => { const b = structuredClone(BASES.H); const i = b.blocks.findIndex(([, t]) => t.startsWith('（二）落实第一责任人职责')); b.blocks.splice(i, 2); for (const blk of b.blocks) blk[1] = blk[1].replace(/^（三）提升/, '（二）提升'); return b; })(), { tpl: 'T5' }, F('require-sections', 'part 3 (sub-heading （二）落实第一责任人职责 and its paragraph) cut, （三） renumbered'));
add('C-html-T3-idnumber', 'html', plant(BASES.C, '化解452件，化解率96.6%。', '化解452件，化解率96.6%。其中调处的邻里宅基地纠纷当事人张某（身份证号430525197803150018）已签订调解协议。'), { tpl: 'T3' }, F('no-sensitive-data', 'a valid resident ID 430525197803150018 (check digit 8) in the body'));
add('B-html-T1-goal', 'html', plant(BASES.B, '公开公正、智能高效、廉洁诚信、人民满意的法治政府目标', '公开公正、廉洁高效、守法诚信的法治政府目标'), { tpl: 'T1' }, F('no-outdated-goal-formula', '2015 goal formula 廉洁高效、守法诚信 in a 2023 report'));

// single-file pages
add('A-mhtml-total', 'mhtml', plant(BASES.A, '民事391件', '民事401件'), { tpl: 'T1' }, F('consistent-total', '法律援助案件624件，其中刑事218件、民事401件、行政15件: 634 > 624'));
{
  const late = structuredClone(BASES.E);
  late.site.written = '2026-03-18';
  late.site.pub = '2026-03-25 15:30';
  const b = plant(late, '2026年2月12日', '2026年3月18日');
  add('E-mhtml-T5-written-late', 'mhtml', b, { tpl: 'T5' }, F('no-late-publication', '成文日期 2026-03-18 (table) and date line 2026年3月18日 for a department 2025 report (deadline 2026-03-01)'));
}

// Word, .doc and .pdf
add('D-docx-numbering', 'docx', plant(BASES.D, '（三）回应群众诉求', '（二）回应群众诉求'), { variant: 'bold', header: BASES.D.header }, F('consistent-numbering', '（一）（二）（二）（四）: （三） written as a second （二）'));
add('G-docx-planyear', 'docx', plant(BASES.G, '四、2026年主要安排', '四、2025年主要安排'), { variant: 'styles', table: TABLES.G }, F('require-next-year-plan', 'plan headed 2025年 in a 2025 report (body 2026年 changed too)'));
add('E-docx-table-rate', 'docx', plant(BASES.E, '成功率97.9%', '成功率96.9%'), { variant: 'bold', table: TABLES.E }, F('consistent-rate', '成功率96.9%; 2061/2105 = 97.91%'));
add('C-docx-halfwidth', 'docx', plant(BASES.C, '一是镇村干部运用法治思维解决问题的能力仍需提升；', '一是镇村干部运用法治思维解决问题的能力仍需提升;'), { variant: 'bold', textbox: '（2026年1月28日镇党委会议审议通过）' }, F('require-fullwidth-punctuation', 'one half-width ; between Chinese clauses in an otherwise full-width report'));
add('F-doc-opening-year', 'doc', plant(BASES.F, '2023年，云梯街道在区委', '2022年，云梯街道在区委'), { variant: 'bold', header: BASES.F.header }, F('consistent-year', 'opening 「2022年，云梯街道…」 in a 2023 report'));
add('B-doc-total', 'doc', plant(BASES.B, '其中维持6件、驳回1件、撤销1件', '其中维持6件、驳回2件、撤销2件'), { variant: 'bold', header: BASES.B.header }, F('consistent-total', '被申请行政复议9件，其中维持6件、驳回2件、撤销2件 (+1 尚在审理): 10 > 9'));
add('A-pdf-lo-rate', 'pdf', plant(BASES.A, '调解成功率97.9%', '调解成功率97.2%'), { variant: 'styles', header: BASES.A.header }, F('consistent-rate', '调解成功率97.2%; 2987/3052 = 97.87% → 97.9%'));
add('H-pdf-lo-lawtitle', 'pdf', plant(BASES.H, '《提升行政执法质量三年行动计划（2023—2025年）》', '《法治政府建设实施纲要（2021—2026年）》'), { variant: 'bold', header: BASES.H.header }, F('valid-law-title', '《法治政府建设实施纲要（2021—2026年）》: no edition has those years'));
add('G-pdf-lo-placeholder', 'pdf', plant(BASES.G, '推进行政复议纠错案件源头治理', '推进××部门行政复议纠错案件源头治理'), { variant: 'styles', header: BASES.G.header }, F('no-placeholder', '「××部门」 left in the plan'));

// G-docx-planyear: the plan's body also names 2026年; change it too so that the plan names no Y+1
{
  const c = CASES.find((x) => x.id === 'G-docx-planyear');
  c.base = plant(c.base, '2026年，全市将谋划', '2025年，全市将谋划');
}


// ================================================================== batch 2 (labelled before its first run, after batch 1 ran)
const BATCH2 = CASES.length;
const banjiA = ['抄送：市委全面依法治市办，县人大常委会办公室。', '岚溪县人民政府办公室　　　　　　　　2025年2月25日印发'];
const preA = ['岚溪县人民政府文件', '', '岚政报〔2025〕6号', ''];
// clean (15)
add('A-pdf-splitnum-banji', 'pdfcopy', BASES.A, { ...PDF.A, splitNumbers: true, preTitle: preA, banji: banjiA });
add('D-pdf-thousands-spaced', 'pdfcopy', BASES.D, { ...PDF.D, thousands: true, spaced: true });
add('I-pdf-province-spaced', 'pdfcopy', BASES.I, { width: 32, pageLines: 23, pageNo: dash, spaced: true, spacedPct: true, header: '江岭省人民政府' });
add('I-html-T5', 'html', BASES.I, { tpl: 'T5' });
add('E-pdf-cn-fullwidth', 'pdfcopy', BASES.E, { ...PDF.E, cnYears: '〇', fullwidth: true });
add('A-html-T1-related', 'html', BASES.A, { tpl: 'T1', related: true, updated: '2025-07-02 09:30' });
{
  const b = structuredClone(BASES.D);
  b.site.pub = '2025-04-01 17:55';
  add('D-html-T5-deadline-day', 'html', b, { tpl: 'T5' });
}
add('G-html-T4-updated', 'html', BASES.G, { tpl: 'T4', updated: '2026-09-12' });
add('B-docx-tracked', 'docx', BASES.B, { variant: 'bold', tracked: { was: '99.6%', now: '99.8%' }, header: BASES.B.header });
add('C-docx-comment', 'docx', BASES.C, { variant: 'bold', comment: { on: '全镇14个行政村（社区）均聘请法律顾问', text: '请核实：XX个村是否已全部签约，联系人手机号待补充' } });
add('H-doc-table', 'doc', BASES.H, { variant: 'bold', table: TABLES.H, header: BASES.H.header });
add('F-mhtml-T1-gb-related', 'mhtml', BASES.F, { tpl: 'T1', gb: true, related: true });
add('I-docx', 'docx', BASES.I, { variant: 'styles', header: BASES.I.header });
add('I-pdf', 'pdf', BASES.I, { variant: 'styles', header: BASES.I.header });
add('G-pdf-splitnum-nfkc', 'pdfcopy', BASES.G, { ...PDF.G, splitNumbers: true, nfkc: true });
const CLEAN2 = CASES.length - BATCH2;
// faults (15)
add('A-pdf-splitnum-total', 'pdfcopy', plant(BASES.A, '民事391件', '民事401件'), { ...PDF.A, splitNumbers: true, preTitle: preA, banji: banjiA }, F('consistent-total', '法律援助案件624件，其中刑事218件、民事401件、行政15件 (634 > 624), numbers broken at the wrap'));
add('D-pdf-thousands-rate', 'pdfcopy', plant(BASES.D, '办结率99.8%', '办结率99.2%'), { ...PDF.D, thousands: true, spaced: true, spacedPct: true }, F('consistent-rate', '「受理诉求 86,413 件，办结 86,209 件，办结率 99.2 %」: 86209/86413 = 99.76% → 99.8%'));
add('I-pdf-province-late', 'pdfcopy', plant(BASES.I, '2025年3月25日', '2025年4月8日'), { width: 32, pageLines: 23, pageNo: dash, header: '江岭省人民政府' }, F('no-late-publication', 'a province report dated 2025年4月8日 (province deadline 2025-04-01: 7 days late)'));
add('E-pdf-cn-late', 'pdfcopy', plant(BASES.E, '2026年2月12日', '2026年3月16日'), { ...PDF.E, cnYears: '〇' }, F('no-late-publication', 'a department report dated 「二〇二六年三月十六日」 (deadline 2026-03-01: 15 days late)'));
add('B-pdf-grouped-mobile', 'pdfcopy', plant(BASES.B, '开展执法案卷评查2次。', '开展执法案卷评查2次。复议应诉工作联系人：李某，手机：139 0739 5826。'), { ...PDF.B }, F('no-sensitive-data', 'a mobile number grouped with spaces 「139 0739 5826」'));
add('C-pdf-idsplit', 'pdfcopy', plant(BASES.C, '化解452件，化解率96.6%。', '化解452件，化解率96.6%。调处的宅基地纠纷当事人王某（身份证号430525197803150018）已签订协议。'), { ...PDF.C, splitNumbers: true, width: 24 }, F('no-sensitive-data', 'a valid resident ID broken over a hard line break by the PDF wrap'));
add('A-pdf-spacedyear-title', 'pdfcopy', plant(BASES.A, '关于2024年法治政府建设情况的报告', '关于2023年法治政府建设情况的报告'), { ...PDF.A, spacedYearTitle: true, titleSplit: undefined }, F('consistent-year', 'title 「…关于2 0 2 3 年法治政府建设情况的报告」 (letter-spaced year) over a 2024 report'));
{
  const b = structuredClone(BASES.D);
  b.site.pub = '2025-04-02 08:30';
  add('D-html-T5-late-1day', 'html', b, { tpl: 'T5', pubCn: true }, F('no-late-publication', '发布日期 2025年04月02日 in the 索引号 table: one day late'));
}
add('G-html-T1-related-rate', 'html', plant(BASES.G, '联合抽查占比31.2%', '联合抽查占比31.8%'), { tpl: 'T1', related: true, updated: '2026-06-15 10:00' }, F('consistent-rate', '联合抽查占比31.8%: 401/1286 = 31.18% → 31.2%'));
add('I-html-T5-total', 'html', plant(BASES.I, '共计16件', '共计17件'), { tpl: 'T5' }, F('consistent-total', '「制定省政府规章8件、修改5件、废止3件，共计17件」: 8+5+3 = 16'));
add('H-docx-table-total', 'docx', BASES.H, { variant: 'bold', table: { ...TABLES.H, rows: [['安全生产类', '59'], ['消防类', '15'], ['合计', '76']] } }, F('consistent-total', 'the figures table: 安全生产类59 + 消防类15 with a 合计 row of 76 (text says 74)'));
add('B-docx-tracked-rate', 'docx', plant(BASES.B, '办结率99.8%', '办结率99.9%'), { variant: 'bold', tracked: { was: '99.8%', now: '99.9%' } }, F('consistent-rate', 'a tracked change replaced the right 99.8% by 99.9% (the deletion is kept in the file): 15790/15826 = 99.77%'));
add('F-mhtml-gb-placeholder', 'mhtml', plant(BASES.F, '辖区12个社区', '辖区××个社区'), { tpl: 'T1', gb: true }, F('no-placeholder', '「辖区××个社区」 in a GB2312 base64 single-file page'));
{
  const b = structuredClone(BASES.I);
  const i = b.blocks.findIndex(([k, t]) => k === 'h1' && t.startsWith('三、'));
  b.blocks.splice(i, 2);
  for (const blk of b.blocks) blk[1] = blk[1].replace(/^四、/, '三、').replace(/^五、/, '四、');
  add('I-docx-nopart3', 'docx', b, { variant: 'styles' }, F('require-sections', 'part 3 (heading and paragraph) cut from a province report, later headings renumbered'));
}
add('C-pdf-spaced-pct-rate', 'pdfcopy', plant(BASES.C, '化解率96.6%', '化解率96.1%'), { ...PDF.C, spaced: true, spacedPct: true }, F('consistent-rate', '「化解 452 件，化解率 96.1 %」: 452/468 = 96.58% → 96.6%'));

// ================================================================== batch 3 (labelled before its run, after batch 2 ran): targeted
// at what the model showed on batches 1–2 (never scored there): a heading broken over two lines is read as two
// headings; a zero-width space inside a heading hides its words; a letter-spaced title leaves the year unknown.
const BATCH3 = CASES.length;
const nbspFigures = (base) => { const b = structuredClone(base); for (const blk of b.blocks) if (blk[0] === 'p') blk[1] = blk[1].replace(/(\d)(?=[件项次名户人个])/g, '$1\u00a0').replace(/([\u4e00-\u9fff])(?=\d)/g, '$1\u00a0'); return b; };
// clean (5)
add('D-pdf-headbreak-plan', 'pdfcopy', BASES.D, { ...PDF.D, headBreak: { match: '四、', at: 17 }, h1NoIndent: true });
add('B-pdf-headbreak-problems', 'pdfcopy', BASES.B, { ...PDF.B, headBreak: { match: '三、', at: 5 }, h1NoIndent: true });
add('E-html-T1-zw-planhead', 'html', plant(plant(BASES.E, '四、2026年工作思路', '四、2\u200b026年工作思路'), '2026年，我局将全面启动', '我局将全面启动'), { tpl: 'T1' });
add('C-pdf-zw-part3head', 'pdfcopy', plant(BASES.C, '三、党委书记、镇长履行推进法治建设第一责任人职责情况', '三、党委书记、镇长履行推进法治建设第一\u200b责任人职责情况'), { ...PDF.C });
add('G-html-T1-nbsp', 'html', nbspFigures(BASES.G), { tpl: 'T1' });
const CLEAN3 = CASES.length - BATCH3;
// faults (8)
add('C-pdf-spacedtitle-planyear', 'pdfcopy', plant(plant(BASES.C, '四、2026年工作计划', '四、2025年工作计划'), '2026年，我镇将', '2025年，我镇将'), { ...PDF.C, spacedTitle: true, spaced: true }, F('require-next-year-plan', 'letter-spaced title and spaced figures; plan 「四、2025 年工作计划」「2025 年，我镇将…」 in a 2025 report'));
add('D-pdf-headbreak-planyear', 'pdfcopy', plant(BASES.D, '四、2025年推进法治政府建设的主要安排', '四、2024年推进法治政府建设的主要安排'), { ...PDF.D, headBreak: { match: '四、', at: 17 }, h1NoIndent: true }, F('require-next-year-plan', 'plan heading 「四、2024年推进法治政府建设的主」/「要安排」 broken over two lines, 2024 in a 2024 report'));
add('G-html-T1-nbsp-rate', 'html', nbspFigures(plant(BASES.G, '出庭应诉率98.1%', '出庭应诉率98.4%')), { tpl: 'T1' }, F('consistent-rate', '「出庭应诉&nbsp;368&nbsp;件，出庭应诉率&nbsp;98.4%」: 368/375 = 98.13%'));
add('E-pdf-spaced-late', 'pdfcopy', plant(BASES.E, '2026年2月12日', '2026年3月16日'), { ...PDF.E, spaced: true, spacedDate: true }, F('no-late-publication', 'date line 「2026 年 3 月 16 日」 (spaced) for a department 2025 report (deadline 2026-03-01)'));
add('A-pdf-spaced-late', 'pdfcopy', plant(BASES.A, '2025年2月24日', '2025年3月18日'), { ...PDF.A, spaced: true, spacedDate: true }, F('no-late-publication', 'date line 「2025 年 3 月 18 日」 (spaced) for a county 2024 report (deadline 2025-03-01)'));
add('F-html-T3-numbering', 'html', plant(BASES.F, '四是加强法治宣传', '五是加强法治宣传'), { tpl: 'T3' }, F('consistent-numbering', '一是 二是 三是 五是 in a <br> page'));
add('I-pdf-spaced-province-late', 'pdfcopy', plant(BASES.I, '2025年3月25日', '2025年4月8日'), { width: 32, pageLines: 23, pageNo: dash, spaced: true, spacedDate: true, header: '江岭省人民政府' }, F('no-late-publication', 'province report dated 「2025 年 4 月 8 日」 (spaced; deadline 2025-04-01)'));
add('B-pdf-nfkc-unpaired', 'pdfcopy', plant(BASES.B, '全年新登记经营主体1.86万户。', '全年新登记经营主体1.86万户（含个体工商户。'), { ...PDF.B, nfkc: true }, F('no-unpaired-punctuation', 'NFKC copy: 「1.86万户(含个体工商户。」 never closed'));

// ================================================================== batch 4 (labelled before its run, after batch 3 ran): spaced figures
// outside PDF copies (typed into the Word file; LibreOffice PDF of it), ZWSP before a unit, a rate split over two Word
// spans on a pasted page, full-width digits in a total, ○ (U+25CB) years in the plan heading
const BATCH4 = CASES.length;
const spacedBase = (base, date = false) => { const b = structuredClone(base); for (const blk of b.blocks) if (blk[0] !== 'sign' && (blk[0] !== 'date' || date)) blk[1] = spaceDigits(blk[1], true); return b; };
// clean (5)
add('J-pdf-spaced', 'pdfcopy', BASES.J, { width: 30, pageLines: 22, pageNo: dash, spaced: true, spacedPct: true });
add('J-docx-spaced', 'docx', spacedBase(BASES.J), { variant: 'bold', header: BASES.J.header });
add('J-pdf-lo-spaced', 'pdf', spacedBase(BASES.J), { variant: 'styles', header: BASES.J.header });
add('J-html-T1-nbsp', 'html', nbspFigures(BASES.J), { tpl: 'T1' });
add('A-html-T4-splitspans', 'html', BASES.A, { tpl: 'T4', splitSpan: '97.9%' });
const CLEAN4 = CASES.length - BATCH4;
// faults (8)
add('J-pdf-spaced-total', 'pdfcopy', plant(BASES.J, '合格卷127卷', '合格卷137卷'), { width: 30, pageLines: 22, pageNo: dash, spaced: true, spacedPct: true }, F('consistent-total', '「评查行政执法案卷 186 卷，其中优秀卷 52 卷、合格卷 137 卷、不合格卷 7 卷」: 196 > 186'));
add('J-docx-spaced-rate', 'docx', spacedBase(plant(BASES.J, '调解成功率97.2%', '调解成功率97.8%')), { variant: 'bold' }, F('consistent-rate', 'spaces typed in the Word file: 「调解成功 1142 件，调解成功率 97.8 %」: 1142/1175 = 97.19% → 97.2%'));
add('J-pdf-lo-spaced-rate', 'pdf', spacedBase(plant(BASES.J, '调解成功率97.2%', '调解成功率97.8%')), { variant: 'styles', header: BASES.J.header }, F('consistent-rate', 'LibreOffice PDF of the spaced Word file: 调解成功率 97.8 %: 97.19%'));
add('J-docx-spaced-late', 'docx', spacedBase(plant(BASES.J, '2026年2月26日', '2026年3月6日'), true), { variant: 'bold' }, F('no-late-publication', 'date line 「2026 年 3 月 6 日」 typed with spaces, county 2025 report (deadline 2026-03-01)'));
add('E-pdf-zw-rate', 'pdfcopy', plant(BASES.E, '成功率97.9%', '成功率98.9%'), { ...PDF.E, zw: true }, F('consistent-rate', '「调解案件2105\u200b件，调解成功2061件，成功率98.9%」 (ZWSP before the first unit): 97.91%'));
add('A-html-T4-splitspans-rate', 'html', plant(BASES.A, '调解成功率97.9%', '调解成功率97.2%'), { tpl: 'T4', splitSpan: '97.2%' }, F('consistent-rate', 'Word-pasted page, the rate split over two spans 「97.</span><span…>2%」: 2987/3052 = 97.87%'));
add('I-pdf-fullwidth-total', 'pdfcopy', plant(BASES.I, '共计16件', '共计17件'), { width: 32, pageLines: 23, pageNo: dash, fullwidth: true }, F('consistent-total', '「制定省政府规章８件、修改５件、废止３件，共计１７件」 in full-width digits: 16'));
add('C-pdf-circle-planyear', 'pdfcopy', plant(plant(BASES.C, '四、2026年工作计划', '四、2025年工作计划'), '2026年，我镇将', '2025年，我镇将'), { ...PDF.C, cnYears: '○', cnYearsOpening: '○' }, F('require-next-year-plan', '「四、二○二五年工作计划」 and 「二○二五年，我镇将…」 with ○ (U+25CB) in a 二○二五年 report'));

// ================================================================== batch 5 (labelled before its run, after batch 4 ran): headings
// broken after a few characters, and invisible characters (U+200B, U+00AD) inside the words of part headings
const BATCH5 = CASES.length;
const ZWS = '\u200b';
const SHYc = '\u00ad';
// clean (8)
add('D-pdf-headbreak-plan-short', 'pdfcopy', BASES.D, { ...PDF.D, headBreak: { match: '四、', at: 7 }, h1NoIndent: true });
add('A-pdf-headbreak-part1', 'pdfcopy', BASES.A, { ...PDF.A, headBreak: { match: '一、', at: 11 } });
add('G-pdf-headbreak-part5', 'pdfcopy', BASES.G, { ...PDF.G, headBreak: { match: '五、', at: 6 }, h1NoIndent: true });
add('I-pdf-headbreak-part3', 'pdfcopy', BASES.I, { width: 32, pageLines: 23, pageNo: dash, header: '江岭省人民政府', headBreak: { match: '三、', at: 14 }, h1NoIndent: true });
add('E-pdf-shy-part2', 'pdfcopy', plant(BASES.E, '三、存在的不足和原因', `三、存在的不${SHYc}足和原因`), { ...PDF.E });
add('F-pdf-zw-part2', 'pdfcopy', plant(BASES.F, '三、存在的问题', `三、存${ZWS}在的问题`), { ...PDF.F });
add('H-pdf-zw-plan', 'pdfcopy', plant(BASES.H, '三、2025年工作安排', `三、2025年工作${ZWS}安排`), { ...PDF.H });
add('B-html-T1-zw-part3', 'html', plant(BASES.B, '二、主要负责人履行推进法治建设第一责任人职责情况', `二、主要负责人履行推进法治建设第一${ZWS}责任人职责情况`), { tpl: 'T1' });
const CLEAN5 = CASES.length - BATCH5;
// faults (4)
add('D-pdf-headbreak-short-planyear', 'pdfcopy', plant(BASES.D, '四、2025年推进法治政府建设的主要安排', '四、2024年推进法治政府建设的主要安排'), { ...PDF.D, headBreak: { match: '四、', at: 7 }, h1NoIndent: true }, F('require-next-year-plan', 'plan heading broken 「四、2024年」/「推进法治政府建设的主要安排」 in a 2024 report'));
{
  const b = structuredClone(BASES.F);
  const i = b.blocks.findIndex(([k, t]) => k === 'h1' && t.startsWith('二、'));
  b.blocks.splice(i, 2);
  for (const blk of b.blocks) blk[1] = blk[1].replace(/^三、存在的问题/, `二、存${ZWS}在的问题`).replace(/^四、/, '三、');
  add('F-pdf-zw-nopart3', 'pdfcopy', b, { ...PDF.F }, F('require-sections', 'part 3 (街道党工委书记… heading and paragraph) cut; the 不足 heading carries a U+200B'));
}
add('G-pdf-headbreak-part5-rate', 'pdfcopy', plant(BASES.G, '占政务服务事项总数1932项的95.5%', '占政务服务事项总数1932项的95.8%'), { ...PDF.G, headBreak: { match: '五、', at: 6 }, h1NoIndent: true }, F('consistent-rate', '「可网上办理的政务服务事项1845项，占政务服务事项总数1932项的95.8%」: 1845/1932 = 95.50%'));
add('E-pdf-shy-planyear', 'pdfcopy', plant(plant(BASES.E, '四、2026年工作思路', `四、2025年工作${SHYc}思路`), '2026年，我局将', '2025年，我局将'), { ...PDF.E }, F('require-next-year-plan', 'plan 「四、2025年工作\u00ad思路」 (soft hyphen) and 「2025年，我局将…」 in a 2025 report'));

// ------------------------------------------------------------------ write
const only = process.argv.slice(2);
if (!only.length) rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-i12-'));
const labels = [];
const viaOffice = [];
const EXT = { pdfcopy: 'txt', html: 'html', mhtml: 'mhtml', docx: 'docx', doc: 'doc', pdf: 'pdf' };
for (const [i, c] of CASES.entries()) {
  const file = `${c.id}.${EXT[c.form]}`;
  labels.push({ id: c.id, file, form: c.form, base: c.base.key, batch: i < BATCH2 ? 1 : i < BATCH3 ? 2 : i < BATCH4 ? 3 : i < BATCH5 ? 4 : 5, ...(c.expect ? { expect: c.expect, fault: c.fault } : {}), models: c.base.models });
  if (only.length && !only.includes(c.id)) continue;
  const o = c.opts;
  if (c.form === 'pdfcopy') writeFileSync(path.join(outDir, file), pdfcopy(c.base, o));
  else if (c.form === 'html') writeFileSync(path.join(outDir, file), HTML[o.tpl](c.base, o).replace(/\u00a0/g, '&nbsp;'));
  else if (c.form === 'mhtml') writeFileSync(path.join(outDir, file), mhtml(c.base, HTML[o.tpl](c.base, o), o));
  else if (c.form === 'docx') writeFileSync(path.join(outDir, file), await wordDoc(c.base, o));
  else {
    const src = path.join(tmp, `${c.id}.docx`);
    writeFileSync(src, await wordDoc(c.base, o));
    viaOffice.push([src, c.form, file]);
  }
}
for (const form of ['doc', 'pdf']) {
  const srcs = viaOffice.filter(([, f]) => f === form);
  if (!srcs.length) continue;
  const out = path.join(tmp, form);
  mkdirSync(out);
  execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', form, '--outdir', out, ...srcs.map(([s]) => s)], { stdio: 'ignore' });
  for (const [src, , file] of srcs) renameSync(path.join(out, path.basename(src, '.docx') + '.' + form), path.join(outDir, file));
}
rmSync(tmp, { recursive: true, force: true });
writeFileSync(path.join(here, 'cases.json'), JSON.stringify(labels, null, 1) + '\n');
console.log(`${labels.length} cases (batch 1: ${BATCH2} with ${CLEAN} clean; batch 2: ${BATCH3 - BATCH2} with ${CLEAN2} clean; batch 3: ${BATCH4 - BATCH3} with ${CLEAN3} clean; batch 4: ${BATCH5 - BATCH4} with ${CLEAN4} clean; batch 5: ${CASES.length - BATCH5} with ${CLEAN5} clean) → ${path.relative(process.cwd(), outDir)}/`);
console.log(readdirSync(outDir).length, 'files', only.length ? `(rewrote ${only.join(' ')})` : '');
