import type { Block, Item, Section, Span } from './types.js';
import { PART_INFO, bestCue, withoutNegatives, type PartNumber } from './structure-parts.js';
import { foldYearDigits } from './numerals.js';
import { blockToSource } from './blocks.js';
import { isSpaceCode } from './char-codes.js';
import { matchNumbering } from './outline.js';

/**
 * The structure recogniser: which of the five parts (厅字〔2019〕28号) each
 * top-level section is — or, in a report without headings, each paragraph —
 * read the way a reviewer reads it: from the heading's wording (with synonyms
 * and negative cues), the lead sentence, the body (look-back, shortcomings,
 * forward-looking), the years named and the position; then the best
 * assignment for the whole report at once (dynamic programming over the
 * units: the regulation's order, part 3 anywhere in the look-back, 不足+安排
 * and 安排+其他 merged in one unit). Below the top level, part 3 (and 2/4/5
 * under a look-back heading) is found by heading or lead sentence, and items
 * (一是…) by their leads. Every match carries its reasons.
 */
export interface PartMatch {
  part: PartNumber;
  /**
   * heading: the heading names the part; topical: a look-back section whose heading names no part;
   * lead: the section's first sentence or body says it; paragraph: a paragraph of a report without headings;
   * item: an item lead (一是…) names it.
   */
  how: 'heading' | 'topical' | 'lead' | 'paragraph' | 'item';
  /** Outline level of the section (1 = top); items take their section's level + 1; paragraphs 1. */
  level: number;
  section?: Section;
  item?: Item;
  /** Span of the words that name the part (the heading, the item lead, the paragraph's first clause). */
  span: Span;
  text: string;
  /** The whole stretch the part covers: the section, the item, the paragraph. */
  extent: Span;
  /** Why: which cues, which sentences (Chinese, short). */
  reasons: string[];
}

export interface PartsModel {
  matches: PartMatch[];
  /** The parts an offset lies in, from its enclosing matched sections or paragraphs (items excluded). */
  partsAt(offset: number): PartNumber[];
}

type Label = 0 | 1 | 2 | 3 | 4 | 5 | 24 | 45;
const EMPTY: PartNumber[] = [];
const ALL_PARTS: readonly PartNumber[] = [1, 2, 3, 4, 5];
// none first: on a tie, a unit is no part rather than a part without evidence
const LABELS: Label[] = [0, 1, 3, 2, 24, 4, 45, 5];
const LABEL_PARTS: Record<Label, PartNumber[]> = { 0: [], 1: [1], 2: [2], 3: [3], 4: [4], 5: [5], 24: [2, 4], 45: [4, 5] };

interface Unit {
  section?: Section;
  block?: Block;
  heading: string;
  headingSpan: Span;
  extent: Span;
  /** Part → score and its reasons. */
  scores: Map<PartNumber, { score: number; reasons: string[]; headingCue: boolean }>;
}

export interface StructureInput {
  text: string;
  blocks: readonly Block[];
  /** Body blocks (no furniture, no title). */
  body: readonly Block[];
  sections: readonly Section[];
  items: readonly Item[];
  /** The report year when the title, opening or metadata state it. */
  year: number | undefined;
  containing: (offset: number) => readonly Section[];
}

/** Sentences of a unit's body read for statistics: enough to judge, bounded in cost. */
const BODY_SENTENCES = 8;
/** A heading cue this strong, for one part only, decides the unit's part without reading its body. */
const DECISIVE = 4;
const BODY_CHARS = 800;
const SENTENCE_END = /[。！？!?；;]/;
const OPENING = /现将[^。]{0,60}(?:报告|汇报)如下/;

const LOOK_BACK = /\d+(?:\.\d+)?\s*(?:件|次|人|个|项|场|名|家|户|万|亿|%|期|份|条|批)|了|累计|共计|全年|先后|圆满|取得|实现|完成|开展|召开|印发|出台|制定/;
// 将/力争/拟 speak of the future; 继续, 进一步, 持续 and 要 (主要, 重要) are as common in the look-back
/** Words of the future other than 将 (力争, 拟, 争取, 计划于); 将 is read by isForward, since it may mean 把. */
const FORWARD_NOT_JIANG = /力争|拟(?!定)|争取|计划于/;
const JIANG = /(?<![即必])将(?!近|来源)/g;
/** What follows a 将 that speaks of the future: 将继续, 将进一步, 将加强 … */
const WILL = /^(?:继续|进一步|持续|坚持|重点|着力|全面|深入|不断|加快|大力|积极|切实|扎实|加强|强化|推动|推进|围绕|聚焦|力争|努力|紧扣|抓好|做好|完善|健全|以)/;
/**
 * 将 as 把, the object moved before its verb: 「将法治建设与农业农村重点任务一同谋划」, 「并将个人履职情况列入年度述法内容」
 * — a report of what was done, not a plan.
 */
const DISPOSAL = /^[^，,。；;]{1,24}?(?:纳入|列入|列为|作为|融入|贯穿|写入|嵌入|转化为|转化成|落实到|延伸到|覆盖到|(?:与|和|同)[^，,。；;]{1,16}?(?:相结合|结合|一同|一起|同步|统筹|同部署))/;

/** How far past a 将 DISPOSAL can match (24 + 1 + 16 + the longest verb). */
const DISPOSAL_REACH = 48;

/** A sentence about what will be done: 将 (not as 把), 力争, 拟, 争取, 计划于. */
function isForward(s: string): boolean {
  if (FORWARD_NOT_JIANG.test(s)) return true;
  JIANG.lastIndex = 0;
  for (let m = JIANG.exec(s); m; m = JIANG.exec(s)) {
    const after = s.slice(m.index + 1, m.index + 1 + DISPOSAL_REACH); // as far as WILL or DISPOSAL can read
    if (WILL.test(after) || !DISPOSAL.test(after)) return true;
  }
  return false;
}
const PROBLEM = /不够|不足|有待|仍需|尚需|欠缺|不高|薄弱|滞后|差距|短板|不到位|不强|不平衡|不充分|不完善|不健全|不规范|不明显|存在|偏少|较少|较弱|还需/;

// recogniseStructure runs once a report: its steps are functions of their own, so that V8 compiles the ones that grow
// hot apart (it optimised the whole late in a corpus run, after ~700 reports, one long compile for little use)
export function recogniseStructure(input: StructureInput): PartsModel {
  const { text, sections, items, year } = input;
  const top = sections.filter((s) => !s.parent);
  const units = collectUnits(input, top);
  // a unit's body ends where the next unit starts (a part line inside a section's span ends that section's body)
  // (how many sub-headings a section has: a first sub-heading is one of them, not the section's lead)
  units.forEach((u, i) => scoreUnit(text, u, i, units.length, year, !top.length, i + 1 < units.length ? units[i + 1].extent.start : text.length, u.section?.children.length ?? 0));
  const labels = assign(units);
  const headless = !top.length;
  // a part line (marker) covers what follows it, up to the next unit that is a part of its own
  if (!headless) {
    let nextPart = text.length;
    for (let i = units.length - 1; i >= 0; i--) {
      const u = units[i];
      if (!u.section) u.extent = { start: u.extent.start, end: nextPart };
      if (labels[i] !== 0) nextPart = u.extent.start;
    }
  }

  const matches: PartMatch[] = [];
  const bySection = new Map<Section, PartNumber[]>();
  const paragraphExtents: { span: Span; parts: PartNumber[] }[] = [];
  unitMatches(units, labels, headless, matches, bySection, paragraphExtents);

  // No plan among the units: a closing paragraph that announces next year's work in the last section (「下一步，我局将
  // 继续…」 under 「二、存在的问题」) is the plan, brief as it is
  if (!headless && units.length && !matches.some((m) => m.part === 4)) {
    // (the last unit before a closing part 5: 「二、存在的问题 … 下一步，我局将… 三、其他需要报告的情况 无。」)
    let k = units.length - 1;
    while (k > 0 && labels[k] === 5) k--;
    const closing = closingPlan(text, input.body, units[k], year);
    if (closing) {
      matches.push(closing);
      paragraphExtents.push({ span: closing.extent, parts: [4] });
    }
  }
  const paragraphPartsAt = extentLookup(paragraphExtents);
  const underNonLookBack = deepMatches(text, sections, bySection, paragraphPartsAt, matches);
  itemMatches(items, underNonLookBack, paragraphPartsAt, matches);
  matches.sort((a, b) => a.span.start - b.span.start || a.part - b.part);

  const partsAt = (offset: number): PartNumber[] => {
    const out: PartNumber[] = [...paragraphPartsAt(offset)];
    for (const s of input.containing(offset)) for (const p of bySection.get(s) ?? []) if (!out.includes(p)) out.push(p);
    return out;
  };
  return { matches, partsAt };
}

/** The units scored for parts: the top-level sections and the lines that name a part, else the paragraphs. */
function collectUnits(input: StructureInput, top: Section[]): Unit[] {
  const { text, sections } = input;
  let units: Unit[];
  if (top.length) {
    // an unnumbered line that names a part in full (「存在的问题」 above （一）（二）…) is a unit of its own
    const headingBlocks = new Set(sections.map((s) => s.block));
    // (built by push into one literal: arrays from map and filter are of another kind when empty, and optimised
    // code that meets a kind it has not seen is thrown away)
    units = [];
    for (const s of top) units.push(sectionUnit(text, s, input.blocks[s.block]?.runOn === true));
    for (const b of input.body) if (b.node.type !== 'tableCell' && !headingBlocks.has(b.index) && isPartLine(b.text)) units.push(paragraphUnit(text, b));
    units.sort((a, b) => a.extent.start - b.extent.start);
  } else {
    // the opening that announces the report (「现将…报告如下」) is not one of its parts
    units = [];
    for (const b of input.body) if (b.text.trim() && !OPENING.test(b.text)) units.push(paragraphUnit(text, b));
  }
  return units;
}

/** The parts the units were given, as matches; each section's parts and the extents of the part paragraphs. */
function unitMatches(units: Unit[], labels: readonly Label[], headless: boolean, matches: PartMatch[], bySection: Map<Section, PartNumber[]>, paragraphExtents: { span: Span; parts: PartNumber[] }[]): void {
  units.forEach((u, i) => {
    let parts = LABEL_PARTS[labels[i]];
    // a heading that names a second part in full beside its own (「存在的不足及主要负责人履职情况」) is both
    const also = u.section && parts.length ? mergedAlso(u, parts) : undefined;
    if (also) {
      parts = [...parts, also.part].sort((a, b) => a - b);
      const s = u.scores.get(also.part)!;
      s.headingCue = true;
      s.reasons = [`标题同时写明「${clip(also.match)}」（合并的部分）`];
    }
    if (u.section) bySection.set(u.section, parts);
    else if (parts.length) paragraphExtents.push({ span: u.extent, parts });
    for (const part of parts) {
      const s = u.scores.get(part)!;
      const how: PartMatch['how'] = u.section ? (s.headingCue ? 'heading' : part === 1 && !s.reasons.some((r) => r.startsWith('首句')) ? 'topical' : 'lead') : headless ? 'paragraph' : 'heading';
      matches.push({ part, how, level: 1, section: u.section, span: u.headingSpan, text: u.heading, extent: u.extent, reasons: s.reasons });
    }
  });
}

/** 不足, 安排 or 其他 among the parts. */
function nonLookBack(ps: readonly PartNumber[] | undefined): boolean {
  return !!ps && ps.some((p) => p === 2 || p === 4 || p === 5);
}

/** The sections below the top level; returns, for each section, whether it lies under 不足/安排/其他. */
function deepMatches(text: string, sections: readonly Section[], bySection: Map<Section, PartNumber[]>, paragraphPartsAt: (offset: number) => PartNumber[], matches: PartMatch[]): Map<Section, boolean> {
  // Below the top level, in the look-back: part 3 by heading or lead, and 不足/安排/其他 by heading
  // sections come in document order, parents first: whether a section lies under 不足/安排/其他 is its parent's answer
  const underNonLookBack = new Map<Section, boolean>();
  for (const s of sections) {
    if (!s.parent) {
      underNonLookBack.set(s, nonLookBack(bySection.get(s)) || nonLookBack(paragraphPartsAt(s.span.start)));
      continue;
    }
    if (underNonLookBack.get(s.parent)) {
      underNonLookBack.set(s, true);
      bySection.set(s, EMPTY);
      continue;
    }
    const found = deepParts(text, s);
    underNonLookBack.set(s, nonLookBack(found.parts));
    bySection.set(s, found.parts);
    for (const part of found.parts) matches.push({ part, how: found.how, level: s.level, section: s, span: s.headingSpan, text: s.heading, extent: s.span, reasons: found.reasons });
  }
  return underNonLookBack;
}

/** Item leads that name a part, outside 不足/安排/其他. */
function itemMatches(items: StructureInput['items'], underNonLookBack: Map<Section, boolean>, paragraphPartsAt: (offset: number) => PartNumber[], matches: PartMatch[]): void {
  // Item leads (一是…) in the look-back can name parts too (嘉祥县: 一是夯实…第一责任人职责)
  for (const item of items) {
    const outside = (item.section && underNonLookBack.get(item.section)) || nonLookBack(paragraphPartsAt(item.span.start));
    if (outside) continue;
    // cheap first: most item leads name no part
    if (!ITEM_TRIGGER.test(item.lead)) continue;
    const found = itemParts(item.lead);
    for (const part of found.parts) {
      matches.push({ part, how: 'item', level: (item.section?.level ?? 0) + 1, item, section: item.section, span: item.leadSpan, text: item.lead, extent: item.span, reasons: found.reasons });
    }
  }
}

/** A paragraph that opens by announcing next year's work: 下一步，我局将… / 今后，我们要… / 2025年，我县将…. */
const PLAN_PARAGRAPH = /^\s*(?:下一?步|今后|接下来|新的一年|明年|来年|((?:19|20)\d{2})\s*年)[，,：:]?\s*[^。！？；]{0,30}?(?<![即必])(?:将(?!近|来源)|要(?!求)|力争|计划|拟(?!定)|继续)/;

/**
 * The last paragraph of the last unit that opens by announcing next year's work — the plan of a report that gives it
 * no heading (「二、存在的问题」 … 「下一步，我局将继续压实法治建设责任…」). A year must be the year after the report's.
 * Only where it starts a paragraph after the unit's heading, and what follows it to the unit's end is the plan.
 */
function closingPlan(text: string, body: readonly Block[], last: Unit, year: number | undefined): PartMatch | undefined {
  for (let i = body.length - 1; i >= 0; i--) {
    const b = body[i];
    const start = blockToSource(b, 0);
    if (start < last.headingSpan.end) return undefined;
    if (start >= last.extent.end) continue;
    const m = PLAN_PARAGRAPH.exec(b.text);
    if (!m) continue;
    if (m[1] !== undefined && (year === undefined || Number(m[1]) !== year + 1)) continue;
    const lead = b.text.trim().slice(0, 40);
    return {
      part: 4,
      how: 'lead',
      level: (last.section?.level ?? 1) + 1,
      section: last.section,
      span: { start, end: blockToSource(b, b.text.length) },
      text: lead,
      extent: { start, end: last.extent.end },
      reasons: [`末段首句「${clip(lead)}」讲下一步将要做的工作`],
    };
  }
  return undefined;
}

/** Who bears the 第一责任人 duty, or the duty itself: a heading naming part 3 by these is about the leaders. */
const LEADER_DUTY = /第一责任|主要负责(?:人|同志)|一把手|主要领导|党政(?:主要)?负责/;

/**
 * A top-level heading labelled one part that names a second one in full, joined to its own words: 「存在的不足及主要
 * 负责人履职情况」, 「党政主要负责人履行第一责任人职责情况及存在的问题」 — part 3 or 2 beside the label (不足+安排 and
 * 安排+其他 are labels of their own). Only the strong cues count: 第一责任人 or the leaders' duty for part 3, 存在的不足/
 * 问题 for part 2; and the heading must name its own part too (merged, not mislabelled).
 */
function mergedAlso(u: Unit, parts: readonly PartNumber[]): { part: PartNumber; match: string } | undefined {
  if (!parts.some((p) => u.scores.get(p)?.headingCue)) return undefined;
  const h = withoutNegatives(foldYearDigits(u.heading)).text;
  for (const part of [3, 2] as PartNumber[]) {
    if (parts.includes(part)) continue;
    const c = bestCue(PART_INFO[part].heading, h);
    if (!c || c.cue.weight < 5) continue;
    if (part === 3 && !LEADER_DUTY.test(c.match)) continue;
    return { part, match: c.match };
  }
  return undefined;
}

function sectionUnit(text: string, s: Section, runOn: boolean): Unit {
  return { section: s, heading: runOn ? gluedHeading(s.heading) : s.heading, headingSpan: s.headingSpan, extent: s.span, scores: new Map() };
}

/** A heading longer than a heading can be. */
const GLUED_AT = 30;

/**
 * A heading run into its body without a stop, on a page that lost its line breaks (a block model/blocks.ts cut from a
 * flattened body: 「四、2026年工作计划2026年，我乡将…：一是
 * …推动领导干部述法常态化；…」): read up to its first sub-heading, item or (when longer than a heading) clause mark, so
 * that the body's words do not name the part.
 */
function gluedHeading(heading: string): string {
  // the first sub-heading or item run into it (「…总体情况1. 压实法治建设责任」, 「…成效（一）规范决策行为」, 「…不足一是…」)
  const sub = SUB_MARKER.exec(heading);
  if (sub && sub.index > 0) heading = heading.slice(0, sub.index);
  if (heading.length <= GLUED_AT) return heading;
  const m = /[，,；;：:]/.exec(heading);
  return m && m.index > 0 ? heading.slice(0, m.index) : heading;
}

const SUB_MARKER = /[（(][一二三四五六七八九十]{1,2}[)）]|(?<![\d.．])\d{1,2}[.．、]\s*(?=[\u4e00-\u9fff])|[一二三四五六七八九十]是(?=[\u4e00-\u9fff])/;

/** A paragraph of a report without headings: its first clause stands for a heading when it is short (「存在的问题：」). */
/** A short line without punctuation whose words name a part in full: 「存在的问题」, 「下一步工作打算」, 「第三部分 第一责任人履职情况」. */
function isPartLine(t: string): boolean {
  const line = t.trim();
  if (line.length < 4 || line.length > 30 || /[。！？!?；;，,、]/.test(line)) return false;
  // 「第四部分 2024年度主要安排」: the writer numbered it a part; which part is for the scores to say
  if (/^第[一二三四五六七八九十]{1,2}部分/.test(line)) return true;
  const h = withoutNegatives(foldYearDigits(line)).text;
  // 「2022年工作计划」「2025年度工作安排」 above a list numbered afresh: a year and a plan word, nothing else
  if (YEAR_PLAN_LINE.test(h)) return true;
  for (const p of [2, 3, 4, 5] as PartNumber[]) {
    const c = bestCue(PART_INFO[p].heading, h);
    if (c && c.cue.weight >= 4) return true;
  }
  // 「下一步工作打算」: a time word and a plan word together
  return PART_INFO[4].heading.every((c) => c.re.test(h)) || (bestCue(PART_INFO[1].heading, h)?.cue.weight ?? 0) >= 4;
}

const YEAR_PLAN_LINE = /^(?:19|20)\d{2}\s*年度?(?:法治政府建设|依法行政|法治建设)?(?:工作)?(?:主要)?(?:安排|打算|计划|思路|要点|重点|任务)$/;

function paragraphUnit(text: string, b: Block): Unit {
  const t = b.text;
  const whole = t.trim();
  const lead = whole.length <= 40 && !/[。！？!?；;，,]/.test(whole) ? [whole, whole] : /^\s*([^。：:！？!?]{2,30})[：:。]/.exec(t);
  const heading = lead ? lead[1].trim() : '';
  const at = lead ? t.indexOf(heading) : 0;
  return {
    block: b,
    heading,
    // through the block's segments: its start already skips leading spaces, and inline markup may sit between
    headingSpan: heading ? { start: blockToSource(b, at), end: blockToSource(b, at + heading.length) } : { start: b.start, end: b.start },
    extent: { start: b.start, end: b.end },
    scores: new Map(),
  };
}

function add(u: Unit, part: PartNumber, score: number, reason: string | undefined, headingCue = false): void {
  let s = u.scores.get(part);
  if (!s) u.scores.set(part, (s = { score: 0, reasons: [], headingCue: false }));
  s.score += score;
  if (reason) s.reasons.push(reason);
  if (headingCue) s.headingCue = true;
}

// scoreUnit reads the heading, the lead sentence and the body in functions of their own: it runs a few times a
// report, and V8 optimised it whole only late in a corpus run (after ~750 reports), a compile for little use
function scoreUnit(text: string, u: Unit, index: number, count: number, year: number | undefined, headless: boolean, next: number, children: number): void {
  for (const p of ALL_PARTS) add(u, p, 0, undefined);
  scoreHeading(u, year);
  scoreText(text, u, headless, next, children);
  // a topical section in the look-back: part 1 unless something else speaks
  add(u, 1, headless ? 0.2 : 0.6, undefined);

  // Position: the plan and 其他 come last, the look-back first
  if (index === count - 1 && count > 1) {
    add(u, 4, 0.3, undefined);
    add(u, 5, 0.3, undefined);
  }
  // part 5 and the merged forms need their words in the heading
  if (!u.scores.get(5)!.headingCue) u.scores.get(5)!.score = -Infinity;
}

/**
 * Lead sentence and body: read from the source between the heading and the unit's end. A heading that
 * names one part in its full words decides alone (the body is not read: it costs and cannot outweigh it)
 */
function scoreText(text: string, u: Unit, headless: boolean, next: number, children: number): void {
  const from = u.section ? u.headingSpan.end : u.extent.start;
  let cues = 0;
  let strong = 0;
  for (const x of u.scores.values()) {
    if (!x.headingCue) continue;
    cues++;
    if (x.score >= DECISIVE) strong++;
  }
  const decisive = strong === 1 && cues === 1;
  const sentences = sampleSentences(text, from, Math.min(u.extent.end, next, from + (decisive ? 0 : BODY_CHARS)));
  scoreLead(u, sentences, children);
  if (sentences.length) scoreBody(u, sentences, headless);
}

/** The heading's cues and years. */
function scoreHeading(u: Unit, year: number | undefined): void {
  const heading = withoutNegatives(foldYearDigits(u.heading));
  if (heading.removed.length) add(u, 1, 0, `标题中「${heading.removed.join('」「')}」不是部分名称`);
  for (const p of ALL_PARTS) {
    const cue = bestCue(PART_INFO[p].heading, heading.text);
    if (cue) add(u, p, cue.cue.weight, `标题「${cue.match}」（${cue.cue.name}）`, cue.cue.weight >= 2.5);
  }
  // 「下一步工作打算」: a time word and a plan word together
  if (PART_INFO[4].heading.every((c) => c.re.test(heading.text))) add(u, 4, 1.5, undefined);
  // Years in the heading: the next year speaks for the plan, the report year against it
  const years = year !== undefined && heading.text.includes('年') ? headingYears(heading.text) : EMPTY_YEARS;
  if (year !== undefined && years.length) {
    if (years.includes(year + 1)) add(u, 4, 2, `标题写明${year + 1}年（报告年度的次年）`);
    else if (years.includes(year)) {
      // 「2023年工作安排」 in a 2023 report is still the plan (with a wrong year, require-next-year-plan's finding);
      // the report year speaks against the plan only where no plan word does
      if (u.scores.get(4)!.headingCue) add(u, 4, -0.5, undefined);
      else {
        add(u, 4, -2, undefined);
        add(u, 1, 0.5, `标题写明报告年度${year}年`);
      }
    }
  }
}

/** The first sentence's cues. */
function scoreLead(u: Unit, sentences: string[], children: number): void {
  const lead = withoutNegatives(sentences[0] ?? '').text;
  const planLead = bestCue(PART_INFO[4].lead, lead);
  if (planLead) add(u, 4, planLead.cue.weight, `首句「${clip(sentences[0])}」（${planLead.cue.name}）`);
  const problemLead = bestCue(PART_INFO[2].lead, lead);
  if (problemLead) add(u, 2, problemLead.cue.weight, `首句「${clip(sentences[0])}」（${problemLead.cue.name}）`);
  const dutyLead = bestCue(PART_INFO[3].lead, lead);
  // a plan to do better (「下一步将压实第一责任人职责」) is not a report of the duty performed
  // an item lead (一是…) is read as an item below, not as the whole section's lead
  // a first sub-heading of several (「一、工作开展情况」 then 「（一）主要负责人履行第一责任人职责情况」「（二）…」) is that
  // sub-section's, read below the top level; the section it opens reports more than the duty
  const subHeadingLead = children >= 2 && matchNumbering((sentences[0] ?? '').trimStart()) !== undefined;
  if (dutyLead && !subHeadingLead && !(planLead && planLead.cue.weight >= 3) && !/^[一二三四五六七八九十]{1,3}是/.test(sentences[0] ?? '')) add(u, 3, dutyLead.cue.weight, `首句「${clip(sentences[0])}」（${dutyLead.cue.name}）`);
}

/** The body's sentences: how many look back, name problems, plan. */
function scoreBody(u: Unit, sentences: string[], headless: boolean): void {
  let back = 0;
  let fwd = 0;
  let prob = 0;
  for (const s of sentences) {
    const b = LOOK_BACK.test(s);
    const f = isForward(s) && !/了/.test(s);
    if (b && !f) back++;
    if (f && !b) fwd++;
    // a sentence that reports work done (figures, 开展…) is look-back even when it names a problem it fixed
    if (!b && PROBLEM.test(s) && PROBLEM.test(withoutNegatives(s).text)) prob++;
  }
  const n = sentences.length;
  const fb = back / n;
  const ff = fwd / n;
  const fp = prob / n;
  const w = headless ? 2 : 1.5;
  if (fb > 0) add(u, 1, w * fb, fb >= 0.4 ? `正文${n}句中${back}句回顾已做的工作` : undefined);
  if (fp >= 0.3) add(u, 2, w * 1.5 * fp, `正文${n}句中${prob}句讲不足`);
  if (ff >= 0.3 && fwd >= 2) add(u, 4, w * 1.5 * ff, `正文${n}句中${fwd}句讲将要做的工作`);
  add(u, 1, -fp, undefined);
}

const EMPTY_YEARS: number[] = [];
/** A year in a heading, not the year of a date (2024年3月). */
const HEADING_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;

function headingYears(heading: string): number[] {
  const out: number[] = [];
  HEADING_YEAR.lastIndex = 0;
  for (let m = HEADING_YEAR.exec(heading); m; m = HEADING_YEAR.exec(heading)) out.push(Number(m[1]));
  return out;
}

/**
 * The first sentences of a stretch of text (trimmed, at least two characters), without splitting all of it.
 * Year digits are folded once for the stretch: folding keeps offsets and never reaches across a sentence end.
 */
function sampleSentences(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  if (to <= from) return out;
  const stretch = foldYearDigits(text.slice(from, to));
  SENTENCE_ENDS.lastIndex = 0;
  let start = 0;
  while (out.length < BODY_SENTENCES && start < stretch.length) {
    // one character per match: the end sits just before lastIndex (test() makes no match array)
    const m = SENTENCE_ENDS.test(stretch);
    const end = m ? SENTENCE_ENDS.lastIndex - 1 : stretch.length;
    // trimmed as /^[\s\u2002\u3000：:，,、]+|\s+$/g would: leading spaces and clause marks, trailing spaces
    let s = start;
    let e = end;
    while (s < e && isLeadTrimCode(stretch.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(stretch.charCodeAt(e - 1))) e--;
    if (e - s > 1) out.push(stretch.slice(s, e));
    start = end + 1;
    if (!m) break;
  }
  return out;
}

const SENTENCE_ENDS = /[。！？!?；;]/g;

/** `[\s\u2002\u3000：:，,、]`: spaces and the clause marks a sampled sentence may open with. */
function isLeadTrimCode(c: number): boolean {
  return isSpaceCode(c) || c === 0xff1a || c === 0x3a || c === 0xff0c || c === 0x2c || c === 0x3001;
}

function clip(s: string | undefined, n = 24): string {
  if (!s) return '';
  return s.length > n ? s.slice(0, n) + '…' : s;
}

/** Out of the regulation's order, a part is still possible when its words are plain, at this cost. */
const OUT_OF_ORDER = 3;

/**
 * Phase of the report after a label: look-back 0, 不足 1, 安排 2, 其他 3; and the cost of a label out of the
 * regulation's order (a part 3 or a 其他 may stand anywhere; 不足 after the plan, or 举措 after 不足, is unusual).
 */
function step(label: Label, phase: number): number {
  // next phase + 4 × cost units (0 or 1): no objects in the inner loop
  switch (label) {
    case 0:
    case 3:
    case 5:
      return phase;
    case 1:
      return phase === 0 ? 0 : phase + 4;
    case 2:
      return phase <= 1 ? 1 : phase + 4;
    case 24:
      return phase <= 1 ? 2 : phase + 4;
    case 4:
      return phase <= 2 ? 2 : phase + 4;
    case 45:
      return phase <= 2 ? 3 : 3 + 4;
  }
}

function labelScore(u: Unit, label: Label): number {
  if (label === 0) return 0;
  if (label === 24 || label === 45) {
    // merged parts: the heading names both (「存在的不足及下步打算」)
    const a = u.scores.get(label === 24 ? 2 : 4)!;
    const b = u.scores.get(label === 24 ? 4 : 5)!;
    return a.headingCue && b.headingCue ? a.score + b.score : -Infinity;
  }
  return u.scores.get(label as PartNumber)!.score;
}

/** The best labelling of all units at once, in the regulation's order. */
function assign(units: Unit[]): Label[] {
  const PHASES = 4;
  const L = LABELS.length;
  const n = units.length;
  // best[i*4+phase]: best total for units[0..i) ending in phase; back: the label index and the previous phase
  const best = new Float64Array((n + 1) * PHASES).fill(-Infinity);
  const backLabel = new Int8Array((n + 1) * PHASES);
  const backPhase = new Int8Array((n + 1) * PHASES);
  best[0] = 0;
  const scores = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    for (let li = 0; li < L; li++) scores[li] = labelScore(units[i], LABELS[li]);
    for (let ph = 0; ph < PHASES; ph++) {
      const here = best[i * PHASES + ph];
      if (here === -Infinity) continue;
      for (let li = 0; li < L; li++) {
        const sc = scores[li];
        if (sc === -Infinity) continue;
        const code = step(LABELS[li], ph);
        const next = code & 3;
        const total = here + sc - (code >= 4 ? OUT_OF_ORDER : 0);
        const at = (i + 1) * PHASES + next;
        if (total > best[at] + 1e-9) {
          best[at] = total;
          backLabel[at] = li;
          backPhase[at] = ph;
        }
      }
    }
  }
  let ph = 0;
  for (let p = 1; p < PHASES; p++) if (best[n * PHASES + p] > best[n * PHASES + ph] + 1e-9) ph = p;
  const out: Label[] = Array(n).fill(0);
  for (let i = n; i > 0; i--) {
    const at = i * PHASES + ph;
    out[i - 1] = LABELS[backLabel[at]];
    ph = backPhase[at];
  }
  return out;
}

/** Under a look-back heading a sub-heading names 不足/安排/其他 only in their full words. */
const DEEP: Partial<Record<PartNumber, RegExp>> = {
  2: /存在(?:的|着)?(?:主要)?(?:问题|不足|差距|短板)|(?:不足|问题|差距)(?:和|及|与|、)(?:原因|不足|问题|差距)/,
  4: /下一?步(?:工作)?(?:打算|安排|计划|思路|举措)|下一年度|(?:(?:19|20)\d{2}\s*年度?)(?:工作)?(?:安排|打算|思路|计划)|工作(?:安排|打算|思路)/,
  5: /其他需要报告/,
};

/** Words one of which a heading or lead must hold to name a part below the top level (a cheap first test). */
const DEEP_TRIGGER = /存在|不足|问题|差距|短板|下一?步|下一年|安排|打算|思路|计划|其他|第一责任|负责|一把手|主要领导|履行|法治建设|述法/;
const ITEM_TRIGGER = /^\s*(?:(?:19|20)\d{2}|下|明年|存在|不足|问题|其他)|第一责任|负责|一把手|主要领导|法治(?:政府)?建设/;
const DUTY_WORDS = /第一责任|法治建设/;
/** PART_INFO[3]'s cue matched only by the words 法治建设(主体)责任. */
const BODY_RESPONSIBILITY_ONLY = /^法治建设(?:主体)?责任$/;
const NO_PARTS = { parts: [] as PartNumber[], how: 'heading' as const, reasons: [] as string[] };

function deepParts(text: string, s: Section): { parts: PartNumber[]; how: PartMatch['how']; reasons: string[] } {
  const from = s.headingSpan.end;
  const leadText = text.slice(from, Math.min(s.span.end, from + 80));
  // the lead can name part 3 only with 第一责任 or 法治建设 in it (PART_INFO[3].lead)
  const dutyWords = DUTY_WORDS.test(leadText);
  if (!DEEP_TRIGGER.test(s.heading) && !dutyWords) return NO_PARTS;
  const h = withoutNegatives(foldYearDigits(s.heading)).text;
  if (DEEP[5]!.test(h)) return { parts: [5], how: 'heading', reasons: [`标题「${s.heading}」`] };
  const parts: PartNumber[] = [];
  for (const p of [2, 4] as PartNumber[]) if (DEEP[p]!.test(h)) parts.push(p);
  if (parts.length) return { parts, how: 'heading', reasons: [`标题「${s.heading}」`] };
  const duty = bestCue(PART_INFO[3].heading, h);
  // 「压实法治建设责任」 alone, no leader and no 第一责任 (a body's responsibility, which every look-back may name): the
  // lead sentence must say the leaders performed the duty
  if (duty && !BODY_RESPONSIBILITY_ONLY.test(duty.match)) return { parts: [3], how: 'heading', reasons: [`标题「${duty.match}」（${duty.cue.name}）`] };
  // the lead sentence: 「（二）压紧压实法治建设责任。党政主要负责人严格履行…第一责任人职责…」
  if (!dutyWords) return NO_PARTS;
  const slice = leadText.replace(/^[\s。：:，,]+/, '');
  const end = slice.search(SENTENCE_END);
  const lead = withoutNegatives(end === -1 ? slice : slice.slice(0, end)).text;
  const dutyLead = bestCue(PART_INFO[3].lead, lead.slice(0, 120));
  if (dutyLead && !bestCue(PART_INFO[4].lead.slice(0, 1), lead)) return { parts: [3], how: 'lead', reasons: [`首句「${clip(lead.trim(), 30)}」（${dutyLead.cue.name}）`] };
  return NO_PARTS;
}

/** An item names 不足/安排 only when its lead opens with those words; 第一责任人 anywhere in the lead. */
const ITEM_OPENS: Partial<Record<PartNumber, RegExp>> = {
  2: /^(?:(?:19|20)\d{2}\s*年度?)?(?:工作中?)?存在(?:的|着)?(?:主要)?(?:问题|不足|差距|短板)|^(?:不足|问题)(?:和|及|与)原因/,
  4: /^(?:(?:19|20)\d{2}\s*年度?|下一?步|下一年度?|明年)(?:工作)?(?:打算|安排|计划|思路|举措)|^下一?步(?:工作)?(?:打算|安排|计划|思路|举措)/,
  5: /^其他需要报告/,
};

function itemParts(lead: string): { parts: PartNumber[]; reasons: string[] } {
  const h = withoutNegatives(foldYearDigits(lead)).text.trim();
  if (ITEM_OPENS[5]!.test(h)) return { parts: [5], reasons: [`条目「${clip(lead)}」`] };
  const parts = ([2, 4] as PartNumber[]).filter((p) => ITEM_OPENS[p]!.test(h));
  if (parts.length) return { parts, reasons: [`条目「${clip(lead)}」`] };
  const duty = bestCue(PART_INFO[3].heading, h);
  if (duty) return { parts: [3], reasons: [`条目「${clip(lead)}」（${duty.cue.name}）`] };
  return { parts: [], reasons: [] };
}

/** Parts of non-overlapping spans sorted by start, looked up by offset. */
function extentLookup(list: { span: Span; parts: PartNumber[] }[]): (offset: number) => PartNumber[] {
  return (offset) => {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid].span;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return list[mid].parts;
    }
    return EMPTY;
  };
}
