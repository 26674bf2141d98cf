/**
 * The rolling rollback, written once (real or planned): a rolling upgrade still running stops,
 * the model goes back to the image of the plan and every instance on another image is replaced —
 * no gates, no budgets, every write retried within the rollback's own deadline. The record then
 * names the version rolled back as failed, never as previous.
 */
import { EngineError } from '../../errors.js';
import type { RunOutputs } from '../../run/outputs.js';
import { afterRollback } from '../record.js';
import type { RollbackPlan } from '../strategy.js';
import { cancelRunningUpgrade } from './azure-rolling.js';
import { stop, type RollingTarget } from './context.js';
import { modeOfScaleSet } from './policy.js';
import { writeCatchUp, writeIntent, writeLive } from './record-writes.js';
import { readRecord } from './record-home.js';
import { rollOut } from './roll-out.js';
import { onImage, readTarget, sameId, versionOfId, type ResolvedImage } from './target.js';

export interface RollbackRun {
  readonly outputs: Partial<RunOutputs>;
  /** The scale set already ran the image on every instance: nothing was rolled back. */
  readonly unchanged: boolean;
  readonly to: ResolvedImage;
  readonly from?: string;
  /** Instances on another image before the rollback. */
  readonly replaced: number;
}

export async function runRollback(t: RollingTarget, plan: RollbackPlan): Promise<RollbackRun> {
  const { ex, port, ref } = t;
  const info = await ex.read(`reading ${t.resource}`, (call) => readTarget(port, ref, call));
  const toId = plan.to.imageId;
  if (!toId) throw new EngineError('input', `the rollback plan for scale set '${ref.name}' names no image version`);
  const to: ResolvedImage = { id: toId, version: plan.to.imageVersion ?? versionOfId(toId) };
  const record = await ex.read('reading the release record', (call) => readRecord(t.ctx, t.ports, info, call));
  const from = sameId(info.imageId, to.id)
    ? record.target && record.target !== to.version
      ? record.target
      : record.current
    : versionOfId(info.imageId!);
  const instances = await ex.read(`listing the instances of ${t.resource}`, (call) => port.listInstances(ref, call));
  // Instances that run another image (the model may point elsewhere, so latestModelApplied says little here).
  const replaced = instances.filter((i) => !sameId(i.imageId, to.id)).length;
  const outputs = { rolledBack: true, imageVersion: to.version, imageId: to.id, previousImageVersion: from };
  if (sameId(info.imageId, to.id) && instances.every((i) => onImage(i, to.id))) {
    // Nothing ran the failed version: the record only catches up (an earlier run's intent cleared).
    const before = record.current !== to.version ? record.current : record.previous;
    if (record.target) await writeCatchUp(t, info, record, to.version, before);
    return { outputs: { ...outputs, rolledBack: false }, unchanged: true, to, from, replaced: 0 };
  }
  ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
  const latest =
    info.upgradeMode === 'Rolling'
      ? await ex.read(`reading the rolling upgrade of ${t.resource}`, (call) => port.latestRollingUpgrade(ref, call))
      : undefined;
  if (latest?.code === 'RollingForward') await cancelRunningUpgrade(t, latest);
  await writeIntent(t, info, to.version, 'rolling-back');
  await rollOut(t, {
    info,
    instances,
    mode: modeOfScaleSet(info),
    image: to,
    from: from ?? versionOfId(info.imageId!),
    rollback: true,
  });
  await confirmBack(t, to);
  const { previous, failed } = afterRollback(plan, to.version, from);
  const item = {
    kind: 'action' as const,
    label: 'rolled back',
    value: `${plan.description} (${replaced} instance(s) replaced)`,
  };
  await writeLive(t, info, record, { current: to.version, previous, state: 'rolled-back', failed }, item);
  return { outputs, unchanged: false, to, from, replaced };
}

/** Every instance on the image again (the instance views can lag the last operation a little). */
export async function confirmBack(t: RollingTarget, to: ResolvedImage): Promise<void> {
  const result = await t.ex.wait(
    'rollback',
    `every instance of ${t.resource} runs ${to.version}`,
    async (call) => {
      const left = (await t.port.listInstances(t.ref, call)).filter((i) => !onImage(i, to.id));
      if (left.length === 0) return { state: 'done', detail: `every instance runs ${to.version}` };
      return {
        state: 'pending',
        detail: `${left.length} instance(s) on another image: ${left.map((i) => i.instanceId).join(', ')}`,
      };
    },
    { intervalMs: t.port.pollIntervalMs, until: `back on ${to.version}` },
  );
  if (!result.ok) stop(`the rollback of scale set ${t.ref.name} to ${to.version} did not complete: ${result.detail}`);
}
