import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { markdownOverBudget } from './markdown-budget.js';
import { parseText } from './text.js';

/**
 * CommonMark does not close `**` after a punctuation mark when a letter follows without a space,
 * so the bold run-in heading of Chinese reports — `**一、全面落实第一责任人职责。**街道党工委…` —
 * stays literal text. The CJK-friendly emphasis extension (micromark-extension-cjk-friendly) relaxes
 * the flanking rules next to CJK characters only; Latin text parses as before. Positions are
 * micromark's own, so they stay exact.
 */
function remarkCjkFriendly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(cjkFriendlyExtension());
}

const processor = unified().use(remarkParse).use(remarkCjkFriendly);

/**
 * Markdown → mdast through unified + remark-parse (loaded only for .md files). Text past the
 * parser's linear-time budgets (markdown-budget.ts) is read as plain text: `data.fzlintPlainText`
 * on the root then says why.
 */
export function parseMarkdown(text: string): Root {
  const over = markdownOverBudget(text);
  if (over) {
    const tree = parseText(text);
    tree.data = { ...(tree.data ?? {}), fzlintPlainText: over } as Root['data'];
    return tree;
  }
  return processor.parse(text) as Root;
}
