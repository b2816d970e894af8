import type { Block, Item, Section, Span } from './types.js';
import type { PartMatch, PartsModel } from './parts.js';
import type { YearMention } from './years.js';
import { insideAny, mergeSpans } from './sweep.js';

/**
 * The plan part (part 4, 下一年度推进法治政府建设的主要安排): where it is, which
 * year it says it plans for, and its items. A report on year Y should plan for Y+1.
 */
export interface RelativeYear extends Span {
  /** 下一年度, 下一步, 下步, 明年, 来年, 新的一年 */
  text: string;
}

/** One planned task: an item (一是…) or a lowest section (（一）…) of the plan. */
export interface PlanUnit extends Span {
  kind: 'item' | 'section';
  /** The marker's numeral as written: 一 (一是), 一 (（一）). */
  label: string;
  /** The item's lead sentence or the section's heading. */
  lead: string;
  /** The whole unit as written in the source (lead and body). */
  text: string;
}

export interface PlanModel {
  /** The part-4 matches the plan is read from: top-level headings when there are any, else all. */
  matches: PartMatch[];
  /** Source spans of the plan (a merged 不足及下步打算 part is included whole). */
  spans: Span[];
  /** Whether an offset lies in the plan. */
  contains(offset: number): boolean;
  /**
   * Years the plan says it is for: in its heading, at the head of a sub-heading,
   * or opening a sentence that announces work (“2024年,我县将…”). Citations excluded.
   */
  declared: YearMention[];
  /** Every year mention inside the plan (citations included; check `cited`). */
  mentioned: YearMention[];
  /** Relative words for the year in the plan's heading or its first sentence. */
  relative: RelativeYear[];
  /** The planned tasks: items (一是…) and lowest sections without items (（一）…). */
  units: PlanUnit[];
}

/** The plan's first sentence is looked at up to this many characters. */
const FIRST_SENTENCE = 200;
const RELATIVE = /下一年度|下一年|下一步|下步|明年|来年|新的一年/g;
/** A sentence-opening year that announces work: “2024年,我县将…”, “2024年工作安排:”. */
const LEAD_IN = /将|要(?!求)|计划|拟|力争|打算|安排|思路|工作重点|目标任务/;
const PROBLEM = /不足|问题|差距|短板/;

/** The words after a year announce work, before any word of shortcomings (「2023年存在的问题及…打算」 does not). */
function announcesPlan(after: string): boolean {
  const cut = after.search(PROBLEM);
  return LEAD_IN.test((cut === -1 ? after : after.slice(0, cut)).slice(0, 15));
}

export function buildPlan(
  text: string,
  blocks: readonly Block[],
  parts: PartsModel,
  sections: readonly Section[],
  items: readonly Item[],
  years: readonly YearMention[],
): PlanModel {
  const all = parts.matches.filter((m) => m.part === 4);
  const top = all.filter((m) => m.how !== 'item' && m.level === 1);
  const matches = top.length ? top : all;
  const spans: Span[] = matches.map((m) => m.extent);
  const within = (s: Span, o: number) => s.start <= o && o < s.end;
  const merged = mergeSpans(spans);
  const contains = (offset: number) => insideAny(merged, offset);

  const mentioned = years.filter((y) => contains(y.start));
  const planHeadings = new Set(matches.filter((m) => m.how !== 'item').map((m) => m.section));
  const leads = mergeSpans(matches.filter((m) => m.how === 'item').map((m) => m.span));
  // a heading that names 不足 too (「五、2023年存在的问题及2024年工作打算」): its years may belong to either half
  const withProblems = new Set(parts.matches.filter((p) => p.part === 2 && p.how !== 'item').map((p) => p.section));
  const declared = mentioned.filter((y) => {
    if (y.cited || y.kind === 'date' || y.kind === 'since') return false;
    if (y.where === 'heading') {
      if (!planHeadings.has(y.section)) return y.opens;
      return !withProblems.has(y.section) || announcesPlan(y.after);
    }
    if (insideAny(leads, y.start)) return true;
    // a year opening the sentence or one of its clauses (「下一步,我镇将…,2024年力争…」)
    return (y.opens || /[,，;；]$/.test(y.before)) && announcesPlan(y.after);
  });

  // Relative words: in the plan's heading (or item lead) and the first sentence after it
  const relative: RelativeYear[] = [];
  const scan = (from: number, to: number) => {
    const slice = text.slice(from, Math.min(to, from + FIRST_SENTENCE));
    for (const m of slice.matchAll(RELATIVE)) relative.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  };
  // First block where the plan proper starts, per matched section
  const planStart = new Map<Section, number>();
  for (const m of matches) {
    scan(m.span.start, m.span.end);
    const s = m.section;
    if (m.how === 'item' || !s) continue;
    const sectionEnd = Math.min(s.span.end, s.headingSpan.end + FIRST_SENTENCE);
    const afterHeading = text.slice(s.headingSpan.end, sectionEnd).search(/[^\s。！？!?]/);
    if (afterHeading !== -1) {
      const from = s.headingSpan.end + afterHeading;
      const first = text.slice(from, sectionEnd).search(/[。！？!?]/);
      scan(from, first === -1 ? sectionEnd : from + first);
    }
    // a merged 不足及下步打算 part: the plan starts where a sentence announces it
    if (withProblems.has(s)) {
      let k = lowerBound(declared, s.span.start);
      while (k < declared.length && declared[k].where !== 'body') k++;
      const lead = k < declared.length && within(s.span, declared[k].start) ? declared[k] : undefined;
      let start = lead ? lead.block : -1;
      for (let i = s.block + 1; i < s.endBlock && start === -1; i++) {
        if (/^\s*(?:下一步|下步|明年|来年|下一年度?)/.test(blocks[i].text)) start = i;
      }
      planStart.set(s, start);
    } else planStart.set(s, s.block);
  }

  // Units: items in the plan, else lowest sections without items
  const units: PlanUnit[] = [];
  const sectionSpans = sections.map((x) => x.span);
  const itemSpans = items.map((it) => it.span);
  for (const m of matches) {
    const s = m.section;
    if (m.how === 'item' || !s) continue;
    const startBlock = planStart.get(s) ?? -1;
    if (startBlock === -1) continue;
    // sections hold items when an item lies in them or in a sub-section
    const holdsItems = new Set<Section>();
    for (let k = lowerBound(itemSpans, s.span.start); k < items.length && items[k].span.start < s.span.end; k++) {
      const it = items[k];
      if (it.block < startBlock) continue;
      units.push({ kind: 'item', label: it.label, lead: it.lead, text: text.slice(it.span.start, it.span.end), start: it.span.start, end: it.span.end });
      for (let p = it.section; p && p !== s && !holdsItems.has(p); p = p.parent) holdsItems.add(p);
    }
    for (let k = lowerBound(sectionSpans, s.span.start); k < sections.length && sections[k].span.start < s.span.end; k++) {
      const sub = sections[k];
      if (sub === s || sub.children.length || sub.block < startBlock || holdsItems.has(sub)) continue;
      units.push({ kind: 'section', label: sub.label, lead: sub.heading, text: text.slice(sub.span.start, sub.span.end), start: sub.span.start, end: sub.span.end });
    }
  }
  units.sort((a, b) => a.start - b.start);

  return { matches, spans, contains, declared, mentioned, relative, units };
}

/** Index of the first span starting at or after `offset` (spans sorted by start). */
function lowerBound(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
