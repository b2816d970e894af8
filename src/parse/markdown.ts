import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdownOverBudget } from './markdown-budget.js';
import { parseText } from './text.js';

const processor = unified().use(remarkParse);

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
