import type { Fix } from './types.js';

/**
 * A fix whose edits are computed when they are read — applied by --fix, serialised by a formatter,
 * the cache or a worker — and not held by the message in between. A file-wide fix (an NFKC-normalised
 * copy: one edit per comma) would otherwise keep hundreds of edit objects alive per file until the
 * run ends; a lazy one keeps only what `compute` closes over (compact arrays).
 *
 * `message.fix` stays an own, enumerable property in its usual place among the keys, so spreading,
 * JSON.stringify, Object.keys and deep equality see exactly what an eager fix gives. Each read
 * computes the edits anew (no copy is kept); assigning `message.fix` replaces it with a plain value.
 */
export function defineLazyFix(message: object, compute: () => Fix[]): void {
  Object.defineProperty(message, 'fix', {
    enumerable: true,
    configurable: true,
    get: compute,
    set(this: object, value: unknown) {
      Object.defineProperty(this, 'fix', { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

/**
 * Edits packed into typed arrays: start and end of edit i at 2i and 2i+1, its replacement text at
 * texts[i]. What a lazy fix keeps instead of one object per edit.
 */
export interface PackedEdits {
  offsets: Int32Array;
  texts: readonly string[] | string;
}

export function packEdits(edits: Iterable<Fix>, count: number): PackedEdits {
  const offsets = new Int32Array(count * 2);
  const texts: string[] = [];
  let i = 0;
  let oneChar = true;
  for (const e of edits) {
    offsets[i++] = e.start;
    offsets[i++] = e.end;
    texts.push(e.text);
    if (e.text.length !== 1) oneChar = false;
  }
  // one-character replacements (，；：…) pack into a single string
  return { offsets, texts: oneChar ? texts.join('') : texts };
}

export function unpackEdits(p: PackedEdits): Fix[] {
  const out: Fix[] = new Array(p.offsets.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = { start: p.offsets[2 * i], end: p.offsets[2 * i + 1], text: p.texts[i] };
  return out;
}

/** The packed edits behind lazy fixes made by packedFix: a formatter can write them without unpacking. */
const packedBy = new WeakMap<() => Fix[], PackedEdits>();

/** A lazy fix's compute function over packed edits (each read unpacks them), known to packedEditsOf. */
export function packedFix(p: PackedEdits): () => Fix[] {
  const compute = (): Fix[] => unpackEdits(p);
  packedBy.set(compute, p);
  return compute;
}

/** The packed edits of a message whose fix is a packedFix not yet replaced; undefined for any other fix. */
export function packedEditsOf(message: object): PackedEdits | undefined {
  const get = Object.getOwnPropertyDescriptor(message, 'fix')?.get;
  return get ? packedBy.get(get as () => Fix[]) : undefined;
}

/** Edits packed from `count` items without an object per edit: the start, end and text of item i as the callbacks give them. */
export function packEach<T>(items: readonly T[], start: (x: T) => number, end: (x: T) => number, text: (x: T) => string): PackedEdits {
  const offsets = new Int32Array(items.length * 2);
  const texts: string[] = new Array(items.length);
  let oneChar = true;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    offsets[2 * i] = start(x);
    offsets[2 * i + 1] = end(x);
    const t = text(x);
    texts[i] = t;
    if (t.length !== 1) oneChar = false;
  }
  return { offsets, texts: oneChar ? texts.join('') : texts };
}
