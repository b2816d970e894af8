import type { Root } from 'mdast';
import type { Format } from '../parse/index.js';
import type { Block, DateMention, Item, Metadata, Section, Sentence, Span } from './types.js';
import type { Title } from './titles.js';
import type { PunctuationModel } from './punctuation.js';
import type { PlanModel } from './plan.js';
import type { DutyMention, LeaderAction } from './responsibility.js';
import { blockToSource, collectBlocks } from './blocks.js';
import { closingDate, datesFromFields, furnitureFields, markFurniture } from './furniture.js';
import { bodyFromTitle, issuerLevel } from './metadata.js';
import { contradictsYear, findTitle, openingYear, yearInOpening, yearInTitle } from './structure-year.js';
import { recogniseStructure } from './structure.js';
import type { PartsModel } from './structure.js';
import type { YearMention } from './years.js';
import { buildOutline, findItems, splitSentences } from './outline.js';
import { lineStarts, pointAt } from './location.js';
import { sectionIndex } from './section-index.js';
import { findTitles } from './titles.js';
import { analysePunctuation } from './punctuation.js';
import { findYears } from './years.js';
import { buildPlan } from './plan.js';
import { findDutyMentions, findLeaderActions } from './responsibility.js';
import { extractFacts, type Facts } from './facts.js';
import { isTraditional, toSimplified } from './script.js';
import { findTruncation } from './truncation.js';

/**
 * The model of one report: what every rule reads. It lives with buildReport, which makes it, so the base
 * types of model/types.ts import no sub-model (issue 16).
 */
export interface Report {
  filePath: string;
  format: Format;
  text: string;
  tree: Root;
  blocks: Block[];
  /** Blocks that are report text (not furniture, not the title). */
  bodyBlocks: Block[];
  meta: Metadata;
  /** Top-level sections (the tree hangs from them). */
  outline: Section[];
  /** Every section in document order. */
  sections: Section[];
  items: Item[];
  sentences: Sentence[];
  /** The five required parts as recognised in the outline (厅字〔2019〕28号). */
  parts: PartsModel;
  /** Titles in 《》 in the report text (title line and body, not furniture), in document order. */
  titles: Title[];
  /** Quote and bracket pairs, unpaired marks, half-width marks in Chinese text, NFKC-normalised punctuation. */
  punctuation: PunctuationModel;
  /** Years named in the title, headings and text (2023年, 2024年度, 2021—2025年), in document order. */
  years: YearMention[];
  /** The plan part (part 4): its extent, the years it names, its items. */
  plan: PlanModel;
  /** Mentions of the 第一责任人 duty for 法治建设 in the text, with the parts they lie in. */
  responsibility: DutyMention[];
  /**
   * Where part 3 has no section or item: clauses in which the leaders act on 法治 without the word 第一责任人
   * (「党政主要负责人组织召开…专题研究法治政府建设」), outside the plan and the shortcomings; empty otherwise.
   */
  readonly leaderActions: LeaderAction[];
  /** Numeric facts: quantities, rates (paired with their counts where clear) and totals. Built on first use. */
  readonly facts: Facts;
  /** Map an offset in a block's text to a source offset. */
  toSource(block: Block, textOffset: number): number;
  /** 1-based line and column of a source offset (column in UTF-16 units). */
  point(offset: number): { line: number; column: number; offset: number };
  /** Innermost section containing a source offset. */
  sectionAt(offset: number): Section | undefined;
}

export interface BuildOptions {
  filePath?: string;
  format: Format;
  /**
   * From config: the report year, a fallback: used where the title, the opening and the page metadata state
   * none (before the look-back guesses). A configured year the text contradicts is kept in meta.configYear
   * for consistent-year to report.
   */
  reportYear?: number;
}

/**
 * Build the Report model once per file: every rule reads it, none re-parses.
 */
export function buildReport(text: string, tree: Root, options: BuildOptions): Report {
  const blocks = collectBlocks(tree);
  // a page in traditional characters is read through a simplified copy, character for character (offsets kept)
  const traditional = isTraditional(text);
  if (traditional) {
    text = toSimplified(text);
    for (const b of blocks) b.text = toSimplified(b.text);
  }
  const toSource = blockToSource;
  const starts = lineStarts(text);

  // Page furniture: field lines above the article, navigation lines below it
  markFurniture(blocks);

  // Title: among the first blocks, past red-heads, 文号, 签发人, 附件N, site chrome and metadata rows; two-line titles joined
  const found = findTitle(blocks);
  const titleBlocks = new Set(found.blocks.map((b) => b.index));
  const titleBlock = found.blocks[0];
  // metadata rows above the title (索引号, 成文日期…) are page furniture and hold dates; other front matter
  // (red-head, 文号, a 密级 mark) stays report text for the rules that read it
  for (const b of found.metadataRows) b.furniture = true;
  const body = blocks.filter((b) => !b.furniture && !titleBlocks.has(b.index));

  const furniture = furnitureFields(blocks, toSource);
  const dates: DateMention[] = datesFromFields(furniture);
  // Closing date line: among the last few body blocks
  // (not a date printed under the title, above any of the report's text: a short report's last blocks reach up to it)
  const firstText = body.find((x) => /[。；;！？]/.test(x.text))?.index ?? Infinity;
  // (or above the annexes: a report's 附件 — an indicator table, a list — follows its signature and date)
  const annex = annexStart(body, firstText);
  for (const b of annex > 0 ? body.slice(Math.max(0, annex - 4), annex) : body.slice(-4)) {
    if (b.index < firstText) continue;
    const d = closingDate(b, toSource);
    if (d) dates.push(d);
  }

  const title = found.text;
  const titleSpan = titleBlock ? { start: titleBlock.start, end: found.blocks[found.blocks.length - 1].end } : undefined;
  const sections = buildOutline(blocks, body, toSource);
  const containing = sectionIndex(blocks, sections);
  const sectionAt = (offset: number): Section | undefined => {
    const list = containing(offset);
    return list[list.length - 1];
  };

  // The report year from the best evidence: config (an override), the title, the opening, a metadata 标题 field;
  // after the parts are known, a look-back heading or the year most look-back sentences speak of
  let year: number | undefined;
  let yearSource: Report['meta']['yearSource'];
  let yearSpan: Span | undefined;
  const inBlock = (b: Block, y: { index: number; length: number }): Span => ({ start: toSource(b, y.index), end: toSource(b, y.index + y.length) });
  for (const b of found.blocks) {
    const y = yearInTitle(b.text);
    if (y) {
      year = y.year;
      yearSource = 'title';
      yearSpan = inBlock(b, y);
      break;
    }
  }
  if (year === undefined) {
    // The opening: body text before the first section heading (a report without headings: its first paragraphs)
    const firstSection = sections[0]?.block ?? Infinity;
    const opening = body.filter((b) => b.index < firstSection && !/^[\d\s年月日\-./]+$/.test(b.text)).slice(0, 3);
    for (const b of opening) {
      const y = yearInOpening(b.text);
      if (y) {
        year = y.year;
        yearSource = 'opening';
        yearSpan = inBlock(b, y);
        break;
      }
    }
  }
  if (year === undefined && found.metadataTitle) {
    const y = yearInTitle(found.metadataTitle.text);
    if (y) {
      year = y.year;
      yearSource = 'metadata';
      yearSpan = { start: found.metadataTitle.span.start + y.index, end: found.metadataTitle.span.start + y.index + y.length };
    }
  }  // config reportYear is a fallback: it applies where the text states no year (consistent-year reports a
  // configured year the text contradicts); a look-back heading or sentence is a guess and comes after it
  if (year === undefined && options.reportYear !== undefined) {
    year = options.reportYear;
    yearSource = 'config';
  }


  const publisherField = furniture.find((f) => f.key === '发布机构' && f.value)?.value;
  const issuer =
    (title && bodyFromTitle(title)) ??
    publisherField ??
    furniture.find((f) => (f.key === '来源' || f.key === '信息来源') && f.value)?.value;

  const openingTexts = body.filter((b) => b.index < (sections[0]?.block ?? Infinity)).slice(0, 4).map((b) => b.text);
  // the page's 发布机构 field says so too where the title's words do not (「【省政府法治建设报告】湖北省人民政府关于…」)
  const publisher = publisherField?.replace(/^[|｜\s]+|[|｜\s]+$/g, '');
  const level = issuerLevel(issuer, openingTexts) ?? (publisher && publisher !== issuer ? issuerLevel(publisher, []) : undefined);
  const items = findItems(body, toSource, sectionAt);
  const sentences = splitSentences(body, toSource);

  const parts = recogniseStructure({ text, blocks, body, sections, items, year, containing });
  const truncated = findTruncation(body, sections, parts.partsAt, dates, toSource);
  // report text: every block but page furniture (the title line included), read by the titles and punctuation passes
  const reportBlocks = blocks.filter((b) => !b.furniture);
  const titles = findTitles(reportBlocks, toSource);
  const years = findYears(blocks, titleBlocks, sections, titles, toSource);
  if (year === undefined) {
    const y = yearFromLookBack(years, parts);
    if (y) {
      year = y.mention.year;
      yearSource = y.source;
      yearSpan = { start: y.mention.start, end: y.mention.start + 4 };
    }
  }
  // the opening stating another year than the one taken (a title left from last year): the year is contested
  const opening = year !== undefined && yearSource !== 'opening' ? openingYear(years, sections[0]?.block ?? Infinity, parts.partsAt, year) : undefined;
  const contestedYear = opening && year !== undefined && contradictsYear(opening, year) ? opening.year : undefined;
  return new BuiltReport({
    filePath: options.filePath ?? '<text>',
    format: options.format,
    text,
    tree,
    blocks,
    bodyBlocks: body,
    meta: {
      title,
      titleBlock: titleBlock?.index,
      titleSpan,
      anchor: titleSpan ?? (body[0] ? { start: body[0].start, end: body[0].end } : { start: 0, end: 0 }),
      year,
      yearSource,
      yearSpan,
      configYear: options.reportYear,
      ...(contestedYear !== undefined ? { contestedYear } : {}),
      body: issuer,
      ...(level ? { issuerLevel: level } : {}),
      dates,
      furniture,
      ...(traditional ? { script: 'traditional' as const } : {}),
      ...(truncated ? { truncated } : {}),
    },
    outline: sections.filter((s) => !s.parent),
    sections,
    items,
    sentences,
    parts,
    titles,
    punctuation: analysePunctuation(text, reportBlocks, toSource),
    years,
    plan: buildPlan(text, blocks, parts, sections, items, years),
    responsibility: findDutyMentions(body, sections, parts.partsAt, titles, toSource),
    toSource,
    point: (offset: number) => pointAt(starts, Math.max(0, Math.min(offset, text.length))),
    sectionAt,
  });
}

/** A line that opens the annexes after the report's signature: 「附件」, 「附件1：」, 「附件：2024年度…统计表」, 「附表1」. */
const ANNEX_LINE = /^\s*附[件表]\s*[0-9０-９一二三四五六七八九十]{0,2}\s*(?:[：:]|$)/;

/** Index in `body` of the first annex line in the report's second half, past its text; -1 when there is none. */
function annexStart(body: readonly Block[], firstText: number): number {
  for (let i = Math.floor(body.length / 2); i < body.length; i++) {
    if (body[i].index > firstText && ANNEX_LINE.test(body[i].text)) return i;
  }
  return -1;
}

type ReportFields = Omit<Report, 'facts' | 'leaderActions'>;

/**
 * The built model. A class, not an object literal with getters: V8 keeps a literal with accessors in dictionary
 * mode, slow to make and several times slower to read, and the rules read the report thousands of times a file.
 * `toSource`, `point` and `sectionAt` stay own function properties, so a rule may take them off the report.
 */
class BuiltReport implements Report {
  readonly filePath: string;
  readonly format: Format;
  readonly text: string;
  readonly tree: Root;
  readonly blocks: Block[];
  readonly bodyBlocks: Block[];
  readonly meta: Metadata;
  readonly outline: Section[];
  readonly sections: Section[];
  readonly items: Item[];
  readonly sentences: Sentence[];
  readonly parts: PartsModel;
  readonly titles: Title[];
  readonly punctuation: PunctuationModel;
  readonly years: YearMention[];
  readonly plan: PlanModel;
  readonly responsibility: DutyMention[];
  readonly toSource: Report['toSource'];
  readonly point: Report['point'];
  readonly sectionAt: Report['sectionAt'];
  #facts: Facts | undefined;
  #leaderActions: LeaderAction[] | undefined;

  constructor(f: ReportFields) {
    this.filePath = f.filePath;
    this.format = f.format;
    this.text = f.text;
    this.tree = f.tree;
    this.blocks = f.blocks;
    this.bodyBlocks = f.bodyBlocks;
    this.meta = f.meta;
    this.outline = f.outline;
    this.sections = f.sections;
    this.items = f.items;
    this.sentences = f.sentences;
    this.parts = f.parts;
    this.titles = f.titles;
    this.punctuation = f.punctuation;
    this.years = f.years;
    this.plan = f.plan;
    this.responsibility = f.responsibility;
    this.toSource = f.toSource;
    this.point = f.point;
    this.sectionAt = f.sectionAt;
  }

  /** Numeric facts, read on first use: rules that do not need numbers do not pay for them. */
  get facts(): Facts {
    return (this.#facts ??= extractFacts({ sentences: this.sentences, blocks: this.blocks, toSource: this.toSource }));
  }

  /** The leaders' acts, read only where part 3 has no section and the duty no mention (require-sections). */
  get leaderActions(): LeaderAction[] {
    return (this.#leaderActions ??= this.parts.matches.some((m) => m.part === 3) ? [] : findLeaderActions(this.bodyBlocks, this.parts.partsAt, this.toSource));
  }
}

export type { Block };

/**
 * The year the look-back speaks of, when neither title, opening nor metadata state it: a year in a
 * look-back heading (parts 1 and 3), else the year most look-back sentences name — only when it is
 * named at least twice and by more than half of them, so the answer is absent rather than wrong.
 */
function yearFromLookBack(years: readonly YearMention[], parts: PartsModel): { mention: YearMention; source: 'heading' | 'look-back' } | undefined {
  const lookBack = (m: YearMention) => {
    const ps = parts.partsAt(m.start);
    return ps.length > 0 && ps.every((p) => p === 1 || p === 3);
  };
  const usable = years.filter((m) => !m.cited && (m.kind === 'plain' || m.kind === 'since') && lookBack(m));
  const heading = usable.find((m) => m.where === 'heading' && m.section && !m.section.parent);
  if (heading) return { mention: heading, source: 'heading' };
  const counts = new Map<number, number>();
  for (const m of usable) if (m.where === 'body') counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  for (const [y, c] of counts) {
    if (c >= 2 && c * 2 > total) return { mention: usable.find((m) => m.year === y && m.where === 'body')!, source: 'look-back' };
  }
  return undefined;
}
