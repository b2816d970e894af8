import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEGATIVE_CUES, withoutNegatives } from '../../src/model/structure-parts.js';
import { decode } from '../../src/parse/index.js';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.js';

/** The blanking as it was before each cue had a trigger: every cue's pattern over the whole text. */
function everyCue(text: string): { text: string; removed: string[] } {
  let out = text;
  const removed: string[] = [];
  for (const n of NEGATIVE_CUES) {
    out = out.replace(n.re, (m) => {
      removed.push(m);
      return '　'.repeat(m.length);
    });
  }
  return { text: out, removed };
}

function* lines(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* lines(p);
    else if (/\.(txt|md)$/.test(e.name)) yield* decode(readFileSync(p)).text.split('\n');
  }
}

describe('negative cues', () => {
  it("each cue's trigger is in every text its pattern matches", () => {
    for (const n of NEGATIVE_CUES) {
      for (const text of ['《关于加强法治政府建设的意见》', '坚持问题导向', '急难愁盼', '破解瓶颈', '困难群众', '纳入年度规划', '精心部署', '统筹安排', '计划生育', '理清思路', '针对群众反映', '补齐法治短板']) {
        for (const m of text.match(n.re) ?? []) expect(n.trigger.test(m)).toBe(true);
      }
    }
  });

  it('skipping a cue whose trigger is absent blanks the same words (fixtures and seeds, line by line)', () => {
    let checked = 0;
    for (const dir of [path.join(ROOT, 'fixtures'), SEEDS_DIR]) {
      for (const line of lines(dir)) {
        expect(withoutNegatives(line)).toEqual(/[《问困难计安思针短瓶划排]/.test(line) ? everyCue(line) : { text: line, removed: [] });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
