import type { Root, Nodes, Parent, Paragraph, PhrasingContent, Text, RootContent } from 'mdast';
import type { Root as HastRoot, Element, ElementContent, RootContent as HastContent, Parents as HastParents } from 'hast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { location } from 'vfile-location';
import { align, type SkipRanges } from './align.js';
import { parseText } from './text.js';
import { capHastShape, GROUP_TAG, groupHandler, unwrapGroups } from './shape.js';

/**
 * HTML → mdast through rehype-parse and rehype-remark (loaded only for .html
 * files and Word documents). Government article pages carry furniture around
 * the report: navigation, share bars, 上一篇/下一篇, footers. It is dropped
 * before conversion; the metadata fields (索引号, 发布机构, 成文日期, 发布时间,
 * 来源 …) are kept as one text line per row so the model's furniture detector
 * reads them. Every text node is then re-anchored on the HTML source, so
 * positions point at the characters of the page.
 */
export interface HtmlOptions {
  /** A web page: drop page furniture and flatten metadata tables (default true). Off for Word documents. */
  page?: boolean;
  /** Split paragraphs at <br>, one line one paragraph as in plain text (default true). */
  splitBreaks?: boolean;
}

export interface HtmlDocument {
  tree: Root;
  /** The cleaned HTML tree the mdast was converted from (positions into the source). */
  hast: HastRoot;
}

const parser = unified().use(rehypeParse);
const converter = unified().use(rehypeRemark, { handlers: { [GROUP_TAG]: groupHandler as never } });

export function parseHtml(html: string): Root {
  return convertHtml(html).tree;
}

export function convertHtml(html: string, options: HtmlOptions = {}): HtmlDocument {
  const page = options.page ?? true;
  // parse5 scans its stack of open elements at every tag (quadratic in nesting) and hast-util-from-parse5
  // recurses per level: a page nesting deeper than MAX_PARSE_NESTING is read as text (linear pre-scan)
  if (nestingDepth(html) > MAX_PARSE_NESTING) return plainTextFallback(html);
  let hast: HastRoot;
  try {
    hast = parser.parse(html) as HastRoot;
  } catch (e) {
    // hast-util-from-parse5 recurses once per level: thousands of nested elements overflow it before
    // capHastShape can flatten them. Such a page is read as its text, tags blanked out (same length,
    // so positions stay exact); `data.fzlintPlainText` on the tree says why.
    if (!(e instanceof RangeError)) throw e;
    return plainTextFallback(html);
  }
  capHastShape(hast); // depth and width budgets: the recursive passes below cannot overflow (shape.ts)
  const removed: [number, number][] = [];
  const texts = new TextCache();
  const office = officeExport(hast); // read before dropTags takes <head> away
  dropTags(hast, removed);
  dropTableOfContents(hast, removed);
  unwrapHeadingLists(hast);
  if (page) {
    cleanPage(hast, texts, removed, office);
    unwrapLayoutTables(hast, new TextCache());
  }
  removed.sort((a, b) => a[0] - b[0]);
  const tree = converter.runSync(hast as never) as unknown as Root;
  unwrapGroups(tree);
  const loc = location(html);
  anchor(tree, html, removed, loc);
  normalise(tree, options.splitBreaks ?? true, loc);
  return { tree, hast };
}

/** Deepest nesting of container elements parsed as HTML; a report page nests 20–40 deep. */
export const MAX_PARSE_NESTING = 1000;

/** Elements whose end tag may be left out or that are void: they do not count towards the nesting scan. */
const NOT_COUNTED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'frame', 'image']);

/** Greatest nesting of start tags not closed yet (elements of NOT_COUNTED aside), by a linear scan. */
export function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (NOT_COUNTED.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** The page as text: every tag and comment replaced by spaces (line breaks kept), then one paragraph per line. */
function plainTextFallback(html: string): HtmlDocument {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const text = html.replace(/<!--[\s\S]*?-->/g, blank).replace(/<[^>]*>/g, blank);
  const tree = parseText(text);
  tree.data = { ...(tree.data ?? {}), fzlintPlainText: 'elements nested too deep to parse as HTML' } as Root['data'];
  return { tree, hast: { type: 'root', children: [] } };
}

// ---------------------------------------------------------------------------
// Cleaning the page (hast)

/** Never report text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav', 'button', 'select',
  'textarea', 'input', 'map', 'audio', 'video', 'link', 'meta',
]);

/** Navigation and page tools by their text (上一篇/下一篇, 扫一扫, 分享到, breadcrumbs, site footers). */
const NAV_TEXT =
  /^(?:[【\[]\s*)?(?:上一篇|下一篇|上一条|下一条|扫一扫|分享到|分享[:：]|当前位置|您当前的位置|您现在的位置|您的位置|打印本页|打印此页|关闭窗口|关闭本页|字[号体]\s*[:：]|相关链接|关联稿件|相关文章|相关阅读|相关信息|主办单位[:：]|承办单位[:：]|版权所有|网站标识码|技术支持[:：])|^[【\[]\s*(?:打印|关闭)\s*[】\]]/;
const FOOTER_TEXT = /ICP备|公网安备|网站标识码/;
/** Longest text a navigation element holds; longer elements hold the article. */
const NAV_MAX = 300;

/** Page chrome by class or id. */
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare|bdsharebuttonbox|jiathis|social|footer|foot|sidebar|side|related|xgwz|xgxx|qrcode|ewm|print|toolbar|tools|search|login|friendlinks?|copyright|banner|ads?|fenxiang)(?:$|[\s_-])/i;

/** Metadata field keys of government article pages (see src/model/furniture.ts for the fields the model reads). */
const META_KEYS = [
  '信息索引号', '索引号', '信息来源', '来源', '发布机构', '发文机关', '发文单位', '成文日期', '发布日期', '发布时间', '生成日期',
  '发文日期', '生效日期', '失效日期', '文号', '发文字号', '主题分类', '体裁分类', '组配分类', '信息分类', '公开方式', '公开范围',
  '公开时限', '有效性', '作者', '点击数', '浏览次数', '阅读次数', '访问量', '责任编辑',
];
const spaced = (k: string) => [...k].join('[\\s\\u00a0\\u3000]*');
const KEY_ALT = [...META_KEYS].sort((a, b) => b.length - a.length).map(spaced).join('|');
/** A field: key then a colon. */
const META_FIELD = new RegExp(`^[\\s\\u00a0\\u3000]*(?:${KEY_ALT})[\\s\\u00a0\\u3000]*[:：]`);
/** A key cell of a metadata table (the colon may be missing). */
const META_KEY_CELL = new RegExp(`^[\\s\\u00a0\\u3000]*(${KEY_ALT})[\\s\\u00a0\\u3000]*([:：]?)[\\s\\u00a0\\u3000]*$`);

class TextCache {
  private readonly cache = new WeakMap<object, string>();
  of(node: HastContent | HastRoot): string {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' && node.type !== 'root') return '';
    let t = this.cache.get(node);
    if (t === undefined) {
      t = node.children.map((c) => this.of(c)).join('');
      this.cache.set(node, t);
    }
    return t;
  }
}

function range(n: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | undefined {
  const s = n.position?.start.offset;
  const e = n.position?.end.offset;
  return s !== undefined && e !== undefined ? [s, e] : undefined;
}

function dropTags(node: HastParents, removed: [number, number][]): void {
  node.children = node.children.filter((c) => {
    if (c.type === 'comment' || (c.type === 'element' && DROP_TAGS.has(c.tagName))) {
      const r = range(c);
      if (r) removed.push(r);
      return false;
    }
    if (c.type === 'element') dropTags(c, removed);
    return true;
  }) as typeof node.children;
}

/**
 * A Word table of contents saved as a web page: LibreOffice's <div id="Table of Contents1">, Word's <p class=MsoToc1>
 * … and <p class=MsoTocHeading>. Navigation, not report text (its entries repeat the headings with page numbers).
 */
function dropTableOfContents(node: HastParents, removed: [number, number][]): void {
  const keep = node.children.filter((c) => {
    if (c.type !== 'element') return true;
    const toc = /^Table of Contents\d*$/i.test(String(c.properties?.id ?? '')) || /(?:^|\s)MsoToc(?:\d|Heading)/i.test(classOf(c));
    if (!toc) {
      dropTableOfContents(c, removed);
      return true;
    }
    const r = range(c);
    if (r) removed.push(r);
    return false;
  });
  if (keep.length !== node.children.length) node.children = keep as typeof node.children;
}

const HEADING_TAG = /^h[1-6]$/;

/**
 * Word's numbered headings as LibreOffice writes them to HTML (「另存为」 .html, `--convert-to html`): each heading in a
 * list item of its own, the lists nested (<ol><li><h1>…</h1><ol><li><h2>…). The numbers were Word's (一、（一）);
 * HTML lists can only count 1. 2., and read as list items the headings lose their depth and take a third-level
 * arabic number. A list whose every item opens with a heading is unwrapped: the headings stand as headings, their
 * depth gives the outline, as for a Word file whose heading styles carry no number.
 */
function unwrapHeadingLists(node: HastParents): void {
  const out: HastContent[] = [];
  let changed = false;
  for (const c of node.children as HastContent[]) {
    if (c.type !== 'element') {
      out.push(c);
      continue;
    }
    unwrapHeadingLists(c);
    if ((c.tagName === 'ol' || c.tagName === 'ul') && headingItems(c)) {
      for (const li of c.children as HastContent[]) if (li.type === 'element') out.push(...(li.children as HastContent[]));
      changed = true;
    } else out.push(c);
  }
  if (changed) node.children = out as HastParents['children'];
}

/** Every item of the list opens with a heading (nothing but space before it), and there is at least one. */
function headingItems(list: Element): boolean {
  let items = 0;
  for (const li of list.children) {
    if (li.type === 'text' && !li.value.trim()) continue;
    if (li.type !== 'element' || li.tagName !== 'li') return false;
    const first = li.children.find((k) => !(k.type === 'text' && !k.value.trim()) && k.type !== 'comment');
    if (!first || first.type !== 'element' || !HEADING_TAG.test(first.tagName)) return false;
    items++;
  }
  return items > 0;
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

function classOf(el: Element): string {
  const cls = el.properties?.className;
  const id = el.properties?.id;
  return [Array.isArray(cls) ? cls.join(' ') : String(cls ?? ''), String(id ?? '')].join(' ');
}

/** The page header or footer of a document saved as a web page: LibreOffice's <div title="header">, Word's mso-element:header. */
function isOfficeHeaderFooter(el: Element): boolean {
  const title = String(el.properties?.title ?? '').toLowerCase();
  return (el.tagName === 'div' && (title === 'header' || title === 'footer')) || /mso-element\s*:\s*(?:header|footer)/i.test(String(el.properties?.style ?? ''));
}

function cleanPage(root: HastRoot, texts: TextCache, removed: [number, number][], office = false): void {
  const body = findBody(root);
  const total = squash(texts.of(body)).length;
  // a document saved as a web page by Word, WPS or LibreOffice has no site chrome above its title, and its headings
  // (标题 1 → <h1>) are not the title: nothing is pruned by a guessed title there
  const title = office ? undefined : findTitle(root, body, texts);
  if (title) pruneBefore(body, title, texts, removed);

  const walk = (node: HastParents): void => {
    const out: ElementContent[] = [];
    for (const c of node.children as ElementContent[]) {
      if (c.type !== 'element') {
        out.push(c);
        continue;
      }
      const text = texts.of(c);
      const flat = squash(text);
      const chrome =
        (c.tagName === 'header' || c.tagName === 'footer' || c.tagName === 'aside' || FURNITURE_CLASS.test(classOf(c)) || isOfficeHeaderFooter(c)) &&
        flat.length < total * 0.25 &&
        !contains(c, title) &&
        // without a known title, a heading inside might be it
        (title !== undefined || !hasHeading(c)) &&
        !META_FIELD.test(text);
      const nav =
        flat.length < NAV_MAX && c.tagName !== 'body' && c.tagName !== 'html' && !contains(c, title) && (NAV_TEXT.test(text.trimStart()) || FOOTER_TEXT.test(text));
      if (chrome || nav) {
        const r = range(c);
        if (r) removed.push(r);
        continue;
      }
      if (c.tagName === 'table' && isMetadataTable(c, texts)) {
        out.push(...flattenTable(c, texts));
        continue;
      }
      if (flat.length < 400 && META_FIELD.test(text)) separateFields(c, texts);
      walk(c);
      out.push(c);
    }
    node.children = out as typeof node.children;
  };
  walk(root);
}

/** <meta name="generator" content="Microsoft Word 15 / LibreOffice 7.4 / WPS Office / OpenOffice">. */
function officeExport(root: HastRoot): boolean {
  return elementsOf(root).some(
    (e) => e.tagName === 'meta' && /^generator$/i.test(String(e.properties?.name ?? '')) && /Microsoft Word|LibreOffice|OpenOffice|WPS/i.test(String(e.properties?.content ?? '')),
  );
}

function findBody(root: HastRoot): HastParents {
  let body: HastParents = root;
  const visit = (n: HastParents): boolean => {
    for (const c of n.children) {
      if (c.type === 'element' && c.tagName === 'body') {
        body = c;
        return true;
      }
      if (c.type === 'element' && visit(c)) return true;
    }
    return false;
  };
  visit(root);
  return body;
}

function elementsOf(node: HastParents, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type === 'element') {
      out.push(c);
      elementsOf(c, out);
    }
  }
  return out;
}

/**
 * The article title: the heading (or .title element) whose text the page's
 * <title> repeats; else the first <h1>. Chrome above it is dropped.
 */
function findTitle(root: HastRoot, body: HastParents, texts: TextCache): Element | undefined {
  const titleEl = elementsOf(root).find((e) => e.tagName === 'title');
  const docTitle = titleEl ? squash(texts.of(titleEl)) : '';
  const candidates = elementsOf(body).filter((e) => {
    if (!/^h[1-3]$/.test(e.tagName) && !/title|biaoti/i.test(classOf(e))) return false;
    const t = squash(texts.of(e));
    return t.length >= 6 && t.length <= 120;
  });
  // the longest one: a site logo (叶城县人民政府) is repeated in <title> too
  const longest = (es: Element[]) => es.reduce<Element | undefined>((best, e) => (!best || squash(texts.of(e)).length > squash(texts.of(best)).length ? e : best), undefined);
  const repeated = docTitle ? longest(candidates.filter((e) => docTitle.includes(squash(texts.of(e))))) : undefined;
  const found = repeated ?? longest(candidates.filter((e) => e.tagName === 'h1'));
  return found && range(found) ? found : undefined;
}

function contains(el: Element, target: Element | undefined): boolean {
  if (!target) return false;
  if (el === target) return true;
  return el.children.some((c) => c.type === 'element' && contains(c, target));
}

function hasHeading(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (/^h[1-3]$/.test(c.tagName) || hasHeading(c)));
}

/**
 * Drop everything before the article title except metadata (索引号 tables
 * and 来源/发布时间 bars often sit above it).
 */
function pruneBefore(node: HastParents, title: Element, texts: TextCache, removed: [number, number][]): void {
  const start = range(title)![0];
  const out: typeof node.children = [];
  for (const c of node.children) {
    const r = range(c);
    if (c === title || !r || r[0] >= start) {
      out.push(c as never);
      continue;
    }
    if (r[1] > start) {
      // an ancestor of the title
      if (c.type === 'element') pruneBefore(c, title, texts, removed);
      out.push(c as never);
      continue;
    }
    const text = c.type === 'element' || c.type === 'text' ? texts.of(c) : '';
    if (c.type === 'element' && hasMetadata(c, texts)) {
      if (META_FIELD.test(text) || (c.tagName === 'table' && isMetadataTable(c, texts))) {
        out.push(c);
      } else {
        pruneBefore(c, title, texts, removed);
        out.push(c);
      }
      continue;
    }
    if (c.type === 'text' && !text.trim()) {
      out.push(c);
      continue;
    }
    removed.push(r);
  }
  node.children = out as typeof node.children;
}

function hasMetadata(el: Element, texts: TextCache): boolean {
  const t = texts.of(el);
  return squash(t).length < 1500 && new RegExp(`(?:${KEY_ALT})[\\s\\u00a0\\u3000]*[:：]?`).test(t) && elementsOf(el).concat(el).some((e) => META_FIELD.test(texts.of(e)) || (e.tagName === 'table' && isMetadataTable(e, texts)));
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

function rowsOf(table: Element): Element[] {
  return elementsOf(table).filter((e) => e.tagName === 'tr');
}

/** A short table whose cells are field keys (索引号：) and their values. */
function isMetadataTable(table: Element, texts: TextCache): boolean {
  if (squash(texts.of(table)).length > 800) return false;
  let keys = 0;
  for (const row of rowsOf(table)) for (const cell of cellsOf(row)) if (META_KEY_CELL.test(texts.of(cell)) || META_FIELD.test(texts.of(cell))) keys++;
  return keys >= 2;
}

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'center']);

/** The phrasing content of an element, block wrappers unwrapped. */
function inlineContent(el: Element): ElementContent[] {
  const out: ElementContent[] = [];
  for (const c of el.children) {
    if (c.type === 'element' && BLOCK_TAGS.has(c.tagName)) {
      if (out.length) out.push(text(' '));
      out.push(...inlineContent(c));
    } else if (c.type !== 'comment') {
      out.push(c);
    }
  }
  return out;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** One paragraph per row: “索引号： 11653… 发布机构： 叶城县司法局”; a key cell without a colon gets one. */
function flattenTable(table: Element, texts: TextCache): Element[] {
  return rowsOf(table).flatMap((row) => {
    const children: ElementContent[] = [];
    for (const cell of cellsOf(row)) {
      const t = texts.of(cell);
      if (!squash(t)) continue;
      if (children.length) children.push(text(' '));
      const key = META_KEY_CELL.exec(t);
      if (key) {
        // 索 引 号 → 索引号 (padded keys), with the colon the model needs
        const compact = squash(key[1]) + '：';
        const first = firstText(cell);
        children.push(first ? { type: 'text', value: compact, position: first.position } : text(compact));
      } else {
        children.push(...inlineContent(cell));
      }
    }
    if (!children.length) return [];
    return [{ type: 'element', tagName: 'p', properties: {}, children, position: row.position }];
  });
}

function firstText(el: Element): Extract<ElementContent, { type: 'text' }> | undefined {
  for (const c of el.children) {
    if (c.type === 'text' && c.value.trim()) return c;
    if (c.type === 'element') {
      const t = firstText(c);
      if (t) return t;
    }
  }
  return undefined;
}

/** 来源：…<span>发布时间：…</span>: a space before each field so the keys stay apart once the tags are gone. */
function separateFields(el: Element, texts: TextCache): void {
  const out: ElementContent[] = [];
  el.children.forEach((c, i) => {
    if (i > 0 && (c.type === 'element' || c.type === 'text') && META_FIELD.test(texts.of(c))) {
      const prev = texts.of(el.children[i - 1] as HastContent);
      if (prev && !/[\s\u00a0\u3000]$/.test(prev)) out.push(text(' '));
    }
    if (c.type === 'element') separateFields(c, texts);
    out.push(c);
  });
  el.children = out;
}

/** Blocks that make a report paragraph: a cell holding several of them holds an article, not a figure. */
const LEAF_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'br', 'blockquote']);

function directRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') for (const r of c.children) if (r.type === 'element' && r.tagName === 'tr') rows.push(r);
  }
  return rows;
}

/** Containers that are a paragraph when they hold no block of their own (`<div>` lines). */
const DIV_BLOCKS = new Set(['div', 'section', 'article', 'center', 'main']);

/** Paragraph-level blocks under an element (nested tables are their own matter: not counted). */
function countBlocks(el: Element, limit: number): number {
  let n = 0;
  const stack: Element[] = [el];
  while (stack.length && n < limit) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (c.type !== 'element' || c.tagName === 'table') continue;
      if (LEAF_BLOCKS.has(c.tagName)) n++;
      else if (DIV_BLOCKS.has(c.tagName) && !c.children.some((k) => k.type === 'element' && (BLOCK_TAGS.has(k.tagName) || k.tagName === 'br'))) {
        if (c.children.some((k) => k.type === 'text' ? k.value.trim() : k.type === 'element')) n++;
      } else stack.push(c);
    }
  }
  return n;
}

/**
 * Older government sites lay the whole page out with `<table>`: the article, many `<p>` (often pasted from
 * Word), sits in one `<td>`. A data cell is one paragraph (docs/formats.md), so read as data the article would be
 * one paragraph and every heading in it lost. A table is a layout table when one of its cells holds several
 * paragraph-level blocks (p, h1–h6, li, br-separated lines, `<div>` lines) and at least half of the table's text (or
 * eight blocks and a third of it: a long article beside a side menu): its cells then
 * become `<div>`s, and their blocks stay paragraphs. Figures tables (each cell a number or a short label, the text
 * spread over many cells) stay tables. Nested tables are judged first, on their own.
 */
function unwrapLayoutTables(node: HastParents, texts: TextCache): void {
  const out: ElementContent[] = [];
  for (const c of node.children as ElementContent[]) {
    if (c.type !== 'element') {
      out.push(c);
      continue;
    }
    // inner tables first: a layout table nested in a layout table's cell is unwrapped before the outer one is judged
    unwrapLayoutTables(c, texts);
    if (c.tagName === 'table' && isLayoutTable(c, texts)) {
      for (const row of directRows(c)) {
        for (const cell of cellsOf(row)) out.push({ type: 'element', tagName: 'div', properties: {}, children: cell.children, position: cell.position });
      }
      continue;
    }
    out.push(c);
  }
  node.children = out as typeof node.children;
}

function isLayoutTable(table: Element, texts: TextCache): boolean {
  const total = squash(texts.of(table)).length;
  if (!total) return false;
  for (const row of directRows(table)) {
    for (const cell of cellsOf(row)) {
      const blocks = countBlocks(cell, 8);
      if (blocks < 3) continue;
      const share = squash(texts.of(cell)).length / total;
      // half the table's text in one cell of paragraphs; or a long article beside wide columns (a side menu, links)
      if (share >= 0.5 || (blocks >= 8 && share >= 0.3)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Positions (mdast)

type Loc = ReturnType<typeof location>;

function point(loc: Loc, offset: number) {
  const p = loc.toPoint(offset);
  return { line: p?.line ?? 1, column: p?.column ?? 1, offset };
}

/** Re-anchor every text node on the source: exact runs keep exact positions. */
function anchor(node: Nodes, source: string, skip: SkipRanges, loc: Loc): void {
  if (!('children' in node)) return;
  const out: Nodes[] = [];
  for (const c of node.children as Nodes[]) {
    if ((c.type === 'text' || c.type === 'inlineCode') && c.position?.start.offset !== undefined && c.position.end.offset !== undefined) {
      const pieces = align(source, c.position.start.offset, c.position.end.offset, c.value, skip);
      pieces.forEach((p, k) => {
        // a line break of the source between two CJK characters is not a space (CSS Text 3, segment breaks)
        if (p.value === ' ' && p.start !== undefined && /[\n\r]/.test(source.slice(p.start, p.end))) {
          const before = pieces[k - 1]?.value.slice(-1) ?? '';
          const after = pieces[k + 1]?.value[0] ?? '';
          if (WIDE.test(before) && WIDE.test(after)) p.value = '';
        }
      });
      for (const p of pieces) {
        if (!p.value) continue;
        const t: Text = { type: 'text', value: p.value };
        if (p.start !== undefined && p.end !== undefined) t.position = { start: point(loc, p.start), end: point(loc, p.end) };
        out.push(t);
      }
      continue;
    }
    if (c.type === 'inlineCode') {
      out.push({ type: 'text', value: c.value });
      continue;
    }
    anchor(c, source, skip, loc);
    out.push(c);
  }
  (node as Parent).children = out as Parent['children'];
}

const BLOCK = new Set(['paragraph', 'heading', 'tableCell']);
/** East Asian wide characters: CJK ideographs, kana, CJK and full-width punctuation. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’]/;
const SPACE = /^[\s\u00a0\u3000\u2002\u2003]+/;
const SPACE_END = /[\s\u00a0\u3000\u2002\u2003]+$/;

/**
 * One report paragraph per block: cells hold phrasing only, <br> splits a
 * paragraph (pages often put a whole report in one <p> with <br>s), leading
 * indentation (　　) is outside the text as in plain-text reports.
 */
function normalise(node: Nodes, splitBreaks: boolean, loc: Loc): void {
  if (!('children' in node)) return;
  const out: Nodes[] = [];
  for (const c of node.children as Nodes[]) {
    if (c.type === 'tableCell') {
      c.children = c.children.flatMap((k, i) => {
        const kids = (k.type as string) === 'paragraph' ? ((k as unknown as Paragraph).children as PhrasingContent[]) : [k];
        return i > 0 ? [{ type: 'text', value: ' ' } as Text, ...kids] : kids;
      });
    }
    if (c.type === 'paragraph' && splitBreaks && c.children.some((k) => k.type === 'break')) {
      let cur: PhrasingContent[] = [];
      const parts: Paragraph[] = [];
      for (const k of c.children) {
        if (k.type === 'break') {
          parts.push({ type: 'paragraph', children: cur });
          cur = [];
        } else cur.push(k);
      }
      parts.push({ type: 'paragraph', children: cur });
      for (const p of parts) if (finishBlock(p, loc)) out.push(p);
      continue;
    }
    if (BLOCK.has(c.type)) {
      if (finishBlock(c as Parent, loc) || c.type === 'tableCell') out.push(c);
      continue;
    }
    normalise(c, splitBreaks, loc);
    out.push(c);
  }
  (node as Parent).children = out as RootContent[] as Parent['children'];
}

function leaves(node: Nodes, out: Text[] = []): Text[] {
  if (node.type === 'text') out.push(node);
  else if ('children' in node) for (const c of node.children as Nodes[]) leaves(c, out);
  return out;
}

/** Trim the block's text and set its position from its first and last placed characters; false when empty. */
function finishBlock(block: Parent, loc: Loc): boolean {
  const ls = leaves(block as Nodes);
  // leading
  for (const t of ls) {
    const m = SPACE.exec(t.value);
    if (!m) break;
    const n = m[0].length;
    if (t.position && exactText(t)) t.position.start = point(loc, t.position.start.offset! + n);
    t.value = t.value.slice(n);
    if (t.value) break;
  }
  for (let k = ls.length - 1; k >= 0; k--) {
    const t = ls[k];
    const m = SPACE_END.exec(t.value);
    if (!m) break;
    const n = m[0].length;
    if (t.position && exactText(t)) t.position.end = point(loc, t.position.end.offset! - n);
    t.value = t.value.slice(0, t.value.length - n);
    if (t.value) break;
  }
  const placed = ls.filter((t) => t.value && t.position);
  if (!ls.some((t) => t.value.trim())) return false;
  if (placed.length) {
    block.position = { start: { ...placed[0].position!.start }, end: { ...placed[placed.length - 1].position!.end } };
  }
  return true;
}

/** A text node whose position spans exactly its value (so trimming can move the position with it). */
function exactText(t: Text): boolean {
  const p = t.position!;
  return p.end.offset! - p.start.offset! === t.value.length;
}

