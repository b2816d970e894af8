import { readerText } from '../src/model/reader.js';
import { defineRule } from '../src/engine/define.js';
import { MAX_FINDINGS, reportCapped } from '../src/engine/limit.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import type { Report } from '../src/model/report.js';
import { excerpt } from '../src/model/excerpt.js';

/** How far apart two marks may be for the message to quote the text between them. */
const QUOTE_SPAN = 30;

/** Source offset where the last block's unfinished sentence begins (after its last 。！？；). */
function lastSentenceStart(report: Report, index: number): number {
  const b = report.blocks[index];
  let i = b.text.length;
  while (i > 0 && !'。！？；;!?'.includes(b.text[i - 1])) i--;
  return report.toSource(b, i);
}

export default defineRule({
  meta: {
    id: 'no-unpaired-punctuation',
    type: 'problem',
    description: {
      zh: '引号、书名号、括号应在段内成对出现',
      en: 'Quotes, title marks and brackets come in pairs within a paragraph',
    },
    severity: 'error',
    hasSuggestions: true,
    basis: {
      zh: 'GB/T 15834—2011《标点符号用法》4.8 括号、4.9 引号、4.15 书名号',
      en: 'GB/T 15834-2011 (Use of punctuation marks), 4.8 brackets, 4.9 quotation marks, 4.15 title marks',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unclosed: {
        zh: '「{char}」在本段内没有与之配对的「{counterpart}」：「{context}」',
        en: '“{char}” is not closed by “{counterpart}” within its paragraph: “{context}”',
      },
      unopened: {
        zh: '「{char}」之前没有与之配对的「{counterpart}」：「{context}」',
        en: '“{char}” has no opening “{counterpart}” before it: “{context}”',
      },
      openedTwice: {
        zh: '引号重复开启：「{context}」中前一个「{char}」尚未关闭又出现「{char}」，其中一个应为「{counterpart}」',
        en: 'Quote opened twice: in “{context}” a second “{char}” comes while the first is still open; one of them should be “{counterpart}”',
      },
      openedHere: {
        zh: '前一个「{char}」在此开启',
        en: 'the first “{char}” opens here',
      },
      reversed: {
        zh: '引号方向颠倒：「{context}」中先出现「{char}」、后出现「{counterpart}」，应为「{fixed}」',
        en: 'Quotes typed backwards: in “{context}” the “{char}” comes before the “{counterpart}”; it should read “{fixed}”',
      },
      swapQuotes: {
        zh: '改为「{fixed}」',
        en: 'Change it to “{fixed}”',
      },
      more: {
        zh: '另有{count}处不成对的标点未逐一列出（本文件共{total}处）',
        en: '{count} more unpaired marks are not listed ({total} in this file)',
      },
      replaceWithCloser: {
        zh: '改为「{counterpart}」',
        en: 'Change it to “{counterpart}”',
      },
    },
  },
  check(context) {
    const { report } = context;
    const found: ReportDescriptor<'unclosed' | 'unopened' | 'openedTwice' | 'reversed' | 'swapQuotes' | 'more' | 'openedHere' | 'replaceWithCloser'>[] = [];
    // a text cut off mid-sentence (report.meta.truncated): a mark opened in its unfinished last sentence may close after
    // the cut (「…打造“法治护企 服务直通」); one opened before a full stop of the last paragraph is still reported
    const cut = report.meta.truncated;
    const cutFrom = cut ? lastSentenceStart(report, cut.block) : Infinity;
    for (const f of report.punctuation.faults) {
      if (f.kind === 'unclosed' && f.start >= cutFrom) continue;
      // faults come in document order: past the cap only the place is needed for the summary
      if (found.length >= MAX_FINDINGS) {
        found.push({ messageId: 'unclosed', start: f.start, end: f.end });
        continue;
      }
      const data = { char: f.char, counterpart: f.counterpart };
      if (f.kind === 'openedTwice' && f.previous) {
        const near = f.start - f.previous.start <= QUOTE_SPAN;
        const quoted = near ? readerText(report, f.previous.start, f.end) : excerpt(report, f.start, f.end);
        found.push({
          messageId: 'openedTwice',
          data: { ...data, context: quoted },
          start: f.start,
          end: f.end,
          related: [{ ...f.previous, messageId: 'openedHere', data }],
          // Only when the rest of the paragraph reads so: “三个聚焦“ → “三个聚焦”
          suggestions: f.closes ? [{ messageId: 'replaceWithCloser', data, fix: { start: f.start, end: f.end, text: f.counterpart } }] : undefined,
        });
      } else if (f.kind === 'reversed') {
        // ”法治驿站“ → “法治驿站”: the marks swapped, the phrase kept
        const written = report.text.slice(f.start, f.end);
        const fixed = f.counterpart + written.slice(1, -1) + f.char;
        const swap = [
          { start: f.start, end: f.start + 1, text: f.counterpart },
          { start: f.end - 1, end: f.end, text: f.char },
        ];
        found.push({
          messageId: 'reversed',
          data: { ...data, context: excerpt(report, f.start, f.end, 6, 6), fixed },
          start: f.start,
          end: f.end,
          suggestions: [{ messageId: 'swapQuotes', data: { fixed }, fix: swap }],
        });
      } else {
        const quoted = f.kind === 'unclosed' ? excerpt(report, f.start, f.end, 0, 12) : excerpt(report, f.start, f.end, 12, 0);
        found.push({ messageId: f.kind === 'unclosed' ? 'unclosed' : 'unopened', data: { ...data, context: quoted }, start: f.start, end: f.end });
      }
    }
    reportCapped(context, found, { messageId: 'more' });
  },
});
