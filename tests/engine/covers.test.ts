import { describe, expect, it } from 'vitest';
import sections from '../../rules/require-sections.js';
import plan from '../../rules/require-next-year-plan.js';
import { runRules, type ConfiguredRule } from '../../src/engine/run.js';
import { prepare } from '../../src/engine/lint.js';

// One fault, one finding (RuleMeta.covers): a report without a plan is told once, by require-next-year-plan.
const on = (rule: typeof sections | typeof plan): ConfiguredRule => ({ rule, setting: { severity: 'error', options: { ...rule.meta.defaultOptions } } });
const NO_PLAN = [
  '某县2024年度法治政府建设情况报告',
  '一、2024年推进法治政府建设的主要举措和成效',
  '全年办理行政复议案件74件。',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县政府主要负责人主持召开常务会议研究法治工作4次。',
  '三、存在的不足和原因',
  '基层执法力量不足。',
  '四、其他需要报告的情况',
  '无。',
  '',
].join('\n');

const findings = async (text: string, rules: [string, ConfiguredRule][], format: 'text' | 'markdown' = 'text') =>
  runRules(await prepare(text, format, format === 'text' ? 'r.txt' : 'r.md'), rules).map((m) => `${m.ruleId}:${m.messageId}${m.data.part ? `:${m.data.part}` : ''}`);

describe('RuleMeta.covers', () => {
  it('missingPlan covers require-sections’ missing part 4', async () => {
    expect(plan.meta.covers?.missingPlan).toEqual([{ rule: 'require-sections', messageId: 'missingPart', data: { part: 4 } }]);
    const both = await findings(NO_PLAN, [['require-sections', on(sections)], ['require-next-year-plan', on(plan)]]);
    expect(both).toContain('require-next-year-plan:missingPlan');
    expect(both).not.toContain('require-sections:missingPart:4');
  });

  it('with the plan rule off, or its finding switched off by a directive, part 4 is reported by require-sections', async () => {
    expect(await findings(NO_PLAN, [['require-sections', on(sections)]])).toContain('require-sections:missingPart:4');
    // (directives are Markdown comments: the report as Markdown, one paragraph per line)
    const disabled = '<!-- fzlint-disable require-next-year-plan -->\n\n' + NO_PLAN.split('\n').join('\n\n');
    const got = await findings(disabled, [['require-sections', on(sections)], ['require-next-year-plan', on(plan)]], 'markdown');
    expect(got).toContain('require-sections:missingPart:4');
    expect(got).not.toContain('require-next-year-plan:missingPlan');
  });

  it('other findings of the covered rule stay', async () => {
    const noPlanNoPart3 = NO_PLAN.replace('二、党政主要负责人履行推进法治建设第一责任人职责情况\n县政府主要负责人主持召开常务会议研究法治工作4次。\n', '');
    const got = await findings(noPlanNoPart3, [['require-sections', on(sections)], ['require-next-year-plan', on(plan)]]);
    expect(got).toContain('require-sections:missingPart:3');
    expect(got).not.toContain('require-sections:missingPart:4');
  });
});
