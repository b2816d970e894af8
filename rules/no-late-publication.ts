import { defineRule } from '../src/engine/define.js';
import { titleOfAnotherKind } from '../src/model/metadata.js';
import { REGULATION_FIRST_YEAR } from '../src/model/parts.js';
import { reportsAsFollows } from '../src/model/structure-year.js';
import type { Report } from '../src/model/report.js';
import type { DateMention } from '../src/model/types.js';

type Level = 'province' | 'central' | 'city' | 'county' | 'township' | 'department';

/** What a date on the page says happened, and which deadline applies to it. */
type Kind = 'submitted' | 'published';

const KIND_OF: Record<DateMention['kind'], Kind> = {
  // 成文日期 and the date line under the signature: when the report was finished and sent
  written: 'submitted',
  closing: 'submitted',
  // 发布时间 and a bare 日期 on a web page: when it was made public
  published: 'published',
  date: 'published',
};

/**
 * Deadlines in the year after the report year (厅字〔2019〕28号, as restated by provincial guides):
 * reports of 县级以上政府部门 and of 市、县、乡 governments reach the level above by 3月1日,
 * 省委和省政府 report to 党中央、国务院 by 4月1日; and every report of 地方各级政府 and
 * 县级以上政府部门 is made public by 4月1日 (第二十四条).
 */
/** A text whose report year comes from its opening, where the opening announces the report on that year (现将…报告如下). */
function selfAnnounced(report: Report): boolean {
  const span = report.meta.yearSpan;
  if (report.meta.yearSource !== 'opening' || !span) return false;
  const b = report.blocks.find((x) => x.start <= span.start && span.start < x.end);
  return b !== undefined && reportsAsFollows(b.text);
}

function deadline(kind: Kind, level: Level): { month: number; day: number } {
  if (kind === 'published') return { month: 4, day: 1 };
  return level === 'province' || level === 'central' ? { month: 4, day: 1 } : { month: 3, day: 1 };
}

const DAY = 86_400_000;

/** Where a report year may come from when the text has no title: the config or a metadata 标题 field. */
const TRUSTED_YEAR = new Set<string | undefined>(['config', 'metadata']);
/** The head of a report, where a session line stands under its title. */
const HEAD_BLOCKS = 6;
const WIRE_DATELINE = /\d{1,2}\s*月\s*\d{1,2}\s*日电/;
const CONGRESS_SESSION = /在[^。；）)]{0,30}人(?:民代表)?大(?:会)?常(?:务)?委(?:员)?会[^。；）)]{0,20}会议上/;


export default defineRule({
  meta: {
    id: 'no-late-publication',
    type: 'problem',
    description: {
      zh: '报告的成文日期不应晚于3月1日（省级和国务院部门4月1日），发布日期不应晚于4月1日',
      en: 'The report is dated by 1 March (provinces and State Council departments: 1 April) and published by 1 April of the following year',
    },
    severity: 'error',
    basis: {
      zh: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）关于年度报告报送时限的规定及第二十四条（每年4月1日之前向社会公开）',
      en: '厅字〔2019〕28号: deadlines for submitting annual reports, and Article 24 (made public by 1 April each year)',
    },
    schema: {
      type: 'object',
      properties: {
        level: {
          enum: ['auto', 'province', 'central', 'city', 'county', 'township', 'department'],
          description:
            'Who issues the report: "province" (省委和省政府, submitted by 1 April), "central" (a department of the State Council, 国务院部门: also by 1 April); "city", "county", "township" governments and "department"s submit by 1 March. Publication is due by 1 April for all. "auto" (default): "province" where the text says the issuer is a province, an autonomous region or a municipality directly under the central government (its title, or the addressee 党中央、国务院), "central" where it names a department of the State Council (商务部, 国家税务总局…), otherwise "county".',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { level: 'auto' as Level | 'auto' },
    messages: {
      lateSubmitted: {
        zh: '{source}「{date}」晚于报送期限{deadline}，逾期{days}天：{year}年度报告应于{deadline}前报送',
        en: '{source} “{date}” is after the submission deadline {deadlineEn}, {days} days late: a report on {year} is due by {deadlineEn}',
      },
      lateUpdated: {
        zh: '{source}「{date}」晚于公开期限{deadline}，逾期{days}天；但{source}是网页的更新或录入时间，未必是报告公开的日期，无法确认是否逾期（{year}年度报告应于{deadline}前向社会公开）',
        en: '{source} “{date}” is after the publication deadline {deadlineEn}, {days} days late; but it is the page’s update or entry time, not necessarily when the report was made public — cannot confirm (a report on {year} is to be made public by {deadlineEn})',
      },
      latePublished: {
        zh: '{source}「{date}」晚于公开期限{deadline}，逾期{days}天：{year}年度报告应于{deadline}前向社会公开（第二十四条）',
        en: '{source} “{date}” is after the publication deadline {deadlineEn}, {days} days late: a report on {year} is to be made public by {deadlineEn} (Article 24)',
      },
    },
  },
  check(context) {
    const { report, options } = context;
    const year = report.meta.year;
    // the deadlines are 厅字〔2019〕28号's, in force from 2019-05-05: a report on 2018 or before (due in the first
    // quarter under the 2015 纲要, with no date for publishing it) is not held to them
    if (year === undefined || year < REGULATION_FIRST_YEAR) return;
    // a text without a title whose year comes only from its body (a news item reposted after April: 「2023年，全省…」)
    // is not known to be an annual report
    // (but one that says what it is — 「现将我局2024年度…情况报告如下」 under a page's metadata — is the report)
    if (report.meta.title === undefined && !TRUSTED_YEAR.has(report.meta.yearSource) && !selfAnnounced(report)) return;
    // the year's plan or its notice (「…关于印发2020年依法行政工作要点的通知」) is not the annual report
    if (titleOfAnotherKind(report.meta.title)) return;
    // a report delivered at a session of the people's congress (「（2023年5月30日在市十届人大常委会第三次会议上）」)
    // is that body's business, published on its own schedule, not the annual report of 第二十四条
    if (report.blocks.slice(0, HEAD_BLOCKS).some((b) => CONGRESS_SESSION.test(b.text))) return;
    // a news agency's item reposted (「新华社北京3月29日电」): the page's date is the repost's, not the publication's
    const wire = report.blocks.slice(0, HEAD_BLOCKS + 4).some((b) => WIRE_DATELINE.test(b.text));
    const level: Level = options.level === 'auto' ? (report.meta.issuerLevel ?? 'county') : options.level;
    // one fault, one finding: the same date stated twice for the same deadline (成文日期 in the page's metadata and
    // the date under the signature) is reported once, at its first place
    const seen = new Set<string>();
    for (const d of report.meta.dates) {
      const kind = KIND_OF[d.kind];
      if (wire && kind === 'published') continue;
      const key = `${kind} ${d.year}-${d.month}-${d.day}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const due = deadline(kind, level);
      const late = Math.round((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(year + 1, due.month - 1, due.day)) / DAY);
      if (late <= 0) continue;
      // the text states two report years (a title left from last year): in time for the other, consistent-year
      // reports the one fault
      const other = report.meta.contestedYear;
      if (other !== undefined && Date.UTC(d.year, d.month - 1, d.day) <= Date.UTC(other + 1, due.month - 1, due.day)) continue;
      context.reportIssue({
        // an update time stands in for the publication date: a late one cannot confirm a late publication (a repost)
        messageId: d.updated ? 'lateUpdated' : kind === 'published' ? 'latePublished' : 'lateSubmitted',
        ...(d.updated ? { severity: 'info' as const } : {}),
        data: {
          source: d.source === 'closing line' ? '落款日期' : d.source,
          date: d.raw,
          deadline: `${year + 1}年${due.month}月${due.day}日`,
          deadlineEn: `${year + 1}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`,
          days: late,
          year,
        },
        start: d.start,
        end: d.end,
      });
    }
  },
});
