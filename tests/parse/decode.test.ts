import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, DecodeError, encode, setUtf8Decoder, type Encoding } from '../../src/parse/decode.js';
import { decodeUtf8 } from '../../src/linter/node-readers.js';
import { seedText } from '../helpers/seeds.js';

function validUtf8WithCjk(b: Uint8Array): boolean {
  try {
    return /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/.test(new TextDecoder('utf-8', { fatal: true }).decode(b));
  } catch {
    return false;
  }
}

function validUtf8SignsOnly(b: Uint8Array): boolean {
  try {
    return /^[\x00-\x7f\u00a0-\u00ff\u2000-\u206f]*$/.test(new TextDecoder('utf-8', { fatal: true }).decode(b));
  } catch {
    return false;
  }
}

const SAMPLE = '叶城县2023年度法治政府建设工作报告\n一、主要措施和成效,“八五”普法(一)调解矛盾纠纷5726件,成功率达100%。';

function bytes(...xs: number[]): Uint8Array {
  return Uint8Array.from(xs);
}

function decodeError(b: Uint8Array): DecodeError {
  try {
    decode(b);
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('decoded without error');
}

describe('decode: byte-order marks', () => {
  it('UTF-8 with BOM: the BOM is not part of the text', () => {
    expect(decode(encode(SAMPLE, 'utf-8', true))).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: true });
  });
  it('UTF-16LE and UTF-16BE with BOM', () => {
    expect(decode(encode(SAMPLE, 'utf-16le', true))).toEqual({ text: SAMPLE, encoding: 'utf-16le', bom: true });
    expect(decode(encode(SAMPLE, 'utf-16be', true))).toEqual({ text: SAMPLE, encoding: 'utf-16be', bom: true });
  });
  it('a UTF-16LE BOM over bytes that are not UTF-16 is an error naming the encoding', () => {
    const e = decodeError(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41));
    expect(e.reason).toBe('invalid-bom');
    expect(e.message).toBe('starts with a UTF-16LE byte-order mark but is not valid UTF-16LE');
    expect(e.localized('zh')).toBe('以 UTF-16LE 字节序标记开头，但内容不是有效的 UTF-16LE');
  });
});

describe('decode: without a BOM', () => {
  it('strict UTF-8 first', () => {
    expect(decode(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: false });
  });
  it('GB18030 when the bytes are not UTF-8 (Windows “ANSI” Chinese text)', () => {
    const gb = encode(SAMPLE, 'gb18030', false);
    expect(gb.length).toBeLessThan(new TextEncoder().encode(SAMPLE).length);
    expect(decode(gb)).toEqual({ text: SAMPLE, encoding: 'gb18030', bom: false });
  });
  it('UTF-16LE and BE without BOM, recognised by where the NUL bytes fall — even with 一 (U+4E00) in the text', () => {
    expect(decode(encode(SAMPLE, 'utf-16le', false))).toEqual({ text: SAMPLE, encoding: 'utf-16le', bom: false });
    expect(decode(encode(SAMPLE, 'utf-16be', false))).toEqual({ text: SAMPLE, encoding: 'utf-16be', bom: false });
    const cjk = '一二三一是一、\n';
    expect(decode(encode(cjk, 'utf-16le', false)).text).toBe(cjk);
  });
  it('a binary file (NUL bytes, not UTF-16) is refused', () => {
    const e = decodeError(bytes(0x00, 0x01, 0x00, 0x00, 0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00));
    expect(e.reason).toBe('nul');
    expect(e.message).toBe('contains NUL bytes and is not UTF-16 text: probably a binary file');
    expect(e.localized('zh')).toBe('含有 NUL 字节且不是 UTF-16 文本，可能是二进制文件');
  });
  it('bytes that are neither UTF-8 nor GB18030 are refused', () => {
    // 0xFF is never valid in either
    expect(decodeError(bytes(0x41, 0xff, 0xff, 0x42)).reason).toBe('invalid');
  });
  it('text full of control characters is refused as binary', () => {
    const b = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeError(b).reason).toBe('control');
  });
  it('a few stray control characters (form feed, DOS end-of-file) are still text', () => {
    const t = '第一页\f第二页\u001a';
    expect(decode(new TextEncoder().encode(t)).text).toBe(t);
  });
  it('the seeds decode as UTF-8, and re-encoded as GB18030 and UTF-16 give the same text', () => {
    for (const n of ['000', '003']) {
      const text = seedText(n);
      for (const enc of ['gb18030', 'utf-16le', 'utf-16be'] as Encoding[]) {
        expect(decode(encode(text, enc, enc !== 'gb18030'))).toMatchObject({ text, encoding: enc });
      }
    }
  });
});

describe('encode (for --fix writes)', () => {
  it('GB18030: two-byte GBK codes for common characters, four-byte codes beyond GBK', () => {
    expect([...encode('叶', 'gb18030', false)]).toEqual([0xd2, 0xb6]);
    expect([...encode('，', 'gb18030', false)]).toEqual([0xa3, 0xac]);
    // U+0080 is the first four-byte code; 𠀀 (U+20000) is in a supplementary plane
    expect([...encode('\u0080', 'gb18030', false)]).toEqual([0x81, 0x30, 0x81, 0x30]);
    expect([...encode('𠀀', 'gb18030', false)]).toEqual([0x95, 0x32, 0x82, 0x36]);
  });
  it('refuses what it cannot write exactly instead of writing a wrong character', () => {
    expect(() => encode('a\ud800b', 'utf-8', false)).toThrow('contains U+D800, which cannot be encoded as UTF-8');
    expect(() => encode('\ue5e5', 'gb18030', false)).toThrow(DecodeError);
  });
});

/** CJK text as reports hold it: ideographs (with Extension A/B), CJK and full-width punctuation, ASCII, line breaks. */
const cjkChar = fc.oneof(
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x3400, max: 0x4dbf }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom(...'，。、；：？！“”‘’（）《》〈〉【】—…·％０１２３ＡＢ　\u2002'),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\n', '\r\n', '\t'),
);
const cjkText = fc.array(cjkChar, { maxLength: 200 }).map((a) => a.join(''));

describe('decode ∘ encode round-trips CJK text (property)', () => {
  it('UTF-8, with and without BOM', () => {
    fc.assert(
      fc.property(cjkText, fc.boolean(), (text, bom) => {
        expect(decode(encode(text, 'utf-8', bom))).toEqual({ text, encoding: 'utf-8', bom });
      }),
    );
  });
  it('UTF-16LE and UTF-16BE with BOM', () => {
    fc.assert(
      fc.property(cjkText, fc.constantFrom<Encoding>('utf-16le', 'utf-16be'), (text, enc) => {
        expect(decode(encode(text, enc, true))).toEqual({ text, encoding: enc, bom: true });
      }),
    );
  });
  it('GB18030: the text comes back, detected as GB18030 (pure ASCII reads as UTF-8, the same text)', () => {
    fc.assert(
      fc.property(cjkText, (text) => {
        const b = encode(text, 'gb18030', false);
        // strict UTF-8 comes first (issue 5): GB18030 bytes that are also valid UTF-8 and read as
        // Chinese that way are inherently ambiguous; they need luck in random text, never occur in a report
        // (and so are bytes that read as UTF-8 signs only, 路 = C2 B7 = UTF-8 「·」: UTF-8 wins those)
        fc.pre(!/[^\x00-\x7f]/.test(text) || (!validUtf8WithCjk(b) && !validUtf8SignsOnly(b)));
        const d = decode(b);
        expect(d.text).toBe(text);
        expect(d.encoding).toBe(/[^\x00-\x7f]/.test(text) ? 'gb18030' : 'utf-8');
      }),
      { numRuns: 300 },
    );
  });
  it('UTF-8 whose only non-ASCII character is 「·」 (C2 B7) stays UTF-8, not GB18030 「路」; so do × ° ± and general punctuation', () => {
    for (const text of ['·', 'A·B', '第1条·第2款\n', '3×4', '25°C', '±5%', '2023‰', 'a · b · c']) {
      expect(decode(new TextEncoder().encode(text)), text).toEqual({ text, encoding: 'utf-8', bom: false });
    }
  });
  it('GB18030 text that is also valid UTF-8 but reads as no Chinese that way is GB18030: 一 (D2 BB), 一是', () => {
    for (const text of ['一', '一是', '一、']) expect(decode(encode(text, 'gb18030', false))).toEqual({ text, encoding: 'gb18030', bom: false });
  });
  it('the seeds encoded as GB18030 are never valid UTF-8 (why strict UTF-8 first is safe for reports)', () => {
    for (const n of ['000', '001', '002', '003', '004']) expect(validUtf8WithCjk(encode(seedText(n), 'gb18030', false)), n).toBe(false);
  });
});

describe("the Node host's UTF-8 decoder (simdutf validation, ICU conversion)", () => {
  const fatal = (b: Uint8Array): string | undefined => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
    } catch {
      return undefined;
    }
  };
  const utf8ish = fc.array(
    fc.oneof(
      fc.constantFrom([0xe4, 0xb8, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xc2, 0xb7], [0x41], [0x0a], [0xef, 0xbc, 0x8c]),
      fc.constantFrom([0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xff], [0xe4, 0xb8], [0x00]),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 }),
    ),
    { maxLength: 40 },
  );
  it('reads exactly what a fatal TextDecoder reads, and refuses what it refuses (property)', () => {
    fc.assert(
      fc.property(utf8ish, (parts) => {
        const b = Uint8Array.from(parts.flat());
        expect(decodeUtf8(b)).toBe(fatal(b));
      }),
      { numRuns: 2000 },
    );
  });
  it('decode gives the same text, encoding and errors with it as without it', () => {
    const inputs = [
      new TextEncoder().encode(SAMPLE),
      new TextEncoder().encode('ASCII only, 2023.'),
      new TextEncoder().encode(seedText('000')),
      encode(SAMPLE, 'gb18030', false),
      encode(seedText('001'), 'gb18030', false),
      bytes(0xd2, 0xbb, 0xca, 0xc7),
      bytes(0xff, 0xfe, 0xfd),
      new TextEncoder().encode('\x01\x02\x03\x04 text'),
    ];
    const run = (b: Uint8Array) => {
      try {
        return decode(b);
      } catch (e) {
        return (e as Error).message;
      }
    };
    const plain = inputs.map(run);
    setUtf8Decoder(decodeUtf8);
    try {
      expect(inputs.map(run)).toEqual(plain);
    } finally {
      setUtf8Decoder(undefined);
    }
  });
});
