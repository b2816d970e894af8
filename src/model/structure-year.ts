import type { YearMention } from './years.js';
import type { Block, Span } from './types.js';
import { foldYearDigits } from './numerals.js';
import { matchNumbering } from './outline.js';
import { blockToSource } from './blocks.js';

/**
 * Where a report's title stands and which year the report is on, from the
 * best evidence. Titles rarely stand on line 1 of what users paste or
 * download: a red-head (××县人民政府文件), a 文号 (×府〔2025〕26号), 签发人,
 * 附件1, an addressee (县委、县政府：), site chrome or a metadata table may come
 * first, and a title may wrap over two lines.
 */
export interface TitleFound {
  /** The title's blocks (one, or two for a wrapped title); empty when no title was found. */
  blocks: Block[];
  text: string | undefined;
  /** Blocks before the title that are front matter (red-head, 文号, 签发人, 附件N, metadata rows, site chrome). */
  frontMatter: Block[];
  /** Of those, the metadata rows (索引号, 成文日期…): page furniture like the fields above a web article. */
  metadataRows: Block[];
  /** A metadata 标题/名称 field's value and span, when the page has one. */
  metadataTitle?: { text: string; span: Span; block: Block };
}

/** How many blocks from the top the title is looked for in. */
const WINDOW = 16;
const TITLE_WORDS = /报告|年度|工作总结|法治政府|依法行政|法治建设|依法治|情况/;
const RED_HEAD = /^[^。，,：:]{2,40}文件$/;
const DOC_NUMBER = /^[^\s。，,]{1,20}[〔[［（(【]\s*(?:19|20)\d{2}\s*[〕\]］）)】]\s*\d{1,4}\s*号$/;
const SIGNER = /^(?:签\s*发\s*人|签发)\s*[:：]/;
const ATTACHMENT = /^附\s*件\s*\d{0,2}\s*(?:[:：]\s*)?/;
const META_ROW = /^(?:[-•·*]\s+)?[[【［]?\s*(索\s*引\s*号|发文字号|文\s*号|主题分类|体裁分类|组配分类|发布机构|发文机关|成文日期|发布日期|发文日期|生成日期|公开日期|有\s*效\s*性|公开方式|公开范围|信息来源|所属机构|主\s*题\s*词|标\s*题|名\s*称|来\s*源|分\s*类)\s*(?:[\]】］]\s*[:：]?|[:：]|\s+|$)\s*/;
const CHROME = /[>＞»]|当前位置|所在位置|无障碍|繁体|简体|字号\s*[:：]?\s*[大中小]|打印本页|关闭窗口|^(?:首页|网站地图|登录|注册|English)$|星期[一二三四五六日天]|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const ADDRESSEE = /^[^。！？!?]{2,60}[:：]$/;
/** A line that issues the report above a 关于… title: ××县人民政府, ××县司法局. */
const ISSUER_LINE = /^[^\s。，,：:！？]{2,30}(?:政府|委员会|委|办公室|局|厅|部|办事处|街道|县|区|市|乡|镇|党委|党组)$/;

function isTitleLike(t: string): boolean {
  if (t.length < 2 || t.length > 100) return false;
  if (/[。；;!?！？]/.test(t.slice(0, -1)) || /[。；;]$/.test(t)) return false;
  if (matchNumbering(t)) return false;
  // (also the first line of a title wrapped right after its year: 「青河区人民政府关于2023年」「法治政府建设情况的报告」)
  return TITLE_WORDS.test(t) || TITLE_HEAD_WITH_YEAR.test(foldYearDigits(t));
}
/** 关于 and a year at the end of a short line: a title's first line. */
const TITLE_HEAD_WITH_YEAR = /关于[^，,：:]{0,12}(?:19|20)\d{2}\s*年度?[^，,：:]{0,4}$/;

const hasYear = (t: string) => /(?:19|20)\d{2}\s*年/.test(foldYearDigits(t));

export function findTitle(blocks: readonly Block[]): TitleFound {
  const frontMatter: Block[] = [];
  const metadataRows: Block[] = [];
  let metadataTitle: TitleFound['metadataTitle'];
  const candidates: { blocks: Block[]; text: string; front: Block[] }[] = [];
  let seen = 0;
  let prev: Block | undefined;
  for (const b of blocks) {
    if (seen >= WINDOW) break;
    if (b.furniture) continue;
    const raw = b.text.trim();
    if (!raw) continue;
    seen++;
    if (b.kind === 'heading' && b.depth === 1 && !matchNumbering(raw)) {
      candidates.push({ blocks: [b], text: raw, front: [...frontMatter] });
      break;
    }
    // a numbered heading or a paragraph of running text: the title, if any, came before
    if (matchNumbering(raw) || (raw.length > 60 && /[。！？]/.test(raw))) break;
    const meta = META_ROW.exec(raw);
    if (meta) {
      const key = meta[1].replace(/\s/g, '');
      const value = raw.slice(meta[0].length).trim();
      if ((key === '标题' || key === '名称') && value) {
        const at = b.text.indexOf(value);
        metadataTitle = { text: value, span: { start: blockToSource(b, at), end: blockToSource(b, at + value.length) }, block: b };
      }
      frontMatter.push(b);
      metadataRows.push(b);
      prev = undefined;
      continue;
    }
    let t = squeezeSpaced(raw);
    const last = candidates[candidates.length - 1];
    // a title wrapped over two lines: 「××县2023年度法治政府」「建设情况报告」
    if (last && prev && last.blocks[last.blocks.length - 1] === prev && !/(?:报告|总结)$/.test(last.text) && t.length <= 40 && !/[。，,；;：:]/.test(t) && /(?:报告|总结|情况|汇报)$/.test(t)) {
      last.blocks.push(b);
      last.text += t;
      if (hasYear(last.text)) break;
      prev = b;
      continue;
    }
    if (last && hasYear(last.text)) break;
    const att = ATTACHMENT.exec(t);
    if (att && att[0].length) t = t.slice(att[0].length).trim();
    if (!t || RED_HEAD.test(t) || DOC_NUMBER.test(foldYearDigits(t)) || SIGNER.test(t) || CHROME.test(t) || ADDRESSEE.test(t)) {
      frontMatter.push(b);
      prev = undefined;
      continue;
    }
    if (isTitleLike(t)) {
      const c = { blocks: [b], text: t, front: [...frontMatter] };
      // 「××县人民政府」 above 「关于2023年度法治政府建设情况的报告」
      const above = prev && squeezeSpaced(prev.text.trim());
      if (prev && above && /^关于/.test(t) && ISSUER_LINE.test(above)) {
        c.blocks = [prev, b];
        c.text = above + t;
        c.front = c.front.filter((x) => x !== prev);
      }
      candidates.push(c);
    } else if (t.length <= 30 && !/[。，,；;]/.test(t)) {
      // a short line that is not a title: a cell of a metadata table, an issuer line, chrome
      frontMatter.push(b);
    } else break;
    prev = b;
  }
  // the first title that states a year, else the first title
  const chosen = candidates.find((c) => hasYear(c.text)) ?? candidates[0];
  if (!chosen) return { blocks: [], text: undefined, frontMatter: [], metadataRows, metadataTitle };
  return { blocks: chosen.blocks, text: chosen.text, frontMatter: chosen.front, metadataRows: metadataRows.filter((b) => chosen.front.includes(b)), metadataTitle };
}

/**
 * A line set with a space between every character, as a title often copies out of a PDF or is typed for width
 * (「关 于 2 0 2 4 年 度 法 治 政 府 建 设 情 况 的 报 告」, 「青 山 县 人 民 政 府」), without those spaces; any other line as it is.
 */
function squeezeSpaced(t: string): string {
  if (t.length < 3 || (t.charCodeAt(1) !== 0x20 && t.charCodeAt(1) !== 0x3000)) return t;
  const parts = t.split(/[ \u3000]+/);
  let single = 0;
  for (const p of parts) {
    if (p.length === 1) single++;
    // 「标 题 | 某市人民政府关于…」: a field and its value (a year may stay unspaced: 「镇 人 民 政 府 2025 年 法 治」)
    else if (p.length > 3 && !/^\d+$/.test(p)) return t;
  }
  // 「报 告」 on a line of its own under a spaced title's first line
  if (parts.length < 4) return single === parts.length ? parts.join('') : t;
  return single >= parts.length * 0.8 ? parts.join('') : t;
}

/** The words that announce the report: 现将…, 现就…, 现根据《…》，将…. */
const ANNOUNCE = '(?:现(?:将|就)|现根据[^。]{0,40}?[，,]\\s*将)';
/** The same in the text before a year (YearMention.before). */
const ANNOUNCE_BEFORE = /现(?:将|就)|现根据[^。]*[，,]\s*将/;
/**
 * The year the announcing sentence names for the report: 「现将…2023年度…报告如下」 (not a date, and not the year of the
 * plan announced beside the look-back: 「现将全年工作和2021年工作思路汇报如下」).
 */
const ANNOUNCED_YEAR = new RegExp(`${ANNOUNCE}[^。]{0,40}?((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)(?!度?(?:工作)?(?:思路|计划|安排|打算|要点|重点|目标))`);

/** An announcing sentence that names a year and reports what follows: 「现将我局2024年度…情况报告如下」 — a report's own words. */
const REPORTS_AS_FOLLOWS = new RegExp(`${ANNOUNCE}[^。]{0,40}?(?:19|20)\\d{2}\\s*年[^。]{0,60}?(?:报告|汇报)如下`);

/** Does the text (a block of the opening) announce itself as the report on a year (「现将…2024年度…报告如下」)? */
export function reportsAsFollows(text: string): boolean {
  return REPORTS_AS_FOLLOWS.test(foldYearDigits(text));
}

/**
 * The first year of the announcing sentence, and not the plan's: 「现将2021年度…工作及2022年工作计划报告如下」 announces
 * 2021 (the 2022 is the plan), 「现将…2024年…情况及2025年度工作思路总结如下」 2024.
 */
function announcesReport(m: YearMention): boolean {
  const at = m.before.search(/现(?:将|就|根据)/);
  if (at < 0 || !ANNOUNCE_BEFORE.test(m.before.slice(at))) return false;
  if (/(?:19|20)\d{2}\s*年/.test(foldYearDigits(m.before.slice(at)))) return false;
  return !/^度?(?:工作)?(?:思路|计划|安排|打算|要点|重点|目标)/.test(m.after);
}

export interface YearFound {
  year: number;
  /** Index and length in the text searched. */
  index: number;
  length: number;
}

const YEAR = /((?:19|20)\d{2})\s*年/;

/** The report year from a title: 2023年度, 二〇二三年, 关于2023年度…的报告. A span of years (2021—2025年) is not one year. */
export function yearInTitle(title: string): YearFound | undefined {
  const t = foldYearDigits(title);
  const re = /((?:19|20)\d{2})\s*年/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 6), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/[-－—–~～至]\s*$/.test(before) || /^\s*度?\s*[-－—–~～至]\s*(?:19|20)\d{2}/.test(after)) continue;
    return { year: Number(m[1]), index: m.index, length: m[1].length };
  }
  // letter-spaced, as a PDF title copies out: 「关于2 0 2 3 年法治政府建设情况的报告」
  const spaced = /(?<![\d０-９] ?)([12]) ([09]) (\d) (\d)\s*年/.exec(t);
  if (spaced) {
    const year = Number(spaced[1] + spaced[2] + spaced[3] + spaced[4]);
    if (year >= 1900 && year <= 2099) return { year, index: spaced.index, length: 7 };
  }
  return undefined;
}

/**
 * The report year from the opening: 「现将…2023年度…报告如下」 first, else a
 * year that opens the first paragraph or one of its sentences (「2023年，在…」,
 * 「2023年以来」). A year inside 《》 or a span of years is never taken.
 */
export function yearInOpening(text: string): YearFound | undefined {
  const t = foldYearDigits(text);
  const announce = ANNOUNCED_YEAR.exec(t);
  if (announce) {
    const index = announce.index + announce[0].indexOf(announce[1]);
    return { year: Number(announce[1]), index, length: 4 };
  }
  const opens = /(?:^|[。！？!?])\s*(?:(?:在|过去的?一年|回顾)\s*)?((?:19|20)\d{2})\s*年(?:度)?(?!\s*\d{1,2}\s*月)(?!\s*[-－—–~～至])/g;
  for (let m = opens.exec(t); m; m = opens.exec(t)) {
    const index = m.index + m[0].indexOf(m[1]);
    if (/《[^》]*$/.test(t.slice(0, index))) continue;
    return { year: Number(m[1]), index, length: 4 };
  }
  return undefined;
}

export { YEAR as YEAR_RE };

/** Whether a year mention states another year than `y` (a date, a citation, 「2023年以来」 in a 2023 report or a range holding `y` do not). */
export function contradictsYear(m: YearMention, y: number): boolean {
  if (m.kind === 'date' || m.cited) return false;
  if (m.kind === 'since') return m.year > y;
  if (m.kind === 'range' && m.range) return !(m.range[0] <= y && y <= m.range[1]);
  return m.year !== y;
}

/**
 * The opening's year: the first year before the first section that opens a sentence (「2024年，在州委…」) or follows 现将.
 * Never one in the plan (`partsAt`): a report without headings runs on to 「2026年，我镇将…」, which the
 * structure places in part 4 and which names the next year by design.
 */
/** What follows the year of a title line: 「度法治政府建设工作报告」 (the line holds nothing else). */
const TITLE_LINE = /^度?\s*(?:法治政府建设|依法行政|法治建设)[\u4e00-\u9fff（）()]{0,12}(?:报告|总结)\s*$/;

export function openingYear(years: readonly YearMention[], firstSectionBlock: number, partsAt?: (offset: number) => readonly number[], reportYear?: number): YearMention | undefined {
  const candidates = years.filter((m) => m.where === 'body' && m.block < firstSectionBlock && (m.kind === 'plain' || m.kind === 'since') && !m.cited && (m.opens || ANNOUNCE_BEFORE.test(m.before)) && !partsAt?.(m.start).includes(4));
  // 「2019年，我县被命名为示范县。2024年，县政府…」: a past milestone may open the opening; where the opening also
  // states the report year, that is its year
  // (a year the 现将 sentence names does not excuse the one the opening begins with: 「2022年，省商务厅…。现将2023年…报告
  // 如下」 is last year's opening left in the file)
  if (reportYear !== undefined) {
    // the title repeated above the opening (a page's header, then the article's own title line) with another year:
    // one of the two was not updated
    const titleLine = candidates.find((m) => m.kind === 'plain' && m.opens && TITLE_LINE.test(m.after) && contradictsYear(m, reportYear));
    if (titleLine) return titleLine;
    const stated = candidates.find((m) => !contradictsYear(m, reportYear) && m.opens);
    // the sentence that announces the report names another year than the one its opening and title agree on
    // (「2024年，我局…。现将我局2023年度…报告如下」): that is the one to report
    const announced = stated && candidates.find((m) => !m.opens && m.kind === 'plain' && announcesReport(m) && contradictsYear(m, reportYear));
    if (announced) return announced;
    if (stated) return stated;
  }
  return candidates[0];
}
