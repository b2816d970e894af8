import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureFreshDist } from '../helpers/dist.js';
import { ROOT, seedPath } from '../helpers/seeds.js';
import { byName, copySeed002, HOSTILE_PLUGIN, missingParts, run, STACK_LINE, tmp, write, type JsonResult } from './helpers.js';
import { LINTABLE_EXTENSIONS } from '../../src/parse/index.js';

/** The hint after a count of files not checked: the extensions a walk checks. */
const CHECKED = LINTABLE_EXTENSIONS.join(' ');

/**
 * Issue 9, hostile files: each case runs the CLI in-process next to a real
 * report (seed 002), and checks the message, the exit code, and that the
 * report was still linted (its require-sections findings, parts 3 and 5).
 */

const MB = 1024 * 1024;

describe('hostile files', () => {
  it('a binary file is refused as not text, by name; the report beside it is linted; exit 2', async () => {
    const dir = tmp();
    copySeed002(dir);
    // NUL bytes and invalid UTF-8: what a mis-named executable or database dump looks like
    write(dir, 'scan.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xc3, 0x28, 0xff, 0xfe, 0x00, 0x00, 0x13, 0x37]));
    // a PNG under a report's name
    write(dir, 'photo.md', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]));

    const json = await run(['--format', 'json', '.'], dir);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe('');
    const results = JSON.parse(json.stdout) as JsonResult[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['photo.md', 'scan.txt', 'seed-002.txt']);
    expect(byName(results, 'scan.txt').messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: expect.stringMatching(/^无法作为文本读取：scan\.txt .*NUL/), line: 1, column: 1 },
    ]);
    expect(byName(results, 'photo.md').messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: expect.stringMatching(/^photo\.md 是图片（PNG），不是报告文本/), line: 1, column: 1 },
    ]);
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);

    // what a person sees: the file, the reason, in English with --locale en
    const text = await run(['--no-color', '--locale', 'en', '.'], dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/scan\.txt\n\s+0:0\s+error\s+cannot read as text: scan\.txt /);
    expect(text.stdout).toMatch(/photo\.md\n\s+0:0\s+error\s+photo\.md is an image \(PNG\), not report text/);
    expect(text.stdout).not.toMatch(STACK_LINE);
  });

  it('a 0-byte file and a whitespace-only file say they are empty (not seven missing parts); exit 2', async () => {
    const dir = tmp();
    copySeed002(dir);
    write(dir, 'empty.txt', '');
    write(dir, 'blank.md', '\uFEFF\r\n\u3000\u3000\n\t\n');
    const { code, stdout } = await run(['--format', 'json', '.'], dir);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(byName(results, 'empty.txt').messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: '文件为空（0 字节），没有可检查的内容：请确认导出或复制是否成功', line: 1, column: 1 },
    ]);
    expect(byName(results, 'blank.md').messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: '文件没有文字内容（14 字节，只有空白字符），没有可检查的内容：请确认导出或复制是否成功', line: 1, column: 1 },
    ]);
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);

    const en = await run(['--format', 'json', '--locale', 'en', 'empty.txt'], dir);
    expect(en.code).toBe(2);
    expect((JSON.parse(en.stdout) as JsonResult[])[0].messages[0].message).toBe('empty file (0 bytes): nothing to lint; check that the export or copy succeeded');
  });

  it('a 50 MB file is refused by its size (default maxFileSize 20 MB) before it is read; the report beside it is linted; exit 2', async () => {
    const dir = tmp();
    copySeed002(dir);
    const big = write(dir, 'big.txt', '');
    truncateSync(big, 50 * MB); // sparse: instant to make; refused by size, so never read
    const { code, stdout } = await run(['--format', 'json', '.'], dir);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(byName(results, 'big.txt').messages).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: '文件过大：52428800 字节 (50.0 MB)，超过 maxFileSize 上限 20971520 字节 (20.0 MB)，未检查（确为报告时可在配置文件中调高 maxFileSize）',
        line: 1,
        column: 1,
      },
    ]);
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);
    // refused by its size (the message gives the size from a stat); a read of 50 MB would hang past the
    // runner's timeout on a slow machine rather than fail here: no clock in the assertion
  });

  it('maxFileSize from the config applies to files, --stdin and cached runs alike', async () => {
    const dir = tmp();
    copySeed002(dir, 'a.txt');
    const size = readFileSync(seedPath('002')).length;
    write(dir, 'fzlint.config.json', JSON.stringify({ maxFileSize: 4096, locale: 'en' }));
    const refused = `file too large: ${size} bytes (${(size / 1024).toFixed(1)} KB) exceeds the maxFileSize limit of 4096 bytes (4.0 KB); not linted (raise maxFileSize in the config if this really is a report)`;

    const file = await run(['--format', 'json', 'a.txt'], dir);
    expect(file.code).toBe(2);
    expect((JSON.parse(file.stdout) as JsonResult[])[0].messages).toEqual([expect.objectContaining({ fatal: true, message: refused })]);

    // the cache reads the bytes itself; they meet the same limit
    const cached = await run(['--format', 'json', '--cache', '--cache-location', path.join(dir, '.cache'), 'a.txt'], dir);
    expect(cached.code).toBe(2);
    expect((JSON.parse(cached.stdout) as JsonResult[])[0].messages).toEqual([expect.objectContaining({ message: refused })]);

    const stdin = await run(['--format', 'json', '--stdin', '--stdin-filename', 'a.txt'], dir, readFileSync(seedPath('002')));
    expect(stdin.code).toBe(2);
    expect((JSON.parse(stdin.stdout) as JsonResult[])[0].messages).toEqual([expect.objectContaining({ message: refused })]);

    // raised above the file's size, the same file is linted
    write(dir, 'fzlint.config.json', JSON.stringify({ maxFileSize: size }));
    const ok = await run(['--format', 'json', 'a.txt'], dir);
    expect(ok.code).toBe(1);
    expect(missingParts((JSON.parse(ok.stdout) as JsonResult[])[0])).toEqual([3, 5]);
  });

  it('a directory symlink loop is walked once; a looping file symlink named on the command line is a read error; exit 2', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'reports', 'county'), { recursive: true });
    copySeed002(path.join(dir, 'reports'), 'a.txt');
    copySeed002(path.join(dir, 'reports', 'county'), 'b.txt');
    symlinkSync('..', path.join(dir, 'reports', 'county', 'up')); // reports/county/up → reports: a loop
    symlinkSync('self.txt', path.join(dir, 'reports', 'self.txt')); // ELOOP

    const walked = await run(['--format', 'json', 'reports'], dir);
    expect(walked.code).toBe(1); // the two reports' findings; the loops cost nothing
    const results = JSON.parse(walked.stdout) as JsonResult[];
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual([path.join('reports', 'a.txt'), path.join('reports', 'county', 'b.txt')]);
    for (const r of results) expect(missingParts(r)).toEqual([3, 5]);

    const named = await run(['--format', 'json', 'reports/self.txt', 'reports/a.txt'], dir);
    expect(named.code).toBe(2);
    const [self, a] = JSON.parse(named.stdout) as JsonResult[];
    expect(self.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: 'cannot read file: symbolic link loop', line: 1, column: 1 }]);
    expect(missingParts(a)).toEqual([3, 5]);
  });

  it('a dangling symlink, a FIFO and a device named on the command line are read errors, never opened; exit 2', async () => {
    const dir = tmp();
    copySeed002(dir);
    symlinkSync('gone.txt', path.join(dir, 'dangling.txt'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const args = ['dangling.txt', ...(fifo.status === 0 ? ['pipe.txt'] : []), ...(existsSync('/dev/zero') ? ['/dev/zero'] : []), 'seed-002.txt'];
    // opening the FIFO would block forever and /dev/zero never ends: finishing at all is the test
    const { code, stdout } = await run(['--format', 'json', ...args], dir);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(byName(results, 'dangling.txt').messages[0].message).toBe('cannot read file: file not found (deleted?)');
    if (fifo.status === 0) expect(byName(results, 'pipe.txt').messages[0].message).toBe('cannot read file: not a regular file (a device, FIFO or socket)');
    if (existsSync('/dev/zero')) expect(byName(results, 'zero').messages[0].message).toBe('cannot read file: not a regular file (a device, FIFO or socket)');
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);
  });

  it('with --cache too, a FIFO and a device are never opened', async () => {
    const dir = tmp();
    copySeed002(dir);
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const args = [...(fifo.status === 0 ? ['pipe.txt'] : []), ...(existsSync('/dev/zero') ? ['/dev/zero'] : []), 'seed-002.txt'];
    const { code, stdout } = await run(['--format', 'json', '--cache', '--cache-location', path.join(dir, 'cache/'), ...args], dir);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonResult[];
    if (fifo.status === 0) expect(byName(results, 'pipe.txt').messages[0].message).toBe('cannot read file: not a regular file (a device, FIFO or socket)');
    if (existsSync('/dev/zero')) expect(byName(results, 'zero').messages[0].message).toBe('cannot read file: not a regular file (a device, FIFO or socket)');
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);
  });

  it('paths with spaces and Chinese characters: named, walked and globbed; shown as they are; their config applies', async () => {
    const dir = tmp();
    const sub = path.join(dir, '2023年度 报告', '某县 司法局');
    mkdirSync(sub, { recursive: true });
    const report = copySeed002(sub, '某县 2023年 法治政府建设 报告.txt');
    const empty = write(sub, '空 文件.md', '');
    write(path.join(dir, '2023年度 报告'), 'fzlint.config.json', JSON.stringify({ rules: { 'require-sections': 'warn' } }));

    for (const input of [path.relative(dir, report), '2023年度 报告', '2023年度 报告/**/*.{txt,md}']) {
      const { code, stdout } = await run(['--format', 'json', '--config-lookup', 'files', input], dir);
      const results = JSON.parse(stdout) as JsonResult[];
      const r = results.find((x) => x.filePath === report);
      expect(r, input).toBeDefined();
      // the config in the directory with a space in its name applies: require-sections at warn (severity 1)
      expect(r!.messages.filter((m) => m.ruleId === 'require-sections').map((m) => [m.data?.part, m.severity]), input).toEqual([
        [3, 1],
        [5, 1],
      ]);
      if (input !== path.relative(dir, report)) {
        expect(results.map((x) => x.filePath).sort(), input).toEqual([empty, report].sort());
        expect(code, input).toBe(2); // the empty file
      }
    }

    const unix = await run(['--format', 'unix', '--config-lookup', 'files', '2023年度 报告'], dir);
    // paths relative to the working directory, spaces and all, unquoted: one finding per line
    expect(unix.stdout).toContain(`${path.relative(dir, empty)}:1:1: 文件为空（0 字节）`);
    expect(unix.stdout).toContain(`${path.relative(dir, report)}:1:1: 缺少第三部分`);
  });

  it('a file deleted while the run is going gets a read error; the files after it are still linted; exit 2', async () => {
    const dir = tmp();
    // files are read a group at a time (a few ahead of the one being checked, linter.ts GROUP_FILES):
    // the file deleted is the tenth, read after the first groups were checked
    const names = Array.from({ length: 11 }, (_, i) => `r${String(i + 1).padStart(2, '0')}.txt`);
    const paths = names.map((n) => copySeed002(dir, n));
    const gone = paths[9];
    copyFileSync(HOSTILE_PLUGIN, path.join(dir, 'fzlint-plugin-hostile.mjs'));
    // a rule that deletes r10.txt when it runs on r01.txt: deterministic, since files are linted in order
    write(dir, 'fzlint.config.json', JSON.stringify({ plugins: ['./fzlint-plugin-hostile.mjs'], rules: { 'hostile/delete-file': ['info', { path: gone }] } }));

    const { code, stdout, stderr } = await run(['--format', 'json', '.'], dir);
    // the walk says what it did not check (the plugin and the config), nothing else
    expect(stderr).toBe(`fzlint: 另有 2 个文件未检查：.json 1、.mjs 1（fzlint 检查 ${CHECKED}）\n`);
    expect(code).toBe(2);
    expect(existsSync(gone)).toBe(false);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(names);
    expect(byName(results, 'r10.txt').messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: 'cannot read file: file not found (deleted?)', line: 1, column: 1 }]);
    for (const name of names.filter((n) => n !== 'r10.txt')) {
      expect(missingParts(byName(results, name))).toEqual([3, 5]);
      expect(byName(results, name).fatalErrorCount).toBe(0); // the deleting rule itself reports nothing
    }
  });
});

/**
 * Permissions. Tests usually run as root, for whom chmod 000 does not stop
 * reads: then the built CLI runs as user nobody (uid/gid 65534) over a
 * world-readable temp directory. As another user, chmod 000 works in-process.
 * (Root without a "nobody" user has no way to make a file unreadable: both skip.)
 */
describe('an unreadable file', () => {
  const isRoot = process.getuid?.() === 0;
  const nobody = isRoot ? /^nobody:[^:]*:(\d+):(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8')) : null;
  const canSpawnAsNobody = isRoot && nobody !== null;
  const inProcess = !isRoot && process.platform !== 'win32';

  beforeAll(() => {
    if (canSpawnAsNobody) ensureFreshDist();
  }, 180_000);

  function setup(): { dir: string; secret: string } {
    const dir = tmp();
    copySeed002(dir);
    const secret = copySeed002(dir, 'secret.txt');
    chmodSync(secret, 0o000);
    return { dir, secret };
  }

  it.runIf(canSpawnAsNobody)('as user nobody (tests run as root): "permission denied" for that file, the other file linted, exit 2', () => {
    const { dir } = setup();
    const uid = Number(nobody![1]);
    const gid = Number(nobody![2]);
    const spawn = (format: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin/fzlint.js'), '--format', format, '--no-color', 'secret.txt', 'seed-002.txt'], { cwd: dir, uid, gid, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const json = spawn('json');
    expect(json.stderr).toBe('');
    expect(json.status).toBe(2);
    const results = JSON.parse(json.stdout) as JsonResult[];
    expect(byName(results, 'secret.txt').messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: 'cannot read file: permission denied', line: 1, column: 1 }]);
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);
    const stylish = spawn('stylish');
    expect(stylish.status).toBe(2);
    expect(stylish.stdout).toMatch(/secret\.txt\n\s+0:0\s+错误\s+cannot read file: permission denied/);
    expect(stylish.stdout).not.toMatch(STACK_LINE);
  });

  it.runIf(inProcess)('as a normal user: chmod 000 gives "permission denied" for that file, the other file linted, exit 2', async () => {
    const { dir } = setup();
    const { code, stdout } = await run(['--format', 'json', 'secret.txt', 'seed-002.txt'], dir);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(byName(results, 'secret.txt').messages[0].message).toBe('cannot read file: permission denied');
    expect(missingParts(byName(results, 'seed-002.txt'))).toEqual([3, 5]);
  });
});
