import { defineRule } from '../src/engine/define.js';
import { titleOfAnotherKind } from '../src/model/metadata.js';
import type { Section } from '../src/model/types.js';
import type { Report } from '../src/model/report.js';
import type { PartMatch } from '../src/model/parts.js';
import { contradictsYear, openingYear } from '../src/model/structure-year.js';
import type { YearMention } from '../src/model/years.js';

const SOURCE: Record<NonNullable<Report['meta']['yearSource']>, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'the title' },
  opening: { zh: '开头段', en: 'the opening paragraph' },
  metadata: { zh: '页面元数据的标题', en: 'the page metadata title' },
  heading: { zh: '回顾部分的标题', en: 'a look-back heading' },
  'look-back': { zh: '回顾部分多数句子所写年份', en: 'the year most look-back sentences name' },
  config: { zh: '配置 reportYear', en: 'the reportYear setting' },
};


export default defineRule({
  meta: {
    id: 'consistent-year',
    type: 'problem',
    description: {
      zh: '标题、开头、回顾部分标题和成文/发布日期所示年份应与报告年度一致',
      en: 'The title, opening, look-back headings and the written/published dates agree with the report year',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告报告上一年度的情况，于次年报送和公开',
      en: '厅字〔2019〕28号: an annual report covers the past year and is submitted and published in the following year',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      headingYear: {
        zh: '标题「{heading}」写的是{foundYear}年（「{found}」），而报告年度为{expected}年（取自{source}）',
        en: 'The heading “{heading}” names {foundYear} (“{found}”), but the report year is {expected} (from {sourceEn})',
      },
      openingYear: {
        zh: '开头写的是{foundYear}年（「{found}」），而报告年度为{expected}年（取自{source}）',
        en: 'The opening names {foundYear} (“{found}”), but the report year is {expected} (from {sourceEn})',
      },
      titleYear: {
        zh: '标题写的是{foundYear}年（「{found}」），而配置的报告年度为{expected}年：各项检查按标题的{foundYear}年进行，请核对标题或配置',
        en: 'The title names {foundYear} (“{found}”), but the configured report year is {expected}: the checks use the title’s {foundYear}; check the title or the config',
      },
      configYear: {
        zh: '{source}写的是{foundYear}年（「{found}」），而配置的报告年度为{expected}年：各项检查按文中的{foundYear}年进行，请核对',
        en: '{sourceEn} names {foundYear} (“{found}”), but the configured report year is {expected}: the checks use {foundYear} from the text; please check',
      },
      titleOutvoted: {
        zh: '标题写的是{foundYear}年（「{found}」），而开头和{count}处回顾部分标题都写{other}年：标题的年份可能未更新，请核对',
        en: 'The title names {foundYear} (“{found}”), but the opening and {count} look-back heading(s) name {other}: the title’s year may be stale; please check',
      },
      dateBeforeYearEnd: {
        zh: '{dateSource}「{date}」早于报告年度{expected}年结束：{expected}年度报告应在{next}年成文和发布，年份或日期有误',
        en: '{dateSource} “{date}” is before the end of the report year {expected}: a report on {expected} is written and published in {next}; the year or the date is wrong',
      },
      dateInReportYear: {
        zh: '{dateSource}「{date}」仍在报告年度{expected}年内：年度报告通常在{next}年成文和发布，请确认报告年度',
        en: '{dateSource} “{date}” is still within the report year {expected}: annual reports are usually written and published in {next}; check the report year',
      },
    },
  },
  check(context) {
    const { report } = context;
    const { year, yearSource } = report.meta;
    if (year === undefined || yearSource === undefined) return;
    const src = { source: SOURCE[yearSource].zh, sourceEn: SOURCE[yearSource].en };
    const firstSection = report.sections[0]?.block ?? Infinity;

    // A configured reportYear is a fallback: where the text states another year, the text's year is used and
    // the disagreement is reported once, on the words that state it
    const configYear = report.meta.configYear;
    if (configYear !== undefined && yearSource !== 'config' && year !== configYear && report.meta.yearSpan) {
      const span = report.meta.yearSpan;
      const mention = report.years.find((m) => m.start <= span.start && span.start < m.end);
      const found = mention?.raw ?? report.text.slice(span.start, span.end);
      const at = mention ?? span;
      if (yearSource === 'title') context.reportIssue({ messageId: 'titleYear', data: { found, foundYear: year, expected: configYear }, start: at.start, end: at.end });
      else context.reportIssue({ messageId: 'configYear', data: { found, foundYear: year, expected: configYear, ...src }, start: at.start, end: at.end });
    }

    // The opening: the first year that opens a sentence (“2024年,在州委…”) or follows 现将
    const opening = openingYear(report.years, firstSection, report.parts.partsAt, year);
    const openingWrong = !!opening && yearSource !== 'opening' && contradictsYear(opening, year);
    const headingFindings: { m: YearMention; section: Section }[] = [];

    // Look-back headings: parts 1–3 (the plan's and 其他's years are checked elsewhere)
    const bySection = new Map<Section, PartMatch[]>();
    for (const p of report.parts.matches) if (p.section && p.how !== 'item') bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
    for (const m of report.years) {
      if (m.where !== 'heading' || !m.section || !contradictsYear(m, year)) continue;
      const named = bySection.get(m.section) ?? [];
      if (!named.length || named.some((p) => p.part === 4 || p.part === 5)) continue;
      // a topical heading (no part words) counts only when it opens with the year
      if (named.every((p) => p.how === 'topical') && !m.opens) continue;
      if (yearSource === 'heading' && report.meta.yearSpan && m.start === report.meta.yearSpan.start) continue;
      // one finding a heading: the same wrong year twice in it (「2026年工作计划2026年，…」) is one slip
      if (headingFindings.some((h) => h.section === m.section)) continue;
      headingFindings.push({ m, section: m.section });
    }
    // One fault, one finding: the opening and the look-back headings agree on one year, the title alone names another
    // (a title left from last year's file) — reported once, on the title
    const titleMention = yearSource === 'title' && report.meta.yearSpan ? report.years.find((m) => m.start <= report.meta.yearSpan!.start && report.meta.yearSpan!.start < m.end) : undefined;
    if (openingWrong && titleMention && headingFindings.length && headingFindings.every((h) => h.m.year === opening!.year)) {
      context.reportIssue({
        messageId: 'titleOutvoted',
        data: { found: titleMention.raw, foundYear: year, other: opening!.year, count: headingFindings.length },
        start: titleMention.start,
        end: titleMention.end,
      });
    } else {
      if (openingWrong) context.reportIssue({ messageId: 'openingYear', data: { found: opening!.raw, foundYear: opening!.year, expected: year, ...src }, start: opening!.start, end: opening!.end });
      for (const { m, section } of headingFindings) {
        context.reportIssue({
          messageId: 'headingYear',
          data: { heading: section.heading, found: m.raw, foundYear: m.year, expected: year, ...src },
          start: m.start,
          end: m.end,
        });
      }
    }

    // Written or published before the report year ended (not for the year's plan or its notice, dated in the year)
    for (const d of titleOfAnotherKind(report.meta.title) ? [] : report.meta.dates) {
      const when = Date.UTC(d.year, d.month - 1, d.day);
      if (when >= Date.UTC(year + 1, 0, 1)) continue;
      const data = { dateSource: d.source === 'closing line' ? '落款日期' : d.source, date: d.raw, expected: year, next: year + 1 };
      // A December date may be an early report covering the year to date: ask, do not accuse
      const december = when >= Date.UTC(year, 11, 1);
      context.reportIssue({ messageId: december ? 'dateInReportYear' : 'dateBeforeYearEnd', data, severity: december ? 'info' : undefined, start: d.start, end: d.end });
    }
  },
});
