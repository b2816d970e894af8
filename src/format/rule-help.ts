import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A rule's page, as SARIF's reportingDescriptor.help and the review page carry it. */
export interface RuleHelp {
  /** Plain text: the page's blocks as text, one blank line between them. */
  text: string;
  /** The page itself (rules/<id>.md). */
  markdown: string;
}

/** Plain text of a Markdown page: headings, paragraphs, list items and code blocks as their text. */
export function markdownToText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
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
 * Reads rules/<id>.md under the package root, once per id; undefined for a rule
 * without a page (a plugin's). The formatters that need pages get this through
 * FormatContext.ruleHelp, so a run that prints stylish reads none.
 */
export function ruleHelpFrom(root: string): (id: string) => RuleHelp | undefined {
  const cache = new Map<string, RuleHelp | undefined>();
  return (id) => {
    if (!cache.has(id)) {
      let help: RuleHelp | undefined;
      // built-in ids are kebab-case; a plugin id (foo/bar) has no page here
      if (/^[a-z0-9-]+$/.test(id)) {
        try {
          const markdown = readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8');
          help = { text: markdownToText(markdown), markdown };
        } catch {
          help = undefined;
        }
      }
      cache.set(id, help);
    }
    return cache.get(id);
  };
}
