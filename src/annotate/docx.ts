import JSZip from 'jszip';
import { PackageError, firstChildW, serializeXml } from './ooxml.js';
import { wordParagraphs, type CharRef } from './paragraphs.js';
import { mapLines, streamOf, type Stream } from './align.js';
import { insertAnchors, type Anchor, type Position } from './insert.js';
import { commentsPart, openPackage } from './package.js';
import { commentParagraphs, type CommentWording, type Finding } from './text.js';

export interface AnnotateOptions extends CommentWording {
  /** Comment author (default 「fzlint」) and initials. */
  author?: string;
  initials?: string;
  /** Date written on the comments (ISO 8601); default now. */
  date?: string;
}

export interface Annotated {
  bytes: Uint8Array;
  /** Comments written (one per finding). */
  comments: number;
  /** Findings whose text could not be found in the document: their comments sit on the title. */
  moved: number;
}

export { PackageError };

/**
 * Write findings into a copy of a Word document as comments. `source` is the document's linted
 * text (one paragraph per line, as src/parse/docx.ts makes it) and the findings' offsets point into
 * it. Each comment spans exactly the characters its finding covers; a finding whose text cannot be
 * located (it was read from a part this mapping does not follow) is put on the title with its
 * paragraph number. The input bytes are not changed.
 */
export async function annotateDocx(bytes: Uint8Array, source: string, findings: readonly Finding[], options: AnnotateOptions): Promise<Annotated> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new PackageError(e instanceof Error ? e.message : String(e));
  }
  const pkg = await openPackage(zip);
  const body = firstChildW(pkg.main.documentElement, 'body');
  if (!body) throw new PackageError(`${pkg.mainPath}: no w:body`);
  // nothing to say: the copy is the document as it was, byte for byte
  if (!findings.length) return { bytes: bytes.slice(), comments: 0, moved: 0 };
  const stream = streamOf(wordParagraphs(body));
  const lines = source.split('\n');
  const maps = mapLines(lines, stream);
  const lineStarts: number[] = [];
  let off = 0;
  for (const l of lines) {
    lineStarts.push(off);
    off += l.length + 1;
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Position in the paragraph stream of a character of the linted text; -1 where it has none. */
  const streamAt = (offset: number): number => {
    const n = lineOf(offset);
    const j = maps[n]?.at[offset - lineStarts[n]] ?? -1;
    return j >= 0 && refOf(stream, j) ? j : -1;
  };
  const paragraphOf = (offset: number): Element | undefined => {
    const p = maps[lineOf(offset)]?.paragraph;
    return p === undefined || p < 0 || !stream.paragraphs[p].anchorable ? undefined : stream.paragraphs[p].el;
  };
  // where a comment goes when its own text is not found: the first paragraph with text (the title)
  const titlePara = stream.paragraphs.find((p) => p.text.trim())?.el ?? stream.paragraphs[0]?.el;
  if (!titlePara) throw new PackageError(`${pkg.mainPath}: no paragraphs`);

  const comments = await commentsPart(pkg);
  const who = { author: options.author ?? 'fzlint', initials: options.initials ?? 'FZ', date: commentDate(options.date) };
  const anchors: Anchor[] = [];
  let moved = 0;
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const f of ordered) {
    const s = Math.max(0, Math.min(f.start, source.length));
    // an empty span (a point) covers the character there, or the one before at a line's end
    let e = Math.max(s, Math.min(f.end, source.length));
    let from = s;
    if (e === s) {
      if (s < source.length && source[s] !== '\n') e = s + 1;
      else if (s > 0 && source[s - 1] !== '\n') from = s - 1;
    }
    let a = -1;
    let b = -1;
    for (let k = from; k < e && a < 0; k++) a = streamAt(k);
    for (let k = e - 1; k >= from && b < 0; k--) b = streamAt(k);
    const first = a >= 0 ? refOf(stream, a) : undefined;
    const last = b >= 0 ? refOf(stream, b) : undefined;
    let start: Position;
    let end: Position;
    let where: string | undefined;
    // both ends on text the reader shows, in document order
    if (first && last && a <= b && stream.paragraphs[stream.owner[a]].anchorable && stream.paragraphs[stream.owner[b]].anchorable) {
      start = { ref: first, side: 'before' };
      end = { ref: last, side: 'after' };
    } else {
      const p = paragraphOf(s);
      if (p) {
        start = { paragraph: p, side: 'start' };
        end = { paragraph: p, side: 'end' };
      } else {
        start = { paragraph: titlePara, side: 'start' };
        end = { paragraph: titlePara, side: 'end' };
        moved++;
        where = options.locale === 'en' ? `paragraph ${lineOf(s) + 1}` : `第${lineOf(s) + 1}段`;
      }
    }
    const id = comments.add({ paragraphs: commentParagraphs(f, options, where) }, who);
    anchors.push({ id, start, end });
  }
  insertAnchors(pkg.main, anchors);
  const at = new Date(who.date);
  zip.file(pkg.mainPath, serializeXml(pkg.main), { date: at, createFolders: false });
  await comments.save(at);
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  return { bytes: out, comments: anchors.length, moved };
}

/** ISO 8601 without milliseconds, as Word writes w:date. */
export function commentDate(date: string | undefined): string {
  const d = date ? new Date(date) : new Date();
  return (Number.isNaN(d.getTime()) ? new Date() : d).toISOString().replace(/\.\d+Z$/, 'Z');
}

function refOf(s: Stream, j: number): CharRef | undefined {
  const p = s.owner[j];
  const para = s.paragraphs[p];
  const k = j - s.starts[p];
  return k < para.refs.length ? para.refs[k] : undefined;
}

