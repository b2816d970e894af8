import type { Item, Section } from './types.js';
import { PART_INFO, bestCue, withoutNegatives, type PartNumber } from './structure-parts.js';
import { recogniseStructure, type PartMatch, type PartsModel } from './structure.js';
import { foldYearDigits } from './numerals.js';

/**
 * The five parts required by 厅字〔2019〕28号:
 * 1 主要举措和成效, 2 不足和原因, 3 第一责任人职责, 4 下一年度主要安排, 5 其他需要报告的情况.
 * The table of parts (names, cues) is structure-parts.ts; the recogniser that
 * reads a whole report is structure.ts. This module keeps the public names.
 */
export type { PartNumber } from './structure-parts.js';
export type { PartMatch, PartsModel } from './structure.js';
export { PARTS, PART_INFO, PART_CN, REGULATION_FIRST_YEAR } from './structure-parts.js';

/** Which parts a heading's own words name (no context: the recogniser weighs more than this). */
export function partsOfHeading(heading: string): PartNumber[] {
  const h = withoutNegatives(foldYearDigits(heading)).text;
  const out: PartNumber[] = [];
  for (const p of [1, 2, 3, 4, 5] as PartNumber[]) {
    const c = bestCue(PART_INFO[p].heading, h);
    if (c && c.cue.weight >= 2.5) out.push(p);
  }
  return out;
}

/** The parts of a report from its outline and items alone (no body text, no year): for tests and tools. */
export function recogniseParts(
  sections: Section[],
  items: Item[],
  containing: (offset: number) => readonly Section[] = (offset) => sections.filter((s) => s.span.start <= offset && offset < s.span.end),
  text = '',
): PartsModel {
  return recogniseStructure({ text, blocks: [], body: [], sections, items, year: undefined, containing });
}


