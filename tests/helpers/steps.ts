/**
 * Deterministic work counting for growth tests (no clock). While `fn` runs, hooks installed from
 * outside (the code under test is unchanged) count:
 * - every regular-expression match attempt, by the characters it covered (from where it started to the
 *   end of its match, or to the end of the text when it failed);
 * - every string search (indexOf, lastIndexOf, includes), by the characters it covered;
 * - every character read with charCodeAt/codePointAt, every step of for…of/spread over an array or a
 *   string, and every element an array method visits (forEach, map, filter, some, every, find,
 *   findIndex, reduce, indexOf, includes).
 * The count is the same on an idle and on a loaded machine, so a test can assert that 4× the input costs
 * about 4× the steps: a loop that re-reads the text, or scans all facts, once per sentence shows as n².
 * Not seen: backtracking inside one regex match, indexing with text[i], Map/Set walks, plain for loops
 * over arrays; `npm run bench:linear` measures time for those.
 * `fn` must be synchronous: the hooks are removed when it returns.
 */
export function countSteps<T>(fn: () => T): { result: T; steps: number } {
  let steps = 0;
  const restore: (() => void)[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const patch = (target: any, key: PropertyKey, make: (orig: any) => any) => {
    const orig = target[key];
    target[key] = make(orig);
    restore.push(() => (target[key] = orig));
  };
  const clamp = (n: number, len: number) => Math.max(0, Math.min(len, n));

  patch(RegExp.prototype, 'exec', (exec) =>
    function (this: RegExp, input: string) {
      const s = String(input);
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const m = exec.call(this, s) as RegExpExecArray | null;
      if (m) steps += Math.max(1, m.index + m[0].length - from);
      else steps += this.sticky ? 1 : Math.max(1, s.length - from);
      return m;
    },
  );
  patch(String.prototype, 'indexOf', (indexOf) =>
    function (this: string, needle: string, position?: number) {
      const i = indexOf.call(this, needle, position) as number;
      const from = clamp(position ?? 0, this.length);
      steps += Math.max(1, (i < 0 ? this.length : i + String(needle).length) - from);
      return i;
    },
  );
  const indexOf = String.prototype.indexOf; // the hooked one: includes counts as a search
  patch(String.prototype, 'includes', () =>
    function (this: string, needle: string, position?: number) {
      return indexOf.call(this, needle, position) >= 0;
    },
  );
  patch(String.prototype, 'lastIndexOf', (lastIndexOf) =>
    function (this: string, needle: string, position?: number) {
      const i = lastIndexOf.call(this, needle, position) as number;
      const from = clamp(position ?? this.length, this.length);
      steps += Math.max(1, from - (i < 0 ? 0 : i));
      return i;
    },
  );
  for (const key of ['charCodeAt', 'codePointAt'] as const) {
    patch(String.prototype, key, (orig) =>
      function (this: string, i: number) {
        steps++;
        return orig.call(this, i);
      },
    );
  }
  for (const proto of [Array.prototype, String.prototype]) {
    patch(proto, Symbol.iterator, (orig) =>
      function (this: unknown) {
        const it = orig.call(this) as Iterator<unknown>;
        return {
          next() {
            steps++;
            return it.next();
          },
          [Symbol.iterator]() {
            return this;
          },
        };
      },
    );
  }
  for (const key of ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'flatMap'] as const) {
    patch(Array.prototype, key, (orig) =>
      function (this: unknown[], cb: (...a: unknown[]) => unknown, thisArg?: unknown) {
        return orig.call(this, (...a: unknown[]) => {
          steps++;
          return cb.apply(thisArg, a);
        });
      },
    );
  }
  patch(Array.prototype, 'reduce', (orig) =>
    function (this: unknown[], cb: (...a: unknown[]) => unknown, ...init: unknown[]) {
      return orig.call(this, (...a: unknown[]) => {
        steps++;
        return cb.apply(undefined, a);
      }, ...init);
    },
  );
  const arrayIndexOf = Array.prototype.indexOf;
  for (const key of ['indexOf', 'includes'] as const) {
    patch(Array.prototype, key, (orig) =>
      function (this: unknown[], x: unknown, from?: number) {
        const i = arrayIndexOf.call(this, x, from);
        const start = clamp(from ?? 0, this.length);
        steps += Math.max(1, (i < 0 ? this.length : i + 1) - start);
        return orig.call(this, x, from);
      },
    );
  }
  try {
    const result = fn();
    return { result, steps };
  } finally {
    for (const r of restore.reverse()) r();
  }
}
