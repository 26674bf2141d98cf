/**
 * Which failures a step retries, and how long it waits before the next attempt. Ports classify
 * Azure's answers where they arise (src/azure/errors.ts): 'transient' covers 429, 5xx, resets,
 * another operation in progress and a stale ETag (the write re-reads before trying again).
 */
import { EngineError } from '../errors.js';

/** Longest pause between two attempts when Azure does not say (Retry-After wins when it does). */
export const MAX_BACKOFF_MS = 60_000;

export function isRetryable(err: unknown): boolean {
  return err instanceof EngineError && err.kind === 'transient';
}

/**
 * Exponential backoff from `baseMs` (attempt 1 → base, 2 → 2×base, …, capped), or Azure's
 * Retry-After when the failure carries one.
 */
export function backoffMs(err: unknown, attempt: number, baseMs: number): number {
  const asked = err instanceof EngineError ? err.retryAfterMs : undefined;
  if (asked !== undefined && asked >= 0) return asked;
  const base = Math.max(1, baseMs);
  return Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(attempt - 1, 16));
}
