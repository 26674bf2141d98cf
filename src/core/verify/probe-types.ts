/**
 * Types shared by the HTTP health probes of the verify stage.
 */
import type { Clock, HttpClient, Logger, Sleep } from '../ports.js';

/** An inclusive range of status codes, e.g. `{ min: 200, max: 299 }`. */
export interface StatusRange {
  min: number;
  max: number;
}

/** Accepted statuses: a status passes when it equals a code or falls in a range. Never empty. */
export type StatusMatcher = ReadonlyArray<number | StatusRange>;

/** What the body must contain. Substrings are case-sensitive; regexes use their own flags. */
export type BodyMatch =
  | { kind: 'substring'; text: string }
  | { kind: 'regex'; source: string; flags: string };

export interface ProbeSpec {
  /** Label in logs and summaries (the settings layer defaults it to the URL). */
  name: string;
  /** http(s) URL, requested with GET. Redirects are not followed (see runtime/http-client.ts). */
  url: string;
  expectStatus: StatusMatcher;
  bodyMatch?: BodyMatch;
  /** Consecutive successes required to pass (integer >= 1). */
  successes: number;
  /** Fail early after this many consecutive failures (integer >= 1); absent = only the budget stops it. */
  failureLimit?: number;
  /** Pause between attempts (>= 0). */
  intervalMs: number;
  /** Timeout of one request, clipped to what is left of `timeoutMs` (> 0). */
  requestTimeoutMs: number;
  /** Overall budget of this probe, measured on the injected clock (> 0). */
  timeoutMs: number;
  /** Extra request headers. Never logged: they may carry credentials. */
  headers?: Record<string, string>;
}

export interface ProbeResult {
  name: string;
  url: string;
  passed: boolean;
  attempts: number;
  /** Consecutive successes at the end (equals `successes` when passed). */
  consecutiveSuccesses: number;
  /** Status of the last answer, when the last attempt got one. */
  lastStatus?: number;
  /** Why the last attempt failed (status, body or request error), when it did. */
  lastError?: string;
  /** One human sentence for logs and summaries. */
  reason: string;
  /** From start to end on the injected clock. */
  durationMs: number;
}

export interface ProbeDeps {
  http: HttpClient;
  clock: Clock;
  sleep: Sleep;
  log: Logger;
  /** Cancellation: the probe rejects with `signal.reason` (see runProbe). */
  signal?: AbortSignal;
}

/** Parsers report every problem as a message instead of throwing, so settings can list them all. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
