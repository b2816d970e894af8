import vm from 'node:vm';

/**
 * A deadline for synchronous work in this thread. JavaScript cannot interrupt a function that never
 * returns from inside the same thread, but V8 can: a `vm` script run with a `timeout` is stopped by
 * V8's own watchdog thread (TerminateExecution), whatever it is calling — our model, a rule, a
 * plugin — and no `try`/`catch` inside it can swallow that. The work runs through one tiny script
 * compiled once; the cost is the watchdog thread Node starts per call (~0.1 ms), so it is paid per
 * file, not per rule.
 *
 * Used by Linter.lintText for every file (the CLI's default run, the language server, each worker),
 * so a rule or parser that loops forever costs one file its deadline, not the whole run.
 */

const context = vm.createContext(Object.create(null) as object);
let current: (() => unknown) | undefined;
// the only thing the script does is call back into this module
(context as { run?: () => unknown }).run = () => current!();
const script = new vm.Script('run()', { filename: 'fzlint-watchdog' });

export type Deadline<T> = { done: true; value: T } | { done: false };

/** Run `work` with a deadline of `ms` milliseconds; `{ done: false }` when it was stopped there. Its own errors are thrown. */
export function withDeadline<T>(work: () => T, ms: number): Deadline<T> {
  if (current) return { done: true, value: work() }; // nested: the outer deadline covers it
  current = work;
  try {
    return { done: true, value: script.runInContext(context, { timeout: Math.max(1, Math.round(ms)), breakOnSigint: false }) as T };
  } catch (e) {
    if ((e as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { done: false };
    throw e;
  } finally {
    current = undefined;
  }
}
