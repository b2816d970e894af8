import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, encode, type Encoding } from '../../src/parse/index.js';
import { ensureFreshDist } from '../helpers/dist.js';
import { ROOT } from '../helpers/seeds.js';
import { run, tmp, type JsonResult } from './helpers.js';

/**
 * Issue 9, fix safety (with the --fix of issue 10; tests/linter/fix.test.ts
 * has the encodings round trip, mode and symlinks). Here: the bytes a fix
 * does not change stay byte for byte, whatever the encoding and line endings;
 * files fzlint refuses or cannot fix are never written; and a directory
 * where no temporary file can be made means no write at all, never an
 * in-place one. tests/robustness/fix-interrupted.test.ts has the failures.
 */

const CONFIG = JSON.stringify({ extends: [], rules: { 'require-fullwidth-punctuation': 'warn' } });

// three lines, each with its own line ending (CRLF, LF, lone CR), each with something to fix
const LINES = ['一、主要举措和成效\r\n', '（一）加强党委(党组)学法,推进依法行政。\n', '（二）全年办理行政复议案件12件,纠错3件。\r', '二、存在的不足和原因\r\n'];
const FIXED = ['一、主要举措和成效\r\n', '（一）加强党委（党组）学法，推进依法行政。\n', '（二）全年办理行政复议案件12件，纠错3件。\r', '二、存在的不足和原因\r\n'];

describe('--fix changes only the bytes of its fixes', () => {
  for (const [encoding, bom] of [
    ['gb18030', false],
    ['utf-16le', true],
    ['utf-8', true],
  ] as [Encoding, boolean][]) {
    it(`${encoding}${bom ? ' with BOM' : ''}, mixed CRLF/LF/CR line endings: the file is exactly the fixed text in the same encoding, BOM and line endings`, async () => {
      const dir = tmp('fzlint-fixsafe-');
      writeFileSync(path.join(dir, 'fzlint.config.json'), CONFIG);
      const file = path.join(dir, 'r.txt');
      writeFileSync(file, encode(LINES.join(''), encoding, bom));
      const { code } = await run(['--fix', 'r.txt'], dir);
      expect(code).toBe(0);
      const bytes = readFileSync(file);
      expect(bytes.equals(Buffer.from(encode(FIXED.join(''), encoding, bom)))).toBe(true);
      const back = decode(bytes);
      expect([back.encoding, back.bom]).toEqual([encoding, bom]);
      expect(readdirSync(dir).sort()).toEqual(['fzlint.config.json', 'r.txt']);
    });
  }
});

describe('--fix never writes a file it refused or cannot fix', () => {
  it('binary, empty, over maxFileSize, HTML (fixable findings, not a fixable format): bytes, inode and mtime unchanged', async () => {
    const dir = tmp('fzlint-fixsafe-');
    writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], maxFileSize: 100_000, rules: { 'require-fullwidth-punctuation': 'warn' } }));
    const files = {
      'binary.txt': Buffer.from([0x00, 0x01, 0xff, 0x00, 0x28, 0x2c, 0x00]),
      'empty.txt': Buffer.alloc(0),
      'big.txt': Buffer.from(LINES.join('')),
      'page.html': Buffer.from(`<html><body><p>${LINES[1]}</p></body></html>`),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    truncateSync(path.join(dir, 'big.txt'), 200_000); // the fixable text, padded with NULs past the limit
    const old = new Date('2020-01-01T00:00:00Z');
    const before = new Map<string, { ino: number; mtimeMs: number; bytes: Buffer }>();
    for (const name of Object.keys(files)) {
      utimesSync(path.join(dir, name), old, old);
      const st = statSync(path.join(dir, name));
      before.set(name, { ino: st.ino, mtimeMs: st.mtimeMs, bytes: readFileSync(path.join(dir, name)) });
    }

    const { code, stdout } = await run(['--fix', '--format', 'json', '.'], dir);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as JsonResult[];
    // the HTML page's finding is still reported (and left for a person to fix in the source)
    const page = results.find((r) => r.filePath.endsWith('page.html'))!;
    expect(page.messages.map((m) => m.ruleId)).toContain('require-fullwidth-punctuation');
    for (const [name, b] of before) {
      const st = statSync(path.join(dir, name));
      expect([st.ino, st.mtimeMs], name).toEqual([b.ino, b.mtimeMs]);
      expect(readFileSync(path.join(dir, name)).equals(b.bytes), name).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['big.txt', 'binary.txt', 'empty.txt', 'fzlint.config.json', 'page.html']);
  });
});

/**
 * A directory the user may not write (the file itself is writable): an
 * in-place write would succeed, an atomic one cannot make its temporary
 * file. --fix must refuse rather than fall back. Tests run as root, who may
 * write anywhere: the built CLI runs as user nobody.
 */
describe('a directory where no temporary file can be made', () => {
  const nobody = process.getuid?.() === 0 ? /^nobody:[^:]*:(\d+):(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8')) : null;

  beforeAll(() => {
    if (nobody) ensureFreshDist();
  }, 180_000);

  it.runIf(nobody !== null)('as user nobody: no write at all, a file-level error naming the failure, exit 2', () => {
    const dir = tmp('fzlint-fixsafe-'); // 0755, owned by root: nobody cannot create files here
    writeFileSync(path.join(dir, 'fzlint.config.json'), CONFIG);
    const file = path.join(dir, 'r.txt');
    writeFileSync(file, LINES.join(''));
    chmodSync(file, 0o666);
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin/fzlint.js'), '--fix', '--format', 'json', 'r.txt'], {
      cwd: dir,
      uid: Number(nobody![1]),
      gid: Number(nobody![2]),
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(2);
    const [r] = JSON.parse(p.stdout) as JsonResult[];
    expect(r.messages[0]).toEqual({ ruleId: null, fatal: true, severity: 2, message: expect.stringMatching(/^cannot write the fixed file: EACCES: permission denied, open '.*\.fzlint-tmp'$/), line: 1, column: 1 });
    // the finding whose fix could not be written is still reported
    expect(r.messages.slice(1).map((m) => [m.ruleId, m.line, m.column])).toEqual([['require-fullwidth-punctuation', 2, 8]]);
    expect(readFileSync(file, 'utf8')).toBe(LINES.join(''));
    expect(readdirSync(dir).sort()).toEqual(['fzlint.config.json', 'r.txt']);
  });
});
