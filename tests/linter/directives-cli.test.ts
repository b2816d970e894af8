import { describe, expect, it } from 'vitest';
import { seedText } from '../helpers/seeds.js';
import { parse, run, tmp, write } from './helpers.js';

/** Seed 002 (水磨沟区 2024) as Markdown: one paragraph per line. It lacks part 3 (error) and part 5 (info). */
const MD = seedText('002')
  .split('\n')
  .filter((l) => l.trim())
  .join('\n\n');

function repo(text: string, name = 'report.md'): string {
  const dir = tmp('fzlint-directives-');
  write(dir, 'fzlint.config.json', JSON.stringify({ extends: [], rules: { 'require-sections': 'error' } }));
  write(dir, name, text);
  return dir;
}

const sections = (stdout: string) => parse(stdout)[0].messages.map((m) => [m.ruleId, m.messageId, m.data?.part ?? m.data?.ruleId ?? null, m.line]);

describe('directives through the CLI', () => {
  it('a disable-next-line above the first line turns require-sections off; exit 0', async () => {
    const dir = repo(`<!-- fzlint-disable-next-line require-sections -- 第一责任人情况另行专题报告 -->\n${MD}`);
    const r = await run(['--format', 'json', 'report.md'], dir);
    expect(sections(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('--no-inline-config ignores it: the findings come back', async () => {
    const dir = repo(`<!-- fzlint-disable-next-line require-sections -->\n${MD}`);
    const r = await run(['--format', 'json', '--no-inline-config', 'report.md'], dir);
    expect(sections(r.stdout)).toEqual([
      ['require-sections', 'missingPart', 3, 2],
      ['require-sections', 'missingPart', 5, 2],
    ]);
    expect(r.code).toBe(1);
  });

  it('--report-unused-directives warns about a directive that suppresses nothing', async () => {
    const dir = repo(`${MD}\n\n<!-- fzlint-disable-next-line require-sections -->\n\n结束。\n`);
    const plain = await run(['--format', 'json', 'report.md'], dir);
    expect(sections(plain.stdout).filter((m) => m[0] === 'directives')).toEqual([]);
    const r = await run(['--format', 'json', '--report-unused-directives', 'report.md'], dir);
    const unused = sections(r.stdout).filter((m) => m[0] === 'directives');
    expect(unused).toEqual([['directives', 'unusedRule', 'require-sections', MD.split('\n').length + 2]]);
    expect(parse(r.stdout)[0].messages.find((m) => m.ruleId === 'directives')!.severity).toBe(1);
    expect((await run(['--report-unused-directives', '--max-warnings', '0', 'report.md'], dir)).code).toBe(1);
  });

  it('in plain text a comment is just text: no directive, and no word about it', async () => {
    const dir = repo(`<!-- fzlint-disable-file -->\n${seedText('002')}`, 'report.txt');
    const r = await run(['--format', 'json', '--report-unused-directives', 'report.txt'], dir);
    expect(sections(r.stdout).map((m) => m[0])).toEqual(['require-sections', 'require-sections']);
  });

  it('plugin rule ids are known to directives', async () => {
    const dir = repo(`<!-- fzlint-disable-file demo/nothing, demo/nothin -->\n${MD}`);
    write(
      dir,
      'demo.mjs',
      `export default { rules: { nothing: { meta: { id: 'nothing', optIn: true, type: 'suggestion', description: { zh: '无', en: 'none' }, severity: 'warn', schema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {}, messages: {} }, check() {} } } };`,
    );
    write(dir, 'fzlint.config.json', JSON.stringify({ extends: [], plugins: ['./demo.mjs'], rules: { 'require-sections': 'error' } }));
    const r = await run(['--format', 'json', 'report.md'], dir);
    expect(sections(r.stdout).filter((m) => m[0] === 'directives')).toEqual([['directives', 'unknownRuleSuggest', 'demo/nothin', 1]]);
  });
});
