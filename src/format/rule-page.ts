import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// A rule's page (rules/<id>.md) as text and HTML: pure functions, no file system, so the
// review page, SARIF and a browser host render pages the same way.

/** A rule's page, as SARIF's reportingDescriptor.help and the review page carry it. */
export interface RuleHelp {
  /** Plain text: the page's blocks as text, one blank line between them. */
  text: string;
  /** The page itself (rules/<id>.md). */
  markdown: string;
}

/** Rule pages use GitHub's Markdown (option tables). */
function parsePage(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  return processor.runSync(processor.parse(markdown)) as Root;
}

/** Plain text of a Markdown page: headings, paragraphs, list items and code blocks as their text. */
export function markdownToText(markdown: string): string {
  const tree = parsePage(markdown);
  const blocks: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'list') for (const item of n.children) blocks.push(`- ${toString(item).trim()}`);
      else if (n.type === 'code') blocks.push(n.value);
      else if (n.type === 'html') continue;
      else if (n.type === 'table') for (const row of n.children) blocks.push(row.children.map((c) => toString(c)).join(' | '));
      else if (n.type === 'blockquote') walk(n.children);
      else blocks.push(toString(n));
    }
  };
  walk(tree.children);
  return blocks.filter((b) => b.trim()).join('\n\n');
}


/**
 * A rule page as an HTML fragment for a self-contained page: raw HTML in the
 * Markdown is dropped (mdast-util-to-hast's default), links open outside the page.
 * `rulePage`: where a link to another rule's page (`consistent-year.md`) goes — an
 * anchor in the same page — or undefined to keep only its text (a relative link
 * would lead nowhere from a page opened on its own).
 */
export function markdownToHtml(markdown: string, rulePage?: (id: string) => string | undefined): string {
  const tree = parsePage(markdown);
  if (rulePage) relinkRulePages(tree, rulePage);
  return toHtml(toHast(tree));
}

const RULE_PAGE_LINK = /^([a-z0-9-]+)\.md(?:#.*)?$/;

function relinkRulePages(parent: { children: RootContent[] }, rulePage: (id: string) => string | undefined): void {
  for (let i = 0; i < parent.children.length; i++) {
    const n = parent.children[i];
    if (n.type === 'link') {
      const m = RULE_PAGE_LINK.exec(n.url);
      if (m) {
        const to = rulePage(m[1]);
        if (to !== undefined) n.url = to;
        else {
          parent.children.splice(i, 1, ...(n.children as RootContent[]));
          i--;
          continue;
        }
      }
    }
    if ('children' in n) relinkRulePages(n as { children: RootContent[] }, rulePage);
  }
}
