/**
 * Follows a version's replication to its end: one GET with `$expand=ReplicationStatus` per poll
 * (every region in one answer), spaced by Retry-After / the connection's interval, bounded by the
 * replication timeout. Per-region progress goes to the log when it changes; a failed region is named.
 */
import type { GalleryPort, GalleryVersionRef, RegionReplication, ReplicationStatus } from '../azure/image-ports.js';
import { EngineError } from '../errors.js';
import type { Clock, Logger, Sleep } from '../ports.js';
import { formatDuration } from '../duration.js';
import { pollUntil } from './poll.js';

export interface ReplicationWait {
  readonly gallery: GalleryPort;
  readonly ref: GalleryVersionRef;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly log: Logger;
  readonly timeoutMs: number;
  readonly firstDelayMs?: number;
}

const FAILED = new Set(['failed', 'canceled']);

export async function waitForReplication(w: ReplicationWait): Promise<ReplicationStatus> {
  const seen = new Map<string, string>();
  const status = await pollUntil<ReplicationStatus>({
    clock: w.clock,
    sleep: w.sleep,
    signal: w.signal,
    timeoutMs: w.timeoutMs,
    firstDelayMs: w.firstDelayMs,
    observe: async () => {
      const s = await w.gallery.replicationStatus(w.ref, { signal: w.signal });
      logProgress(w.log, w.ref.version, s, seen);
      const failed = s.regions.filter((r) => r.state === 'Failed');
      const state = (s.provisioningState ?? '').toLowerCase();
      const done =
        failed.length > 0 ||
        FAILED.has(state) ||
        (state === 'succeeded' && s.regions.every((r) => r.state === 'Completed'));
      return { done, value: s, pollAfterMs: s.pollAfterMs };
    },
    timedOut: (last, waited) => {
      const pending = (last?.regions ?? []).filter((r) => r.state !== 'Completed').map(describe);
      return new EngineError(
        'transient',
        `replication of version ${w.ref.version} did not finish within ${formatDuration(w.timeoutMs)} (input 'replication-timeout'; waited ${formatDuration(waited)})` +
          (pending.length > 0 ? `; still replicating: ${pending.join(', ')}` : '') +
          '. The version exists; a re-run with the same image-version waits for it again.',
      );
    },
  });
  const failed = status.regions.filter((r) => r.state === 'Failed');
  if (failed.length > 0) {
    const names = failed.map((r) => `'${r.region}'${r.details ? ` (${r.details})` : ''}`).join(', ');
    throw new EngineError(
      'terminal',
      `replication of version ${w.ref.version} failed in ${failed.length === 1 ? 'region' : 'regions'} ${names}`,
    );
  }
  if (FAILED.has((status.provisioningState ?? '').toLowerCase())) {
    throw new EngineError(
      'terminal',
      `version ${w.ref.version} ended in provisioning state ${status.provisioningState}`,
    );
  }
  return status;
}

function describe(r: RegionReplication): string {
  return `${r.region} ${r.state}${r.progress !== undefined && r.state !== 'Completed' ? ` ${r.progress}%` : ''}`;
}

function logProgress(log: Logger, version: string, s: ReplicationStatus, seen: Map<string, string>): void {
  for (const r of s.regions) {
    const line = describe(r);
    if (seen.get(r.region) === line) continue;
    seen.set(r.region, line);
    log.info(`replication ${version}: ${line}${r.state === 'Failed' && r.details ? ` — ${r.details}` : ''}`);
  }
}
