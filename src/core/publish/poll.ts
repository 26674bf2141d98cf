/**
 * A bounded wait on the injected clock and sleep: observe, and if not done, sleep for what the
 * observation asks (Azure's Retry-After or the connection's interval), never past the deadline.
 */
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Sleep } from '../ports.js';

export interface Observation<T> {
  readonly done: boolean;
  readonly value: T;
  readonly pollAfterMs: number;
}

export interface PollOptions<T> {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** Wait before the first observation (e.g. the Retry-After of the write that started the work). */
  readonly firstDelayMs?: number;
  observe(): Promise<Observation<T>>;
  /** The error to throw when the deadline passes, given the last observation. */
  timedOut(last: T | undefined, waitedMs: number): EngineError;
}

/** Polls until `observe` says done; returns its value. Throws `timedOut(...)` at the deadline, CancelledError on abort. */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const { clock, sleep, signal } = options;
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  let last: T | undefined;
  let delay = options.firstDelayMs ?? 0;
  for (;;) {
    if (delay > 0) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) throw options.timedOut(last, clock.now() - start);
      try {
        await sleep(Math.min(delay, remaining), signal);
      } catch (err) {
        if (signal.aborted) throw new CancelledError();
        throw err;
      }
    }
    if (signal.aborted) throw new CancelledError();
    const seen = await options.observe();
    last = seen.value;
    if (seen.done) return seen.value;
    if (clock.now() >= deadline) throw options.timedOut(last, clock.now() - start);
    // Never spin: a zero interval (Retry-After: 0) still yields a minimal pause.
    delay = Math.max(1, seen.pollAfterMs);
  }
}
