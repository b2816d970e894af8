#!/usr/bin/env node
// Writes eval/independent7/cases/*.{txt,md} and cases.json (the labels) from reports.mjs.
// The labels (clean, or the one rule that must report the planted fault) are set here, by hand, per case.
// Run: node eval/independent7/make.mjs
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORTS } from './reports.mjs';
import { REPORTS2 } from './reports2.mjs';
import { REPORTS3 } from './reports3.mjs';

const ALL = { ...REPORTS, ...REPORTS2, ...REPORTS3 };
const sig = (r) => r.dateText ?? cn(r.date);

const here = path.dirname(fileURLToPath(import.meta.url));
const NUM = ['一', '二', '三', '四', '五', '六', '七', '八'];
const cn = (d) => `${d[0]}年${d[1]}月${d[2]}日`;
const iso = (d) => `${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}`;

function bodyLines(r, md) {
  const out = [];
  r.parts.forEach((p, i) => {
    out.push(md ? `## ${NUM[i]}、${p.h}` : `${NUM[i]}、${p.h}`);
    if (md) out.push('');
    (p.subs ?? []).forEach((s, j) => {
      if (md) out.push(`### （${NUM[j]}）${s.h}`, '', s.b, '');
      else out.push(`（${NUM[j]}）${s.h}`, s.b);
    });
    for (const b of p.b ?? []) out.push(b, ...(md ? [''] : []));
  });
  return out;
}

const layouts = {
  /** Title, opening, headed parts, signature and date. */
  plain: (r) => [r.title, '', r.opening, ...bodyLines(r), '', r.issuer, sig(r), ''].join('\n'),
  /** 公文 as sent: red-head line, 文号, 关于…的报告 title, addressee, body, signature, date, 公开属性, 抄送, 印发 line. */
  docno: (r) => [
    `${r.issuer}文件`, '', r.signer ? `${r.docno}　　　　${r.signer}` : r.docno, '', r.docTitle ?? r.title, '', r.addressee, r.opening, ...bodyLines(r), '',
    r.issuer, sig(r), ...(r.contact ? [r.contact] : []), '', '（此件公开发布）', '', r.cc, `${r.issuer}办公室　　　　${cn(r.date)}印发`, '',
  ].join('\n'),
  /** Text of a 政府信息公开 page: metadata rows, title, body, signature, print/close footer. */
  web: (r, id) => [
    `索引号：${r.index ?? `QL-${id}-${r.date[0]}-0012`}`, `发布机构：${r.issuer}`, `成文日期：${iso(r.date)}`, `发布日期：${iso(r.pub)}`, '',
    r.title, '', r.opening, ...bodyLines(r), '', r.issuer, sig(r), '', '【打印本页】　【关闭窗口】', '',
  ].join('\n'),
  /** Markdown: # title, ## parts, ### sub-sections. */
  md: (r) => [`# ${r.title}`, '', r.opening, '', ...withTable(bodyLines(r, true), r, (t) => ['', ...mdTable(t), '']), r.issuer, '', sig(r), ''].join('\n'),
  /** A saved article page: nav, breadcrumb, h1, 发布时间/来源 line, <p> paragraphs, a figures <table>, footer. */
  html: (r) => {
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const rows = (t) => ['<table border="1">', ...t.map((row, i) => `<tr>${row.map((c) => (i ? `<td>${esc(c)}</td>` : `<th>${esc(c)}</th>`)).join('')}</tr>`), '</table>'];
    const body = withTable(bodyLines(r).map((l) => `<p>${esc(l)}</p>`), r, rows);
    return ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8"><title>' + esc(r.title) + '</title></head><body>',
      '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>',
      '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设年度报告</div>',
      '<div class="article">', `<h1>${esc(r.title)}</h1>`, `<div class="info">发布时间：${iso(r.pub)}　来源：${esc(r.issuer)}　【字号：大 中 小】</div>`,
      `<p>${esc(r.opening)}</p>`, ...body, `<p style="text-align:right">${esc(r.issuer)}</p>`, `<p style="text-align:right">${sig(r)}</p>`, '</div>',
      '<div class="tools">【打印本页】【关闭窗口】</div>', `<div class="footer">主办：${esc(r.issuer)}　网站标识码：5301000012　滇ICP备05001234号</div>`, '</body></html>', ''].join('\n');
  },
};

/** Inserts the report's figures table after the body line that says 见下表. */
function withTable(lines, r, render) {
  if (!r.table) return lines;
  const i = lines.findIndex((l) => l.includes('见下表'));
  return [...lines.slice(0, i + 1), ...render(r.table), ...lines.slice(i + 1)];
}
const mdTable = (t) => [`| ${t[0].join(' | ')} |`, `| ${t[0].map(() => '---').join(' | ')} |`, ...t.slice(1).map((row) => `| ${row.join(' | ')} |`)];

/** Deep copy with one edit: fn(copy) changes it. */
function edit(r, fn) {
  const c = structuredClone(r);
  fn(c);
  return c;
}
function replaceIn(r, from, to) {
  let n = 0;
  const rep = (s) => (s.includes(from) ? (n++, s.replace(from, to)) : s);
  r.opening = rep(r.opening);
  for (const p of r.parts) {
    p.h = rep(p.h);
    for (const s of p.subs ?? []) { s.h = rep(s.h); s.b = rep(s.b); }
    if (p.b) p.b = p.b.map(rep);
  }
  if (n !== 1) throw new Error(`replaceIn: 「${from}」 found ${n} times`);
}

/** A valid 18-digit 公民身份号码 for the planted-ID case (ISO 7064 MOD 11-2 check character). */
function idNumber(body17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...body17].reduce((a, d, i) => a + Number(d) * w[i], 0);
  return body17 + '10X98765432'[s % 11];
}

// [id, base, layout, label?] — clean unless expect is given.
const CASES = [];
const EXT = { md: 'md', html: 'html' };
const clean = (base, layout, batch = 1) => CASES.push({ id: `${base}-${layout}`, base, layout, ext: EXT[layout] ?? 'txt', r: ALL[base], batch });
for (const b of Object.keys(REPORTS)) clean(b, 'plain');
for (const b of ['P01', 'P04', 'P07', 'P10', 'P13', 'P17', 'P18']) clean(b, 'docno');
for (const b of ['P01', 'P02', 'P04', 'P05', 'P08', 'P11', 'P14', 'P15']) clean(b, 'web');
for (const b of ['P02', 'P03', 'P06', 'P09', 'P12', 'P16']) clean(b, 'md');

const fault = (id, base, layout, expect, fault, fn, batch = 1) =>
  CASES.push({ id, base, layout, ext: EXT[layout] ?? 'txt', r: edit(ALL[base], fn), expect, fault, batch });

fault('F01-rate', 'P01', 'plain', 'consistent-rate', '结案398件 of 412件 with 结案率94.6% (right: 96.6%)',
  (r) => replaceIn(r, '结案率96.6%', '结案率94.6%'));
fault('F02-total', 'P07', 'docno', 'consistent-total', '查处违法行为926起，其中 412+305+239 = 956 起 (parts exceed the total)',
  (r) => replaceIn(r, '其他违法209起', '其他违法239起'));
fault('F03-nopart3', 'P05', 'plain', 'require-sections', 'part 二 (委主要负责人履行…第一责任人职责情况) cut out',
  (r) => { r.parts.splice(1, 1); });
fault('F04-noplan', 'P06', 'plain', 'require-next-year-plan', 'part 四 (下一步工作打算) cut out',
  (r) => { r.parts.splice(3, 1); });
fault('F05-planyear', 'P09', 'plain', 'require-next-year-plan', '2025 report, plan heading 2025年工作计划 and body 2025年，我局将…',
  (r) => { r.parts[3].h = '2025年工作计划'; r.parts[3].b = [r.parts[3].b[0].replace('2026年，', '2025年，')]; });
fault('F06-year', 'P04', 'docno', 'consistent-year', '2024 report, part 1 heading 2023年法治政府建设情况',
  (r) => { r.parts[0].h = '2023年法治政府建设情况'; });
fault('F07-placeholder', 'P08', 'web', 'no-placeholder', '认定违法用地41宗 … 收缴罚没款XX万元',
  (r) => replaceIn(r, '结案38宗，结案率92.7%。', '结案38宗，结案率92.7%，收缴罚没款XX万元。'));
fault('F08-bracket', 'P13', 'plain', 'no-unpaired-punctuation', '《中华人民共和国行政复议法 without its closing 》',
  (r) => replaceIn(r, '《中华人民共和国行政复议法》，', '《中华人民共和国行政复议法，'));
fault('F09-repealed', 'P02', 'plain', 'valid-law-title', '《中华人民共和国治安管理处罚条例》 (repealed 2006) cited as what the training covered',
  (r) => replaceIn(r, '《中华人民共和国治安管理处罚法》', '《中华人民共和国治安管理处罚条例》'));
fault('F10-mobile', 'P11', 'plain', 'no-sensitive-data', 'a contact mobile number left in: 联系人：李某，联系电话：13987654321',
  (r) => { r.parts[0].subs[1].b += '群众可通过12350热线举报安全生产违法行为（联系人：李某，联系电话：13987654321）。'; });
fault('F11-idnumber', 'P10', 'docno', 'no-sensitive-data', `a worker's 身份证号 left in a case example: ${idNumber('53012319850712041')}`,
  (r) => { r.parts[0].subs[0].b += `其中为农民工王某（身份证号${idNumber('53012319850712041')}）追回工资4.6万元。`; });
fault('F12-late', 'P14', 'web', 'no-late-publication', 'town report dated 2026年3月18日 (成文日期 2026-03-18), past 3月1日; published 2026-03-20',
  (r) => { r.date = [2026, 3, 18]; r.pub = [2026, 3, 20]; });

// Batch 2 (labelled before its own first run).
for (const [b, l] of [['Q01', 'docno'], ['Q01', 'plain'], ['Q02', 'plain'], ['Q02', 'web'], ['Q03', 'plain'], ['Q04', 'plain'], ['Q04', 'web'], ['Q05', 'plain'], ['Q06', 'md'], ['Q06', 'plain']]) clean(b, l, 2);
fault('G01-lossrate', 'Q03', 'plain', 'consistent-rate', '行政诉讼6件，其中胜诉4件、败诉1件、撤诉1件，败诉率26.7% (right: 16.7%)',
  (r) => replaceIn(r, '败诉率16.7%', '败诉率26.7%'), 2);
fault('G02-subtotal', 'Q01', 'docno', 'consistent-total', '罚没款合计356.2万元，其中罚款320.5万元、没收违法所得45.7万元 (parts 366.2)',
  (r) => replaceIn(r, '没收违法所得35.7万元', '没收违法所得45.7万元'), 2);
fault('G03-planY2', 'Q05', 'plain', 'require-next-year-plan', '2025 report, plan 2027年工作计划 / 2027年，我局将…',
  (r) => { r.parts[3].h = '2027年工作计划'; r.parts[3].b = [r.parts[3].b[0].replace('2026年，', '2027年，')]; }, 2);
fault('G04-yoy', 'Q01', 'plain', 'consistent-rate', '立案412件，同比增长21.6%（2024年为366件） (right: 12.6%)',
  (r) => replaceIn(r, '同比增长12.6%', '同比增长21.6%'), 2);

// Batch 3 (labelled before its own first run).
for (const [b, l] of [['R01', 'plain'], ['R01', 'md'], ['R02', 'html'], ['R02', 'md'], ['R03', 'plain'], ['R03', 'web'], ['R04', 'web'], ['R04', 'plain']]) clean(b, l, 3);
fault('H01-rate-fw', 'R04', 'plain', 'consistent-rate', '查处52件，结案49件，结案率为92.4％ (full-width ％; right: 94.2)',
  (r) => replaceIn(r, '结案率为94.2％', '结案率为92.4％'), 3);
fault('H02-year', 'R03', 'plain', 'consistent-year', '2025 report (title); opening 「现将城东街道2024年度法治政府建设情况报告如下」',
  (r) => { r.opening = r.opening.replace('2025年度', '2024年度'); }, 3);
fault('H03-placeholder', 'R01', 'plain', 'no-placeholder', '党组书记、局长×××履行推进法治建设第一责任人职责',
  (r) => replaceIn(r, '党组书记、局长履行推进法治建设第一责任人职责，主持', '党组书记、局长×××履行推进法治建设第一责任人职责，主持'), 3);
fault('H04-yoy-table', 'R02', 'html', 'consistent-rate', '立案查处104件，同比下降21.9% (table: 2024年118, 2025年104; right: 11.9)',
  (r) => replaceIn(r, '同比下降11.9%', '同比下降21.9%'), 3);

rmSync(path.join(here, 'cases'), { recursive: true, force: true });
mkdirSync(path.join(here, 'cases'), { recursive: true });
const labels = [];
for (const c of CASES) {
  const file = `${c.id}.${c.ext}`;
  writeFileSync(path.join(here, 'cases', file), layouts[c.layout](c.r, c.base));
  labels.push({ id: c.id, file, batch: c.batch ?? 1, kind: c.r.kind, layout: c.layout, ...(c.expect ? { expect: c.expect, fault: c.fault } : {}), models: c.r.models });
}
writeFileSync(path.join(here, 'cases.json'), JSON.stringify(labels, null, 1) + '\n');
console.log(`${labels.length} cases (${labels.filter((l) => !l.expect).length} clean, ${labels.filter((l) => l.expect).length} with one fault)`);
