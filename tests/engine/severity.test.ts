import { describe, expect, it } from 'vitest';
import { resolveSeverity } from '../../src/engine/run.js';

describe('resolveSeverity', () => {
  it('a finding without a grade takes the configured level', () => {
    expect(resolveSeverity('warn', 'error', undefined)).toBe('warn');
    expect(resolveSeverity('error', 'warn', undefined)).toBe('error');
  });
  it('info findings stay info whatever the level', () => {
    for (const level of ['info', 'warn', 'error'] as const) expect(resolveSeverity(level, 'error', 'info')).toBe('info');
  });
  it('at the default level a finding keeps its own grade, higher or lower', () => {
    expect(resolveSeverity('warn', 'warn', 'error')).toBe('error');
    expect(resolveSeverity('error', 'error', 'warn')).toBe('warn');
  });
  it('a level chosen in the config applies to every graded finding', () => {
    expect(resolveSeverity('error', 'warn', 'warn')).toBe('error');
    expect(resolveSeverity('warn', 'error', 'error')).toBe('warn');
    expect(resolveSeverity('info', 'warn', 'error')).toBe('info');
  });
});
