import type { Root as HastRoot, Element, ElementContent, Parents as HastParents } from 'hast';

/**
 * Shape budgets for parsed HTML (web pages and Word documents through mammoth), so a hostile page
 * cannot overflow the stack of the recursive tree transforms that follow (hast-util-to-mdast, the
 * cleaning passes, the model): 800 nested `<ul><li>` or 125,000 sibling `<p>` overflowed before.
 * Both passes are iterative and linear in the number of nodes. Runs in a browser (no Node API).
 */

/** Deepest element nesting kept. Real pages nest 20–40 deep; deeper elements are unwrapped into their text. */
export const MAX_HTML_DEPTH = 64;
/** Most children one element keeps directly; more are grouped into `<div>`s of this many (a spread of 125,000 overflows). */
export const MAX_HTML_CHILDREN = 4096;

export interface ShapeStats {
  /** Elements below MAX_HTML_DEPTH whose text was kept and whose markup was dropped. */
  flattened: number;
  /** Parents whose children were regrouped. */
  regrouped: number;
}

/** Cap depth and width of a hast tree in place. */
export function capHastShape(tree: HastRoot): ShapeStats {
  const stats: ShapeStats = { flattened: 0, regrouped: 0 };
  const stack: [HastParents, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= MAX_HTML_DEPTH && node.type === 'element') {
      const kept = flatText(node);
      stats.flattened += 1;
      node.children = kept;
      continue;
    }
    if (node.children.length > MAX_HTML_CHILDREN) {
      node.children = regroup(node.children as ElementContent[], node) as typeof node.children;
      stats.regrouped++;
    }
    for (const c of node.children) if (c.type === 'element') stack.push([c, depth + 1]);
  }
  return stats;
}

/** The text nodes and line breaks under an element, in document order (iterative). */
function flatText(el: Element): ElementContent[] {
  const out: ElementContent[] = [];
  const stack: ElementContent[] = [...el.children].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    if (c.type === 'text') out.push(c);
    else if (c.type === 'element') {
      if (c.tagName === 'br') out.push(c);
      else if (c.tagName === 'script' || c.tagName === 'style') continue;
      else {
        // block boundaries stay visible as line breaks, so words of two paragraphs do not run together
        if (/^(?:p|div|li|h[1-6]|tr|td|th|blockquote|section|article)$/.test(c.tagName) && out.length) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]);
      }
    }
  }
  return out;
}

/**
 * The element that groups children. hast-util-to-mdast passes a transparent element's children up
 * with `push(...children)`, which overflows at ~120,000: the group converts to one mdast node of its
 * own (groupHandler) that unwrapGroups removes after conversion.
 */
export const GROUP_TAG = 'fzlint-group';

/** rehype-remark handler for GROUP_TAG. */
export function groupHandler(state: { all(node: unknown): unknown[]; toFlow(nodes: unknown[]): unknown[] }, node: unknown): unknown {
  return { type: GROUP_TYPE, children: state.toFlow(state.all(node)) };
}

const GROUP_TYPE = 'fzlintGroup';

/** Replace every group node of an mdast tree by its children, without spreading large arrays (iterative). */
export function unwrapGroups(tree: { children?: unknown[] }): void {
  const stack: { children?: unknown[] }[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!Array.isArray(node.children)) continue;
    if (node.children.some((c) => (c as { type?: string }).type === GROUP_TYPE)) {
      const out: unknown[] = [];
      const pending: unknown[] = [...node.children].reverse();
      while (pending.length) {
        const c = pending.pop() as { type?: string; children?: unknown[] };
        if (c.type === GROUP_TYPE) for (let i = (c.children?.length ?? 0) - 1; i >= 0; i--) pending.push(c.children![i]);
        else out.push(c);
      }
      node.children = out;
    }
    for (const c of node.children) stack.push(c as { children?: unknown[] });
  }
}

/** Children grouped into `<div>`s of MAX_HTML_CHILDREN (nested again when even the groups are too many). */
function regroup(children: ElementContent[], parent: HastParents): ElementContent[] {
  let level = children;
  while (level.length > MAX_HTML_CHILDREN) {
    const next: ElementContent[] = [];
    for (let i = 0; i < level.length; i += MAX_HTML_CHILDREN) {
      const part = level.slice(i, i + MAX_HTML_CHILDREN);
      const first = part[0].position;
      const last = part[part.length - 1].position;
      const div: Element = { type: 'element', tagName: GROUP_TAG, properties: {}, children: part };
      if (first && last) div.position = { start: first.start, end: last.end };
      next.push(div);
    }
    level = next;
  }
  void parent;
  return level;
}
