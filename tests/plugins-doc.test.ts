import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath } from './helpers/seeds.js';
import { decode } from '../src/parse/index.js';

/** The files docs/plugins.md gives (a fenced block after `<!-- file: name -->`), exactly as written there. */
function docFiles(): Record<string, string> {
  const doc = readFileSync(path.join(ROOT, 'docs/plugins.md'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of doc.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```\n/g)) out[m[1]] = m[2] + '\n';
  return out;
}

const built = existsSync(path.join(ROOT, 'dist/bundle/cli.js')) && existsSync(path.join(ROOT, 'dist/bundle/testing.js'));

describe('docs/plugins.md: the example runs in a scratch CommonJS project (npm init -y)', () => {
  it.skipIf(!built)('the .mjs plugin loads, reports and fixes; its RuleTester test passes under node --test', () => {
    const files = docFiles();
    expect(Object.keys(files).sort()).toEqual(['fzlint-plugin-county.mjs', 'fzlint-plugin-county.test.mjs', 'fzlint.config.json']);
    const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-plugin-doc-'));
    const init = spawnSync('npm', ['init', '-y'], { cwd: dir, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { type?: string };
    expect(pkg.type === undefined || pkg.type === 'commonjs').toBe(true);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    // fzlint as the project would have it installed (node_modules/fzlint)
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules/fzlint'), 'dir');
    const report = decode(readFileSync(seedPath('000'))).text.trimEnd() + '\n\n县政府一把手带头讲法。\n';
    writeFileSync(path.join(dir, '报告.txt'), report);

    const bin = path.join(ROOT, 'bin/fzlint.js');
    const lint = spawnSync(process.execPath, [bin, '-f', 'json', '报告.txt'], { cwd: dir, encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    const [r] = JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[];
    const found = r.messages.filter((m) => m.ruleId === 'county/no-colloquial-title');
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.message).toBe('「一把手」是口语称谓，正式报告宜写作“主要负责人”');

    const dry = spawnSync(process.execPath, [bin, '--fix-dry-run', '报告.txt'], { cwd: dir, encoding: 'utf8' });
    expect(dry.stdout).toContain('-县政府一把手带头讲法。');
    expect(dry.stdout).toContain('+县政府主要负责人带头讲法。');

    const test = spawnSync(process.execPath, ['--test', 'fzlint-plugin-county.test.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toMatch(/# pass [1-9]/);
    expect(test.stdout).toMatch(/# fail 0/);
  }, 60_000);
});
