import type * as Fs from 'node:fs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/linter/fix.js';
import { run, tmp, type JsonResult } from './helpers.js';

/**
 * Issue 9, fix safety: a --fix interrupted before its rename (the rename
 * fails, or the disk fills while the temporary file is written) leaves the
 * original byte for byte, no temporary file behind, a file-level error for
 * that file, and the other files fixed. The failures are injected into
 * node:fs as the fix writer sees it.
 */

const faults = vi.hoisted(() => ({
  /** Throw instead of renaming onto a target whose name ends so. */
  renameOnto: undefined as string | undefined,
  /** Write this many bytes of a temporary file, then fail with ENOSPC. */
  writeLimit: undefined as number | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const temps = new Set<number>();
  const written = new Map<number, number>();
  const errno = (code: string, syscall: string) => Object.assign(new Error(`${code}: simulated failure, ${syscall}`), { code, syscall });
  const mocked = {
    ...fs,
    openSync: ((p: Fs.PathLike, ...rest: unknown[]) => {
      const fd = (fs.openSync as (...a: unknown[]) => number)(p, ...rest);
      if (String(p).endsWith('.fzlint-tmp')) temps.add(fd);
      return fd;
    }) as typeof fs.openSync,
    closeSync: ((fd: number) => {
      temps.delete(fd);
      written.delete(fd);
      return fs.closeSync(fd);
    }) as typeof fs.closeSync,
    writeSync: ((fd: number, buffer: Uint8Array, offset?: number, length?: number, ...rest: unknown[]) => {
      if (faults.writeLimit !== undefined && temps.has(fd)) {
        const done = written.get(fd) ?? 0;
        const room = faults.writeLimit - done;
        if (room <= 0) throw errno('ENOSPC', 'write');
        length = Math.min(length ?? buffer.length - (offset ?? 0), room);
        const n = (fs.writeSync as (...a: unknown[]) => number)(fd, buffer, offset, length, ...rest);
        written.set(fd, done + n);
        return n;
      }
      return (fs.writeSync as (...a: unknown[]) => number)(fd, buffer, offset, length, ...rest);
    }) as typeof fs.writeSync,
    renameSync: ((from: Fs.PathLike, to: Fs.PathLike) => {
      if (faults.renameOnto !== undefined && String(to).endsWith(faults.renameOnto)) throw errno('EXDEV', 'rename');
      return fs.renameSync(from, to);
    }) as typeof fs.renameSync,
  };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  faults.renameOnto = undefined;
  faults.writeLimit = undefined;
});

// half-width punctuation between Chinese characters: require-fullwidth-punctuation fixes it
const BEFORE = '一、主要举措和成效\n（一）加强党委(党组)学法,推进依法行政。\n';
const AFTER = '一、主要举措和成效\n（一）加强党委（党组）学法，推进依法行政。\n';

function setup(): string {
  const dir = tmp('fzlint-fixcut-');
  writeFileSync(path.join(dir, 'fzlint.config.json'), JSON.stringify({ extends: [], rules: { 'require-fullwidth-punctuation': 'warn' } }));
  writeFileSync(path.join(dir, 'a.txt'), BEFORE);
  writeFileSync(path.join(dir, 'b.txt'), BEFORE);
  return dir;
}

describe('an interrupted --fix leaves the original intact', () => {
  it('the rename fails: a.txt unchanged, no temporary file, a file-level error; b.txt fixed; exit 2', async () => {
    const dir = setup();
    faults.renameOnto = `${path.sep}a.txt`;
    const { code, stdout } = await run(['--fix', '--format', 'json', 'a.txt', 'b.txt'], dir);
    expect(code).toBe(2);
    const [a, b] = JSON.parse(stdout) as JsonResult[];
    expect(a.messages[0]).toEqual({ ruleId: null, fatal: true, severity: 2, message: 'cannot write the fixed file: EXDEV: simulated failure, rename', line: 1, column: 1 });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(BEFORE);
    expect(b.messages).toEqual([]);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(AFTER);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'fzlint.config.json']);
  });

  it('the disk fills half way through the temporary file: the original unchanged, the half-written temporary removed', async () => {
    const dir = setup();
    faults.writeLimit = 20;
    const { code, stdout } = await run(['--fix', '--format', 'json', 'a.txt'], dir);
    expect(code).toBe(2);
    const [a] = JSON.parse(stdout) as JsonResult[];
    expect(a.messages[0].message).toBe('cannot write the fixed file: ENOSPC: simulated failure, write');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(BEFORE);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'fzlint.config.json']);
  });

  it('writeFileAtomic: every failure point before the rename keeps the target’s old bytes (a 64 KB GB18030 file)', () => {
    const dir = tmp('fzlint-fixcut-');
    const target = path.join(dir, 'report.txt');
    const old = Buffer.alloc(64 * 1024, 0xb0); // 0xB0B0 is 啊 in GB18030: a real two-byte text
    writeFileSync(target, old);
    const next = Buffer.alloc(64 * 1024 + 2, 0xa1);
    for (const limit of [0, 1, 4096, 65536]) {
      faults.writeLimit = limit;
      expect(() => writeFileAtomic(target, next), `limit ${limit}`).toThrow(/ENOSPC/);
      expect(readFileSync(target).equals(old), `limit ${limit}`).toBe(true);
      expect(readdirSync(dir), `limit ${limit}`).toEqual(['report.txt']);
    }
    faults.writeLimit = undefined;
    faults.renameOnto = 'report.txt';
    expect(() => writeFileAtomic(target, next)).toThrow(/EXDEV/);
    expect(readFileSync(target).equals(old)).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.txt']);
    // with nothing failing, the new bytes replace the old whole
    faults.renameOnto = undefined;
    writeFileAtomic(target, next);
    expect(readFileSync(target).equals(next)).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });
});
