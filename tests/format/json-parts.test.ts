import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { defineLazyFix, packEdits, packedEditsOf, packedFix } from '../../src/engine/lazy-fix.js';
import type { Fix, LintMessage } from '../../src/engine/types.js';
import { jsonStream } from '../../src/format/json.js';
import { editsJson } from '../../src/format/json-edits.js';
import type { OutputPart, StreamContext } from '../../src/format/types.js';
import type { FileResult } from '../../src/linter/types.js';
import { Linter } from '../../src/linter/linter.js';
import { seedPath, seedText } from '../helpers/seeds.js';

// issue 22: json's byte parts (packed fixes written straight to UTF-8) are the text its `result` gives

const ctx: StreamContext = { cwd: '/', locale: 'zh', color: false, version: 'test' };
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const joined = (parts: OutputPart[]): string => parts.map((p) => (typeof p === 'string' ? p : utf8.decode(p))).join('');

/** The same results through `result` and through `resultParts` (each on a fresh stream). */
function bothWays(results: FileResult[]): [string, string] {
  const a = jsonStream(ctx);
  const b = jsonStream(ctx);
  let text = '';
  let parts = '';
  for (const r of results) {
    text += a.result(r);
    parts += joined(b.resultParts!(r));
  }
  return [text + a.end(), parts + b.end()];
}

describe('json resultParts', () => {
  it('writes a packed fix as the bytes JSON.stringify gives for its edits', () => {
    const edits: Fix[] = [
      { start: 0, end: 1, text: '，' },
      { start: 9, end: 10, text: '"' },
      { start: 10, end: 11, text: '\\' },
      { start: 99, end: 100, text: '\n' },
      { start: 1000, end: 1000, text: '' },
      { start: 123456789, end: 2147483647, text: '𠀀（多字）' },
      { start: -5, end: -2147483648, text: '\u0001\ud800' },
    ];
    for (const packed of [packEdits(edits, edits.length), packEdits(edits.slice(0, 3), 3), packEdits([], 0)]) {
      const count = packed.offsets.length / 2;
      expect(utf8.decode(editsJson(packed))).toBe(JSON.stringify(edits.slice(0, count)));
    }
  });

  it('gives the text of result for real reports (the NFKC note and other fixes)', async () => {
    const linter = new Linter({ keepText: false });
    // a copy whose commas were made half-width (as NFKC does): the note's fix is packed, one edit per comma
    const normalised = await linter.lintText(seedText('000').replaceAll('，', ','), '/reports/normalised.txt');
    expect(normalised.messages.some((m) => packedEditsOf(m))).toBe(true);
    const results = [normalised, await linter.lintFile(seedPath('001')), await linter.lintFile('/no/such/report.txt')];
    const [text, parts] = bothWays(results);
    expect(parts).toBe(text);
    expect(JSON.parse(text)).toHaveLength(3);
  });

  it('keeps the keys after a packed fix (suggestions, related) in their place', async () => {
    const linter = new Linter({ keepText: false });
    const r = await linter.lintFile(seedPath('000'));
    const template = r.messages[0];
    const edits: Fix[] = [
      { start: 1, end: 2, text: '，' },
      { start: 5, end: 6, text: '；' },
    ];
    const withTail = { ...template, suggestions: [{ message: '改为全角', fix: [edits[0]] }], related: [{ message: '此处', start: 1, end: 2, line: 1, column: 2, endLine: 1, endColumn: 3 }] } as LintMessage;
    defineLazyFix(withTail, packedFix(packEdits(edits, 2)));
    const bare = { ...template } as LintMessage;
    defineLazyFix(bare, packedFix(packEdits(edits, 2)));
    const results = [{ ...r, messages: [withTail, bare, template] }];
    const [text, parts] = bothWays(results);
    expect(parts).toBe(text);
    const [file] = JSON.parse(text) as { messages: Record<string, unknown>[] }[];
    expect(Object.keys(file.messages[0]).slice(-3)).toEqual(['fix', 'suggestions', 'related']);
    expect(file.messages[0].fix).toEqual(edits);
    expect(file.messages[1].fix).toEqual(edits);
  });
});

describe('json to a standard output that takes bytes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-json-parts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the text of the whole-run path, the packed fixes as bytes', async () => {
    writeFileSync(path.join(dir, 'a.txt'), seedText('000').replaceAll('，', ','));
    writeFileSync(path.join(dir, 'b.txt'), seedText('001'));
    const run = async (stream: boolean, bytes: boolean): Promise<{ code: number; out: string; byteParts: number }> => {
      let out = '';
      let byteParts = 0;
      const code = await main(['--format', 'json', '.'], {
        cwd: dir,
        stream,
        stdout: (s) => (out += s),
        stderr: () => {},
        ...(bytes ? { stdoutBytes: (b: Uint8Array) => ((out += utf8.decode(b)), byteParts++) } : {}),
      });
      return { code, out, byteParts };
    };
    const whole = await run(false, false);
    const streamed = await run(true, true);
    expect(streamed.byteParts).toBeGreaterThan(0);
    expect(streamed.out).toBe(whole.out);
    expect(streamed.code).toBe(whole.code);
    expect(JSON.parse(whole.out)).toHaveLength(2);
  });
});
