/**
 * Numbering sequences (GB/T 9704-2012 outline levels, 一是/二是 items): each
 * run of siblings should read 1, 2, 3 … A fault carries a renumbering only
 * when the intended sequence is unambiguous: a single wrong number whose
 * neighbours confirm the right one (1 2 2 4 → 3), or a repeat after which the
 * numbering simply carries on (1 2 2 3 → 1 2 3 4). A gap (1 2 4) may be a
 * lost section rather than a wrong number, so it gets no fix.
 */
import { intToCnSmall } from './numerals.js';
import { matchNumbering } from './outline.js';
import type { Item, Section, Span } from './types.js';
import type { Report } from './report.js';

export type SequenceFaultKind = 'skipped' | 'repeated' | 'outOfOrder';

export interface SequenceFault {
  /** Index of the element that breaks the sequence. */
  index: number;
  kind: SequenceFaultKind;
  /** The number the sequence called for at this element. */
  expected: number;
  /** For 'skipped': the numbers left out. */
  missing: number[];
  /** Renumbering that restores the sequence, when unambiguous. */
  fix?: { index: number; value: number }[];
}

/**
 * @param present Tells whether the numbers left out before element `index`
 * are written in the text after all (a numbered line the outline did not take
 * for a heading); such a gap is not a fault.
 */
export function analyseSequence(numbers: readonly number[], present: (index: number, missing: number[]) => boolean = () => false): SequenceFault[] {
  const faults: SequenceFault[] = [];
  let base = 0;
  for (let j = 0; j < numbers.length; j++) {
    const w = numbers[j];
    const expected = base + 1;
    if (w === expected) {
      base = w;
      continue;
    }
    // a new enumeration (一是… nested in an item, or a list under an unnumbered heading)
    if (w === 1 && base >= 2) {
      base = 1;
      continue;
    }
    const missing = w > expected ? range(expected, w - 1) : [];
    if (missing.length && present(j, missing)) {
      base = w;
      continue;
    }
    const repeated = w === base;
    // the next number confirms what this one should have been
    const outlier = j + 1 < numbers.length && numbers[j + 1] === expected + 1;
    if (outlier) {
      faults.push({ index: j, kind: repeated ? 'repeated' : 'outOfOrder', expected, missing: [], fix: [{ index: j, value: expected }] });
      base = expected;
      continue;
    }
    if (repeated) {
      let carriesOn = true;
      for (let l = j + 1; l < numbers.length && carriesOn; l++) carriesOn = numbers[l] === numbers[l - 1] + 1;
      const fix = carriesOn ? range(j, numbers.length - 1).map((index) => ({ index, value: expected + index - j })) : undefined;
      faults.push({ index: j, kind: 'repeated', expected, missing: [], fix });
    } else {
      faults.push({ index: j, kind: missing.length ? 'skipped' : 'outOfOrder', expected, missing });
    }
    base = w;
  }
  return faults;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** One numbered heading or item of a sequence. */
export interface Numbered {
  number: number;
  /** The marker as written: “（三）”, “3.”, “三是”. */
  marker: Span;
  /** Where the numeral sits inside the marker. */
  label: Span;
  /** The source text at `label` is the numeral as the model read it (not so inside a Markdown escape): safe to rewrite. */
  placed: boolean;
  /** Chinese numerals (一, 十二) rather than Arabic digits. */
  chinese: boolean;
}

export interface NumberedSequence {
  kind: 'headings' | 'items';
  elements: Numbered[];
  /** See analyseSequence: are the numbers left out before element `index` written after all? */
  present(index: number, missing: number[]): boolean;
}

/** The numeral for a value in an element's style: 3 → 三 or 3. */
export function numeral(n: Numbered, value: number): string {
  return n.chinese ? intToCnSmall(value) : String(value);
}

/** A heading numbered in the text (not an unnumbered or list-rendered Markdown heading). */
export function isNumbered(s: Section): boolean {
  return s.kind !== 'markdown' && s.marker.end > s.marker.start;
}

/** The numbering that opens what follows a line's last colon: 「主要有以下不足：1.部分…」, 「附件：1.…」 → 1. */
function afterColon(text: string): ReturnType<typeof matchNumbering> {
  const at = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
  return at >= 0 ? matchNumbering(text.slice(at + 1).trimStart()) : undefined;
}

/**
 * The sequences a report numbers: the siblings of one numbering style under
 * one parent heading, and each 一是/二是 enumeration.
 */
/**
 * Headings numbered straight through their parents' sections — （一）1. 2. （二）3. 4. — are one sequence: a group
 * whose first number follows on from the last of the group before it (same kind, under an earlier parent of the same
 * level and kind) continues that group instead of starting at 3. A group that starts at 1 starts afresh.
 */
function continuedAcrossParents(groups: Iterable<Section[]>): Section[][] {
  const out: Section[][] = [];
  const last = new Map<string, Section[]>();
  for (const list of groups) {
    const first = list[0];
    const parent = first.parent;
    const key = `${parent ? `${parent.level}:${parent.kind}` : '-'}:${first.kind}`;
    const before = last.get(key);
    if (parent && before && before[0].parent !== parent && first.number !== 1 && first.number === before[before.length - 1].number + 1) {
      before.push(...list);
      continue;
    }
    out.push(list);
    last.set(key, list);
  }
  return out;
}

export function numberedSequences(report: Report): NumberedSequence[] {
  const out: NumberedSequence[] = [];
  // headings and items in functions of their own: it runs once a report, and V8 compiles each apart when hot
  headingSequences(report, out);
  itemSequences(report, out);
  return out;
}

/** Numbered headings, one sequence per parent and kind. */
function headingSequences(report: Report, out: NumberedSequence[]): void {
  const groups = new Map<string, Section[]>();
  // a parent's position, looked up rather than searched for each section (quadratic on a report with thousands of headings)
  const position = new Map<Section, number>();
  report.sections.forEach((s, i) => position.set(s, i));
  for (const s of report.sections) {
    // 第X部分: one sequence over every block (partLines below)
    if (!isNumbered(s) || s.kind === 'part') continue;
    const key = `${s.parent ? position.get(s.parent) : -1}:${s.kind}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  for (const list of continuedAcrossParents(groups.values())) pushHeadingSequence(report, list, out);
  const parts = partLines(report);
  if (parts.length >= 2) out.push({ kind: 'headings', elements: parts, present: () => false });
}

/** One list of numbered headings as a sequence (a function of its own: V8 compiles the grouping loop without it). */
function pushHeadingSequence(report: Report, list: Section[], out: NumberedSequence[]): void {
  const { text } = report;
  const parent = list[0].parent;
  const firstBlock = parent ? parent.block + 1 : (report.bodyBlocks[0]?.index ?? 0);
  out.push({
    kind: 'headings',
    elements: list.map((s) => {
      const at = text.indexOf(s.label, s.marker.start);
      const placed = at >= 0 && at + s.label.length <= s.marker.end;
      const label = placed ? { start: at, end: at + s.label.length } : { start: s.marker.start, end: s.marker.start };
      return { number: s.number, marker: s.marker, label, placed, chinese: s.kind === 'cn' || s.kind === 'paren-cn' };
    }),
    // a numbered line too long to be taken for a heading still fills the gap
    present: (index, missing) => {
      const from = index > 0 ? list[index - 1].block + 1 : firstBlock;
      return report.blocks.slice(from, list[index].block).some((b) => {
        // a list opens on its lead-in line: 「附件：1.…」, 「还存在一些不足：1.…；」 then 「2.…」
        const m = matchNumbering(b.text) ?? afterColon(b.text);
        if (m !== undefined) return m.kind === list[0].kind && missing.includes(m.number);
        // a Markdown list item numbered by its list (「1. 提升…」 before a typed 「2.加强…」, no space after its point)
        return b.listNumber !== undefined && list[0].kind === 'arabic' && missing.includes(b.listNumber);
      });
    },
  });
}

/** Items (一是…二是…), one sequence per group. */
function itemSequences(report: Report, out: NumberedSequence[]): void {
  const { text } = report;
  const byGroup = new Map<number, Item[]>();
  for (const it of report.items) {
    const list = byGroup.get(it.group);
    if (list) list.push(it);
    else byGroup.set(it.group, [it]);
  }
  let previous: Item | undefined;
  for (const list of byGroup.values()) {
    const prior = previous;
    previous = list[list.length - 1];
    const elements = list.map((it): Numbered => {
      const label = { start: it.marker.start, end: it.marker.start + it.label.length };
      return { number: it.number, marker: it.marker, label, placed: text.slice(label.start, label.end) === it.label, chinese: true };
    });
    out.push({
      kind: 'items',
      elements,
      present: (index, missing) => {
        // a list carried on from an earlier paragraph the item pattern did not join
        if (index === 0 && prior && prior.number === missing[missing.length - 1]) return true;
        // “三是” written after a mark the item pattern does not take (…》三是…)
        const from = index > 0 ? elements[index - 1].marker.end : report.blocks[list[0].block].start;
        const between = text.slice(from, elements[index].marker.start);
        return missing.some((v) => between.includes(intToCnSmall(v) + '是'));
      },
    });
  }
}

/**
 * The report's parts when its writer numbers them 第一部分, 第二部分 … (a style of city and department reports): one
 * sequence over every block, not just the body's — a table of contents (目录 第一部分… 第二部分…) can fall in the front
 * matter — so 第一部分 … 第三部分 is a gap like 一、 … 三、. The outline's reading of such a line decides (matchNumbering).
 */
function partLines(report: Report): Numbered[] {
  const out: Numbered[] = [];
  for (const b of report.blocks) {
    const t = b.text;
    if (t.charCodeAt(0) !== 0x7b2c) continue; // 第
    const num = matchNumbering(t);
    if (num?.kind !== 'part') continue;
    const labelStart = report.toSource(b, 1);
    const labelEnd = report.toSource(b, 1 + num.label.length);
    out.push({
      number: num.number,
      marker: { start: report.toSource(b, 0), end: report.toSource(b, num.markerLength) },
      label: { start: labelStart, end: labelEnd },
      placed: report.text.slice(labelStart, labelEnd) === num.label,
      chinese: true,
    });
  }
  return out;
}
