/**
 * slot-swap: App Service. The staging slot is pointed at the new immutable artifact (container
 * image or run-from-package URL) and restarted; once it answers its warm-up path it is swapped
 * into production — or swapped with preview: production's slot settings are applied to the slot,
 * the slot is checked again, then the swap completes (or is reset). Production is checked after
 * the swap; if it does not answer, the swap is undone at once (swap back: the old app is in the
 * slot by then).
 *
 * Rollback swaps back when the slot still holds the version to return to; otherwise the older
 * artifact goes through the same path as a deploy.
 */
import type { SlotArtifact, SlotInfo } from '../../azure/app-service-port.js';
import { PRODUCTION_SLOT } from '../../azure/app-service-port.js';
import { CancelledError, EngineError } from '../../errors.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { deadlineOf, httpGate, type Deadline } from '../http-gate.js';
import type { DeployOutcome, Endpoint, RollbackOutcome, Strategy, TargetCheck } from '../strategy.js';
import { artifactOf, describe, imageForVersion, packageName, sameArtifact, versionOf } from './artifact.js';
import { recordIntent, recordLive } from '../record.js';
import { RolloutError } from '../rollout-error.js';
import { Target, observe, wanted, slotUrl, requireUrl, planFor, recordOf, iso, toArtifact } from './shared.js';
import { planDeploy, planRollbackWrites } from './plan.js';

async function warm(ctx: StageContext, slot: SlotInfo, role: 'live' | 'preview', deadline: Deadline, what: string): Promise<{ ok: boolean; reason: string; url: string }> {
  const url = requireUrl(ctx, role, slot);
  const result = await httpGate(ctx, what, url, deadline, { warmup: role === 'preview' });
  return { ok: result.passed, reason: result.reason, url };
}

/** Whether production was (or may have been) swapped: set just before the swap write. */
interface ReleaseProgress {
  productionTouched: boolean;
}

/**
 * Gets `artifact` into production through the slot. `items` collects the story. Throws (after
 * undoing what it can) when a gate fails.
 */
async function release(ctx: StageContext, t: Target, artifact: SlotArtifact, deadline: Deadline, items: SummaryItem[], progress: ReleaseProgress = { productionTouched: false }): Promise<void> {
  const options = { signal: ctx.signal };
  const { app, slotRef, prodRef } = t;
  const label = describe(artifact);
  const wrote = await app.setArtifact(slotRef, artifact, options);
  items.push({ kind: 'action', label: `slot ${slotRef.slot}`, value: wrote ? `pointed at ${label}` : `already pointed at ${label}` });
  await app.restart(slotRef, options);
  items.push({ kind: 'action', label: `slot ${slotRef.slot}`, value: 'restarted' });

  const warmup = await warm(ctx, t.slot, 'preview', deadline, `warm-up of slot ${slotRef.slot}`);
  items.push({ kind: 'check', label: `slot ${slotRef.slot} answers ${ctx.settings.deploy.warmupPath}`, value: warmup.reason, ok: warmup.ok });
  if (!warmup.ok) {
    throw new EngineError('verify', `slot ${slotRef.slot} of web app ${prodRef.site} did not answer its warm-up path with ${label}: ${warmup.reason}; production was not touched`);
  }

  if (ctx.settings.deploy.swapWithPreview) {
    await app.applySlotConfig(slotRef, PRODUCTION_SLOT, options);
    items.push({ kind: 'action', label: 'swap with preview', value: `production's slot settings applied to slot ${slotRef.slot}` });
    const preview = await warm(ctx, t.slot, 'preview', deadline, `slot ${slotRef.slot} with production settings`);
    items.push({ kind: 'check', label: `slot ${slotRef.slot} with production settings`, value: preview.reason, ok: preview.ok });
    if (!preview.ok) {
      await app.resetSlotConfig(slotRef, options);
      items.push({ kind: 'action', label: 'swap with preview', value: 'reset: the slot has its own settings back' });
      throw new EngineError('verify', `slot ${slotRef.slot} did not answer with production's settings: ${preview.reason}; the swap was reset, production was not touched`);
    }
  }

  progress.productionTouched = true;
  await app.swap(slotRef, PRODUCTION_SLOT, options);
  items.push({ kind: 'action', label: 'swap', value: `slot ${slotRef.slot} → production` });

  const live = await warm(ctx, t.production, 'live', deadline, 'production after the swap');
  items.push({ kind: 'check', label: `production answers ${ctx.settings.deploy.warmupPath}`, value: live.reason, ok: live.ok });
  if (!live.ok) {
    // Production has the new app: the caller's rollback plan (swap back) undoes it.
    throw new EngineError('verify', `production did not pass after the swap to ${label}: ${live.reason}`);
  }
}

/** Rollback when production already runs `to`: nothing to swap; an unfinished record is completed. */
async function confirmLive(ctx: StageContext, t: Target, to: SlotArtifact): Promise<RollbackOutcome> {
  const record = recordOf(t);
  if (record.target) {
    const { tags } = await ctx.azure();
    await recordLive(tags, t.production.id, { current: versionOf(to), previous: record.previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl, state: record.current === versionOf(to) ? 'live' : 'rolled-back' }, { signal: ctx.signal });
  }
  return {
    outputs: { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, swapped: false, imageVersion: versionOf(to) },
    items: [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `production runs ${describe(to)}: nothing to swap` }],
    message: `${describe(to)} is live on web app ${t.prodRef.site}; nothing to swap`,
  };
}

/** Gets `to` back into production: one swap when the slot holds it, else the deploy path. */
async function returnTo(ctx: StageContext, t: Target, to: SlotArtifact, deadline: Deadline, items: SummaryItem[]): Promise<void> {
  if (sameArtifact(artifactOf(t.slot), to)) return swapBack(ctx, t, to, deadline, items);
  items.push({ kind: 'fact', label: `slot ${t.slotRef.slot}`, value: `holds ${describe(artifactOf(t.slot))}, not ${describe(to)}: deploying it through the slot` });
  await release(ctx, t, to, deadline, items);
}

/** The usual case: the previous app waits in the slot; swapping back is one swap, then production is checked. */
async function swapBack(ctx: StageContext, t: Target, to: SlotArtifact, deadline: Deadline, items: SummaryItem[]): Promise<void> {
  await t.app.swap(t.slotRef, PRODUCTION_SLOT, { signal: ctx.signal });
  items.push({ kind: 'action', label: 'swap back', value: `slot ${t.slotRef.slot} (${describe(to)}) → production` });
  const check = await warm(ctx, t.production, 'live', deadline, 'production after the swap back');
  items.push({ kind: 'check', label: `production answers ${ctx.settings.deploy.warmupPath}`, value: check.reason, ok: check.ok });
  if (!check.ok) throw new EngineError('verify', `production did not answer after swapping ${describe(to)} back: ${check.reason}`);
}

export const slotSwapStrategy: Strategy = {
  name: 'slot-swap',
  planDeploy,
  planRollbackWrites,

  async inspect(ctx) {
    return recordOf(await observe(ctx));
  },

  async deploy(ctx, artifact) {
    const deadline = deadlineOf(ctx);
    const want = wanted(ctx, artifact);
    const t = await observe(ctx);
    const live = artifactOf(t.production);
    const previewUrl = slotUrl(ctx, 'preview', t.slot);
    const common = { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, previewUrl, imageVersion: versionOf(want) };
    if (sameArtifact(live, want)) {
      const record = recordOf(t);
      if (record.current !== versionOf(want) || record.target) {
        const { tags } = await ctx.azure();
        await recordLive(tags, t.production.id, { current: versionOf(want), previous: record.current !== versionOf(want) ? record.current : record.previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl }, { signal: ctx.signal });
      }
      return {
        outputs: { ...common, swapped: false, previousImageVersion: versionOf(want) },
        items: [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `already runs ${describe(want)}: nothing to do` }],
        message: `web app ${t.prodRef.site} already runs ${describe(want)}`,
      } satisfies DeployOutcome;
    }
    const items: SummaryItem[] = [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `production runs ${describe(live)}; deploying ${describe(want)} through slot ${t.slotRef.slot}` }];
    const record = recordOf(t);
    const { tags } = await ctx.azure();
    await recordIntent(tags, t.production.id, { target: versionOf(want), runUrl: ctx.deps.run?.runUrl }, { signal: ctx.signal });
    const plan = live ? planFor(t, live, want) : undefined;
    const progress: ReleaseProgress = { productionTouched: false };
    try {
      await release(ctx, t, want, deadline, items, progress);
    } catch (err) {
      if (ctx.signal.aborted || err instanceof CancelledError || !(err instanceof EngineError)) throw err;
      // Before the swap production never changed: the plan then only confirms the old app is live.
      throw new RolloutError(err.message, { plan, items, outputs: { ...common, swapped: false, previousImageVersion: live ? versionOf(live) : undefined }, liveUntouched: !progress.productionTouched }, err.kind);
    }
    const previous = live ? versionOf(live) : record.current;
    await recordLive(tags, t.production.id, { current: versionOf(want), previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl }, { signal: ctx.signal });
    return {
      outputs: { ...common, swapped: true, previousImageVersion: live ? versionOf(live) : undefined },
      items,
      message: `${describe(want)} is live on web app ${t.prodRef.site} (swapped from slot ${t.slotRef.slot}; ${describe(live)} waits there for a swap back)`,
      rollback: plan,
    } satisfies DeployOutcome;
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
    return [{ name: `web app ${t.prodRef.site} running`, passed: state.toLowerCase() === 'running', detail: `state ${state}; runs ${describe(artifactOf(t.production))}` }];
  },

  async rollback(ctx, plan) {
    const deadline = deadlineOf(ctx);
    const t = await observe(ctx);
    const to = toArtifact(plan);
    const live = artifactOf(t.production);
    if (sameArtifact(live, to)) return confirmLive(ctx, t, to);
    const items: SummaryItem[] = [];
    const { tags } = await ctx.azure();
    const record = recordOf(t);
    await recordIntent(tags, t.production.id, { target: versionOf(to), runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, { signal: ctx.signal });
    await returnTo(ctx, t, to, deadline, items);
    const from = live ? versionOf(live) : record.current;
    await recordLive(tags, t.production.id, { current: versionOf(to), previous: from, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl, state: 'rolled-back' }, { signal: ctx.signal });
    return {
      outputs: { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, swapped: true, rolledBack: true, imageVersion: versionOf(to), previousImageVersion: live ? versionOf(live) : undefined },
      items,
      message: `${describe(to)} is live again on web app ${t.prodRef.site}`,
    } satisfies RollbackOutcome;
  },

  async planRollback(ctx, record, toVersion) {
    const t = await observe(ctx);
    const target = toVersion ?? record.previous;
    const live = artifactOf(t.production);
    const inSlot = artifactOf(t.slot);
    if (!target) {
      if (inSlot && !sameArtifact(inSlot, live)) return planFor(t, inSlot, live);
      throw new EngineError('input', `input 'to-version': web app ${t.prodRef.site} has no previous version recorded and slot ${t.slotRef.slot} holds nothing else to swap back; expected the version to roll back to`);
    }
    if (inSlot && (versionOf(inSlot) === target || describe(inSlot) === target)) return planFor(t, inSlot, live);
    const configured = ctx.settings.deploy.packageUrl;
    if (configured && packageName(configured) === target) return planFor(t, { packageUrl: configured }, live);
    const like = live?.containerImage ?? inSlot?.containerImage ?? ctx.settings.deploy.containerImage;
    const image = imageForVersion(target, like);
    if (!image) {
      throw new EngineError(
        'input',
        `input 'to-version': '${target}' is not in slot ${t.slotRef.slot} and web app ${t.prodRef.site} runs no container image to derive it from; expected a full image reference, or set 'package-url' to that version's package`,
      );
    }
    return planFor(t, { containerImage: image }, live);
  },
};
