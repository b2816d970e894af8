import type { Block, DateKind, DateMention, FurnitureField } from './types.js';

/**
 * Page furniture of government web pages: metadata fields above the article
 * (来源/作者/发布时间/点击数, 索引号/发布机构/成文日期) and navigation below it
 * (上一篇/下一篇/关联稿件/扫一扫). Not report text, but it holds the dates the
 * deadline rules need.
 */
const FIELD_KEYS = [
  '信息来源', '来源', '作者', '发布时间', '发布日期', '发文日期', '成文日期', '失效日期', '生效日期',
  '点击数', '点击量', '浏览次数', '阅读次数', '访问量', '索引号', '发布机构', '发文机关', '公开方式',
  '公开范围', '公开时限', '组配分类', '主题分类', '体裁分类', '信息分类', '有效性', '文号', '发文字号',
  '字号', '日期', '时间', '责任编辑', '编辑', '审核',
];
// Longest keys first so 发布时间 wins over 时间
const KEY_ALT = [...FIELD_KEYS].sort((a, b) => b.length - a.length).join('|');
/** A line that opens with a field key and a colon (or, for dates, a space then a date). */
const FIELD_LINE = new RegExp(`^(?:${KEY_ALT})\\s*(?:[:：]|\\s+(?=\\d{4}))`);
const FIELD = new RegExp(`(${KEY_ALT})\\s*[:：]?\\s*`, 'g');
const NAV_LINE = /^(?:上一篇|下一篇|关联稿件|相关链接|扫一扫在手机打开当前页|【?打印本页|【?关闭窗口|【字体|分享到|责任编辑[:：])/;

export function isFurnitureLine(text: string): boolean {
  return FIELD_LINE.test(text) || NAV_LINE.test(text);
}

/** Split a furniture line into key/value fields. */
export function parseFields(block: Block, toSource: (b: Block, i: number) => number): FurnitureField[] {
  const text = block.text;
  const hits: { key: string; start: number; valueStart: number }[] = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    // a key must start the line or follow whitespace, so 来源 inside a value is not a key
    if (m.index > 0 && !/\s/.test(text[m.index - 1])) continue;
    hits.push({ key: m[1], start: m.index, valueStart: m.index + m[0].length });
  }
  const fields: FurnitureField[] = [];
  hits.forEach((h, i) => {
    const valueEndRaw = i + 1 < hits.length ? hits[i + 1].start : text.length;
    const value = text.slice(h.valueStart, valueEndRaw).trim();
    const vs = h.valueStart;
    const ve = vs + value.length;
    fields.push({
      key: h.key,
      value,
      block: block.index,
      start: toSource(block, h.start),
      end: toSource(block, ve),
      valueSpan: { start: toSource(block, vs), end: toSource(block, ve) },
    });
  });
  return fields;
}

const DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-./](\d{1,2})[-./](\d{1,2}))/;
const CN_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

const KIND_OF_KEY: Record<string, DateKind> = {
  发布时间: 'published',
  发布日期: 'published',
  成文日期: 'written',
  发文日期: 'written',
  日期: 'date',
  时间: 'date',
};

export function datesFromFields(fields: FurnitureField[]): DateMention[] {
  const out: DateMention[] = [];
  for (const f of fields) {
    const kind = KIND_OF_KEY[f.key];
    if (!kind) continue;
    const d = parseDate(f.value);
    if (!d) continue;
    out.push({
      kind,
      ...d.date,
      raw: d.raw,
      source: f.key,
      start: f.valueSpan.start + d.index,
      end: f.valueSpan.start + d.index + d.raw.length,
    });
  }
  return out;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnField(s: string): number {
  if (s.length === 4) return [...s].reduce((acc, ch) => acc * 10 + (CN_DIGIT[ch] ?? NaN), 0);
  // 十, 十二, 二十, 二十一 (months and days)
  const i = s.indexOf('十');
  if (i === -1) return CN_DIGIT[s] ?? NaN;
  const tens = i === 0 ? 1 : CN_DIGIT[s[0]];
  const ones = i === s.length - 1 ? 0 : CN_DIGIT[s[s.length - 1]];
  return tens * 10 + ones;
}

/** Find the first calendar date in a string: 2024年2月28日, 2024-02-28, 2024.2.28, 二〇二四年三月十二日. */
export function parseDate(s: string): { date: { year: number; month: number; day: number }; raw: string; index: number } | undefined {
  const m = DATE.exec(s);
  let year: number, month: number, day: number, raw: string, index: number;
  if (m) {
    year = Number(m[1]);
    month = Number(m[2] ?? m[4]);
    day = Number(m[3] ?? m[5]);
    raw = m[0];
    index = m.index;
  } else {
    const c = CN_DATE.exec(s);
    if (!c) return undefined;
    year = cnField(c[1]);
    month = cnField(c[2]);
    day = cnField(c[3]);
    raw = c[0];
    index = c.index;
  }
  if (!validDate(year, month, day)) return undefined;
  return { date: { year, month, day }, raw, index };
}

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * The closing date line under the signature: a short line that is just a date
 * (2024年3月12日, 二〇二四年三月十二日), possibly after the issuing body's name.
 */
const CLOSING_LINE = /^[^\d。,，;；:：]{0,30}?((?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|(?:[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日))$/;

export function closingDate(block: Block, toSource: (b: Block, i: number) => number): DateMention | undefined {
  const text = block.text.trim();
  if (text.length > 40) return undefined;
  const m = CLOSING_LINE.exec(text);
  if (!m) return undefined;
  const d = parseDate(m[1]);
  if (!d) return undefined;
  const lead = block.text.indexOf(m[1]);
  return {
    kind: 'closing',
    ...d.date,
    raw: m[1],
    source: 'closing line',
    start: toSource(block, lead),
    end: toSource(block, lead + m[1].length),
  };
}
