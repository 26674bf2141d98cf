/** A blue-green canary's outputs (re-exported), and the release record (tags on the load balancer) after an abort. */
import type { PlannedWrite } from '../../plan/action.js';
import type { RunOutputs } from '../../run/outputs.js';
import { CancelledError } from '../../errors.js';
import { canaryOutputs } from '../canary/outputs.js';
import { CanaryAborted, shareLeft, type CanaryProgress } from '../canary/walk.js';
import { iso, recordLive } from '../record.js';
import type { ReleaseRecord } from '../strategy.js';
import type { PairState } from './colours.js';
import { lbResource, type BlueGreenRun } from './release.js';
import { versionOf } from './shared.js';

export { canaryOutputs };

/**
 * After an abort (the preview origin disabled): the record says the live colour still runs what it
 * ran, the canary's version failed, state 'aborted'; the in-flight target is cleared.
 */
export async function recordAborted(
  r: BlueGreenRun,
  pair: PairState,
  record: ReleaseRecord,
  version: string,
  live: string | undefined,
): Promise<void> {
  const current = live ?? record.current;
  if (!current) return;
  const write: PlannedWrite = {
    resource: lbResource(pair),
    operation: 'tag',
    after: `current-version ${current}, failed-version ${version}, state aborted`,
    why: `the canary was aborted: the ${pair.active.colour} colour still serves the stable release`,
  };
  const done = {
    current,
    previous: record.previous,
    deployedAt: record.deployedAt ?? iso(r.ctx),
    failed: version,
    state: 'aborted' as const,
    runUrl: r.ctx.deps.run?.runUrl,
  };
  await r.ex.write({ write }, (call) => recordLive(r.ports.tags, pair.lb.id, done, call));
}

/**
 * A canary's failure, for the deploy's error: its outputs, the record marked 'aborted' after an
 * abort (a record that cannot say so is a warning: traffic is already back on the stable colour),
 * and a warning saying what share is where when the run was cancelled part-way.
 */
export async function canaryFailed(
  r: BlueGreenRun,
  pair: PairState,
  record: ReleaseRecord,
  version: string,
  progress: CanaryProgress,
  err: unknown,
): Promise<Partial<RunOutputs>> {
  const where = `the ${pair.idle.colour} colour (${pair.idle.ref.name}) through Front Door`;
  const left = shareLeft(progress, where);
  if (left && (r.ctx.signal.aborted || err instanceof CancelledError)) r.ctx.warn(`canary stopped: ${left}`);
  if (err instanceof CanaryAborted && !r.ctx.signal.aborted)
    await recordAborted(r, pair, record, version, versionOf(pair.active.info)).catch((e: unknown) =>
      r.ctx.warn(`the release record could not be marked aborted: ${(e as Error).message}`),
    );
  return canaryOutputs(progress, err);
}
