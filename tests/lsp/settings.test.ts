import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../src/lsp/settings.js';

describe('normaliseSettings', () => {
  it('fills what an editor leaves out from the defaults', () => {
    expect(normaliseSettings(undefined)).toEqual({ enable: true, configPath: null, run: 'onType', debounce: 150, ignore: true });
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ run: 'onSave' })).toEqual({ ...DEFAULT_SETTINGS, run: 'onSave' });
  });

  it('ignores values of the wrong type or out of range, and keeps the base for them', () => {
    const base = { enable: false, configPath: 'cfg/fzlint.json', run: 'onSave' as const, debounce: 300, ignore: false };
    expect(normaliseSettings({ enable: 'yes', run: 'sometimes', debounce: -5, configPath: 3, ignore: 'no' }, base)).toEqual(base);
    expect(normaliseSettings({ debounce: 1e9 }).debounce).toBe(5000);
  });

  it('an empty or null configPath means "search as the CLI does"', () => {
    const base = { ...DEFAULT_SETTINGS, configPath: 'x.json' };
    expect(normaliseSettings({ configPath: '' }, base).configPath).toBeNull();
    expect(normaliseSettings({ configPath: null }, base).configPath).toBeNull();
    expect(normaliseSettings({ configPath: '  ./fzlint.config.json ' }, base).configPath).toBe('./fzlint.config.json');
  });
});
