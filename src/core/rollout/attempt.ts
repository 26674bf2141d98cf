/**
 * One call tried until it succeeds, fails for good, or its deadline leaves no room for another
 * try: the retry loop of the rollout executor, of publish's writes and of any other bounded Azure
 * call. Transient failures (src/core/rollout/retry.ts) are retried with backoff that honours
 * Azure's Retry-After; every try gets what is left of the deadline (`timeoutMs`) and, where the
 * host offers one, a signal that aborts at the deadline on the engine's clock.
 */
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Deadline, Logger, Sleep } from '../ports.js';
import { backoffMs, isRetryable } from './retry.js';
import type { StepCall } from './types.js';

export interface AttemptContext {
  readonly clock: Clock;
  readonly sleep: Sleep;
  /** The run's signal: an abort is a cancellation, never retried. */
  readonly signal: AbortSignal;
  readonly deadline?: Deadline;
  /** When the budget ends, on the engine's clock. */
  readonly deadlineAt: number;
  /** The input that sets the budget, for messages ('deploy-timeout'). */
  readonly budget: string;
  /** First backoff when Azure gives no Retry-After. */
  readonly baseMs: number;
  readonly log?: Pick<Logger, 'info'>;
}

/** How a call ended for good: the error, and how many tries it took. */
export class GaveUp extends Error {
  constructor(
    readonly error: unknown,
    readonly attempts: number,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

const left = (c: AttemptContext) => Math.max(0, c.deadlineAt - c.clock.now());

/**
 * The deadline signal behind each combined call signal. `AbortSignal.any` holds its sources only
 * weakly, and a timer-backed signal (`AbortSignal.timeout`) is itself only weakly held by its timer:
 * once a garbage collection runs, nothing keeps the deadline's signal, its timer finds it gone, and
 * the call's signal never aborts (a Node.js defect). The call then ran until the port's own bound
 * (`timeoutMs`, real milliseconds): far past the deadline when engine time runs faster than real
 * time. Held here for as long as the combined signal is reachable (whoever waits on it).
 */
const deadlineOf = new WeakMap<AbortSignal, AbortSignal>();

/** Options for one call: the run's signal (and the deadline's) and what is left of the budget. */
export function callOptions(c: AttemptContext): StepCall {
  const timeoutMs = Math.max(1, left(c));
  if (!c.deadline) return { signal: c.signal, timeoutMs };
  const deadline = c.deadline(timeoutMs);
  const signal = AbortSignal.any([c.signal, deadline]);
  deadlineOf.set(signal, deadline);
  return { signal, timeoutMs };
}

/**
 * Runs `fn` until it succeeds; throws a CancelledError when the run is cancelled, or `GaveUp`
 * (the last error and the number of tries) when a failure is not transient or the budget is spent.
 */
export async function attempt<T>(
  c: AttemptContext,
  what: string,
  fn: (call: StepCall) => Promise<T>,
): Promise<{ value: T; attempts: number }> {
  for (let n = 1; ; n++) {
    if (c.signal.aborted) throw new CancelledError(`the run was cancelled while ${what}`);
    if (left(c) <= 0)
      throw new GaveUp(new EngineError('transient', `${what} was not started: '${c.budget}' ran out`), n - 1);
    const call = callOptions(c);
    try {
      return { value: await fn(call), attempts: n };
    } catch (err) {
      if (c.signal.aborted) throw new CancelledError(`the run was cancelled while ${what}`);
      if (call.signal.aborted || left(c) <= 0) {
        // The budget stopped the call: Azure may still be working on it.
        const late = new EngineError(
          'transient',
          `${what} did not finish within '${c.budget}'; Azure may still be working on it (a re-run acts on what it then finds)`,
          { cause: err },
        );
        throw new GaveUp(late, n);
      }
      const wait = isRetryable(err) ? backoffMs(err, n, c.baseMs) : undefined;
      if (wait === undefined || wait >= left(c)) throw new GaveUp(err, n);
      c.log?.info(
        `${what}: ${err instanceof Error ? err.message : String(err)}; trying again in ${Math.ceil(wait / 1000)} s (attempt ${n + 1}).`,
      );
      await pause(c, Math.max(1, wait), what);
    }
  }
}

export async function pause(c: Pick<AttemptContext, 'sleep' | 'signal'>, ms: number, what: string): Promise<void> {
  try {
    await c.sleep(ms, c.signal);
  } catch {
    throw new CancelledError(`the run was cancelled while ${what}`);
  }
}
