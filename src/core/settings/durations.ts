/**
 * The bounds of every duration input. A wait longer than any CI job may run is a typo ('90d' for
 * '90m'), and Node fires a timer longer than 2^31-1 ms (24.8 days) at once; so stage timeouts stop
 * at 7 days (GitHub's self-hosted job limit is 5), waits inside a stage at 1 day, single requests
 * and pauses between probe attempts at 1 hour. Zero is refused where it cannot work: a timeout of
 * zero fails at once, a probe interval of zero floods the endpoint. Zero stays allowed where it
 * means "none" (no wait for the deploy lock, no pause between batches, scale the old colour down
 * at once).
 */
import { formatDuration } from '../duration.js';
import { parseDuration, type Problems } from './values.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DurationBounds {
  /** Whether '0' is a valid value (meaning "none"). */
  readonly zero: boolean;
  readonly maxMs: number;
}

const stageTimeout: DurationBounds = { zero: false, maxMs: 7 * DAY };
const waitInStage: DurationBounds = { zero: false, maxMs: DAY };
const single: DurationBounds = { zero: false, maxMs: HOUR };

export const DURATION_BOUNDS: Readonly<Record<string, DurationBounds>> = {
  'bake-timeout': stageTimeout,
  'replication-timeout': stageTimeout,
  'deploy-timeout': stageTimeout,
  'cleanup-timeout': stageTimeout,
  // Zero: fail at once when another run holds the lock.
  'lock-timeout': { zero: true, maxMs: DAY },
  'pause-between-batches': { zero: true, maxMs: DAY },
  // Not a wait: the retired colour is tagged to be scaled down this long after the switch.
  'scale-down-delay': { zero: true, maxMs: 30 * DAY },
  'probe-timeout': waitInStage,
  'verify-command-timeout': waitInStage,
  'probe-request-timeout': single,
  'probe-interval': single,
};

/** Image Builder's longest build (the template's buildTimeoutInMinutes is at most 960). */
export const IMAGE_BUILDER_MAX_MS = 16 * HOUR;

/** ' (above 0, at most 7d)' for the input table's descriptions. */
export function boundsText(name: string): string {
  const b = DURATION_BOUNDS[name];
  if (!b) throw new Error(`internal: no duration bounds for '${name}'`);
  return ` (${b.zero ? '0 or more' : 'above 0'}, at most ${formatDuration(b.maxMs)})`;
}

/** A parser for the duration input `name`, within its bounds. */
export function boundedDuration(name: string): (p: Problems, input: string, raw: string) => number | undefined {
  const b = DURATION_BOUNDS[name];
  if (!b) throw new Error(`internal: no duration bounds for '${name}'`);
  return (p, input, raw) => checkBounds(p, input, raw, parseDuration(p, input, raw), b);
}

function checkBounds(
  p: Problems,
  input: string,
  raw: string,
  ms: number | undefined,
  b: DurationBounds,
): number | undefined {
  if (ms === undefined) return undefined;
  if (ms === 0 && !b.zero) return p.bad(input, raw, 'is zero; expected a duration above zero');
  if (ms > b.maxMs) return p.bad(input, raw, `is too long; expected at most ${formatDuration(b.maxMs)}`);
  return ms;
}
