/**
 * One Azure write of publish, bounded by a deadline and tried again while it fails transiently
 * (honouring Azure's Retry-After) until that deadline: the rollout's shared retry loop
 * (src/core/rollout/attempt.ts). Only for idempotent writes (a PUT of the same body, a DELETE where
 * absent is fine).
 */
import { EngineError } from '../errors.js';
import type { Clock, Sleep } from '../ports.js';
import { attempt, GaveUp } from '../rollout/attempt.js';
import { formatDuration } from '../duration.js';

export interface Attempt<T> {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** What is done, for messages: 'deleting version 1.0.1'. */
  readonly what: string;
  /** The input that sets the bound, for the message when it passes. */
  readonly bound: string;
  /** Between tries when the error names no Retry-After. */
  readonly backoffMs?: number;
  /** The call; `timeoutMs` is what is left of the bound, for the port to give up after (CallOptions). */
  call(options: { signal: AbortSignal; timeoutMs: number }): Promise<T>;
}

const DEFAULT_BACKOFF_MS = 5_000;

export async function attemptWithin<T>(a: Attempt<T>): Promise<T> {
  const context = {
    clock: a.clock,
    sleep: a.sleep,
    signal: a.signal,
    deadlineAt: a.clock.now() + a.timeoutMs,
    budget: a.bound,
    baseMs: a.backoffMs ?? DEFAULT_BACKOFF_MS,
  };
  try {
    return (await attempt(context, a.what, (call) => a.call(call))).value;
  } catch (err) {
    if (!(err instanceof GaveUp)) throw err;
    if (!(err.error instanceof EngineError) || err.error.kind !== 'transient') throw err.error;
    const message = `${a.what} did not succeed within ${formatDuration(a.timeoutMs)} (input '${a.bound}'; ${err.attempts} tries); last error: ${err.error.message}`;
    throw new EngineError('transient', message, { cause: err.error });
  }
}
