import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { Linter } from '../../src/linter/linter.js';
import { reviveMessage, reviveResult, serializeMessage, serializeResult, withMessages } from '../../src/linter/serialize.js';
import { seedPath } from '../helpers/seeds.js';
import { packedEditsOf } from '../../src/engine/lazy-fix.js';
import { tmp, write } from './helpers.js';

const SEEDS = ['000', '001', '002', '003', '004'].map(seedPath);

describe('results as plain data and back', () => {
  it('every message of the seeds (fzlint:strict) revives with the same keys, in the same order, and the same values', async () => {
    const dir = tmp('fzlint-serialize-');
    write(dir, 'fzlint.config.json', JSON.stringify({ extends: 'fzlint:strict' }));
    const results = await new Linter({ cwd: dir, configFile: 'fzlint.config.json' }).lintFiles(SEEDS);
    const messages = results.flatMap((r) => r.messages);
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.some((m) => m.fix && m.fix.length > 10)).toBe(true); // a file-wide fix is packed
    for (const m of messages) {
      const back = reviveMessage(JSON.parse(JSON.stringify(serializeMessage(m))));
      expect(back).toBeInstanceOf(VFileMessage);
      expect(Object.keys(back)).toEqual(Object.keys(m));
      expect(JSON.stringify(back)).toBe(JSON.stringify(m));
      expect(back.message).toBe(m.message);
      expect(back.name).toBe(m.name);
      expect(String(back)).toBe(String(m));
    }
    for (const r of results) {
      const back = reviveResult(JSON.parse(JSON.stringify(serializeResult(r))));
      const { report: _r, source: _s, ...plain } = r;
      expect(JSON.stringify(back)).toBe(JSON.stringify(plain));
    }
  });

  it("for a worker's answer ('clone'), a packed fix crosses a structured clone as typed arrays and revives to the same edits", async () => {
    const results = await new Linter({ cwd: tmp('fzlint-serialize-') }).lintFiles(SEEDS);
    const packed = results.flatMap((r) => r.messages).filter((m) => packedEditsOf(m));
    expect(packed.length).toBeGreaterThan(0); // the NFKC note of a normalised seed
    for (const r of results) {
      const cloned = structuredClone(serializeResult(r, 'clone'));
      const fixes = (cloned.messages as Record<string, unknown>[]).map((m) => m.fix).filter((f) => f && !Array.isArray(f));
      for (const f of fixes) expect((f as { offsets: unknown }).offsets).toBeInstanceOf(Int32Array);
      const back = reviveResult(cloned);
      const { report: _r, source: _s, ...plain } = r;
      expect(JSON.stringify(back)).toBe(JSON.stringify(plain));
      // the revived fix is lazy and packed again (a formatter can read it without unpacking)
      for (const [i, m] of back.messages.entries()) if (packedEditsOf(r.messages[i])) expect(packedEditsOf(m)).toBeDefined();
    }
    // the cache's form stays plain JSON
    expect(JSON.stringify(serializeResult(results.find((r) => r.messages.some((m) => packedEditsOf(m)))!))).not.toContain('packed');
  });

  it('a rule crash keeps its cause as an Error with the same message', async () => {
    const dir = tmp('fzlint-serialize-');
    write(
      dir,
      'boom.mjs',
      `export default { rules: { boom: { meta: { id: 'boom', optIn: true, type: 'problem', description: { zh: '炸', en: 'boom' }, severity: 'error', schema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {}, messages: {} }, check() { throw new RangeError('坏了'); } } } };`,
    );
    write(dir, 'fzlint.config.json', JSON.stringify({ extends: [], plugins: ['./boom.mjs'], rules: { 'boom/boom': 'error' } }));
    const [r] = await new Linter({ cwd: dir, configFile: 'fzlint.config.json' }).lintFiles([SEEDS[0]]);
    expect(r.messages).toHaveLength(1);
    const m = r.messages[0];
    expect(m.internal).toBe(true);
    const back = reviveMessage(structuredClone(serializeMessage(m)));
    expect(back.cause).toBeInstanceOf(Error);
    expect((back.cause as Error).name).toBe('RangeError');
    expect((back.cause as Error).message).toBe('坏了');
    expect(back.internal).toBe(true);
  });

  it('withMessages recounts and keeps the other keys (lazy ones stay lazy)', async () => {
    const [r] = await new Linter({ cwd: tmp() }).lintFiles([SEEDS[2]]);
    let built = 0;
    const lazy = { ...r };
    Object.defineProperty(lazy, 'report', {
      enumerable: true,
      configurable: true,
      get: () => {
        built++;
        return r.report;
      },
    });
    const errors = r.messages.filter((m) => m.severity === 'error');
    const out = withMessages(lazy, errors);
    expect(built).toBe(0);
    expect(Object.keys(out)).toEqual(Object.keys(r));
    expect(out.messages).toEqual(errors);
    expect([out.errorCount, out.warningCount, out.infoCount]).toEqual([errors.length, 0, 0]);
    expect(out.report).toBe(r.report);
    expect(built).toBe(1);
  });
});
