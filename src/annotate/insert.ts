import { childElements, firstChildW, isW, makeT, makeW, textOf } from './ooxml.js';
import type { CharRef } from './paragraphs.js';

/** Where a comment's range starts or ends: before/after a character, or at a paragraph's start/end. */
export type Position = { ref: CharRef; side: 'before' | 'after' } | { paragraph: Element; side: 'start' | 'end' };

export interface Anchor {
  id: string;
  start: Position;
  end: Position;
}

interface Marks {
  ends: string[];
  starts: string[];
}

/**
 * Put w:commentRangeStart, w:commentRangeEnd and the run holding w:commentReference into the
 * document. A range that starts or ends inside a run splits the run there: every part keeps the
 * run's attributes and its w:rPr, so the text keeps its formatting.
 */
export function insertAnchors(doc: Document, anchors: Anchor[]): void {
  // cuts per run: element (w:t or a one-character element) → offset → marks
  const cuts = new Map<Element, Map<Element, Map<number, Marks>>>();
  const paraMarks = new Map<Element, { start: string[]; end: string[] }>();
  const at = (p: Position, id: string, kind: 'start' | 'end'): void => {
    if ('paragraph' in p) {
      let m = paraMarks.get(p.paragraph);
      if (!m) paraMarks.set(p.paragraph, (m = { start: [], end: [] }));
      (p.side === 'start' ? m.start : m.end).push(id);
      return;
    }
    const node = p.ref.node;
    const len = isW(node, 't') ? textOf(node).length : 1;
    const offset = p.side === 'before' ? p.ref.offset : isW(node, 't') ? p.ref.offset + 1 : 1;
    const run = node.parentNode as Element;
    let perRun = cuts.get(run);
    if (!perRun) cuts.set(run, (perRun = new Map()));
    let perNode = perRun.get(node);
    if (!perNode) perRun.set(node, (perNode = new Map()));
    const o = Math.min(Math.max(offset, 0), len);
    let m = perNode.get(o);
    if (!m) perNode.set(o, (m = { ends: [], starts: [] }));
    (kind === 'start' ? m.starts : m.ends).push(id);
  };
  for (const a of anchors) {
    at(a.start, a.id, 'start');
    at(a.end, a.id, 'end');
  }

  for (const [run, perRun] of cuts) splitRun(doc, run, perRun);

  for (const [p, m] of paraMarks) {
    const pPr = firstChildW(p, 'pPr');
    const first = pPr ? pPr.nextSibling : p.firstChild;
    for (const id of m.start) p.insertBefore(makeW(doc, 'commentRangeStart', { id }), first);
    for (const id of m.end) for (const el of endMarks(doc, id)) p.appendChild(el);
  }
}

function endMarks(doc: Document, id: string): Element[] {
  const ref = makeW(doc, 'r');
  ref.appendChild(makeW(doc, 'commentReference', { id }));
  return [makeW(doc, 'commentRangeEnd', { id }), ref];
}

function marksOf(doc: Document, m: Marks): Element[] {
  const out: Element[] = [];
  for (const id of m.ends) out.push(...endMarks(doc, id));
  for (const id of m.starts) out.push(makeW(doc, 'commentRangeStart', { id }));
  return out;
}

/** Replace `run` by its parts with the marks between them. */
function splitRun(doc: Document, run: Element, perRun: Map<Element, Map<number, Marks>>): void {
  const parent = run.parentNode;
  if (!parent) return;
  const rPr = firstChildW(run, 'rPr');
  const seq: (Element | Element[])[] = [];
  for (const c of childElements(run)) {
    if (c === rPr) continue;
    const m = perRun.get(c);
    if (!m) {
      seq.push(c);
      continue;
    }
    const offsets = [...m.keys()].sort((a, b) => a - b);
    if (isW(c, 't')) {
      const text = textOf(c);
      let from = 0;
      for (const o of offsets) {
        if (o > from) seq.push(makeT(doc, text.slice(from, o), c));
        seq.push(marksOf(doc, m.get(o)!));
        from = o;
      }
      if (from < text.length) seq.push(makeT(doc, text.slice(from), c));
    } else {
      const before = m.get(0);
      const after = m.get(1);
      if (before) seq.push(marksOf(doc, before));
      seq.push(c);
      if (after) seq.push(marksOf(doc, after));
    }
  }
  const out: Element[] = [];
  let current: Element | undefined;
  for (const s of seq) {
    if (Array.isArray(s)) {
      current = undefined;
      out.push(...s);
      continue;
    }
    if (!current) {
      current = run.cloneNode(false) as Element;
      if (rPr) current.appendChild(rPr.cloneNode(true));
      out.push(current);
    }
    current.appendChild(s.parentNode === run ? s.cloneNode(true) : s);
  }
  for (const el of out) parent.insertBefore(el, run);
  parent.removeChild(run);
}
