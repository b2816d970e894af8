/**
 * Numeric facts: the counts, rates and totals a report states, read once from
 * report.sentences so every rule can check them without re-reading the text.
 *
 *   quantities  调解成功5726件: value, unit, label, inexact flag, span   (facts/quantities.ts)
 *   rates       成功率达100%, 同比增长15%, 占比42.9%, 占四分之三, 提高2.3个百分点: what the
 *               figure is and — where the text allows — the counts it is built on (facts/rates.ts)
 *   totals      共梳理行政职权3415项,其中…; lists ending in 共计N; implicit lists (facts/totals.ts)
 *   verdicts    exact arithmetic: does a rate fit, how far is a total off (facts/verdicts.ts)
 *
 * Everything is linear in the text: each sentence is read once and pairs only with
 * itself and the sentence before it (at most WINDOW counts back).
 */
import type { Quantity, Rate, Total, Facts, FactsInput, FactsSentence, Steps } from './facts/types.js';
import { readSentence, sentenceSource, tightenFigures } from './facts/quantities.js';
import { figureEnd, pair, pairAfter, pointsBeforeAfter, respectiveChanges, respectiveShares, shareBasis } from './facts/rates.js';
import { findTotals } from './facts/totals.js';
import { findChanges } from './facts/changes.js';
import { isTableLine, tableKinds, tableRates, type TableLine } from './facts/tables.js';
import { AMONG, AMONG_LEAD, SHARE_OF, WINDOW } from './facts/vocabulary.js';
import { exactAdd, exactCompare, exactSub, exactToString, type Exact } from './numbers.js';
import { rateVerdict, statedRate } from './facts/verdicts.js';

export { MERITS_BASE_STEMS, NOT_ON_MERITS } from './facts/vocabulary.js';
export type { Facts, FactsInput, Quantity, Rate, RateBasis, RateKind, Steps, Total } from './facts/types.js';
export { basisVerdict, pointsVerdict, rateMisfits, rateVerdict, statedRate, timesVerdict, totalVerdict, type PointsVerdict, type RateVerdict, type StatedRate, type TotalVerdict } from './facts/verdicts.js';

/** Read the numeric facts of a report. Linear in the text. */
export function extractFacts(input: FactsInput): Facts {
  const steps: Steps = input.steps ?? { count: 0 };
  // each pass over the sentences is a function of its own: a long report optimises each loop on its own (on-stack
  // replacement) instead of recompiling the whole of extractFacts at each next loop it had no feedback for
  const read = readSentences(input, steps);
  const { sentences, perSentence, pendingRates, texts, rates } = read;
  const totals: Total[] = [];
  const partOf = new Map<Quantity, Total>();
  const wholeOf = new Map<Quantity, Quantity>();
  const shareParts = new Set<Quantity>();
  const sharePartOf = new Map<Rate, Quantity>();
  findAllTotals(sentences, perSentence, texts, steps, totals, partOf, wholeOf);
  for (const t of read.tableTotals) totals.push(t);
  pairRates(sentences, perSentence, pendingRates, texts, steps, partOf, wholeOf, shareParts, sharePartOf);
  respectiveLists(sentences.length, perSentence, pendingRates, texts, partOf);
  lineShares(sentences, perSentence, pendingRates, texts, steps);
  shareListBases(rates, steps);
  shareRunBases(rates, read.quantities, sharePartOf, steps);
  linkChanges(totals, rates, steps);
  return { quantities: read.quantities, rates, totals };
}

type PendingRates = { rate: Rate; tokenStart: number }[];

interface ReadSentences {
  sentences: FactsSentence[];
  quantities: Quantity[];
  rates: Rate[];
  perSentence: Quantity[][];
  pendingRates: PendingRates[];
  texts: string[];
  /** Tables of kinds under the sentence giving their total (see leadTotal). */
  tableTotals: Total[];
}

/** 1. Quantities and rate figures, sentence by sentence; a table in plain text is a run of lines | … | */
function readSentences(input: FactsInput, steps: Steps): ReadSentences {
  const quantities: Quantity[] = [];
  const rates: Rate[] = [];
  const perSentence: Quantity[][] = [];
  const pendingRates: PendingRates[] = [];
  const texts: string[] = [];
  let table: TableLine[] = [];
  const tableTotals: Total[] = [];
  const endTable = () => {
    if (table.length >= 2) {
      for (const r of tableRates(table)) rates.push(r);
      const t = leadTotal(table, sentences, perSentence, texts);
      if (t) tableTotals.push(t);
    }
    table = [];
  };
  // plain loops over the sentences, not forEach: no closure per pass, and its locals stay in registers
  // figures spaced from their words (PDF and web copies) are read without those spaces
  // a plain loop, not map(): an inlined Array#map deoptimised extractFacts once a run (--trace-deopt: wrong map)
  const given = input.sentences;
  const sentences: FactsSentence[] = [];
  for (let i = 0; i < given.length; i++) sentences.push(tightenFigures(given[i]));
  const n = sentences.length;
  for (let si = 0; si < n; si++) {
    const s = sentences[si];
    if (isTableLine(s.text) && !s.text.includes('\n')) {
      if (table.length && table[table.length - 1].block !== s.block - 1) endTable();
      table.push(tableLine(input, s, si));
    } else if (table.length) endTable();
    const figures = readSentence(input, s, si, steps);
    texts.push(figures.text);
    perSentence.push(figures.quantities);
    pendingRates.push(figures.rates);
    for (const q of figures.quantities) quantities.push(q);
    for (const r of figures.rates) rates.push(r.rate);
    if (figures.readRates) for (const r of figures.readRates) rates.push(r);
  }

  endTable();
  return { sentences, quantities, rates, perSentence, pendingRates, texts, tableTotals };
}

/** A lead announcing what follows: …统计如下：, …情况：. */
const LEAD_END = /[：:]\s*$/;

/**
 * 全年环境行政处罚案件156件，按违法类型统计如下： then a table of kinds (| 违法类型 | 案件数（件） |, rows closed by 其他):
 * the rows are the parts of the lead's count, when the table follows the lead's block right away, the lead ends with
 * a colon, and the colon's sentence holds exactly one count in the table's unit.
 */
function leadTotal(table: readonly TableLine[], sentences: readonly FactsSentence[], perSentence: readonly Quantity[][], texts: readonly string[]): Total | undefined {
  const si = table[0].sentence - 1;
  if (si < 0 || si >= perSentence.length || sentences[si].block !== table[0].block - 1 || !LEAD_END.test(texts[si])) return undefined;
  const kinds = tableKinds(table);
  if (!kinds) return undefined;
  const same = perSentence[si].filter((q) => !q.nested && q.unit === kinds.unit);
  if (same.length !== 1 || same[0].inexact) return undefined;
  const total = same[0];
  const last = kinds.parts[kinds.parts.length - 1];
  return { start: total.start, end: Math.max(total.end, last.end), total, parts: kinds.parts, how: 'breakdown', exhaustive: true, closed: true, etc: false };
}

/** 2. Totals (before rates: 占比 is taken over the whole named before 其中) */
function findAllTotals(sentences: FactsSentence[], perSentence: Quantity[][], texts: string[], steps: Steps, totals: Total[], partOf: Map<Quantity, Total>, wholeOf: Map<Quantity, Quantity>): void {
  const n = sentences.length;
  for (let si = 0; si < n; si++) {
    const qs = perSentence[si];
    if (qs.length === 0) continue; // a total is always one of the sentence's counts
    const s = sentences[si];
    const next = si + 1 < n ? sentences[si + 1] : undefined;
    const following = next && next.block === s.block ? perSentence[si + 1] : undefined;
    for (const t of findTotals(texts[si], qs, following, following ? texts[si + 1] : undefined, steps)) {
      totals.push(t);
      for (const p of t.parts) if (!partOf.has(p)) partOf.set(p, t);
    }
    // 受理138件，较上年的120件增加18件: the change between two counts (not a whole and its parts: partOf is not told)
    if (qs.length >= 3) for (const t of findChanges(texts[si], qs)) totals.push(t);
    // 15个乡镇中已有10个, 424项中可全程网办254项: the whole and the part in one phrase
    for (let k = 1; k < qs.length; k++) {
      steps.count++;
      const a = qs[k - 1];
      const b = qs[k];
      if (a.family === b.family && !a.nested && !b.nested && (AMONG.test(b.label) || AMONG_LEAD.test(b.label)) && b.inSentence.start - a.inSentence.end < 30) wholeOf.set(b, a);
    }
  }
}

/** 3. Pair rates with the counts in their sentence and the one before. */
function pairRates(sentences: FactsSentence[], perSentence: Quantity[][], pendingRates: PendingRates[], texts: string[], steps: Steps, partOf: Map<Quantity, Total>, wholeOf: Map<Quantity, Quantity>, shareParts: Set<Quantity>, sharePartOf: Map<Rate, Quantity>): void {
  const n = sentences.length;
  // (at most WINDOW counts back: a rate is never built on a count forty figures away, and
  // the bound keeps one endless sentence of rates linear)
  for (let si = 0; si < n; si++) {
    if (pendingRates[si].length === 0) continue;
    const s = sentences[si];
    const prev = si > 0 && sentences[si - 1].block === s.block ? perSentence[si - 1] : [];
    const cur = perSentence[si];
    let p = 0; // cur[0, p) lie before the rate
    const ratesBefore: Rate[] = [];
    let scanned = 0; // the text before this offset has been scanned for ；
    let statementStart = 0; // after the last ； before the rate
    for (const { rate, tokenStart } of pendingRates[si]) {
      for (; scanned < tokenStart; scanned++) {
        const c = texts[si].charCodeAt(scanned);
        if (c === 0xff1b || c === 0x3b) statementStart = scanned + 1; // ；;
      }
      steps.count++;
      while (p < cur.length && cur[p].inSentence.start < tokenStart) {
        steps.count++;
        p++;
      }
      // at most WINDOW counts, looking at most 2·WINDOW figures back (asides are skipped, not counted)
      const window: Quantity[] = [];
      for (let i = p - 1; i >= 0 && i >= p - 2 * WINDOW && window.length < WINDOW; i--) {
        steps.count++;
        if (!cur[i].nested) window.push(cur[i]);
      }
      for (let i = prev.length - 1; i >= 0 && i >= prev.length - 2 * WINDOW && window.length < WINDOW; i--) {
        steps.count++;
        if (!prev[i].nested) window.push(prev[i]);
      }
      const sentenceBefore = cur.slice(Math.max(0, p - WINDOW), p);
      steps.count += 3 * WINDOW; // the pairing below looks at no more than the window and the rates before
      const asideAfter = asideRightAfter(texts[si], tokenStart, cur[p]);
      const previous = prev.length ? { text: texts[si - 1], quantities: prev } : undefined;
      rate.bases = pair(rate, { text: texts[si], window: window.reverse(), sentenceBefore, asideAfter, ratesBefore: ratesBefore.slice(-WINDOW), partOf, wholeOf, shareParts, previous, statementStart, sharePartOf });
      // 结案率达98.2%，全年立案163件，结案157件: a sentence's one rate, before its counts
      if (!rate.bases.length && p === 0 && pendingRates[si].length === 1 && cur.length >= 2) rate.bases = pairAfter(rate, cur, texts[si], figureEnd(texts[si], tokenStart));
      ratesBefore.push(rate);
    }
  }
}

/** A line's one share, named by 占比/占/比重 alone (no whole of its own). */
const LINE_SHARE = /^(?:占比|所占比例|占|比重)(?:为|达)?$/;
/** A lead announcing lines below it: …如下：, …情况：. */
const LEAD_COLON = /[：:]\s*$/;

/**
 * 3c. Shares one per line under a lead total (全年共转派工单4539件。诉求分类情况如下： then 投诉3682件　占比81.12%,
 * 求助214件　占比4.96% …, each line a block): each line's share is its count over the lead's total, when every line of
 * the run is one count of the total's family and one share named by 占比 alone, the block before the run ends with a
 * colon, the total is the one count of its family in that colon's sentence or the sentence before it (same block), and
 * the lines' counts add up to no more than the total.
 */
function lineShares(sentences: FactsSentence[], perSentence: Quantity[][], pendingRates: PendingRates[], texts: string[], steps: Steps): void {
  const n = sentences.length;
  // one sentence a block, one count, one share after it, unpaired
  const line = (si: number): { q: Quantity; rate: Rate } | undefined => {
    const qs = perSentence[si].filter((q) => !q.nested);
    const rs = pendingRates[si];
    if (qs.length !== 1 || rs.length !== 1 || perSentence[si].length !== 1) return undefined;
    const { rate } = rs[0];
    if (rate.kind !== 'share' || rate.bases.length || rate.inexact || rate.shared || !LINE_SHARE.test(rate.label) || rate.valueSpan.start < qs[0].end || qs[0].inexact) return undefined;
    if ((si > 0 && sentences[si - 1].block === sentences[si].block) || (si + 1 < n && sentences[si + 1].block === sentences[si].block)) return undefined;
    return { q: qs[0], rate };
  };
  for (let si = 1; si < n; si++) {
    steps.count++;
    const first = line(si);
    if (!first) continue;
    const run = [first];
    let end = si + 1;
    for (; end < n && sentences[end].block === sentences[end - 1].block + 1; end++) {
      steps.count++;
      const l = line(end);
      if (!l || l.q.family !== first.q.family) break;
      run.push(l);
    }
    const lead = si - 1;
    si = end - 1;
    if (run.length < 2 || sentences[lead].block !== sentences[lead + 1].block - 1 || !LEAD_COLON.test(texts[lead])) continue;
    const kin = (k: number) => perSentence[k].filter((q) => !q.nested && q.family === first.q.family);
    let wholes = kin(lead);
    if (!wholes.length && lead > 0 && sentences[lead - 1].block === sentences[lead].block) wholes = kin(lead - 1);
    if (wholes.length !== 1 || wholes[0].inexact) continue;
    const whole = wholes[0];
    let sum = run[0].q.exact;
    for (const l of run.slice(1)) sum = exactAdd(sum, l.q.exact);
    if (exactCompare(sum, whole.exact) > 0) continue;
    for (const l of run) l.rate.bases = [shareBasis(l.q, whole)];
  }
}

/** 3b. Rates listed one after another in a sentence (分别占…, 分别同比增长…, a change and last year's rate). */
function respectiveLists(n: number, perSentence: Quantity[][], pendingRates: PendingRates[], texts: string[], partOf: Map<Quantity, Total>): void {
  // 分别为29件、13件，分别占45.3%、20.3%: each share of a 分别占 list is its own part's; 分别同比增长 lists;
  // 下降2.1个百分点（2024年为14.6%）: last year's rate after the change
  for (let si = 0; si < n; si++) {
    if (pendingRates[si].length < 2) continue;
    respectiveShares(texts[si], pendingRates[si], perSentence[si], partOf);
    respectiveChanges(texts[si], pendingRates[si], perSentence[si]);
    pointsBeforeAfter(texts[si], pendingRates[si]);
  }
}

/**
 * 受理138件，较上年的120件增加18件，增长15%: the rates built on a change's two counts, so that a fault in one of the
 * counts is reported once, by the rate (the change is reported only when the rate fits the counts).
 */
function linkChanges(totals: Total[], rates: Rate[], steps: Steps): void {
  const byNow = new Map<Quantity, Total[]>();
  for (const t of totals) {
    if (!t.change) continue;
    const list = byNow.get(t.change.now);
    if (list) list.push(t);
    else byNow.set(t.change.now, [t]);
  }
  if (!byNow.size) return;
  for (const r of rates) {
    for (const b of r.bases) {
      steps.count++;
      if (b.formula !== 'change') continue;
      for (const t of byNow.get(b.numerator) ?? []) if (t.change!.before === b.denominator) (t.change!.rates ??= []).push(r);
    }
  }
}

/** A sentence that is one line of a table, with its source mapping. */
function tableLine(input: FactsInput, s: FactsInput['sentences'][number], si: number): TableLine {
  const { src, srcEnd } = sentenceSource(input, s);
  return { text: s.text, src, srcEnd, sentence: si, block: s.block };
}

/** A count in brackets right after a rate's figure: 同比下降33.3%（上年6件）, 增长13.1%(2024年212件). */
function asideRightAfter(text: string, figureStart: number, q: Quantity | undefined): Quantity | undefined {
  if (!q || !q.nested) return undefined;
  return ASIDE_OPEN.test(text.slice(figureEnd(text, figureStart), q.inSentence.start)) ? q : undefined;
}
/** The bracket and a few words of label before the aside's figure: 「（上年」「(2024年」. */
const ASIDE_OPEN = /^\s*[（(][^（(）)，,；;。、]{0,10}$/;

/**
 * Shares of one whole listed one after another (咨询类124599件,占63.72%;求助类56672件,占28.98%…)
 * are often taken over the total of the listed parts rather than the whole named before them:
 * that total is kept as an alternative base, so such a list is not blamed for its base.
 */
function shareListBases(rates: Rate[], steps: Steps): void {
  const groups = new Map<Quantity, Rate[]>();
  for (const r of rates) {
    steps.count++;
    const b = r.bases[0];
    if (r.kind !== 'share' || !b || b.formula !== 'share') continue;
    const g = groups.get(b.denominator);
    if (g) g.push(r);
    else groups.set(b.denominator, [r]);
  }
  for (const [whole, group] of groups) {
    if (group.length < 2) continue;
    const parts = [...new Set(group.map((r) => r.bases[0].numerator))];
    steps.count += parts.length + group.length;
    const sum = parts.reduce<Exact>((acc, p) => exactAdd(acc, p.exact), { n: 0n, e: 0 });
    const tolerance = parts.reduce<Exact>((acc, p) => exactAdd(acc, p.tolerance), { n: 0n, e: 0 });
    if (exactCompare(sum, whole.exact) >= 0) continue;
    for (const r of group) {
      const p = r.bases[0].numerator;
      r.bases.push({ formula: 'share', numerator: p, denominator: whole, part: p.exact, partTolerance: p.tolerance, base: sum, baseTolerance: tolerance, expression: `${exactToString(p.exact)}/(${parts.map((x) => exactToString(x.exact)).join('+')})` });
    }
  }
}

/** How far back (blocks, counts) a run of shares looks for its whole. */
const RUN_BLOCKS_BACK = 5;
const RUN_COUNTS_BACK = 60;

/**
 * 3d. A run of shares in one paragraph, each over the count right before it, whose whole stands out of the pairing's
 * reach — under an earlier heading or paragraph (共受理诉求71184件。… 二、诉求分类 咨询类共33523件,占47.09%;求助类共21570件,
 * 占30.30%;…) — or is only the sum of the listed parts. When every share of the run but one (or one in three) fits one
 * whole — the sum of the parts, or one count of their kind stated before them in this paragraph or the five before —,
 * the shares are taken over it, and one that does not fit is reported. Silent when two wholes would do, when fewer than
 * three shares agree (two, when both have two decimals). A share that names another whole (占评查总数的… then
 * 占抽查总数的…) starts another run; a share already paired ends the run, and the shares after it in the paragraph are
 * left to the pairing.
 */
function shareRunBases(rates: Rate[], quantities: Quantity[], sharePartOf: Map<Rate, Quantity>, steps: Steps): void {
  if (sharePartOf.size < 3) return;
  let run: Rate[] = [];
  let broken = false;
  let block = -1;
  let index: Map<Quantity, number> | undefined; // where each count stands, built once when a run is first judged
  const flush = () => {
    if (!broken && run.length >= 3) {
      if (!index) {
        index = new Map();
        for (let i = 0; i < quantities.length; i++) index.set(quantities[i], i);
        steps.count += quantities.length;
      }
      runBases(run, quantities, index, sharePartOf, steps);
    }
    run = [];
    broken = false;
  };
  for (const r of rates) {
    steps.count++;
    if (r.kind !== 'share') continue;
    if (r.block !== block) {
      flush();
      block = r.block;
    }
    const part = sharePartOf.get(r);
    if (!part || r.unit !== 'percent' || r.inexact || r.shared || r.bound || r.fraction || r.lastYear || r.decimals < 0 || part.inexact) {
      // a share the run cannot use (its part unknown, a bound …): the run stops here
      flush();
      continue;
    }
    // a share already paired (its whole in reach) ends the run: it and the shares after it are the pairing's
    if (r.bases.length) {
      flush();
      broken = true;
      continue;
    }
    // 占评查总数的…；…占抽查总数的…: another named whole starts another run
    const named = wholeName(r);
    if (run.length && named && run.some((x) => wholeName(x) && wholeName(x) !== named)) flush();
    run.push(r);
  }
  flush();
}

/** The whole a share names (占收到申请总数的1% → 收到申请总数), Han characters only; '' for a bare 占/占比. */
function wholeName(r: Rate): string {
  return (SHARE_OF.exec(r.text.slice(0, r.text.length - r.raw.length))?.[1] ?? '').replace(/[^\u3400-\u9fff]/g, '');
}

function runBases(run: Rate[], quantities: Quantity[], index: ReadonlyMap<Quantity, number>, sharePartOf: Map<Rate, Quantity>, steps: Steps): void {
  const parts = run.map((r) => sharePartOf.get(r)!);
  if (new Set(parts).size !== parts.length || parts.some((p) => p.family !== parts[0].family)) return;
  // one named whole at most (占收到申请总数的1%；…占6.8%): shares of different wholes are not one run
  let sum: Exact = { n: 0n, e: 0 };
  let tolerance: Exact = { n: 0n, e: 0 };
  let largest = parts[0];
  for (const p of parts) {
    sum = exactAdd(sum, p.exact);
    tolerance = exactAdd(tolerance, p.tolerance);
    if (exactCompare(p.exact, largest.exact) > 0) largest = p;
  }
  // the wholes: counts of the parts' kind stated before the run, then the sum of the parts
  const candidates: { whole?: Quantity; base: Exact; baseTolerance: Exact }[] = [];
  const first = index.get(parts[0]) ?? 0;
  for (let i = first - 1; i >= 0 && i >= first - RUN_COUNTS_BACK; i--) {
    steps.count++;
    const q = quantities[i];
    if (q.block < parts[0].block - RUN_BLOCKS_BACK) break;
    if (q.family !== parts[0].family || q.inexact || q.label.includes('率') || parts.includes(q) || exactCompare(q.exact, largest.exact) <= 0) continue;
    if (candidates.some((c) => exactCompare(c.base, q.exact) === 0)) continue;
    candidates.push({ whole: q, base: q.exact, baseTolerance: q.tolerance });
  }
  if (!candidates.some((c) => exactCompare(c.base, sum) === 0)) candidates.push({ base: sum, baseTolerance: tolerance });
  let chosen: { whole?: Quantity; base: Exact; baseTolerance: Exact; misfits: Rate[] } | undefined;
  for (const c of candidates) {
    steps.count += run.length;
    const fitting: Rate[] = [];
    const misfits: Rate[] = [];
    for (let k = 0; k < run.length; k++) (rateVerdict(statedRate(run[k]), parts[k].exact, parts[k].tolerance, c.base, c.baseTolerance).fits ? fitting : misfits).push(run[k]);
    const agree = fitting.length >= 3 || (fitting.length === 2 && fitting.every((r) => r.decimals >= 2));
    if (!agree || misfits.length > Math.max(1, Math.floor(run.length / 3))) continue;
    if (chosen) return; // two wholes would do: unclear
    chosen = { ...c, misfits };
  }
  if (!chosen || !chosen.misfits.length) return;
  // 19.1%、27.1%、28.2%、25.6% of 1186、1680、1750、1584: the last share nudged by one in its last digit so the run adds up to
  // 100% (25.55 → 25.6), as many reports round; not a fault
  let stated: Exact = { n: 0n, e: 0 };
  for (const r of run) stated = exactAdd(stated, r.exact);
  if (exactCompare(stated, { n: 100n, e: 0 }) === 0) {
    const c = chosen;
    c.misfits = c.misfits.filter((r) => {
      const k = run.indexOf(r);
      const v = rateVerdict(statedRate(r), parts[k].exact, parts[k].tolerance, c.base, c.baseTolerance);
      const unit: Exact = { n: 1n, e: -r.decimals };
      return exactCompare(exactAbs(exactSub(v.computed, r.exact)), unit) > 0;
    });
    if (!c.misfits.length) return;
  }
  const shown = chosen.whole ? exactToString(chosen.whole.exact) : `(${parts.map((p) => exactToString(p.exact)).join('+')})`;
  for (const r of chosen.misfits) {
    const p = sharePartOf.get(r)!;
    r.bases = [{ formula: 'share', numerator: p, denominator: chosen.whole ?? largest, part: p.exact, partTolerance: p.tolerance, base: chosen.base, baseTolerance: chosen.baseTolerance, expression: `${exactToString(p.exact)}/${shown}` }];
  }
}

const exactAbs = (a: Exact): Exact => (a.n < 0n ? { n: -a.n, e: a.e } : a);
