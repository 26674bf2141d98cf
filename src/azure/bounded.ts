/**
 * A port call bounded by what is left of its step's deadline: the run's signal combined with a
 * timeout. When the timeout (not the run) stopped it, the failure is transient and says so — Azure
 * may still be working on the operation, and a re-run acts on what it then finds.
 */
import { EngineError } from '../core/errors.js';

export interface BoundedOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs?: number;
}

export async function bounded<T>(
  what: string,
  options: BoundedOptions,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = options.timeoutMs !== undefined ? AbortSignal.timeout(Math.max(1, options.timeoutMs)) : undefined;
  const signal = timeout ? AbortSignal.any([options.signal, timeout]) : options.signal;
  try {
    return await fn(signal);
  } catch (err) {
    if (timeout?.aborted && !options.signal.aborted) throw timedOut(what, err);
    throw err;
  }
}

export function timedOut(what: string, cause: unknown): EngineError {
  return new EngineError(
    'transient',
    `${what} did not finish within the time left of 'deploy-timeout'; Azure may still be working on it (a re-run picks up from what it finds)`,
    { cause },
  );
}
