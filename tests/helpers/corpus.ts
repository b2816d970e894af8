import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedText, SEEDS } from './seeds.js';

// The benchmark's deterministic PRNG and section splitter (bench/corpus.mjs), shared rather than copied
import { prng, split } from '../../bench/corpus.mjs';

const DIRECTIVES = [
  '<!-- fzlint-disable-next-line require-sections -- 按上级统一模板 -->',
  '<!-- fzlint-disable-file require-sections -->',
  '<!-- fzlint-disable-next-line require-section -->',
  '<!-- fzlint-disable -->',
];

/**
 * `count` reports cut from the seeds: a seed's top-level sections, some
 * dropped (so require-sections has something to say), figures varied;
 * every third one Markdown (headings, blank lines, now and then a directive).
 */
export function generateCorpus(dir: string, count: number, seed = 20261126): string[] {
  mkdirSync(dir, { recursive: true });
  const seeds = SEEDS.map((n) => split(seedText(n)));
  const rand = prng(seed);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length];
    // every tenth report (from seed 000, which names its body in the title) is the same body's report of the
    // year before, years shifted back by one: cross-document rules (require-plan-followup) find it in the run
    const previous = i % 10 === 5;
    // sections cut to their heading and a few paragraphs: a 200-report corpus stays quick to lint
    const kept = base.sections.filter(() => rand() > 0.25 || previous).map((sec) => sec.slice(0, 2 + Math.floor(rand() * 5)));
    const vary = (s: string) =>
      s.replace(/\d+(?:\.\d+)?/g, (m) => (/^(19|20)\d\d$/.test(m) || rand() < 0.7 ? m : String(Math.max(1, Math.round(Number(m) * (0.8 + rand() * 0.4))))));
    const markdown = i % 3 === 2;
    let text: string;
    if (markdown) {
      const blocks = [...base.head, ...kept.flatMap((s) => [`## ${s[0].trim()}`, ...s.slice(1)])].filter((l) => l.trim()).map(vary);
      if (rand() < 0.5) blocks.splice(Math.floor(rand() * blocks.length), 0, DIRECTIVES[Math.floor(rand() * DIRECTIVES.length)]);
      text = blocks.join('\n\n') + '\n';
    } else {
      text = [...base.head, ...kept.flat()].map(vary).join('\n');
    }
    if (previous) text = text.replace(/20(2\d)年/g, (_m, y: string) => `20${Number(y) - 1}年`);
    const f = path.join(dir, `d${String(i % 7)}`, `r${String(i).padStart(3, '0')}${markdown ? '.md' : '.txt'}`);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, text);
    files.push(f);
  }
  return files;
}
