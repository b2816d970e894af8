import { defineRule } from '../src/engine/define.js';
import type { Report } from '../src/model/report.js';
import type { PlanUnit } from '../src/model/plan.js';
import { contentWords } from '../src/model/words.js';

/** 叶城县人民政府 and 叶城县 are the same issuing body. */
function sameBody(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/(?:人民政府|政府)$/, '');
  return norm(a) === norm(b);
}

/**
 * Topic words: content words that recur (in two sentences or more of the two
 * reports) without being everywhere (in fewer than 15% of the sentences).
 * Words used once are phrasing; words used everywhere are boilerplate.
 */
function topicFilter(prev: Report, cur: Report): (w: string) => boolean {
  const docs = [...prev.sentences, ...cur.sentences].map((s) => new Set(contentWords(s.text)));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d) df.set(w, (df.get(w) ?? 0) + 1);
  return (w) => {
    const n = df.get(w) ?? 0;
    return n >= 2 && n < docs.length * 0.15;
  };
}

/**
 * What a planned task is recognised by: the topic words of each of its sentences
 * (a task often bundles several; following up one of them counts), or of the
 * whole task when no sentence has three.
 */
function queries(u: PlanUnit, topic: (w: string) => boolean): string[][] {
  const words = (t: string) => [...new Set(contentWords(t))].filter(topic);
  const bySentence = u.text.split(/(?<=[。；;！？!?])/).map(words).filter((q) => q.length >= 3);
  if (bySentence.length) return bySentence;
  const whole = words(u.text);
  return whole.length >= 2 ? [whole] : [];
}

/** Passages of this year's look-back a follow-up may sit in: each item, and each pair of consecutive sentences. */
function lookBackPassages(r: Report): Set<string>[] {
  const outside = (o: number) => !r.plan.contains(o) && !r.parts.partsAt(o).includes(2);
  const out: Set<string>[] = [];
  for (const it of r.items) if (outside(it.span.start)) out.push(new Set(contentWords(r.text.slice(it.span.start, it.span.end))));
  const sents = r.sentences.filter((s) => outside(s.start));
  sents.forEach((s, i) => {
    const next = sents[i + 1];
    out.push(new Set(contentWords(next && next.block === s.block ? s.text + next.text : s.text)));
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'require-plan-followup',
    type: 'suggestion',
    description: {
      zh: '上一年度报告安排的各项工作应在本年度报告的回顾部分有所交代',
      en: 'Each task planned in the previous year’s report is followed up in this year’s look-back',
    },
    severity: 'info',
    crossDocument: true,
    // compares files: not in fzlint:recommended (it would keep --cache and --concurrency from applying); on in fzlint:strict
    recommended: false,
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告包括下一年度的主要安排和上一年度的举措成效，两年的报告前后衔接',
      en: '厅字〔2019〕28号: a report sets out next year’s arrangements and the past year’s measures, so consecutive reports connect',
    },
    schema: {
      type: 'object',
      properties: {
        threshold: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Share of the topic words of one sentence of a planned task that one passage of this year’s look-back (an item or two consecutive sentences) must contain for the task to count as followed up.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { threshold: 0.35 },
    messages: {
      noFollowup: {
        zh: '{prevYear}年度报告安排的工作「{planned}」（{file} 第{line}行）在{year}年度回顾部分未见对应内容，请说明落实情况',
        en: 'The task “{planned}” planned in the {prevYear} report ({file}, line {line}) has no follow-up in the {year} look-back; say how it was carried out',
      },
    },
  },
  check(context) {
    const { report, others, options } = context;
    const year = report.meta.year;
    if (year === undefined) return;
    const prev = others.find((o) => o.meta.year === year - 1 && sameBody(o.meta.body, report.meta.body));
    if (!prev || !prev.plan.units.length) return;

    const topic = topicFilter(prev, report);
    const passages = lookBackPassages(report);

    const part1 = report.parts.matches.find((m) => m.part === 1);
    const at = part1 ? part1.span : report.meta.anchor;

    for (const u of prev.plan.units) {
      const qs = queries(u, topic);
      // too little to go on: say nothing rather than guess
      if (!qs.length) continue;
      let best = 0;
      for (const q of qs) {
        for (const p of passages) {
          let hit = 0;
          for (const w of q) if (p.has(w)) hit++;
          best = Math.max(best, hit / q.length);
        }
      }
      if (best >= options.threshold) continue;
      const where = prev.point(u.start);
      context.reportIssue({
        messageId: 'noFollowup',
        data: { planned: u.lead, prevYear: year - 1, year, file: prev.filePath.split(/[\\/]/).pop() ?? prev.filePath, line: where.line, column: where.column },
        ...at,
      });
    }
  },
});
