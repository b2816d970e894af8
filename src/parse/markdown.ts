import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const processor = unified().use(remarkParse);

/** Markdown → mdast through unified + remark-parse (loaded only for .md files). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
