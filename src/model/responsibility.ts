import type { Block, Section, Span } from './types.js';
import type { PartNumber } from './parts.js';
import type { Title } from './titles.js';
import { matchNumbering } from './outline.js';
import { sectionSweeper } from './sweep.js';
import { titleSweeper } from './years.js';
import { allSpace, isSentenceEndCode, isSpaceCode } from './char-codes.js';

/**
 * Mentions of the 第一责任人 duty for 法治建设 (《党政主要负责人履行推进法治建设第一责任人职责规定》)
 * anywhere in the report text, with the parts they lie in. A heading or item
 * lead that names part 3 is in report.parts; these are the words wherever they
 * occur, so a rule can tell a passing mention from a plan to do better.
 */
export interface DutyMention extends Span {
  /** The clause holding the mention, between punctuation marks (the span covers it). */
  text: string;
  /** Span of the words 第一责任(人). */
  term: Span;
  block: number;
  where: 'heading' | 'body';
  /** The parts the mention lies in (as report.parts.partsAt gives them); empty in the opening. */
  parts: PartNumber[];
  /**
   * The clause reports the duty being performed by the people who bear it: 「县委、县政府主要负责人认真履行推进
   * 法治建设第一责任人职责」, 「乡党委书记作为法治建设第一责任人，带头学法述法」 — not a designation (「明确党委书记
   * 为…第一责任人」), an exhortation (「督促…主要领导切实肩负起…」, 「压紧压实…第一责任人职责」) or another duty.
   */
  performed: boolean;
}

/** Who bears the duty (《党政主要负责人履行推进法治建设第一责任人职责规定》): the leading people of a body. */
const BEARER = '(?:主要负责(?:人|同志)|主要领导(?:干部|同志)?|一把手|“一把手”|书记|[县区市乡镇州旗盟]长|局长|主任|厅长|部长|院长|负责同志|党政领导|党政负责人|领导班子|本人)';
/** What they did with it (an adverb or two may stand between), up to the term. */
const PERFORMED = new RegExp(
  `${BEARER}[^，,。；;：:]{0,6}?(?:(?:认真|切实|带头|全面|严格|自觉|坚决|始终|积极|主动|充分)[^，,。；;：:]{0,3}?)?(?:履行|落实|扛起|扛牢|扛实|担起|担负|担当|肩负|践行|把)[^，,。；;：:]{0,20}?第一责任|${BEARER}[\u4e00-\u9fff×＊*]{0,4}?作为[^，,。；;：:]{0,16}?第一责任人`,
);
/**
 * The same told over two clauses or the other way round: the leaders named earlier in the sentence and the duty taken
 * up in the term's clause (「街道书记、主任定期主持召开会议…，履行法治政府建设第一责任人责任的职责」), or the duty
 * carried out with the leaders after the verb (「认真落实党政主要负责人推进法治建设第一责任人职责」). Read on the
 * sentence up to the end of the term.
 */
const PERFORMED_WIDE = new RegExp(
  `${BEARER}[^。；;]{0,40}?[，,][^，,。；;：:]{0,6}?(?:履行|落实|扛起|扛牢|扛实|担起|担负|担当|肩负|践行)[^，,。；;：:]{0,20}?第一责任人?$|(?:认真|切实|严格|全面)(?:履行|落实)[^，,。；;：:]{0,4}?${BEARER}[^，,。；;：:]{0,20}?第一责任人?$`,
);
/** 「…第一责任人职责规定」 without 《》: the regulation's name, not a mention of the duty. */
const REGULATION_NAME = /^人?职责规定/;
/** Words before the bearer that turn the clause into an instruction or a plan: 督促…, 压紧压实…, 要…, 将…. */
const NOT_A_REPORT = /(?:督促|推动|推进|压紧|压实|要求|强化|确保|引导|指导|明确|将|要|应|需|进一步)[^，,。；;：:]*$/;

/** After the term: the duty as a thing spoken of (「…职责情况纳入年终述职」, 「…责任制」), not a deed. */
const NOUN_AFTER = /^人?(?:职责|责任)?(?:履行)?(?:情况|制度|责任制|规定|清单|纳入|列入|作为|考核|述职|要求)/;

/** Whether the clause reports the duty performed (`termEnd`: where the words 第一责任(人) end in it). */
function reportsPerformance(clause: string, termEnd: number): boolean {
  const m = PERFORMED.exec(clause.slice(0, termEnd));
  return !!m && !NOT_A_REPORT.test(clause.slice(0, m.index)) && !NOUN_AFTER.test(clause.slice(termEnd));
}

/** PERFORMED_WIDE on the sentence up to the term (`before`), the rest of the clause after it not a noun (…职责情况纳入). */
function performedAcross(before: string, after: string): boolean {
  const m = PERFORMED_WIDE.exec(before);
  return !!m && !NOT_A_REPORT.test(before.slice(0, m.index)) && !NOUN_AFTER.test(after);
}

const TERM = /第一责任人?/g;
/** The duty meant is the one for 法治建设, not 安全生产 or 信访维稳. */
const RULE_OF_LAW = /法治|依法治|法制|述法/;
/** Clause ends: [。！？!?,，;；:：]. */
function isClauseEndCode(c: number): boolean {
  return isSentenceEndCode(c) || c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b || c === 0x3a || c === 0xff1a;
}
/** A clause longer than this on either side is cut: the quote stays readable and the scan linear. */
const CLAUSE_MAX = 60;

type ToSource = (b: Block, i: number) => number;

/** The opening's list of the report's parts: 本报告包括…四个部分, 分为…等部分. */
const PARTS_LISTED = /(?:包括|分为|包含|共有|由)[^。]{4,120}?(?:[一二三四五六七八九十两几\d]+个|等)(?:方面|部分)/;

export function findDutyMentions(
  body: readonly Block[],
  sections: readonly Section[],
  partsAt: (offset: number) => PartNumber[],
  titles: readonly Title[],
  toSource: ToSource,
): DutyMention[] {
  const out: DutyMention[] = [];
  const cited = titleSweeper(titles);
  const sectionAt = sectionSweeper(sections);
  for (const b of body) {
    const t = b.text;
    // the sentence (between two of 。！？!?) around the last term, and whether it speaks of 法治: terms come in
    // order, so each sentence of the block is found and read once
    let sentenceStart = 0;
    let sentenceEnd = -1;
    let ruleOfLaw = false;
    TERM.lastIndex = 0;
    for (let m = TERM.exec(t); m; m = TERM.exec(t)) {
      const start = toSource(b, m.index);
      const end = toSource(b, m.index + m[0].length);
      const section = sectionAt(start);
      if (cited(start, end)) continue;
      if (m.index > sentenceEnd) {
        sentenceStart = m.index;
        while (sentenceStart > sentenceEnd + 1 && !isSentenceEndCode(t.charCodeAt(sentenceStart - 1))) sentenceStart--;
        sentenceEnd = m.index;
        while (sentenceEnd < t.length && !isSentenceEndCode(t.charCodeAt(sentenceEnd))) sentenceEnd++;
        const sentence = t.slice(sentenceStart, sentenceEnd);
        // (a sentence that lists the report's parts names the duty as a part's title, not as told: 「本报告包括…第一责任人
        // 职责情况、…四个部分」)
        ruleOfLaw = RULE_OF_LAW.test(sentence) && !PARTS_LISTED.test(sentence);
      }
      if (!ruleOfLaw) continue;
      // (a function of its own: the scan above is the hot part, V8 compiles it apart)
      const mention = dutyMention(b, m.index, m[0].length, start, end, section, sentenceStart, partsAt, toSource);
      if (mention) out.push(mention);
    }
  }
  return out;
}

/** The mention of the duty by the term at `index` (`length` long), unless it names a regulation. */
function dutyMention(b: Block, index: number, length: number, start: number, end: number, section: Section | undefined, sentenceStart: number, partsAt: (offset: number) => PartNumber[], toSource: ToSource): DutyMention | undefined {
  const t = b.text;
  if (REGULATION_NAME.test(t.slice(index + length, index + length + 6))) return undefined;
  const clause = clauseAround(t, index, index + length);
  let cs = clause.start;
  const ce = clause.end;
  const num = allSpace(t, 0, cs) ? matchNumbering(t.slice(cs, cs + 12)) : undefined;
  if (num && cs + num.length <= index) cs += num.length;
  const item = /^[一二三四五六七八九十]{1,3}是/.exec(t.slice(cs, cs + 5));
  if (item && cs + item[0].length <= index) cs += item[0].length;
  const inHeading = section !== undefined && section.block === b.index && start >= section.headingSpan.start && end <= section.headingSpan.end;
  return {
    text: t.slice(cs, ce),
    start: toSource(b, cs),
    end: toSource(b, ce),
    term: { start, end },
    block: b.index,
    where: inHeading ? 'heading' : 'body',
    parts: partsAt(start),
    performed: reportsPerformance(t.slice(cs, ce), index + length - cs) || performedAcross(t.slice(sentenceStart, index + length), t.slice(index + length, ce)),
  };
}

/**
 * A sentence of the report where the leaders who bear the 第一责任人 duty act on 法治 without the word 第一责任人
 * (「党政主要负责人组织召开旗委常委会4次、…专题研究法治政府建设」): the duty may be told there. require-sections says
 * so at info when part 3 has no section and no mention of the duty (it cannot confirm the part either way).
 */
export interface LeaderAction extends Span {
  /** The clause, as quoted. */
  text: string;
  parts: PartNumber[];
  block: number;
  /**
   * The act is heading a leading group (「成立以局长为组长的领导小组」, 「由书记、镇长任双组长」): an arrangement most reports
   * make in the look-back whether or not they report the duty, so it tells the duty only beside a mention of it.
   */
  group: boolean;
}

/** The leaders as the clause's subject, then what they did (a verb of leading or studying), in one clause. */
const LEADER_ACTS = new RegExp(
  `${BEARER}[^，,。；;：:]{0,8}?(?:[（(][^（()）]{0,24}[）)])?(?:于?(?:19|20)\\d{2}年[\\dXx×＊*]{1,2}月(?:[\\dXx×＊*]{1,2}日)?)?(?:组织召开|主持召开|召开|主持|带头|专题研究|研究部署|听取|部署|督办|述法|讲法治课|讲授|参加|(?:担任|任|为)双?组长|统筹谋划|推动落实)|${BEARER}[^，,。；;：:]{0,16}?亲自(?:部署|过问|协调|督办|抓|主持|安排)|${BEARER}[^，,。；;：:]{1,8}[，,](?:组织召开|主持召开|专题研究|研究部署|带头)`,
);

/** LEADER_ACTS' match ends in heading a leading group. */
const GROUP_HEAD = /(?:担任|任|为)双?组长$/;

/** The first such clauses of the body outside the plan and the shortcomings (at most `max`). */
const LEADER_SCAN = new RegExp(BEARER, 'g');

export function findLeaderActions(body: readonly Block[], partsAt: (offset: number) => PartNumber[], toSource: ToSource, max = 3): LeaderAction[] {
  const out: LeaderAction[] = [];
  for (const b of body) {
    const t = b.text;
    if (!RULE_OF_LAW.test(t)) continue;
    LEADER_SCAN.lastIndex = 0;
    for (let m = LEADER_SCAN.exec(t); m; m = LEADER_SCAN.exec(t)) {
      const act = LEADER_ACTS.exec(t.slice(m.index, m.index + CLAUSE_MAX));
      if (!act || act.index !== 0) continue;
      // the sentence holding it speaks of 法治; the words before the leaders do not make it an instruction
      const sentence = sentenceAround(t, m.index);
      if (!RULE_OF_LAW.test(t.slice(sentence.start, sentence.end))) continue;
      const clause = clauseAround(t, m.index, m.index + act[0].length);
      if (NOT_A_REPORT.test(t.slice(clause.start, m.index))) continue;
      const start = toSource(b, clause.start);
      const parts = partsAt(start);
      if (parts.some((p) => p === 2 || p === 4 || p === 5)) continue;
      out.push({ text: t.slice(clause.start, clause.end).trimEnd(), start, end: toSource(b, clause.end), parts, block: b.index, group: GROUP_HEAD.test(act[0]) });
      if (out.length >= max && out.some((a) => !a.group)) return out;
      if (out.length >= 2 * max) return out;
    }
  }
  return out;
}

/** The clause holding t[from, to): out to the nearest clause marks (at most CLAUSE_MAX each side), leading spaces skipped. */
function clauseAround(t: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && from - start < CLAUSE_MAX && !isClauseEndCode(t.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < t.length && end - to < CLAUSE_MAX && !isClauseEndCode(t.charCodeAt(end))) end++;
  while (start < end && isSpaceCode(t.charCodeAt(start))) start++;
  return { start, end };
}

/** A sentence is read this far on either side of a point: enough for a report's sentence, linear over a long block. */
const SENTENCE_MAX = 200;

/** The sentence holding t[at] (between sentence ends, at most SENTENCE_MAX each side). */
function sentenceAround(t: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < SENTENCE_MAX && !isSentenceEndCode(t.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < t.length && end - at < SENTENCE_MAX && !isSentenceEndCode(t.charCodeAt(end))) end++;
  return { start, end };
}
