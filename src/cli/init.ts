import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale } from '../engine/types.js';
import { msg } from './messages.js';

export interface InitAnswers {
  preset?: string;
  reportYear?: string | number;
  locale?: string;
}

export class InitError extends Error {}

/** The questions --init asks for what no flag answered; `lines` yields the user's answers (one a line). */
async function ask(answers: InitAnswers, useDefaults: boolean, locale: Locale, input: NodeJS.ReadableStream, prompt: (s: string) => void): Promise<Required<InitAnswers>> {
  const out = { ...answers } as Required<InitAnswers>;
  const need = (k: keyof InitAnswers) => out[k] === undefined && !useDefaults;
  if (need('preset') || need('reportYear') || need('locale')) {
    const rl = createInterface({ input, terminal: false });
    const it = rl[Symbol.asyncIterator]();
    const next = async (q: string): Promise<string> => {
      prompt(q);
      const r = await it.next();
      return r.done ? '' : String(r.value).trim();
    };
    try {
      if (need('preset')) out.preset = await next(msg(locale, 'initAskPreset'));
      if (need('reportYear')) out.reportYear = await next(msg(locale, 'initAskYear'));
      if (need('locale')) out.locale = await next(msg(locale, 'initAskLocale'));
    } finally {
      rl.close();
    }
  }
  return out;
}

function presetOf(v: string | undefined, locale: Locale): 'recommended' | 'strict' {
  const s = (v ?? '').trim().toLowerCase().replace(/^fzlint:/, '');
  if (s === '' || s === '1' || s === 'recommended') return 'recommended';
  if (s === '2' || s === 'strict') return 'strict';
  throw new InitError(msg(locale, 'initBadPreset', String(v)));
}

function yearOf(v: string | number | undefined, locale: Locale): number | undefined {
  const s = String(v ?? '').trim();
  if (s === '') return undefined;
  const n = Number(s);
  if (!/^\d{4}$/.test(s) || n < 1990 || n > 2100) throw new InitError(msg(locale, 'initBadYear', s));
  return n;
}

function localeOf(v: string | undefined, locale: Locale): Locale {
  const s = (v ?? '').trim().toLowerCase();
  if (s === '' || s === 'zh') return 'zh';
  if (s === 'en') return 'en';
  throw new InitError(msg(locale, 'initBadLocale', String(v)));
}

/** The starter config: JSON with comments, every setting explained (in the chosen language). */
export function starterConfig(a: { preset: 'recommended' | 'strict'; reportYear?: number; locale: Locale; schema?: string }): string {
  const zh = a.locale === 'zh';
  const c = (z: string, e: string) => `  // ${zh ? z : e}\n`;
  let s = '{\n';
  s += c('fzlint 配置文件：JSON 格式，可以写注释（// …）和结尾逗号。', 'fzlint configuration: JSON with comments (// …) and trailing commas.');
  if (a.schema) s += c('$schema 让编辑器补全规则名和规则选项。', '$schema lets editors complete rule ids and rule options.') + `  "$schema": ${JSON.stringify(a.schema)},\n`;
  s += c('起始预设："fzlint:recommended"（推荐规则）或 "fzlint:strict"（全部规则）。', 'Preset to start from: "fzlint:recommended" or "fzlint:strict" (every rule).');
  s += `  "extends": "fzlint:${a.preset}",\n`;
  s += c('报告年度：仅在正文（标题或开头）没有写明年度时使用；正文写明的年度优先。', 'Report year: used only when the text (title or opening) does not state the year; a year the text states wins.');
  s += a.reportYear === undefined ? `  // "reportYear": ${new Date().getFullYear() - 1},\n` : `  "reportYear": ${a.reportYear},\n`;
  s += c('消息语言：zh（中文）或 en（英文）。', 'Language of messages: zh (Chinese) or en (English).');
  s += `  "locale": "${a.locale}",\n`;
  s += c('逐条调整规则："off" 关闭；"info"、"warn"、"error" 设定级别；或 ["warn", { 选项 }]。', 'Per-rule settings: "off"; a level "info", "warn", "error"; or ["warn", { options }].');
  s += `  "rules": {\n    // "consistent-rate": ["warn", { "checkQualified": false }],\n  },\n`;
  s += c('不检查的文件（.gitignore 语法，相对本文件所在目录）。', 'Files not to lint (.gitignore syntax, relative to this file’s directory).');
  s += `  "ignorePatterns": [\n    // "drafts/",\n  ],\n`;
  s += '}\n';
  return s;
}

/** --init: ask, then write fzlint.config.json in cwd (never over an existing one). Returns the file written. */
export async function runInit(
  cwd: string,
  given: InitAnswers,
  opts: { yes: boolean; locale: Locale; input: NodeJS.ReadableStream; prompt: (s: string) => void },
): Promise<string> {
  const file = path.join(cwd, 'fzlint.config.json');
  if (existsSync(file)) throw new InitError(msg(opts.locale, 'initExists', file));
  const a = await ask(given, opts.yes, opts.locale, opts.input, opts.prompt);
  const preset = presetOf(a.preset, opts.locale);
  const reportYear = yearOf(a.reportYear, opts.locale);
  const locale = localeOf(a.locale, opts.locale);
  const local = path.join(cwd, 'node_modules/fzlint/schema/config.schema.json');
  const schema = existsSync(local) ? './node_modules/fzlint/schema/config.schema.json' : undefined;
  writeFileSync(file, starterConfig({ preset, reportYear, locale, schema }), { flag: 'wx' });
  return file;
}
