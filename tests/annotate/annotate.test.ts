import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../helpers/containers.js';
import { SEEDS, seedText } from '../helpers/seeds.js';
import { writeAnnotatedCopies } from '../../src/annotate/write.js';
import { DATE, commentsOf, findings, lint, sha256, wordText } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-annotate-'));
const inputs: string[] = [];

beforeAll(async () => {
  for (const n of SEEDS) {
    const t = seedText(n);
    inputs.push(path.join(dir, `${n}.txt`), path.join(dir, `${n}.docx`));
    writeFileSync(path.join(dir, `${n}.txt`), t);
    writeFileSync(path.join(dir, `${n}.docx`), await toDocx(t));
  }
}, 60000);

describe('批注版 of the seeds', () => {
  it('writes one annotated copy per input with one comment per finding; originals unchanged; re-read gives the same text and findings', async () => {
    const before = inputs.map(sha256);
    const results = await lint(dir, inputs);
    const out = path.join(dir, 'out');
    const outcome = await writeAnnotatedCopies(results, { cwd: dir, dir: out, locale: 'zh', date: DATE, describe: () => '说明' });
    expect(outcome.errors).toEqual([]);
    expect(outcome.written).toHaveLength(inputs.length);
    expect(inputs.map(sha256)).toEqual(before);
    for (const w of outcome.written) {
      const r = results.find((x) => x.filePath === w.input)!;
      const bytes = new Uint8Array(readFileSync(w.output));
      const c = await commentsOf(bytes);
      expect(c.comments).toHaveLength(r.messages.length);
      expect(w.moved).toBe(0);
      expect(new Set(c.starts)).toEqual(new Set(c.comments.map((x) => x.id)));
      expect(new Set(c.ends)).toEqual(new Set(c.comments.map((x) => x.id)));
      expect(new Set(c.refs)).toEqual(new Set(c.comments.map((x) => x.id)));
      const [again] = await lint(dir, [w.output]);
      expect(again.fileError).toBeUndefined();
      if (w.input.endsWith('.docx')) {
        expect(await wordText(bytes)).toBe(r.source);
      }
      expect(findings(again), w.input).toEqual(findings(r));
    }
    expect(existsSync(path.join(out, '000.fzlint.docx'))).toBe(true);
  }, 60000);
});
