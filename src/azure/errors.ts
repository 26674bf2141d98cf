/**
 * Where Azure SDK failures become classified EngineErrors, for every port: cancelled, transient
 * (a re-run may fix it), terminal. Branches on RestError's statusCode, as the SDK intends.
 */
import { CancelledError, EngineError } from '../core/errors.js';

const LRO_FAILED = /long-running operation has failed|operation (has )?failed|Operation ended/i;

interface RestErrorLike {
  name?: string;
  statusCode?: number;
  code?: string;
  message?: string;
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

/** Classifies an SDK failure where it arises: cancelled, transient (a re-run may fix it), terminal. */
export function classify(err: unknown, what: string, signal?: AbortSignal): EngineError {
  if (err instanceof EngineError) return err;
  const e = (err ?? {}) as RestErrorLike;
  if (signal?.aborted || e.name === 'AbortError') return new CancelledError(`the run was cancelled while ${what}`);
  const status = e.statusCode;
  const code = e.code && e.code !== 'REQUEST_SEND_ERROR' ? `${e.code}: ` : '';
  const detail = `${code}${e.message ?? String(err)}`;
  // core-lro throws a plain Error (no status) when a long-running operation ends Failed: Azure
  // answered, and the operation failed — a re-run will not fix it without a change.
  if (status === undefined && LRO_FAILED.test(e.message ?? '')) {
    return new EngineError('terminal', `${what} failed: the operation ended Failed in Azure: ${e.message}`, { cause: err });
  }
  if (status === undefined) return new EngineError('transient', `${what} failed: ${detail} (no answer from Azure Resource Manager)`, { cause: err });
  if (TRANSIENT_STATUS.has(status)) return new EngineError('transient', `${what} failed with HTTP ${status} after the SDK's retries: ${detail}`, { cause: err });
  if (status === 401 || status === 403) {
    return new EngineError('terminal', `${what} was refused (HTTP ${status}): ${detail}; check the identity's role assignments on the resource group`, { cause: err });
  }
  return new EngineError('terminal', `${what} failed (HTTP ${status}): ${detail}`, { cause: err });
}

/** Wraps a port call so every failure leaves as a classified EngineError. */
export async function guard<T>(what: string, signal: AbortSignal, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw classify(err, what, signal);
  }
}

