/**
 * A table of contents as text (a .doc's TOC field result, a PDF's 目录 page): entries that repeat the headings
 * with their page numbers. Read as text they are a second outline before the first (duplicated 一、, a part found
 * twice, headings naming years). The .docx reader finds the TOC in the document's structure (docx-toc.ts); the
 * .doc and PDF readers get text only, so a TOC is recognised by its lines:
 *
 * - an entry is a line of heading text, then a tab or a leader (「……」「.....」), then a page number;
 * - two or more entries in a row, their page numbers never going down;
 * - with a tab (no leader), at least half of the entries' texts come back later in the document as a line of their
 *   own (the headings they point to) — a two-column table of counts (「行政复议\t1230」) does not;
 * - a 「目录」 line just before the entries belongs to them; so does, among leader entries, a line that an entry too
 *   long for one line wrapped from (「三、…第一责任人职责，加强」 over 「法治政府建设……3」).
 *
 * Entries are emptied, not removed: line N stays paragraph N. No Node API.
 */
const ENTRY = /^(\S.{0,100}?)(?:\s*[.．·•…⋯]{4,}\s*|\t+)([0-9]{1,3})$/;
const LEADER = /[.．·•…⋯]{4,}\s*[0-9]{1,3}$/;
const CAPTION = /^目\s*录$/;

/** The key a heading is compared by: no spaces, no leading marker it may have lost or gained. */
const key = (s: string) => s.replace(/\s+/g, '').replace(/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])/, '');

/** Indexes of the lines that are a table of contents. */
export function tocLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  const t = lines.map((l) => l.trim());
  // the first line of a leader entry too long for one line: no leader, no sentence end, a leader entry after it
  const wrapped = (k: number) => k >= 0 && k + 1 < t.length && !ENTRY.test(t[k]) && LEADER.test(t[k + 1]) && t[k].length <= 60 && !/[。；;]$/.test(t[k]);
  let i = 0;
  while (i < t.length) {
    if (!ENTRY.test(t[i]) && !wrapped(i)) {
      i++;
      continue;
    }
    let j = i;
    let page = 0;
    let ordered = true;
    let entries = 0;
    while (j < t.length) {
      const at = wrapped(j) ? j + 1 : j;
      const m = ENTRY.exec(t[at]);
      if (!m) break;
      const n = Number(m[2]);
      if (n < page) ordered = false;
      page = n;
      entries++;
      j = at + 1;
    }
    const run = t.slice(i, j);
    if (entries >= 2 && ordered) {
      let ok = run.every((l, k) => LEADER.test(l) || LEADER.test(run[k + 1] ?? ''));
      if (!ok) {
        const later = new Set(t.slice(j).map((l) => key(l)).filter((k) => k.length >= 2));
        const found = run.filter((l) => ENTRY.test(l) && later.has(key(ENTRY.exec(l)![1]))).length;
        ok = found * 2 >= entries;
      }
      if (ok) {
        for (let k = i; k < j; k++) out.add(k);
        if (i > 0 && CAPTION.test(t[i - 1])) out.add(i - 1);
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、](?![0-9]))/;

/**
 * The text with its table-of-contents lines emptied. With `numbers` (a .doc, whose automatic numbers fzlint reads
 * only where it is sure of them): a heading that stands without the number its TOC entry shows (「四、2025年…安排」
 * in the TOC, 「2025年…安排」 below, Word's list number not decoded) gets that number, as the TOC shows Word numbered it.
 */
export function blankTocLines(text: string, numbers = false): string {
  const lines = text.split('\n');
  const toc = tocLines(lines);
  if (!toc.size) return text;
  if (numbers) {
    const shown = new Map<string, string>();
    let last = -1;
    for (const i of [...toc].sort((a, b) => a - b)) {
      const m = ENTRY.exec(lines[i].trim());
      const n = m && NUMBER.exec(m[1]);
      if (n) shown.set(m[1].slice(n[0].length).replace(/\s+/g, ''), n[0]);
      last = Math.max(last, i);
    }
    for (let i = last + 1; i < lines.length; i++) {
      const t = lines[i].trim();
      if (NUMBER.test(t)) continue;
      const n = shown.get(t.replace(/\s+/g, ''));
      if (n) {
        lines[i] = n + t;
        shown.delete(t.replace(/\s+/g, ''));
      }
    }
  }
  return lines.map((l, i) => (toc.has(i) ? '' : l)).join('\n');
}
