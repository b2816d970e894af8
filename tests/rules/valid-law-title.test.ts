import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rule from '../../rules/valid-law-title.js';
import { lintText } from '../../src/engine/lint.js';
import { LawIndex, docType, normaliseTitle, parseLawsTsv, withoutYearChar, yearRange } from '../../src/laws/index.js';
import { lawsPath, loadLaws, nodeResources } from '../../src/linter/resources.js';
import { isLocalTitle, isPublicationTitle, looksLikeAct } from '../../src/laws/classify.js';
import { lintSeed, ROOT, seedReport, SEEDS } from '../helpers/seeds.js';

// Seed truth (issue 10): exactly these findings on the five seeds, nothing else
const EXPECTED: Record<string, { messageId: string; severity: string; title: string; known?: string }[]> = {
  '000': [
    { messageId: 'fieldOfLaw', severity: 'info', title: '民商法' },
    { messageId: 'fieldOfLaw', severity: 'info', title: '经济法' },
  ],
  '001': [
    {
      messageId: 'yearChar',
      severity: 'info',
      title: '提升行政执法质量三年行动计划(2023-2025)',
      known: '提升行政执法质量三年行动计划（2023—2025年）',
    },
  ],
  '002': [],
  '003': [],
  '004': [
    { messageId: 'unknownTitle', severity: 'warn', title: '法治政府建设与责任落实督察规定', known: '法治政府建设与责任落实督察工作规定' },
  ],
};

describe('valid-law-title on the seeds', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${EXPECTED[seed].map((e) => e.title).join(', ') || 'silent'}`, async () => {
      const messages = await lintSeed(seed, 'valid-law-title', rule);
      expect(messages.map((m) => ({ messageId: m.messageId, severity: m.severity, title: m.data.title, ...(m.data.known ? { known: m.data.known } : {}) }))).toEqual(
        EXPECTED[seed],
      );
    });
  }

  it('pins the spans: the title text, or the years for yearChar', async () => {
    const r4 = await seedReport('004');
    const [m4] = await lintSeed('004', 'valid-law-title', rule);
    expect(r4.text.slice(m4.start, m4.end)).toBe('法治政府建设与责任落实督察规定');
    expect(m4.line).toBe(24);
    const r1 = await seedReport('001');
    const [m1] = await lintSeed('001', 'valid-law-title', rule);
    expect(r1.text.slice(m1.start, m1.end)).toBe('(2023-2025)');
    expect(m1.line).toBe(26);
    const r0 = await seedReport('000');
    const m0 = await lintSeed('000', 'valid-law-title', rule);
    expect(m0.map((m) => r0.text.slice(m.start, m.end))).toEqual(['民商法', '经济法']);
  });

  it('002: the local regulation and the book are titles it saw and left alone', async () => {
    const r = await seedReport('002');
    const texts = r.titles.map((t) => t.text);
    expect(texts).toContain('新疆维吾尔自治区行政执法监督条例');
    expect(texts).toContain('习近平法治思想学习纲要');
    expect(isLocalTitle('新疆维吾尔自治区行政执法监督条例')).toBe(true);
    expect(isPublicationTitle('习近平法治思想学习纲要')).toBe(true);
    // the national 行政执法监督条例 exists (2026): without the local prefix it would be a known title
    expect(loadLaws().lookup('行政执法监督条例').map((m) => m.entry.kind)).toEqual(['administrative-regulation']);
  });

  it('003: the nested <…> title is checked too, and is exact', async () => {
    const r = await seedReport('003');
    expect(r.titles[0].nested.map((n) => n.text)).toEqual(['法治政府建设与责任落实督察工作规定']);
    expect(loadLaws().lookup('法治政府建设与责任落实督察工作规定')).toHaveLength(1);
  });

  it('messages render in English', async () => {
    const [m] = await lintSeed('004', 'valid-law-title', rule, {}, 'en');
    expect(m.reason).toBe('《法治政府建设与责任落实督察规定》 is not the title of a known national law or document; the closest is 《法治政府建设与责任落实督察工作规定》');
  });
});

describe('valid-law-title verdicts', () => {
  const lint = async (body: string, year = 2023, options = {}) => {
    const text = `某县${year}年度法治政府建设工作报告\n\n${body}\n`;
    const { messages } = await lintText(text, {
      format: 'text',
      rules: [['valid-law-title', { rule, setting: { severity: rule.meta.severity, options: { ...rule.meta.defaultOptions, ...options } } }]],
      resources: nodeResources(),
    });
    return messages.map((m) => ({ id: m.messageId, severity: m.severity, data: m.data, text: text.slice(m.start, m.end) }));
  };

  it('the issue’s examples', async () => {
    expect(await lint('组织学习《中华人民共和国预防未成年犯罪法》。')).toEqual([
      { id: 'unknownTitle', severity: 'warn', data: { title: '中华人民共和国预防未成年犯罪法', known: '中华人民共和国预防未成年人犯罪法' }, text: '中华人民共和国预防未成年犯罪法' },
    ]);
    expect(await lint('组织学习《合同法》。')).toEqual([
      { id: 'repealed', severity: 'warn', data: { title: '合同法', date: '2021-01-01', replacement: '中华人民共和国民法典', year: 2023 }, text: '合同法' },
    ]);
    expect(await lint('贯彻《法治政府建设实施纲要(2021-2035年)》。')).toEqual([
      { id: 'wrongYears', severity: 'error', data: { title: '法治政府建设实施纲要(2021-2035年)', years: '2021-2035', known: '法治政府建设实施纲要（2021—2025年）' }, text: '(2021-2035年)' },
    ]);
  });

  it('a short title without the national prefix gets the short suggestion', async () => {
    expect((await lint('学习《预防未成年犯罪法》。'))[0].data.known).toBe('预防未成年人犯罪法');
    expect((await lint('学习《妇女权益保护法》。'))[0].data.known).toBe('妇女权益保障法');
  });

  it('a title that takes no 中华人民共和国 prefix', async () => {
    expect(await lint('学习《中华人民共和国信访工作条例》。')).toMatchObject([{ id: 'unknownTitle', data: { known: '信访工作条例' } }]);
  });

  it('a title read under one law list is read afresh under another (what a title is, is remembered per list)', async () => {
    const withIt = new LawIndex(parseLawsTsv('title\tshort\tkind\tstatus\tnote\tsource\n中华人民共和国试点示范法\t试点示范法\tlaw\tin-force\t\t\n'));
    const without = new LawIndex(parseLawsTsv('title\tshort\tkind\tstatus\tnote\tsource\n中华人民共和国宪法\t宪法\tlaw\tin-force\t\t\n'));
    const run = async (laws: LawIndex) =>
      (
        await lintText('某县2023年度法治政府建设工作报告\n\n学习《试点示范法》。\n', {
          format: 'text',
          rules: [['valid-law-title', { rule, setting: { severity: rule.meta.severity, options: rule.meta.defaultOptions } }]],
          resources: { laws },
        })
      ).messages.map((m) => m.messageId);
    expect(await run(withIt)).toEqual([]);
    expect(await run(without)).toEqual(['notFound']);
    expect(await run(withIt)).toEqual([]);
  });

  it('repeal depends on the report year: in force through part of the year is not reported', async () => {
    expect(await lint('学习《合同法》。', 2020)).toEqual([]);
    expect(await lint('学习《合同法》。', 2021)).toMatchObject([{ id: 'repealed' }]);
    // 乡镇企业法: repealed 2025-12-27
    expect(await lint('学习《乡镇企业法》。', 2025)).toEqual([]);
    // no successor named: the message says so instead of 由《—》取代
    expect(await lint('学习《乡镇企业法》。', 2026)).toMatchObject([{ id: 'repealedNoSuccessor', data: { date: '2025-12-27' } }]);
  });

  it('every wording of a repeal in the list counts (信访条例: superseded by 信访工作条例, effective 2022-05-01)', async () => {
    expect(await lint('落实《信访条例》。', 2021)).toEqual([]);
    expect(await lint('落实《信访条例》。', 2022)).toEqual([]);
    expect(await lint('落实《信访条例》。', 2023)).toMatchObject([{ id: 'repealed', severity: 'warn', data: { date: '2022-05-01', replacement: '信访工作条例' } }]);
    expect(await lint('落实《信访工作条例》。', 2024)).toEqual([]);
  });

  it('a repealed act with no repeal date in the list: only asked (info), and only after the last year it is shown in force', async () => {
    // 疫苗流通和预防接种管理条例: expired, no date; its text is dated 2016-04-23
    expect(await lint('落实《疫苗流通和预防接种管理条例》。', 2016)).toEqual([]);
    expect(await lint('落实《疫苗流通和预防接种管理条例》。', 2017)).toMatchObject([{ id: 'repealedUndated', severity: 'info' }]);
  });

  it('a sentence that says the law was repealed is not a citation as current', async () => {
    expect(await lint('宣传民法典施行后《合同法》《婚姻法》同时废止的有关知识。')).toEqual([]);
  });

  it('plans: superseded, newer period, year char', async () => {
    expect(await lint('贯彻《法治政府建设实施纲要（2015—2020年）》。', 2020)).toEqual([]);
    expect(await lint('贯彻《法治政府建设实施纲要（2015—2020年）》。', 2021)).toMatchObject([{ id: 'superseded', data: { ended: 2020 } }]);
    expect(await lint('贯彻《法治政府建设实施纲要(2026—2030年)》。', 2026)).toMatchObject([{ id: 'newerPeriod', severity: 'info' }]);
    expect(await lint('贯彻《法治政府建设实施纲要(2021－2025)》。')).toMatchObject([{ id: 'yearChar', severity: 'info', text: '(2021－2025)' }]);
    expect(await lint('贯彻《法治政府建设实施纲要》《法治中国建设规划（2020–2025年）》《八五普法规划》。')).toEqual([]);
  });

  it('a law adopted after the year following the report year', async () => {
    expect(await lint('学习《法治宣传教育法》。', 2023)).toMatchObject([{ id: 'notYetAdopted', data: { adopted: 2025, year: 2023 } }]);
    expect(await lint('学习《法治宣传教育法》。', 2024)).toEqual([]);
  });

  it('fields of law and unknown national-looking titles are info; checkNotFound turns the latter off', async () => {
    expect(await lint('宣传《行政法》《刑法》《宪法》。')).toEqual([{ id: 'fieldOfLaw', severity: 'info', data: { title: '行政法' }, text: '行政法' }]);
    expect(await lint('学习《中华人民共和国监察法实施条例》。')).toMatchObject([{ id: 'notFound', severity: 'info' }]);
    expect(await lint('学习《中华人民共和国监察法实施条例》。', 2023, { checkNotFound: false })).toEqual([]);
  });

  it('stays silent on local documents, publications, drafts, revision notes and 办法', async () => {
    const silent = [
      '《叶城县关于推行行政规范性文件合法性审核机制的工作方案》',
      '《中共康乐县委全面依法治县委员会工作规则》',
      '《临夏回族自治州人民政府重大行政决策程序规定》',
      '《2023年叶城县普法依法治理工作要点》',
      '《2023年地质灾害防治方案》',
      '《大众日报》',
      '《中国法治创新发展报告(2023)》',
      '《习近平法治思想概论》',
      '《中华人民共和国行政复议法(2023年修订)》',
      '《中华人民共和国行政处罚法(修订草案)》',
      '《行政执法证件管理办法》',
      '《“三三制”工作法》',
      '《关于认真贯彻落实党的二十大精神  深入推进新时代全面依法治国的意见》',
      '《关于加强行政检察与行政执法监督衔接工作的意见》',
      '《行政执法能力三年提升行动实施方案》',
      '《中共中央办公厅国务院办公厅关于印发<法治政府建设与责任落实督察工作规定>的通知》',
    ];
    expect(await lint(`学习${silent.join('')}。`)).toEqual([]);
  });

  it('unknown report year: no repeal or adoption check', async () => {
    const { messages } = await lintText('学习《合同法》《法治宣传教育法》。\n', {
      format: 'text',
      rules: [['valid-law-title', { rule, setting: { severity: rule.meta.severity, options: rule.meta.defaultOptions } }]],
      resources: nodeResources(),
    });
    expect(messages).toEqual([]);
  });
});

describe('the law list (data/laws.tsv)', () => {
  it('is found from src (vitest) and from where the build puts this module (dist/src/linter)', () => {
    expect(lawsPath()).toBe(path.join(ROOT, 'data', 'laws.tsv'));
    expect(lawsPath(path.join(ROOT, 'dist', 'src', 'linter'))).toBe(path.join(ROOT, 'data', 'laws.tsv'));
    expect(() => lawsPath('/')).toThrow(/not found/);
  });

  it('parses every row with its counts by kind and status (data/README.md)', () => {
    const entries = parseLawsTsv(readFileSync(lawsPath(), 'utf8'));
    expect(entries).toHaveLength(1086);
    const count = (kind: string, status: string) => entries.filter((e) => e.kind === kind && e.status === status).length;
    expect([count('law', 'in-force'), count('law', 'repealed')]).toEqual([315, 39]);
    expect([count('administrative-regulation', 'in-force'), count('administrative-regulation', 'repealed')]).toEqual([602, 104]);
    expect([count('policy', 'in-force'), count('policy', 'repealed')]).toEqual([19, 1]);
    expect(count('party-regulation', 'in-force')).toBe(6);
  });

  it('reads repeal dates, replacements, adoption years, aliases and plan periods from note', () => {
    const laws = loadLaws();
    const one = (t: string) => laws.lookup(t)[0].entry;
    expect(one('合同法')).toMatchObject({ repealedOn: '2021-01-01', replacedBy: '中华人民共和国民法典' });
    expect(one('环境保护法')).toMatchObject({ repealedOn: '2026-08-15', replacedBy: '中华人民共和国生态环境法典' });
    expect(one('法治宣传教育法').adopted).toBe(2025);
    expect(one('地方组织法').title).toBe('中华人民共和国地方各级人民代表大会和地方各级人民政府组织法');
    expect(one('法治政府建设实施纲要（2021—2025年）').period).toEqual([2021, 2025]);
    expect(one('法治政府建设实施纲要（2015—2020年）')).toMatchObject({ periodEnded: 2020, repealedOn: '2021-01-01' });
  });

  it('is parsed once', () => {
    expect(loadLaws()).toBe(loadLaws());
  });

  it('normalises dashes, brackets, spaces and quotes; 年 only in the loose form', () => {
    expect(normaliseTitle('法治中国建设规划（2020—2025年）')).toBe(normaliseTitle('法治中国建设规划(2020－2025年)'));
    expect(normaliseTitle('法治中国建设规划(2020 – 2025年)')).toBe('法治中国建设规划(2020-2025年)');
    expect(withoutYearChar('提升行政执法质量三年行动计划(2023年-2025年)')).toBe('提升行政执法质量三年行动计划(2023-2025)');
    expect(yearRange('法治政府建设实施纲要（2021—2025年）')).toEqual({ years: [2021, 2025], base: '法治政府建设实施纲要' });
    expect(docType('中华人民共和国企业破产法(试行)')).toBe('法');
    expect(looksLikeAct('工作方法')).toBe(false);
    expect(looksLikeAct('行政复议法')).toBe(true);
  });

  it('property: every listed title and short form is found, however its dashes and brackets are printed', () => {
    const laws = loadLaws();
    const entries = laws.entries;
    const reprint = (s: string, dash: string, ascii: boolean) =>
      (ascii ? s.replace(/（/g, '(').replace(/）/g, ')') : s).replace(/—/g, dash);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: entries.length - 1 }), fc.constantFrom('—', '－', '-', '–', ' — '), fc.boolean(), fc.boolean(), (i, dash, ascii, short) => {
        const e = entries[i];
        const printed = reprint(short ? e.short : e.title, dash, ascii);
        const hits = laws.lookup(printed);
        expect(hits.map((h) => h.entry)).toContain(e);
        expect(hits.every((h) => !h.yearCharOnly)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a listed title (six characters or more without 中华人民共和国) missing one character has it as the closest', () => {
    const laws = loadLaws();
    const core = (t: string) => t.replace(/^中华人民共和国/, '');
    // titles that name their kind (法, 条例, 规定 …): closeness never crosses kinds; short names allow no edit
    const long = laws.entries.filter((e) => core(e.title).length >= 6 && docType(normaliseTitle(e.title)) !== '' && !/[（(]/.test(e.title));
    expect(long.length).toBeGreaterThan(600);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: long.length - 1 }), fc.integer({ min: 0, max: 1000 }), (i, r) => {
        const t = long[i].title;
        const prefix = t.length - core(t).length;
        // delete one character of the name, not of its last word (法/条例…), which decides the kind
        const at = prefix + (r % (core(t).length - 2));
        const cut = t.slice(0, at) + t.slice(at + 1);
        if (laws.lookup(cut).length) return; // the cut happens to be another listed title
        expect(laws.closest(cut).map((m) => m.entry)).toContain(long[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('a small index built from rows behaves the same (no file needed)', () => {
    const tsv = 'title\tshort\tkind\tstatus\tnote\tsource\n中华人民共和国测试法\t测试法\tlaw\trepealed\trepealed 2020-05-01; replaced by 中华人民共和国新测试法\tx\n';
    const index = new LawIndex(parseLawsTsv(tsv));
    expect(index.lookup('测试法')[0].entry.repealedOn).toBe('2020-05-01');
    expect(index.closest('中华人民共和国测验法')).toEqual([]); // 3 characters: no edit allowed
  });
});

describe('valid-law-title severities under a configured level', () => {
  it('default level: findings keep their grades; a level chosen in config applies to all but info', async () => {
    const { buildReport } = await import('../../src/model/report.js');
    const { parseText } = await import('../../src/parse/text.js');
    const { runRules } = await import('../../src/engine/run.js');
    const text = '某县2023年度法治政府建设报告\n组织学习《中华人民共和国预防未成年犯罪法》《法治政府建设实施纲要(2021-2035年)》《民商法》。';
    const report = buildReport(text, parseText(text), { format: 'text', filePath: 'x.txt' });
    const at = (level: 'info' | 'warn' | 'error') =>
      runRules(report, [['valid-law-title', { rule, setting: { severity: level, options: { ...rule.meta.defaultOptions } } }]], { resources: nodeResources() }).map((m) => [m.messageId, m.severity]);
    expect(at('warn')).toEqual([['unknownTitle', 'warn'], ['wrongYears', 'error'], ['fieldOfLaw', 'info']]);
    expect(at('error')).toEqual([['unknownTitle', 'error'], ['wrongYears', 'error'], ['fieldOfLaw', 'info']]);
    expect(at('info')).toEqual([['unknownTitle', 'info'], ['wrongYears', 'info'], ['fieldOfLaw', 'info']]);
  });
});

describe('valid-law-title suggestions', () => {
  it('offers the official or closest title in place of the text between 《》, never as a fix', async () => {
    const report = await seedReport('004');
    const [m] = await lintSeed('004', 'valid-law-title', rule);
    expect(m.messageId).toBe('unknownTitle');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions).toHaveLength(1);
    const [s] = m.suggestions!;
    expect(s.message).toBe('改为《法治政府建设与责任落实督察工作规定》');
    expect(report.text.slice(s.fix[0].start, s.fix[0].end)).toBe('法治政府建设与责任落实督察规定');
    expect(s.fix[0].text).toBe('法治政府建设与责任落实督察工作规定');
    // the year range without 年 gets the official title too
    const [y] = await lintSeed('001', 'valid-law-title', rule);
    expect(y.suggestions?.map((x) => x.fix[0].text)).toEqual(['提升行政执法质量三年行动计划（2023—2025年）']);
  });
});
