/**
 * report.meta.truncated: a text that stops in the middle of a sentence (the openings sites and collections keep).
 * Complete texts — whatever closes them: a full stop, a signature and date (also joined into one Markdown block),
 * 版记 (…印发, 抄送：), a page number, an ICP line, an empty part 5 — are never taken as cut.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';

const HEAD = '某县2024年法治政府建设情况报告\n\n2024年，某县扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n（一）依法履行政府职能。公布权责清单事项2136项，全部向社会公开。\n';

async function cut(tail: string, format: 'text' | 'markdown' = 'text') {
  return (await prepare(HEAD + tail, format)).meta.truncated;
}

describe('a text cut off mid-sentence', () => {
  it.each([
    ['mid-word', '（二）严格规范执法。全年办理行政处罚案件318件，推动问题整改落实落'],
    ['on a figure', '（二）严格规范执法。全区组织执法人员培训班，参训人员1509'],
    ['on a comma', '（二）严格规范执法。开展执法检查，'],
    ['on an opening quote', '（二）严格规范执法。推行“'],
    ['on an opening title mark', '（二）完善制度。制定了《'],
    ['on a colon', '现将有关情况报告如下：'],
    ['on a numbering marker alone', '（二）'],
    ['on a heading with nothing under it', '二、存在的不足和原因'],
    ['on a short line cut from a wrapped paragraph', '（二）严格规范执法。全年办理行政处罚案件318件。\n组建'],
    ['on a title mark in a short line', '（二）完善制度。\n制定了《增'],
    ['on a numeral alone', '（二）严格规范执法。全年办理行政处罚案件318件。\n二'],
  ])('%s', async (_, tail) => {
    const t = await cut(tail);
    expect(t).toBeDefined();
    expect((HEAD + tail).slice(0, t!.end).endsWith(tail.trim().slice(-3))).toBe(true);
  });

  it('the info is placed where the text stops and quotes its last characters', async () => {
    const t = await cut('（二）严格规范执法。全年办理行政处罚案件318件，推动问题整改落实落');
    expect(t!.text).toBe('8件，推动问题整改落实落');
  });
});

describe('a complete text', () => {
  it.each([
    ['a full stop', '（二）严格规范执法。全年办理行政处罚案件318件。'],
    ['a closing quote', '（二）严格规范执法。全面推行“综合查一次”'],
    ['a signature and a date', '特此报告。\n\n某县人民政府\n2025年3月20日'],
    ['a date in Chinese numerals', '特此报告。\n\n某县人民政府\n二〇二五年三月二十日'],
    ['特此报告 without a full stop', '（二）严格规范执法。全年办理行政处罚案件318件。\n特此报告'],
    ['a long signature', '（二）严格规范执法。全年办理案件318件。\n中共某县委全面依法治县委员会办公室某县司法局'],
    ['版记', '（二）严格规范执法。全年办理案件318件。\n抄送：市委依法治市办，县人大常委会办公室\n某县人民政府办公室　　2025年2月7日印发'],
    ['a page number', '（二）严格规范执法。全年办理案件318件。\n-1-'],
    ['an ICP line', '（二）严格规范执法。全年办理案件318件。\n网站标识码5130000001　蜀ICP备05004321号-1'],
    ['an empty part 5', '二、存在的不足和原因\n基层执法力量不足。\n三、2025年工作安排\n2025年，我县将继续推进法治政府建设。\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n五、其他需要报告的情况'],
    ['无', '五、其他需要报告的情况\n无'],
    ['a closing month without a day', '（二）严格规范执法。全年办理案件318件。\n某县司法局\n2026年2月'],
    ['a full-width date', '（二）严格规范执法。全年办理案件318件。\n２０２５年２月２６日'],
    ['a signature that says it published', '（二）严格规范执法。全年办理案件318件。\n和平街道办事处发布'],
    ['an attachment line', '（二）严格规范执法。全年办理案件318件。\n附件：2025年行政执法统计表'],
    ['a site footer', '（二）严格规范执法。全年办理案件318件。\n主办单位：某县人民政府办公室　技术支持：某某网络科技有限公司'],
    ['a copyright line', '（二）严格规范执法。全年办理案件318件。\n版权所有：某县人民政府　地址：某县人民路1号'],
    ['an attachment download', '（二）严格规范执法。全年办理案件318件。\n相关附件：2024年法治政府建设情况报告.pdf'],
    ['a table row copied with tabs', '附表\n指标\t2024年\t2025年\t同比增长\n行政复议案件\t40\t46\t15.0%'],
  ])('%s', async (_, tail) => {
    expect(await cut(tail)).toBeUndefined();
  });

  it('a Markdown signature and date joined by a soft line break', async () => {
    expect(await cut('**二、其他需要报告的情况**\n\n无。\n\n某市某区人民政府某街道办事处\n2025年2月11日\n', 'markdown')).toBeUndefined();
  });
});
