import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { LintCache, contentHash } from '../../src/linter/cache.js';
import { FixWriteError, writeFileAtomic, writeFixedFile } from '../../src/linter/fix.js';
import { readStreamLimited, MAX_LINES } from '../../src/linter/limits.js';
import { lintInWorkers } from '../../src/linter/workers.js';
import { reviveResult } from '../../src/linter/serialize.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { markdownOverBudget } from '../../src/parse/markdown-budget.js';
import { parseHtml } from '../../src/parse/html.js';
import { checkZipBudget, MAX_ZIP_INFLATED } from '../../src/parse/zip-budget.js';
import { escapeControls } from '../../src/format/util.js';
import { seedPath } from '../helpers/seeds.js';
import { ensureFreshDist } from '../helpers/dist.js';
import { byName, copySeed002, missingParts, run, tmp, write, type JsonResult } from './helpers.js';
import { LINTABLE_EXTENSIONS } from '../../src/parse/index.js';

/** The hint after a count of files not checked: the extensions a walk checks. */
const CHECKED = LINTABLE_EXTENSIONS.join(' ');

/**
 * Issue 13: `fzlint 收到的报告/` over files downloaded from dozens of sites. No code or verdict comes
 * from the folder, one bad file never sinks the run, memory and time stay bounded, nothing is skipped
 * in silence, and nothing reaches the terminal raw. Every hostile file is generated here.
 */

const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];

// ---------------------------------------------------------------------------------------------
// a minimal zip writer (deflate entries), enough for a .docx mammoth reads

function crc32(buf: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of buf) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function zip(entries: [string, Uint8Array][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nb = Buffer.from(name);
    const comp = deflateRawSync(data);
    const crc = crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(comp.length, 18);
    h.writeUInt32LE(data.length, 22);
    h.writeUInt16LE(nb.length, 26);
    locals.push(h, nb, comp);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(comp.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(nb.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, nb);
    offset += 30 + nb.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose document.xml inflates to `paragraphs` × 44 bytes. */
function docx(paragraphs: number): Buffer {
  const body = '<w:p><w:r><w:t>法治政府建设</w:t></w:r></w:p>'.repeat(paragraphs);
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zip([['[Content_Types].xml', Buffer.from(CONTENT_TYPES)], ['_rels/.rels', Buffer.from(RELS)], ['word/document.xml', Buffer.from(xml)]]);
}

// ---------------------------------------------------------------------------------------------

describe('configs: no code or verdict from the linted folder', () => {
  it('a config with a plugin inside the folder is reported 「已忽略…」, never applied, its plugin never loaded; the seeds keep their findings', async () => {
    const cwd = tmp();
    const folder = path.join(cwd, '收到的报告');
    mkdirSync(folder);
    copySeed002(folder, 'a.txt');
    const marker = path.join(cwd, 'PLUGIN-RAN');
    write(folder, 'evil.mjs', `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default { rules: {} };`);
    write(folder, 'fzlint.config.json', JSON.stringify({ extends: [], plugins: ['./evil.mjs'], ignorePatterns: ['*.txt'] }));
    const { code, stdout, stderr } = await run(['--format', 'json', '收到的报告'], cwd);
    expect(existsSync(marker)).toBe(false);
    expect(stderr).toContain('fzlint: 已忽略 收到的报告/fzlint.config.json：');
    expect(code).toBe(1);
    expect(missingParts(byName(json(stdout), 'a.txt'))).toEqual([3, 5]);
    // a package.json "fzlint" key in the folder is a config too
    write(folder, 'package.json', JSON.stringify({ fzlint: { extends: [] } }));
    expect((await run(['收到的报告'], cwd)).stderr).toContain('已忽略 收到的报告/package.json：');
  });

  it('the config of the working directory applies; --no-config-lookup uses none; --config-lookup files opts in to folder configs', async () => {
    const cwd = tmp();
    copySeed002(cwd, 'a.txt');
    mkdirSync(path.join(cwd, 'sub'));
    copySeed002(path.join(cwd, 'sub'), 'b.txt');
    write(cwd, 'fzlint.config.json', JSON.stringify({ rules: { 'require-sections': 'off' } }));
    write(path.join(cwd, 'sub'), 'fzlint.config.json', JSON.stringify({ rules: { 'require-sections': 'warn' } }));
    const lookup = json((await run(['--format', 'json', '.'], cwd)).stdout);
    expect(missingParts(byName(lookup, 'a.txt'))).toEqual([]);
    expect(missingParts(byName(lookup, 'b.txt'))).toEqual([]); // the sub-folder's config is not applied
    const off = await run(['--format', 'json', '--no-config-lookup', '.'], cwd);
    expect(missingParts(byName(json(off.stdout), 'a.txt'))).toEqual([3, 5]);
    const files = json((await run(['--format', 'json', '--config-lookup', 'files', '.'], cwd)).stdout);
    expect(byName(files, 'b.txt').messages.filter((m) => m.ruleId === 'require-sections').map((m) => m.severity)).toEqual([1, 1]);
    expect((await run(['--config-lookup', 'nowhere', '.'], cwd)).code).toBe(2);
  });

  it('rule ids constructor, toString, __proto__ are unknown rules (a config error), not an internal error', async () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const cwd = tmp();
      copySeed002(cwd, 'a.txt');
      writeFileSync(path.join(cwd, 'fzlint.config.json'), `{ "rules": { ${JSON.stringify(id)}: "error" } }`);
      const { code, stderr } = await run(['a.txt'], cwd);
      expect(code, id).toBe(2);
      expect(stderr, id).toContain(`未知的规则“${id}”`);
      expect(stderr, id).not.toContain('内部错误');
    }
  });

  it('a config, extends or plugin that is a FIFO is refused, never opened (it would block)', async () => {
    const cwd = tmp();
    copySeed002(cwd, 'a.txt');
    execFileSync('mkfifo', [path.join(cwd, 'fzlint.config.json')]);
    const r = await run(['a.txt'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是普通文件');
    const cwd2 = tmp();
    copySeed002(cwd2, 'a.txt');
    execFileSync('mkfifo', [path.join(cwd2, 'base.json')]);
    write(cwd2, 'fzlint.config.json', JSON.stringify({ extends: './base.json' }));
    expect((await run(['a.txt'], cwd2)).stderr).toContain('不是普通文件');
  });
});

describe('one hostile file never sinks the run', () => {
  const hostile: [string, () => string | Uint8Array][] = [
    ['deep.html', () => '<html><body>' + '<ul><li>'.repeat(800) + '法治' + '</li></ul>'.repeat(800) + '</body></html>'],
    ['siblings.html', () => '<p>法治</p>'.repeat(125_000)],
    ['quotes.md', () => '>'.repeat(10_000) + ' 文字\n'],
    ['stars.md', () => '*'.repeat(10_000) + '词' + '*'.repeat(10_000)],
    ['brackets.md', () => '[a]('.repeat(20_000)],
    ['list.md', () => Array.from({ length: 600 }, (_, i) => ' '.repeat(i * 2) + '- 项').join('\n')],
  ];
  it('800 nested <ul><li>, 125,000 sibling <p>, 10,000 >, 20 KB of *, 20,000 [a](, 600-deep list: each linted, no internal error; the seed beside them keeps its findings', async () => {
    const cwd = tmp();
    copySeed002(cwd, 'seed.txt');
    for (const [name, make] of hostile) write(cwd, name, make());
    const { stdout, stderr } = await run(['--format', 'json', '.'], cwd);
    expect(stderr).toBe('');
    const results = json(stdout);
    expect(missingParts(byName(results, 'seed.txt'))).toEqual([3, 5]);
    for (const [name] of hostile) {
      const r = byName(results, name);
      expect(r.fatalErrorCount, name).toBe(0);
    }
  }, 120_000);

  it('Markdown past the parser’s linear-time budgets is read as plain text, and says why (counted, not timed)', () => {
    expect(markdownOverBudget('# 标题\n\n**一是**加强…\n')).toBeUndefined();
    for (const [name, make] of hostile.filter(([n]) => n.endsWith('.md'))) {
      const tree = parseMarkdown(make() as string);
      expect((tree.data as { fzlintPlainText?: string }).fzlintPlainText, name).toMatch(/delimiters|nests/);
    }
  });

  it('HTML depth is capped at 64 and width regrouped; the text is all kept', () => {
    const depth = (n: { children?: unknown[] }): number => {
      let max = 0;
      const stack: [{ children?: unknown[] }, number][] = [[n, 0]];
      while (stack.length) {
        const [x, d] = stack.pop()!;
        max = Math.max(max, d);
        for (const c of x.children ?? []) stack.push([c as { children?: unknown[] }, d + 1]);
      }
      return max;
    };
    const deep = parseHtml('<div>'.repeat(1000) + '深处的文字' + '</div>'.repeat(1000));
    expect(depth(deep)).toBeLessThan(80);
    expect(JSON.stringify(deep)).toContain('深处的文字');
    // deeper than the HTML parser's own recursion allows: read as text, positions exact
    const html = '<div>'.repeat(20_000) + '深处的文字' + '</div>'.repeat(20_000);
    const flat = parseHtml(html);
    expect((flat.data as { fzlintPlainText?: string }).fzlintPlainText).toMatch(/nested too deep/);
    const t = JSON.stringify(flat);
    expect(t).toContain('深处的文字');
    expect(html.indexOf('深处的文字')).toBe((flat.children[0] as { position: { start: { offset: number } } }).position.start.offset);
    const wide = parseHtml('<p>段</p>'.repeat(10_000));
    expect(wide.children.length).toBe(10_000);
  });

  it('a .docx zip bomb is refused while inflating, at the budget, naming the file; the other files are linted', async () => {
    const bomb = docx(1_000_000); // 44 MB of XML in ~90 KB
    expect(bomb.length).toBeLessThan(200_000);
    await expect(checkZipBudget(bomb)).rejects.toThrow(/zip bomb/);
    expect(await checkZipBudget(docx(100))).toBeLessThan(MAX_ZIP_INFLATED);
    const cwd = tmp();
    copySeed002(cwd, 'seed.txt');
    write(cwd, 'bomb.docx', bomb);
    const { code, stdout } = await run(['--format', 'json', '.'], cwd);
    expect(code).toBe(2);
    const results = json(stdout);
    expect(byName(results, 'bomb.docx').messages[0].message).toContain('压缩炸弹');
    expect(missingParts(byName(results, 'seed.txt'))).toEqual([3, 5]);
  }, 60_000); // inflating 32 MB twice: ~10 s on a loaded 2-core machine

  it('more lines than MAX_LINES: refused by name, the others linted', async () => {
    const cwd = tmp();
    copySeed002(cwd, 'seed.txt');
    write(cwd, 'lines.txt', '一、工作\n'.repeat(MAX_LINES + 1));
    const { code, stdout } = await run(['--format', 'json', '.'], cwd);
    expect(code).toBe(2);
    expect(byName(json(stdout), 'lines.txt').messages[0].message).toMatch(/^文件过长：100002 行，超过 100000 行的上限/);
    expect(missingParts(byName(json(stdout), 'seed.txt'))).toEqual([3, 5]);
  });

  it('standard input is read up to maxFileSize only', async () => {
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield Buffer.alloc(1024, 0x61);
        }
      })(),
    );
    const r = await readStreamLimited(source, 10 * 1024);
    expect(r.over).toBe(true);
    expect(r.bytes.length).toBe(11 * 1024);
    expect(pulled).toBeLessThan(20);
  });
});

describe('workers: a dead or stuck worker costs one file', () => {
  beforeAll(() => ensureFreshDist(), 180_000);

  it('a plugin rule that exits the worker, and one that never returns: those files get a fatal error, the worker is replaced, the rest are linted', async () => {
    const cwd = tmp();
    write(
      cwd,
      'fzlint-plugin-wild.mjs',
      `export default { rules: {
        wild: { meta: { id: 'wild', description: { zh: 'x', en: 'x' }, severity: 'warn', messages: { x: { zh: 'x', en: 'x' } } },
          check(ctx) {
            if (ctx.report.filePath.endsWith('exit.txt')) process.exit(3);
            if (ctx.report.filePath.endsWith('loop.txt')) for (;;) {}
          } } } };`,
    );
    write(cwd, 'fzlint.config.json', JSON.stringify({ plugins: ['./fzlint-plugin-wild.mjs'], rules: { 'wild/wild': 'warn' } }));
    const names = ['a.txt', 'exit.txt', 'b.txt', 'loop.txt', 'c.txt', 'd.txt'];
    const bytes = readFileSync(seedPath('002'));
    const tasks = names.map((n, index) => ({ index, filePath: path.join(cwd, n), bytes }));
    const answers = await lintInWorkers(tasks, { cwd, configLookup: 'cwd', fileTimeLimit: 4000 }, 2);
    const results = names.map((_, i) => reviveResult(answers.get(i)!));
    expect(results[1].fileError).toMatch(/工作线程意外退出（退出码 3）/);
    // the loop is stopped inside the worker at the file's deadline (watchdog.ts): an internal error of that rule,
    // the file's other findings kept; the pool's own deadline (a little later) is the backstop for what that cannot stop
    expect(results[3].fileError).toBeUndefined();
    expect(results[3].messages.filter((m) => m.ruleId === 'wild/wild').map((m) => [m.messageId, m.message])).toEqual([
      ['internal-error', '规则 wild/wild 运行出错：超过 4000 毫秒仍未返回，已中止（可能陷入死循环；本文件的其他规则照常检查）'],
    ]);
    expect(results[3].messages.filter((m) => m.ruleId === 'require-sections').length).toBe(2);
    for (const i of [0, 2, 4, 5]) {
      expect(results[i].fileError, names[i]).toBeUndefined();
      expect(results[i].messages.filter((m) => m.ruleId === 'require-sections').length, names[i]).toBe(2);
    }
  }, 60_000);

  it('--concurrency 1 checks every file in one worker: a file whose rule exits the worker is reported, the others printed, exit 2', async () => {
    const cwd = tmp();
    write(
      cwd,
      'fzlint-plugin-wild.mjs',
      `export default { rules: { wild: { meta: { id: 'wild', description: { zh: 'x', en: 'x' }, severity: 'warn', messages: { x: { zh: 'x', en: 'x' } } },
        check(ctx) { if (ctx.report.filePath.endsWith('exit.txt')) process.exit(3); } } } };`,
    );
    write(cwd, 'fzlint.config.json', JSON.stringify({ plugins: ['./fzlint-plugin-wild.mjs'], rules: { 'wild/wild': 'warn' } }));
    for (const n of ['a.txt', 'exit.txt', 'b.txt']) copySeed002(cwd, n);
    const { code, stdout } = await run(['--format', 'json', '--concurrency', '1', 'a.txt', 'exit.txt', 'b.txt'], cwd);
    expect(code).toBe(2);
    const results = json(stdout);
    expect(byName(results, 'exit.txt').messages[0].message).toMatch(/工作线程意外退出/);
    expect(missingParts(byName(results, 'a.txt'))).toEqual([3, 5]);
    expect(missingParts(byName(results, 'b.txt'))).toEqual([3, 5]);
  }, 60_000);
});

describe('walks: links not followed, nothing skipped in silence', () => {
  it('a link to a folder outside, a dangling link, a FIFO and other file types are each reported on stderr (in every format), not linted', async () => {
    const outside = tmp();
    copySeed002(outside, 'system.txt');
    const cwd = tmp();
    const folder = path.join(cwd, 'r');
    mkdirSync(folder);
    copySeed002(folder, 'a.txt');
    symlinkSync(outside, path.join(folder, 'share'));
    symlinkSync(path.join(outside, 'system.txt'), path.join(folder, 'passwd.txt'));
    symlinkSync(path.join(cwd, 'nowhere'), path.join(folder, 'dangling.txt'));
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    for (const n of ['a.xls', 'b.xls', 'c.zip', 'd.jpg', 'e.xls']) write(folder, n, 'x');
    for (const format of ['json', 'stylish', 'sarif']) {
      const { stdout, stderr } = await run(['--format', format, 'r'], cwd);
      expect(stderr, format).toContain(`未跟随符号链接 ${path.join(folder, 'share')} → ${outside}`);
      expect(stderr, format).toContain(`未跟随符号链接 ${path.join(folder, 'passwd.txt')}`);
      expect(stderr, format).toContain(`符号链接 ${path.join(folder, 'dangling.txt')} → `);
      expect(stderr, format).toContain(`${path.join(folder, 'pipe.txt')} 不是普通文件（FIFO）`);
      expect(stderr, format).toContain('另有 5 个文件未检查：.xls 3、.jpg 1、.zip 1');
      if (format !== 'sarif') expect(stdout, format).not.toContain('system.txt'); // SARIF's notes name the link and its target
      if (format === 'json') expect(json(stdout).map((r) => path.basename(r.filePath))).toEqual(['a.txt']);
      if (format === 'sarif') {
        const notes = JSON.parse(stdout).runs[0].invocations[0].toolExecutionNotifications as { level: string; message: { text: string } }[];
        expect(notes.filter((n) => n.level === 'note').map((n) => n.message.text)).toContain(`另有 5 个文件未检查：.xls 3、.jpg 1、.zip 1（fzlint 检查 ${CHECKED}）`);
      }
    }
    // a link named on the command line is the user's choice: it is read
    expect(json((await run(['--format', 'json', 'r/passwd.txt'], cwd)).stdout)[0].errorCount).toBeGreaterThan(0);
  });
});

describe('an unreadable folder in a walk', () => {
  // as root, chmod 000 does not stop reads: the built CLI then runs as user nobody (see hostile-files.test.ts)
  const isRoot = process.getuid?.() === 0;
  const nobody = isRoot ? /^nobody:[^:]*:(\d+):(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8')) : null;
  it.runIf(isRoot ? nobody !== null : process.platform !== 'win32')('is reported on stderr by name; the other files are linted', async () => {
    const cwd = tmp();
    mkdirSync(path.join(cwd, 'r', 'locked'), { recursive: true });
    copySeed002(path.join(cwd, 'r'), 'a.txt');
    copySeed002(path.join(cwd, 'r', 'locked'), 'b.txt');
    chmodSync(path.join(cwd, 'r', 'locked'), 0o000);
    let stdout: string;
    let stderr: string;
    if (isRoot) {
      ensureFreshDist();
      const r = spawnSync(process.execPath, [path.resolve('bin/fzlint.js'), '--format', 'json', 'r'], { cwd, uid: Number(nobody![1]), gid: Number(nobody![2]), encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      stdout = r.stdout;
      stderr = r.stderr;
    } else ({ stdout, stderr } = await run(['--format', 'json', 'r'], cwd));
    expect(stderr).toContain(`无法读取目录 ${path.join(cwd, 'r', 'locked')}（权限不足），其中的文件未检查`);
    expect(json(stdout).map((r) => path.basename(r.filePath))).toEqual(['a.txt']);
  }, 120_000);
});

describe('terminal-safe output', () => {
  it('ESC, OSC, C1 and bidi overrides in file names and report text are shown escaped in stylish, unix, compact and checklist', async () => {
    const cwd = tmp();
    const name = 'a\u001b]0;title\u0007\u001b[2J\u202e名.txt';
    write(cwd, name, '2023年法治政府建设年度报告\n一、主要举措\n内容\u001b[31m红\u009b“三个聚焦“\u202e反\n');
    for (const format of ['stylish', 'unix', 'compact', 'checklist']) {
      const { stdout } = await run(['--format', format, '.'], cwd);
      // eslint-disable-next-line no-control-regex
      expect(stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(stdout, format).toContain('a\\x1b]0;title\\x07\\x1b[2J\\u202e名.txt');
    }
    expect(escapeControls('x\u009b1m\u2067y\tz')).toBe('x\\x9b1m\\u2067y\tz');
  });
});

describe('cache and --fix details', () => {
  it('a cache entry of the wrong shape is a miss, not a crash, and is rewritten', async () => {
    const cwd = tmp();
    const a = copySeed002(cwd, 'a.txt');
    const first = await run(['--format', 'json', '--cache', 'a.txt'], cwd);
    const cacheFile = path.join(cwd, '.fzlintcache');
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const bad of [5, { messages: 5 }, { messages: [{ reason: 1 }] }, null]) {
      data.entries['a.txt'].result = bad;
      writeFileSync(cacheFile, JSON.stringify(data));
      const again = await run(['--format', 'json', '--cache', 'a.txt'], cwd);
      expect(again.code).toBe(first.code);
      expect(again.stdout).toBe(first.stdout);
    }
    const cache = new LintCache(cacheFile, 'x');
    expect(cache.get(a, contentHash(readFileSync(a)), 'k')).toBeUndefined();
  });

  const FIXABLE = '2023年法治政府建设年度报告\n一、主要举措\n全年办理案件12件,办结12件。\n';
  it('--fix never writes through a symlink, to a hard-linked or read-only file, and says which and why; findings stay', async () => {
    const cwd = tmp();
    const outside = tmp();
    const target = write(outside, 'target.txt', FIXABLE);
    symlinkSync(target, path.join(cwd, 'link.txt'));
    const hard = write(cwd, 'hard.txt', FIXABLE);
    linkSync(hard, path.join(outside, 'other-name.txt'));
    const ro = write(cwd, 'ro.txt', FIXABLE);
    chmodSync(ro, 0o444);
    const { stderr, stdout } = await run(['--fix', '--format', 'json', 'link.txt', 'hard.txt', 'ro.txt'], cwd);
    expect(readFileSync(target, 'utf8')).toBe(FIXABLE);
    expect(readFileSync(hard, 'utf8')).toBe(FIXABLE);
    expect(readFileSync(ro, 'utf8')).toBe(FIXABLE);
    expect(stderr).toContain('link.txt：未修复：这是符号链接');
    expect(stderr).toContain('hard.txt：未修复：文件有 2 个硬链接');
    expect(stderr).toContain('ro.txt：未修复：文件是只读的');
    for (const r of json(stdout)) expect(r.messages.some((m) => m.ruleId === 'require-fullwidth-punctuation'), r.filePath).toBe(true);
  });

  it('--fix keeps the mode; the original is compared again after the temporary file is written (an append in between is kept, nothing written, no temporary left)', async () => {
    const cwd = tmp();
    const f = write(cwd, 'a.txt', FIXABLE);
    chmodSync(f, 0o640);
    await run(['--fix', 'a.txt'], cwd);
    expect(readFileSync(f, 'utf8')).not.toBe(FIXABLE);
    expect(statSync(f).mode & 0o777).toBe(0o640);
    const g = write(cwd, 'b.txt', 'old');
    const expected = readFileSync(g);
    writeFileSync(g, 'old + appended');
    expect(() => writeFileAtomic(g, Buffer.from('new'), expected)).toThrow(/changed on disk/);
    expect(readFileSync(g, 'utf8')).toBe('old + appended');
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('SIGINT or SIGTERM while --fix writes a large file leaves no temporary file, and the target is the old or the new bytes whole', async () => {
    ensureFreshDist();
    const fixJs = path.resolve('dist/src/linter/fix.js');
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      const dir = tmp();
      const target = write(dir, 'big.txt', Buffer.alloc(1024, 0x61));
      const script = `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(fixJs).href)};
        process.stdout.write('ready\\n');
        for (let i = 0; i < 50; i++) writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(64 * 1024 * 1024, 0x62));`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.kill(sig);
      const status = await new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      expect(status, sig).toBe(sig);
      expect(readdirSync(dir), sig).toEqual(['big.txt']);
      const size = statSync(target).size;
      expect([1024, 64 * 1024 * 1024], sig).toContain(size);
    }
  }, 120_000);

  it('a file that is valid UTF-8 but was read as GB18030 is not written back (its encoding is uncertain)', () => {
    const cwd = tmp();
    const f = write(cwd, 'a.txt', Buffer.from('\u00b7 a,b\n', 'utf8')); // C2 B7 reads as GB18030 路
    const text = new TextDecoder('gb18030').decode(readFileSync(f));
    expect(() => writeFixedFile(f, text, text.replace(',', '，'), 'gb18030')).toThrow(FixWriteError);
    expect(readFileSync(f).equals(Buffer.from('\u00b7 a,b\n', 'utf8'))).toBe(true);
  });
});
