import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * mkdir -p, one level at a time from the nearest existing ancestor. Node's own `recursive: true` never
 * returns when the kernel answers ENOENT for a directory whose parent exists (under /proc it loops forever);
 * here that is an error like any other.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      if (statSync(d).isDirectory()) break;
      throw Object.assign(new Error(`${d} is not a directory`), { code: 'ENOTDIR' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(d) === d) throw e;
      missing.push(d);
    }
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
