#!/usr/bin/env node
// Issue 18, item 7: a 20-page PDF read and linted in ≤ 1 s on this machine.
// The PDF is printed once by Debian's chromium (playwright-core, fonts-noto-cjk) from seeds 000 and 001
// (and 002) typeset as a 公文 (16pt, 28pt pitch, 「— N —」 page numbers), exactly 20 pages, into bench/out/ (not
// committed). Measured: the whole CLI process (`node bin/fzlint.js report-20p.pdf`: start-up, pdf.js load,
// extraction, layout, lint), 1 warm-up then 7 runs, median and min–max; and in one process the read
// (pdf.js + layout) and the lint separately, after a warm-up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
const pdfPath = path.join(out, 'report-20p.pdf');
const loPath = path.join(out, 'lo-20p.pdf');
const seedsDir = path.resolve(root, '../shared/corpus/seeds');

if (!existsSync(path.join(root, 'dist/src/cli/index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

if (!existsSync(pdfPath)) {
  mkdirSync(out, { recursive: true });
  const seed = (n) => readFileSync(path.join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith(n))), 'utf8');
  const lines = ['000', '001', '002'].map((n, i) => (i ? seed(n).split('\n').slice(1).join('\n') : seed(n))).join('\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 28pt; margin: 0; }
h1 { font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 28pt; }
p { text-indent: 2em; margin: 0; text-align: justify; }
</style></head><body><h1>${esc(lines[0])}</h1>${lines.slice(1).map((l) => `<p>${esc(l)}</p>`).join('\n')}</body></html>`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
    pageRanges: '1-20',
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="font-size:14pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">— <span class="pageNumber"></span> —</div>`,
  });
  await browser.close();
  writeFileSync(pdfPath, pdf);
  // the same page exported by LibreOffice (Writer imports the HTML), pages 1–20
  const html20 = path.join(out, 'lo-20p.html');
  writeFileSync(html20, html);
  const filter = 'pdf:writer_pdf_Export:{"PageRange":{"type":"string","value":"1-20"}}';
  spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/lo-profile`, '--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', out, html20], { stdio: 'ignore' });
}


const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
const cli = path.join(root, 'bin/fzlint.js');
const { readDocument } = await import(pathToFileURL(path.join(root, 'dist/src/parse/index.js')).href);
const { useNodeReaders } = await import(pathToFileURL(path.join(root, 'dist/src/linter/node-readers.js')).href);
const { Linter } = await import(pathToFileURL(path.join(root, 'dist/src/linter/linter.js')).href);
useNodeReaders();
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

for (const file of [pdfPath, loPath]) {
  if (!existsSync(file)) continue;
  // whole process: wall time and the CPU time of the child (user + system)
  const wall = [];
  const cpu = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, cli, '--no-cache', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t;
    if (r.status === 2) {
      console.error(r.stdout, r.stderr);
      process.exit(2);
    }
    const [u, sy] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    if (i > 0) {
      wall.push(ms);
      cpu.push((u + sy) * 1000);
    }
  }
  // in process: read (pdf.js + layout) and lint, CPU time, after a warm-up
  const bytes = new Uint8Array(readFileSync(file));
  const first = await readDocument(bytes, file);
  const linter = new Linter({ cwd: out, cache: false });
  await linter.lintBytes(file, bytes);
  const reads = [];
  const lints = [];
  for (let i = 0; i < 7; i++) {
    let c = process.cpuUsage();
    await readDocument(bytes, file);
    let d = process.cpuUsage(c);
    reads.push((d.user + d.system) / 1000);
    c = process.cpuUsage();
    await linter.lintText(first.text, file, first);
    d = process.cpuUsage(c);
    lints.push((d.user + d.system) / 1000);
  }
  const pages = first.placement.flat().reduce((m, s) => Math.max(m, s.page), 0);
  console.log(`\n${path.relative(root, file)}: ${(bytes.length / 1e6).toFixed(2)} MB, ${pages} pages, ${first.text.length} characters in ${first.text.split('\n').length} paragraphs`);
  console.log(`  whole CLI process, CPU (user+sys): ${fmt(cpu)}`);
  console.log(`  whole CLI process, wall:           ${fmt(wall)}`);
  console.log(`  in process, read (pdf.js + layout), CPU, warm: ${fmt(reads)}`);
  console.log(`  in process, lint of the laid-out text, CPU, warm: ${fmt(lints)}`);
}
