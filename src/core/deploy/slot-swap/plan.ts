/** Plan mode for slot swap: the same reads as a deploy or rollback, the writes described, none made. */
import type { SlotArtifact } from '../../azure/app-service-port.js';
import { PRODUCTION_SLOT } from '../../azure/app-service-port.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import type { PlanOutcome, ReleaseArtifact, RollbackPlan } from '../strategy.js';
import { countWrites, Plan } from '../../plan/action.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import { artifactOf, describe, sameArtifact, versionOf } from './artifact.js';
import { Target, observe, wanted, slotUrl, recordOf, toArtifact } from './shared.js';


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

export async function planDeploy(ctx: StageContext, artifact: ReleaseArtifact): Promise<PlanOutcome> {
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

export async function planRollbackWrites(ctx: StageContext, rollback: RollbackPlan): Promise<PlanOutcome> {
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
