import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { encode } from '../src/parse/index.js';
import { gzipOf, JPEG, oleFile, PDF, PNG, storedZip } from './helpers/binaries.js';
import { containersOf, toDocx, toGovernmentPage } from './helpers/containers.js';
import { ROOT, seedText } from './helpers/seeds.js';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(ROOT, 'tests/__data__/containers', name)));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string, stdin?: Uint8Array): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    readStdin: stdin ? async () => stdin : async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}

function tmp(files: Record<string, Uint8Array | string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-formats-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** No stack trace reaches the user: no “    at fn (file:line)” frames, no “Error:” dumps. */
function expectNoStack(r: Run): void {
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+[:(]/m);
  expect(r.stdout + r.stderr).not.toMatch(/\b(?:Type|Reference|Range)?Error: /);
}

interface JsonResult {
  filePath: string;
  encoding?: string;
  lineUnit?: string;
  fatalErrorCount: number;
  messages: { ruleId: string | null; fatal?: boolean; severity: number; message: string; line: number; column: number; paragraph?: number; context?: string; data?: Record<string, unknown> }[];
}

const SEED = seedText('000');
/** Seed 000 with one part of a list changed: consistent-total reports it in line (paragraph) 14. */
const SEED_TOTAL = SEED.replace('行政许可208项', '行政许可209项');
const REPORT_TITLE = '叶城县2023年度法治政府建设工作报告';

describe('files that are not reports: a clear message, exit code 2, no stack trace', () => {
  const cases: [string, Uint8Array | string, string, string][] = [
    ['report.pdf', PDF, 'report.pdf 无法作为 PDF 读取，文件已损坏（文件结构无效）', 'report.pdf cannot be read as a PDF; the file is damaged'],
    ['scan.pdf', fixture('scan.pdf'), 'scan.pdf 的 PDF 没有文字层（扫描件或图片），无法读取文字：请先文字识别（OCR）', 'scan.pdf is a PDF without a text layer'],
    ['locked.pdf', fixture('encrypted.pdf'), 'locked.pdf 是加密的 PDF，需要密码才能打开，无法读取', 'locked.pdf is an encrypted PDF that needs a password to open'],
    ['scan.png', PNG, 'scan.png 是图片（PNG），不是报告文本', 'scan.png is an image (PNG), not report text'],
    ['photo.jpeg', JPEG, 'photo.jpeg 是图片（JPEG）', 'photo.jpeg is an image (JPEG)'],
    ['reports.zip', storedZip({ '1.txt': '报告' }), 'reports.zip 是压缩包（ZIP），不会当作文本读取：请解压后检查其中的报告', 'reports.zip is an archive (ZIP) and is not read as text'],
    ['reports.tar.gz', gzipOf('报告'), 'reports.tar.gz 是压缩包（gzip）', 'reports.tar.gz is an archive (gzip)'],
    ['old.doc', oleFile('WordDocument'), 'old.doc 无法作为 Word 97–2003 / WPS 文档读取，文件已损坏', 'old.doc cannot be read as a Word 97–2003 or WPS document; the file is damaged'],
    ['draft.wps', oleFile('WordDocument'), 'draft.wps 无法作为 Word 97–2003 / WPS 文档读取，文件已损坏', 'open and repair it in Word or WPS'],
    ['secret.docx', oleFile('EncryptedPackage'), 'secret.docx 是受密码保护的 Word 文档，无法读取：请在 Word 或 WPS 中取消密码后“另存为” .docx', 'is a password-protected Word document'],
    ['broken.docx', '这不是 Word 文档', 'broken.docx 无法作为 Word 文档（.docx）读取，文件已损坏（不是 zip 格式）', 'the file is damaged (not a zip file)'],
    ['binary.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0]), '无法作为文本读取：binary.txt 含有 NUL 字节且不是 UTF-16 文本，可能是二进制文件', 'cannot read as text: binary.txt contains NUL bytes'],
    ['mojibake.txt', Uint8Array.from([0xe5, 0x8f, 0xb6, 0xff, 0xfe, 0x41, 0xff]), '无法作为文本读取：mojibake.txt 既不是有效的 UTF-8，也不是有效的 GB18030 文本', 'cannot read as text: mojibake.txt is neither valid UTF-8 nor valid GB18030'],
  ];
  for (const [name, content, zh, en] of cases) {
    it(`${name}`, async () => {
      const dir = tmp({ [name]: content });
      const stylish = await run(['--no-color', name], dir);
      expect(stylish.code).toBe(2);
      expect(stylish.stdout).toContain(name);
      expect(stylish.stdout).toContain(zh);
      expectNoStack(stylish);
      const json = await run(['--format', 'json', '--locale', 'en', name], dir);
      expect(json.code).toBe(2);
      const [r] = JSON.parse(json.stdout) as JsonResult[];
      expect(r.filePath).toBe(path.join(dir, name));
      expect(r.fatalErrorCount).toBe(1);
      expect(r.messages).toHaveLength(1);
      expect(r.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
      expect(r.messages[0].message).toContain(en);
      expectNoStack(json);
    });
  }

  it('a damaged .docx (a real one cut short) names mammoth’s reason, exit 2', async () => {
    const whole = await toDocx(SEED);
    const dir = tmp({ 'cut.docx': whole.subarray(0, 3000) });
    const r = await run(['--no-color', 'cut.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/cut\.docx 无法作为 Word 文档（\.docx）读取，文件已损坏（.+）：请在 Word 或 WPS 中打开修复后重新“另存为” \.docx/);
    expectNoStack(r);
  });

  it('one bad file does not stop the others: the report is still linted, exit 2', async () => {
    const dir = tmp({ 'a.pdf': PDF, 'b.txt': SEED_TOTAL });
    const r = await run(['--format', 'json', 'a.pdf', 'b.txt'], dir);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => [path.basename(x.filePath), x.fatalErrorCount])).toEqual([['a.pdf', 1], ['b.txt', 0]]);
    expect(results[1].messages.length).toBeGreaterThan(0);
  });

  it('walking a directory reads .txt/.md/.html/.htm/.docx/.pdf/.doc and leaves images and Word lock files alone', async () => {
    const dir = tmp({
      'a.txt': SEED,
      'b.htm': '<p>一、主要举措和成效</p>',
      'c.docx': await toDocx(SEED),
      'd.pdf': fixture('002.lo.pdf'),
      'e.png': PNG,
      'f.doc': fixture('002.lo.doc'),
      '~$c.docx': Uint8Array.from([0x05, 0x41, 0x00, 0x64, 0x00]),
    });
    const r = await run(['--format', 'json', '.'], dir);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => path.basename(x.filePath))).toEqual(['a.txt', 'b.htm', 'c.docx', 'd.pdf', 'f.doc']);
    expect(results.every((x) => x.fatalErrorCount === 0)).toBe(true);
  });
});

describe('--format json: the encoding of each file; Word positions are paragraphs', () => {
  it('reports utf-8, gb18030, utf-16le; .docx has lineUnit "paragraph" with the paragraph and its opening on every message', async () => {
    const files = await containersOf(SEED_TOTAL);
    const dir = tmp(files);
    const r = await run(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const results = Object.fromEntries((JSON.parse(r.stdout) as JsonResult[]).map((x) => [path.basename(x.filePath), x]));
    expect(results['utf8.txt'].encoding).toBe('utf-8');
    expect(results['gb18030.txt'].encoding).toBe('gb18030');
    expect(results['utf16le-bom.txt'].encoding).toBe('utf-16le');
    expect(results['report.html'].encoding).toBe('utf-8');
    const docx = results['report.docx'];
    expect(docx.encoding).toBeUndefined();
    expect(docx.lineUnit).toBe('paragraph');
    expect(docx.messages.length).toBeGreaterThan(0);
    const seedLines = SEED_TOTAL.split('\n');
    for (const m of docx.messages) {
      expect(m.paragraph).toBe(m.line);
      // the generated document has one paragraph per seed line
      expect(seedLines[m.line - 1].startsWith(m.context!.replace(/…$/, ''))).toBe(true);
    }
    // the changed list is in paragraph 14; the same line and column as in the .txt
    const total = docx.messages.find((m) => m.ruleId === 'consistent-total')!;
    expect(total).toMatchObject({ line: 14, column: 353, paragraph: 14, context: '(三)政府职能依法全面履行,全力…' });
    expect(results['utf8.txt'].messages.find((m) => m.ruleId === 'consistent-total')).toMatchObject({ line: 14, column: 353 });
    expect(results['utf8.txt'].messages.every((m) => m.paragraph === undefined && m.context === undefined)).toBe(true);
  });

  it('stylish names the Word paragraph by its opening', async () => {
    const dir = tmp({ 'r.docx': await toDocx('某县2023年度法治政府建设工作报告\n\n一、主要措施和成效\n\n2023年,全县开展工作。') });
    const zh = await run(['--no-color', 'r.docx'], dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/^ {2}1:1 +错误 +缺少第二部分「存在的不足和原因」.*（第1段「某县2023年度法治政府建设工作…」）/m);
    const en = await run(['--no-color', '--locale', 'en', 'r.docx'], dir);
    expect(en.stdout).toMatch(/Missing part 2.*\(paragraph 1 “某县2023年度法治政府建设工作…”\)/);
  });
});

describe('--stdin and --stdin-filename', () => {
  it('plain text on stdin, in any encoding; the result is named <stdin>', async () => {
    const dir = tmp();
    for (const bytes of [new TextEncoder().encode(SEED_TOTAL), encode(SEED_TOTAL, 'gb18030', false), encode(SEED_TOTAL, 'utf-16le', true)]) {
      const r = await run(['--stdin', '--format', 'json'], dir, bytes);
      const [res] = JSON.parse(r.stdout) as JsonResult[];
      expect(res.filePath).toBe('<stdin>');
      expect(res.fatalErrorCount).toBe(0);
      expect(res.messages.find((m) => m.ruleId === 'consistent-total')).toMatchObject({ line: 14, column: 353 });
    }
  });

  it('the same findings from stdin as from the file, for each container; --stdin-filename picks the format', async () => {
    const files = await containersOf(SEED_TOTAL);
    const dir = tmp(files);
    const fromFiles = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as JsonResult[];
    for (const [name, bytes] of Object.entries(files)) {
      const r = await run(['--stdin', '--stdin-filename', name, '--format', 'json'], dir, bytes);
      const [res] = JSON.parse(r.stdout) as JsonResult[];
      expect(res.filePath).toBe(path.join(dir, name));
      const file = fromFiles.find((x) => path.basename(x.filePath) === name)!;
      expect(res.messages, name).toEqual(file.messages);
      expect(res.encoding).toBe(file.encoding);
    }
  });

  it('--stdin-filename picks the config: the nearest config of that path applies', async () => {
    const dir = tmp({ 'fzlint.config.json': JSON.stringify({ extends: [], rules: { 'require-sections': 'warn' } }) });
    const r = await run(['--stdin', '--stdin-filename', 'sub/r.txt', '--format', 'json'], dir, new TextEncoder().encode(`${REPORT_TITLE}\n一、主要措施和成效\n`));
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    expect(new Set(res.messages.map((m) => m.ruleId))).toEqual(new Set(['require-sections']));
    expect(res.messages.every((m) => m.severity === 1)).toBe(true);
  });

  it('a damaged PDF on stdin is refused like a PDF file, exit 2', async () => {
    const r = await run(['--stdin', '--no-color'], tmp(), PDF);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('<stdin> 无法作为 PDF 读取，文件已损坏');
    expectNoStack(r);
  });

  it('a PDF on stdin is read by its bytes, with page positions', async () => {
    const r = await run(['--stdin', '--format', 'json'], tmp(), fixture('000-cut.lo.pdf'));
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.stdout) as (JsonResult & { messages: { page?: number }[] })[];
    expect(res.lineUnit).toBe('page');
    const missing = res.messages.find((m) => m.ruleId === 'require-sections')!;
    expect(missing).toMatchObject({ page: 1, line: 1 });
  });

  it('stylish names the page and the line of a PDF finding', async () => {
    const dir = tmp({ 'report.pdf': fixture('000-cut.chromium.pdf') });
    const zh = await run(['--no-color', 'report.pdf'], dir);
    expect(zh.stdout).toMatch(/^\s+第1页第1行\s+错误\s+.*require-sections/m);
    const en = await run(['--no-color', '--locale', 'en', 'report.pdf'], dir);
    expect(en.stdout).toMatch(/^\s+page 1, line 1\s+error\s+/m);
  });

  it('HTML on stdin without a name is read as a page, not as text', async () => {
    const page = new TextEncoder().encode(toGovernmentPage(SEED));
    const unnamed = await run(['--stdin', '--format', 'json'], tmp(), page);
    const named = await run(['--stdin', '--stdin-filename', 'report.html', '--format', 'json'], tmp(), page);
    const ids = (out: string) => (JSON.parse(out) as JsonResult[])[0].messages.map((m) => `${m.ruleId} ${m.message}`).sort();
    expect(ids(unnamed.stdout)).toEqual(ids(named.stdout));
    const asText = await run(['--stdin', '--stdin-filename', 'report.txt', '--format', 'json'], tmp(), page);
    expect(ids(asText.stdout)).not.toEqual(ids(named.stdout));
  });

  it('usage errors: paths with --stdin, --stdin-filename without --stdin, --fix with --stdin', async () => {
    const dir = tmp({ 'a.txt': SEED });
    const withPaths = await run(['--stdin', 'a.txt'], dir, new Uint8Array());
    expect(withPaths.code).toBe(2);
    expect(withPaths.stderr).toBe('fzlint: --stdin 只从标准输入读入一份报告，但又给出了路径：a.txt\n运行 "fzlint --help" 查看用法。\n');
    const noStdin = await run(['--stdin-filename', 'a.txt'], dir);
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toBe('fzlint: --stdin-filename 需要与 --stdin 一起使用\n运行 "fzlint --help" 查看用法。\n');
    const fix = await run(['--stdin', '--fix'], dir);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toMatch(/^fzlint: 选项 stdin 与 fix 不能同时使用/);
    for (const r of [withPaths, noStdin, fix]) expectNoStack(r);
  });
});

describe('--fix names the files it cannot write', () => {
  it('PDF, Word and web pages with fixable findings are named with the reason on stderr and left unchanged', async () => {
    const pdf = fixture('002.lo.pdf');
    const doc = fixture('002.lo.doc');
    const page = toGovernmentPage(seedText('002'));
    const dir = tmp({ 'a.pdf': pdf, 'b.doc': doc, 'c.html': page, 'd.txt': seedText('002') });
    const r = await run(['--fix', '--no-color', '.'], dir);
    expect(r.stderr).toMatch(/fzlint: 未修正 a\.pdf：PDF 是版式文件，fzlint 不改写（\d+ 处可修正的问题）/);
    expect(r.stderr).toMatch(/fzlint: 未修正 b\.doc：Word\/WPS 文档不改写/);
    expect(r.stderr).toMatch(/fzlint: 未修正 c\.html：网页不改写/);
    expect(r.stderr).not.toContain('d.txt');
    expect(new Uint8Array(readFileSync(path.join(dir, 'a.pdf')))).toEqual(pdf);
    expect(new Uint8Array(readFileSync(path.join(dir, 'b.doc')))).toEqual(doc);
    expect(readFileSync(path.join(dir, 'c.html'), 'utf8')).toBe(page);
    expect(readFileSync(path.join(dir, 'd.txt'), 'utf8')).not.toBe(seedText('002'));
    const en = await run(['--fix-dry-run', '--locale', 'en', 'a.pdf'], dir);
    expect(en.stderr).toMatch(/fzlint: not fixed a\.pdf: a PDF is a fixed layout; fzlint does not rewrite it \(\d+ fixable findings\)/);
  });
});

describe('PDF positions in SARIF', () => {
  it('a region of a PDF finding carries its page in the property bag', async () => {
    const dir = tmp({ 'report.pdf': fixture('002.lo.pdf') });
    const r = await run(['--format', 'sarif', 'report.pdf'], dir);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; properties?: { page: number } } } }[] }[] }[] };
    const found = log.runs[0].results.find((x) => x.ruleId === 'require-first-responsible-person')!;
    expect(found.locations[0].physicalLocation.region).toMatchObject({ startLine: 17, properties: { page: 6, endPage: 6 } });
  });
  it('the review page names the page of a PDF finding', async () => {
    const dir = tmp({ 'report.pdf': fixture('002.lo.pdf') });
    const r = await run(['--format', 'html', 'report.pdf'], dir);
    expect(r.stdout).toContain('<span class="pos">第 6 页第 17 行');
  });
});
