import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** Namespaces of the WordprocessingML parts fzlint reads and writes. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** A part that is not well-formed XML: the package is damaged. */
export class PackageError extends Error {
  readonly code = 'FZLINT_PACKAGE';
}

export function parseXml(xml: string, part: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(xml, 'application/xml');
  if (errors.length || !doc || !doc.documentElement) throw new PackageError(`${part}: ${errors[0] ?? 'not XML'}`);
  return doc as unknown as Document;
}

export function serializeXml(doc: Document): string {
  let s = new XMLSerializer().serializeToString(doc as never);
  // every part is written with its declaration (Word does; some readers insist)
  if (!s.startsWith('<?xml')) s = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + s;
  return s;
}

/** Is `n` the element {ns}local? */
export function is(n: Node | null | undefined, ns: string, local: string): n is Element {
  return !!n && n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local;
}

export function isW(n: Node | null | undefined, local: string): n is Element {
  return is(n, W, local);
}

export function childElements(el: Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

export function firstChildW(el: Node, local: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return undefined;
}

/** A w: attribute (w:val, w:id …), whichever prefix the document bound to the namespace. */
export function attrW(el: Element, local: string): string | null {
  return el.getAttributeNS(W, local) || el.getAttribute(`w:${local}`) || null;
}

/** A new w: element in `doc`, with the prefix the document uses for WordprocessingML. */
export function makeW(doc: Document, local: string, attrs: Record<string, string> = {}): Element {
  const prefix = doc.documentElement.lookupPrefix(W) ?? 'w';
  const el = doc.createElementNS(W, `${prefix}:${local}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W, `${prefix}:${k}`, v);
  return el;
}

/** Text of a w:t element (its text nodes). */
export function textOf(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) s += (c as Text).data;
  return s;
}

/** A w:t holding `text`, spaces kept. */
export function makeT(doc: Document, text: string, like?: Element): Element {
  const t = like ? (like.cloneNode(false) as Element) : makeW(doc, 't');
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  return t;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters XML 1.0 cannot hold (control characters), dropped from text fzlint writes. */
export function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
