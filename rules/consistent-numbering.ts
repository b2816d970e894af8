import { readerText } from '../src/model/reader.js';
import { defineRule } from '../src/engine/define.js';
import { reportCapped } from '../src/engine/limit.js';
import type { Fix, ReportDescriptor } from '../src/engine/types.js';
import { analyseSequence, isNumbered, numberedSequences, numeral, type Numbered, type SequenceFault } from '../src/model/sequence.js';
import type { Section } from '../src/model/types.js';

/** GB/T 9704-2012 outline levels, by rank. */
const RANK_MARKER: Record<number, string> = { 0: '第一部分', 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

export default defineRule({
  meta: {
    id: 'consistent-numbering',
    type: 'suggestion',
    description: {
      zh: '各级标题编号和“一是、二是”条目编号应连续，不跳号、不重号、不越级',
      en: 'Outline numbers and 一是/二是 items run in sequence at each level: no gaps, repeats or skipped levels',
    },
    severity: 'warn',
    fixable: true,
    basis: {
      zh: 'GB/T 9704—2012《党政机关公文格式》7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”标注',
      en: 'GB/T 9704-2012 (Format of official documents) 7.3.3: outline levels are numbered 一、 (一) 1. (1) in turn',
    },
    schema: {
      type: 'object',
      properties: {
        levels: {
          type: 'boolean',
          description: 'Report an outline level skipped in one section but used in another (1. directly under 二、 while 一、 has （一）).',
        },
        items: {
          type: 'boolean',
          description: 'Check 一是、二是… enumerations inside paragraphs as well as headings.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { levels: true, items: true },
    messages: {
      skipped: {
        zh: '编号跳号：「{marker}」之前缺少「{missing}」',
        en: 'Numbering skips: “{missing}” is missing before “{marker}”',
      },
      repeated: {
        zh: '编号重复：「{marker}」与上一个同级编号相同，应为「{expected}」',
        en: 'Repeated number: “{marker}” repeats the previous one; it should be “{expected}”',
      },
      outOfOrder: {
        zh: '编号顺序错误：「{marker}」应为「{expected}」',
        en: 'Number out of sequence: “{marker}” should be “{expected}”',
      },
      more: {
        zh: '另有{count}处编号问题未逐一列出（本文件共{total}处）',
        en: '{count} more numbering problems are not listed ({total} in this file)',
      },
      levelSkipped: {
        zh: '标题层级不一致：「{marker}」直接位于「{parent}」之下，缺少「{missing}」一级，而同级的其他标题下使用「{other}」',
        en: 'Inconsistent outline levels: “{marker}” sits directly under “{parent}” without a “{missing}” level, while other headings of that level use “{other}”',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    const { text } = report;
    const found: ReportDescriptor<'skipped' | 'repeated' | 'outOfOrder' | 'levelSkipped' | 'more'>[] = [];

    const report1 = (seq: Numbered[], f: SequenceFault): void => {
      const at = seq[f.index];
      // quoted as a reader sees it: in a web page the marker's source can hold markup (「三</font><font>、」)
      const marker = readerText(report, at.marker.start, at.marker.end);
      const relabel = (n: Numbered, value: number): string => readerText(report, n.marker.start, n.label.start) + numeral(n, value) + readerText(report, n.label.end, n.marker.end);
      // a numeral we could not place exactly in the source is not rewritten
      const fix: Fix[] | undefined =
        f.fix && f.fix.every(({ index }) => seq[index].placed)
          ? f.fix.map(({ index, value }) => ({ ...seq[index].label, text: numeral(seq[index], value) }))
          : undefined;
      if (f.kind === 'skipped') {
        const missing = f.missing.map((v) => relabel(at, v));
        found.push({
          messageId: 'skipped',
          data: { marker, missing: missing.length > 2 ? `${missing[0]}…${missing[missing.length - 1]}` : missing.join('、'), expected: relabel(at, f.expected) },
          ...at.marker,
          fix,
        });
      } else {
        found.push({ messageId: f.kind, data: { marker, expected: relabel(at, f.expected) }, ...at.marker, fix });
      }
    };

    for (const seq of numberedSequences(report)) {
      if (seq.kind === 'items' && !options.items) continue;
      for (const f of analyseSequence(seq.elements.map((e) => e.number), seq.present)) report1(seq.elements, f);
    }

    // Skipped levels: 一、 → 1. without （一）. Many reports (street offices, departments) go from 一、 straight to
    // 1. as their house style: a skip is reported only where the report is inconsistent, i.e. another section
    // of the same numbering style numbers its sub-sections with the level this one skips.
    if (options.levels) {
      for (const { parent, child, other } of inconsistentLevels(report.sections)) {
        const missing: string[] = [];
        for (let r = other.rank; r < child.rank; r++) missing.push(RANK_MARKER[r]);
        found.push({
          messageId: 'levelSkipped',
          data: {
            marker: readerText(report, child.marker.start, child.marker.end),
            parent: readerText(report, parent.marker.start, parent.marker.end),
            missing: missing.join(''),
            other: readerText(report, other.marker.start, other.marker.end),
          },
          ...child.marker,
          // a short part (存在的不足: 1. 2.) next to a long one with （一）（二） is a common, deliberate layout:
          // worth a look, not a warning
          severity: 'info',
        });
      }
    }

    reportCapped(context, found, { messageId: 'more' });
  },
});

/**
 * Sections that skip a level their peers use: among the numbered sections of one numbering style (rank), those
 * whose first numbered sub-section is deeper than the shallowest sub-level any of them uses. When every such
 * section goes to the same next level (一、 → 1. throughout), the skip is the report's style and nothing is
 * returned. `other` is the first sub-section heading of a peer that uses the shallower level.
 */
function inconsistentLevels(sections: readonly Section[]): { parent: Section; child: Section; other: Section }[] {
  const byRank = new Map<number, { parent: Section; child: Section }[]>();
  for (const parent of sections) {
    if (!isNumbered(parent)) continue;
    const child = parent.children.find(isNumbered);
    if (!child) continue;
    const list = byRank.get(parent.rank);
    if (list) list.push({ parent, child });
    else byRank.set(parent.rank, [{ parent, child }]);
  }
  const out: { parent: Section; child: Section; other: Section }[] = [];
  for (const [rank, all] of byRank) {
    const list = all.filter((x) => x.child.rank > rank);
    if (!list.length) continue;
    const shallowest = Math.min(...list.map((x) => x.child.rank));
    if (list.every((x) => x.child.rank === shallowest)) continue;
    const other = list.find((x) => x.child.rank === shallowest)!.child;
    for (const x of list) if (x.child.rank > shallowest) out.push({ ...x, other });
  }
  return out.sort((a, b) => a.child.marker.start - b.child.marker.start);
}
