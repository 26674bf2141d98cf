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
  | 'verify'
  /** A bug in immutable-deploy (a TypeError and the like in our code); the stack goes to the debug log. */
  | 'internal';

export class EngineError extends Error {
  /** For a transient error: how long Azure asked us to wait before trying again (its Retry-After). */
  readonly retryAfterMs?: number;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options);
    this.name = 'EngineError';
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

export class CancelledError extends EngineError {
  constructor(message = 'the run was cancelled') {
    super('cancelled', message);
    this.name = 'CancelledError';
  }
}

const PROGRAMMING_ERRORS = [TypeError, ReferenceError, RangeError, SyntaxError, EvalError, URIError];

/** A TypeError, ReferenceError, RangeError… : code did something it must not, never Azure's answer. */
export const isProgrammingError = (err: unknown): err is Error =>
  PROGRAMMING_ERRORS.some((type) => err instanceof type);

/** An 'internal' error: says it is a bug in immutable-deploy; the cause keeps the stack (see `internalStack`). */
export function internalError(err: Error, what?: string): EngineError {
  const where = what ? ` while ${what}` : '';
  const message =
    `a bug in immutable-deploy${where}: ${err.name}: ${err.message} ` +
    '(please report it; the stack is in the debug log: --verbose, ACTIONS_STEP_DEBUG or system.debug)';
  return new EngineError('internal', message, { cause: err });
}

/** The stack of the bug behind an 'internal' error, for the debug log only. */
export function internalStack(err: unknown): string | undefined {
  if (!(err instanceof EngineError) || err.kind !== 'internal') return undefined;
  return err.cause instanceof Error ? err.cause.stack : err.stack;
}

/** Any thrown value as an EngineError, keeping the kind when it already has one. */
export function asEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  if (err instanceof Error && err.name === 'AbortError') return new CancelledError();
  if (isProgrammingError(err)) return internalError(err);
  const message = err instanceof Error ? err.message : String(err);
  return new EngineError('terminal', message, { cause: err });
}
