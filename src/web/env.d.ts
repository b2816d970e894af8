/** Filled in by scripts/build-web.mjs (esbuild define). */
declare const __FZLINT_LAWS__: string;
declare const __FZLINT_VERSION__: string;

/** src/linter/limits.ts names Node's error type in one cast; the page never calls that function. */
declare namespace NodeJS {
  interface ErrnoException extends Error {
    code?: string;
  }
}
