/**
 * Runs every fixture under fixtures/<rule-id>/{valid,invalid}/ through the
 * RuleTester. A fixture is a report file (.txt, .md); an invalid one has a
 * sibling <name>.json: { "errors": [...], "options"?, "reportYear"?, "output"? }.
 * A valid one may have a <name>.json with options too. "others": [{ "file": "../previous/x.txt" }]
 * names other reports of the run (relative to the case), for cross-document rules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RuleTester, type InvalidCase, type ValidCase } from '../src/testing/index.js';
import { rules } from '../rules/index.js';
import { ROOT } from './helpers/seeds.js';

const FIXTURES = path.join(ROOT, 'fixtures');
const REPORT_EXT = /\.(txt|md|markdown)$/;

function cases(dir: string): { file: string; code: string; extra: Record<string, unknown> }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => REPORT_EXT.test(f))
    .sort()
    .map((f) => {
      const json = path.join(dir, f.replace(REPORT_EXT, '.json'));
      const extra = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>) : {};
      // "others": [{ "file": "../previous/x.txt" }] — other reports of the run, for cross-document rules
      if (Array.isArray(extra.others)) {
        extra.others = (extra.others as { file: string }[]).map((o) => ({ code: readFileSync(path.resolve(dir, o.file), 'utf8'), filename: path.basename(o.file) }));
      }
      return { file: f, code: readFileSync(path.join(dir, f), 'utf8'), extra };
    });
}

const tester = new RuleTester();
for (const id of readdirSync(FIXTURES).sort()) {
  const rule = rules[id];
  if (!rule) continue; // the meta test reports fixture folders without a rule
  const valid: ValidCase[] = cases(path.join(FIXTURES, id, 'valid')).map(({ file, code, extra }) => ({
    name: `valid/${file}`,
    code,
    filename: file,
    ...(extra as Partial<ValidCase>),
  }));
  const invalid: InvalidCase[] = cases(path.join(FIXTURES, id, 'invalid')).map(({ file, code, extra }) => {
    if (!extra.errors) throw new Error(`fixtures/${id}/invalid/${file} needs a sibling .json with "errors"`);
    return { name: `invalid/${file}`, code, filename: file, ...(extra as unknown as Partial<InvalidCase>), errors: extra.errors as InvalidCase['errors'] };
  });
  tester.run(`fixtures/${id}`, rule, { valid, invalid });
}
