/**
 * One probe attempt: a GET, classified as success or as the kind of failure it was.
 */
import type { HttpClient } from '../ports.js';
import { bodyExcerpt, compileBodyMatch, formatBodyMatch } from './body-match.js';
import type { ProbeSpec } from './probe-types.js';
import { formatStatusMatcher, matchesStatus } from './status-matcher.js';

export type Outcome =
  | { ok: true; status: number }
  | { ok: false; kind: 'status' | 'body'; status: number; detail: string }
  | { ok: false; kind: 'timeout' | 'error' | 'unresolved'; detail: string };

/** A spec prepared once per probe: the body regex compiled, the expectations formatted. */
export interface PreparedProbe {
  spec: ProbeSpec;
  bodyMatches?: (body: string) => boolean;
  expectedStatus: string;
}

export function prepareProbe(spec: ProbeSpec): PreparedProbe {
  return {
    spec,
    bodyMatches: spec.bodyMatch ? compileBodyMatch(spec.bodyMatch) : undefined,
    expectedStatus: formatStatusMatcher(spec.expectStatus),
  };
}

/**
 * Runs one GET with `timeoutMs` and classifies it. Rejects only with `signal.reason` when the
 * caller aborts; every other failure is an Outcome. Clients signal timeouts with an error named
 * "TimeoutError" (the web convention, as `AbortSignal.timeout` does), and a host name that does
 * not exist with one named "HostNotFoundError" (not worth another attempt).
 */
export async function attemptOnce(
  probe: PreparedProbe,
  http: HttpClient,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Outcome> {
  const { spec } = probe;
  try {
    const request = http.get(spec.url, { timeoutMs, signal, headers: spec.headers });
    const answer = await untilAborted(request, signal);
    return classifyAnswer(probe, answer.status, answer.body);
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof Error && err.name === 'TimeoutError') {
      return { ok: false, kind: 'timeout', detail: `request timed out after ${timeoutMs} ms` };
    }
    const kind = err instanceof Error && err.name === 'HostNotFoundError' ? 'unresolved' : 'error';
    return { ok: false, kind, detail: `request failed: ${errorMessage(err)}` };
  }
}

function classifyAnswer(probe: PreparedProbe, status: number, body: string): Outcome {
  if (!matchesStatus(probe.spec.expectStatus, status)) {
    const detail = `status ${status}, expected ${probe.expectedStatus}, with ${bodyExcerpt(body, 60)}`;
    return { ok: false, kind: 'status', status, detail };
  }
  if (probe.bodyMatches && probe.spec.bodyMatch && !probe.bodyMatches(body)) {
    const detail = `status ${status} but body does not match ${formatBodyMatch(probe.spec.bodyMatch)}: ${bodyExcerpt(body)}`;
    return { ok: false, kind: 'body', status, detail };
  }
  return { ok: true, status };
}

/** Identifies an outcome for logging: a change of key is a state change worth an info line. */
export function outcomeKey(outcome: Outcome): string {
  if (outcome.ok) return 'ok';
  if (outcome.kind === 'status') return `status ${outcome.status}`;
  if (outcome.kind === 'error') return outcome.detail;
  return outcome.kind;
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts, so a client
 * that ignores its signal cannot hold a cancelled probe.
 */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) {
      promise.catch(() => undefined);
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
