// Deterministic benchmark corpus built from the seed reports: same generator seed → same files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, deterministic PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOP = /^[\s\u2002\u3000]*[一二三四五六七八九十]{1,3}、/;

/** Split a report into head (title, furniture, opening) and top-level sections. */
export function split(text) {
  const lines = text.split('\n');
  const head = [];
  const sections = [];
  for (const line of lines) {
    if (TOP.test(line)) sections.push([line]);
    else if (sections.length) sections[sections.length - 1].push(line);
    else head.push(line);
  }
  return { head, sections };
}

/** Vary every figure except years, keeping its magnitude. */
function vary(text, rand) {
  return text.replace(/\d+(?:\.\d+)?/g, (m) => {
    const n = Number(m);
    if (/^(19|20)\d\d$/.test(m)) return m;
    if (m.includes('.')) return (n * (0.8 + rand() * 0.4)).toFixed(m.split('.')[1].length);
    return String(Math.max(1, Math.round(n * (0.8 + rand() * 0.4))));
  });
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function renumber(sections) {
  return sections.map((s, i) => [s[0].replace(/^([\s\u2002\u3000]*)[一二三四五六七八九十]{1,3}、/, `$1${CN[i] ?? '十'}、`), ...s.slice(1)]);
}

export function loadSeeds(seedsDir) {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
}

/** One report of roughly `target` bytes: a seed with shuffled sections, varied figures, padded from other seeds. */
export function makeReport(seeds, i, rand, target) {
  const base = split(seeds[i % seeds.length]);
  const order = base.sections.map((s, k) => [rand(), k]).sort((a, b) => a[0] - b[0]).map(([, k]) => base.sections[k]);
  let body = renumber(order);
  let text = [...base.head, ...body.flat()].join('\n');
  // pad part 一 with paragraphs of other seeds until the target size
  const extra = [];
  let guard = 0;
  while (Buffer.byteLength(text) + extra.join('\n').length * 3 < target && guard++ < 200) {
    const other = split(seeds[Math.floor(rand() * seeds.length)]);
    const sec = other.sections[Math.floor(rand() * other.sections.length)];
    if (sec) extra.push(...sec.slice(1).filter((l) => l.trim()));
  }
  if (extra.length && body.length) body = [[...body[0], ...extra], ...body.slice(1)];
  text = [...base.head, ...body.flat()].join('\n');
  return vary(text, rand);
}

export function generate({ seedsDir, outDir, count = 1000, seed = 20261126, bigBytes = 5 * 1024 * 1024 }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'reports'), { recursive: true });
  const seeds = loadSeeds(seedsDir);
  const rand = prng(seed);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const target = 15000 + Math.floor(rand() * 15000);
    const text = makeReport(seeds, i, rand, target);
    const f = path.join(outDir, 'reports', `r${String(i).padStart(4, '0')}.txt`);
    writeFileSync(f, text);
    files.push(f);
    bytes += Buffer.byteLength(text);
  }
  // one very large report: many varied copies of part 一 under one title
  const parts = [];
  let size = 0;
  const head = split(seeds[0]);
  parts.push(...head.head);
  let k = 0;
  while (size < bigBytes) {
    const s = split(seeds[k % seeds.length]).sections;
    const chunk = vary(s.map((x) => x.slice(1).join('\n')).join('\n'), rand);
    parts.push(`${CN[k % 10]}、第${k + 1}部分`, chunk);
    size += Buffer.byteLength(chunk);
    k++;
  }
  const big = path.join(outDir, 'big.txt');
  writeFileSync(big, parts.join('\n'));
  // a 30 KB report for the editor re-lint case
  const mid = path.join(outDir, 'edit-30k.txt');
  writeFileSync(mid, makeReport(seeds, 0, prng(seed + 1), 30000));
  return { files, bytes, big, mid };
}
