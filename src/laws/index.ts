import { distance } from 'fastest-levenshtein';

/**
 * National law and key-document titles (data/laws.tsv; data/README.md describes
 * the columns). Pure: parsing, normalising and matching; reading the file is
 * ./load.ts's job, so this module runs anywhere.
 */
export type LawKind = 'law' | 'administrative-regulation' | 'party-regulation' | 'policy';

export interface LawEntry {
  title: string;
  short: string;
  kind: LawKind;
  status: 'in-force' | 'repealed';
  note: string;
  /**
   * Day it stopped being in force (YYYY-MM-DD): a repeal, the day its successor took effect, or the day after a
   * plan period ended. Unset for a repealed entry whose note gives no such date (see inForceThrough).
   */
  repealedOn?: string;
  /**
   * A repealed entry with no repeal date: the latest date its note shows it in force (promulgated, effective,
   * text dated), so a report for a year up to this one cited it while it may still have been in force.
   */
  inForceThrough?: string;
  /** What replaced it, as the note names it. */
  replacedBy?: string;
  /** A plan whose period ended (no formal repeal): the last year of the period. */
  periodEnded?: number;
  /** Year first adopted, where the note gives it. */
  adopted?: number;
  /** Further usual short names (“commonly abbreviated 地方组织法”). */
  aliases: string[];
  /** Plan period of a dated plan or outline: 法治政府建设实施纲要（2021—2025年） → [2021, 2025]. */
  period?: [number, number];
}

/** Parse laws.tsv: header line, then title, short, kind, status, note, source (tab-separated, no quoting). */
export function parseLawsTsv(text: string): LawEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split('\t') ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i === -1) throw new Error(`laws.tsv: missing column "${name}"`);
    return i;
  };
  const [iTitle, iShort, iKind, iStatus, iNote] = ['title', 'short', 'kind', 'status', 'note'].map(col);
  return lines.map((line) => {
    const f = line.split('\t');
    const note = f[iNote] ?? '';
    const entry: LawEntry = {
      title: f[iTitle],
      short: f[iShort] || f[iTitle],
      kind: f[iKind] as LawKind,
      status: REPEALED_STATUS.test(f[iStatus] ?? '') ? 'repealed' : 'in-force',
      note,
      aliases: [...note.matchAll(/commonly (?:abbreviated|called) ([^;,()（）]+)/g)].map((m) => m[1].trim()),
    };
    Object.assign(entry, endOfForce(note));
    if (entry.status === 'repealed' && !entry.repealedOn) {
      const dates = [...note.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]).sort();
      if (dates.length) entry.inForceThrough = dates[dates.length - 1];
    }
    const adopted = /adopted (\d{4})/.exec(note);
    if (adopted) entry.adopted = Number(adopted[1]);
    const period = yearRange(entry.title);
    if (period) entry.period = period.years;
    return entry;
  });
}

/** A status column that says the entry is no longer in force (data/README.md: `repealed`; other wordings alike). */
const REPEALED_STATUS = /^(?:repealed|superseded|invalid|expired|abolished|废止|失效|已废止|已失效)$/i;

/**
 * When and by what the note says an entry stopped being in force, in each wording data/laws.tsv uses:
 * `repealed YYYY-MM-DD[ by X]` (with `replaced by X`), `superseded by X (effective YYYY-MM-DD)` (the successor's
 * effective day), `superseded (plan period ended YYYY) by X`. Other dates in a note (first promulgated, effective-date
 * clause, text dated, adopted) are not the end of force and are never taken for it.
 */
export function endOfForce(note: string): Pick<LawEntry, 'repealedOn' | 'replacedBy' | 'periodEnded'> {
  const replaced = /replaced by ([^;(]+)/.exec(note)?.[1];
  const repealed = /\b(?:repealed|abolished|invalidated|expired) (?:on )?(\d{4}-\d{2}-\d{2})(?: by ([^;(]+))?/.exec(note);
  if (repealed) return clean({ repealedOn: repealed[1], replacedBy: replaced ?? repealed[2] });
  const plan = /superseded \(plan period ended (\d{4})\) by ([^;]+)/.exec(note);
  if (plan) return clean({ periodEnded: Number(plan[1]), repealedOn: `${Number(plan[1]) + 1}-01-01`, replacedBy: plan[2] });
  const successor = /\b(?:superseded|replaced) by ([^;(]+?)\s*\((?:effective|in force) (?:from )?(\d{4}-\d{2}-\d{2})\)/.exec(note);
  if (successor) return clean({ repealedOn: successor[2], replacedBy: successor[1] });
  return {};
}

function clean<T extends { replacedBy?: string }>(found: T): T {
  const replacedBy = found.replacedBy?.trim();
  if (replacedBy) return { ...found, replacedBy };
  const { replacedBy: _, ...rest } = found;
  return rest as T;
}

/**
 * The comparison form of a title: half- and full-width brackets alike, every
 * dash and range sign as “-” (the README: “—”, “－”, “-”, “–” all occur), no
 * spaces, quotes or nested-title brackets.
 */
export function normaliseTitle(title: string): string {
  return title
    .replace(/[（〔［]/g, '(')
    .replace(/[）〕］]/g, ')')
    .replace(/\s*(?:——|[—–－‐‑‒―~～]|-)\s*/g, '-')
    .replace(/[\s“”"‘’'「」<>〈〉《》·]/g, '');
}

/** The same, without 年 in year ranges: (2023-2025年) → (2023-2025). */
export function withoutYearChar(key: string): string {
  return key.replace(/(\d{4})年?-(\d{4})年(?:度)?/g, '$1-$2').replace(/(\d{4})年-/g, '$1-');
}

/** The brackets normaliseTitle turns into “(”: a title without one has no bracketed range. */
const OPENING_BRACKET = /[（〔［(]/;

/** A bracketed year range in a title: …（2021—2025年）. */
export function yearRange(title: string): { years: [number, number]; base: string } | undefined {
  if (!OPENING_BRACKET.test(title)) return undefined; // most titles: no bracket, nothing to normalise
  const key = normaliseTitle(title);
  const m = /\((\d{4})年?-(\d{4})年?\)/.exec(key);
  if (!m) return undefined;
  return { years: [Number(m[1]), Number(m[2])], base: key.slice(0, m.index) + key.slice(m.index + m[0].length) };
}

/** The kind of document a title names, by its last word: two titles of different kinds are never “close”. */
export function docType(key: string): string {
  const k = key.replace(/\((?:试行|暂行|草案|\d{4}[^)]*)\)$/, '');
  return /(法典|法|条例|规定|办法|细则|规则|决定|决议|意见|通知|纲要|规划|计划|方案|章程|修正案)$/.exec(k)?.[1] ?? '';
}

export interface LawMatch {
  entry: LawEntry;
  /** Which form of the entry matched: its title, its short form or an alias. */
  form: string;
  /** Edit distance between the normalised forms (0 = same after normalising). */
  distance: number;
  /** True when only 年 in a year range differs. */
  yearCharOnly: boolean;
  /** A looser likeness (a word inserted into a short title): the title may name another act — say so at info. */
  weak?: boolean;
}

interface Keyed {
  key: string;
  /** The key as closest() compares it: without 年 in year ranges and without 中华人民共和国 (computed once, here). */
  loose: string;
  form: string;
  entry: LawEntry;
}

/** A title this long (after 中华人民共和国) may have a run of characters dropped and still name one known title. */
const MIN_RUN_DROPPED_KEY = 12;
const RUN_DROPPED_TYPES: ReadonlySet<string> = new Set(['法', '条例', '规定', '办法', '细则', '规则']);

/** How many distinct titles each lookup remembers (titles repeat across reports: the same laws are cited everywhere). */
const MEMO_SIZE = 4096;

/** Bump when LawIndexData's shape or the normalising functions change (a prebuilt index of another version is not used). */
export const LAW_INDEX_DATA_VERSION = 2;

/**
 * The law index with its normalising already done: what the LawIndex constructor computes from the entries
 * (every regular expression over every title, short form and alias), as plain data. The build writes it
 * beside the bundles (scripts/bundle.mjs → dist/bundle/laws-index.json) so a cold start parses JSON instead
 * of normalising ~2,500 titles (issue 22); LawIndex.fromData builds the same index from it.
 */
export interface LawIndexData {
  version: number;
  entries: LawEntry[];
  /**
   * Per form (each entry's distinct title, short form and aliases, in entry order), three values: its key
   * (0: the form itself), its key without 年 in year ranges (0: the key) and its document type.
   */
  forms: (string | 0)[];
  /** Per plan-period entry, in index order: title without the period (or its short form), entry. */
  bases: [string, number][];
}

/** An entry's forms, in index order. */
function formsOf(entry: LawEntry): Set<string> {
  return new Set([entry.title, entry.short, ...entry.aliases]);
}

/** The normalising work of a LawIndex, done once (at build time for the bundled CLI). */
export function lawIndexData(entries: readonly LawEntry[]): LawIndexData {
  const forms: LawIndexData['forms'] = [];
  const bases: LawIndexData['bases'] = [];
  entries.forEach((entry, i) => {
    for (const form of formsOf(entry)) {
      const key = normaliseTitle(form);
      const noYear = withoutYearChar(key);
      forms.push(key === form ? 0 : key, noYear === key ? 0 : noYear, docType(key));
    }
    const range = yearRange(entry.title);
    if (range) bases.push([range.base, i]);
    if (range && normaliseTitle(entry.short) !== range.base) bases.push([normaliseTitle(entry.short), i]);
  });
  return { version: LAW_INDEX_DATA_VERSION, entries: [...entries], forms, bases };
}

/** Entries indexed by their normalised forms, for exact lookup and closest-title search. */
export class LawIndex {
  private readonly exact = new Map<string, Keyed[]>();
  private readonly noYearChar = new Map<string, Keyed[]>();
  private readonly byType = new Map<string, Keyed[]>();
  /** Entries with a plan period, by their title without the period. */
  private readonly byBase = new Map<string, LawEntry[]>();
  /** Answers already given, by title as asked (frozen: callers share them). */
  private readonly lookupMemo = new Map<string, readonly LawMatch[]>();
  private readonly closestMemo = new Map<string, readonly LawMatch[]>();

  constructor(readonly entries: readonly LawEntry[], data: LawIndexData = lawIndexData(entries)) {
    let at = 0;
    for (const entry of entries) {
      for (const form of formsOf(entry)) {
        const k0 = data.forms[at++];
        const key = k0 === 0 ? form : k0;
        const k1 = data.forms[at++];
        const noYear = k1 === 0 ? key : k1;
        const type = data.forms[at++] as string;
        const k: Keyed = { key, loose: core(noYear), form, entry };
        push(this.exact, key, k);
        push(this.noYearChar, noYear, k);
        push(this.byType, type, k);
      }
    }
    if (at !== data.forms.length) throw new Error('law index data: does not match its entries');
    for (const [base, i] of data.bases) push(this.byBase, base, entries[i]);
  }

  /** The index from prebuilt data (lawIndexData's output, e.g. read back from JSON). */
  static fromData(data: LawIndexData): LawIndex {
    if (data.version !== LAW_INDEX_DATA_VERSION) throw new Error(`law index data: version ${data.version}, expected ${LAW_INDEX_DATA_VERSION}`);
    return new LawIndex(data.entries, data);
  }

  /** The entries whose title, short form or alias equals the title after normalising. */
  lookup(title: string): LawMatch[] {
    return memo(this.lookupMemo, title, () => this.lookupUncached(title));
  }

  private lookupUncached(title: string): LawMatch[] {
    const key = normaliseTitle(title);
    const hits = this.exact.get(key);
    if (hits) return uniqueEntries(hits).map((k) => ({ entry: k.entry, form: k.form, distance: 0, yearCharOnly: false }));
    const loose = this.noYearChar.get(withoutYearChar(key));
    if (loose) return uniqueEntries(loose).map((k) => ({ entry: k.entry, form: k.form, distance: 0, yearCharOnly: true }));
    return [];
  }

  /**
   * Known titles within a small edit distance, of the same document kind:
   * at most 2 edits and at most one per six characters (督察规定 ↔ 督察工作规定,
   * 未成年犯罪 ↔ 未成年人犯罪), closest first.
   */
  closest(title: string): LawMatch[] {
    return memo(this.closestMemo, title, () => this.closestUncached(title));
  }

  private closestUncached(title: string): LawMatch[] {
    // 中华人民共和国 is compared but not counted: it would let two short names differ by two characters
    const key = core(withoutYearChar(normaliseTitle(title)));
    const type = docType(key);
    if (!type) return [];
    let best: LawMatch[] = [];
    for (const k of this.byType.get(type) ?? []) {
      const other = k.loose;
      const longest = Math.max(key.length, other.length);
      const limit = Math.min(2, Math.floor(longest / 6));
      if (limit === 0 || Math.abs(key.length - other.length) > limit) continue;
      const d = distance(key, other);
      if (d === 0 || d > limit) continue;
      if (best.length && d > best[0].distance) continue;
      if (best.length && d < best[0].distance) best = [];
      if (!best.some((b) => b.entry === k.entry)) best.push({ entry: k.entry, form: k.form, distance: d, yearCharOnly: false });
    }
    if (!best.length && RUN_DROPPED_TYPES.has(type) && key.length >= 6) {
      // a two-character word inserted into a short act's title (《优化营商环境管理条例》 for 优化营商环境条例): more than the
      // edits allowed above, and it may be another act the list lacks — offered at info
      for (const k of this.byType.get(type) ?? []) {
        const other = k.loose;
        if (key.length - other.length !== 2 || other.length < 4) continue;
        const p = insertedAt(key, other);
        // (暂行/试行 added is the title's other form, a warning of the rule's own)
        if (p < 3 || p >= other.length || /^(?:暂行|试行)$/.test(key.slice(p, p + 2))) continue;
        if (!best.some((b) => b.entry === k.entry)) best.push({ entry: k.entry, form: k.form, distance: 2, yearCharOnly: false, weak: true });
      }
      if (best.length) return best;
    }
    // (acts only: 《关于加强…的意见》 and 《关于进一步加强…的意见》 may be two documents)
    if (best.length || key.length < MIN_RUN_DROPPED_KEY || !RUN_DROPPED_TYPES.has(type)) return best;
    // a long title with a run of up to four characters left out in one place (《党政主要负责人履行推进第一责任人职责规定》,
    // 法治建设 dropped): too many edits for the limit above, but no other title reads that way
    for (const k of this.byType.get(type) ?? []) {
      const other = k.loose;
      const gap = other.length - key.length;
      if (gap < 3 || gap > 4) continue;
      const p = insertedAt(other, key);
      if (p < 4 || key.length - p < 2) continue; // the run lies inside the title, with words on both sides
      if (!best.some((b) => b.entry === k.entry)) best.push({ entry: k.entry, form: k.form, distance: gap, yearCharOnly: false });
    }
    return best;
  }

  /** Entries with a plan period whose title without the period is this base (法治政府建设实施纲要). */
  withBase(base: string): LawEntry[] {
    return this.byBase.get(base) ?? [];
  }
}

/**
 * Where `longer` is `shorter` with one run of characters inserted: the offset of the run, or -1 when the two differ
 * otherwise (优化营商环境管理条例 / 优化营商环境条例 → 6).
 */
function insertedAt(longer: string, shorter: string): number {
  let p = 0;
  while (p < shorter.length && longer.charCodeAt(p) === shorter.charCodeAt(p)) p++;
  return longer.endsWith(shorter.slice(p)) ? p : -1;
}

/** A remembered answer, as a fresh array (the matches themselves are shared and frozen). */
function memo(cache: Map<string, readonly LawMatch[]>, title: string, compute: () => LawMatch[]): LawMatch[] {
  let hit = cache.get(title);
  if (!hit) {
    if (cache.size >= MEMO_SIZE) cache.clear();
    hit = compute().map((m) => Object.freeze(m));
    cache.set(title, hit);
  }
  return hit.slice();
}

function core(key: string): string {
  return key.startsWith('中华人民共和国') ? key.slice(7) : key;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function uniqueEntries(list: Keyed[]): Keyed[] {
  const seen = new Set<LawEntry>();
  return list.filter((k) => (seen.has(k.entry) ? false : (seen.add(k.entry), true)));
}
