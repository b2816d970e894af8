#!/usr/bin/env node
// Linear time of the parsers on adversarial input (issue 13): each input at 1× and 4× its size, CPU time
// best of 3 measured alternately; a ratio near 4 is linear, near 16 quadratic. Also whole-pipeline lint
// through the Linter for Markdown, HTML and .docx. Not part of `npm test` (no timing assertions there).
// `npm run build` first; then `node bench/adversarial.mjs`.
import { deflateRawSync } from 'node:zlib';
const { parseMarkdown } = await import('../dist/src/parse/markdown.js');
const { parseHtml } = await import('../dist/src/parse/html.js');
const { Linter } = await import('../dist/src/linter/linter.js');

function cpu(fn) {
  const s = process.cpuUsage();
  fn();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
}
async function cpuAsync(fn) {
  const s = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
}

const md = {
  'md: run of * around a word': (n) => '*'.repeat(n) + '词' + '*'.repeat(n),
  'md: a*a*': (n) => 'a*'.repeat(n),
  'md: [a](': (n) => '[a]('.repeat(n),
  'md: nested list': (n) => Array.from({ length: Math.round(Math.sqrt(n) * 4) }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'),
  'md: > x 10000 deep': (n) => '>'.repeat(n) + ' x',
  'md: brackets': (n) => '['.repeat(n) + ']'.repeat(n),
  'md: ordinary report text': (n) => '## 一、主要举措\n\n**一是**加强领导，推进依法行政。[链接](http://x)\n\n'.repeat(Math.ceil(n / 40)),
};
const html = {
  'html: sibling <p>': (n) => '<p>法治</p>'.repeat(Math.ceil(n / 10)),
  'html: nested <ul><li>': (n) => '<ul><li>'.repeat(Math.min(900, Math.ceil(n / 8))) + 'x',
  'html: nested <div> (past 1,000)': (n) => '<div>'.repeat(Math.ceil(n / 5)) + 'x',
  'html: ordinary page': (n) => '<div class="c"><p>一、主要举措</p><p>加强领导，推进依法行政。</p></div>'.repeat(Math.ceil(n / 60)),
};

const UNIT = 8000;
console.log(`input 1× = ${UNIT} characters; ratio = CPU(4×) / CPU(1×), best of 3`);
for (const [name, gen] of Object.entries({ ...md, ...html })) {
  const parse = name.startsWith('md') ? parseMarkdown : parseHtml;
  const a = gen(UNIT);
  const b = gen(UNIT * 4);
  let t1 = Infinity;
  let t4 = Infinity;
  for (let i = 0; i < 3; i++) {
    t1 = Math.min(t1, cpu(() => parse(a)));
    t4 = Math.min(t4, cpu(() => parse(b)));
  }
  console.log(`${name.padEnd(34)} ${t1.toFixed(0).padStart(6)} ms → ${t4.toFixed(0).padStart(6)} ms  ratio ${(t4 / Math.max(t1, 1)).toFixed(1)}`);
}

// .docx through the whole pipeline: paragraphs at 1× and 4×
function zip(entries) {
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const x of buf) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals = [];
  const central = [];
  let off = 0;
  for (const [name, data] of entries) {
    const nb = Buffer.from(name);
    const comp = deflateRawSync(data);
    const crc = crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(8, 8); h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(comp.length, 18); h.writeUInt32LE(data.length, 22); h.writeUInt16LE(nb.length, 26);
    locals.push(h, nb, comp);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(8, 10); c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(comp.length, 20); c.writeUInt32LE(data.length, 24); c.writeUInt16LE(nb.length, 28); c.writeUInt32LE(off, 42);
    central.push(c, nb);
    off += 30 + nb.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0); e.writeUInt16LE(entries.length, 8); e.writeUInt16LE(entries.length, 10); e.writeUInt32LE(cd.length, 12); e.writeUInt32LE(off, 16);
  return Buffer.concat([...locals, cd, e]);
}
const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const docx = (n) => zip([['[Content_Types].xml', Buffer.from(CT)], ['_rels/.rels', Buffer.from(RELS)], ['word/document.xml', Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>一是加强领导，推进依法行政。</w:t></w:r></w:p>'.repeat(n)}</w:body></w:document>`)]]);
const linter = new Linter({ cwd: process.cwd(), configLookup: 'off' });
for (const [name, make] of [
  ['lint: .docx paragraphs', (n) => docx(n / 10)],
  ['lint: .md ordinary', (n) => Buffer.from(md['md: ordinary report text'](n))],
  ['lint: .html sibling <p>', (n) => Buffer.from(html['html: sibling <p>'](n))],
]) {
  const ext = name.includes('docx') ? 'docx' : name.includes('.md') ? 'md' : 'html';
  let t1 = Infinity;
  let t4 = Infinity;
  for (let i = 0; i < 3; i++) {
    t1 = Math.min(t1, await cpuAsync(() => linter.lintBytes(`x.${ext}`, make(UNIT))));
    t4 = Math.min(t4, await cpuAsync(() => linter.lintBytes(`x.${ext}`, make(UNIT * 4))));
  }
  console.log(`${name.padEnd(34)} ${t1.toFixed(0).padStart(6)} ms → ${t4.toFixed(0).padStart(6)} ms  ratio ${(t4 / Math.max(t1, 1)).toFixed(1)}`);
}
