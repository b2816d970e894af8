import { readerText } from '../src/model/reader.js';
import { defineRule } from '../src/engine/define.js';
import { MAX_FINDINGS, reportCapped } from '../src/engine/limit.js';
import type { Fix, ReportDescriptor } from '../src/engine/types.js';
import { excerpt } from '../src/model/excerpt.js';
import { packedFix } from '../src/engine/lazy-fix.js';
import { isCjk, type HalfWidthMark, type PunctPair } from '../src/model/punctuation.js';


/** Chinese in a quoted text; a blank at either end of it (a straight quote pair that is not one). */
const HAN = /[\u3400-\u9fff]/;
const EDGE_SPACE = /^\s|\s$/;

export default defineRule({
  meta: {
    id: 'require-fullwidth-punctuation',
    type: 'layout',
    description: {
      zh: '中文文本使用全角标点：，；：？！（）、省略号……、并列书名号间不加顿号、书名号内用〈〉',
      en: 'Chinese text uses full-width punctuation, the ellipsis ……, no 顿号 between adjacent titles, and 〈〉 for a title inside a title',
    },
    severity: 'warn',
    fixable: true,
    basis: {
      zh: 'GB/T 15834—2011《标点符号用法》：4.5.3.5 并列的引号、书名号之间通常不用顿号；4.11 省略号；4.15.3.3 书名号内用单书名号',
      en: 'GB/T 15834-2011 (Use of punctuation marks): 4.5.3.5 no 顿号 between adjacent quoted or titled items; 4.11 ellipsis; 4.15.3.3 single title marks inside title marks',
    },
    schema: {
      type: 'object',
      properties: {
        quotedSeries: {
          type: 'boolean',
          description: 'Also report a 顿号 between adjacent quoted items (“甲”、“乙” → “甲”“乙”). Off by default: GB/T 15834 says 通常 (usually), and house styles differ.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { quotedSeries: false },
    messages: {
      halfWidth: {
        zh: '中文文本中的半角「{char}」应为全角「{full}」：「{context}」',
        en: 'Half-width “{char}” in Chinese text should be the full-width “{full}”: “{context}”',
      },
      halfWidthBrackets: {
        zh: '中文文本中的半角括号应为全角「（）」：「{context}」',
        en: 'Half-width brackets in Chinese text should be the full-width “（）”: “{context}”',
      },
      normalised: {
        zh: '全文没有一个全角逗号，却有{count}处半角标点夹在汉字之间（如「{example}」）：文本可能经过 NFKC 规范化或全角转半角处理，应整体改回全角（.txt、.md 文件可用 --fix 一次转换）',
        en: 'The text has no full-width comma but {count} half-width marks between Chinese characters (e.g. “{example}”): it was probably NFKC-normalised; convert them back to full width (in .txt and .md files --fix converts them all)',
      },
      ellipsis: {
        zh: '省略号应为「……」，不是「{text}」：「{context}」',
        en: 'The ellipsis is “……”, not “{text}”: “{context}”',
      },
      titleSeries: {
        zh: '并列的书名号之间不用顿号：「{text}」（共{count}处顿号）',
        en: 'No 顿号 between adjacent titles: “{text}” ({count} in all)',
      },
      quoteSeries: {
        zh: '并列的引号之间通常不用顿号：「{text}」（共{count}处顿号）',
        en: 'Usually no 顿号 between adjacent quoted items: “{text}” ({count} in all)',
      },
      more: {
        zh: '另有{count}处标点问题未逐一列出（本文件共{total}处；.txt、.md 文件可用 --fix 一并修正）',
        en: '{count} more punctuation problems are not listed ({total} in this file; in .txt and .md files --fix corrects them all)',
      },
      straightQuotes: {
        zh: '中文文本中的直引号应为「“”」：「{context}」',
        en: 'Straight quotes in Chinese text should be “”: “{context}”',
      },
      nestedTitle: {
        zh: '书名号内的书名号应用单书名号〈〉：「{text}」应为「{fixed}」',
        en: 'A title inside a title takes 〈〉: “{text}” should be “{fixed}”',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    const { text } = report;
    const punct = report.punctuation;
    type Id = 'halfWidth' | 'halfWidthBrackets' | 'normalised' | 'ellipsis' | 'titleSeries' | 'quoteSeries' | 'more' | 'nestedTitle' | 'straightQuotes';
    const found: ReportDescriptor<Id>[] = [];

    // Half-width , ; : ? ! ( ) between Chinese characters
    const edit = (m: HalfWidthMark): Fix => ({ ...m.edit, text: m.full });
    if (punct.normalised) {
      // an NFKC-normalised copy: once for the file, not at every comma (read without an object per mark)
      const first = punct.firstHalfWidth()!;
      context.reportIssue({
        messageId: 'normalised',
        severity: 'info',
        data: { count: punct.halfWidthCount, example: excerpt(report, first.start, first.end, 6, 6) },
        start: first.start,
        end: first.end,
        // one edit per mark (hundreds in a file): computed when the fix is applied or serialised, packed till then
        fix: packedFix(punct.halfWidthEdits()),
      });
    } else {
      const byPair = new Map<PunctPair, HalfWidthMark[]>();
      for (const m of punct.halfWidth) {
        if (m.pair) {
          const list = byPair.get(m.pair);
          if (list) list.push(m);
          else byPair.set(m.pair, [m]);
          continue;
        }
        // marks come in document order: past the cap only the place and the fix are needed for the summary
        const data = found.length < MAX_FINDINGS ? { char: m.char, full: m.full, context: excerpt(report, m.start, m.end, 6, 6) } : undefined;
        found.push({ messageId: 'halfWidth', data, start: m.start, end: m.end, fix: edit(m) });
      }
      for (const [pair, marks] of byPair) {
        const start = pair.open.start;
        const end = pair.close.end;
        found.push({ messageId: 'halfWidthBrackets', data: { context: excerpt(report, start, end, 4, 4) }, start, end, fix: marks.map(edit) });
      }
    }

    // ASCII double quotes around Chinese text (开展"法律进乡村"活动) → “”: paired within a block, which must hold an
    // even number of them; the quoted text holds Chinese and Chinese stands outside at least one of them
    if (!punct.normalised) {
      for (const b of report.blocks) {
        const t = b.text;
        if (t.indexOf('"') === -1) continue;
        const at: number[] = [];
        for (let i = t.indexOf('"'); i !== -1; i = t.indexOf('"', i + 1)) at.push(i);
        if (at.length % 2 !== 0) continue;
        for (let k = 0; k < at.length; k += 2) {
          const a = at[k];
          const z = at[k + 1];
          const inner = t.slice(a + 1, z);
          if (!inner || inner.length > 40 || !HAN.test(inner) || EDGE_SPACE.test(inner)) continue;
          if (!isCjk(t[a - 1]) && !isCjk(t[z + 1])) continue;
          const start = report.toSource(b, a);
          const end = report.toSource(b, z + 1);
          if (report.text[start] !== '"' || report.text[end - 1] !== '"') continue; // an entity or markup in the source
          found.push({
            messageId: 'straightQuotes',
            data: { context: excerpt(report, start, end, 4, 4) },
            start,
            end,
            fix: [
              { start, end: start + 1, text: '“' },
              { start: end - 1, end, text: '”' },
            ],
          });
        }
      }
    }

    // 省略号: “...” / “。。。” → “……”
    for (const e of punct.ellipses) {
      found.push({ messageId: 'ellipsis', data: { text: e.text, context: excerpt(report, e.start, e.end, 6, 2) }, start: e.start, end: e.end, fix: { start: e.start, end: e.end, text: '……' } });
    }

    // 《A》、《B》 → 《A》《B》 (and “A”、“B” when asked)
    const series = (spans: { start: number; end: number }[], messageId: 'titleSeries' | 'quoteSeries'): void => {
      let run: { start: number; end: number }[] = [];
      const flush = (): void => {
        if (run.length >= 2) {
          const fix: Fix[] = [];
          for (let i = 1; i < run.length; i++) fix.push({ start: run[i - 1].end, end: run[i].start, text: '' });
          const first = readerText(report, run[0].start, run[1].end);
          found.push({ messageId, data: { text: run.length > 2 ? first + '…' : first, count: run.length - 1 }, start: run[0].start, end: run[run.length - 1].end, fix });
        }
        run = [];
      };
      for (const s of spans) {
        const prev = run[run.length - 1];
        if (prev && readerText(report, prev.end, s.start) === '、') run.push(s);
        else {
          flush();
          run = [s];
        }
      }
      flush();
    };
    series(report.titles, 'titleSeries');
    if (options.quotedSeries) {
      series(
        punct.pairs.filter((p) => p.family === 'double-quote' && p.block === p.closeBlock).map((p) => ({ start: p.open.start, end: p.close.end })),
        'quoteSeries',
      );
    }

    // A title inside a title: 《关于印发<方案>的通知》 → 《关于印发〈方案〉的通知》
    for (const t of report.titles) {
      for (const n of t.nested) {
        if (n.bracket === '〈〉') continue;
        const open = n.start;
        const close = n.end - 1;
        // what a reader sees: in an HTML page the source holds &lt; and &gt;
        const written = readerText(report, n.start, n.end);
        if (written[0] !== n.bracket[0] || written[written.length - 1] !== n.bracket[1]) continue;
        found.push({
          messageId: 'nestedTitle',
          data: { text: written, fixed: `〈${n.text}〉` },
          start: n.start,
          end: n.end,
          fix: [
            { start: open, end: open + 1, text: '〈' },
            { start: close, end: close + 1, text: '〉' },
          ],
        });
      }
    }
    reportCapped(context, found, { messageId: 'more' });
  },
});
