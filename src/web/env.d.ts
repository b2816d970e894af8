/** Filled in by scripts/build-web.mjs (esbuild define). */
declare const __FZLINT_LAWS__: string;
declare const __FZLINT_VERSION__: string;

/**
 * src/linter/limits.ts (its size, emptiness and structure messages are the page's too) has two Node-only
 * helpers the page never calls and the bundle drops: readFailure (casts to Node's error type) and
 * readStreamLimited (standard input, with Buffer). Their types, for this type-check only.
 */
declare namespace NodeJS {
  interface ErrnoException extends Error {
    code?: string;
  }
}
type Buffer = Uint8Array;
declare const Buffer: { from(text: string): Uint8Array; concat(chunks: Uint8Array[]): Uint8Array };
