/** Every rule has its set: page, fixtures, metadata in both languages, a strict options schema. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ROOT } from './helpers/seeds.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule metadata', () => {
  it('rules/index.ts lists every rule file and nothing else', () => {
    const files = readdirSync(path.join(ROOT, 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(rules).sort()).toEqual(files);
  });

  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      it('has a kebab-case id matching its key and a conventional prefix', () => {
        expect(rule.meta.id).toBe(id);
        expect(id).toMatch(/^(require|no|consistent|valid|preferred)-[a-z0-9-]+$/);
      });
      it('has descriptions and messages in zh and en with the same placeholders', () => {
        expect(rule.meta.description.zh).toBeTruthy();
        expect(rule.meta.description.en).toBeTruthy();
        for (const [mid, m] of Object.entries(rule.meta.messages)) {
          expect(m.zh, `${mid}.zh`).toBeTruthy();
          expect(m.en, `${mid}.en`).toBeTruthy();
          // the two languages may word numbers differently (第三部分 / part 3), but use only \w+ names
          for (const p of [...placeholders(m.zh), ...placeholders(m.en)]) expect(p).toMatch(/^\w+$/);
        }
      });
      it('has a strict options schema with a description on every property', () => {
        expect(rule.meta.schema.type).toBe('object');
        expect(rule.meta.schema.additionalProperties).toBe(false);
        const props = (rule.meta.schema.properties ?? {}) as Record<string, { description?: string }>;
        for (const [k, p] of Object.entries(props)) expect(p.description, k).toBeTruthy();
        for (const k of Object.keys(rule.meta.defaultOptions as object)) expect(props, `default for unknown option ${k}`).toHaveProperty(k);
      });
      it('has a documentation page with examples', () => {
        const page = path.join(ROOT, 'rules', `${id}.md`);
        expect(existsSync(page), page).toBe(true);
        const text = readFileSync(page, 'utf8');
        expect(text).toMatch(/^# /);
        expect(text).toContain('❌');
        expect(text).toContain('✅');
        expect(rule.meta.url).toContain(`${id}.md`);
      });
      it('has must-flag and must-stay-silent fixtures', () => {
        const dir = path.join(ROOT, 'fixtures', id);
        for (const kind of ['valid', 'invalid']) {
          const d = path.join(dir, kind);
          expect(existsSync(d), d).toBe(true);
          expect(readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).length, d).toBeGreaterThan(0);
        }
      });
    });
  }

  it('every fixture folder belongs to a rule', () => {
    for (const d of readdirSync(path.join(ROOT, 'fixtures'))) expect(rules, d).toHaveProperty(d);
  });
});
