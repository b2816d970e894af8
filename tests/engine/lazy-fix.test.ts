import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { defineLazyFix, packEdits, unpackEdits } from '../../src/engine/lazy-fix.js';
import type { Fix } from '../../src/engine/types.js';
import { Linter } from '../../src/linter/linter.js';
import { reviveMessage, serializeMessage } from '../../src/linter/serialize.js';
import { json } from '../../src/format/json.js';
import { loadFormatter } from '../../src/format/index.js';
import { TEXTLESS_FORMATS } from '../../src/cli/index.js';
import { seedPath } from '../helpers/seeds.js';

// The NFKC note's fix (one edit per half-width mark) is computed when read: applied, serialised, compared.
// What a reader sees must be exactly what an eager array of edits gives.

describe('lazily computed fix edits', () => {
  it('pack and unpack give the same edits, one-character and longer replacements alike', () => {
    const edits: Fix[] = [
      { start: 0, end: 1, text: '，' },
      { start: 5, end: 8, text: '；' },
      { start: 9, end: 9, text: '' },
      { start: 12, end: 13, text: '……' },
      { start: 20, end: 21, text: '𠀀' },
    ];
    expect(unpackEdits(packEdits(edits, edits.length))).toEqual(edits);
    const single = edits.slice(0, 2);
    expect(unpackEdits(packEdits(single, single.length))).toEqual(single);
    expect(unpackEdits(packEdits([], 0))).toEqual([]);
  });

  it('a lazy fix is an own enumerable key in its place, equal to the eager one, and can be replaced', () => {
    const edits: Fix[] = [{ start: 1, end: 2, text: '，' }];
    const eager = { a: 1, fix: edits, b: 2 };
    const lazy: Record<string, unknown> = { a: 1 };
    defineLazyFix(lazy, () => unpackEdits(packEdits(edits, 1)));
    lazy.b = 2;
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect({ ...lazy }).toEqual(eager);
    expect(applyFixes('甲,乙', [lazy as never]).output).toBe('甲，乙');
    lazy.fix = [];
    expect(lazy.fix).toEqual([]);
    expect(Object.keys(lazy)).toEqual(['a', 'fix', 'b']);
  });

  it('the seeds: the NFKC note carries its edits lazily, and --fix output, JSON and a worker/cache round trip are what the edits say', async () => {
    const linter = new Linter({ cwd: process.cwd() });
    const results = await linter.lintFiles([seedPath('001'), seedPath('004')]);
    for (const r of results) {
      const note = r.messages.find((m) => m.ruleId === 'require-fullwidth-punctuation' && m.messageId === 'normalised');
      expect(note).toBeDefined();
      const descriptor = Object.getOwnPropertyDescriptor(note!, 'fix');
      expect(typeof descriptor?.get).toBe('function'); // not held as objects between lint and output
      const edits = note!.fix!;
      expect(edits.length).toBeGreaterThan(10);
      expect(note!.fix).toEqual(edits); // each read gives the same edits
      for (const e of edits) expect(Object.keys(e)).toEqual(['start', 'end', 'text']);
      // applying the lazy fix = applying a plain copy of its edits
      const plain = r.messages.map((m) => Object.assign(Object.create(Object.getPrototypeOf(m)), m, m.fix ? { fix: [...m.fix] } : {}));
      expect(applyFixes(r.source!, r.messages).output).toBe(applyFixes(r.source!, plain).output);
      // across a worker or the cache: same keys, same JSON, still lazy on the other side
      const back = reviveMessage(JSON.parse(JSON.stringify(serializeMessage(note!))));
      expect(Object.keys(back)).toEqual(Object.keys(note!));
      expect(JSON.stringify(back)).toBe(JSON.stringify(note));
      expect(typeof Object.getOwnPropertyDescriptor(back, 'fix')?.get).toBe('function');
    }
    // the JSON formatter writes file by file: the same text as stringifying the whole array at once
    const ctx = { cwd: process.cwd(), locale: 'zh' as const, color: false, rulesMeta: {} };
    const text = json(results, ctx);
    const whole = JSON.stringify(JSON.parse(text));
    expect(text).toBe(whole);
    expect(json([], ctx)).toBe('[]');
  });
});

describe('results without their text (Linter keepText: false, as the CLI runs for formatters that do not quote)', () => {
  it('the same output from every formatter the CLI runs that way, without source or model held', async () => {
    const files = [seedPath('000'), seedPath('003')];
    const kept = await new Linter({ cwd: process.cwd() }).lintFiles(files);
    const dropped = await new Linter({ cwd: process.cwd(), keepText: false }).lintFiles(files);
    for (const r of dropped) {
      expect(r.source).toBeUndefined();
      expect('report' in r).toBe(false);
    }
    expect(kept.every((r) => typeof r.source === 'string')).toBe(true);
    const ctx = { cwd: process.cwd(), locale: 'zh' as const, color: false, rulesMeta: {} };
    // every formatter the CLI runs without texts prints the same; one that reads the model (csv) is not among them
    for (const name of TEXTLESS_FORMATS) {
      const format = await loadFormatter(name, process.cwd());
      expect(format(dropped, ctx), name).toBe(format(kept, ctx));
    }
    expect(TEXTLESS_FORMATS.has('csv')).toBe(false);
    expect(TEXTLESS_FORMATS.has('json')).toBe(true); // its `report` is the summary computed while linting, carried on the result
    const csv = await loadFormatter('csv', process.cwd());
    expect(csv(dropped, ctx)).not.toBe(csv(kept, ctx));
  });
});
