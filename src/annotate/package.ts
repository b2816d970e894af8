import type JSZip from 'jszip';
import { COMMENTS_REL, COMMENTS_TYPE, CT, OFFICE_DOCUMENT, PackageError, REL, W, attrW, childElements, isW, makeT, makeW, parseXml, serializeXml, xmlSafe } from './ooxml.js';

/** The parts of a WordprocessingML package fzlint touches. */
export interface WordPackage {
  zip: JSZip;
  /** Zip path of the main document part (word/document.xml). */
  mainPath: string;
  main: Document;
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i === -1 ? '' : p.slice(0, i + 1);
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Resolve a relationship target against the part that holds it. */
function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = dirOf(part).split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? f.async('string') : undefined;
}

export async function openPackage(zip: JSZip): Promise<WordPackage> {
  const rootRels = await readPart(zip, '_rels/.rels');
  let mainPath = 'word/document.xml';
  if (rootRels) {
    const rels = parseXml(rootRels, '_rels/.rels');
    for (const r of Array.from(rels.getElementsByTagNameNS(REL, 'Relationship'))) {
      if (r.getAttribute('Type') === OFFICE_DOCUMENT) mainPath = resolveTarget('', r.getAttribute('Target') ?? mainPath);
    }
  }
  const xml = await readPart(zip, mainPath);
  if (xml === undefined) throw new PackageError(`${mainPath} is missing`);
  const main = parseXml(xml, mainPath);
  return { zip, mainPath, main };
}

export interface CommentText {
  /** Paragraphs of the comment. */
  paragraphs: string[];
}

export interface CommentAuthor {
  author: string;
  initials: string;
  /** ISO date-time written on each comment. */
  date: string;
}

/**
 * The comments part (created, or the document's own, appended to): returns a function that adds
 * one comment and gives its w:id. Ids continue after the largest the document already uses.
 */
export async function commentsPart(pkg: WordPackage): Promise<{ add: (c: CommentText, who: CommentAuthor) => string; save: (date: Date) => Promise<void> }> {
  const { zip, mainPath } = pkg;
  const relsPath = relsPathOf(mainPath);
  const relsXml = (await readPart(zip, relsPath)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL}"></Relationships>`;
  const rels = parseXml(relsXml, relsPath);
  const relEls = Array.from(rels.getElementsByTagNameNS(REL, 'Relationship'));
  const existing = relEls.find((r) => r.getAttribute('Type') === COMMENTS_REL && r.getAttribute('TargetMode') !== 'External');
  let commentsPath: string;
  if (existing) {
    commentsPath = resolveTarget(mainPath, existing.getAttribute('Target') ?? 'comments.xml');
  } else {
    commentsPath = resolveTarget(mainPath, 'comments.xml');
    if (zip.file(commentsPath)) commentsPath = resolveTarget(mainPath, 'fzlint-comments.xml');
    const ids = new Set(relEls.map((r) => r.getAttribute('Id')));
    let n = relEls.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = rels.createElementNS(REL, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', COMMENTS_REL);
    rel.setAttribute('Target', commentsPath.slice(dirOf(mainPath).length));
    rels.documentElement.appendChild(rel);
  }
  const commentsXml = existing ? await readPart(zip, commentsPath) : undefined;
  const comments = parseXml(commentsXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"></w:comments>`, commentsPath);

  // fresh ids: after every w:id of the comments part and of the document (comment marks, but also
  // tracked changes and bookmarks, which some consumers number in one space with comments)
  let nextId = 0;
  const seen = (v: string | null): void => {
    const n = v === null ? NaN : Number(v);
    if (Number.isInteger(n) && n >= nextId) nextId = n + 1;
  };
  for (const c of childElements(comments.documentElement)) if (isW(c, 'comment')) seen(attrW(c, 'id'));
  for (const el of Array.from(pkg.main.getElementsByTagName('*'))) if (el.namespaceURI === W) seen(attrW(el, 'id'));

  const add = (c: CommentText, who: CommentAuthor): string => {
    const id = String(nextId++);
    const el = makeW(comments, 'comment', { id, author: who.author, date: who.date, initials: who.initials });
    c.paragraphs.forEach((text, i) => {
      const p = makeW(comments, 'p');
      if (i === 0) {
        const r = makeW(comments, 'r');
        r.appendChild(makeW(comments, 'annotationRef'));
        p.appendChild(r);
      }
      const r = makeW(comments, 'r');
      r.appendChild(makeT(comments, xmlSafe(text)));
      p.appendChild(r);
      el.appendChild(p);
    });
    comments.documentElement.appendChild(el);
    return id;
  };

  const save = async (date: Date): Promise<void> => {
    zip.file(relsPath, serializeXml(rels), { date, createFolders: false });
    zip.file(commentsPath, serializeXml(comments), { date, createFolders: false });
    if (!existing) await addOverride(zip, '/' + commentsPath, COMMENTS_TYPE, date);
  };
  return { add, save };
}

async function addOverride(zip: JSZip, partName: string, type: string, date: Date): Promise<void> {
  const path = '[Content_Types].xml';
  const xml = await readPart(zip, path);
  if (xml === undefined) throw new PackageError(`${path} is missing`);
  const doc = parseXml(xml, path);
  const has = Array.from(doc.getElementsByTagNameNS(CT, 'Override')).some((o) => o.getAttribute('PartName')?.toLowerCase() === partName.toLowerCase());
  if (has) return;
  const o = doc.createElementNS(CT, 'Override');
  o.setAttribute('PartName', partName);
  o.setAttribute('ContentType', type);
  doc.documentElement.appendChild(o);
  zip.file(path, serializeXml(doc), { date, createFolders: false });
}
