// Make the committed container fixtures (issue 18) from the seeds, with real producers:
//   <seed>.chromium.pdf   the seed typeset as a 公文-style page and printed by Debian's chromium
//                         (Page.printToPDF, fonts-noto-cjk), page numbers 「— N —」 in the footer and a
//                         running head on every page
//   <seed>.lo.pdf         a Word draft of the seed (first-line indent, footer 「- N -」) exported by
//                         LibreOffice (soffice --headless --convert-to pdf)
//   <seed>.lo.doc         the same Word draft saved by LibreOffice as Word 97–2003 (--convert-to doc)
//   <seed>.lo-page.doc    the same Word draft saved by LibreOffice as a web page (--convert-to html), named .doc
//   <seed>.chromium.mhtml the government article page of the seed captured by chromium
//                         (Page.captureSnapshot over CDP), as 「网页，单个文件」
//   scan.pdf              a page without a text layer (a drawing only), printed by chromium
//   encrypted.pdf         a short report exported by LibreOffice with an open password
//   restricted.pdf        the same with a permissions password only (no printing, no copying)
// Run once by hand (needs chromium, fonts-noto-cjk and LibreOffice; CI only reads the outputs):
//   node scripts/make-container-fixtures.mjs
// Outputs go to tests/__data__/containers/. Nothing is fetched: chromium gets the pages from memory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(root, '../shared/corpus/seeds');
const outDir = path.join(root, 'tests/__data__/containers');
/** Seeds made into containers: two full reports and one with its part 二 cut (findings to compare). */
const SEEDS = ['000', '002', '000-cut'];

const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-fixtures-'));
mkdirSync(outDir, { recursive: true });

// the test helpers are TypeScript: bundle them for this script
await build({
  entryPoints: [path.join(root, 'tests/helpers/containers.ts')],
  // inside the repository, so its packages resolve from node_modules
  outfile: path.join(root, 'tests/.artifacts/containers-helper.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const { toGovernmentPage } = await import(pathToFileURL(path.join(root, 'tests/.artifacts/containers-helper.mjs')).href);
const docx = await import('docx');

function seedText(n) {
  const base = n.replace(/-cut$/, '');
  const name = readdirSync(seedsDir).find((f) => f.startsWith(base));
  let text = readFileSync(path.join(seedsDir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (n.endsWith('-cut')) {
    const ls = text.split('\n');
    const from = ls.findIndex((l) => l.startsWith('二、'));
    const to = ls.findIndex((l) => l.startsWith('三、'));
    text = [...ls.slice(0, from), ...ls.slice(to)].join('\n');
  }
  return text;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TOP = /^[一二三四五六七八九十]+、/;

/** The seed as a 公文-style page: title centred, paragraphs indented two characters, 16pt serif. */
function officialPage(text) {
  const ls = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = ls
    .map((l, i) => (i === 0 ? `<h1>${esc(l)}</h1>` : TOP.test(l) ? `<p class="h">${esc(l)}</p>` : `<p>${esc(l)}</p>`))
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(ls[0])}</title>
<style>
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 28pt; margin: 0; }
h1 { font-size: 22pt; text-align: center; font-weight: normal; line-height: 36pt; margin: 0 0 28pt; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.h { font-weight: normal; }
</style></head><body>
${body}
</body></html>`;
}

function wordDraft(text) {
  const { Document, Packer, Paragraph, TextRun, Footer, Header, AlignmentType, PageNumber } = docx;
  const ls = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const font = { eastAsia: '仿宋', ascii: 'Times New Roman' };
  const children = ls.map((l, i) =>
    i === 0
      ? new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 560 }, children: [new TextRun({ text: l, size: 44, font: { eastAsia: '宋体' } })] })
      : new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: 'exact' },
          alignment: AlignmentType.BOTH,
          children: [new TextRun({ text: l, size: 32, font: TOP.test(l) ? { eastAsia: '黑体' } : font })],
        }),
  );
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 28 })] })],
  });
  const header = new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '法治政府建设年度报告', size: 18 })] })],
  });
  const doc = new Document({
    creator: 'fzlint fixtures',
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, headers: { default: header }, footers: { default: footer }, children }],
  });
  return Packer.toBuffer(doc);
}

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const seed of SEEDS) {
    const text = seedText(seed);
    const page = await browser.newPage();
    // the pages come from memory; nothing leaves the machine
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.endsWith('/report.html')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: officialPage(text) });
      if (url.endsWith('/article.html')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: toGovernmentPage(text) });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto('http://www.example.gov.cn/report.html');
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:9pt;width:100%;text-align:right;margin-right:26mm;font-family:'Noto Serif CJK SC'">叶城县人民政府</div>`,
      footerTemplate: `<div style="font-size:14pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">— <span class="pageNumber"></span> —</div>`,
    });
    writeFileSync(path.join(outDir, `${seed}.chromium.pdf`), pdf);

    await page.goto('http://www.example.gov.cn/article.html');
    const cdp = await page.context().newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    writeFileSync(path.join(outDir, `${seed}.chromium.mhtml`), data);
    await page.close();

    const draft = path.join(tmp, `${seed}.lo.docx`);
    writeFileSync(draft, await wordDraft(text));
    for (const to of ['pdf', 'doc', 'html']) {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', to, '--outdir', tmp, draft], { stdio: 'ignore' });
      // the HTML export is kept under a .doc name: a web page saved as a Word file, as sites serve them
      const name = to === 'html' ? `${seed}.lo-page.doc` : `${seed}.lo.${to}`;
      copyFileSync(path.join(tmp, `${seed}.lo.${to}`), path.join(outDir, name));
    }
  }
  // a scan: a page with only a drawing and no text layer (as a scanner's PDF has only images)
  const scan = await browser.newPage();
  await scan.setContent('<!DOCTYPE html><div style="width:400px;height:560px;background:repeating-linear-gradient(0deg,#000 0 2px,#fff 2px 28px)"></div>');
  writeFileSync(path.join(outDir, 'scan.pdf'), await scan.pdf({ format: 'A4' }));
  await scan.close();
  // an encrypted PDF that needs a password to open, exported by LibreOffice
  const small = path.join(tmp, 'encrypted.docx');
  writeFileSync(small, await wordDraft(seedText('002').split('\n').slice(0, 6).join('\n')));
  const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"fzlint"}}';
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', filter, '--outdir', tmp, small], { stdio: 'ignore' });
  copyFileSync(path.join(tmp, 'encrypted.pdf'), path.join(outDir, 'encrypted.pdf'));
  // encrypted with a permissions password only (no printing or copying): opens without a password, so it is read
  const restricted = path.join(tmp, 'restricted.docx');
  writeFileSync(restricted, await wordDraft(seedText('002').split('\n').slice(0, 6).join('\n')));
  const perms = 'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"fzlint"},"Printing":{"type":"long","value":"0"},"EnableCopyingOfContent":{"type":"boolean","value":"false"}}';
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', perms, '--outdir', tmp, restricted], { stdio: 'ignore' });
  copyFileSync(path.join(tmp, 'restricted.pdf'), path.join(outDir, 'restricted.pdf'));
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
for (const f of readdirSync(outDir).sort()) console.log(`${f}\t${statSync(path.join(outDir, f)).size}`);
