import type { Nodes } from 'mdast';

/** Where a text stops in the middle of a sentence (model/truncation.ts). */
export interface Truncation extends Span {
  /** The last characters before the cut, for the message. */
  text: string;
  /** The last block: where the cut sentence is. */
  block: number;
}

/** Half-open range of UTF-16 offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

/** A run of block text that maps 1:1 onto the source. */
export interface Segment {
  /** offset in Block.text */
  text: number;
  /** offset in the source */
  source: number;
  length: number;
}

/** A paragraph-level unit of text (a heading, a paragraph, a table cell). */
export interface Block extends Span {
  index: number;
  kind: 'heading' | 'paragraph';
  /** The text as a reader sees it (inline markup removed). */
  text: string;
  segments: Segment[];
  /** Markdown heading depth (1–6), when the block is a Markdown heading. */
  depth?: number;
  /** Number of an ordered Markdown list item this block opens (its marker is not in `text`). */
  listNumber?: number;
  /** Page furniture (来源, 发布时间, 上一篇…): not part of the report text. */
  furniture: boolean;
  /** Cut from a body flattened into one paragraph, before a top-level heading run into its text (model/blocks.ts). */
  runOn?: true;
  node: Nodes;
}

/** 'part': 第一部分, 第二部分 … above 一、 (a style of city and department reports). */
export type NumberingKind = 'part' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'markdown';

/** An outline section: a numbered or Markdown heading and everything under it. */
export interface Section {
  /** Outline depth in this report's tree, 1 = top level. */
  level: number;
  /** Rank of the numbering style: 一、=1, （一）=2, 1.=3, （1）=4; Markdown headings by depth. */
  rank: number;
  kind: NumberingKind;
  /** The numeral as written (一, 1, …), empty for an unnumbered Markdown heading. */
  label: string;
  /** Its value (一 → 1), 0 for an unnumbered heading. */
  number: number;
  /** Span of the numbering marker itself (“（一）”), empty span for unnumbered headings. */
  marker: Span;
  /** Heading text without the marker; for a heading that runs on into body text, up to the first 。 */
  heading: string;
  /** Source span of `heading`. */
  headingSpan: Span;
  /** True when body text follows the heading in the same paragraph (“（一）…。一是…”). */
  inline: boolean;
  /** Index of the block holding the heading. */
  block: number;
  /** Blocks covered by the section, heading block included: [firstBlock, endBlock). */
  firstBlock: number;
  endBlock: number;
  /** Source span from the marker to the end of the section's last block. */
  span: Span;
  parent: Section | undefined;
  children: Section[];
}

/** An enumeration item inside a paragraph: 一是…二是…三是… */
export interface Item {
  number: number;
  label: string;
  block: number;
  /** Span of the marker “一是”. */
  marker: Span;
  /** Lead sentence after the marker, up to the first 。 (source span and text). */
  lead: string;
  leadSpan: Span;
  /** From the marker to the next marker or the end of the block. */
  span: Span;
  /** Items of one enumeration share a group number. */
  group: number;
  /** The innermost section containing the item. */
  section: Section | undefined;
}

export interface Sentence extends Span {
  text: string;
  block: number;
  /** Offset of the sentence in its block's text. */
  textStart: number;
}

export interface FurnitureField extends Span {
  key: string;
  value: string;
  /** Source span of the value. */
  valueSpan: Span;
  block: number;
}

export type DateKind = 'published' | 'written' | 'date' | 'closing';

export interface DateMention extends Span {
  kind: DateKind;
  year: number;
  month: number;
  day: number;
  /** The text as written, e.g. “2025年09月05日”. */
  raw: string;
  /** Where it was found: a furniture key (发布时间) or “closing line”. */
  source: string;
  /**
   * A page's update, upload or entry time (更新时间, 上传时间, 录入时间), taken as the publication date because the page
   * gives no other: on a repost or an edited page it is not when the report was made public.
   */
  updated?: boolean;
}

export interface Metadata {
  title: string | undefined;
  /** Block index of the title line. */
  titleBlock: number | undefined;
  titleSpan: Span | undefined;
  /** Where findings about the whole report go: the title line, or the first line of text when there is no title (empty span at 0 for an empty report). */
  anchor: Span;
  year: number | undefined;
  /** Where the year came from: the title, the opening (现将…), a metadata 标题 field, config (a fallback where the text states none), a look-back heading, the look-back's sentences. */
  yearSource: 'config' | 'title' | 'opening' | 'metadata' | 'heading' | 'look-back' | undefined;
  yearSpan: Span | undefined;
  /** The report year set in config (reportYear): a fallback, so it may differ from `year` when the text states another. */
  configYear?: number;
  /**
   * Another year the text states for the report where `year` came from elsewhere: the opening's year (「现将2023年度…」)
   * when the title says 2022. The year is then contested: consistent-year reports it, and rules that judge by the
   * year (deadlines, the plan's year) stay silent where the other year would satisfy them (one fault, one finding).
   */
  contestedYear?: number;
  /** The issuing body, e.g. 叶城县. */
  body: string | undefined;
  /** 'province' when the text says the issuer is a province-level body (its title, or the addressee 党中央、国务院). */
  issuerLevel?: 'province' | 'central';
  dates: DateMention[];
  furniture: FurnitureField[];
  /**
   * 'traditional' when the file is written in traditional characters (a site's 繁體 page): the model and the rules
   * read a simplified copy of it (model/script.ts; same offsets), and no fix writes a Han character into it.
   */
  script?: 'traditional';
  /**
   * Where the text stops in the middle of a sentence (an opening kept by a site or a collection, model/truncation.ts):
   * what follows is unknown, so absences (a part, the plan) and marks opened in the last sentence cannot be confirmed.
   */
  truncated?: Truncation;
}

