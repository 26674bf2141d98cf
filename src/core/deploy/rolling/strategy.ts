/**
 * strategy: rolling — one scale set replaced in place. The model's imageReference.id goes to the
 * new gallery image version in ONE ETag-guarded write; then the instances are replaced:
 * - rolling: Azure's rolling upgrade (policy overridable for this deploy), followed and reported;
 * - manual: the engine's own batches gated by instance health and the verify probes (manual.ts);
 * - automatic: Azure updates every instance; the engine confirms and reports.
 * Instances already on the version are skipped; a scale set fully on it is a no-op.
 * With 'template', the model update is a deployment of the user's template (template-model.ts) and
 * the release record and lease live on the resource group (record-home.ts).
 *
 * Deploy and rollback are written once (deploy.ts, rollback.ts) and run on the rollout executor:
 * for real, or on a planning executor for plan mode — the same code, so the plan cannot drift.
 */
import { EngineError } from '../../errors.js';
import { countWrites } from '../../plan/action.js';
import { instanceHealthCheck } from '../instance-health.js';
import { defaultRollback, rollbackRecord } from '../record.js';
import { remoteAccessCheck } from '../remote-access.js';
import type { Endpoint, PlanOutcome, RollbackOutcome, Strategy, TargetCheck } from '../strategy.js';
import { rollingCanary } from './canary-control.js';
import { openRolling } from './context.js';
import { deployMessage, runDeploy } from './deploy.js';
import { effectiveMode } from './policy.js';
import { resolveTemplate } from '../template/resolve.js';
import { readRecord } from './record-home.js';
import { runRollback } from './rollback.js';
import { checkImageUsable, readTarget, scaleSetRef, siblingVersionId, versionOfId } from './target.js';

export const rollingStrategy: Strategy = {
  name: 'rolling',

  async inspect(ctx) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const opt = { signal: ctx.signal };
    const info = await readTarget(ports.scaleSets, ref, opt);
    effectiveMode(ctx.settings.deploy.rolloutMode, info);
    const latest =
      info.upgradeMode === 'Rolling' || ctx.settings.deploy.rolloutMode === 'rolling'
        ? await ports.scaleSets.latestRollingUpgrade(ref, opt)
        : undefined;
    if (latest?.code === 'RollingForward' && ctx.settings.stages.includes('deploy')) {
      throw new EngineError(
        'transient',
        `scale set '${ref.name}' has a rolling upgrade in progress (started ${latest.startTime ?? 'earlier'}); wait for it to end or cancel it, then re-run`,
      );
    }
    if (ctx.settings.deploy.rolling.maxSurge && info.upgradeMode !== 'Rolling') {
      ctx.warn(
        "input 'max-surge' applies to Azure's rolling upgrade only; this scale set's upgrade mode is " +
          info.upgradeMode +
          ', so it is ignored',
      );
    }
    if (ctx.settings.deploy.template && ctx.settings.stages.some((s) => s === 'deploy' || s === 'rollback'))
      await resolveTemplate(ctx);
    return readRecord(ctx, ports, info, opt);
  },

  async describeLive(ctx) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const options = { signal: ctx.signal, timeoutMs: 60_000 };
    const info = await readTarget(ports.scaleSets, ref, options);
    const counts = new Map<string, number>();
    for (const i of await ports.scaleSets.listInstances(ref, options)) {
      const version = i.imageId ? versionOfId(i.imageId) : 'an unknown image';
      counts.set(version, (counts.get(version) ?? 0) + 1);
    }
    const running = [...counts].map(([v, n]) => `${n} on ${v}`).join(', ') || 'no instance';
    return `scale set ${ref.name}: model on ${versionOfId(info.imageId ?? '')}; instances: ${running}`;
  },

  async deploy(ctx, artifact, record) {
    const t = await openRolling(ctx);
    const run = await runDeploy(t, artifact, record);
    return { outputs: run.outputs, items: t.ex.items, message: deployMessage(ctx, run), rollback: run.rollback };
  },

  async planDeploy(ctx, artifact, record): Promise<PlanOutcome> {
    const t = await openRolling(ctx, true);
    const run = await runDeploy(t, artifact, record);
    const writes = t.ex.plannedWrites;
    const name = t.ref.name;
    // Already paused: nothing to write, the canary stays where it is.
    if (run.paused && writes.length === 0)
      return { writes, items: t.ex.facts, outputs: run.outputs, message: `plan: ${run.paused}` };
    const open = ctx.settings.deploy.canary?.some((s) => s.kind === 'stop')
      ? ", as far as the canary's open pause"
      : '';
    const message = run.unchanged
      ? `plan: scale set ${name} already runs ${run.version} (${countWrites(writes.length)})`
      : `plan: scale set ${name} ${run.from ?? 'previous image'} → ${run.version} on ${run.upgraded} instance(s)${open} (${countWrites(writes.length)}, none made)`;
    const outputs = run.unchanged ? { ...run.outputs, deployUnchanged: writes.length === 0 } : run.outputs;
    return { writes, items: t.ex.facts, outputs, message };
  },

  canary: rollingCanary,

  async endpoints(): Promise<readonly Endpoint[]> {
    // Behind a load balancer Azure gives no URL this machine can reach: live-url / preview-url do.
    return [];
  },

  async checkTarget(ctx) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const info = await readTarget(ports.scaleSets, ref, { signal: ctx.signal });
    const checks: TargetCheck[] = [];
    if (ctx.settings.verify.instanceHealth)
      checks.push(await instanceHealthCheck(ctx, ports.scaleSets, ref, ctx.settings.verify.gate, info.imageId));
    const remote = await remoteAccessCheck(ports.networkSecurity, info, ctx.settings.verify.remoteAccess, {
      signal: ctx.signal,
    });
    if (remote) checks.push(remote);
    return checks;
  },

  async planRollback(ctx, record, toVersion) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const opt = { signal: ctx.signal };
    const info = await readTarget(ports.scaleSets, ref, opt);
    const version = toVersion ?? defaultRollback(record).version;
    if (!version) {
      throw new EngineError(
        'input',
        `input 'to-version': is required: scale set '${ref.name}' has no previous version recorded (tag immutable-deploy.previous-version); expected the image version to return to, e.g. '1.4.2'`,
      );
    }
    const image = await checkImageUsable(
      ports.scaleSets,
      info,
      siblingVersionId(info.imageId!, version),
      toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)",
      opt,
    );
    // A deploy that did not finish, or a canary paused part-way: the version rolled back is the one in flight.
    const unfinished = record.state === 'deploying' || record.state === 'paused';
    const from = record.target && unfinished ? record.target : (record.current ?? versionOfId(info.imageId!));
    return {
      strategy: 'rolling',
      to: { imageId: image.id, imageVersion: image.version },
      description: `scale set ${ref.name}: image ${from} → ${image.version}`,
      record: rollbackRecord(record, image.version, from),
    };
  },

  async rollback(ctx, plan) {
    const t = await openRolling(ctx);
    const run = await runRollback(t, plan);
    const { to, from, replaced } = run;
    return {
      outputs: run.outputs,
      items: t.ex.items,
      message: `image ${to.version} is live again on scale set ${t.ref.name} (${replaced} instance(s) replaced${from ? `, ${from} rolled back` : ''})`,
    } satisfies RollbackOutcome;
  },

  async planRollbackWrites(ctx, plan): Promise<PlanOutcome> {
    const t = await openRolling(ctx, true);
    const run = await runRollback(t, plan);
    const writes = t.ex.plannedWrites;
    const message = run.unchanged
      ? `plan: scale set ${t.ref.name} already runs ${run.to.version} on every instance (${countWrites(writes.length)})`
      : `plan: ${plan.description} (${countWrites(writes.length)}, none made)`;
    return { writes, items: t.ex.facts, outputs: run.outputs, message };
  },
};
