import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-placeholder.js';
import { RuleTester } from '../../src/testing/index.js';
import { lintSeed, SEEDS, seedText } from '../helpers/seeds.js';

// Seed truth (issue 10): no placeholder in any seed; “1+4+X” in 000 and 002 is a name
describe('no-placeholder on the seeds', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: silent`, async () => {
      expect(await lintSeed(seed, 'no-placeholder', rule)).toEqual([]);
    });
  }
  it('000 and 002 do write “1+4+X” (so the silence above is the X rule at work)', () => {
    expect(seedText('000')).toContain('“1+4+X”学法清单');
    expect(seedText('002')).toContain('“1+4+X”学法清单');
  });
});

new RuleTester().run('no-placeholder', rule, {
  valid: [
    { name: 'X in arithmetic', code: '建立“1+4+X”学法清单,推行“N+X”服务模式。' },
    { name: 'multiplication and Latin words', code: '场地面积为30×40平方米,配备XXL号服装,运行x86服务器。' },
    { name: 'a year in Chinese numerals', code: '二〇二四年三月十二日' },
    { name: 'an anonymised person and company', code: '查处王某某非法占用农用地案、某公司未批先建案。' },
    { name: 'X not before a unit', code: '为乡卫生院配备X光机1台。' },
    { name: '有待补充 is prose', code: '制度体系有待补充完善。' },
    { name: 'allowed phrase', code: '开展“XX进万家”活动。', options: { allow: ['“XX进万家”'] } },
  ],
  invalid: [
    {
      name: 'masked body names',
      code: '××县司法局、XX乡人民政府和某某局联合开展执法检查。',
      errors: [
        { messageId: 'placeholder', data: { placeholder: '××' }, line: 1, column: 1, endColumn: 3, text: '××' },
        { messageId: 'placeholder', data: { placeholder: 'XX' }, line: 1, column: 8, endColumn: 10, text: 'XX' },
        { messageId: 'placeholder', data: { placeholder: '某某' }, line: 1, column: 16, endColumn: 18, text: '某某' },
      ],
    },
    {
      name: 'a masked count and a masked date are one finding each',
      code: '全年共召开常务会议*次,于xx月xx日开展集中学法。',
      errors: [
        { messageId: 'placeholder', data: { placeholder: '*', context: '年共召开常务会议*次,于xx月xx' }, column: 10, endColumn: 11 },
        { messageId: 'placeholder', data: { placeholder: 'xx月xx日' }, column: 14, endColumn: 20, text: 'xx月xx日' },
      ],
    },
    {
      name: 'full-width masks, circles and blanks',
      code: '○○镇完成ＸＸ项任务,培训____人次。',
      errors: [
        { messageId: 'placeholder', text: '○○' },
        { messageId: 'placeholder', text: 'ＸＸ' },
        { messageId: 'placeholder', text: '____' },
      ],
    },
    {
      name: 'to-do marks',
      code: '典型案例:[待填写]。此处插入图表。FIXME',
      errors: [
        { messageId: 'todo', data: { placeholder: '[待填写]' }, column: 6, endColumn: 11 },
        { messageId: 'todo', data: { placeholder: '此处插入' }, column: 12, endColumn: 16 },
        { messageId: 'todo', data: { placeholder: 'FIXME' }, column: 19, endColumn: 24 },
      ],
    },
    {
      name: 'the allow list does not hide other findings',
      code: '开展“XX进万家”活动,覆盖XX个村。',
      options: { allow: ['“XX进万家”'] },
      errors: [{ messageId: 'placeholder', column: 15, endColumn: 17, text: 'XX' }],
    },
    {
      name: 'English messages',
      code: '××局',
      locale: 'en',
      errors: [{ messageId: 'placeholder', data: { placeholder: '××', context: '××局' } }],
    },
  ],
});

describe('no-placeholder skips page furniture', () => {
  it('a template field in the furniture is not report text', async () => {
    const { lintText } = await import('../../src/engine/lint.js');
    const text = '嘉祥县2023年度法治政府建设报告\n\n索引号: XX 发布机构: 嘉祥县司法局\n\n2023年,嘉祥县统筹推进法治政府建设。\n';
    const { messages } = await lintText(text, { format: 'text', rules: [['no-placeholder', { rule, setting: { severity: 'error', options: { allow: [] } } }]] });
    expect(messages).toEqual([]);
  });
});

describe('no-placeholder: Markdown emphasis marks and empty brackets', () => {
  const lint = async (text: string, format: 'text' | 'markdown') => {
    const { lintText } = await import('../../src/engine/lint.js');
    const { messages } = await lintText(text, { format, rules: [['no-placeholder', { rule, setting: { severity: 'error', options: { allow: [] } } }]] });
    return messages.map((m) => [m.messageId, m.severity, text.split('\n')[m.line - 1].slice(m.column - 1, m.endColumn - 1)]);
  };

  it('bold run-in headings in Markdown are formatting, not placeholders', async () => {
    const md = '## 一、主要举措\n\n**全面落实法治建设第一责任人职责。**街道党工委坚持依法决策。\n\n**深化执法改革，**全年办理案件52件。\n';
    expect(await lint(md, 'markdown')).toEqual([]);
  });

  it('an unclosed ** in Markdown is at most info; between Chinese characters it is still a mask', async () => {
    const md = '**一是加强党的领导。县委常委会听取汇报3次。\n\n全年开展法治讲座**次。\n';
    expect(await lint(md, 'markdown')).toEqual([
      ['emphasis', 'info', '**'],
      ['placeholder', 'error', '**'],
    ]);
  });

  it('the same ** in plain text stays a placeholder (「**县」)', async () => {
    expect(await lint('**县人民政府2023年度法治政府建设情况报告\n', 'text')).toEqual([['placeholder', 'error', '**']]);
  });

  it('empty 【】 (also with spaces) is a placeholder; 【】 around words is not', async () => {
    const txt = '全年收到复议申请【】件，审结【 】件。【】月【】日召开会议。【工作亮点】全县推行一支队伍管执法。\n';
    expect(await lint(txt, 'text')).toEqual([
      ['placeholder', 'error', '【】'],
      ['placeholder', 'error', '【 】'],
      ['placeholder', 'error', '【】月【】日'],
    ]);
  });
});
