import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { ROOT, SEEDS, seedPath } from '../helpers/seeds.js';

// The review page (--format html) in headless Chromium: Debian's `chromium` package, driven
// by playwright-core. Never a downloaded browser. .ci/run installs the package when missing,
// so in CI a missing browser fails this test instead of skipping it.
const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const RUN = HAVE_CHROMIUM || Boolean(process.env.CI);
if (!RUN) {
  console.warn(`html-browser.test.ts skipped: ${CHROMIUM} is not installed (apt-get install chromium); CI installs it and runs this test`);
}

const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
/** require-sections alone, so the verdicts below hold whichever other rules exist. */
const CONFIG = path.join(ROOT, 'tests/format/review.config.json');
const PAGE = path.join(ARTIFACTS, 'review-page/seeds.html');
const PAGE_ALL_RULES = path.join(ARTIFACTS, 'review-page/seeds-all-rules.html');

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT });
  return { code, stdout, stderr };
}

describe.skipIf(!RUN)('the review page in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    rmSync(path.join(ARTIFACTS, 'review-page'), { recursive: true, force: true });
    const seeds = SEEDS.map(seedPath);
    // --output-file creates the directory; nothing goes to stdout
    const run = await cli(['--format', 'html', '--config', CONFIG, '--output-file', PAGE, ...seeds]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    const all = await cli(['--format', 'html', '--output-file', PAGE_ALL_RULES, ...seeds]);
    expect(all.stderr).toBe('');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(PAGE).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The seed numbers (000–004) of the rows shown, top to bottom. */
  const seedOrder = (files: string[]) => files.map((f) => /(\d{3})_[0-9a-f]+\.txt$/.exec(f)?.[1] ?? f);
  const order = async () => seedOrder(await page.$$eval('tbody.report:not([hidden])', (bodies) => bodies.map((b) => b.getAttribute('data-sort-file') ?? '')));

  it('loads with no console errors and no request besides the page itself', async () => {
    expect(await page.title()).toBe('法治政府建设年度报告审阅清单');
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(PAGE).href]);
  });

  it('shows one row per seed with the reviewer’s verdicts', async () => {
    expect(await page.locator('tbody.report').count()).toBe(5);
    expect(await order()).toEqual(['000', '001', '002', '003', '004']);
    const rows = await page.$$eval('tbody.report tr.row', (trs) =>
      trs.map((tr) => Array.from(tr.children as ArrayLike<{ textContent: string | null }>).map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
    // name, year, parts, plan, 第一责任人, publication, numbers, findings, verdict
    expect(rows.map((r) => [r[1], r[2], r[4], r[8]])).toEqual([
      ['2023', '✓ 齐全', '✓ 有标题', '通过'],
      ['2023', '? 缺 5', '✓ 条目', '通过'],
      ['2024', '✗ 缺 3、5', '✗ 未见', '不通过'],
      ['2023', '✗ 缺 3、5', '✗ 未见', '不通过'],
      ['2024', '? 缺 5', '✓ 条目', '通过'],
    ]);
    expect(rows[0][0]).toContain('叶城县2023年度法治政府建设工作报告');
    expect(rows[0][5]).toBe('✗ 2025-09-05 发布（期限 2024-04-01）');
    expect(rows[1][5]).toBe('— 2024-02-28 成文');
    expect(rows.map((r) => r[6])).toEqual(['—', '—', '—', '—', '—']);
    expect(await page.textContent('#shown')).toBe('5');
  });

  it('sorts by a column when its heading is clicked, and reverses on a second click', async () => {
    const year = page.locator('thead th[data-key="year"] button');
    await year.click();
    expect(await page.getAttribute('thead th[data-key="year"]', 'aria-sort')).toBe('ascending');
    expect(await order()).toEqual(['000', '001', '003', '002', '004']);
    await year.click();
    expect(await page.getAttribute('thead th[data-key="year"]', 'aria-sort')).toBe('descending');
    expect(await order()).toEqual(['002', '004', '000', '001', '003']);

    await page.locator('thead th[data-key="file"] button').click();
    expect(await order()).toEqual(['000', '001', '002', '003', '004']);
    expect(await page.getAttribute('thead th[data-key="year"]', 'aria-sort')).toBeNull();

    // five parts: most missing last; ties keep the original order
    await page.locator('thead th[data-key="parts"] button').click();
    expect(await order()).toEqual(['000', '001', '004', '002', '003']);

    const verdict = page.locator('thead th[data-key="verdict"] button');
    await verdict.click();
    expect(await order()).toEqual(['000', '001', '004', '002', '003']);
    await verdict.click();
    expect(await order()).toEqual(['002', '003', '000', '001', '004']);

    // dates as text; reports with no date last in either direction
    const published = page.locator('thead th[data-key="publication"] button');
    await published.click();
    expect(await order()).toEqual(['001', '003', '000', '002', '004']);
    await published.click();
    expect(await order()).toEqual(['000', '003', '001', '002', '004']);
  });

  it('filters by verdict and counts the rows shown', async () => {
    await page.locator('thead th[data-key="file"] button').click();
    await page.locator('.bar button[data-filter="fail"]').click();
    expect(await order()).toEqual(['002', '003']);
    expect(await page.textContent('#shown')).toBe('2');
    expect(await page.getAttribute('.bar button[data-filter="fail"]', 'aria-pressed')).toBe('true');
    await page.locator('.bar button[data-filter="pass"]').click();
    expect(await order()).toEqual(['000', '001', '004']);
    await page.locator('.bar button[data-filter="review"]').click();
    expect(await order()).toEqual([]);
    expect(await page.textContent('#shown')).toBe('0');
    await page.locator('.bar button[data-filter="all"]').click();
    expect(await order()).toEqual(['000', '001', '002', '003', '004']);
  });

  it("expands a report's findings with the quoted report text", async () => {
    const body = page.locator('tbody.report[data-verdict="fail"]').first();
    const details = body.locator('tr.details');
    expect(await details.isVisible()).toBe(false);
    await body.locator('button.toggle').click();
    expect(await details.isVisible()).toBe(true);
    const items = details.locator('li.finding');
    expect(await items.count()).toBe(2);
    const first = items.first();
    expect(await first.locator('.badge').textContent()).toBe('错误');
    expect(await first.locator('.msg').textContent()).toContain('缺少第三部分');
    // 002 has no title line: the finding points at its first paragraph, quoted and marked
    expect(await first.locator('blockquote mark').textContent()).toMatch(/^法治兴则国兴,法治强则国强。2024年水磨沟区委、区政府坚持以习近平新时代中国特色社会主义思想为指导/);
    // the rule's page is bundled: the link jumps within the page and shows it
    expect(await first.locator('.rule a').getAttribute('href')).toBe('#rule-require-sections');
    expect(await page.locator('#rule-require-sections h1').textContent()).toBe('require-sections');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-page/seeds.png'), fullPage: true });
    expect(readFileSync(path.join(ARTIFACTS, 'review-page/seeds.png')).subarray(1, 4).toString()).toBe('PNG');
    await body.locator('button.toggle').click();
    expect(await details.isVisible()).toBe(false);
  });

  it('prints landscape with the findings expanded and the report column readable (print stylesheet)', async () => {
    const printed = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await printed.goto(pathToFileURL(PAGE_ALL_RULES).href);
    await printed.emulateMedia({ media: 'print' });
    // A4 landscape at 96 dpi less the margins: about 1047 px of line; the report column keeps ≥ 14 characters
    await printed.setViewportSize({ width: 1047, height: 700 });
    const widths = await printed.$$eval('td.report', (tds) => tds.map((td) => td.getBoundingClientRect().width));
    const charWidth = await printed.$eval('td.report .name', (el) => parseFloat(getComputedStyle(el).fontSize));
    expect(Math.min(...widths) / charWidth).toBeGreaterThanOrEqual(14);
    // findings expanded, controls hidden
    expect(await printed.locator('tr.details').first().isVisible()).toBe(true);
    expect(await printed.locator('.bar').isVisible()).toBe(false);
    const pdf = await printed.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync(path.join(ARTIFACTS, 'review-page'), { recursive: true });
    const file = path.join(ARTIFACTS, 'review-page/seeds-all-rules.pdf');
    writeFileSync(file, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // landscape: the first page's MediaBox is wider than tall
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    await printed.close();
  });

  it('renders the page of every rule that exists with no console errors either', async () => {
    const errors: string[] = [];
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    other.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    other.on('pageerror', (e) => errors.push(String(e)));
    await other.goto(pathToFileURL(PAGE_ALL_RULES).href);
    expect(await other.locator('tbody.report').count()).toBe(5);
    for (const b of await other.locator('button.toggle').all()) await b.click();
    await other.screenshot({ path: path.join(ARTIFACTS, 'review-page/seeds-all-rules.png'), fullPage: true });
    expect(errors).toEqual([]);
    await other.close();
  });
});
