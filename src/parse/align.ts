/**
 * Map text a converter produced (entities decoded, whitespace collapsed,
 * tags of adjacent inline elements merged away) back onto the HTML source it
 * came from, so every character of a paragraph can be located in the page.
 */
export interface Piece {
  value: string;
  /** Source range; absent for text the source does not hold (an inserted separator). */
  start?: number;
  end?: number;
}

/** Source ranges to treat as absent (elements removed before conversion), sorted by start. */
export type SkipRanges = readonly (readonly [number, number])[];

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•',
  times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰', copy: '©', reg: '®', trade: '™', yen: '¥', sect: '§',
  para: '¶', laquo: '«', raquo: '»', larr: '←', rarr: '→', uarr: '↑', darr: '↓', le: '≤', ge: '≥', ne: '≠', shy: '\u00ad',
  zwj: '\u200d', zwnj: '\u200c',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
/** How far to look for a character before deciding the source does not hold it. */
const LOOKAHEAD = 400;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0';
}

interface Token {
  kind: 'space' | 'entity' | 'char';
  end: number;
  /** Decoded entity; undefined for an entity this table does not know (matches any one character). */
  decoded?: string;
}

export function align(source: string, from: number, to: number, value: string, skip: SkipRanges = []): Piece[] {
  const pieces: Piece[] = [];
  let skipAt = 0;
  let j = from;
  let i = 0;

  /** Move j past removed ranges, tags and comments. */
  const settle = (): void => {
    for (;;) {
      while (skipAt < skip.length && skip[skipAt][1] <= j) skipAt++;
      if (skipAt < skip.length && skip[skipAt][0] <= j) {
        j = skip[skipAt][1];
        continue;
      }
      if (source.charCodeAt(j) === 60 /* < */) {
        if (source.startsWith('<!--', j)) {
          const e = source.indexOf('-->', j + 4);
          j = e === -1 ? to : e + 3;
          continue;
        }
        if (/[A-Za-z/!?]/.test(source[j + 1] ?? '')) {
          const e = source.indexOf('>', j + 1);
          j = e === -1 ? to : e + 1;
          continue;
        }
      }
      return;
    }
  };

  const tokenAt = (at: number): Token => {
    const c = source[at];
    if (isSpace(c)) {
      let e = at + 1;
      while (e < to && isSpace(source[e])) e++;
      return { kind: 'space', end: e };
    }
    if (c === '&') {
      ENTITY.lastIndex = at;
      const m = ENTITY.exec(source);
      if (m) {
        const decoded = m[1] ? safeCodePoint(Number(m[1])) : m[2] ? safeCodePoint(parseInt(m[2], 16)) : NAMED[m[3]];
        if (decoded !== undefined && isSpace(decoded)) return { kind: 'space', end: at + m[0].length };
        return { kind: 'entity', end: at + m[0].length, decoded };
      }
    }
    return { kind: 'char', end: at + 1 };
  };

  /** Is value[i] found ahead in the source (within LOOKAHEAD)? Tags are not skipped here; it is only a guard. */
  const ahead = (c: string): boolean => {
    return source.slice(j, Math.min(to, j + LOOKAHEAD)).includes(c);
  };

  while (i < value.length) {
    settle();
    if (j >= to) break;
    const c = value[i];
    const tok = tokenAt(j);
    if (tok.kind === 'space') {
      if (isSpace(c)) {
        let e = i + 1;
        while (e < value.length && isSpace(value[e])) e++;
        pieces.push({ value: value.slice(i, e), start: j, end: tok.end });
        i = e;
      }
      // whitespace the converter collapsed away
      j = tok.end;
      continue;
    }
    if (isSpace(c)) {
      // a separator the converter added (between cells, around a <br>)
      pieces.push({ value: c });
      i++;
      continue;
    }
    if (tok.kind === 'entity') {
      if (tok.decoded === undefined) {
        const n = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff ? 2 : 1;
        pieces.push({ value: value.slice(i, i + n), start: j, end: tok.end });
        i += n;
        j = tok.end;
      } else if (value.startsWith(tok.decoded, i)) {
        pieces.push({ value: tok.decoded, start: j, end: tok.end });
        i += tok.decoded.length;
        j = tok.end;
      } else {
        j = tok.end;
      }
      continue;
    }
    if (source[j] === c) {
      pieces.push({ value: c, start: j, end: j + 1 });
      i++;
      j++;
      continue;
    }
    if (ahead(c)) {
      j++;
    } else {
      // the converter produced a character the source does not hold
      pieces.push({ value: c });
      i++;
    }
  }
  if (i < value.length) pieces.push({ value: value.slice(i) });
  return merge(pieces, source);
}

function safeCodePoint(n: number): string | undefined {
  if (!(n > 0 && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

/** Join neighbouring pieces: exact runs with exact runs, unplaced text with unplaced text. */
function merge(pieces: Piece[], source: string): Piece[] {
  const out: Piece[] = [];
  let lastExact = false;
  let parts: string[] = [];
  const flush = () => {
    if (parts.length > 1) out[out.length - 1].value = parts.join('');
    parts = [];
  };
  for (const p of pieces) {
    const last = out[out.length - 1];
    // pieces are short (a character, an entity, a whitespace run): checking each is linear overall
    const isExact = exact(p, source);
    if (last && last.start === undefined && p.start === undefined) {
      parts.push(p.value);
    } else if (last && lastExact && isExact && last.end === p.start) {
      parts.push(p.value);
      last.end = p.end;
    } else {
      flush();
      out.push({ ...p });
      parts = [p.value];
      lastExact = isExact;
    }
  }
  flush();
  return out;
}

export function exact(p: Piece, source: string): boolean {
  return p.start !== undefined && p.end !== undefined && p.end - p.start === p.value.length && source.slice(p.start, p.end) === p.value;
}
