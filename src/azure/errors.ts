/**
 * Where Azure SDK failures become classified EngineErrors, for every port: cancelled, transient
 * (a re-run may fix it, with Azure's Retry-After when it sent one), terminal, internal (a bug in
 * our code). Branches on RestError's statusCode and error code, as the SDK intends. Sign-in
 * failures: ./sign-in-errors.ts.
 */
import { formatDuration } from '../core/duration.js';
import { CancelledError, EngineError, internalError, isProgrammingError } from '../core/errors.js';
import { isSignInError, signInFailure } from './sign-in-errors.js';

/**
 * core-lro's message when the operation's status is Failed ("The long-running operation has
 * failed. <code>. <message>", @azure/core-lro poller/operation.js). Nothing else it throws means
 * the operation failed: "Polling completed without succeeding or failing" and "Polling was
 * unsuccessful … doesn't necessarily indicate the operation has failed" are not.
 */
const LRO_FAILED = /^The long-running operation has failed\b/;
/** core-lro's message when the operation's status is Canceled in Azure (not our AbortSignal). */
const LRO_CANCELED = /^Operation was canceled$/;

interface RestErrorLike {
  name?: string;
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

export const statusOf = (err: unknown): number | undefined => (err as RestErrorLike | undefined)?.statusCode;

/** Runs an SDK call; a 404 becomes undefined. */
export async function orUndefined<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Conflicts that clear by themselves once the operation holding the resource ends. ARM and
 * Network: AnotherOperationInProgress ("Another operation on this or dependent resource is in
 * progress"; ARM's common deployment errors: "wait for the concurrent operation to complete"),
 * Network's RetryableError, Compute's OperationPreempted (a newer operation superseded this one).
 */
const TRANSIENT_CODES = new Set(['anotheroperationinprogress', 'retryableerror', 'operationpreempted']);
/**
 * Compute answers 409 OperationNotAllowed / Conflict with this wording while another operation runs
 * (for a scale set: "The request failed due to conflict with a concurrent request", see
 * src/emulator/conflicts.ts for where that answer is documented).
 */
const IN_PROGRESS =
  /another operation|operation[^.]*\bis (still )?in progress|pending operation|conflict with a concurrent request/i;

/** Classifies an SDK failure where it arises: cancelled, transient (a re-run may fix it), terminal, internal. */
export function classify(err: unknown, what: string, signal?: AbortSignal): EngineError {
  if (err instanceof EngineError) return err;
  const e = (err ?? {}) as RestErrorLike;
  if (signal?.aborted || e.name === 'AbortError') return new CancelledError(`the run was cancelled while ${what}`);
  if (isSignInError(err)) return signInFailure(err, what);
  if (isProgrammingError(err) && !fromSdk(err)) return internalError(err, what);
  const status = e.statusCode;
  const code = e.code && e.code !== 'REQUEST_SEND_ERROR' ? `${e.code}: ` : '';
  const detail = `${code}${e.message ?? String(err)}`;
  const options = { cause: err, ...retryAfterOf(e) };
  if (status === undefined) return statusless(e, what, detail, options);
  if (TRANSIENT_STATUS.has(status))
    return new EngineError(
      'transient',
      `${what} failed with HTTP ${status} after the SDK's retries: ${detail}`,
      options,
    );
  if (status === 409 && clearsByItself(e)) {
    return new EngineError(
      'transient',
      `${what} failed (HTTP 409, another operation holds the resource; a re-run waits for it): ${detail}`,
      options,
    );
  }
  if (status === 412) {
    return new EngineError(
      'transient',
      `${what} failed (HTTP 412: the resource changed since it was read; a re-run reads it again): ${detail}`,
      options,
    );
  }
  if (status === 401 || status === 403) {
    return new EngineError(
      'terminal',
      `${what} was refused (HTTP ${status}): ${detail}; check the identity's role assignments on the resource group`,
      options,
    );
  }
  return new EngineError('terminal', `${what} failed (HTTP ${status}): ${detail}`, options);
}

/** No HTTP status: core-lro's verdicts on the operation, else no answer from Resource Manager. */
function statusless(e: RestErrorLike, what: string, detail: string, options: { cause: unknown }): EngineError {
  const message = e.message ?? '';
  // Azure answered, and the operation failed: a re-run will not fix it without a change.
  if (LRO_FAILED.test(message))
    return new EngineError('terminal', `${what} failed: the operation ended Failed in Azure: ${message}`, options);
  if (LRO_CANCELED.test(message)) {
    return new EngineError(
      'transient',
      `${what} failed: Azure reports the operation Canceled (a newer operation on the resource may have superseded it)`,
      options,
    );
  }
  return new EngineError('transient', `${what} failed: ${detail} (no answer from Azure Resource Manager)`, options);
}

function clearsByItself(e: RestErrorLike): boolean {
  if (TRANSIENT_CODES.has((e.code ?? '').toLowerCase())) return true;
  const code = (e.code ?? '').toLowerCase();
  return (code === 'operationnotallowed' || code === 'conflict') && IN_PROGRESS.test(e.message ?? '');
}

/** A TypeError & co. thrown inside the SDK (its frames are in @azure/*) is the SDK's, not ours. */
function fromSdk(err: Error): boolean {
  const frame = (err.stack ?? '').split('\n').find((l) => /^\s+at /.test(l)) ?? '';
  return /[\\/]node_modules[\\/]@(azure|typespec)[\\/]/.test(frame);
}

/**
 * Azure's wait hint from the RestError's response: `retry-after-ms` / `x-ms-retry-after-ms`
 * (milliseconds), else `Retry-After` (seconds, or an HTTP date) — the headers and the order
 * core-rest-pipeline's throttling retry reads them in.
 */
export function retryAfterOf(e: RestErrorLike, now = Date.now()): { retryAfterMs?: number } {
  const get = (name: string) => e.response?.headers?.get?.(name)?.trim();
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(get(name));
    if (get(name) && Number.isFinite(ms) && ms >= 0) return { retryAfterMs: ms };
  }
  const raw = get('retry-after');
  if (!raw) return {};
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return { retryAfterMs: seconds * 1000 };
  const date = Date.parse(raw);
  return Number.isNaN(date) ? {} : { retryAfterMs: Math.max(0, date - now) };
}

/** Wraps a port call so every failure leaves as a classified EngineError. */
export async function guard<T>(what: string, signal: AbortSignal, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw classify(err, what, signal);
  }
}

/**
 * `guard` for a call bounded by `timeoutMs` (CallOptions): the SDK call gets a signal that also
 * aborts when the bound passes, and that ending is transient, not a cancellation.
 */
export async function guardWithin<T>(
  what: string,
  options: { signal: AbortSignal; timeoutMs?: number },
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { signal, timeoutMs } = options;
  if (timeoutMs === undefined) return guard(what, signal, () => call(signal));
  const timer = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
  try {
    return await call(AbortSignal.any([signal, timer]));
  } catch (err) {
    if (timer.aborted && !signal.aborted) {
      throw new EngineError('transient', `${what} did not finish within ${formatDuration(timeoutMs)}`, {
        cause: err,
      });
    }
    throw classify(err, what, signal);
  }
}
