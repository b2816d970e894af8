// Sections of bench/RESULTS.md that a benchmark other than run.mjs writes (bench/web.mjs): each sits between
// <!-- begin NAME --> and <!-- end NAME -->, is replaced in place by its own script and kept when run.mjs
// rewrites the rest of the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const BLOCK = /<!-- begin ([\w-]+) -->[\s\S]*?<!-- end \1 -->\n?/g;

/** Every kept section of the file's current text, to append to a rewritten file. */
export function keptSections(file) {
  if (!existsSync(file)) return '';
  const blocks = readFileSync(file, 'utf8').match(BLOCK) ?? [];
  return blocks.length ? '\n' + blocks.map((b) => (b.endsWith('\n') ? b : b + '\n')).join('\n') : '';
}

/** Write one section: replace it where it is, or append it. */
export function writeSection(file, name, body) {
  const block = `<!-- begin ${name} -->\n${body.trimEnd()}\n<!-- end ${name} -->\n`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const re = new RegExp(`<!-- begin ${name} -->[\\s\\S]*?<!-- end ${name} -->\\n?`);
  writeFileSync(file, re.test(text) ? text.replace(re, () => block) : `${text.trimEnd()}\n\n${block}`);
}
