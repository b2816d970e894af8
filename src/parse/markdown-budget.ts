/**
 * A linear pre-scan of Markdown for the inputs on which the parser (micromark) is superlinear:
 * emphasis delimiter runs (`*`, `_`, `~`), link and image openers (`[`), and deeply nested
 * containers (`>` and list markers, or indentation). Measured with micromark 4: 16 KB of `*` around
 * one word took 3.2 s and grew ×25 for ×4 input; 1 MB of nested list items took 36 s. A document
 * past a budget is parsed as plain text instead (one paragraph per line, exact positions): its rules
 * still run, only its Markdown structure (headings by `#`, lists) is not read. docs/security.md says so.
 * Real reports are far inside these budgets. Runs in a browser (no Node API).
 */

/** Most `*`, `_`, `~` or `[` characters in one block (text between blank lines). */
export const MAX_DELIMITERS_PER_BLOCK = 500;
/** Most of them in the whole document. */
export const MAX_DELIMITERS = 20_000;
/** Longest container prefix of a line (indentation, `>` and list markers), in characters. */
export const MAX_CONTAINER_PREFIX = 64;

/** Why the text is over a budget, or undefined when Markdown parsing is linear for it. */
export function markdownOverBudget(text: string): string | undefined {
  let total = 0;
  let block = 0;
  let lineStart = true;
  let prefix = 0;
  let blank = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (blank) block = 0; // a blank line ends the block
      lineStart = true;
      prefix = 0;
      blank = true;
      continue;
    }
    if (lineStart) {
      // spaces, tabs, >, and list markers (- * + or digits with . or )) before the line's content
      if (c === 32 || c === 9 || c === 62 || c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57) || c === 46 || c === 41) {
        prefix += c === 9 ? 4 : 1;
        if (prefix > MAX_CONTAINER_PREFIX) return `a line nests containers deeper than ${MAX_CONTAINER_PREFIX} characters of indentation and markers`;
      } else lineStart = false;
    }
    if (c !== 32 && c !== 9) blank = false;
    if (c === 42 || c === 95 || c === 126 || c === 91) {
      total++;
      block++;
      if (block > MAX_DELIMITERS_PER_BLOCK) return `more than ${MAX_DELIMITERS_PER_BLOCK} emphasis or link delimiters (* _ ~ [) in one block`;
      if (total > MAX_DELIMITERS) return `more than ${MAX_DELIMITERS} emphasis or link delimiters (* _ ~ [) in the document`;
    }
  }
  return undefined;
}
