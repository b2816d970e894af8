import { lstatSync, readdirSync, readlinkSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LINTABLE_EXTENSIONS } from '../parse/index.js';
import { readFailure } from './limits.js';
import { Notices, setCheckedHint } from './notices.js';

setCheckedHint(LINTABLE_EXTENSIONS);

export class PathError extends Error {
  readonly code = 'FZLINT_PATH';
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * A directory walk: report files by LINTABLE_EXTENSIONS (parse/format.ts, the one list of checkable
 * extensions). Symbolic links inside the walk are not followed (a link to /usr/share or / would lead
 * the run out of the folder and read system files); they, special files (FIFOs, sockets, devices),
 * unreadable folders and files of other types are each reported through `notices`, never skipped in
 * silence. Iterative (a deep tree cannot overflow the stack), entries in name order.
 */
function walk(root: string, out: string[], notices: Notices, skipDir?: (dir: string) => boolean): void {
  // a stack of open directories, each with its sorted entries and the next to visit: depth-first in name order
  const stack: { dir: string; entries: Dirent[]; next: number }[] = [];
  const open = (dir: string): void => {
    try {
      const entries = readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      stack.push({ dir, entries, next: 0 });
    } catch (e) {
      const why = readFailure(e);
      notices.add({ kind: 'unreadable', file: dir, zh: `无法读取目录 ${dir}（${zhWhy(why)}），其中的文件未检查`, en: `cannot read directory ${dir} (${why}); the files in it were not checked` });
    }
  };
  open(root);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.next++];
    const p = path.join(top.dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue; // version control, tools' folders: not reports
      if (!skipDir?.(p)) open(p);
      continue;
    }
    if (e.isSymbolicLink()) {
      let target = '?';
      try {
        target = readlinkSync(p);
      } catch {
        // unreadable link text: still reported
      }
      let dangling = false;
      try {
        statSync(p);
      } catch {
        dangling = true;
      }
      if (dangling) notices.add({ kind: 'dangling', file: p, zh: `符号链接 ${p} → ${target} 指向不存在或无法访问的目标（或循环），未检查`, en: `symbolic link ${p} → ${target} is dangling or loops; not checked` });
      else notices.add({ kind: 'symlink', file: p, zh: `未跟随符号链接 ${p} → ${target}（目录遍历不跟随符号链接；确需检查请直接指定目标）`, en: `symbolic link ${p} → ${target} not followed (walks do not follow links; name the target to check it)` });
      continue;
    }
    if (!e.isFile()) {
      const what = e.isFIFO() ? 'FIFO' : e.isSocket() ? 'socket' : 'device';
      notices.add({ kind: 'special', file: p, zh: `${p} 不是普通文件（${what}），未读取`, en: `${p} is not a regular file (${what}); not read` });
      continue;
    }
    // ~$报告.docx: the lock file Word keeps beside an open document, not a report
    if (e.name.startsWith('~$')) {
      notices.skipFile(e.name, '~$（Word 锁定文件）');
      continue;
    }
    if (e.name.startsWith('.')) continue; // dot-files (.fzlintignore, .DS_Store): settings, never reports
    if (LINTABLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
    else notices.skipFile(e.name);
  }
}

function zhWhy(why: string): string {
  return why === 'permission denied' ? '权限不足' : why;
}

export interface ExpandedPaths {
  /** Absolute paths, in the order given, directories and globs expanded and sorted. */
  files: string[];
  /** Paths named explicitly (not found by walking), which are linted whatever their extension. */
  explicit: Set<string>;
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Paths → files: directories are walked for report files; globs are expanded. A path that matches nothing is an error.
 * `skipDir` prunes the walk (directories an ignore file names are not entered).
 */
export async function expandPaths(inputs: string[], cwd = process.cwd(), skipDir?: (dir: string) => boolean, notices = new Notices()): Promise<ExpandedPaths> {
  const files: string[] = [];
  const explicit = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, notices, skipDir);
      files.push(...found);
    } else if (st) {
      files.push(abs);
      explicit.add(abs);
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (!found.length) missing.push(input);
      files.push(...found.sort().map((f) => path.normalize(f)));
    } else if (isLink(abs)) {
      // a named symlink that loops or dangles: the run goes on and the file gets a read error naming why
      files.push(abs);
      explicit.add(abs);
    } else {
      missing.push(input);
    }
  }
  if (missing.length) {
    throw new PathError(missing.map((m) => `no such file or directory, or no files match: ${m}`).join('\n'));
  }
  // keep the first occurrence of each file
  const unique = [...new Set(files)];
  return { files: unique, explicit };
}
