import vm from 'node:vm';

/**
 * A deadline for synchronous work in this thread. JavaScript cannot interrupt a function that never
 * returns from inside the same thread, but V8 can: a `vm` script run with a `timeout` is stopped by
 * V8's own watchdog thread (TerminateExecution), whatever it is calling — our model, a rule, a
 * plugin — and no `try`/`catch` inside it can swallow that. The work runs through one tiny script
 * compiled once; the cost is the watchdog thread Node starts per call (~0.25 ms of CPU and ~0.4 ms of
 * wall in a real run), so it is paid per file (withDeadline: the language server, workers, --fix) or
 * per group of files (withDeadlineGroup: the CLI's run in this thread), never per rule.
 *
 * A rule or parser that loops forever costs one file its deadline, not the whole run.
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

/** What became of one work of a group: its value, its own error, or stopped at the group's deadline. */
export type GroupOutcome<T> = { done: true; value: T } | { done: true; error: unknown } | { done: false };

/**
 * Run works back to back under ONE watchdog: Node starts a watchdog thread per vm call with a timeout,
 * which cost ~0.25 s of CPU and ~0.4 s of wall over 1,000 reports when each file had a call of its own.
 * Every work still gets at least `ms` of its own: a work starts only while less than `window` ms have
 * passed since the group started, and the group is stopped at `ms + window`. A work's own error is kept
 * as its outcome and the next work runs. Returns the outcomes of the works that were started, in order:
 * fewer than `works` when the window closed (the caller starts another group for the rest) or when the
 * last one was stopped (`{ done: false }`: it ran for at least `ms`).
 */
export function withDeadlineGroup<T>(works: readonly (() => T)[], ms: number, window: number): GroupOutcome<T>[] {
  const outcomes: GroupOutcome<T>[] = [];
  if (current) {
    // nested: the outer deadline covers it
    for (const work of works) outcomes.push(attempt(work));
    return outcomes;
  }
  const started = performance.now();
  current = () => {
    for (let i = 0; i < works.length; i++) {
      if (i > 0 && performance.now() - started >= window) return;
      outcomes.push({ done: false }); // until it ends: what stays when the watchdog stops it
      outcomes[i] = attempt(works[i]);
    }
  };
  try {
    script.runInContext(context, { timeout: Math.max(1, Math.round(ms + window)), breakOnSigint: false });
  } catch (e) {
    if ((e as { code?: string } | null)?.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
  } finally {
    current = undefined;
  }
  return outcomes;
}

function attempt<T>(work: () => T): GroupOutcome<T> {
  try {
    return { done: true, value: work() };
  } catch (error) {
    return { done: true, error };
  }
}
