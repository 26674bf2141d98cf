import type { Json, StoredResource } from '../state.js';
import type { EmulatorContext } from '../types.js';

/**
 * Per-region replication of a gallery image version, kept in `resource.meta.replication` and
 * evaluated lazily against the simulated clock: a region is Replicating with progress rising
 * linearly from its start, then Completed (or Failed when scripted).
 */
export interface RegionReplication {
  region: string;
  startMs: number;
  durationMs: number;
  failure?: string;
}

export const REPLICATION_FAILURE_SCRIPT = 'compute.galleryImageVersion.replicationFailure';

/** Simulated seconds to replicate one region: primary first, the others staggered, more replicas take longer. */
export function replicationSeconds(index: number, replicas: number): number {
  return 240 + index * 60 + Math.max(0, replicas - 1) * 15;
}

export function getReplication(res: StoredResource): RegionReplication[] {
  return (res.meta['replication'] as RegionReplication[] | undefined) ?? [];
}

/** Starts replication for regions that are new in `targetRegions`; drops removed ones. */
export function planReplication(emu: EmulatorContext, res: StoredResource, targetRegions: Json[]): RegionReplication[] {
  const existing = new Map(getReplication(res).map((r) => [r.region, r]));
  const now = emu.clock.now();
  const script = emu.scripts.get(REPLICATION_FAILURE_SCRIPT) as
    { version?: string; region: string; message?: string } | undefined;
  const versionName = String(res.body['name'] ?? '');
  const plan = targetRegions.map((t, index) => {
    const region = String(t['name']);
    const kept = existing.get(region);
    if (kept) return kept;
    const entry: RegionReplication = {
      region,
      startMs: now,
      durationMs: replicationSeconds(index, Number(t['regionalReplicaCount'] ?? 1)) * 1000,
    };
    if (
      script &&
      script.region.toLowerCase() === region.toLowerCase() &&
      (!script.version || script.version === versionName)
    ) {
      entry.failure =
        script.message ?? `Replication to region '${region}' failed: the operation was aborted (scripted).`;
    }
    return entry;
  });
  res.meta['replication'] = plan;
  return plan;
}

/** Simulated ms at which every region has finished (completed or failed). */
export function replicationEndMs(plan: RegionReplication[]): number {
  return Math.max(0, ...plan.map((r) => r.startMs + r.durationMs));
}

export function regionState(r: RegionReplication, nowMs: number): Json {
  const elapsed = nowMs - r.startMs;
  if (elapsed >= r.durationMs) {
    return r.failure
      ? { region: r.region, state: 'Failed', details: r.failure, progress: Math.floor(50) }
      : { region: r.region, state: 'Completed', details: '', progress: 100 };
  }
  return {
    region: r.region,
    state: 'Replicating',
    details: '',
    progress: Math.max(0, Math.min(99, Math.floor((elapsed / r.durationMs) * 100))),
  };
}

/** The `replicationStatus` block returned with `$expand=ReplicationStatus`. */
export function replicationStatus(res: StoredResource, nowMs: number): Json {
  const summary = getReplication(res).map((r) => regionState(r, nowMs));
  const states = summary.map((s) => s['state']);
  const aggregatedState = states.includes('Failed')
    ? 'Failed'
    : states.every((s) => s === 'Completed')
      ? 'Completed'
      : 'InProgress';
  return { aggregatedState, summary };
}

/** First scripted failure among the regions, if any. */
export function replicationFailure(plan: RegionReplication[]): { code: string; message: string } | undefined {
  const failed = plan.find((r) => r.failure);
  return failed ? { code: 'ReplicationFailed', message: failed.failure! } : undefined;
}
