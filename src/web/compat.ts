/**
 * The one newer built-in the bundled code calls that office browsers may lack: Array.prototype.at
 * (Chromium 92, Firefox 90; vfile-location uses it). With it the page runs on Chromium 87+, the base
 * of many browsers on 信创 machines. esbuild lowers the syntax (target in scripts/build-web.mjs);
 * it does not add missing built-ins.
 */
for (const proto of [Array.prototype, String.prototype] as { at?: unknown; length: number }[]) {
  if (typeof proto.at !== 'function') {
    Object.defineProperty(proto, 'at', {
      configurable: true,
      writable: true,
      value: function at(this: ArrayLike<unknown> & { charAt?: (i: number) => string }, index: number) {
        const n = Math.trunc(index) || 0;
        const i = n < 0 ? this.length + n : n;
        if (i < 0 || i >= this.length) return undefined;
        return typeof this === 'string' || this instanceof String ? String(this).charAt(i) : this[i];
      },
    });
  }
}
export {};
