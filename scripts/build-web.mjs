// npm run build:web → dist/web/fzlint.html: fzlint in one self-contained, offline HTML file.
// The page script, its Web Worker (the kernel: parse → model → rules, with mammoth for Word), the
// styles, the law list (data/laws.tsv) and the rule pages (rules/*.md rendered) are all inlined.
// The Content-Security-Policy allows no remote source at all: the page works from file://, from an
// intranet server and as an e-mail attachment, and no request ever leaves it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'src/web');
const out = path.join(root, 'dist/web/fzlint.html');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** The law list without its source column (provenance for maintainers; the rules never read it). */
function lawList() {
  const lines = readFileSync(path.join(root, 'data/laws.tsv'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const header = lines[0].split('\t');
  const keep = ['title', 'short', 'kind', 'status', 'note'].map((c) => {
    const i = header.indexOf(c);
    if (i === -1) throw new Error(`data/laws.tsv: missing column "${c}"`);
    return i;
  });
  return lines.map((l) => keep.map((i) => l.split('\t')[i] ?? '').join('\t')).join('\n') + '\n';
}

/** node:path for the shared formatter helpers: the page's file names are shown as they are. */
const pathShim = {
  name: 'fzlint-path-shim',
  setup(b) {
    b.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: path.join(web, 'shims/path.ts') }));
  },
};

async function bundle(entry, define = {}, conditions = []) {
  const result = await build({
    entryPoints: [path.join(web, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // Chromium-based browsers of office PCs (信创 machines included) are often a few years old
    target: ['chrome87', 'firefox78', 'edge88'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __FZLINT_VERSION__: JSON.stringify(version), ...define },
    conditions,
    plugins: [pathShim],
    logLevel: 'warning',
  });
  return inlineSafe(result.outputFiles[0].text, entry);
}

/**
 * Script text that can sit inside <script>…</script>: the HTML parser ends the element at the first
 * “</script” and treats “<!--” specially, wherever they are. Both only occur inside string or regex
 * literals (the directive parser reads <!-- fzlint-… -->), where \x3C is the same character.
 */
function inlineSafe(code, what) {
  const safe = code.replace(/<(?=\/script|!--)/gi, '\\x3C');
  if (/<\/script|<!--/i.test(safe)) throw new Error(`${what}: cannot inline the script safely`);
  return safe;
}

/**
 * rules/*.md → HTML with the renderer the review page and SARIF use (src/format/rule-page.ts, pure;
 * bundled here for Node so this script needs no build of dist/ first). Links to other rule pages stay
 * inside the page (#rule/<id>); a link to another file of the repository is not part of the page.
 */
async function rulePages() {
  const bundled = await build({
    entryPoints: [path.join(root, 'src/format/rule-page.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { markdownToHtml } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const dir = path.join(root, 'rules');
  const pages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const html = markdownToHtml(readFileSync(path.join(dir, file), 'utf8'));
    pages[file.slice(0, -3)] = html
      .replace(/<a href="(?:\.\/)?([a-z0-9-]+)\.md(?:#[^"]*)?"/g, '<a href="#rule/$1"')
      .replace(/<a href="(?!#|https?:)([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, '<span title="$1">$3</span>')
      .replace(/<a href="(https?:[^"]*)"(?![^>]*target=)/g, '<a href="$1" target="_blank" rel="noopener noreferrer"');
  }
  return pages;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside <script type="application/json">: no “<” at all, so nothing in it can end the element. */
const jsonData = (v) => JSON.stringify(v).replace(/</g, '\\u003c');
const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const [workerJs, pageJs, pages] = await Promise.all([
  // a worker has no `document`: packages with a DOM build (decode-named-character-reference, used by the
  // Markdown parser) must resolve to the build for workers
  bundle('worker.ts', { __FZLINT_LAWS__: JSON.stringify(lawList()) }, ['worker']),
  bundle('page.ts'),
  rulePages(),
]);
const css = readFileSync(path.join(web, 'styles.css'), 'utf8');
const template = readFileSync(path.join(web, 'page.html'), 'utf8');

const csp = [
  "default-src 'none'",
  `script-src ${sha256(pageJs)}`,
  // the worker is started from a blob: URL made of the inlined worker script
  'worker-src blob:',
  `style-src ${sha256(css)}`,
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const fill = { CSP: esc(csp), CSS: css, RULE_PAGES: jsonData(pages), WORKER: workerJs, PAGE: pageJs, VERSION: esc(version) };
const html = template.replace(/\{\{(\w+)\}\}/g, (m, key) => {
  if (!(key in fill)) throw new Error(`page.html: unknown placeholder ${m}`);
  return fill[key];
});

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, html);
const size = Buffer.byteLength(html);
const gz = gzipSync(html, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`dist/web/fzlint.html: ${kb(size)} (${kb(gz)} gzipped); worker ${kb(workerJs.length)}, page ${kb(pageJs.length)}, rule pages ${kb(JSON.stringify(pages).length)}`);
// budgets (issue 17): one file ≤ 2 MB, ≤ 500 KB gzipped
if (size > 2 * 1024 * 1024 || gz > 500 * 1024) {
  console.error(`dist/web/fzlint.html is over budget (2 MB, 500 KB gzipped)`);
  process.exitCode = 1;
}
