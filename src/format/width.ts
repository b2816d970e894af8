import { displayWidth } from '../parse/width.js';

/** Terminal display width: CJK and full-width forms take two columns (parse/width.ts). */
export { displayWidth };

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
