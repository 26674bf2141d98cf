/** Planned writes of the release record (tags on the target, src/core/deploy/record.ts). */
import type { ReleaseRecord } from '../deploy/strategy.js';
import type { PlannedWrite } from './action.js';

/** The intent tag written before the first write to the target. */
export function intentWrite(
  resource: string,
  target: string,
  state: 'deploying' | 'rolling-back' = 'deploying',
): PlannedWrite {
  return {
    resource,
    operation: 'tag',
    after: `target-version ${target}, state ${state}`,
    why: 'the release record names the version in flight before the first write',
  };
}

/** The record of what is live, written after the last write (it also clears target-version). */
export function liveWrite(
  resource: string,
  record: ReleaseRecord,
  live: { current: string; previous?: string; state?: 'live' | 'rolled-back'; extra?: string },
): PlannedWrite {
  const rest = [
    live.previous ? `previous-version ${live.previous}` : undefined,
    `state ${live.state ?? 'live'}`,
    live.extra,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    resource,
    operation: 'tag',
    before: `current-version ${record.current ?? 'none'}`,
    after: `${live.current} (${rest})`,
    why: 'the release record says what is live',
  };
}

/** A record that lags what the target already runs (an earlier run stopped before writing it). */
export function catchUpWrite(
  resource: string,
  record: ReleaseRecord,
  current: string,
  previous?: string,
): PlannedWrite {
  return {
    ...liveWrite(resource, record, { current, previous }),
    why: `the release record lags what runs${record.target ? ` (an earlier run left target-version ${record.target})` : ''}`,
  };
}
