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
import type { AppServicePort, SlotArtifact, SlotInfo, SlotRef } from '../../azure/app-service-port.js';
import { PRODUCTION_SLOT } from '../../azure/app-service-port.js';
import { CancelledError, EngineError } from '../../errors.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { endpointUrl } from '../endpoints.js';
import { deadlineOf, httpGate, type Deadline } from '../http-gate.js';
import type { DeployOutcome, Endpoint, PlanOutcome, ReleaseArtifact, ReleaseRecord, RollbackOutcome, RollbackPlan, Strategy, TargetCheck } from '../strategy.js';
import { countWrites, Plan } from '../../plan/action.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import { artifactOf, describe, imageForVersion, packageName, sameArtifact, versionOf } from './artifact.js';
import { recordFromTags, recordIntent, recordLive } from '../record.js';
import { RolloutError } from '../rollout-error.js';

interface Target {
  readonly app: AppServicePort;
  readonly production: SlotInfo;
  readonly slot: SlotInfo;
  readonly prodRef: SlotRef;
  readonly slotRef: SlotRef;
}

/** Reads and checks the site and the slot; every problem is an 'input' error, before any write. */
async function observe(ctx: StageContext): Promise<Target> {
  const d = ctx.settings.deploy;
  const rg = d.resourceGroup;
  const site = d.appService;
  if (!rg) throw new EngineError('input', "input 'resource-group' is required for strategy 'slot-swap'");
  if (!site) throw new EngineError('input', "input 'app-service' is required for strategy 'slot-swap'; expected the web app's name");
  if (d.slot.toLowerCase() === PRODUCTION_SLOT) {
    throw new EngineError('input', "input 'slot': 'production' is the live site; expected a deployment slot (e.g. 'staging') that is swapped into production");
  }
  const { appService: app } = await ctx.azure();
  const options = { signal: ctx.signal };
  const prodRef: SlotRef = { resourceGroup: rg, site, slot: PRODUCTION_SLOT };
  const production = await app.getSlot(prodRef, options);
  if (!production) throw new EngineError('input', `input 'app-service': web app '${site}' was not found in resource group '${rg}'; expected an existing App Service`);
  const slotRef: SlotRef = { resourceGroup: rg, site, slot: d.slot.toLowerCase() };
  const slot = await app.getSlot(slotRef, options);
  if (!slot) {
    const slots = (await app.listSlots(rg, site, options)) ?? [];
    const known = slots.length > 0 ? `one of its slots: ${slots.join(', ')}` : 'a deployment slot, but the site has none (create one, e.g. az webapp deployment slot create --slot staging)';
    throw new EngineError('input', `input 'slot': '${d.slot}' is not a deployment slot of web app '${site}'; expected ${known}`);
  }
  // A run-from-package URL read back from Azure may carry a SAS token: the host masks it from now on.
  for (const url of [production.runFromPackage, slot.runFromPackage]) {
    if (!url) continue;
    ctx.deps.host.setSecret(url);
    const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    if (query.length >= 3) ctx.deps.host.setSecret(query);
  }
  return { app, production, slot, prodRef, slotRef };
}

function wanted(ctx: StageContext, artifact: ReleaseArtifact): SlotArtifact {
  const image = artifact.containerImage ?? ctx.settings.deploy.containerImage;
  const pkg = artifact.packageUrl ?? ctx.settings.deploy.packageUrl;
  if (image) return { containerImage: image };
  if (pkg) return { packageUrl: pkg };
  throw new EngineError('input', "input 'container-image' is required for strategy 'slot-swap' (or set 'package-url'); expected the immutable artifact to deploy");
}

const slotUrl = (ctx: StageContext, role: 'live' | 'preview', info: SlotInfo) => endpointUrl(ctx, role, info.defaultHostName ? `https://${info.defaultHostName}` : undefined);

function requireUrl(ctx: StageContext, role: 'live' | 'preview', info: SlotInfo): string {
  const url = slotUrl(ctx, role, info);
  if (!url) throw new EngineError('input', `${info.slot === PRODUCTION_SLOT ? `site ${info.site}` : `slot ${info.slot}`} has no host name; set input '${role}-url'`);
  return url;
}

/** Warm-up: the slot answers its warm-up path with 2xx several times in a row. */
async function warm(ctx: StageContext, slot: SlotInfo, role: 'live' | 'preview', deadline: Deadline, what: string): Promise<{ ok: boolean; reason: string; url: string }> {
  const url = requireUrl(ctx, role, slot);
  const result = await httpGate(ctx, what, url, deadline, { warmup: role === 'preview' });
  return { ok: result.passed, reason: result.reason, url };
}

/**
 * Gets `artifact` into production through the slot. `items` collects the story. Returns whether a
 * swap happened. Throws (after undoing what it can) when a gate fails.
 */
/** Whether production was (or may have been) swapped: set just before the swap write. */
interface ReleaseProgress {
  productionTouched: boolean;
}

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

function planFor(t: Target, to: SlotArtifact, from: SlotArtifact | undefined): RollbackPlan {
  return {
    strategy: 'slot-swap',
    to: { ...to, slot: t.slotRef.slot },
    description: `web app ${t.prodRef.site}: ${from ? versionOf(from) : 'nothing'} → ${versionOf(to)} (swap slot ${t.slotRef.slot} back into production)`,
  };
}

function recordOf(t: Target): ReleaseRecord {
  const live = artifactOf(t.production);
  const fromTags = recordFromTags(t.production.tags);
  return { ...fromTags, current: fromTags.current ?? (live ? versionOf(live) : undefined), activeSlot: t.slotRef.slot };
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
    if (sameArtifact(live, to)) {
      const record = recordOf(t);
      if (record.target) {
        const { tags } = await ctx.azure();
        await recordLive(tags, t.production.id, { current: versionOf(to), previous: record.previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl, state: record.current === versionOf(to) ? 'live' : 'rolled-back' }, { signal: ctx.signal });
      }
      return {
        outputs: { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, swapped: false, imageVersion: versionOf(to) },
        items: [{ kind: 'fact', label: `web app ${t.prodRef.site}`, value: `production runs ${describe(to)}: nothing to swap` }],
        message: `${describe(to)} is live on web app ${t.prodRef.site}; nothing to swap`,
      } satisfies RollbackOutcome;
    }
    const items: SummaryItem[] = [];
    const { tags } = await ctx.azure();
    const record = recordOf(t);
    await recordIntent(tags, t.production.id, { target: versionOf(to), runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, { signal: ctx.signal });
    if (sameArtifact(artifactOf(t.slot), to)) {
      // The usual case: the previous app waits in the slot; swapping back is one swap.
      await t.app.swap(t.slotRef, PRODUCTION_SLOT, { signal: ctx.signal });
      items.push({ kind: 'action', label: 'swap back', value: `slot ${t.slotRef.slot} (${describe(to)}) → production` });
      const check = await warm(ctx, t.production, 'live', deadline, 'production after the swap back');
      items.push({ kind: 'check', label: `production answers ${ctx.settings.deploy.warmupPath}`, value: check.reason, ok: check.ok });
      if (!check.ok) throw new EngineError('verify', `production did not answer after swapping ${describe(to)} back: ${check.reason}`);
    } else {
      items.push({ kind: 'fact', label: `slot ${t.slotRef.slot}`, value: `holds ${describe(artifactOf(t.slot))}, not ${describe(to)}: deploying it through the slot` });
      await release(ctx, t, to, deadline, items);
    }
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

const iso = (ctx: StageContext) => new Date(ctx.deps.clock.now()).toISOString();

function toArtifact(plan: RollbackPlan): SlotArtifact {
  if (plan.to.containerImage) return { containerImage: plan.to.containerImage };
  if (plan.to.packageUrl) return { packageUrl: plan.to.packageUrl };
  throw new EngineError('input', `the rollback plan '${plan.description}' names no container image or package to return to`);
}

// --- Plan mode: the same reads, the writes described ------------------------------------------

const siteResource = (t: Target) => `web app ${t.prodRef.site}`;
const wouldCheck = (value: string): SummaryItem => ({ kind: 'fact', label: 'would check', value });

/** release(), described: point the slot at the artifact, restart, warm-up, (preview), swap, live check. */
function releaseWrites(ctx: StageContext, t: Target, artifact: SlotArtifact, plan: Plan, items: SummaryItem[]): void {
  const slot = `slot ${t.slotRef.slot} of ${siteResource(t)}`;
  const inSlot = artifactOf(t.slot);
  const path = ctx.settings.deploy.warmupPath;
  if (!sameArtifact(inSlot, artifact)) plan.add({ resource: slot, operation: 'update', before: describe(inSlot), after: describe(artifact), why: 'the new artifact goes to the slot first; production is not touched' });
  plan.add({ resource: slot, operation: 'restart', why: `loads ${describe(artifact)}` });
  const preview = slotUrl(ctx, 'preview', t.slot);
  items.push(wouldCheck(`slot ${t.slotRef.slot} answers ${path}${preview ? ` (${preview})` : ''} before the swap`));
  if (ctx.settings.deploy.swapWithPreview) {
    plan.add({ resource: slot, operation: 'update', after: "production's slot settings", why: "swap with preview: the slot is checked with production's settings before the swap completes" });
    items.push(wouldCheck(`slot ${t.slotRef.slot} with production's settings`));
  }
  const live = artifactOf(t.production);
  plan.add({
    resource: siteResource(t),
    operation: 'swap',
    before: `production ${describe(live)}`,
    after: describe(artifact),
    why: `slot ${t.slotRef.slot} → production once the slot answers ${path}; ${describe(live)} then waits in the slot for a swap back`,
  });
  const liveUrl = slotUrl(ctx, 'live', t.production);
  if (liveUrl) items.push(wouldCheck(`production ${liveUrl} after the swap (swapped back at once if it fails)`));
}

async function planDeploy(ctx: StageContext, artifact: ReleaseArtifact): Promise<PlanOutcome> {
  const want = wanted(ctx, artifact);
  const t = await observe(ctx);
  const live = artifactOf(t.production);
  const record = recordOf(t);
  const previewUrl = slotUrl(ctx, 'preview', t.slot);
  const common = { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, previewUrl, imageVersion: versionOf(want) };
  const plan = new Plan();
  if (sameArtifact(live, want)) {
    if (record.current !== versionOf(want) || record.target) plan.add(catchUpWrite(siteResource(t), record, versionOf(want), record.current !== versionOf(want) ? record.current : record.previous));
    return {
      writes: plan.writes,
      items: [{ kind: 'fact', label: siteResource(t), value: `already runs ${describe(want)}: nothing to swap` }],
      outputs: { ...common, swapped: false, previousImageVersion: versionOf(want), deployUnchanged: plan.size === 0 },
      message: `plan: web app ${t.prodRef.site} already runs ${describe(want)} (${countWrites(plan.size)})`,
    };
  }
  const items: SummaryItem[] = [{ kind: 'fact', label: siteResource(t), value: `production runs ${describe(live)}; ${describe(want)} would go through slot ${t.slotRef.slot}` }];
  plan.add(intentWrite(siteResource(t), versionOf(want)));
  releaseWrites(ctx, t, want, plan, items);
  plan.add(liveWrite(siteResource(t), record, { current: versionOf(want), previous: live ? versionOf(live) : record.current }));
  return {
    writes: plan.writes,
    items,
    outputs: { ...common, swapped: true, previousImageVersion: live ? versionOf(live) : undefined },
    message: `plan: ${describe(want)} would go live on web app ${t.prodRef.site} through slot ${t.slotRef.slot} (${countWrites(plan.size)}, none made)`,
  };
}

async function planRollbackWrites(ctx: StageContext, rollback: RollbackPlan): Promise<PlanOutcome> {
  const t = await observe(ctx);
  const to = toArtifact(rollback);
  const live = artifactOf(t.production);
  const record = recordOf(t);
  const plan = new Plan();
  if (sameArtifact(live, to)) {
    if (record.target) plan.add(catchUpWrite(siteResource(t), record, versionOf(to), record.previous));
    return {
      writes: plan.writes,
      items: [{ kind: 'fact', label: siteResource(t), value: `production runs ${describe(to)}: nothing to swap` }],
      outputs: { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, swapped: false, imageVersion: versionOf(to), rolledBack: false },
      message: `plan: ${describe(to)} is live on web app ${t.prodRef.site}; nothing to swap (${countWrites(plan.size)})`,
    };
  }
  const items: SummaryItem[] = [{ kind: 'fact', label: 'rollback', value: rollback.description }];
  plan.add(intentWrite(siteResource(t), versionOf(to), 'rolling-back'));
  if (sameArtifact(artifactOf(t.slot), to)) {
    plan.add({ resource: siteResource(t), operation: 'swap', before: `production ${describe(live)}`, after: describe(to), why: `swap back: slot ${t.slotRef.slot} still holds ${describe(to)}` });
    const liveUrl = slotUrl(ctx, 'live', t.production);
    if (liveUrl) items.push(wouldCheck(`production ${liveUrl} after the swap back`));
  } else {
    items.push({ kind: 'fact', label: `slot ${t.slotRef.slot}`, value: `holds ${describe(artifactOf(t.slot))}, not ${describe(to)}: it would be deployed through the slot` });
    releaseWrites(ctx, t, to, plan, items);
  }
  plan.add(liveWrite(siteResource(t), record, { current: versionOf(to), previous: live ? versionOf(live) : record.current, state: 'rolled-back' }));
  return {
    writes: plan.writes,
    items,
    outputs: { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, swapped: true, rolledBack: true, imageVersion: versionOf(to), previousImageVersion: live ? versionOf(live) : undefined },
    message: `plan: ${rollback.description} (${countWrites(plan.size)}, none made)`,
  };
}
