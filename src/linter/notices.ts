import path from 'node:path';
import type { Locale } from '../engine/types.js';
import { escapeControls } from '../format/util.js';

/**
 * What a run did not do, said once each on stderr (and in SARIF as tool execution notifications):
 * configs found inside linted folders and not applied, entries a directory walk did not check
 * (symbolic links, special files, unreadable folders) and files skipped by type. Nothing is skipped
 * in silence. Kept apart from the results: these are not findings about any report.
 */
export interface Notice {
  kind: 'ignored-config' | 'symlink' | 'special' | 'unreadable' | 'dangling' | 'skipped-files';
  /** The path concerned (absolute), when there is one. */
  file?: string;
  zh: string;
  en: string;
}

/** The checkable extensions list lives in parse/format.ts (LINTABLE_EXTENSIONS); this only counts what it leaves out. */
export class Notices {
  private readonly list: Notice[] = [];
  private readonly seen = new Set<string>();
  /** Files a walk did not check by their extension: ".xls" → count ("" for none). */
  readonly skippedByExtension = new Map<string, number>();

  add(n: Notice): void {
    const key = `${n.kind}\0${n.file ?? ''}\0${n.en}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(n);
  }

  /** A file a walk did not check, counted by its extension (or by `label`). */
  skipFile(name: string, label?: string): void {
    const ext = label ?? path.extname(name).toLowerCase();
    this.skippedByExtension.set(ext, (this.skippedByExtension.get(ext) ?? 0) + 1);
  }

  /** Every notice, the summary of skipped files last. */
  all(): Notice[] {
    const out = [...this.list];
    const total = [...this.skippedByExtension.values()].reduce((a, b) => a + b, 0);
    if (total) {
      const parts = [...this.skippedByExtension].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const zhParts = parts.map(([ext, n]) => `${ext || '无扩展名'} ${n}`).join('、');
      const enParts = parts.map(([ext, n]) => `${ext || 'no extension'} ${n}`).join(', ');
      out.push({
        kind: 'skipped-files',
        zh: `另有 ${total} 个文件未检查：${zhParts}（fzlint 检查 ${CHECKED_HINT}）`,
        en: `${total} more file${total === 1 ? '' : 's'} not checked: ${enParts} (fzlint checks ${CHECKED_HINT})`,
      });
    }
    return out;
  }

  clear(): void {
    this.list.length = 0;
    this.seen.clear();
    this.skippedByExtension.clear();
  }
}

let CHECKED_HINT = '';
/** Set once from LINTABLE_EXTENSIONS (files.ts), so the hint follows the one list of checkable extensions. */
export function setCheckedHint(extensions: readonly string[]): void {
  CHECKED_HINT = extensions.join(' ');
}

/** One line per notice, for stderr. */
export function formatNotices(notices: Notice[], locale: Locale): string {
  return notices.map((n) => `fzlint: ${escapeControls(locale === 'zh' ? n.zh : n.en)}\n`).join('');
}

/**
 * Which configuration produced the verdicts, for the review page and the checklist: the config files
 * used (or the built-in defaults), how they were found, and how many configs inside the linted folders
 * were ignored.
 */
export function describeConfigs(files: (string | undefined)[], cwd: string, how: 'config' | 'cwd' | 'files' | 'off', ignored: number): { zh: string; en: string } {
  const used = [...new Set(files.map((f) => (f ? path.relative(cwd, f) || f : undefined)))];
  const names = used.filter((f): f is string => f !== undefined);
  const defaults = used.includes(undefined);
  const zhHow = { config: '以 --config 指定', cwd: '自工作目录向上查找', files: '自各文件所在目录向上查找（--config-lookup files）', off: '' }[how];
  const enHow = { config: 'given with --config', cwd: 'found from the working directory up', files: 'found from each file’s directory up (--config-lookup files)', off: '' }[how];
  let zh = names.length ? `配置：${names.join('、')}（${zhHow}）` : '配置：未使用配置文件';
  let en = names.length ? `Configuration: ${names.join(', ')} (${enHow})` : 'Configuration: no config file';
  if (defaults) {
    zh += names.length ? '；其余文件使用默认规则 fzlint:recommended' : '，使用默认规则 fzlint:recommended';
    en += names.length ? '; other files use the fzlint:recommended defaults' : ', the fzlint:recommended defaults';
  }
  if (how === 'off') {
    zh += '（--no-config-lookup）';
    en += ' (--no-config-lookup)';
  }
  if (ignored) {
    zh += `；被检查文件夹中的 ${ignored} 个配置已忽略，未应用`;
    en += `; ${ignored} config${ignored === 1 ? '' : 's'} inside the linted folders ignored, not applied`;
  }
  return { zh, en };
}
