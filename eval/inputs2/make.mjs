// inputs2 (eval/inputs2/README.md): every report copied to /tmp/inputs2/src (reports.tsv; list.json there) made into the
// forms reviewers hold, written to /tmp/inputs2/forms. node eval/inputs2/make.mjs [ids...]; then soffice/pandoc/chromium
// as the README says, and compare.mjs on fzlint's JSON of the forms directory.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, existsSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const require = createRequire('/work/wt/inputs2/package.json');
const d = require('docx');
const JSZip = require('jszip');

const SRC = '/tmp/inputs2/src';
const OUT = '/tmp/inputs2/forms';
mkdirSync(OUT, { recursive: true });
const list = JSON.parse(readFileSync(`${SRC}/list.json`, 'utf8'));
const only = process.argv.slice(2);

const CN = '一二三四五六七八九十';
const cnNum = (s) => {
  if (s === '十') return 10;
  if (s.length === 1) return CN.indexOf(s) + 1;
  if (s.length === 2 && s[0] === '十') return 10 + CN.indexOf(s[1]) + 1;
  if (s.length === 2 && s[1] === '十') return (CN.indexOf(s[0]) + 1) * 10;
  return -1;
};
const H1 = /^([一二三四五六七八九十]{1,2})、(.*)$/;
const H2 = /^[（(]([一二三四五六七八九十]{1,2})[）)](.*)$/;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function analyse(text) {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
  const items = lines.map((t) => ({ t, kind: 'p' }));
  let ti = items.findIndex((x, i) => i < 8 && /报告|总结|情况$/.test(x.t) && x.t.length < 70 && !/[。：:]$/.test(x.t));
  if (ti < 0) ti = 0;
  items[ti].kind = 'title';
  for (let i = 0; i < ti; i++) items[i].kind = 'pre';
  // signature: a date line at the end and the issuer line before it
  const n = items.length;
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(items[n - 1].t.trim())) {
    items[n - 1].kind = 'sig';
    if (n >= 2 && items[n - 2].t.length < 30 && !/[。；，：]/.test(items[n - 2].t)) items[n - 2].kind = 'sig';
  }
  // headings
  let h1seq = [], ok1 = true;
  for (const x of items) {
    if (x.kind !== 'p') continue;
    let m = H1.exec(x.t);
    if (m && x.t.length <= 50 && !/。./.test(x.t)) { x.kind = 'h1'; x.num = cnNum(m[1]); x.rest = m[2]; h1seq.push(x.num); continue; }
    m = H2.exec(x.t);
    if (m && x.t.length <= 50 && !/。./.test(x.t)) { x.kind = 'h2'; x.num = cnNum(m[1]); x.rest = m[2]; }
  }
  ok1 = h1seq.length > 0 && h1seq.every((v, i) => v === i + 1);
  // h2 sequences restart under each h1
  let ok2 = true, expect = 1, any2 = false;
  for (const x of items) {
    if (x.kind === 'h1') expect = 1;
    if (x.kind === 'h2') { any2 = true; if (x.num !== expect) ok2 = false; expect++; }
  }
  const issuer = items.find((x) => x.kind === 'sig')?.t ?? (items.find((x) => x.kind === 'pre' && x.t.length < 30 && /政府|局|委|办|厅|部|院|署|镇|街道|管委会/.test(x.t))?.t);
  const date = items.find((x) => x.kind === 'sig' && /日$/.test(x.t))?.t;
  return { items, ok1, ok2: ok2 && any2, issuer, date, addrIdx: items.findIndex((x, i) => i > ti && /：$/.test(x.t) && x.t.length < 30) };
}

const numbering = {
  config: [{
    reference: 'cn-outline',
    levels: [
      { level: 0, format: d.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: d.AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
      { level: 1, format: d.LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: d.AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
    ],
  }],
};

/** split a string into runs at irregular places, as WPS does */
function wpsRuns(s, opts = {}) {
  const out = [];
  let i = 0, k = 0;
  const cuts = [7, 3, 11, 2, 5];
  while (i < s.length) {
    const len = cuts[k++ % cuts.length];
    out.push(new d.TextRun({ text: s.slice(i, i + len), font: opts.font ?? '仿宋_GB2312', size: 32, bold: opts.bold, color: opts.color }));
    i += len;
  }
  return out;
}

const png1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function variantA(r, a) {
  // Word: Title style, Heading 1/2 with automatic 一、（一） numbering, header, 「— N —」 footer, footnote,
  // TOC (cached entries), image with caption, 附件 table after the signature
  const kids = [];
  let footDone = false, capDone = false;
  const h1s = [];
  for (const [i, x] of a.items.entries()) {
    if (x.kind === 'pre') kids.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun(x.t)] }));
    else if (x.kind === 'title') {
      kids.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(x.t)] }));
      kids.push('TOC');
    } else if (x.kind === 'h1') {
      h1s.push(x.t);
      if (a.ok1) kids.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, numbering: { reference: 'cn-outline', level: 0 }, children: [new d.TextRun(x.rest)] }));
      else kids.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(x.t)] }));
    } else if (x.kind === 'h2') {
      if (a.ok1 && a.ok2) kids.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, numbering: { reference: 'cn-outline', level: 1 }, children: [new d.TextRun(x.rest)] }));
      else kids.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun(x.t)] }));
    } else if (x.kind === 'sig') kids.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun(x.t)] }));
    else {
      const runs = [new d.TextRun(x.t)];
      if (!footDone && i > a.addrIdx + 1 && a.addrIdx >= 0 && /。$/.test(x.t)) { runs.push(new d.FootnoteReferenceRun(1)); footDone = true; }
      kids.push(new d.Paragraph({ indent: { firstLine: 640 }, children: runs }));
      if (!capDone && h1s.length === 1 && x.t.length > 80) {
        capDone = true;
        kids.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.ImageRun({ type: 'png', data: png1x1, transformation: { width: 200, height: 120 } })] }));
        kids.push(new d.Paragraph({ style: 'Caption', alignment: d.AlignmentType.CENTER, children: [new d.TextRun('图1 行政执法监督平台运行界面')] }));
      }
    }
  }
  // 附件 table
  const cell = (t) => new d.TableCell({ children: [new d.Paragraph(t)] });
  kids.push(new d.Paragraph({ children: [new d.PageBreak()] }));
  kids.push(new d.Paragraph({ children: [new d.TextRun({ text: '附件', font: '黑体' })] }));
  kids.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun('法治政府建设重点任务完成情况表')] }));
  kids.push(new d.Table({ rows: [
    ['序号', '重点任务', '牵头单位', '完成情况'],
    ['1', '深化行政执法体制改革', '司法局', '已完成'],
    ['2', '推进政务服务标准化', '政务服务中心', '已完成'],
    ['3', '开展规范性文件清理', '司法局', '持续推进'],
  ].map((row) => new d.TableRow({ children: row.map(cell) })) }));
  const toc = h1s.map((h, i) => `<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8300"/></w:tabs></w:pPr>${i === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : ''}<w:hyperlink w:anchor="_Toc${1000 + i}" w:history="1"><w:r><w:t xml:space="preserve">${esc(h)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${1000 + i} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${i + 1}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>${i === h1s.length - 1 ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : ''}</w:p>`).join('');
  const tocXml = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>目录</w:t></w:r></w:p>${toc}</w:sdtContent></w:sdt>`;
  const TOCMARK = '@@TOC@@';
  const children = kids.map((k) => (k === 'TOC' ? new d.Paragraph(TOCMARK) : k));
  const doc = new d.Document({
    numbering,
    styles: { paragraphStyles: [{ id: 'Caption', name: 'caption', basedOn: 'Normal', run: { size: 20 } }, { id: 'TOC1', name: 'toc 1', basedOn: 'Normal' }, { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal' }] },
    footnotes: { 1: { children: [new d.Paragraph('数据来源：本级行政执法监督平台，统计口径为全年。')] } },
    sections: [{
      headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun(`${a.issuer ?? ''}法治政府建设情况报告`)] })] }) },
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'] })] })] }) },
      children,
    }],
  });
  let buf = await d.Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(buf);
  let xml = await zip.file('word/document.xml').async('string');
  const re = new RegExp(`<w:p>(?:(?!<w:p>).)*?${TOCMARK}.*?</w:p>`);
  xml = xml.replace(re, h1s.length ? tocXml : '');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function variantB(r, a) {
  // WPS 公文: 红头 and red rule, title broken with Shift+Enter, headings as bold/黑体 text with their numbers,
  // runs split irregularly, a tracked change on a figure, a comment, signature in a text box, 版记 抄送/印发,
  // 公文 page numbers 「— N —」
  const kids = [];
  const issuer = a.issuer && !/^\d/.test(a.issuer) ? a.issuer : null;
  if (issuer) {
    kids.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 200 }, children: [new d.TextRun({ text: `${issuer}文件`, color: 'FF0000', size: 72, font: '方正小标宋简体' })] }));
  }
  let trackDone = false, commentDone = false, inPart = 0;
  for (const x of a.items) {
    if (x.kind === 'pre') {
      const isWh = /〔\d{4}〕|\[\d{4}\]/.test(x.t);
      if (issuer && x.t === issuer) continue; // the 红头 replaces the issuer line
      kids.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: wpsRuns(x.t) }));
      if (isWh) kids.push(new d.Paragraph({ border: { bottom: { color: 'FF0000', space: 1, style: d.BorderStyle.SINGLE, size: 18 } }, children: [] }));
    } else if (x.kind === 'title') {
      const at = x.t.indexOf('关于') > 0 ? x.t.indexOf('关于') + 2 : Math.floor(x.t.length / 2);
      kids.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: x.t.slice(0, at), font: '方正小标宋简体', size: 44 }), new d.TextRun({ text: x.t.slice(at), break: 1, font: '方正小标宋简体', size: 44 })] }));
    } else if (x.kind === 'h1') { inPart++; kids.push(new d.Paragraph({ indent: { firstLine: 640 }, children: wpsRuns(x.t, { font: '黑体' }) })); }
    else if (x.kind === 'h2') kids.push(new d.Paragraph({ indent: { firstLine: 640 }, children: wpsRuns(x.t, { font: '楷体_GB2312', bold: true }) }));
    else if (x.kind === 'sig') continue;
    else {
      const m = /(\d+\.\d)%/.exec(x.t);
      if (!trackDone && m && inPart >= 1) {
        trackDone = true;
        const old = (parseFloat(m[1]) + 7.3).toFixed(1) + '%';
        const pre = x.t.slice(0, m.index), post = x.t.slice(m.index + m[0].length);
        kids.push(new d.Paragraph({ indent: { firstLine: 640 }, children: [
          ...wpsRuns(pre),
          new d.DeletedTextRun({ text: old, id: 1, author: '审核人', date: '2025-02-10T10:00:00Z', font: '仿宋_GB2312', size: 32 }),
          new d.InsertedTextRun({ text: m[0], id: 2, author: '审核人', date: '2025-02-10T10:00:00Z', font: '仿宋_GB2312', size: 32 }),
          ...wpsRuns(post),
        ] }));
        continue;
      }
      if (!commentDone && inPart >= 2 && /。/.test(x.t)) {
        commentDone = true;
        const cut = x.t.indexOf('。') + 1;
        kids.push(new d.Paragraph({ indent: { firstLine: 640 }, children: [
          new d.CommentRangeStart(0), ...wpsRuns(x.t.slice(0, cut)), new d.CommentRangeEnd(0),
          new d.TextRun({ children: [new d.CommentReference(0)] }), ...wpsRuns(x.t.slice(cut)),
        ] }));
        continue;
      }
      kids.push(new d.Paragraph({ indent: { firstLine: 640 }, children: wpsRuns(x.t) }));
    }
  }
  const sig = a.items.filter((x) => x.kind === 'sig').map((x) => x.t);
  if (sig.length) {
    kids.push(new d.Paragraph(''));
    kids.push(new d.Textbox({ alignment: d.AlignmentType.RIGHT, style: { width: '200pt', height: '60pt', marginLeft: '260pt' },
      children: sig.map((s) => new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: s, font: '仿宋_GB2312', size: 32 })] })) }));
  }
  // 版记
  const office = issuer ? `${issuer.replace(/(人民政府|局|委员会)$/, '$1')}办公室` : '办公室';
  kids.push(new d.Paragraph({ children: [new d.PageBreak()] }));
  const line = (t, top) => new d.Paragraph({ border: top ? { top: { color: '000000', space: 1, style: d.BorderStyle.SINGLE, size: 8 }, bottom: { color: '000000', space: 1, style: d.BorderStyle.SINGLE, size: 4 } } : { bottom: { color: '000000', space: 1, style: d.BorderStyle.SINGLE, size: 8 } }, children: [new d.TextRun({ text: t, font: '仿宋_GB2312', size: 28 })] });
  kids.push(line('抄送：党委办公室、人大常委会办公室、政协办公室。', true));
  kids.push(line(`${office}　　　　　　　　${a.date ?? ''}印发`, false));
  const doc = new d.Document({
    comments: { children: [{ id: 0, author: '审核人', date: new Date('2025-02-10T10:00:00Z'), children: [new d.Paragraph('请核实此处表述，建议补充2023年对比数据。')] }] },
    sections: [{
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], size: 28 })] })] }) },
      children: kids,
    }],
  });
  return d.Packer.toBuffer(doc);
}

function govPage1(r, a) {
  // a modern article page: nav, breadcrumb, 索引号 table, title, 发布时间/来源/浏览次数, <p> body, 打印本页/关闭窗口,
  // share widget, related links, footer with 主办单位/网站标识码/ICP备
  const site = (a.issuer ?? '某县人民政府').replace(/(办公室|司法局|.*局)$/, '') || '某县人民政府';
  const title = a.items.find((x) => x.kind === 'title').t;
  const body = a.items.filter((x) => x.kind !== 'title').map((x) => {
    const al = x.kind === 'sig' ? ' style="text-align:right"' : x.kind === 'pre' ? ' style="text-align:center"' : ' style="text-indent:2em"';
    const t = x.kind === 'h1' ? `<strong>${esc(x.t)}</strong>` : esc(x.t).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');
    return `<p${al}>${t}</p>`;
  }).join('\n');
  const pub = a.date ? a.date.replace(/(\d{4})年(\d+)月(\d+)日/, (m, y, mo, da) => `${y}-${mo.padStart(2, '0')}-${String(Math.min(28, +da + 3)).padStart(2, '0')}`) : '2025-03-20';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}_${esc(site)}</title>
<meta name="ArticleTitle" content="${esc(title)}"><meta name="PubDate" content="${pub} 09:30">
<style>.hide{display:none}</style><script>var _hmt=_hmt||[];</script></head>
<body>
<div class="top-bar"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="header"><img src="logo.png" alt="${esc(site)}"><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进${esc(site)}</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法治政府建设</a> &gt; 正文</div>
<div class="xxgk-table"><table>
<tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号</td><td>11500000MB1234567X/2025-00${r.id.slice(1)}</td><td>主题分类</td><td>综合政务/其他</td></tr>
<tr><td>发布机构</td><td>${esc(a.issuer ?? site)}</td><td>成文日期</td><td>${esc(a.date ?? '')}</td></tr>
<tr><td>标　　题</td><td colspan="3">${esc(title)}</td></tr>
<tr><td>文　　号</td><td></td><td>发布日期</td><td>${pub}</td></tr>
</table></div>
<div class="article">
<h1 class="title">${esc(title)}</h1>
<div class="info">发布时间：${pub} 09:30　来源：${esc(a.issuer ?? site)}　浏览次数：<span id="hits">1268</span>　字号：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content TRS_Editor">
${body}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="updown"><p>上一篇：<a href="#">关于公布2024年度行政规范性文件清理结果的通知</a></p><p>下一篇：<a href="#">2025年政府信息公开工作要点</a></p></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">2023年度法治政府建设情况报告</a> <span>2024-03-28</span></li><li><a href="#">关于开展法治政府建设示范创建的通知</a> <span>2025-04-15</span></li></ul></div>
</div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：${esc(site)}办公室　承办单位：${esc(site)}大数据中心</p>
<p>网站标识码：5000000012　<a href="#">渝ICP备05003300号-1</a>　<img src="ga.png">渝公网安备 50010302000123号</p>
<p>联系电话：023-12345678　建议使用1366×768分辨率</p></div>
</body></html>`;
}

function govPage2(r, a) {
  // an old table-layout page, the report pasted as one cell with <br> between paragraphs, 　　 indents
  const title = a.items.find((x) => x.kind === 'title').t;
  const body = a.items.filter((x) => x.kind !== 'title').map((x) => `　　${esc(x.t)}`).join('<br>\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(title)}</title></head>
<body><table width="1000" align="center"><tr><td><img src="banner.jpg"></td></tr>
<tr><td class="nav"><a href="#">首页</a> | <a href="#">机构概况</a> | <a href="#">政务公开</a> | <a href="#">法治建设</a> | <a href="#">办事服务</a></td></tr>
<tr><td>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">法治建设</a> &gt;&gt; 工作报告</td></tr>
<tr><td><table width="100%"><tr><td align="center"><font size="5" color="#cc0000"><b>${esc(title)}</b></font></td></tr>
<tr><td align="center">作者：　　来源：${esc(a.issuer ?? '')}　　点击数：<script src="/count.asp?id=1"></script>　　更新时间：${a.date ? a.date.replace(/年|月/g, '-').replace('日', '') : ''}</td></tr>
<tr><td class="content">${body}</td></tr>
<tr><td align="right"><a href="javascript:print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr></table></td></tr>
<tr><td align="center">版权所有：${esc(a.issuer ?? '')}　地址：人民路1号　邮编：400000<br>ICP备案号：渝ICP备12345678号　网站标识码：5001000033</td></tr></table></body></html>`;
}

const sh = (cmd, args, cwd) => { try { execFileSync(cmd, args, { cwd, stdio: 'pipe', timeout: 120000 }); return true; } catch (e) { console.error('FAIL', cmd, args.join(' '), String(e.stderr ?? e).slice(0, 200)); return false; } };

for (const r of list) {
  if (only.length && !only.includes(r.id)) continue;
  const text = readFileSync(`${SRC}/${r.id}.txt`, 'utf8');
  const a = analyse(text);
  writeFileSync(`${OUT}/${r.id}.A.docx`, await variantA(r, a));
  writeFileSync(`${OUT}/${r.id}.B.docx`, await variantB(r, a));
  writeFileSync(`${OUT}/${r.id}.gov1.html`, govPage1(r, a));
  writeFileSync(`${OUT}/${r.id}.gov2.html`, govPage2(r, a));
  console.log(r.id, 'ok1', a.ok1, 'ok2', a.ok2, 'issuer', a.issuer, 'date', a.date);
}
