import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LINTABLE_EXTENSIONS } from '../parse/index.js';

export class PathError extends Error {
  readonly code = 'FZLINT_PATH';
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function walk(dir: string, out: string[], seen: Set<string>, skipDir?: (dir: string) => boolean): void {
  let real: string;
  try {
    real = statSync(dir).ino + ':' + statSync(dir).dev;
  } catch {
    return;
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // ~$报告.docx: the lock file Word keeps beside an open document, not a report
    if (e.name.startsWith('.') || e.name.startsWith('~$') || SKIP_DIRS.has(e.name)) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const s = statSync(p);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (!skipDir?.(p)) walk(p, out, seen, skipDir);
    } else if (isFile && LINTABLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
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
export async function expandPaths(inputs: string[], cwd = process.cwd(), skipDir?: (dir: string) => boolean): Promise<ExpandedPaths> {
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
      walk(abs, found, new Set(), skipDir);
      files.push(...found);
    } else if (st) {
      files.push(abs);
      explicit.add(abs);
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
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
