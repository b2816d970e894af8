import type { Item, Section, Span } from './types.js';

/**
 * The five parts required by 厅字〔2019〕28号:
 * 1 主要举措和成效, 2 不足和原因, 3 第一责任人职责, 4 下一年度主要安排, 5 其他需要报告的情况.
 * Real reports rarely head all five; a part is recognised by the wording of a
 * heading (any level) or of an item lead (一是…), with synonyms.
 */
export type PartNumber = 1 | 2 | 3 | 4 | 5;

export interface PartMatch {
  part: PartNumber;
  /** heading: a heading names the part; topical: a topical section before the first 不足/安排 part; item: an item lead names it. */
  how: 'heading' | 'topical' | 'item';
  /** Outline level of the section (1 = top); items take their section's level + 1. */
  level: number;
  section?: Section;
  item?: Item;
  /** Span of the words that name the part (the heading or the item lead). */
  span: Span;
  text: string;
}

// Titles in 《》 are citations, not descriptions of what was done
const CITATION = /《[^》]*》/g;

const P5_TOP = /其他需要报告|其他(?:需要|有关|相关)?(?:事项|情况)/;
const P5_DEEP = /其他需要报告/;
const P2_TOP = /不足|问题|差距|短板|薄弱|困难|瓶颈/;
const P2_DEEP = /存在的?(?:主要)?(?:问题|不足|差距|短板)|(?:不足|问题|差距)(?:和|及|与|、)(?:原因|不足|问题|差距)/;
const P4_TOP = /安排|打算|计划|思路|展望|下一?步|下一?年|明年|努力方向|工作重点|目标任务/;
const P4_DEEP = /下一?步(?:工作)?(?:打算|安排|计划|思路|举措)|下一年度|工作(?:安排|打算|思路|计划)/;
const P3 = /第一责任|(?:主要负责(?:人|同志)|一把手|主要领导).{0,24}(?:职责|法治建设|法治政府建设|述法)|履行.{0,10}法治(?:政府)?建设.{0,6}职责/;
const P1_TOP = /举措|措施|做法|成效|成绩|亮点|进展|情况|主要工作|工作开展/;

/** Which parts a heading names. `top` selects the looser wording allowed for top-level headings. */
export function partsOfHeading(heading: string, top: boolean): PartNumber[] {
  const h = heading.replace(CITATION, '');
  if ((top ? P5_TOP : P5_DEEP).test(h)) return [5];
  const out: PartNumber[] = [];
  if ((top ? P2_TOP : P2_DEEP).test(h)) out.push(2);
  if ((top ? P4_TOP : P4_DEEP).test(h)) out.push(4);
  if (out.length) return out;
  if (P3.test(h)) return [3];
  if (top && P1_TOP.test(h)) return [1];
  return [];
}

export interface PartsModel {
  matches: PartMatch[];
  /** The parts an offset lies in, from its enclosing matched sections (innermost last). */
  partsAt(offset: number): PartNumber[];
}

export function recogniseParts(
  sections: Section[],
  items: Item[],
  containing: (offset: number) => readonly Section[] = (offset) => sections.filter((s) => s.span.start <= offset && offset < s.span.end),
): PartsModel {
  const matches: PartMatch[] = [];
  const bySection = new Map<Section, PartNumber[]>();
  const top = sections.filter((s) => !s.parent);

  for (const s of sections) {
    const ancestors = ancestorParts(s, bySection);
    // inside 不足, 安排 or 其他, a heading does not start another part of the look-back
    if (ancestors.some((p) => p === 2 || p === 4 || p === 5)) {
      bySection.set(s, []);
      continue;
    }
    const parts = partsOfHeading(s.heading, !s.parent);
    bySection.set(s, parts);
    for (const part of parts) matches.push({ part, how: 'heading', level: s.level, section: s, span: s.headingSpan, text: s.heading });
  }

  // Topical top-level sections before the first 不足/安排 part count as part 1
  const firstProblemOrPlan = top.findIndex((s) => bySection.get(s)!.some((p) => p === 2 || p === 4 || p === 5));
  const before = firstProblemOrPlan === -1 ? top : top.slice(0, firstProblemOrPlan);
  for (const s of before) {
    if (bySection.get(s)!.length === 0) {
      bySection.set(s, [1]);
      matches.push({ part: 1, how: 'topical', level: s.level, section: s, span: s.headingSpan, text: s.heading });
    }
  }

  // Item leads (一是…) in the look-back can name parts too (嘉祥县: 一是夯实…第一责任人职责)
  for (const item of items) {
    const enclosing = item.section ? [...ancestorParts(item.section, bySection), ...(bySection.get(item.section) ?? [])] : [];
    if (enclosing.some((p) => p === 2 || p === 4 || p === 5)) continue;
    const h = item.lead.replace(CITATION, '');
    let parts: PartNumber[] = [];
    if (P5_DEEP.test(h)) parts = [5];
    else if (P2_DEEP.test(h) || P4_DEEP.test(h)) parts = [...(P2_DEEP.test(h) ? [2] : []), ...(P4_DEEP.test(h) ? [4] : [])] as PartNumber[];
    else if (P3.test(h)) parts = [3];
    for (const part of parts) {
      matches.push({ part, how: 'item', level: (item.section?.level ?? 0) + 1, item, section: item.section, span: item.leadSpan, text: item.lead });
    }
  }

  const partsAt = (offset: number): PartNumber[] => {
    const out: PartNumber[] = [];
    for (const s of containing(offset)) for (const p of bySection.get(s) ?? []) if (!out.includes(p)) out.push(p);
    return out;
  };
  return { matches, partsAt };
}

function ancestorParts(s: Section, bySection: Map<Section, PartNumber[]>): PartNumber[] {
  const out: PartNumber[] = [];
  for (let p = s.parent; p; p = p.parent) out.push(...(bySection.get(p) ?? []));
  return out;
}
