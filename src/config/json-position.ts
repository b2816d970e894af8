/**
 * Where strict JSON text goes wrong: the offset of the first character
 * JSON.parse would reject, or undefined when the text is valid JSON.
 *
 * Node's JSON.parse names a position for some faults ("… at position 11")
 * but not for others ("Unexpected token '/', "…" is not valid JSON": a
 * comment, a trailing comma in an array, a misspelt true). A person fixing a
 * config needs the line and column every time, so this scanner finds it.
 */
/**
 * One strict JSON scanner for config files, with offsets.
 *
 * - jsonErrorOffset: where strict JSON text goes wrong — the offset of the first
 *   character JSON.parse would reject, or undefined when the text is valid JSON.
 *   Node's JSON.parse names a position for some faults ("… at position 11") but
 *   not for others (a comment, a trailing comma in an array, a misspelt true); a
 *   person fixing a config needs the line and column every time.
 * - parseJsonWithOffsets: the value with the offsets of every node, so the
 *   language server can edit a config by inserting text (src/lsp/json-edit.ts).
 */

export type JsonNode =
  | { type: 'object'; start: number; end: number; props: JsonProp[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'literal'; start: number; end: number; value: number | boolean | null };

export interface JsonProp {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export function jsonErrorOffset(text: string): number | undefined {
  const r = scanJson(text);
  return 'errorAt' in r ? r.errorAt : undefined;
}

/** Parse JSON with offsets (a leading BOM is skipped); undefined when the text is not valid JSON. */
export function parseJsonWithOffsets(text: string): JsonNode | undefined {
  const r = scanJson(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return 'node' in r ? r.node : undefined;
}

function scanJson(text: string, from = 0): { node: JsonNode } | { errorAt: number } {
  let i = from;
  const n = text.length;
  class Fault {
    constructor(readonly at: number) {}
  }
  const fail = (at = i): never => {
    throw new Fault(at);
  };
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const digits = (): void => {
    if (!(text[i] >= '0' && text[i] <= '9')) fail();
    while (text[i] >= '0' && text[i] <= '9') i++;
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= n) fail(n);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(Math.min(i + k, n));
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(Math.min(i + 1, n));
      } else i++;
    }
  };
  const value = (depth: number): JsonNode => {
    if (depth > 1000) fail(); // deeper than any config: give up here rather than overflow the stack
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const props: JsonProp[] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { type: 'object', start, end: i, props };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(); // a trailing comma, an unquoted key, a comment
        const keyStart = i;
        const key = string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        props.push({ key, keyStart, value: value(depth + 1) });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', start, end: i, props };
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', start, end: i, items };
        }
        fail();
      }
    }
    if (c === '"') {
      const v = string();
      return { type: 'string', start, end: i, value: v };
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      if (text[i] === '-') i++;
      if (text[i] === '0') i++;
      else digits();
      if (text[i] === '.') {
        i++;
        digits();
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        digits();
      }
      return { type: 'literal', start, end: i, value: Number(text.slice(start, i)) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (c === word[0]) {
        for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) fail(Math.min(i + k, n));
        i += word.length;
        return { type: 'literal', start, end: i, value: v };
      }
    }
    return fail(Math.min(i, n));
  };
  try {
    const node = value(0);
    ws();
    if (i < n) fail();
    return { node };
  } catch (e) {
    if (e instanceof Fault) return { errorAt: e.at };
    throw e;
  }
}
