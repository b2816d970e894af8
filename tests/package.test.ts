import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the published package', () => {
  it('is self-contained: no runtime dependencies (the bundles inline them), entry points in dist/bundle', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.main).toBe('dist/bundle/index.js');
    expect(JSON.stringify(pkg.exports)).toContain('./dist/bundle/testing.js');
    for (const bin of ['bin/fzlint.js', 'bin/fzlint-lsp.js']) expect(readFileSync(path.join(ROOT, bin), 'utf8')).toContain('../dist/bundle/');
  });

  it('names its license, repository, homepage, bugs and keywords; ships LICENSE', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/fzlint/fzlint.git' });
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/fzlint\/fzlint/);
    expect(pkg.bugs).toEqual({ url: 'https://github.com/fzlint/fzlint/issues' });
    expect((pkg.keywords as string[]).length).toBeGreaterThan(3);
  });

  it('packs the bundles, declarations, schema, rule docs and data, and no second copy of the code (dist/src/*.js)', () => {
    const p = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    const files = (JSON.parse(p.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('schema/config.schema.json');
    expect(files).toContain('rules/consistent-rate.md');
    expect(files).toContain('docs/plugins.md');
    expect(files.filter((f) => f.startsWith('dist/src/') && f.endsWith('.js'))).toEqual([]);
    expect(files.some((f) => f.startsWith('dist/src/') && f.endsWith('.d.ts'))).toBe(true);
    if (files.some((f) => f.startsWith('dist/bundle/'))) {
      for (const entry of ['cli', 'lsp-server', 'worker', 'index', 'testing']) expect(files).toContain(`dist/bundle/${entry}.js`);
      // the law index prepared at build time (src/linter/resources.ts prebuiltLaws; issue 22, cold start)
      expect(files).toContain('dist/bundle/laws-index.json');
    }
  });
});
