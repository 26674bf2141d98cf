/** A slot-swap canary's outputs, and the release record after an abort. */
import type { SlotArtifact } from '../../azure/app-service-port.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { RunOutputs } from '../../run/outputs.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import { CanaryAborted, type CanaryProgress } from '../canary/walk.js';
import { iso, recordLive } from '../record.js';
import type { ReleaseRecord } from '../strategy.js';
import { versionOf } from './artifact.js';
import { siteResource, type Target } from './shared.js';

/** 'canary-weight', 'canary-step' and the canary's 'result' ('promoted', 'paused', or 'aborted' after a failed check). */
export function canaryOutputs(progress: CanaryProgress, err?: unknown): Partial<RunOutputs> {
  const ended = progress.pausedAt !== undefined ? 'paused' : 'promoted';
  const result = err === undefined ? ended : err instanceof CanaryAborted ? 'aborted' : undefined;
  return {
    canaryWeight: progress.weight,
    ...(progress.step ? { canaryStep: progress.step } : {}),
    ...(result ? { canaryResult: result } : {}),
  };
}

/**
 * After an abort (all traffic back on production): the record says production still runs what it
 * ran, the canary's version failed, state 'aborted'; the in-flight target is cleared.
 */
export async function recordAborted(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  record: ReleaseRecord,
  version: string,
  live: SlotArtifact | undefined,
): Promise<void> {
  const current = live ? versionOf(live) : record.current;
  if (!current) return;
  const write: PlannedWrite = {
    resource: siteResource(t),
    operation: 'tag',
    after: `current-version ${current}, failed-version ${version}, state aborted`,
    why: 'the canary was aborted: production still runs the stable release',
  };
  const done = { current, previous: record.previous, deployedAt: record.deployedAt ?? iso(ctx), failed: version };
  await ex.write({ write }, (call) =>
    recordLive(t.tags, t.production.id, { ...done, state: 'aborted', runUrl: record.runUrl }, call),
  );
}
