/**
 * slot-swap: App Service. The staging slot is pointed at the new immutable artifact (container
 * image or run-from-package URL) and restarted; once it answers its warm-up path it is swapped
 * into production — or swapped with preview: production's slot settings are applied to the slot,
 * the slot is checked again, then the swap completes (or is reset). Production is checked after
 * the swap; if it does not answer, the swap is undone at once (swap back: the old app is in the
 * slot by then).
 *
 * Rollback swaps back when the slot still holds the version to return to; otherwise the older
 * artifact goes through the same path as a deploy. Deploy and rollback are each one function run
 * on the rollout executor (deploy.ts, rollback.ts): for real, or planned (plan mode).
 */
import { EngineError } from '../../errors.js';
import { countWrites } from '../../plan/action.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { StageContext } from '../../stages/stage.js';
import type { Endpoint, PlanOutcome, Strategy, TargetCheck } from '../strategy.js';
import { artifactOf, describe, imageForVersion, packageName, sameArtifact, versionOf } from './artifact.js';
import { runDeploy } from './deploy.js';
import { runRollback } from './rollback.js';
import { slotSwapCanary } from './canary-control.js';
import { observe, planFor, recordOf, slotUrl, type Target } from './shared.js';
import { defaultRollback, rollbackRecord } from '../record.js';

/** An executor for one rollout: retries back off from the App Service poll interval. */
async function executor(ctx: StageContext, planning: boolean) {
  const { appService } = await ctx.azure();
  return executorFor(ctx, { retryBaseMs: appService.pollIntervalMs, planning });
}

const site = (t: Target) => `web app ${t.prodRef.site}`;

/** Plan mode: how far a canary deploy would go (to its open pause). */
function canaryPlan(ctx: StageContext): string {
  return ctx.settings.deploy.canary?.some((s) => s.kind === 'stop') ? ", as far as the canary's open pause" : '';
}

export const slotSwapStrategy: Strategy = {
  name: 'slot-swap',

  async inspect(ctx) {
    return recordOf(await observe(ctx));
  },

  async deploy(ctx, artifact) {
    const ex = await executor(ctx, false);
    const run = await runDeploy(ctx, ex, artifact);
    const { t, want, live } = run;
    if (run.unchanged)
      return { outputs: run.outputs, items: ex.items, message: `${site(t)} already runs ${describe(want)}` };
    if (run.paused) return { outputs: run.outputs, items: ex.items, message: run.paused, rollback: run.rollback };
    return {
      outputs: run.outputs,
      items: ex.items,
      message: `${describe(want)} is live on ${site(t)} (swapped from slot ${t.slotRef.slot}; ${describe(live)} waits there for a swap back)`,
      rollback: run.rollback,
    };
  },

  async planDeploy(ctx, artifact): Promise<PlanOutcome> {
    const ex = await executor(ctx, true);
    const run = await runDeploy(ctx, ex, artifact);
    const writes = ex.plannedWrites;
    const { t, want } = run;
    if (run.unchanged) {
      const message = `plan: ${site(t)} already runs ${describe(want)} (${countWrites(writes.length)})`;
      return { writes, items: ex.facts, outputs: { ...run.outputs, deployUnchanged: writes.length === 0 }, message };
    }
    // Already paused: nothing to write, the canary stays where it is.
    if (run.paused && writes.length === 0)
      return { writes, items: ex.facts, outputs: run.outputs, message: `plan: ${run.paused}` };
    const how = canaryPlan(ctx);
    const message = `plan: ${describe(want)} would go live on ${site(t)} through slot ${t.slotRef.slot}${how} (${countWrites(writes.length)}, none made)`;
    return { writes, items: ex.facts, outputs: run.outputs, message };
  },

  async rollback(ctx, plan) {
    // Its own executor: a deadline of its own ('deploy-timeout' again), every write retried.
    const ex = await executor(ctx, false);
    const run = await runRollback(ctx, ex, plan);
    const { t, to } = run;
    const message = run.unchanged
      ? `${describe(to)} is live on ${site(t)}; nothing to swap`
      : `${describe(to)} is live again on ${site(t)}`;
    return { outputs: run.outputs, items: ex.items, message };
  },

  async planRollbackWrites(ctx, plan): Promise<PlanOutcome> {
    const ex = await executor(ctx, true);
    const run = await runRollback(ctx, ex, plan);
    const writes = ex.plannedWrites;
    const { t, to } = run;
    const message = run.unchanged
      ? `plan: ${describe(to)} is live on ${site(t)}; nothing to swap (${countWrites(writes.length)})`
      : `plan: ${plan.description} (${countWrites(writes.length)}, none made)`;
    return { writes, items: ex.facts, outputs: run.outputs, message };
  },

  canary: slotSwapCanary,

  async describeLive(ctx) {
    const t = await observe(ctx);
    return `web app ${t.prodRef.site}: production runs ${describe(artifactOf(t.production))}, slot ${t.slotRef.slot} holds ${describe(artifactOf(t.slot))}`;
  },

  async endpoints(ctx) {
    const t = await observe(ctx);
    const out: Endpoint[] = [];
    const live = slotUrl(ctx, 'live', t.production);
    const preview = slotUrl(ctx, 'preview', t.slot);
    if (live) out.push({ role: 'live', url: live });
    if (preview) out.push({ role: 'preview', url: preview });
    return out;
  },

  async checkTarget(ctx): Promise<readonly TargetCheck[]> {
    const t = await observe(ctx);
    const state = t.production.state ?? 'unknown';
    return [
      {
        name: `web app ${t.prodRef.site} running`,
        passed: state.toLowerCase() === 'running',
        detail: `state ${state}; runs ${describe(artifactOf(t.production))}`,
      },
    ];
  },

  /** A standalone rollback: the version live now is recorded as failed once production is back. */
  async planRollback(ctx, record, toVersion) {
    const t = await observe(ctx);
    const target = toVersion ?? defaultRollback(record).version;
    const live = artifactOf(t.production);
    const inSlot = artifactOf(t.slot);
    const liveVersion = live ? versionOf(live) : undefined;
    const after = target ? rollbackRecord(record, target, liveVersion) : { failed: liveVersion };
    if (!target) {
      if (inSlot && !sameArtifact(inSlot, live)) return planFor(t, inSlot, live, after);
      throw new EngineError(
        'input',
        `input 'to-version': web app ${t.prodRef.site} has no previous version recorded and slot ${t.slotRef.slot} holds nothing else to swap back; expected the version to roll back to`,
      );
    }
    if (inSlot && (versionOf(inSlot) === target || describe(inSlot) === target)) return planFor(t, inSlot, live, after);
    const configured = ctx.settings.deploy.packageUrl;
    if (configured && packageName(configured) === target) return planFor(t, { packageUrl: configured }, live, after);
    const like = live?.containerImage ?? inSlot?.containerImage ?? ctx.settings.deploy.containerImage;
    const image = imageForVersion(target, like);
    if (!image) {
      throw new EngineError(
        'input',
        `input 'to-version': '${target}' is not in slot ${t.slotRef.slot} and web app ${t.prodRef.site} runs no container image to derive it from; expected a full image reference, or set 'package-url' to that version's package`,
      );
    }
    return planFor(t, { containerImage: image }, live, after);
  },
};
