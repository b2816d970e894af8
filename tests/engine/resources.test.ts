import { describe, expect, it } from 'vitest';
import rule from '../../rules/valid-law-title.js';
import { runRules, resourcesNeeded, type ConfiguredRule } from '../../src/engine/run.js';
import { prepare } from '../../src/engine/lint.js';
import { LawIndex, parseLawsTsv } from '../../src/laws/index.js';
import { nodeResources, resourcesFor } from '../../src/linter/resources.js';

// Rule resources (issue 17): a rule declares what it reads besides the report; the host fills it.
const configured: ConfiguredRule = { rule, setting: { severity: 'warn', options: { ...rule.meta.defaultOptions } } };
const TEXT = '某县2023年度法治政府建设工作报告\n组织学习《中华人民共和国预防未成年犯罪法》。\n';

describe('rule resources', () => {
  it('valid-law-title declares the law list', () => {
    expect(rule.meta.resources).toEqual(['laws']);
    expect([...resourcesNeeded([configured])]).toEqual(['laws']);
  });

  it('a host that does not supply a declared resource gets an internal error naming it, not a silent pass', async () => {
    const report = await prepare(TEXT, 'text', 'r.txt');
    const messages = runRules(report, [['valid-law-title', configured]]);
    expect(messages).toHaveLength(1);
    expect(messages[0].internal).toBe(true);
    expect(messages[0].ruleId).toBe('valid-law-title');
    expect(messages[0].reason).toContain('"laws"');
  });

  it('the rule reads the list the host gives it, whatever its source', async () => {
    const report = await prepare(TEXT, 'text', 'r.txt');
    const fromDisk = runRules(report, [['valid-law-title', configured]], { resources: nodeResources() });
    expect(fromDisk.map((m) => m.messageId)).toEqual(['unknownTitle']);
    // a host with a list of its own (as the web page bundles one): here a list that knows no law at all
    const empty = new LawIndex(parseLawsTsv('title\tshort\tkind\tstatus\tnote\tsource\n'));
    expect(runRules(report, [['valid-law-title', configured]], { resources: { laws: empty } }).map((m) => m.messageId)).toEqual(['notFound']);
  });

  it('the Node host loads only what enabled rules declare', () => {
    expect(resourcesFor([])).toEqual({});
    expect(resourcesFor([configured]).laws).toBeInstanceOf(LawIndex);
  });
});
