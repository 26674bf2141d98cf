/**
 * slot-swap canary: the new release goes to the slot as for a swap (pointed, restarted, warmed
 * up); then production's traffic moves to it step by step through App Service's own routing, a
 * ramp-up rule in the production site's config/web (`experiments.rampUpRules`: `reroutePercentage`
 * of requests to the slot's host name; learn.microsoft.com/azure/app-service/deploy-staging-slots#
 * route-production-traffic-automatically). Each weight is one write. At 100% the rule is removed
 * (the stable release briefly takes everything again: never the other way round, as a swap with
 * the rule still set would send that share to the old release now in the slot) and the slot is
 * swapped in as without a canary. An `analysis` step runs the analysis gates on the slot (where
 * the share is served) and probes the slot; a failure removes the rule before the error. An open
 * pause records the canary as paused on the production site's tags (state, step, share); the
 * 'promote' stage continues from there without preparing the slot again (canary-control.ts).
 */
import type { SlotArtifact } from '../../azure/app-service-port.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import { canaryGates } from '../canary/analysis.js';
import { walkCanary, type CanaryEnd, type CanaryProgress, type CanaryTarget } from '../canary/walk.js';
import { recordPaused } from '../record.js';
import type { CanaryStep } from '../../settings/types.js';
import { artifactOf, describe, versionOf } from './artifact.js';
import { goLive, prepareSlot, probe } from './release.js';
import { siteResource, slotResource, type Target } from './shared.js';

/** The rule's name: the slot it routes to, as Azure's portal names it. */
const ruleName = (t: Target) => t.slotRef.slot;

/** The slot's host name (`{site}-{slot}.azurewebsites.net`), the rule's `actionHostName`. */
const slotHost = (t: Target) =>
  t.slot.defaultHostName ?? `${t.prodRef.site}-${t.slotRef.slot}.azurewebsites.net`.toLowerCase();

/**
 * Gets `artifact` live through the canary's steps, or as far as an open pause ('paused'); throws
 * CanaryAborted when a check failed (traffic at 0%).
 */
export async function releaseByCanary(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  artifact: SlotArtifact,
  steps: readonly CanaryStep[],
  progress: CanaryProgress,
): Promise<CanaryEnd> {
  await prepareSlot(ctx, ex, t, artifact);
  return resumeCanary(ctx, ex, t, artifact, steps, progress, 0);
}

/** 'promote': the slot already holds `artifact` and `progress.weight` is on it; the steps continue from `from`. */
export async function resumeCanary(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  artifact: SlotArtifact,
  steps: readonly CanaryStep[],
  progress: CanaryProgress,
  from: number,
): Promise<CanaryEnd> {
  return walkCanary(ex, steps, canaryTarget(ctx, ex, t, artifact, progress), progress, { from });
}

/** The version production ran before (the gates' {previousVersion}). */
const liveVersion = (t: Target) => {
  const live = artifactOf(t.production);
  return live ? versionOf(live) : undefined;
};

function canaryTarget(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  artifact: SlotArtifact,
  progress: CanaryProgress,
): CanaryTarget {
  const slot = t.slotRef.slot;
  const where = slotResource(t);
  return {
    where,
    setWeight: (percent) => setWeight(ex, t, progress.weight, percent, artifact),
    analyse: async (label) => {
      const gates = await canaryGates(ctx, ex, {
        label,
        target: slotMonitored(t),
        version: versionOf(artifact),
        previousVersion: liveVersion(t),
      });
      if (gates !== undefined) return gates;
      const check = await ex.gate(
        `slot ${slot} answers ${ctx.settings.deploy.warmupPath}`,
        `${label}: slot ${slot} answers`,
        () => probe(ctx, ex, t, 'preview', `${label}: slot ${slot}`),
      );
      return check.ok ? undefined : `slot ${slot} did not answer: ${check.detail}`;
    },
    complete: async () => {
      if (progress.weight > 0) await setWeight(ex, t, progress.weight, 0, artifact, 'before the swap');
      progress.weight = 0;
      await goLive(ctx, ex, t, artifact);
    },
    pause: async (index, weight) => {
      const version = versionOf(artifact);
      const write: PlannedWrite = {
        resource: siteResource(t),
        operation: 'tag',
        after: `state paused at step ${index + 1} (${weight}% to slot ${slot}), target-version ${version}`,
        why: "canary: an open pause; 'promote' continues from the next step, 'abort' returns the traffic",
      };
      const current = liveVersion(t);
      const paused = { target: version, step: index + 1, weight, current, runUrl: ctx.deps.run?.runUrl };
      await ex.write({ write }, (call) => recordPaused(t.tags, t.production.id, paused, call));
    },
  };
}

/**
 * A rollback (or the confirmation after a failed deploy) with 'canary-steps' set: the production
 * site's ramp-up rule to the slot is removed first, whatever share an earlier run left.
 */
export async function removeCanaryRule(ex: RolloutExecutor, t: Target): Promise<void> {
  const slot = t.slotRef.slot;
  const left = t.production.rampUp?.find((r) => r.name === ruleName(t) && r.percent > 0);
  if (!left) return;
  const write: PlannedWrite = {
    resource: siteResource(t),
    operation: 'update',
    before: `${left.percent}% of production traffic to slot ${slot}`,
    after: `no traffic to slot ${slot}`,
    why: 'canary: the share an earlier canary left on the slot returns to production (ramp-up rule removed)',
  };
  const rule = { name: ruleName(t), actionHostName: slotHost(t), percent: 0 };
  await ex.write({ write }, async (call) => void (await t.app.setRampUp(t.prodRef, rule, call)));
}

/** One write of the production site's ramp-up rule (0 removes it); the port writes only what differs. */
async function setWeight(
  ex: RolloutExecutor,
  t: Target,
  from: number,
  percent: number,
  artifact: SlotArtifact,
  when?: string,
): Promise<void> {
  const slot = t.slotRef.slot;
  const write: PlannedWrite = {
    resource: siteResource(t),
    operation: 'update',
    before: `${from}% of production traffic to slot ${slot}`,
    after: `${percent}% to slot ${slot} (${describe(artifact)})`,
    why:
      percent === 0
        ? `canary: all traffic back on production${when ? ` ${when}` : ''} (ramp-up rule removed)`
        : `canary: the ramp-up rule sends ${percent}% of production traffic to slot ${slot}`,
  };
  const rule = { name: ruleName(t), actionHostName: slotHost(t), percent };
  await ex.write({ write }, async (call) => void (await t.app.setRampUp(t.prodRef, rule, call)), {
    kind: 'action',
    label: 'canary',
    value: `${percent}% of production traffic on slot ${slot}`,
  });
}

/** While the canary runs, the new release's share is served (and measured) by the slot. */
function slotMonitored(t: Target) {
  const site = {
    resourceGroup: t.prodRef.resourceGroup,
    path: `Microsoft.Web/sites/${t.prodRef.site}`,
    label: `web app ${t.prodRef.site}`,
  };
  const slot = {
    resourceGroup: t.slotRef.resourceGroup,
    path: `Microsoft.Web/sites/${t.prodRef.site}/slots/${t.slotRef.slot}`,
    label: `slot ${t.slotRef.slot} of web app ${t.prodRef.site}`,
  };
  return { metrics: slot, alerts: [slot, site] };
}
