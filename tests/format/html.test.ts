import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/format/index.js';
import type { FileResult } from '../../src/linter/types.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/seeds.js';
import { context, fixtureResults, INVALID, MISSING, VALID } from './helpers.js';

// The review page's markup on the fixture; its behaviour is tested in Chromium (html-browser.test.ts).

let results: FileResult[];
let page: string;
let E: string;
let I: string;

beforeAll(async () => {
  results = await fixtureResults();
  [E, I] = results[0].messages.map((m) => m.reason);
  page = (await loadFormatter('html'))(results, context());
});

// the rule's page is bundled in the page: its link is an anchor, never a website
const rule = `<span class="rule"><a href="#rule-require-sections">require-sections</a></span>`;
const open = (f: string) => `<div class="open"><a href="${pathToFileURL(path.join(ROOT, f)).href}">打开原文</a></div>`;
const FIRST = '法治兴则国兴,法治强则国强。2024年水磨沟区委、区政府坚持以习近平新时代中国特色社会主义思想为指导,现将工作情况汇报如下。';

describe('html', () => {
  it('is one self-contained page: inline style and script, a CSP that forbids every load, nothing fetched', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
    expect(page).not.toMatch(/<link\b|<img\b|<iframe\b|\bsrc=|@import|url\(/i);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<style>/g)).toHaveLength(1);
    // the only links: each report file, the bundled rule page (three findings), and back to the top from the page
    expect([...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      pathToFileURL(path.join(ROOT, INVALID)).href,
      '#rule-require-sections',
      '#rule-require-sections',
      '#rule-require-sections',
      pathToFileURL(path.join(ROOT, VALID)).href,
      pathToFileURL(path.join(ROOT, MISSING)).href,
      '#top',
    ]);
    expect(page).not.toMatch(/href="https?:/);
  });

  it('renders the filter bar with a count per verdict, and sortable headings', () => {
    expect(page).toContain(
      '<div class="bar" role="group" aria-label="按结论筛选"><span class="label">按结论筛选</span>' +
        '<button type="button" data-filter="all" aria-pressed="true">全部 3</button>' +
        '<button type="button" data-filter="pass" aria-pressed="false">通过 1</button>' +
        '<button type="button" data-filter="review" aria-pressed="false">待核实 0</button>' +
        '<button type="button" data-filter="fail" aria-pressed="false">不通过 1</button>' +
        '<button type="button" data-filter="error" aria-pressed="false">无法检查 1</button>' +
        '<span class="count">显示 <span id="shown">3</span> / 3</span></div>',
    );
    expect(page).toContain(
      '<thead><tr>' +
        '<th scope="col" data-key="file" data-type="str"><button type="button">报告</button></th>' +
        '<th scope="col" data-key="year" data-type="num"><button type="button">年度</button></th>' +
        '<th scope="col" data-key="parts" data-type="num"><button type="button">五项内容</button></th>' +
        '<th scope="col" data-key="plan" data-type="num"><button type="button">下一年度安排</button></th>' +
        '<th scope="col" data-key="responsible" data-type="num"><button type="button">第一责任人</button></th>' +
        '<th scope="col" data-key="publication" data-type="str"><button type="button">公开时间</button></th>' +
        '<th scope="col" data-key="numbers" data-type="num"><button type="button">数字问题</button></th>' +
        '<th scope="col" data-key="problems" data-type="num"><button type="button">问题</button></th>' +
        '<th scope="col" data-key="compliance" data-type="num"><button type="button">合规</button></th>' +
        '<th scope="col" data-key="writing" data-type="num"><button type="button">文字</button></th>' +
        '<th scope="col" data-key="verdict" data-type="num"><button type="button">结论</button></th>' +
        '</tr></thead>',
    );
  });

  it('renders one <tbody> per report: the checklist row and its findings with the quoted text, escaped', () => {
    const rows = page.slice(page.indexOf('</thead>\n') + 9, page.indexOf('\n<tfoot>')).split('\n');
    expect(rows).toEqual([
      `<tbody class="report" data-index="0" data-verdict="fail" data-sort-file="${INVALID}" data-sort-year="2024" data-sort-parts="12" data-sort-plan="2025" data-sort-responsible="0" data-sort-publication="" data-sort-numbers="" data-sort-problems="1001001" data-sort-compliance="2" data-sort-writing="0" data-sort-verdict="2">` +
        `<tr class="row"><td class="report"><div class="name">${INVALID}</div>${open(INVALID)}</td><td class="num">2024</td>` +
        `<td class="m-fail" title="${E}"><span class="sym">✗</span> 缺 3、5</td>` +
        '<td class="m-pass" title="安排部分：「2025年工作安排」"><span class="sym">✓</span> 2025年</td>' +
        `<td class="m-fail" title="${E}"><span class="sym">✗</span> 未见</td>` +
        '<td class="m-unknown"><span class="sym">—</span> 未见日期</td><td class="m-unknown">—</td>' +
        '<td><button type="button" class="toggle" aria-expanded="false" aria-controls="r0-details">1 错误 · 1 警告 · 1 提示</button></td>' +
        '<td><span class="verdict v-fail">不通过</span></td><td><span class="verdict v-pass">通过</span></td><td><span class="verdict v-fail">不通过</span></td></tr>' +
        '<tr class="details" id="r0-details" hidden><td colspan="11"><ol class="findings">' +
        `<li class="finding sev-error"><span class="badge">错误</span> <span class="pos">第 1 行第 1 列</span> ${rule}<div class="msg">${E}</div><blockquote><mark>${FIRST}</mark></blockquote></li>` +
        `<li class="finding sev-info"><span class="badge">提示</span> <span class="pos">第 1 行第 1 列</span> ${rule}<div class="msg">${I}</div><blockquote><mark>${FIRST}</mark></blockquote></li>` +
        `<li class="finding sev-warn"><span class="badge">警告</span> <span class="pos">第 9 行第 39 列</span> ${rule}<div class="msg">100%, a:b &amp; &lt;c&gt; &quot;d&quot; &#39;e&#39;`,
      '第二行</div><blockquote>…法治政府建设。压紧压实各级党政主要负责人法治建设<mark>第一责任人职责</mark>,常态开展督察检查和年度述法。</blockquote></li>' +
        '</ol></td></tr></tbody>',
      `<tbody class="report" data-index="1" data-verdict="pass" data-sort-file="${VALID}" data-sort-year="2023" data-sort-parts="0" data-sort-plan="2024" data-sort-responsible="2" data-sort-publication="" data-sort-numbers="" data-sort-problems="0" data-sort-compliance="0" data-sort-writing="0" data-sort-verdict="0">` +
        `<tr class="row"><td class="report"><div class="name">叶城县2023年度法治政府建设工作报告</div><div class="path">${VALID}</div>${open(VALID)}</td><td class="num">2023</td>` +
        '<td class="m-pass" title="识别到：1 举措和成效, 2 不足和原因, 3 第一责任人职责, 4 下一年度安排, 5 其他情况"><span class="sym">✓</span> 齐全</td>' +
        '<td class="m-pass" title="安排部分：「2024年度推进法治政府建设的主要安排」"><span class="sym">✓</span> 2024年</td>' +
        '<td class="m-pass" title="第一责任人：「2023年度党政主要负责人履行推进法治政府建设第一责任人职责,加强法治政府建设的有关情况」"><span class="sym">✓</span> 有标题</td>' +
        '<td class="m-unknown"><span class="sym">—</span> 未见日期</td><td class="m-unknown">—</td>' +
        '<td><span class="none">未发现问题</span></td><td><span class="verdict v-pass">通过</span></td><td><span class="verdict v-pass">通过</span></td><td><span class="verdict v-pass">通过</span></td></tr></tbody>',
      `<tbody class="report" data-index="2" data-verdict="error" data-sort-file="${MISSING}" data-sort-year="" data-sort-parts="" data-sort-plan="" data-sort-responsible="" data-sort-publication="" data-sort-numbers="" data-sort-problems="1000000" data-sort-compliance="3" data-sort-writing="3" data-sort-verdict="3">` +
        `<tr class="row"><td class="report"><div class="name">${MISSING}</div>${open(MISSING)}<div class="file-error">cannot read file: file not found (deleted?)</div></td><td class="num">—</td>` +
        '<td class="m-unknown">—</td><td class="m-unknown">—</td><td class="m-unknown">—</td><td class="m-unknown">—</td><td class="m-unknown">—</td>' +
        '<td>—</td><td><span class="verdict v-error">无法检查</span></td><td><span class="verdict v-error">无法检查</span></td><td><span class="verdict v-error">无法检查</span></td></tr></tbody>',
    ]);
  });

  it('totals each column in a footer and in a sentence above the table', () => {
    expect(page).toContain('<p class="totals">3 份报告中：1 份五项内容不全；1 份未报告第一责任人履职情况。</p>');
    const foot = page.slice(page.indexOf('<tfoot>'), page.indexOf('</tfoot>') + 8);
    expect(foot).toContain('<td class="total" title="3 份中 1 份：1 份未报告第一责任人履职情况"><span class="sym">1</span> / 3</td>');
    expect(foot.match(/<td class="total"/g)).toHaveLength(9);
  });

  it('explains the five parts and the two verdicts, and bundles the pages of the rules that have findings', () => {
    expect(page).toContain('1 主要举措和成效');
    expect(page).toContain('「缺 2、3」即缺第二、第三部分');
    expect(page).toContain('合规：五项内容');
    expect(page).toContain('<article class="rule-page" id="rule-require-sections"><h1>require-sections</h1>');
    expect(page.match(/<article class="rule-page"/g)).toHaveLength(1);
  });

  it('escapes report text that looks like markup', async () => {
    const r = { ...results[0], source: results[0].source!.replace('法治兴则国兴', '<b>&法治</b>') } as FileResult;
    const out = (await loadFormatter('html'))([r], context());
    expect(out).toContain('<mark>&lt;b&gt;&amp;法治&lt;/b&gt;,法治强则国强。');
    expect(out).not.toContain('<b>&法治');
  });

  it('speaks English with --locale en', async () => {
    const en = (await loadFormatter('html'))(results, context({ locale: 'en' }));
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('<button type="button" data-filter="fail" aria-pressed="false">fail 1</button>');
    expect(en).toContain('<span class="pos">line 9, column 39</span>');
    expect(en).toContain('aria-controls="r0-details">1 error · 1 warning · 1 info</button>');
  });
});
