/**
 * Totals and their parts, as reports write them:
 *
 *   breakdown  共受理81件,其中刑事案件53件、民事案件28件 — 其中 names a subset: parts
 *              exceeding the total cannot be right, parts falling short may just leave
 *              categories out (unless the list is closed: 及其他…, 其余…, 分别为…)
 *   sum        受理刑事案件53件、民事案件28件,共计81件 — the list claims to be the whole
 *   implicit   受理543件,指派刑事177件,指派民事11件,认罪认罚355件 — no marker; category
 *              parts that exceed the figure cannot be right, an exact sum is recognised
 *
 * 其中 attaches only to a count of the same family in its own clause or the clause right
 * before it, never across 。 or ；(and a sentence that opens with 其中 continues a
 * sentence holding one count of that family).
 */
import { exactAdd, exactCompare, type Exact } from '../numbers.js';
import type { Quantity, Steps, Total } from './types.js';
import {
  CARRIED_CASES,
  NEW_CASES,
  BASE,
  CLAUSE_BREAK,
  CLOSED_LABEL,
  LEADING_BREAKDOWN,
  NEW_OR_CARRIED,
  PARTIAL,
  PREDICATE_END,
  RESPECTIVELY,
  SEPARATOR,
  STATUS_WORD,
  DURATION_FAMILIES,
  STRONG_BREAK,
  SUM_GAP,
  SUM_LABEL,
} from './vocabulary.js';

/** How far an implicit list or a comma list is followed (keeps one endless sentence linear). */
const RUN_LIMIT = 50;
/** Categories named 涉…/含… may overlap (涉企, 涉农): their sum may exceed the whole. */
const OVERLAPPING = /^(?:其中)?[:：,，\s]*(?:涉(?!外)|含|包含|包括)/;

function gapOf(text: string, from: number, to: number): string {
  return text.slice(from, Math.max(from, to));
}

/** The change of the count right after it, before its 其中: 「，同比增长14.45%」「，较上年下降3.2%」. */
const OWN_CHANGE = /^[，,]\s*(?:同比|环比|较上年同期|较去年同期|较上年|比上年|较去年|比去年)(?:增长|下降|上升|减少|增加|提高|降低)(?:了)?\s*[0-9.０-９．]+\s*[%％]/;

/** The breaks by code unit, as bits (a gap is read with charCodeAt: no string per character). */
const CLAUSE_CODES = 1;
const STRONG_CODES = 2;
const BREAK_BITS = new Uint8Array(0x10000);
for (const c of CLAUSE_BREAK) BREAK_BITS[c.charCodeAt(0)] |= CLAUSE_CODES;
for (const c of STRONG_BREAK) BREAK_BITS[c.charCodeAt(0)] |= STRONG_CODES;

/** How many of the marks of `kind` (CLAUSE_CODES, STRONG_CODES) the gap holds. */
function breaks(gap: string, kind: number): number {
  return breaksIn(gap, 0, gap.length, kind);
}
/** How many of the marks of `kind` text[from, to) holds (none when to ≤ from): breaks() without the gap's copy. */
function breaksIn(text: string, from: number, to: number, kind: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((BREAK_BITS[text.charCodeAt(i)] & kind) !== 0) n++;
  return n;
}
/** Does text[from, to) open with a list join (LIST_JOIN: 、 及 和 以及 与 或)? Without the gap's copy. */
/** Right after a count: a bracket opening with words, 其中 or not (265件（其中…）, 纠错49件（撤销31件、…）). */
const BRACKETED_QIZHONG = /^[（(]\s*(?:其中[:：,，\s]*)?(?=[\u4e00-\u9fff])/;

/** The offset of the bracket closing the one opened before `from` (no nesting), or -1 within 80 characters. */
function findClose(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + 80; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) return i;
    if (c === 0xff08 || c === 0x28 || c === 0x3002) return -1;
  }
  return -1;
}

const COMMAS = [0xff0c, 0x2c];
const SEMICOLONS = [0xff1b, 0x3b];

/**
 * Back from qs[k - 1]: where a run of categories of `family` starts whose counts are each followed by one separator
 * (，or ；) and the next one's label — 乡法律顾问2名，村法律顾问12名 / 刑事案件60件；民事案件30件. k - 1 when there is none.
 */
function categoriesBack(text: string, qs: Quantity[], k: number, family: string, separators: readonly number[], steps: Steps): number {
  let j = k - 1;
  while (j > 0 && j > k - RUN_LIMIT) {
    steps.count++;
    const a = qs[j - 1];
    const from = a.inSentence.end;
    const to = qs[j].inSentence.start;
    if (a.nested || a.family !== family || a.inexact || !separators.includes(text.charCodeAt(from)) || breaksIn(text, from, to, CLAUSE_CODES) !== 1) break;
    if (!isCategory(a, false) || !isCategory(qs[j], false) || hasFigure(text, from + 1, to)) break;
    j--;
  }
  return j;
}

/** The new cases of the year and those carried over from the year before: 本年新收…，上年结转… (in either order). */
const NEW_ITEM = /^(?:本年度?|今年|当年|全年)?(?:新收|新受理|新接收|新增)/;
const CARRIED_ITEM = /^(?:上年度?|上一年度?|去年|往年|以前年度)(?:结转|遗留|未结)/;

/** Two counts of one family, one new and one carried over, a single comma between them and nothing else. */
function newAndCarried(text: string, a: Quantity, b: Quantity): boolean {
  if (a.nested || b.nested || a.inexact || b.inexact || a.family !== b.family) return false;
  if (!COMMAS.includes(text.charCodeAt(a.inSentence.end)) || breaksIn(text, a.inSentence.end, b.inSentence.start, CLAUSE_CODES) !== 1 || hasFigure(text, a.inSentence.end + 1, b.inSentence.start)) return false;
  const la = a.label.replace(/^[，,、\s]+/, '');
  const lb = b.label.replace(/^[，,、\s]+/, '');
  return (NEW_ITEM.test(la) && CARRIED_ITEM.test(lb)) || (CARRIED_ITEM.test(la) && NEW_ITEM.test(lb));
}

/** Counters of items a 、 list may mix under one total (件, 份, 项 …): not people, money, time or places. */
const ITEM_UNITS: ReadonlySet<string> = new Set(['件', '份', '项', '部', '条', '个']);

/** After the last part, before the sum: its noun and a comma (4项重点任务、9项配合任务，共计14项). */
const NOUN_THEN_COMMA = /^[\u4e00-\u9fff]{1,10}[,，]?\s*$/;
/** Counts of one family across single commas, each named (a 分别为 list's items), up to a clause with no count. */
function namedCommaRun(text: string, qs: Quantity[], from: number, family: string, steps: Steps): Quantity[] {
  const run: Quantity[] = [qs[from]];
  for (let i = from + 1; i < qs.length && i < from + RUN_LIMIT; i++) {
    steps.count++;
    const q = qs[i];
    const prev = run[run.length - 1];
    if (q.nested || q.family !== family || q.inexact || !/[\u4e00-\u9fff]/.test(q.label)) break;
    const c = text.charCodeAt(prev.inSentence.end);
    if ((c !== 0xff0c && c !== 0x2c) || breaksIn(text, prev.inSentence.end, q.inSentence.start, CLAUSE_CODES) !== 1) break;
    run.push(q);
  }
  return run;
}

/** 「，分别占40.0%、18.6%」 right after a list: percentages that add up to clearly less than 100. */
const RESPECTIVE_SHARES = /^[，,]\s*(?:分别)?占(?:比)?(?:分别为|为)?((?:\d+(?:\.\d+)?\s*[%％][、和及，,]?\s*){2,})/;
function sharesBelowWhole(text: string, from: number): boolean {
  const m = RESPECTIVE_SHARES.exec(text.slice(from, from + 60));
  if (!m) return false;
  let sum = 0;
  for (const x of m[1].matchAll(/\d+(?:\.\d+)?/g)) sum += Number(x[0]);
  return sum < 99;
}

/** A label that is a noun then a sum word: 重点执法部门共 (…23个重点执法部门共36个单位). */
const GLUED_SUM = /^([\u4e00-\u9fff]{1,10}?)(?:共计|合计|总计|共)$/;
/** A sum that names its scope or its verb: 全市累计培训2378人次, 共举办56场. */
const SUM_LABEL_WITH_VERB = /^(?:全[市县区镇乡州旗]|全年)?(?:共计|合计|总计|累计|共)(?:举办|开展|培训|组织|召开|办理|受理|审查|发放|接待|印发|制定)$/;

function joinsList(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const c = text.charCodeAt(from);
  if (c === 0x3001 || c === 0x53ca || c === 0x548c || c === 0x4e0e || c === 0x6216) return true; // 、及和与或
  return c === 0x4ee5 && from + 1 < to && text.charCodeAt(from + 1) === 0x53ca; // 以及
}
const OPENS_WITH_QIZHONG = /^[\s\u3000]*其中/;

/** A count that opens its item right before another of its kind with no mark between (9个乡镇差评工单52个): it qualifies that one. */
function withoutAttributive(text: string, qs: readonly Quantity[], from: number, parts: Quantity[], steps: Steps): Quantity[] {
  // the parts come in the order of qs: one pointer walks both (no search per part)
  let keep: Quantity[] | undefined;
  let j = from;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    while (j < qs.length && qs[j] !== p) {
      steps.count++;
      j++;
    }
    if (attributive(text, qs, j, p)) keep ??= parts.slice(0, k);
    else keep?.push(p);
  }
  return keep ?? parts;
}

function attributive(text: string, qs: readonly Quantity[], i: number, p: Quantity): boolean {
  // it opens its item with no name of its own (「，9个乡镇差评工单52个」), unlike 「行政确认57项及其他…169项」
  if (p.label.replace(ITEM_LEAD, '') !== '') return false;
  const next = i >= 0 && i < qs.length ? qs[i + 1] : undefined;
  if (!next || next.family !== p.family || next.nested) return false;
  const from = p.inSentence.end;
  const to = next.inSentence.start;
  return breaksIn(text, from, to, CLAUSE_CODES) === 0 && !holdsCode(text, from, to, LIST_OR_ASIDE);
}

/** Words an item may open with and still have no name of its own. */
const ITEM_LEAD = /^(?:其中|另有|另|有)/;
/** 、 and the opening brackets: a list goes on, or an aside opens. */
const LIST_OR_ASIDE = [0x3001, 0xff08, 0x28];

/** Does text[from, to) hold one of `codes`? */
function holdsCode(text: string, from: number, to: number, codes: readonly number[]): boolean {
  for (let k = from; k < to; k++) if (codes.includes(text.charCodeAt(k))) return true;
  return false;
}

/** Is text[from, to) a noun (and an aside) ending in 、 — the next item of a list whose counts stand before their nouns? */
function nounThenJoin(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) end--;
  if (end <= from || text.charCodeAt(end - 1) !== 0x3001) return false; // 、
  return breaksIn(text, from, end - 1, CLAUSE_CODES) === 0 && !holdsCode(text, from, end - 1, LIST_MARK);
}
const LIST_MARK = [0x3001];
/** Does text[from, to) hold 其中? `marks`: where 其中 stands in the text, in order. */
function holdsAmong(marks: readonly number[], from: number, to: number): boolean {
  for (const m of marks) if (m >= from && m + 2 <= to) return true;
  return false;
}

function sum(parts: Quantity[]): Exact {
  return parts.reduce<Exact>((acc, p) => exactAdd(acc, p.exact), { n: 0n, e: 0 });
}

function makeTotal(total: Quantity, parts: Quantity[], how: Total['how'], exhaustive: boolean, closed: boolean, etc: boolean): Total {
  const last = parts[parts.length - 1];
  return {
    start: Math.min(total.start, parts[0]?.start ?? total.start),
    end: Math.max(total.end, last?.end ?? total.end),
    total,
    parts,
    how,
    exhaustive,
    closed,
    etc,
  };
}

/** An item of an implicit list: a category (no status word or predicate) after at most one clause break. */
const item = (q: Quantity, clauseBreaks: number): boolean => isCategory(q, false) && clauseBreaks <= 1;

/** A category part of a list: its label names a kind, not a status (办结, 调解成功) or a new statement. */
/** Words of an evaluation of the same cases (满意, 好评 …): a second look at the whole, not a part of it. */
const EVALUATION = /满意|好评|点赞|知晓|认可/;
/** Groups of people that overlap (an elderly woman is both): parts over the whole are no sure fault. 男性/女性 are not among them. */
const PERSON_GROUP = /妇女|老年|未成年|残疾|农民工|退役军人|军人军属|低保|困难群众|少数民族|外来务工|留守|特困/;

function isCategory(q: Quantity, first: boolean): boolean {
  const label = first ? q.label.replace(/^其中[:：,，\s]*/, '') : q.label;
  if (PREDICATE_END.test(label)) return false;
  // a kind named as such is a category whatever its words: 信息公开类, 移送拘留案件 (not 开庭审理的案件: a stage, nor
  // 涉企案件: cases touching on a matter, which overlap)
  if (/类$/.test(label) || (/案件$/.test(label) && !/的|涉(?!外)/.test(label))) return true;
  return !STATUS_WORD.test(label);
}

/**
 * A list of counts of one family joined by 、/及/和, starting at `from`: the parts of
 * a total. Stops at a clause break, another family, or an aside.
 */
function strongRun(text: string, qs: Quantity[], from: number, family: string, steps: Steps): Quantity[] {
  const run: Quantity[] = [];
  for (let i = from; i < qs.length && i < from + 4 * RUN_LIMIT; i++) {
    steps.count++;
    const q = qs[i];
    if (q.nested) continue;
    if (q.family !== family) break;
    if (run.length) {
      // past an aside right after the previous part: 受理843件（其中适用简易程序171件）、不予受理39件
      const from = pastAside(text, run[run.length - 1].inSentence.end, q.inSentence.start);
      if (breaksIn(text, from, q.inSentence.start, CLAUSE_CODES) || !joinsList(text, from, q.inSentence.start)) break;
    }
    run.push(q);
  }
  return run;
}

/** The offset after a bracketed aside that opens text[from, to) (（其中…171件）), or `from` when there is none. */
function pastAside(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (c !== 0xff08 && c !== 0x28) return from; // （ (
  for (let i = from + 1; i < to && i < from + 60; i++) {
    const d = text.charCodeAt(i);
    if (d === 0xff09 || d === 0x29) return i + 1;
    if (d === 0xff08 || d === 0x28) return from; // nested: left as it is
  }
  return from;
}

/**
 * Parts across commas (其中刑事案件53件,民事案件28件): every one a category of the same
 * family, within the statement; undefined when the run is no longer than `min`.
 */
function commaRun(text: string, qs: Quantity[], from: number, family: string, min: number, steps: Steps): Quantity[] | undefined {
  const run: Quantity[] = [];
  for (let i = from; i < qs.length && i < from + RUN_LIMIT; i++) {
    steps.count++;
    const q = qs[i];
    if (q.nested) continue;
    if (q.family !== family || q.inexact || !(isCategory(q, i === from) || NEW_OR_CARRIED.test(q.label))) break;
    if (run.length) {
      const gap = gapOf(text, run[run.length - 1].inSentence.end, q.inSentence.start);
      if (breaks(gap, STRONG_CODES) || breaks(gap, CLAUSE_CODES) > 1 || /[:：]/.test(gap)) break;
    }
    run.push(q);
  }
  return run.length > min ? run : undefined;
}

/**
 * Parts across semicolons after 其中, every one a category of the same family, each perhaps followed in its own clause by a
 * figure of another kind (其中简易程序512件，处罚金额2.7万元；普通程序219件，处罚金额294.65万元); undefined when fewer than two.
 */
/** A label that opens a statement of its own: a period or a body's scope (全年…, 本年度…, 全镇…, 市本级…). */
const NEW_SCOPE = /^(?:全年|本年|今年|上半年|下半年|年内|同期|全[省市县区镇乡州旗街]|[省市县区镇乡]本级|[省市县区镇乡]级)/;

function semicolonRun(text: string, qs: Quantity[], from: number, family: string, steps: Steps): Quantity[] | undefined {
  const run: Quantity[] = [];
  let other = false;
  for (let i = from; i < qs.length && i < from + RUN_LIMIT; i++) {
    steps.count++;
    const q = qs[i];
    if (q.nested) continue;
    if (q.family !== family) {
      // a figure of another kind in the clause right after the last part (，处罚金额2.7万元), once
      if (!run.length || other) break;
      const g = gapOf(text, run[run.length - 1].inSentence.end, q.inSentence.start);
      if (breaks(g, STRONG_CODES) || breaks(g, CLAUSE_CODES) > 1) break;
      other = true;
      continue;
    }
    // past a semicolon a new statement may begin (；全年审结行政复议案件41件): no status word in the label, and no scope
    if (q.inexact || !isCategory(q, i === from) || (i > from && ((STATUS_WORD.test(q.label) && !/类$/.test(q.label)) || NEW_SCOPE.test(q.label)))) break;
    if (run.length) {
      const gap = gapOf(text, (other ? qs[i - 1] : run[run.length - 1]).inSentence.end, q.inSentence.labelStart);
      if (!/^[^；;。！？!?：:]*[；;]\s*$/.test(gap)) break;
    }
    other = false;
    run.push(q);
  }
  return run.length > 1 ? run : undefined;
}

/** 等 right after the last part (刑事案件53件、民事案件28件等), or in a part's label. */
function listIsOpen(text: string, parts: Quantity[]): boolean {
  const last = parts[parts.length - 1];
  if (!last) return false;
  const after = text.slice(last.inSentence.end, last.inSentence.end + 2);
  if (after.startsWith('等') || parts.some((p) => p.label.includes('等'))) return true;
  // 其中维持、驳回分别为256件、73件，其余以纠错、调解等方式结案: the rest is named in words, without a figure
  const rest = REST_IN_WORDS.exec(text.slice(last.inSentence.end, last.inSentence.end + 40));
  return !!rest && !hasFigure(text, last.inSentence.end, last.inSentence.end + rest[0].length);
}

/** A clause after a list that names the rest of the whole in words (up to its end): ，其余以…方式结案 / ，余下…. */
const REST_IN_WORDS = /^[，,]\s*(?:其余|剩余|余下|其他(?:的)?(?:案件|事项)?(?:以|通过|经|由|均|为))[^，,。；;]*/;

/** Names of periods in a 分别为 list (years, months, quarters, last year, the same period). */
const PERIOD_NAME = /\d{2,4}\s*年|[一二三四五六七八九十\d]+\s*(?:月|季度)|上半年|下半年|上年|去年|本年|今年|同期|前年/;

/** 分别为 followed by the first part's name: 结果分别为维持6件、驳回2件. */
const RESPECTIVELY_NAMED = /分别(?:为|是|有)[^、，,：:；;。]{1,12}$/;

/** 其中刑事、民事案件分别为80件、30件: as many names as figures. */
function respectively(parts: Quantity[]): boolean {
  const first = parts[0];
  if (!first || parts.length < 2) return false;
  const m = RESPECTIVELY.exec(first.label);
  if (!m) return false;
  const names = first.label.slice(0, m.index).replace(/^其中[:：,，\s]*/, '').split(/[、和及与]/).filter(Boolean);
  return names.length === parts.length;
}

/** Past the colon or comma after 其中 (其中:行政许可208项). */
function skipSeparators(text: string, at: number): number {
  while (at < text.length && SEPARATOR.test(text[at])) at++;
  return at;
}

/** Any figure between two offsets? */
function hasFigure(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) return true;
  }
  return false;
}

/**
 * The totals of one sentence. `following`: the next sentence of the same paragraph
 * (a sentence opening with 其中 continues this one's count).
 */
export function findTotals(text: string, qs: Quantity[], following: Quantity[] | undefined, followingText: string | undefined, steps: Steps = { count: 0 }): Total[] {
  if (qs.length === 0) return []; // a total is always one of the sentence's counts
  // a lone count heads a list only when the next sentence opens with 其中 (…共受理81件。其中刑事案件53件…)
  if (qs.length === 1 && !(following && followingText && LEADING_BREAKDOWN.test(followingText))) return [];
  const out: Total[] = [];
  const used = new Set<Quantity>();
  // Every 其中 in the sentence, found once; a pointer walks them with the quantities
  const marks: number[] = [];
  for (let i = text.indexOf('其中'); i >= 0; i = text.indexOf('其中', i + 2)) marks.push(i);
  // each kind of total is a function of its own: V8 compiles (and optimises) each apart, smaller units than the whole
  listTotals(text, qs, following, followingText, steps, marks, out, used);
  newAndCarriedTotals(text, qs, steps, out, used);
  bracketedTotals(text, qs, steps, out, used);
  respectiveTotals(text, qs, steps, out, used);
  implicitTotals(text, qs, steps, marks, out, used);
  return out.sort((a, b) => a.start - b.start);
}

/** a. 共…N,其中 a、b、c (or 其中 opening the next sentence) and b. a、b、c,共计N. */
function listTotals(text: string, qs: Quantity[], following: Quantity[] | undefined, followingText: string | undefined, steps: Steps, marks: number[], out: Total[], used: Set<Quantity>): void {
  let mp = 0;
  // counted once a sentence, when the next sentence opens with 其中 (never per count: a sentence may hold thousands)
  const leadingBreakdown = !!followingText && LEADING_BREAKDOWN.test(followingText);
  let families: Map<string, number> | undefined;
  const familyCount = (family: string): number => {
    if (!families) {
      families = new Map();
      for (const x of qs) if (!x.nested) families.set(x.family, (families.get(x.family) ?? 0) + 1);
    }
    return families.get(family) ?? 0;
  };
  for (let k = 0; k < qs.length; k++) {
    steps.count++;
    const q = qs[k];
    const pos = q.inSentence;
    while (mp < marks.length && marks[mp] < pos.end) mp++;
    if (q.nested || used.has(q)) continue;

    const nextStart = k + 1 < qs.length ? qs[k + 1].inSentence.start : text.length;
    const mark = mp < marks.length ? marks[mp] : -1;
    let listText: string | undefined;
    let listQs: Quantity[] | undefined;
    let listFrom = 0;
    let afterMarker = 0;
    // the gap up to 其中 is looked at only when no figure lies between (gaps never overlap: linear)
    const gap = mark >= 0 && mark < nextStart ? gapOf(text, pos.end, mark) : '';
    steps.count += gap.length;
    // a. 共…N,其中 a、b、c: 其中 in the total's clause or the next, no figure and no 。；between
    // (a 其中 inside a bracket after the count is an aside's: bracketedTotals reads it; the next sentence may still break
    // the count down: 共计203件（其中重点41件）。按区域划分：…)
    // (the count's own change may stand between: 办结29.3万件，同比增长14.45%，其中…)
    const bare = gap ? gap.replace(OWN_CHANGE, '') : gap;
    if (mark >= 0 && mark < nextStart && !breaks(bare, STRONG_CODES) && breaks(bare, CLAUSE_CODES) <= 1 && (bare === gap ? !hasFigure(text, pos.end, mark) : !/[0-9０-９]/.test(bare)) && !/^\s*[（(]/.test(gap)) {
      listText = text;
      listQs = qs;
      listFrom = k + 1;
      afterMarker = skipSeparators(text, mark + 2);
    } else if (
      // the sentence's one count of its kind (a figure of another kind may follow it: …1840件，处罚金额652万元。其中…)
      following &&
      followingText &&
      leadingBreakdown &&
      familyCount(q.family) === 1 &&
      (k === qs.length - 1 ? !hasFigure(text, pos.end, text.length) : true)
    ) {
      listText = followingText;
      listQs = following;
      listFrom = 0;
      const lead = LEADING_BREAKDOWN.exec(followingText)!;
      afterMarker = skipSeparators(followingText, lead.index + lead[0].length);
    }
    if (listText !== undefined && listQs) {
      const first = listQs[listFrom];
      if (first && !first.nested && first.family === q.family && !breaks(gapOf(listText, afterMarker, first.inSentence.start), CLAUSE_CODES)) {
        let parts = strongRun(listText, listQs, listFrom, q.family, steps);
        PARTIAL.lastIndex = afterMarker;
        const partial = PARTIAL.test(listText);
        // Parts separated by commas (其中刑事案件53件,民事案件28件): categories only
        if (parts.length === 1) parts = commaRun(listText, listQs, listFrom, q.family, 1, steps) ?? parts;
        // Parts separated by semicolons, each perhaps with a figure of another kind after it: categories only
        if (parts.length === 1) parts = semicolonRun(listText, listQs, listFrom, q.family, steps) ?? parts;
        // 9个乡镇差评工单52个: a count that qualifies the next one (no mark between them) is no part of the list
        if (parts.length > 1) parts = withoutAttributive(listText, listQs, listFrom, parts, steps);
        // …、涉外公证事项210件,其余为其他公证事项50件: a closing item after a comma
        const lastPart = parts[parts.length - 1];
        let at = listFrom;
        while (at < listQs.length && at < listFrom + 4 * RUN_LIMIT && listQs[at] !== lastPart) {
          steps.count++;
          at++;
        }
        const after = lastPart && listQs[at] === lastPart ? listQs[at + 1] : undefined;
        if (after && !after.nested && after.family === q.family && CLOSED_LABEL.test(after.label)) {
          const g = gapOf(listText, lastPart.inSentence.end, after.inSentence.start);
          if (!breaks(g, STRONG_CODES) && breaks(g, CLAUSE_CODES) === 1) parts = [...parts, after];
        }
        // (分别为 closes the list unless the shares given after it add up to less than the whole: 其中A、B分别为84件、39件，
        // 分别占40.0%、18.6% names some kinds only)
        const closed = !partial && ((parts.length > 1 && CLOSED_LABEL.test(parts[parts.length - 1].label)) || (respectively(parts) && !sharesBelowWhole(listText, parts[parts.length - 1].inSentence.end)));
        const etc = listIsOpen(listText, parts);
        // 其中 may belong to an earlier, larger count of this sentence (受理120件,办结115件,其中…)
        const s = sum(parts);
        let earlier = false;
        for (let i = k - 1; i >= 0 && i >= k - RUN_LIMIT && !earlier; i--) {
          steps.count++;
          const x = qs[i];
          // (not across a ；: 「…3000件，其中…；市本级900件，其中…」 is two statements)
          if (breaksIn(text, x.inSentence.end, q.inSentence.start, STRONG_CODES)) break;
          // (only one that could hold the parts: when they exceed every count, the list is wrong whichever it belongs to)
          earlier = !x.nested && x.family === q.family && !x.inexact && exactCompare(x.exact, q.exact) > 0 && exactCompare(x.exact, s) >= 0 && !partsNameNearest(q, x, parts);
        }
        // (an evaluation beside an outcome counts the same cases twice: 其中解决1338件、满意1338件)
        const ambiguous = exactCompare(s, q.exact) > 0 && (earlier || parts.some((p) => OVERLAPPING.test(p.label) || EVALUATION.test(p.label)) || overlappingGroups(parts));
        if (!ambiguous) {
          out.push(makeTotal(q, parts, 'breakdown', closed && !etc && parts.length >= 2, closed, etc));
          used.add(q);
          for (const p of parts) used.add(p);
          continue;
        }
      }
    }

    // b. a、b、c,共计N: a total closing the list before it
    // 11个镇、23个重点执法部门共36个单位: the last part's noun and the sum word glued in one label
    const glued = k >= 2 && !SUM_LABEL.test(q.label) ? GLUED_SUM.exec(q.label) : null;
    if ((SUM_LABEL.test(q.label) || SUM_LABEL_WITH_VERB.test(q.label) || glued) && k >= 2) {
      const clauseGap = gapOf(text, qs[k - 1].inSentence.end, pos.labelStart + (glued ? glued[1].length : 0));
      const etcBefore = clauseGap.startsWith('等');
      // 4项重点任务、9项配合任务，共计14项: the counts stand before their nouns
      const nounGap = !SUM_GAP.test(clauseGap) && NOUN_THEN_COMMA.test(clauseGap);
      // 刑事案件60件；民事案件30件；行政案件5件；共计100件: items each closed by ；, the sum after the last
      const semicolonGap = /^[；;]\s*$/.test(clauseGap);
      if ((SUM_GAP.test(clauseGap) || nounGap || semicolonGap) && qs[k - 1].family === q.family) {
        let j = k - 1;
        if (semicolonGap) j = categoriesBack(text, qs, k, q.family, SEMICOLONS, steps);
        else {
          // walk back to the start of the 、-joined run ending at qs[k-1]
          while (j > 0 && j > k - RUN_LIMIT) {
            steps.count++;
            const a = qs[j - 1];
            const from = a.inSentence.end;
            const to = qs[j].inSentence.start;
            // 事项24件、行政合同186份、规范性文件38件，共计258件: items counted in 件 and 份 alike are summed by a 、 list's total
            if (a.nested || (a.family !== q.family && (nounGap || !ITEM_UNITS.has(a.unit) || !ITEM_UNITS.has(q.unit)))) break;
            if (nounGap ? !nounThenJoin(text, from, to) : breaksIn(text, from, to, CLAUSE_CODES) || !joinsList(text, from, to)) break;
            j--;
          }
          // 乡法律顾问2名，村法律顾问12名，共计15名: categories across single commas, the sum closing them
          if (j === k - 1 && !nounGap) j = categoriesBack(text, qs, k, q.family, COMMAS, steps);
          // 本年新收申请54件，上年结转7件，共计办理63件: the new and the carried-over counts make up what was handled
          if (j === k - 1 && !nounGap && k >= 2 && newAndCarried(text, qs[k - 2], qs[k - 1])) j = k - 2;
        }
        let parts = qs.slice(j, k).filter((p) => !p.nested);
        // a list mixing 件 and 份 whose total is the sum of the 件 items alone (…38件，共计62件) counts only those: unclear
        if (parts.some((p) => p.family !== q.family)) {
          const own = parts.filter((p) => p.family === q.family);
          const items = parts.filter((p) => p.family !== q.family);
          if (own.length < 1 || exactCompare(sum(own), q.exact) === 0 || items.some((p) => p.inexact)) parts = [];
        }
        if (parts.length >= 2 && !parts.some((p) => used.has(p))) {
          const closed = CLOSED_LABEL.test(parts[parts.length - 1].label);
          const etc = etcBefore || parts.some((p) => p.label.includes('等'));
          out.push(makeTotal(q, parts, 'sum', !etc, closed, etc));
          used.add(q);
          for (const p of parts) used.add(p);
          continue;
        }
      }
    }
  }
}


/**
 * e0. 共793件（新收案件649件，旧存案件144件）: the cases of a year split in brackets into the new and those carried over —
 * two counts of the whole's kind, filling the bracket, joined by 、，or ；. New and old make the whole (exhaustive).
 */
function newAndCarriedTotals(text: string, qs: Quantity[], steps: Steps, out: Total[], used: Set<Quantity>): void {
  for (let k = 0; k + 2 < qs.length; k++) {
    steps.count++;
    const q = qs[k];
    const a = qs[k + 1];
    const b = qs[k + 2];
    if (q.nested || q.inexact || used.has(q) || !a.nested || !b.nested || a.inexact || b.inexact || a.family !== q.family || b.family !== q.family) continue;
    const la = text.slice(q.inSentence.end, a.inSentence.start);
    const lb = text.slice(a.inSentence.end, b.inSentence.start);
    if (!/^[（(]\s*[\u4e00-\u9fff]+$/.test(la) || !/^\s*[、，,；;]\s*[\u4e00-\u9fff]+$/.test(lb)) continue;
    const closeAt = findClose(text, a.inSentence.end);
    if (closeAt < 0 || text.slice(b.inSentence.end, closeAt).trim() !== '') continue;
    const wa = la.replace(/^[（(]\s*/, '');
    const wb = lb.replace(/^\s*[、，,；;]\s*/, '');
    if (!(NEW_CASES.test(wa) && CARRIED_CASES.test(wb)) && !(CARRIED_CASES.test(wa) && NEW_CASES.test(wb))) continue;
    out.push(makeTotal(q, [a, b], 'breakdown', true, true, false));
    used.add(q);
    used.add(a);
    used.add(b);
  }
}

/**
 * Every part names a word of the nearest count that the earlier one lacks — a noun (审核合同710份，出具法律意见书397份，
 * 其中信访审查法律意见书338份、专项法律意见书69份), or each part another of its words (排查46家，已取缔或规范41家，其中依法
 * 取缔29家、指导规范14家): the parts are the nearest count's, whatever the earlier count's size. Not when the parts share
 * one status word (受理1200件，办结1150件，其中按期办结…、超期办结…: the list may still be of the 受理 cases).
 */
function partsNameNearest(q: Quantity, earlier: Quantity, parts: readonly Quantity[]): boolean {
  const named: string[] = [];
  for (const p of parts) {
    const l = p.label.replace(/^其中[:：,，、\s]*/, '');
    let found = '';
    for (let i = 0; i + 2 <= l.length && !found; i++) {
      const w = l.slice(i, i + 2);
      if (/^[\u4e00-\u9fff]{2}$/.test(w) && q.label.includes(w) && !earlier.label.includes(w)) found = w;
    }
    if (!found) return false;
    named.push(found);
  }
  return named.every((w) => !STATUS_WORD.test(w)) || new Set(named).size === named.length;
}

/**
 * Parts naming two groups of people or more (妇女…、老年人…: one may be both): overlapping. Parts that all name one and
 * the same group (城市低保金…、农村低保金…; 城市低保对象…、农村低保对象…) split it on another word and do not overlap.
 */
function overlappingGroups(parts: readonly Quantity[]): boolean {
  const groups = new Set<string>();
  let named = 0;
  for (const p of parts) {
    const m = PERSON_GROUP.exec(p.label);
    if (!m) continue;
    named++;
    groups.add(m[0]);
  }
  return named >= 2 && !(groups.size === 1 && named === parts.length);
}

/** e. 共立案查处265件（其中适用简易程序98件、普通程序180件）: a breakdown in brackets right after its count. */
function bracketedTotals(text: string, qs: Quantity[], steps: Steps, out: Total[], used: Set<Quantity>): void {
  // e. 共立案查处265件（其中适用简易程序98件、普通程序180件）: a 其中 list in brackets right after its count
  for (let k = 0; k + 2 < qs.length; k++) {
    const q = qs[k];
    if (q.nested || used.has(q) || q.inexact) continue;
    const open = BRACKETED_QIZHONG.exec(text.slice(q.inSentence.end, q.inSentence.end + 8));
    if (!open) continue;
    const closeAt = findClose(text, q.inSentence.end + open[0].length);
    if (closeAt < 0) continue;
    const parts: Quantity[] = [];
    let commas = false;
    for (let j = k + 1; j < qs.length && j <= k + RUN_LIMIT; j++) {
      steps.count++;
      const p = qs[j];
      if (p.inSentence.start >= closeAt) break;
      if (!p.nested || p.family !== q.family || p.inexact || used.has(p)) break;
      if (parts.length && !joinsList(text, parts[parts.length - 1].inSentence.end, p.inSentence.start)) {
        // （新收案件649件，旧存案件144件）: kinds across single commas
        if (!/^\s*[，,]\s*$/.test(text.slice(parts[parts.length - 1].inSentence.end, p.inSentence.labelStart))) break;
        commas = true;
      }
      parts.push(p);
    }
    if (parts.length < 2 || parts.some((p) => OVERLAPPING.test(p.label))) continue;
    // across commas only kinds of the whole: （办结120件，满意115件） are two looks at the same cases
    if (commas && !parts.every((p, i) => isCategory(p, i === 0) || NEW_OR_CARRIED.test(p.label))) continue;
    const last = parts[parts.length - 1];
    // the list must fill the bracket: 「（其中A、B，另有…）」 goes on past it
    if (hasFigure(text, last.inSentence.end, closeAt) || /[，,；;]/.test(text.slice(last.inSentence.end, closeAt))) continue;
    const closed = CLOSED_LABEL.test(last.label);
    const etc = listIsOpen(text, parts);
    out.push(makeTotal(q, parts, 'breakdown', closed && !etc, closed, etc));
    used.add(q);
    for (const p of parts) used.add(p);
  }
}

/** d. A 分别为 list in the clause after a count, without 其中 (see below). */
function respectiveTotals(text: string, qs: Quantity[], steps: Steps, out: Total[], used: Set<Quantity>): void {
  // d. A 分别为 list in the clause after a count, without 其中: 作出决定98件，维持、驳回、撤销分别为62件、21件、9件;
  //    8件，结果分别为维持6件、驳回2件. Not known to cover the whole (满意、基本满意分别为…), so it is a whole's
  //    breakdown only for parts that exceed it (exhaustive: false), unless its last item is 其他/其余.
  for (let k = 0; k + 1 < qs.length; k++) {
    const q = qs[k];
    // (past one clause with a figure of another kind: 办理549件，罚没款72.3万元，按类别分别为…274件、…)
    let at = k + 1;
    if (qs[at].family !== q.family && !qs[at].nested && at + 1 < qs.length && breaks(gapOf(text, q.inSentence.end, qs[at].inSentence.start), CLAUSE_CODES) === 1) at++;
    const p1 = qs[at];
    if (q.nested || used.has(q) || q.inexact || p1.nested || used.has(p1) || p1.family !== q.family || !p1.label.includes('分别')) continue;
    const skipped = at - k - 1;
    const g = gapOf(text, (skipped ? qs[k + 1] : q).inSentence.end, p1.inSentence.labelStart);
    if (breaks(g, STRONG_CODES) || breaks(g, CLAUSE_CODES) !== 1 || hasFigure(text, (skipped ? qs[k + 1] : q).inSentence.end, p1.inSentence.labelStart)) continue;
    if (skipped && breaks(gapOf(text, q.inSentence.end, qs[k + 1].inSentence.start), STRONG_CODES)) continue;
    let parts = strongRun(text, qs, at, q.family, steps);
    // 结果分别为撤销10件，确认违法15件，责令履行10件: the named items across single commas
    if (parts.length === 1 && RESPECTIVELY_NAMED.test(p1.label)) parts = namedCommaRun(text, qs, at, q.family, steps);
    if (parts.length < 2 || parts.some((p) => used.has(p) || OVERLAPPING.test(p.label))) continue;
    if (!respectively(parts) && !RESPECTIVELY_NAMED.test(p1.label)) continue;
    // 2023年、2024年分别为30件、40件; 上年、本年…: a comparison over time, not a breakdown of the count before
    if (parts.some((p) => PERIOD_NAME.test(p.label))) continue;
    // …分别为婚姻家庭类210件、邻里纠纷180件、其他类140件: a last item 其他/其余 says the list covers the whole
    const etc = listIsOpen(text, parts);
    const closed = CLOSED_LABEL.test(parts[parts.length - 1].label);
    out.push(makeTotal(q, parts, 'breakdown', closed && !etc, closed, etc));
    used.add(q);
    for (const p of parts) used.add(p);
  }
}

/** c. Implicit totals: a count followed by figures that add up to it (see below). */
function implicitTotals(text: string, qs: Quantity[], steps: Steps, marks: number[], out: Total[], used: Set<Quantity>): void {
  // c. Implicit: 受理法律援助案件543件,指派刑事…177件,指派民事案件11件,认罪认罚案件355件.
  // Recognised when the figures that follow add up exactly; recorded for a finding when
  // category parts (no status word: 办结, 调解成功 …) exceed the figure.
  // a sentence that opens with 其中 is the breakdown of the sentence before: none of its items heads a list of its own
  const breakdown = OPENS_WITH_QIZHONG.test(text);
  for (let k = 0; k < qs.length; k++) {
    const head = qs[k];
    // the last count heads no list; the label is read only for a count that may head one
    if (breakdown || k === qs.length - 1 || head.nested || used.has(head) || head.inexact || DURATION_FAMILIES.has(head.family) || !BASE.test(head.label)) continue;
    // 共审查重大决策36件、规范性文件28件、合同153件: 共 distributes over a 、 list; the head is an item
    const next = qs[k + 1];
    if (next && joinsList(text, head.inSentence.end, next.inSentence.start)) continue;
    if (k > 0 && !qs[k - 1].nested && joinsList(text, qs[k - 1].inSentence.end, head.inSentence.start)) continue;
    // 共召开4次常委会、2次政府常务会、4次专题会: each count before its noun, the items joined by 、 after the noun
    if (next && nounThenJoin(text, head.inSentence.end, next.inSentence.start)) continue;
    let acc: Exact = { n: 0n, e: 0 };
    const parts: Quantity[] = [];
    const gaps: number[] = []; // the clause breaks before each part
    let exceeded = false;
    for (let j = k + 1; j < qs.length && j <= k + RUN_LIMIT; j++) {
      steps.count++;
      const q = qs[j];
      if (q.nested) continue;
      const from = (parts.length ? parts[parts.length - 1] : head).inSentence.end;
      const to = q.inSentence.start;
      if (q.family !== head.family || q.inexact || used.has(q) || breaksIn(text, from, to, STRONG_CODES) || holdsAmong(marks, from, to)) break;
      // 2022年…96件，2023年71件，2024年58件: a series over time, not parts of the first count
      if (PERIOD_NAME.test(q.label) || PERIOD_NAME.test(text.slice(from, to))) {
        parts.length = 0;
        break;
      }
      const clauseBreaks = breaksIn(text, from, to, CLAUSE_CODES);
      if (exceeded && !item(q, clauseBreaks)) break;
      parts.push(q);
      gaps.push(clauseBreaks);
      if (exceeded) continue;
      acc = exactAdd(acc, q.exact);
      const c = exactCompare(acc, head.exact);
      if (c === 0 && parts.length >= 2) {
        const t = makeTotal(head, [...parts], 'implicit', true, false, false);
        t.exact = true;
        out.push(t);
        used.add(head);
        for (const p of parts) used.add(p);
        break;
      }
      if (c > 0) {
        // only now are the items looked at: they must all be categories of the head
        if (parts.length < 2 || !parts.every((p, i) => item(p, gaps[i]))) break;
        exceeded = true;
      }
    }
    if (exceeded && !used.has(head)) {
      out.push(makeTotal(head, parts, 'implicit', false, false, false));
      used.add(head);
      for (const p of parts) used.add(p);
    }
  }
}
