import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WordExtractor from 'word-extractor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDoc } from '../../src/linter/doc.js';
import { Linter } from '../../src/linter/linter.js';
import type { FileResult } from '../../src/linter/types.js';
import { docListNumbers } from '../../src/parse/doc-numbering.js';
import { parseDocx } from '../../src/parse/docx.js';
import { readDocument, ReadError } from '../../src/parse/index.js';
import { useNodeReaders } from '../../src/linter/node-readers.js';
import { ROOT, seedText } from '../helpers/seeds.js';

/**
 * Word automatic numbering in Word 97–2003 files (.doc, .wps): the numbers 一、（一）1. that Word's list feature
 * shows are not in the text word-extractor reads; src/parse/doc-numbering.ts decodes them from the list tables.
 * The fixtures (tests/__data__/doc-numbering, scripts/make-doc-numbering-fixtures.mjs) are auto-numbered .docx
 * made with the `docx` package and the .doc LibreOffice saves from each.
 */
const DATA = path.join(ROOT, 'tests/__data__/doc-numbering');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(DATA, name)));
const docText = (name: string) => parseDoc(bytes(name));
const docxText = async (name: string) => (await parseDocx(bytes(name))).text;
const plainText = async (name: string) => (await new WordExtractor().extract(readFileSync(path.join(DATA, name)))).getBody({ filterUnicode: false });

useNodeReaders();

describe('a .doc reads the numbers Word shows, as its .docx does', () => {
  for (const name of ['seed-000', 'seed-002', 'seed-002-cut', 'seed-004', 'autonum']) {
    it(`${name}.doc: the text of ${name}.docx, numbers and all`, async () => {
      const text = await docText(`${name}.doc`);
      expect(text).toBe(await docxText(`${name}.docx`));
      // word-extractor alone: the same paragraphs without their numbers
      const plain = (await plainText(`${name}.doc`)).replace(/\n+$/, '');
      expect(plain.split('\n')).toHaveLength(text.split('\n').length);
      expect(plain).not.toMatch(/^[一二三四五]、/m);
      expect(text).toMatch(/^一、/m);
    });
  }

  it('seed 002: 一、/(一)/1. on three levels, 1. restarting under each (一), as typed in the seed', async () => {
    const lines = (await docText('seed-002.doc')).split('\n');
    expect(lines.join('\n')).toBe(seedText('002').replace(/\n+$/, ''));
    const number = /^(?:[一二三]、|\([一二三四]\)|\d\.)/;
    expect(lines.filter((l) => number.test(l)).map((l) => number.exec(l)![0])).toEqual([
      '一、', '(一)', '1.', '2.', '3.', '(二)', '1.', '2.', '(三)', '1.', '2.', '(四)', '1.', '2.', '3.', '二、', '三、',
    ]);
  });

  it('features.doc: start values, two levels in one number, circled digits, style-linked numbering, a table cell; bullets get no number', async () => {
    const lines = (await docText('features.doc')).split('\n');
    expect(lines).toEqual([
      '某县2024年度法治政府建设情况报告',
      '一、主要举措和成效',
      '（一）强化合法性审查',
      '1.审查规范性文件14件',
      '2.审查重大行政决策6项',
      '（二）规范行政执法',
      '1.培训执法人员486人次',
      '二、存在的不足和原因',
      '（一）执法力量不足',
      '3.第三项起的清单',
      '3.1 两级编号的一项',
      '3.2 两级编号的二项',
      '4.第四项',
      // a list that begins at its second level: LibreOffice shows 1.1, 2., 3. (it counts the level above as
      // used), docx-numbering.ts 1.1, 1., 2.: Word's reading is not sure, so these get no number
      '先有二级的一项',
      '其后的一级',
      '再后的一级',
      'a)其下的三级',
      '①带圈一',
      '②带圈二',
      '圆点项目甲',
      '圆点项目乙',
      '第一部分 由样式编号的标题',
      '正文',
      '第二部分 由样式编号的另一标题',
      '③表内编号项\t说明',
      '三、下一年度工作安排',
    ]);
    // the .docx reads the same numbers wherever Word's are sure (its table cells are paragraphs of their own)
    const docx = (await docxText('features.docx')).split('\n');
    const sure = lines.filter((l) => !/^(先有二级|其后的一级|再后的一级|③表内)/.test(l));
    expect(docx.filter((l) => !/^(1\.1 先有二级|1\.其后的一级|2\.再后的一级|③表内编号项$|说明$)/.test(l))).toEqual(sure);
  });
});

/** The streams, pieces and main text of a .doc as word-extractor reads them (as src/linter/doc.ts does). */
async function structures(name: string) {
  const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
  const { default: BufferReader } = await import('word-extractor/lib/buffer-reader.js');
  let streams: [Uint8Array, Uint8Array] | undefined;
  class Reader extends WordOleExtractor {
    override writeParagraphProperties(wordDocument: Uint8Array, table: Uint8Array): void {
      super.writeParagraphProperties(wordDocument, table);
      streams = [wordDocument, table];
    }
  }
  const reader = new Reader();
  await reader.extract(new BufferReader(readFileSync(path.join(DATA, name))));
  return {
    wordDocument: Uint8Array.from(streams![0]),
    table: Uint8Array.from(streams![1]),
    pieces: reader._pieces.map((p) => ({ cpStart: p.startCp, cpEnd: p.endCp, fc: p.startFilePos, bpc: p.bpc })),
    main: reader._pieces.map((p) => p.text).join('').slice(0, reader._boundaries.ccpText),
  };
}

/** Every occurrence of the bytes `from` in b (from offset `after`: past the FIB) made `to`: how many there were. */
function patch(b: Uint8Array, from: number[], to: number[], after = 0): number {
  let n = 0;
  for (let i = after; i + from.length <= b.length; i++) {
    if (from.every((x, k) => b[i + k] === x)) {
      b.set(to, i);
      n++;
    }
  }
  return n;
}

describe('docListNumbers: where the list of a paragraph comes from', () => {
  it('a paragraph style linked to a list numbers its paragraphs without numbering of their own (Word’s 标题 styles)', async () => {
    const s = await structures('features.doc');
    const before = docListNumbers(s.wordDocument, s.table, s.pieces, s.main);
    expect([...before.values()].filter((v) => /部分/.test(v))).toEqual(['第一部分 ', '第二部分 ']);
    // LibreOffice writes the list (list instance 6) into the paragraphs' PAPX as well as into
    // their style: with the paragraphs' own sprmPIlfo made another sprm (sprmPDxaLeft), the style gives the numbers …
    const sprmPIlfo = (ilfo: number) => [0x0b, 0x46, ilfo, 0];
    expect(patch(s.wordDocument, sprmPIlfo(6), [0x0f, 0x84], 512)).toBeGreaterThan(0);
    expect(docListNumbers(s.wordDocument, s.table, s.pieces, s.main)).toEqual(before);
    // … and without the style's too, there are none
    expect(patch(s.table, sprmPIlfo(6), [0x0f, 0x84])).toBe(1);
    const unnumbered = docListNumbers(s.wordDocument, s.table, s.pieces, s.main);
    expect([...unnumbered.values()].filter((v) => /部分/.test(v))).toEqual([]);
    expect(unnumbered.size).toBe(before.size - 2);
  });
});

// ---------------------------------------------------------------------------
// A Word 97 file's list structures built by hand ([MS-DOC]): what LibreOffice does not write (list instances with
// start-at and level overrides, as Word writes for 重新开始编号), and what must stop the numbers.

interface Para {
  ilfo?: number;
  ilvl?: number;
  /** sprmPHugePapx: the properties are in the Data stream */
  huge?: boolean;
}

const u16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];

/** An LVL: LVLF (28 bytes), no grpprlPapx, grpprlChpx, the number text (placeholders: characters 0–8). */
function lvl(text: string, nfc: number, o: { start?: number; follow?: number; chpx?: number[] } = {}): number[] {
  const f = new Array<number>(28).fill(0);
  f.splice(0, 4, ...u32(o.start ?? 1));
  f[4] = nfc;
  const places = [...text].map((c, i) => (c.charCodeAt(0) < 9 ? i + 1 : 0)).filter(Boolean);
  places.forEach((p, k) => (f[6 + k] = p));
  f[15] = o.follow ?? 2;
  f[24] = o.chpx?.length ?? 0;
  return [...f, ...(o.chpx ?? []), ...u16(text.length), ...[...text].flatMap((c) => u16(c.charCodeAt(0)))];
}

/**
 * A WordDocument stream and a table stream with one list (lsid 100: 「%1.」 decimal, 「（%2）」 chineseCounting,
 * level 2 in a format fzlint does not render), the list instances `lfos` (each its LFOLVLs, as bytes), and one
 * paragraph of one character per entry of `paras`, with its PAPX in one FKP.
 */
function handMade(paras: Para[], lfos: number[][][]) {
  const levels = [lvl('\u0000.', 0x00), lvl('（\u0001）', 0x25), lvl('\u0002', 0x05), ...Array.from({ length: 6 }, (_, k) => lvl(String.fromCharCode(k + 3), 0x00))];
  const lstf = [...u32(100), ...u32(0), ...Array.from({ length: 9 }, () => u16(0x0fff)).flat(), 0, 0];
  const plfLst = [...u16(1), ...lstf];
  const lfoData = lfos.flatMap((lvls) => [...u32(0), ...lvls.flat()]);
  const plfLfo = [...u32(lfos.length), ...lfos.flatMap((lvls) => [...u32(100), ...u32(0), ...u32(0), lvls.length, 0, 0, 0]), ...lfoData];
  const fkpPn = 2;
  const textFc = 2048;
  const plcBte = [...u32(textFc), ...u32(textFc + paras.length * 4), ...u32(fkpPn)];
  const table = [...plfLst, ...levels.flat()];
  const lfoAt = table.length;
  table.push(...plfLfo);
  const bteAt = table.length;
  table.push(...plcBte);

  const doc = new Array<number>(4096).fill(0);
  doc.splice(0, 4, ...u16(0xa5ec), ...u16(0xc1));
  doc.splice(32, 2, ...u16(14));
  doc.splice(62, 2, ...u16(22));
  doc.splice(152, 2, ...u16(93));
  const pair = (i: number, fc: number, lcb: number) => doc.splice(154 + i * 8, 8, ...u32(fc), ...u32(lcb));
  pair(13, bteAt, plcBte.length);
  pair(73, 0, plfLst.length);
  pair(74, lfoAt, plfLfo.length);
  // the FKP: rgfc, the BX entries (13 bytes: bOffset and PHE), the PAPXs from offset 300 on, crun in byte 511
  const fkp = new Array<number>(512).fill(0);
  const crun = paras.length;
  for (let j = 0; j <= crun; j++) fkp.splice(j * 4, 4, ...u32(textFc + j * 4));
  let papxAt = 300;
  paras.forEach((p, j) => {
    const grpprl = [...u16(0)];
    if (p.ilfo !== undefined) grpprl.push(...u16(0x460b), ...u16(p.ilfo));
    if (p.ilvl !== undefined) grpprl.push(0x0a, 0x26, p.ilvl);
    if (p.huge) grpprl.push(...u16(0x6646), ...u32(0));
    if (grpprl.length % 2) grpprl.push(0);
    fkp[(crun + 1) * 4 + j * 13] = papxAt / 2;
    fkp.splice(papxAt, grpprl.length + 2, 0, grpprl.length / 2, ...grpprl);
    papxAt += grpprl.length + 2;
  });
  fkp.length = 512;
  fkp[511] = crun;
  doc.splice(fkpPn * 512, 512, ...fkp);
  const main = paras.map((_, i) => `${String.fromCharCode(0x61 + i)}\r`).join('');
  return { wordDocument: Uint8Array.from(doc), table: Uint8Array.from(table), pieces: [{ cpStart: 0, cpEnd: main.length, fc: textFc, bpc: 2 }], main };
}

const lfoLvl = (ilvl: number, o: { startAt?: number; level?: number[] } = {}) => [
  ...u32(o.startAt ?? 0),
  ilvl | (o.startAt !== undefined ? 0x10 : 0) | (o.level ? 0x20 : 0),
  0,
  0,
  0,
  ...(o.level ?? []),
];

function numbersOf(paras: Para[], lfos: number[][][]): (string | undefined)[] {
  const h = handMade(paras, lfos);
  const numbers = docListNumbers(h.wordDocument, h.table, h.pieces, h.main);
  return paras.map((_, i) => numbers.get(i * 2));
}

describe('docListNumbers on list structures built by hand', () => {
  it('a list instance that restarts (LFOLVL start-at) and one with a level of its own (LFOLVL + LVL); instances of one list continue one another', () => {
    const lfos = [[], [lfoLvl(0, { startAt: 5 })], [lfoLvl(0, { level: lvl('\u0000、', 0x25) })]];
    expect(
      numbersOf(
        [{ ilfo: 1, ilvl: 0 }, { ilfo: 1, ilvl: 0 }, { ilfo: 2, ilvl: 0 }, { ilfo: 2, ilvl: 0 }, { ilfo: 1, ilvl: 0 }, { ilfo: 3, ilvl: 0 }, {}, { ilfo: 1, ilvl: 1 }, { ilfo: 1, ilvl: 1 }],
        lfos,
      ),
    ).toEqual(['1.', '2.', '5.', '6.', '7.', '八、', undefined, '（一）', '（二）']);
  });

  it('a level in a format fzlint does not render gets no number but is counted; no list (ilfo 0) and unknown instances none', () => {
    expect(numbersOf([{ ilfo: 1, ilvl: 0 }, { ilfo: 1, ilvl: 2 }, { ilfo: 1, ilvl: 2 }, { ilfo: 0 }, { ilfo: 9, ilvl: 0 }, { ilfo: 1, ilvl: 0 }], [[]])).toEqual(['1.', undefined, undefined, undefined, undefined, '2.']);
  });

  it('a hidden number (sprmCFVanish in the level) counts without text', () => {
    const hidden = lfoLvl(0, { level: lvl('\u0000.', 0x00, { chpx: [...u16(0x083c), 1] }) });
    expect(numbersOf([{ ilfo: 1, ilvl: 0 }, { ilfo: 2, ilvl: 0 }, { ilfo: 1, ilvl: 0 }], [[], [hidden]])).toEqual(['1.', undefined, '3.']);
  });

  it('after a paragraph whose properties are elsewhere (sprmPHugePapx), no number: it may have been a numbered one', () => {
    expect(numbersOf([{ ilfo: 1, ilvl: 0 }, { huge: true }, { ilfo: 1, ilvl: 0 }], [[]])).toEqual(['1.', undefined, undefined]);
  });

  it('paragraph marks the PAPX runs do not end at: no number at all', () => {
    const h = handMade([{ ilfo: 1, ilvl: 0 }, { ilfo: 1, ilvl: 0 }], [[]]);
    expect(docListNumbers(h.wordDocument, h.table, h.pieces, h.main).size).toBe(2);
    expect(docListNumbers(h.wordDocument, h.table, h.pieces, 'a\rb\rc\r').size).toBe(0);
  });
});

describe('formats and where a list is linked (formats.doc, headings.doc)', () => {
  it('formats.doc: Roman, letters, full-width, 壹拾贰, 甲乙, 十二; hidden numbers count without text', async () => {
    expect((await docText('formats.doc')).split('\n')).toEqual([
      '第一章总则',
      // LibreOffice keeps neither the legal numbering of %1.%2 (1.1) nor the (%3) that never restarts: the .doc has
      // an ordinary level, read as Word reads it
      '一.1目的',
      '(1)依据',
      '(2)范围',
      '一.2原则',
      '(1)分工',
      '第二章职责',
      '二.1机构',
      '(1)人员',
      'I.罗马一',
      'a)字母一',
      'b)字母二',
      '１．全角一',
      'II.罗马二',
      ...['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '壹拾', '壹拾壹', '壹拾贰'].map((n, i) => `${n}、大写${i + 1}`),
      '甲.天干一',
      '乙.天干二',
      ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n, i) => `${n}小写${i + 1}`),
      // w:vanish on the number: Word shows the paragraphs without it (docx-numbering.ts does not read w:vanish)
      '隐藏编号一',
      '隐藏编号二',
    ]);
  });

  it('legal numbering (fLegal) and a level that never restarts (fNoRestart), set in the list tables', async () => {
    const s = await structures('formats.doc');
    // the LVLFs of 第%1章's levels 1 (%1.%2) and 2 ((%3)): start 1, decimal, flags 0, placeholders, follow nothing
    const lvlf = (places: number[]) => [1, 0, 0, 0, 0, 0, ...places, ...Array(9 - places.length).fill(0), 2];
    const at = (bytes: number[]) => {
      const found: number[] = [];
      for (let i = 0; i + bytes.length <= s.table.length; i++) if (bytes.every((b, k) => s.table[i + k] === b)) found.push(i);
      return found;
    };
    const legal = at(lvlf([1, 3]));
    const never = at(lvlf([2]));
    expect([legal.length, never.length]).toEqual([1, 1]);
    s.table[legal[0] + 5] = 0x04; // fLegal
    s.table[never[0] + 5] = 0x08; // fNoRestart, ilvlRestartLim 0: restarts after no level
    const numbers = [...docListNumbers(s.wordDocument, s.table, s.pieces, s.main).values()];
    expect(numbers.slice(0, 10)).toEqual(['第一章', '1.1', '(1)', '(2)', '1.2', '(3)', '第二章', '2.1', '(4)', 'I.']);
  });

  it('headings.doc: a list linked to Heading 1/Heading 2 numbers the headings; the .docx reads the same', async () => {
    const text = await docText('headings.doc');
    expect(text.split('\n').filter((l) => /^(?:[一二]、|（[一二]）)/.test(l))).toEqual(['一、主要举措和成效', '（一）强化合法性审查', '（二）规范行政执法', '二、存在的不足和原因', '（一）执法力量不足']);
    expect(text).toBe(await docxText('headings.docx'));
  });
});

describe('the same findings as the report typed (must stay silent: no finding from the lost numbers)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzlint-doc-numbering-'));
  const results = new Map<string, FileResult>();
  const cut = () => {
    const ls = seedText('002').replace(/\n+$/, '').split('\n');
    const from = ls.findIndex((l) => l.startsWith('二、'));
    const to = ls.findIndex((l) => l.startsWith('三、'));
    return [...ls.slice(0, from), ...ls.slice(to).map((l) => l.replace(/^三、/, '二、'))].join('\n');
  };
  const findings = (r: FileResult) => r.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.severity} ${m.reason}`).sort();

  beforeAll(async () => {
    writeFileSync(path.join(dir, 'seed-000.txt'), seedText('000'));
    writeFileSync(path.join(dir, 'seed-002.txt'), seedText('002'));
    writeFileSync(path.join(dir, 'seed-002-cut.txt'), cut());
    writeFileSync(path.join(dir, 'seed-004.txt'), seedText('004'));
    for (const name of ['seed-000', 'seed-002', 'seed-002-cut', 'seed-004', 'autonum']) {
      copyFileSync(path.join(DATA, `${name}.doc`), path.join(dir, `${name}.doc`));
      writeFileSync(path.join(dir, `${name}.plain.txt`), await plainText(`${name}.doc`));
    }
    // WPS Writer files are the same OLE format
    copyFileSync(path.join(DATA, 'seed-002.doc'), path.join(dir, 'seed-002-wps.wps'));
    const linter = new Linter({ cwd: dir, locale: 'zh' });
    for (const r of await linter.lintFiles([dir])) results.set(path.basename(r.filePath), r);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of ['seed-000', 'seed-002', 'seed-002-cut', 'seed-004']) {
    it(`${name}.doc: the findings of ${name}.txt`, () => {
      expect(results.get(`${name}.doc`)!.fileError).toBeUndefined();
      expect(findings(results.get(`${name}.doc`)!)).toEqual(findings(results.get(`${name}.txt`)!));
    });
  }

  it('autonum.doc (bold plain headings numbered by Word after run-in （一） items) stays silent; without the numbers it had a false missingPlan', () => {
    expect(results.get('autonum.doc')!.fileError).toBeUndefined();
    expect(findings(results.get('autonum.doc')!)).toEqual([]);
    // the text without Word's numbers once drew a false missingPlan; since the eighth session its unnumbered part lines
    // (「2025年度推进法治政府建设的主要安排」 above a 「2025年，…将…」 paragraph, before part 5) are read too
    expect(findings(results.get('autonum.plain.txt')!)).toEqual([]);
  });

  it('the .wps reads as the .doc', () => {
    expect(findings(results.get('seed-002-wps.wps')!)).toEqual(findings(results.get('seed-002.txt')!));
  });

  it('the planted fault is found: part 二 (存在的不足) missing from seed-002-cut.doc', () => {
    expect(findings(results.get('seed-002-cut.doc')!).filter((f) => f.includes('存在的不足'))).toHaveLength(1);
  });

  it('without the numbers (word-extractor alone) the findings were not those of the report', () => {
    const differs = ['seed-000', 'seed-002', 'seed-002-cut'].filter((n) => findings(results.get(`${n}.plain.txt`)!).join('\n') !== findings(results.get(`${n}.txt`)!).join('\n'));
    expect(differs.length).toBeGreaterThan(0);
    // seed 002: its 三、2025年工作安排 not read as the plan part, the first-responsible-person finding is lost
    expect(findings(results.get('seed-002.plain.txt')!).filter((f) => f.startsWith('require-first-responsible-person'))).toEqual([]);
    expect(findings(results.get('seed-002.txt')!).filter((f) => f.startsWith('require-first-responsible-person'))).toHaveLength(1);
  });
});

describe('never a number it is unsure of; never a failure of its own', () => {
  it('list tables that do not hold together give the text without numbers', async () => {
    const b = bytes('seed-002.doc');
    const plain = (await plainText('seed-002.doc')).replace(/\n+$/, '');
    // the PlfLst (FibRgFcLcb97 pair 73) of the table stream: its count made impossible
    const fib = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    const wordDocument = findStream(fib, 0xa5ec);
    expect(wordDocument).toBeGreaterThan(0);
    const lcbPlfLst = fib.readUInt32LE(wordDocument + 0x9a + 73 * 8 + 4);
    expect(lcbPlfLst).toBeGreaterThan(2);
    fib.writeUInt32LE(0, wordDocument + 0x9a + 73 * 8 + 4);
    expect(await parseDoc(new Uint8Array(fib))).toBe(plain);
  });

  it('docListNumbers: garbage gives no numbers', () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 37) & 0xff);
    junk[0] = 0xec;
    junk[1] = 0xa5;
    junk[2] = 0xc1;
    expect(docListNumbers(junk, junk, [{ cpStart: 0, cpEnd: 10, fc: 0, bpc: 2 }], 'abc\rdef\r').size).toBe(0);
    expect(docListNumbers(new Uint8Array(10), new Uint8Array(0), [], '').size).toBe(0);
  });

  it('a damaged .doc is still refused with the reader’s message', async () => {
    const b = bytes('seed-002.doc').slice(0, 5000);
    const e = await readDocument(b, '报告.doc').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ReadError);
    expect((e as ReadError).kind).toBe('corrupt-doc');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice)('LibreOffice saves the .docx again: the same text as the committed .doc', () => {
  it('features and seed 002', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-doc-numbering-lo-'));
    try {
      for (const name of ['features', 'seed-002']) {
        spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'doc', '--outdir', tmp, path.join(DATA, `${name}.docx`)], { stdio: 'ignore' });
        expect(existsSync(path.join(tmp, `${name}.doc`)), name).toBe(true);
        expect(await parseDoc(new Uint8Array(readFileSync(path.join(tmp, `${name}.doc`)))), name).toBe(await docText(`${name}.doc`));
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});

const built = existsSync(path.join(ROOT, 'dist/bundle/cli.js'));

describe.skipIf(!built)('the built CLI (dist/bundle) reads the numbers too', () => {
  it('seed-002.doc: the findings of the source reader, with the one only the numbers give', async () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/fzlint.js'), '--no-cache', '-f', 'json', path.join(DATA, 'seed-002.doc')], { encoding: 'utf8' });
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; messageId: string; line: number }[] }[];
    const linter = new Linter({ cwd: DATA, locale: 'zh' });
    const [own] = await linter.lintFiles([path.join(DATA, 'seed-002.doc')]);
    const list = (ms: { ruleId: string; messageId: string; line: number }[]) => ms.map((m) => `${m.ruleId} ${m.messageId} ${m.line}`);
    expect(list(result.messages)).toEqual(list(own.messages));
    // the 2025 plan is a part only when its heading 三、 is read: word-extractor's text alone does not give this finding
    expect(result.messages.map((m) => m.ruleId)).toContain('require-first-responsible-person');
  }, 60_000);
});

/** The offset of the WordDocument stream's FIB in an OLE file (found by its magic at a sector start). */
function findStream(b: Buffer, magic: number): number {
  for (let at = 512; at + 2 <= b.length; at += 512) if (b.readUInt16LE(at) === magic) return at;
  return -1;
}
