/**
 * A change stated as a count between two counts of one kind: 受理138件，较上年的120件增加18件 (138 − 120 = 18);
 * 由上年的80件下降到64件，减少16件 (80 − 64 = 16). Read as a Total of kind 'change': the larger count is the sum of
 * the smaller and the change. Only the plain forms are read — the comparison words alone between the counts — so a
 * change is never paired with a count it does not name.
 */
import type { Quantity, Total } from './types.js';
import { CHANGE_TO, FROM_END } from './vocabulary.js';

/**
 * Between this year's count and last year's: ，较上年的 / ，比去年同期 / ，较2024年的 (nothing else); or this period's and
 * the period before (环比): ，较上月的 / ，比上季度的 / ，较上半年的.
 */
const VERSUS_GAP = /^\s*[，,]\s*(?:较|比|与)(?:(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期|末|底)?|上月|上个月|上一月|上季度|上一季度|上个季度|上半年)(?:的)?\s*$/;
/** The change right after last year's count: 增加18件, 减少了16件. */
const CHANGE_RIGHT_AFTER = /^(?:净)?(增加|增长|增多|多|上升|提高|减少|下降|少|降低)(?:了)?$/;
/** The change in its own clause after a 由…到 pair: ，增加18件 / ，减少16件 / ，净增18件. */
const CHANGE_CLAUSE = /^(?:同比|较上年|比上年)?(?:净增|净减|(?:净)?(增加|增长|增多|上升|提高|减少|下降|降低|压缩|缩短|精简|压减))(?:了)?$/;
/** A 由 start named as last year's: 由上年的80件, 由去年同期的. */
const FROM_LAST = /由(?:上年|去年|上一年)(?:同期)?(?:的)?$/;

const UP = /增|多|上升|提高/;

function change(larger: Quantity, smaller: Quantity, by: Quantity, up: boolean, now: Quantity, before: Quantity): Total {
  return {
    start: Math.min(now.start, before.start, by.start),
    end: Math.max(now.end, before.end, by.end),
    total: larger,
    parts: [smaller, by],
    how: 'change',
    exhaustive: true,
    closed: true,
    etc: false,
    change: { now, before, by, up },
  };
}

/** The changes stated in one sentence (`text` as read, `qs` its counts in order). */
export function findChanges(text: string, qs: readonly Quantity[]): Total[] {
  const out: Total[] = [];
  for (let k = 0; k + 1 < qs.length; k++) {
    const before = qs[k];
    const next = qs[k + 1];
    if (before.nested || next.nested || next.family !== before.family) continue;
    // a. 受理138件，较上年的120件增加18件
    const m = CHANGE_RIGHT_AFTER.exec(next.label);
    if (m && k > 0) {
      const now = qs[k - 1];
      if (now.nested || now.family !== before.family || !VERSUS_GAP.test(text.slice(now.inSentence.end, before.inSentence.start))) continue;
      const up = UP.test(m[1]);
      out.push(up ? change(now, before, next, true, now, before) : change(before, now, next, false, now, before));
      continue;
    }
    // b. 由上年的80件下降到64件，减少16件 / 由19个工作日压缩至14个工作日，压缩5个工作日
    if ((FROM_LAST.test(before.label) || FROM_END.test(before.label)) && CHANGE_TO.test(next.label) && k + 2 < qs.length) {
      const by = qs[k + 2];
      const c = by && !by.nested && by.family === before.family ? CHANGE_CLAUSE.exec(by.label) : null;
      if (!c || !/^\s*[，,]\s*$/.test(text.slice(next.inSentence.end, by.inSentence.labelStart))) continue;
      const up = c[1] ? UP.test(c[1]) : by.label.includes('净增');
      out.push(up ? change(next, before, by, true, next, before) : change(before, next, by, false, next, before));
    }
  }
  // c. 2023年…742件，2024年453件，减少299件: two counts named by consecutive years, the change in the next clause
  for (let k = 0; k + 2 < qs.length; k++) {
    const before = qs[k];
    const next = qs[k + 1];
    const by = qs[k + 2];
    if (before.nested || next.nested || by.nested || next.family !== before.family || by.family !== before.family) continue;
    const y2 = YEAR_ONLY_GAP.exec(text.slice(before.inSentence.end, next.inSentence.start));
    if (!y2) continue;
    const clause = text.slice(Math.max(0, before.inSentence.labelStart - 12), before.inSentence.start);
    const y1 = /((?:19|20)\d{2})年(?:度)?[^，,。；;0-9]*$/.exec(clause);
    if (!y1 || Number(y2[1]) !== Number(y1[1]) + 1) continue;
    const c = CHANGE_CLAUSE.exec(by.label);
    if (!c || !/^\s*[，,]\s*$/.test(text.slice(next.inSentence.end, by.inSentence.labelStart))) continue;
    const up = c[1] ? UP.test(c[1]) : by.label.includes('净增');
    out.push(up ? change(next, before, by, true, next, before) : change(before, next, by, false, next, before));
  }
  return out.filter((t) => !t.total.inexact && t.parts.every((p) => !p.inexact));
}

/** Between two counts of a year row: only the next year (，2024年 / ，2024年为). */
const YEAR_ONLY_GAP = /^\s*[，,]\s*((?:19|20)\d{2})年(?:度)?(?:为|是|有)?\s*$/;
