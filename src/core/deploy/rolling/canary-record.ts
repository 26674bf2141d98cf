/**
 * A rolling canary's preconditions (checked before any write), its outputs, and the release
 * record after an abort.
 */
import type { ScaleSetInfo } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { RunOutputs } from '../../run/outputs.js';
import { canaryOutputs as sharedOutputs } from '../canary/outputs.js';
import type { CanaryProgress } from '../canary/walk.js';
import { iso, recordLive } from '../record.js';
import type { ReleaseRecord } from '../strategy.js';
import { shareOf, type InstanceShare } from './canary.js';
import type { RollingTarget } from './context.js';
import type { EffectiveMode } from './policy.js';
import { recordIdOf, recordResource } from './record-home.js';

/**
 * The engine replaces instances step by step only in Manual upgrade mode: in Rolling or Automatic
 * mode Azure itself replaces every instance once the model changes. A canary also needs an
 * instance to stay on the stable release below 100%.
 */
export function checkCanary(t: RollingTarget, info: ScaleSetInfo, mode: EffectiveMode, total: number): void {
  const name = t.ref.name;
  if (mode !== 'manual') {
    const asked = t.ctx.settings.deploy.rolloutMode;
    const input = asked !== 'auto' ? ` and 'rollout-mode' manual or auto (it is '${asked}')` : '';
    throw new EngineError(
      'input',
      `input 'canary-steps': with strategy 'rolling' the engine replaces the instances step by step, which needs Manual upgrade mode; scale set '${name}' is in ${info.upgradeMode} mode (Azure would replace every instance as soon as the model changes); expected upgradePolicy.mode Manual on '${name}'${input} (or no 'canary-steps')`,
    );
  }
  if (total < 2) {
    throw new EngineError(
      'input',
      `input 'canary-steps': scale set '${name}' has ${total} instance(s); a canary by instance ratio needs at least 2 (one stays on the stable release until 100%); expected a scale set of 2 or more instances (or no 'canary-steps')`,
    );
  }
}

/** 'canary-weight' (the share of instances on the new model), 'canary-step', 'result' promoted / paused / aborted. */
export const canaryOutputs = (progress: CanaryProgress, share: InstanceShare, err?: unknown): Partial<RunOutputs> =>
  sharedOutputs(progress, err, shareOf(share));

/**
 * After an abort (every instance back on the stable release): the record says the scale set still
 * runs what it ran, the canary's version failed, state 'aborted'; the in-flight target is cleared.
 */
export async function recordAborted(
  t: RollingTarget,
  info: ScaleSetInfo,
  record: ReleaseRecord,
  stable: string,
  failed: string,
): Promise<void> {
  const write: PlannedWrite = {
    resource: recordResource(t),
    operation: 'tag',
    after: `current-version ${stable}, failed-version ${failed}, state aborted`,
    why: 'the canary was aborted: every instance runs the stable release again',
  };
  const previous = record.previous !== stable ? record.previous : undefined;
  const done = { current: stable, previous, deployedAt: record.deployedAt ?? iso(t.ctx), failed };
  await t.ex.write({ write }, (call) =>
    recordLive(t.ports.tags, recordIdOf(t.ctx, info), { ...done, state: 'aborted', runUrl: record.runUrl }, call),
  );
}
