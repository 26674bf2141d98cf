/**
 * Plan mode for the rolling strategy: the same reads as a deploy or rollback (scale set, image,
 * instances, rolling upgrade), then the writes it would make — the record's intent, the model
 * PATCH (image a → b, with the inputs' rolling policy), the batches of instances (manual mode),
 * the policy restore, the record of what is live. Makes none.
 */
import type { InstanceInfo, ScaleSetInfo, ScaleSetRef } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import { countWrites, Plan } from '../../plan/action.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { batchGateProbes } from '../endpoint-probes.js';
import { imageForPlan, plannedNote } from '../planned-image.js';
import { recordFromTags } from '../record.js';
import type { PlanOutcome, ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { planBatches } from './manual.js';
import { effectiveMode, knobs, policyOverride, type EffectiveMode } from './policy.js';
import { previousImage, readTarget, sameId, scaleSetRef, versionOfId, type ResolvedImage } from './target.js';

const onImage = (i: InstanceInfo, id: string) => sameId(i.imageId, id) && i.latestModelApplied;

const ids = (list: readonly string[]) => (list.length <= 8 ? list.join(', ') : `${list.slice(0, 8).join(', ')}, … (${list.length})`);

export async function planRollingDeploy(ctx: StageContext, artifact: ReleaseArtifact, record: ReleaseRecord): Promise<PlanOutcome> {
  const ports = await ctx.azure();
  const port = ports.scaleSets;
  const opt = { signal: ctx.signal };
  const ref = scaleSetRef(ctx.settings);
  const info = await readTarget(port, ref, opt);
  const mode = effectiveMode(ctx.settings.deploy.rolloutMode, info);
  const target = await imageForPlan(ctx, port, info, artifact, opt);
  const instances = await port.listInstances(ref, opt);
  const stale = instances.filter((i) => !onImage(i, target.id));
  const previous = previousImage(info, instances, target, record);
  const base = { imageId: target.id, imageVersion: target.version, previousImageVersion: previous?.version };
  const resource = `scale set ${ref.name}`;
  const plan = new Plan();

  if (sameId(info.imageId, target.id) && stale.length === 0) {
    if (record.current !== target.version || record.target) plan.add(catchUpWrite(resource, record, target.version, record.current !== target.version ? record.current : record.previous));
    return {
      writes: plan.writes,
      items: [{ kind: 'fact', label: 'scale set', value: `${ref.name}: all ${instances.length} instance(s) already run ${target.version}; nothing to replace` }],
      outputs: { ...base, previousImageVersion: record.current === target.version ? record.previous : record.current, upgradedInstances: 0, deployUnchanged: plan.size === 0 },
      message: `plan: scale set ${ref.name} already runs ${target.version} (${countWrites(plan.size)})`,
    };
  }
  plan.add(intentWrite(resource, target.version));
  rolloutWrites(ctx, plan, ref, info, mode, target, instances, { from: previous?.version ?? versionOfId(info.imageId ?? ''), planned: plannedNote(target) });
  plan.add(liveWrite(resource, record, { current: target.version, previous: previous?.version ?? record.current }));
  const items: SummaryItem[] = [{ kind: 'fact', label: 'scale set', value: `${ref.name} (${info.upgradeMode} upgrade mode, ${mode} rollout, ${instances.length} instance(s))` }];
  return {
    writes: plan.writes,
    items,
    outputs: { ...base, upgradedInstances: stale.length },
    message: `plan: scale set ${ref.name} ${previous?.version ?? 'previous image'} → ${target.version} on ${stale.length} instance(s) (${countWrites(plan.size)}, none made)`,
  };
}

export async function planRollingRollback(ctx: StageContext, rollback: RollbackPlan): Promise<PlanOutcome> {
  const ports = await ctx.azure();
  const port = ports.scaleSets;
  const opt = { signal: ctx.signal };
  const ref = scaleSetRef(ctx.settings);
  const info = await readTarget(port, ref, opt);
  const toId = rollback.to.imageId;
  if (!toId) throw new EngineError('input', `the rollback plan for scale set '${ref.name}' names no image version`);
  const to: ResolvedImage = { id: toId, version: rollback.to.imageVersion ?? versionOfId(toId) };
  const record = recordFromTags(info.tags);
  const from = sameId(info.imageId, to.id) ? (record.target && record.target !== to.version ? record.target : record.current) : versionOfId(info.imageId!);
  const instances = await port.listInstances(ref, opt);
  const stale = instances.filter((i) => !onImage(i, to.id));
  const resource = `scale set ${ref.name}`;
  const plan = new Plan();
  const outputs = { rolledBack: true, imageVersion: to.version, imageId: to.id, previousImageVersion: from };
  if (sameId(info.imageId, to.id) && stale.length === 0) {
    if (record.target) plan.add(catchUpWrite(resource, record, to.version, from && from !== to.version ? from : record.previous));
    return { writes: plan.writes, items: [], outputs: { ...outputs, rolledBack: false }, message: `plan: scale set ${ref.name} already runs ${to.version} on every instance (${countWrites(plan.size)})` };
  }
  const latest = info.upgradeMode === 'Rolling' ? await port.latestRollingUpgrade(ref, opt) : undefined;
  if (latest?.code === 'RollingForward') {
    plan.add({ resource: `rolling upgrade of ${resource}`, operation: 'cancel', why: `an upgrade is in progress (started ${latest.startTime ?? 'earlier'}); it must stop before the model moves back` });
  }
  plan.add(intentWrite(resource, to.version, 'rolling-back'));
  const mode: EffectiveMode = info.upgradeMode === 'Rolling' ? 'rolling' : info.upgradeMode === 'Automatic' ? 'automatic' : 'manual';
  rolloutWrites(ctx, plan, ref, info, mode, to, instances, { from: from ?? versionOfId(info.imageId!), planned: '', rollback: true });
  plan.add(liveWrite(resource, record, { current: to.version, previous: from && from !== to.version ? from : record.previous, state: 'rolled-back' }));
  return { writes: plan.writes, items: [{ kind: 'fact', label: 'rollback', value: rollback.description }], outputs, message: `plan: ${rollback.description} (${countWrites(plan.size)}, none made)` };
}

/** The model write and the instance replacements of a rollout to `image` (rollout() in strategy.ts, described). */
function rolloutWrites(
  ctx: StageContext,
  plan: Plan,
  ref: ScaleSetRef,
  info: ScaleSetInfo,
  mode: EffectiveMode,
  image: ResolvedImage,
  instances: readonly InstanceInfo[],
  o: { from: string; planned: string; rollback?: boolean },
): void {
  const resource = `scale set ${ref.name}`;
  const k = knobs(ctx.settings, info.rollingPolicy);
  const override = mode === 'rolling' && !o.rollback ? policyOverride(ctx.settings, info.rollingPolicy) : undefined;
  const moves = !sameId(info.imageId, image.id);
  const probes = o.rollback ? 0 : batchGateProbes(ctx.settings).length;
  // Manual mode (and a re-run whose model already moved) replaces instances in the engine's batches.
  const engineBatches = mode === 'manual' || !moves;
  const b = planBatches(instances, image.id, mode === 'automatic' ? { ...k, batchPercent: 100 } : k);
  const count = `${b.stale.length} of ${b.total} instance(s)`;
  const inBatches = `${count} in ${b.batches.length} batch(es) of up to ${b.size}`;
  const how = engineBatches
    ? `${inBatches}, ${mode === 'manual' ? 'manual rollout' : 'the model already points there'}${o.rollback ? ' (no gates: a rollback)' : `, each gated by instance health${probes > 0 ? ` and ${probes} probe(s)` : ''}`}`
    : mode === 'rolling'
      ? `Azure's rolling upgrade replaces ${inBatches} (${k.batchPercent}% per batch${k.pauseMs > 0 ? `, ${k.pauseMs / 1000} s pause` : ''})`
      : `Azure updates ${count} at once (automatic upgrade mode)`;
  if (moves || override) {
    const policy = override ? ` with rolling policy ${describePolicy(override, info.rollingPolicy)}` : '';
    plan.add({ resource, operation: 'update', before: `image ${o.from}`, after: `${image.version}${policy}`, why: `${how}${o.planned}` });
  }
  if (engineBatches) {
    b.batches.forEach((batch, index) => {
      plan.add({ resource: `instance(s) ${ids(batch)} of ${resource}`, operation: 'replace', after: `image ${image.version}`, why: `batch ${index + 1} of ${b.batches.length}` });
    });
  }
  if (override) plan.add({ resource, operation: 'update', after: 'its own rolling upgrade policy again', why: "the inputs' rolling policy holds for this deploy only" });
}

/** The fields the inputs change, in words. */
function describePolicy(next: NonNullable<ReturnType<typeof policyOverride>>, current: ScaleSetInfo['rollingPolicy']): string {
  const p = Object.fromEntries(Object.entries(next).filter(([k, v]) => (current as Record<string, unknown> | undefined)?.[k] !== v)) as typeof next;
  const parts = [
    p.maxBatchInstancePercent !== undefined ? `max batch ${p.maxBatchInstancePercent}%` : undefined,
    p.maxUnhealthyInstancePercent !== undefined ? `max unhealthy ${p.maxUnhealthyInstancePercent}%` : undefined,
    p.maxUnhealthyUpgradedInstancePercent !== undefined ? `max unhealthy upgraded ${p.maxUnhealthyUpgradedInstancePercent}%` : undefined,
    p.pauseTimeBetweenBatches ? `pause ${p.pauseTimeBetweenBatches}` : undefined,
    p.maxSurge !== undefined ? `max surge ${p.maxSurge}` : undefined,
    p.prioritizeUnhealthyInstances !== undefined ? `unhealthy first ${p.prioritizeUnhealthyInstances}` : undefined,
  ];
  return parts.filter(Boolean).join(', ') || 'as it is';
}
