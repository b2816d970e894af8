import { defineRule } from '../src/engine/define.js';
import type { Severity } from '../src/engine/types.js';
import type { Span } from '../src/model/types.js';
import type { Report } from '../src/model/report.js';
import type { LawEntry, LawIndex, LawMatch } from '../src/laws/index.js';
import { withoutYearChar, yearRange } from '../src/laws/index.js';
import {
  isDraft,
  isFieldOfLaw,
  isLocalTitle,
  isNationalPrefixed,
  isPublicationTitle,
  looksLikeAct,
  withoutNationalPrefix,
  withoutRevisionNote,
} from '../src/laws/classify.js';

type MessageId =
  | 'unknownTitle'
  | 'yearChar'
  | 'wrongYears'
  | 'newerPeriod'
  | 'fieldOfLaw'
  | 'notFound'
  | 'repealed'
  | 'repealedNoSuccessor'
  | 'repealedUndated'
  | 'superseded'
  | 'notYetAdopted'
  | 'useTitle';

/** A sentence that says the act is no longer in force is not citing it as current. */
const NOT_CURRENT = /废止|失效|废除|取代|替代|不再适用|原《/;

export default defineRule({
  meta: {
    id: 'valid-law-title',
    type: 'problem',
    description: {
      zh: '《》中的国家法律、法规和文件标题应准确、现行有效',
      en: 'Titles of national laws, regulations and documents in 《》 are exact and in force',
    },
    // Default grades: error only for a 纲要 or plan cited with the wrong years; every other
    // finding warn or info. A level set in the config applies to all but the info findings.
    severity: 'warn',
    basis: {
      zh: '全国人大现行有效法律目录、行政法规目录及中央文件的正式标题（data/laws.tsv）；GB/T 15834-2011 书名号用法',
      en: 'Official titles in the NPC catalogue of laws in force, the State Council regulations and central documents (data/laws.tsv); GB/T 15834-2011 on 书名号',
    },
    schema: {
      type: 'object',
      properties: {
        checkNotFound: {
          type: 'boolean',
          description: 'Report (as info) national-looking titles (中华人民共和国…, …法) that are neither in data/laws.tsv nor close to a title in it.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkNotFound: true },
    // the law list comes from the host: the CLI reads data/laws.tsv, the web page bundles it
    resources: ['laws'],
    // the official or closest title is offered, never applied: only the author knows which act was meant
    hasSuggestions: true,
    messages: {
      unknownTitle: {
        zh: '《{title}》不是已知的国家法律法规或文件标题，最接近的是《{known}》，请核对',
        en: '《{title}》 is not the title of a known national law or document; the closest is 《{known}》',
      },
      yearChar: {
        zh: '《{title}》的年份区间缺少“年”，正式标题为《{known}》',
        en: 'The year range in 《{title}》 lacks 年; the official title is 《{known}》',
      },
      wrongYears: {
        zh: '《{title}》的年份「{years}」有误，正式标题为《{known}》',
        en: 'The years “{years}” in 《{title}》 are wrong; the official title is 《{known}》',
      },
      newerPeriod: {
        zh: '《{title}》的年份「{years}」晚于名录中的《{known}》，无法确认该文件是否已印发',
        en: 'The years “{years}” in 《{title}》 are later than the listed 《{known}》; cannot confirm that it has been issued',
      },
      fieldOfLaw: {
        zh: '《{title}》是法律部门（学科）的名称，不是一部法律的标题：请引用具体法律，或去掉书名号',
        en: '《{title}》 names a field of law, not an act: cite a specific law or drop the 书名号',
      },
      notFound: {
        zh: '《{title}》看似国家法律法规，但不在法律法规名录（data/laws.tsv）中，无法确认标题是否准确',
        en: '《{title}》 looks like a national law but is not in the list of laws (data/laws.tsv); cannot confirm the title',
      },
      repealed: {
        zh: '《{title}》已于{date}废止（由《{replacement}》取代），{year}年度报告不应作为现行依据引用',
        en: '《{title}》 was repealed on {date} (replaced by 《{replacement}》); a report for {year} should not cite it as in force',
      },
      repealedNoSuccessor: {
        zh: '《{title}》已于{date}废止，{year}年度报告不应作为现行依据引用',
        en: '《{title}》 was repealed on {date}; a report for {year} should not cite it as in force',
      },
      repealedUndated: {
        zh: '《{title}》已废止或失效（法律法规名录未载明废止日期），无法确认{year}年度时是否仍然有效，请核对',
        en: '《{title}》 is repealed or expired (the list of laws gives no date); cannot confirm that it was still in force in {year}',
      },
      superseded: {
        zh: '《{title}》的实施期已于{ended}年结束，由《{replacement}》接续，{year}年度报告应引用后者',
        en: 'The period of 《{title}》 ended in {ended} and 《{replacement}》 succeeded it; a report for {year} should cite the latter',
      },
      useTitle: { zh: '改为《{known}》', en: 'Change it to 《{known}》' },
      notYetAdopted: {
        zh: '《{title}》{adopted}年才通过，{year}年度报告不可能已依据它开展工作，请核对年份或标题',
        en: '《{title}》 was adopted only in {adopted}; a report for {year} cannot rely on it. Check the year or the title',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    const titles: { text: string; span: Span }[] = [];
    for (const t of report.titles) {
      titles.push({ text: t.text, span: t.inner });
      for (const n of t.nested) titles.push({ text: n.text, span: n.inner });
    }
    if (!titles.length) return;
    // declared in meta.resources: the engine runs the rule only when the host supplied it
    const laws: LawIndex = context.resources.laws!;

    for (const { text, span } of titles) {
      const reading = readTitle(laws, text);
      if (reading.kind === 'none') continue;
      // Replacing the text between 《》 is offered where that text is exactly the title as read (no inline markup)
      // (a list filled by push: arrays made by map have other elements kinds, and optimised code checked on one of
      // them deoptimised once a run)
      const offer = (titles: string[]) => {
        const out: { messageId: 'useTitle'; data: { known: string }; fix: { start: number; end: number; text: string } }[] = [];
        if (titles.length && report.text.slice(span.start, span.end) === text) for (const known of titles) out.push({ messageId: 'useTitle', data: { known }, fix: { start: span.start, end: span.end, text: known } });
        return out;
      };
      const say = (messageId: MessageId, severity: Severity, data: Record<string, string | number>, at: Span = span, suggest: string[] = []) => {
        const suggestions = offer(suggest);
        context.reportIssue({ messageId, severity, data: { title: text, ...data }, ...at, ...(suggestions.length ? { suggestions } : {}) });
      };

      if (reading.kind === 'exact') {
        const { exact } = reading;
        const current = exact.find((m) => isCurrent(m.entry, report.meta.year));
        const m = current ?? exact[0];
        if (m.yearCharOnly) say('yearChar', 'info', { known: m.entry.title }, yearsSpan(report, text, span), [m.entry.title]);
        if (!current) checkInForce(m.entry, report, span, say);
        continue;
      }

      // A dated plan cited with years that match none of its editions (纲要 2021—2025)
      if (reading.kind === 'period') {
        const { range, editions } = reading;
        // name the edition in force in the report year, or every edition when none is
        const current = editions.filter((e) => isCurrent(e, report.meta.year));
        const known = (current.length ? current : editions).map((e) => e.title).join('、');
        const years = `${range.years[0]}-${range.years[1]}`;
        const latest = Math.max(...editions.map((e) => e.period?.[1] ?? 0));
        if (range.years[0] > latest) say('newerPeriod', 'info', { years, known }, yearsSpan(report, text, span));
        else say('wrongYears', 'error', { years, known }, yearsSpan(report, text, span), current.length === 1 ? [current[0]!.title] : editions.length === 1 ? [editions[0]!.title] : []);
        continue;
      }

      const { national } = reading;
      if (reading.kind === 'close') {
        const { close } = reading;
        // a loop, not slice().map(): an array made by map has another elements kind when map ran inlined in optimised
        // code than in the builtin, and join() below deoptimised check once a run (--trace-deopt: wrong map)
        const candidates: string[] = [];
        for (let k = 0; k < close.length && k < 3; k++) candidates.push(national || !isNationalPrefixed(close[k].entry.title) ? close[k].entry.title : close[k].entry.short);
        // two equally close titles: cannot tell which was meant (each is offered)
        say('unknownTitle', close.length > 1 || close[0].weak ? 'info' : 'warn', { known: candidates.join('、') }, span, candidates);
        continue;
      }
      if (reading.kind === 'field') {
        say('fieldOfLaw', 'info', {});
        continue;
      }
      if (options.checkNotFound && (national || reading.act)) say('notFound', 'info', {});
    }
  },
});

/**
 * What a title in 《》 is, by its wording alone: not a national title to check (empty, a draft, local, a
 * publication), an exact entry, a dated plan with other years, close to an entry, a field of law, or none of
 * these. The same for every report that cites it, so worked out once per title and law list (the same laws
 * are cited in report after report); what depends on the report (its year, the sentence) is checked after.
 */
type Reading =
  | { kind: 'none' }
  | { kind: 'exact'; exact: readonly LawMatch[] }
  | { kind: 'period'; range: NonNullable<ReturnType<typeof yearRange>>; editions: readonly LawEntry[] }
  | { kind: 'close'; national: boolean; close: readonly LawMatch[] }
  | { kind: 'field'; national: boolean }
  | { kind: 'other'; national: boolean; act: boolean };

const NONE: Reading = { kind: 'none' };
/** Readings by law list, then by title as written; a list forgets its titles past READINGS_SIZE (as LawIndex's memo does). */
const readings = new WeakMap<LawIndex, Map<string, Reading>>();
const READINGS_SIZE = 4096;

function readTitle(laws: LawIndex, text: string): Reading {
  let known = readings.get(laws);
  if (!known) readings.set(laws, (known = new Map()));
  let reading = known.get(text);
  if (!reading) {
    if (known.size >= READINGS_SIZE) known.clear();
    reading = read(laws, text);
    known.set(text, reading);
  }
  return reading;
}

function read(laws: LawIndex, text: string): Reading {
  const title = withoutRevisionNote(text.trim());
  if (!title || isDraft(title)) return NONE;
  const exact = laws.lookup(title);
  if (exact.length) return { kind: 'exact', exact };
  const range = yearRange(title);
  const editions = range ? laws.withBase(withoutYearChar(range.base)) : [];
  if (range && editions.length) return { kind: 'period', range, editions };
  const national = isNationalPrefixed(title);
  if (!national && (isLocalTitle(title) || isPublicationTitle(title))) return NONE;
  const close = closest(laws, title);
  if (close.length) return { kind: 'close', national, close };
  if (isFieldOfLaw(title)) return { kind: 'field', national };
  return { kind: 'other', national, act: looksLikeAct(title) };
}

/** Close titles; for 中华人民共和国X also X itself when X is a title that takes no prefix (信访工作条例). */
function closest(laws: LawIndex, title: string): LawMatch[] {
  const close = laws.closest(title);
  if (close.length) return close;
  // 《优化营商环境暂行条例》 for 《优化营商环境条例》: 暂行/试行 added to, or left out of, a known title is another
  // title (short titles are too short for two edits to count as close)
  const form = formVariant(laws, title);
  if (form.length) return form;
  const kind = kindVariant(laws, title);
  if (kind.length) return kind;
  if (!isNationalPrefixed(title)) return close;
  return laws.lookup(withoutNationalPrefix(title)).filter((m) => !isNationalPrefixed(m.entry.title));
}

/** A regulation's title, with 暂行/试行 before its last word or without. */
const PROVISIONAL = /^(.*?)(暂行|试行)?(条例|办法|规定|细则|规则)$/;

/** Known titles that differ from `title` only by 暂行 or 试行 before its last word (条例, 办法, 规定 …). */
function formVariant(laws: LawIndex, title: string): LawMatch[] {
  const m = PROVISIONAL.exec(title);
  if (!m || m[1].length < 4) return [];
  const variants = m[2] ? [m[1] + m[3]] : [m[1] + '暂行' + m[3], m[1] + '试行' + m[3]];
  const out: LawMatch[] = [];
  for (const v of variants) for (const hit of laws.lookup(v)) out.push({ ...hit, distance: 2, yearCharOnly: false });
  return out;
}

/** A title ending in 法, 条例, 规定 or 办法, and what comes before that word. */
const LAW_OR_REGULATION = /^(.*?)(法|条例|规定|办法)$/;
/** The kinds a title may have been given by mistake for its own, by the kind written (see kindVariant). */
const OTHER_KINDS: Record<string, readonly string[]> = { 法: ['条例'], 条例: ['法', '规定', '办法'], 规定: ['条例', '办法'], 办法: ['条例', '规定'] };

/**
 * Known titles that differ from `title` only by 法 for 条例 or the reverse — 《政府信息公开法》 for 《政府信息公开条例》,
 * 《中华人民共和国行政复议条例》 for 《中华人民共和国行政复议法》 — the 条例 only with 中华人民共和国 (one edit too many for
 * closest(), which also never compares two kinds of document). A 法 and a 条例 of the same name are not both in force:
 * where the list has both (治安管理处罚条例, repealed by 治安管理处罚法), the title is exact and never comes here.
 */
function kindVariant(laws: LawIndex, title: string): LawMatch[] {
  const m = LAW_OR_REGULATION.exec(title);
  if (!m) return [];
  const stem = withoutNationalPrefix(m[1]);
  if (stem.length < 3 || /[办方做宪]$/.test(stem)) return [];
  const out: LawMatch[] = [];
  for (const other of OTHER_KINDS[m[2]]) {
    // a 条例 without 中华人民共和国 may be a local regulation cited by its short name (《人民调解条例》 of a province);
    // between 条例, 规定 and 办法 only a long name is told apart from another document's with confidence
    if (m[2] === '条例' && other === '法' && !isNationalPrefixed(title)) continue;
    if (other !== '法' && m[2] !== '法' && stem.length < 8) continue;
    for (const v of new Set([m[1] + other, stem + other, '中华人民共和国' + stem + other]))
      for (const hit of laws.lookup(v)) if (!out.some((o) => o.entry === hit.entry)) out.push({ ...hit, distance: 2, yearCharOnly: false });
  }
  return out;
}

/** In force during (some of) the report year; unknown year: assume so. */
function isCurrent(entry: LawEntry, year: number | undefined): boolean {
  if (year === undefined) return true;
  if (entry.repealedOn && entry.repealedOn <= `${year}-01-01`) return false;
  if (undatedRepealAfter(entry, year)) return false;
  if (entry.adopted !== undefined && entry.adopted > year + 1) return false;
  return true;
}

/**
 * Repealed with no known date, and the report year is later than the last year the list shows it in force:
 * it may have been repealed before or during that year.
 */
function undatedRepealAfter(entry: LawEntry, year: number): boolean {
  if (entry.status !== 'repealed' || entry.repealedOn) return false;
  return entry.inForceThrough === undefined || Number(entry.inForceThrough.slice(0, 4)) < year;
}

function checkInForce(
  entry: LawEntry,
  report: Report,
  span: Span,
  say: (id: MessageId, severity: Severity, data: Record<string, string | number>) => void,
): void {
  const year = report.meta.year;
  if (year === undefined) return;
  const sentence = report.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  if (sentence && NOT_CURRENT.test(sentence.text)) return;
  // history: 「2015年，县政府依据《…（2015—2020年）》提出…」, 「“十三五”时期依据《…》」 — cited for a time it was in force
  const lastInForce = entry.periodEnded ?? (entry.repealedOn ? Number(entry.repealedOn.slice(0, 4)) - 1 : undefined);
  if (sentence && lastInForce !== undefined && lastInForce < year) {
    const then = pastTimes(report, sentence.start, span.start);
    if (then.length && then.every((y) => y <= lastInForce)) return;
  }
  if (entry.periodEnded !== undefined && entry.periodEnded < year) {
    say('superseded', 'warn', { ended: entry.periodEnded, replacement: entry.replacedBy ?? '—', year });
  } else if (entry.repealedOn && entry.repealedOn <= `${year}-01-01`) {
    if (entry.replacedBy) say('repealed', 'warn', { date: entry.repealedOn, replacement: entry.replacedBy, year });
    else say('repealedNoSuccessor', 'warn', { date: entry.repealedOn, year });
  } else if (undatedRepealAfter(entry, year)) {
    // repealed, but the list does not say when: cannot judge the year, only ask
    say('repealedUndated', 'info', { year });
  } else if (entry.adopted !== undefined && entry.adopted > year + 1) {
    // a report for Y is written early in Y+1: a law of Y+1 may appear in its plans
    say('notYetAdopted', 'warn', { adopted: entry.adopted, year });
  }
}

/** The five-year plan periods a writer dates history by (“十三五”时期), by their last year. */
const PLAN_PERIOD_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025 };
const PLAN_PERIOD = /十([一二三四])五[”"’]?\s*(?:时期|期间|规划期)/g;

/**
 * The years a stretch of the report places itself in: the model's years there that stand alone or open a date
 * (2016年, 2016年3月; not 以来, not a range, not inside a cited title), and the last year of a “十×五” period named
 * as a time (时期, 期间).
 */
function pastTimes(report: Report, start: number, end: number): number[] {
  const out: number[] = [];
  for (const m of report.years) if (m.start >= start && m.end <= end && !m.cited && (m.kind === 'plain' || m.kind === 'date')) out.push(m.year);
  for (const m of report.text.slice(start, end).matchAll(PLAN_PERIOD)) out.push(PLAN_PERIOD_END[m[1]]);
  return out;
}

/** The bracketed years inside the title (the narrowest span), or the whole title. */
function yearsSpan(report: Report, text: string, span: Span): Span {
  const m = /[（(〔]\s*\d{4}[^)）〕]*[)）〕]/.exec(text);
  if (!m) return span;
  const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
  return report.text.slice(at.start, at.end) === m[0] ? at : span;
}
