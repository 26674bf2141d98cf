/**
 * Errors are classified where they arise and turned into a failed step in exactly one place, the
 * adapter's `run()`, which prints the message (never a stack trace) and exits 1.
 */
export type ErrorKind =
  /** The user's inputs are wrong; nothing was written. */
  | 'input'
  /** Azure or the network failed in a way a re-run may fix. */
  | 'transient'
  /** The operation failed and a re-run will not fix it without a change. */
  | 'terminal'
  /** The runner asked the step to stop. */
  | 'cancelled'
  /** A verify gate failed. */
  | 'verify';

export class EngineError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}

export class CancelledError extends EngineError {
  constructor(message = 'the run was cancelled') {
    super('cancelled', message);
    this.name = 'CancelledError';
  }
}

/** Any thrown value as an EngineError, keeping the kind when it already has one. */
export function asEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  if (err instanceof Error && err.name === 'AbortError') return new CancelledError();
  const message = err instanceof Error ? err.message : String(err);
  return new EngineError('terminal', message, { cause: err });
}
