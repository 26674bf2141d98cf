/**
 * Types shared by the HTTP health probes of the verify stage.
 */
export type { ProbeResult } from '../model.js';

/** An inclusive range of status codes, e.g. `{ min: 200, max: 299 }`. */
export interface StatusRange {
  min: number;
  max: number;
}

/** Accepted statuses: a status passes when it equals a code or falls in a range. Never empty. */
export type StatusMatcher = ReadonlyArray<number | StatusRange>;

/** What the body must contain. Substrings are case-sensitive; regexes use their own flags. */
export type BodyMatch = { kind: 'substring'; text: string } | { kind: 'regex'; source: string; flags: string };

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

/** Parsers report every problem as a message instead of throwing, so settings can list them all. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
