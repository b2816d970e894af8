import type { Root } from 'mdast';
import type { Format } from '../parse/index.js';
import type { Block, DateMention, Report, Section } from './types.js';
import { blockToSource, collectBlocks } from './blocks.js';
import { closingDate, datesFromFields, isFurnitureLine, parseFields } from './furniture.js';
import { bodyFromTitle, looksLikeTitle, yearFromOpening, yearFromTitle } from './metadata.js';
import { buildOutline, findItems, splitSentences } from './outline.js';
import { lineStarts, pointAt } from './location.js';
import { recogniseParts } from './parts.js';
import { sectionIndex } from './section-index.js';
import { findTitles } from './titles.js';
import { analysePunctuation } from './punctuation.js';
import { findYears } from './years.js';
import { buildPlan } from './plan.js';
import { findDutyMentions } from './responsibility.js';
import { extractFacts, type Facts } from './facts.js';

export interface BuildOptions {
  filePath?: string;
  format: Format;
  /** From config: overrides the year found in the text. */
  reportYear?: number;
}

/**
 * Build the Report model once per file: every rule reads it, none re-parses.
 */
export function buildReport(text: string, tree: Root, options: BuildOptions): Report {
  const blocks = collectBlocks(tree);
  const toSource = blockToSource;
  const starts = lineStarts(text);

  // Page furniture: field lines above the article, navigation lines below it
  for (const b of blocks) if (isFurnitureLine(b.text.trim())) b.furniture = true;

  // Title: the first non-furniture block, when it looks like one
  const firstText = blocks.find((b) => !b.furniture);
  const titleBlock = firstText && looksLikeTitle(firstText) ? firstText : undefined;
  const body = blocks.filter((b) => !b.furniture && b !== titleBlock);

  const furniture = blocks.filter((b) => b.furniture).flatMap((b) => parseFields(b, toSource));
  const dates: DateMention[] = datesFromFields(furniture);
  // Closing date line: among the last few body blocks
  for (const b of body.slice(-4)) {
    const d = closingDate(b, toSource);
    if (d) dates.push(d);
  }

  const title = titleBlock?.text.trim();
  let year: number | undefined;
  let yearSource: Report['meta']['yearSource'];
  let yearSpan: { start: number; end: number } | undefined;
  if (options.reportYear !== undefined) {
    year = options.reportYear;
    yearSource = 'config';
  } else if (titleBlock && title) {
    const y = yearFromTitle(titleBlock.text);
    if (y) {
      year = y.year;
      yearSource = 'title';
      yearSpan = { start: toSource(titleBlock, y.index), end: toSource(titleBlock, y.index + y.length) };
    }
  }

  const sections = buildOutline(blocks, body, toSource);
  const containing = sectionIndex(blocks, sections);
  const sectionAt = (offset: number): Section | undefined => {
    const list = containing(offset);
    return list[list.length - 1];
  };

  if (year === undefined) {
    // The opening: body text before the first section heading
    const firstSection = sections[0]?.block ?? Infinity;
    const opening = body.find((b) => b.index < firstSection && !/^[\d\s年月日\-./]+$/.test(b.text));
    const y = opening && yearFromOpening(opening.text);
    if (opening && y) {
      year = y.year;
      yearSource = 'opening';
      yearSpan = { start: toSource(opening, y.index), end: toSource(opening, y.index + y.length) };
    } else if (sections[0]) {
      const h = yearFromTitle(sections[0].heading);
      if (h) {
        year = h.year;
        yearSource = 'heading';
        const b = blocks[sections[0].block];
        const at = b.text.indexOf(sections[0].heading) + h.index;
        yearSpan = { start: toSource(b, at), end: toSource(b, at + h.length) };
      }
    }
  }

  const issuer =
    (title && bodyFromTitle(title)) ??
    furniture.find((f) => f.key === '发布机构' && f.value)?.value ??
    furniture.find((f) => (f.key === '来源' || f.key === '信息来源') && f.value)?.value;

  const items = findItems(body, toSource, sectionAt);
  const sentences = splitSentences(body, toSource);

  const parts = recogniseParts(sections, items, containing);
  const titles = findTitles(blocks.filter((b) => !b.furniture), toSource);
  const years = findYears(blocks, titleBlock?.index, sections, titles, toSource);
  // Facts are read on first use: rules that do not need numbers do not pay for them
  let facts: Facts | undefined;

  return {
    filePath: options.filePath ?? '<text>',
    format: options.format,
    text,
    tree,
    blocks,
    bodyBlocks: body,
    meta: {
      title,
      titleBlock: titleBlock?.index,
      titleSpan: titleBlock ? { start: titleBlock.start, end: titleBlock.end } : undefined,
      anchor: titleBlock ? { start: titleBlock.start, end: titleBlock.end } : body[0] ? { start: body[0].start, end: body[0].end } : { start: 0, end: 0 },
      year,
      yearSource,
      yearSpan,
      body: issuer,
      dates,
      furniture,
    },
    outline: sections.filter((s) => !s.parent),
    sections,
    items,
    sentences,
    parts,
    titles,
    punctuation: analysePunctuation(text, blocks.filter((b) => !b.furniture), toSource),
    years,
    plan: buildPlan(text, blocks, parts, sections, items, years),
    responsibility: findDutyMentions(body, sections, parts.matches, titles, toSource),
    get facts(): Facts {
      return (facts ??= extractFacts({ sentences, blocks, toSource }));
    },
    toSource,
    point: (offset: number) => pointAt(starts, Math.max(0, Math.min(offset, text.length))),
    sectionAt,
  };
}

export type { Block };
