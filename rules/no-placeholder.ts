import { defineRule } from '../src/engine/define.js';
import { MAX_FINDINGS, reportCapped } from '../src/engine/limit.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import { excerpt } from '../src/model/excerpt.js';
import { isCjk } from '../src/model/punctuation.js';

/**
 * Template leftovers. Each pattern is narrow on purpose: “X” in “1+4+X”学法清单
 * is a name, 二〇〇〇年 is a year, 王某某 anonymises a person.
 */
const MASK = /[XxＸｘ×*＊]+|[〇○□]{2,}|_{2,}|＿{2,}/g;
/** What a masked number or name stands before: units and counters, dates, bodies and places. */
const UNIT = /^[年月日时次件个人名项家场期批条所户元万亿%％届类起宗份篇套台辆处座例位号封本册张轮支县市区省乡镇村街局委办厅科室站队组部]/;
const ARITHMETIC = /[+\-=/×*＋－＝／0-9０-９A-Za-zＡ-Ｚａ-ｚ]/;
const CN_NUMERAL = /[〇零一二三四五六七八九十百千万]/;
/** 某某 in front of a body or place (某某县, 某某局); 王某某 (a person, anonymised) is not a placeholder. */
const SOMEBODY = /某某(?=[省市县区乡镇村街局委办厅科室站队组部单位公司])/g;
/**
 * Common surnames (the hundred most frequent): 王××不服…, 张××诉县政府… anonymise a person in a published case, as
 * 王某某 does; a mask after one of these, not before a unit, body or place, is a name left out on purpose.
 */
const SURNAME = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/;
/** Words that may stand before a body's name; any other Chinese character before 某某 may be a surname. */
const BEFORE_NAME = /[和与及同由对向在经据从为是的将把被给跟会、]/;
/** 【】 or 【 】: empty brackets left where a name or number goes (【工作亮点】 around text is a heading decoration). */
const EMPTY_BRACKET = /【[ \u3000\u00a0\t]*】/g;
/** A blank and a counter after two Chinese characters, the counter ending its clause: 「信访 件。」, 「会议 次，」. */
const BLANK_COUNT = /(?<=[\u4e00-\u9fff]{2})[ \u3000\u00a0]{1,6}(?:件|次|人次|个|项|场|份|名|起|宗|家|户|人)(?=[，,。；;、）)：:])|(?<=[\u4e00-\u9fff率]{2})[ \u3000\u00a0]{1,6}[%％](?=[，,。；;、）)：:])/g;
/** 【待补充】 [待填写] （待核实） （待填） （待统计）, “此处填写”, TODO. */
const TODO = /[【\[（(]\s*(?:待|请)(?:补充|填写|填报|填入|核实|完善|更新|确认|核对|输入|补|填|统计)[^】\]）)\n]{0,12}[】\]）)]|此处(?:填写|填入|插入|输入|补充)|\b(?:TODO|FIXME|TBD)\b/gi;

interface Found {
  start: number;
  end: number;
  kind: 'mask' | 'todo' | 'emphasis';
}

export default defineRule({
  meta: {
    id: 'no-placeholder',
    type: 'problem',
    description: {
      zh: '不应留有模板占位符：XX县、××局、共召开会议*次、X月X日、【待补充】、TODO、此处填写',
      en: 'No template leftovers: XX县, ××局, *次, X月X日, 【待补充】, TODO, 此处填写',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条：年度报告须向社会公开；公开稿应为定稿',
      en: 'Regulation 厅字〔2019〕28号, art. 24: annual reports are published, so the published text must be final',
    },
    schema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Phrases in which placeholder-like text is meant literally (e.g. "X光机"); a finding inside one of them is dropped.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] as string[] },
    messages: {
      placeholder: {
        zh: '未替换的占位符「{placeholder}」：「{context}」',
        en: 'Unfilled placeholder “{placeholder}”: “{context}”',
      },
      more: {
        zh: '另有{count}处占位符未逐一列出（本文件共{total}处）',
        en: '{count} more placeholders are not listed ({total} in this file)',
      },
      emphasis: {
        zh: '「{placeholder}」可能是未闭合的 Markdown 加粗或强调标记，也可能是未替换的占位符，无法确认：「{context}」',
        en: '“{placeholder}” may be an unclosed Markdown emphasis mark or an unfilled placeholder; cannot confirm: “{context}”',
      },
      todo: {
        zh: '未完成的待办标记「{placeholder}」：「{context}」',
        en: 'Unfinished to-do mark “{placeholder}”: “{context}”',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    const { text } = report;
    const markdown = report.format === 'markdown';
    const reported: ReportDescriptor<'placeholder' | 'todo' | 'emphasis' | 'more'>[] = [];
    for (const b of report.blocks) {
      if (b.furniture) continue;
      const candidates = findInBlock(b.text, markdown);
      if (!candidates.length) continue; // most blocks: nothing to merge or allow
      const allowed = allowedRanges(b.text, options.allow);
      const found = merge(b.text, candidates).filter((f) => !allowed.some(([s, e]) => f.start < e && f.end > s));
      for (const f of found) {
        const start = report.toSource(b, f.start);
        const end = report.toSource(b, f.end);
        const written = b.text.slice(f.start, f.end);
        if (text.slice(start, end) !== written) continue;
        // blocks come in document order: past the cap only the place is needed for the summary
        reported.push({
          messageId: f.kind === 'mask' ? 'placeholder' : f.kind,
          ...(f.kind === 'emphasis' ? { severity: 'info' as const } : {}),
          data: reported.length < MAX_FINDINGS ? { placeholder: written, context: excerpt(report, start, end, 8, 8) } : undefined,
          start,
          end,
        });
      }
    }
    reportCapped(context, reported, { messageId: 'more' });
  },
});

/**
 * In Markdown an ASCII `*` run is emphasis syntax; one left in the text is an unclosed or unmatched
 * mark (`**一、标题` with no closer), not a template mask — unless it stands between two Chinese
 * characters (`召开会议**次`, `共*个`), where Markdown emphasis could not open or close anyway in
 * prose and the template reading is the likely one. Elsewhere it cannot be told apart: info.
 */
function markdownMark(t: string, s: number, e: number): boolean {
  return /^\*+$/.test(t.slice(s, e)) && !(isCjk(t[s - 1]) && isCjk(t[e]));
}

function findInBlock(t: string, markdown: boolean): Found[] {
  const out: Found[] = [];
  MASK.lastIndex = 0;
  for (let m = MASK.exec(t); m; m = MASK.exec(t)) {
    const s = m.index;
    const e = s + m[0].length;
    const before = t[s - 1];
    const after = t[e];
    // text laid out from a PDF puts spaces around Latin letters (图斑 XX 个): Chinese on both sides past one space counts
    const chinese = isCjk(before) || isCjk(after) || (before === ' ' && after === ' ' && isCjk(t[s - 2]) && isCjk(t[e + 1]));
    if (/^[〇○□]/.test(m[0])) {
      // 二〇〇〇年 is a year, not a mask
      if (chinese && !CN_NUMERAL.test(before ?? '') && !CN_NUMERAL.test(after ?? '')) out.push({ start: s, end: e, kind: 'mask' });
      continue;
    }
    // 1+4+X, 3×4, XXL, x86: arithmetic and Latin words
    if (ARITHMETIC.test(before ?? '') || ARITHMETIC.test(after ?? '')) continue;
    // 王××不服…: a person anonymised after the surname (not 某××县, 召开会议××次)
    if (m[0].length >= 2 && SURNAME.test(before ?? '') && !(after !== undefined && UNIT.test(after)) && !/^[*＊]/.test(m[0])) continue;
    const kind = markdown && markdownMark(t, s, e) ? 'emphasis' : 'mask';
    if (/^[_＿]/.test(m[0]) || m[0].length >= 2) {
      if (chinese) out.push({ start: s, end: e, kind });
    } else if (after !== undefined && UNIT.test(after) && (before === undefined || !/[A-Za-z0-9]/.test(before))) {
      // a single X, × or * stands for a number only before a unit: X月X日, 召开会议*次
      out.push({ start: s, end: e, kind });
    }
  }
  // the literal parts first: a block without 某某 or 【 cannot match those patterns (most blocks)
  SOMEBODY.lastIndex = 0;
  if (t.includes('某某')) for (let m = SOMEBODY.exec(t); m; m = SOMEBODY.exec(t)) {
    const before = t[m.index - 1];
    if (!isCjk(before) || BEFORE_NAME.test(before)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'mask' });
  }
  EMPTY_BRACKET.lastIndex = 0;
  if (t.includes('【')) for (let m = EMPTY_BRACKET.exec(t); m; m = EMPTY_BRACKET.exec(t)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'mask' });
  TODO.lastIndex = 0;
  for (let m = TODO.exec(t); m; m = TODO.exec(t)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'todo' });
  // 「信访 件。」「召开法治专题会议 次，」: a blank left where the figure goes, between a word and its counter (not a
  // letter-spaced line: the word before it is written without spaces; not a spaced figure: no numeral before it)
  if (t.includes(' ') || t.includes('\u3000') || t.includes('\u00a0')) {
    BLANK_COUNT.lastIndex = 0;
    for (let m = BLANK_COUNT.exec(t); m; m = BLANK_COUNT.exec(t)) if (!CN_NUMERAL.test(t[m.index - 1] ?? '')) out.push({ start: m.index, end: m.index + m[0].length, kind: 'mask' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** X月X日, XX年XX月: one finding for a masked date, not one per part. */
function merge(t: string, found: Found[]): Found[] {
  const out: (Found & { date?: boolean })[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'mask' && f.kind === 'mask' && f.start - prev.end === 1 && /[年月]/.test(t[prev.end])) {
      prev.end = f.end;
      prev.date = true;
    } else if (prev && f.start < prev.end) {
      prev.end = Math.max(prev.end, f.end);
    } else {
      out.push({ ...f });
    }
  }
  for (const f of out) if (f.date && /[月日]/.test(t[f.end] ?? '')) f.end++;
  return out.map(({ start, end, kind }) => ({ start, end, kind }));
}

function allowedRanges(t: string, allow: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const phrase of allow) {
    for (let i = t.indexOf(phrase); i !== -1; i = t.indexOf(phrase, i + 1)) out.push([i, i + phrase.length]);
  }
  return out;
}

