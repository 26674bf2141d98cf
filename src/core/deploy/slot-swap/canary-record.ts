/** A slot-swap canary's outputs, and the release record after an abort. */
import type { SlotArtifact } from '../../azure/app-service-port.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import { iso, recordLive } from '../record.js';
import type { ReleaseRecord } from '../strategy.js';
import { versionOf } from './artifact.js';
import { siteResource, type Target } from './shared.js';

export { canaryOutputs } from '../canary/outputs.js';

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
