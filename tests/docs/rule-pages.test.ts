/**
 * Docs are tests: every rule page (rules/<id>.md) is checked against its rule.
 * - Every fenced block says what it is in its info string: ```text invalid, ```text valid, ```markdown valid,
 *   ```text other (another report of the same run, handed to the next example: cross-document rules),
 *   ```json config (a config whose options for the rule must validate), ```sh command (not run).
 *   An example may add `year=2023` (the report year), `file=name.md` (file name and format),
 *   `excerpt=fixtures/…` (the block is an excerpt of that file, every piece between … is in it, and the
 *   whole file is what runs: for rules that need whole reports) and, last, `options={…}` (JSON, the rule's
 *   options for this example). ```json config apply: its options for the rule apply to the examples after it.
 * - An invalid example gives at least one finding of the rule, a valid one none (at the rule's default level).
 * - The line under the title is `meta.description.zh · meta.description.en`.
 * - The default severity, fixability and the options table agree with `meta`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Nodes, Paragraph, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { nodeResources } from '../../src/linter/resources.js';
import { validateRuleOptions } from '../../src/config/validate.js';
import { prepare } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run.js';
import type { AnyRule } from '../../src/engine/types.js';
import type { Report } from '../../src/model/report.js';
import { formatOf } from '../../src/parse/index.js';
import { ROOT } from '../helpers/seeds.js';

const VERDICTS = ['valid', 'invalid', 'other', 'config', 'command'] as const;
type Verdict = (typeof VERDICTS)[number];

export interface Block {
  line: number;
  /** A config block marked `config apply`: its options for the rule apply to the examples after it. */
  apply?: boolean;
  lang: string;
  verdict: Verdict | undefined;
  year?: number;
  file?: string;
  options?: Record<string, unknown>;
  excerpt?: string;
  code: string;
}

export function readPage(id: string): { root: Root; text: string } {
  const text = readFileSync(path.join(ROOT, 'rules', `${id}.md`), 'utf8');
  return { root: unified().use(remarkParse).parse(text) as Root, text };
}

export function blocks(root: Root, source: string): Block[] {
  return root.children
    // fenced blocks only: an indented block is a formula or an aside, not an example
    .filter((n): n is Code => n.type === 'code' && n.position !== undefined && source.slice(n.position.start.offset).startsWith('```'))
    .map((n) => {
      const meta = n.meta ?? '';
      const [verdict, ...rest] = meta.split(/\s+/);
      const b: Block = {
        line: n.position!.start.line,
        lang: n.lang ?? '',
        verdict: (VERDICTS as readonly string[]).includes(verdict) ? (verdict as Verdict) : undefined,
        code: n.value + '\n',
      };
      const opt = meta.indexOf('options=');
      if (opt >= 0) b.options = JSON.parse(meta.slice(opt + 'options='.length));
      for (const kv of rest) {
        if (kv.startsWith('options=')) break;
        const [k, v] = kv.split('=');
        if (k === 'apply' && b.verdict === 'config') b.apply = true;
        else if (k === 'year') b.year = Number(v);
        else if (k === 'file') b.file = v;
        else if (k === 'excerpt') b.excerpt = v;
        else throw new Error(`line ${b.line}: unknown attribute ${kv}`);
      }
      return b;
    });
}

/** The text an example runs on: the block, or the fixture file it is an excerpt of (each piece between … checked). */
function source(b: Block, fallback: string): { code: string; file: string } {
  if (!b.excerpt) return { code: b.code, file: b.file ?? fallback };
  const code = readFileSync(path.join(ROOT, b.excerpt), 'utf8');
  const pieces = b.code.split(/…|\n/).map((x) => x.trim()).filter(Boolean);
  const missing = pieces.filter((x) => !code.includes(x));
  if (missing.length) throw new Error(`line ${b.line}: not in ${b.excerpt}: ${missing.join(' / ')}`);
  return { code, file: b.file ?? path.basename(b.excerpt) };
}

async function lintBlock(id: string, rule: AnyRule, b: Block, others: Block[], applied: Record<string, unknown>) {
  const { code, file } = source(b, b.lang === 'markdown' ? 'example.md' : 'example.txt');
  const report = await prepare(code, formatOf(file) ?? 'text', file, b.year);
  const otherReports: Report[] = [];
  for (const o of others) {
    const other = source(o, 'other.txt');
    otherReports.push(await prepare(other.code, formatOf(other.file) ?? 'text', other.file, o.year));
  }
  if (b.options) validateRuleOptions(rule, id, b.options, `rules/${id}.md`, `line ${b.line}`);
  const options = { ...(rule.meta.defaultOptions as object), ...applied, ...(b.options ?? {}) };
  const messages = runRules(report, [[id, { rule, setting: { severity: rule.meta.severity, options } }]], { others: otherReports, resources: nodeResources() });
  const internal = messages.find((m) => m.internal);
  if (internal) throw new Error(`rule crashed on the example at line ${b.line}: ${internal.reason}`);
  return messages.filter((m) => m.ruleId === id);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a node, inline code kept in backticks (as a page shows `"top"`), strong and emphasis plain. */
function toString(node: Nodes): string {
  if (node.type === 'inlineCode') return '`' + node.value + '`';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toString).join(node.type === 'list' ? '\n' : '');
  return '';
}

/** Rows of the first pipe table in some lines (CommonMark reads tables as paragraphs; the rows are simple). */
function tableRows(lines: string[]): string[][] {
  const rows = lines.filter((l) => l.startsWith('|'));
  return rows
    .slice(2)
    .map((l) => l.slice(1, l.lastIndexOf('|')).split(/(?<!\\)\|/).map((c) => norm(c)));
}

/** The options table's type column against the schema: enum lists, arrays, scalars. */
function typeAgrees(cell: string, schema: Record<string, unknown>): boolean {
  const c = cell.replace(/\\\|/g, '|');
  if (Array.isArray(schema.enum)) {
    const listed = [...c.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    return JSON.stringify(listed.sort()) === JSON.stringify([...(schema.enum as string[])].sort());
  }
  switch (schema.type) {
    case 'array':
      return /\[\]|array/.test(c);
    case 'integer':
    case 'number':
      return /^(number|integer)/.test(c);
    default:
      return c.startsWith(String(schema.type));
  }
}

describe('rule pages are tests', () => {
  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      const { root, text } = readPage(id);
      const all = blocks(root, text);

      it('every block is marked valid, invalid, other, config or command', () => {
        const unmarked = all.filter((b) => !b.verdict).map((b) => `line ${b.line}: \`\`\`${b.lang}`);
        expect(unmarked).toEqual([]);
        for (const b of all.filter((b) => b.verdict === 'command')) expect(b.lang, `line ${b.line}`).toBe('sh');
        expect(all.some((b) => b.verdict === 'invalid'), 'at least one invalid example').toBe(true);
        expect(all.some((b) => b.verdict === 'valid'), 'at least one valid example').toBe(true);
      });

      let others: Block[] = [];
      let applied: Record<string, unknown> = {};
      for (const b of all) {
        if (b.apply) {
          const setting = (JSON.parse(b.code) as { rules?: Record<string, unknown> }).rules?.[id];
          applied = Array.isArray(setting) && setting[1] ? (setting[1] as Record<string, unknown>) : {};
        }
        if (b.verdict === 'other') {
          others.push(b);
          continue;
        }
        if (b.verdict === 'valid' || b.verdict === 'invalid') {
          const context = others;
          const options = applied;
          others = [];
          it(`line ${b.line}: the ${b.verdict} example gives ${b.verdict === 'valid' ? 'no finding' : 'a finding'}`, async () => {
            const found = await lintBlock(id, rule, b, context, options);
            const list = found.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId} ${m.reason}`);
            if (b.verdict === 'valid') expect(list, `${b.code}`).toEqual([]);
            else expect(found.length, `no finding on:\n${b.code}`).toBeGreaterThan(0);
          });
        }
        if (b.verdict === 'config') {
          it(`line ${b.line}: the config's options for ${id} validate`, () => {
            const config = JSON.parse(b.code) as { rules?: Record<string, unknown> };
            const setting = config.rules?.[id];
            expect(setting, `the config block names ${id}`).toBeDefined();
            if (Array.isArray(setting) && setting.length > 1) validateRuleOptions(rule, id, setting[1], `rules/${id}.md`, `line ${b.line}`);
          });
        }
      }

      it('states meta.description (zh · en) under its title', () => {
        const first = root.children.find((n): n is Paragraph => n.type === 'paragraph');
        expect(norm(toString(first!))).toBe(norm(`${rule.meta.description.zh} · ${rule.meta.description.en}`));
      });

      it('states the default severity and fixability of meta', () => {
        const items = root.children.find((n) => n.type === 'list');
        const text = norm(toString(items!));
        const severity = /Default severity: (\w+)/.exec(text)?.[1];
        expect(severity, text).toBe(rule.meta.severity);
        if (rule.meta.optIn) expect(text).toMatch(/off by default/);
        if (rule.meta.recommended === false) expect(text).toMatch(/not in `?fzlint:recommended/);
        else if (!rule.meta.optIn) expect(text).toMatch(/fzlint:recommended|Default severity: \S+$|Default severity: \S+[;\s]/);
        const fixable = /Fixable: (yes|no)/.exec(text)?.[1];
        expect(fixable, text).toBe(rule.meta.fixable ? 'yes' : 'no');
      });

      it('lists exactly the options of meta.schema, with their types and defaults', () => {
        const lines = text.split('\n');
        const start = lines.findIndex((l) => /^## .*Options/.test(l));
        expect(start, 'an Options section').toBeGreaterThanOrEqual(0);
        const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
        const section = lines.slice(start + 1, next < 0 ? undefined : next);
        const props = (rule.meta.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
        const rows = tableRows(section);
        if (!Object.keys(props).length) {
          expect(rows).toEqual([]);
          expect(section.find((l) => l.trim())).toMatch(/^None\b/);
          return;
        }
        const defaults = rule.meta.defaultOptions as Record<string, unknown>;
        const unquote = (cell: string) => cell.replace(/^`(.*)`$/, '$1');
        const documented = rows.map((r) => unquote(r[0])).filter((n) => !n.includes('[].'));
        expect(documented.sort()).toEqual(Object.keys(props).sort());
        for (const [cell, type, def] of rows) {
          const name = unquote(cell);
          const [top, sub] = name.split('[].');
          const schema = sub ? ((props[top].items as Record<string, unknown>).properties as Record<string, Record<string, unknown>>)[sub] : props[name];
          expect(schema, `${name} in the schema`).toBeDefined();
          expect(typeAgrees(type, schema), `${name}: type column "${type}" vs ${JSON.stringify(schema)}`).toBe(true);
          if (!sub) expect(def, `${name}: default`).toBe(defaults[name] === undefined ? '—' : '`' + JSON.stringify(defaults[name]) + '`');
        }
      });
    });
  }
});
