/**
 * The third independent corpus: 120 clean reports and 58 reports with exactly one planted fault, written
 * by a tester who had not read src/model/, rules/*.ts or the earlier suites' cases (see README.md).
 * Labels were set by hand before the first run (batches A–E; batches F, G and H each before its own first run).
 */
import type { Case } from './types.js';
import { CLEAN_A } from './clean-a.js';
import { CLEAN_B } from './clean-b.js';
import { CLEAN_C } from './clean-c.js';
import { CLEAN_D } from './clean-d.js';
import { CLEAN_E } from './clean-e.js';
import { CLEAN_F } from './clean-f.js';
import { CLEAN_G } from './clean-g.js';
import { CLEAN_H } from './clean-h.js';
import { DEFECTS, DEFECTS_F, DEFECTS_G } from './defects.js';

export type { Case } from './types.js';

export const CLEAN: Case[] = [...CLEAN_A, ...CLEAN_B, ...CLEAN_C, ...CLEAN_D, ...CLEAN_E, ...CLEAN_F, ...CLEAN_G, ...CLEAN_H];

function applyEdits(text: string, edits: [string, string][], id: string): string {
  let out = text;
  for (const [from, to] of edits) {
    const first = out.indexOf(from);
    if (first < 0 || out.indexOf(from, first + 1) >= 0) throw new Error(`${id}: edit must match exactly once: ${from}`);
    out = out.slice(0, first) + to + out.slice(first + from.length);
  }
  return out;
}

const byId = new Map(CLEAN.map((c) => [c.id, c]));

export const CASES: Case[] = [
  ...CLEAN,
  ...[...DEFECTS, ...DEFECTS_F, ...DEFECTS_G].map((d): Case => {
    const base = byId.get(d.base);
    if (!base) throw new Error(`${d.id}: no base case ${d.base}`);
    return {
      id: d.id,
      source: `${base.source} (derived from ${d.base})`,
      label: 'defect',
      expect: d.expect,
      tolerate: d.tolerate,
      format: base.format,
      note: d.note,
      text: applyEdits(base.text, d.edits, d.id),
    };
  }),
];
