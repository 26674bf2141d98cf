/**
 * Clean-up's limits, with their defaults. The inputs `cleanup-parallelism`, `cleanup-max-deletes`
 * and `cleanup-timeout` map to the optional fields below (parsed into CleanupSettings); absent
 * fields take the defaults, so clean-up is bounded even before the inputs exist.
 */
import type { CleanupSettings } from '../settings/types.js';

export interface CleanupLimits {
  /** Versions deleted (or retired) at once; also the instance lists read at once by the scan. */
  readonly parallelism: number;
  /** Most version deletions / retirements per run; the oldest go first, the rest wait for the next run. */
  readonly maxDeletes: number;
  /** Longest clean-up runs (ms): no delete starts after it, and every read is bounded by what is left. */
  readonly timeoutMs: number;
  /** Names listed in the step summary per list; the full lists go to the outputs and the record file. */
  readonly summaryNames: number;
}

export const DEFAULT_LIMITS: CleanupLimits = {
  parallelism: 8,
  maxDeletes: 1000,
  timeoutMs: 3 * 3_600_000,
  summaryNames: 20,
};

const positive = (n: number | undefined, fallback: number) =>
  n !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;

export function limitsOf(settings: CleanupSettings & Partial<CleanupLimits>): CleanupLimits {
  return {
    parallelism: Math.min(64, positive(settings.parallelism, DEFAULT_LIMITS.parallelism)),
    maxDeletes: positive(settings.maxDeletes, DEFAULT_LIMITS.maxDeletes),
    timeoutMs: positive(settings.timeoutMs, DEFAULT_LIMITS.timeoutMs),
    summaryNames: positive(settings.summaryNames, DEFAULT_LIMITS.summaryNames),
  };
}

/**
 * The share of clean-up's time kept for confirming deletes (a tenth, at most 15 minutes): sends
 * stop that much before the deadline, so the deletes already sent are still listed and counted
 * rather than all reported unconfirmed.
 */
export const confirmReserveMs = (timeoutMs: number): number => Math.min(15 * 60_000, Math.floor(timeoutMs / 10));
