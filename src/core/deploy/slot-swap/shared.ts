/** What the slot-swap deploy, rollback and plan share: the observed target, URLs, rollback plans. */
import type { AppCallOptions, AppServicePort, SlotArtifact, SlotInfo, SlotRef } from '../../azure/app-service-port.js';
import { PRODUCTION_SLOT } from '../../azure/app-service-port.js';
import type { TagsPort } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import { endpointUrl } from '../endpoints.js';
import type { ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { artifactOf, versionOf } from './artifact.js';
import { recordFromTags } from '../record.js';

export interface Target {
  readonly app: AppServicePort;
  readonly tags: TagsPort;
  readonly production: SlotInfo;
  readonly slot: SlotInfo;
  readonly prodRef: SlotRef;
  readonly slotRef: SlotRef;
}

/** How observe makes its reads: with the run's signal, or retried within a rollout's deadline. */
export type Reads = <T>(what: string, fn: (call: AppCallOptions) => Promise<T>) => Promise<T>;

/** Reads outside a rollout (inspect, endpoints, checks): the run's signal, no deadline. */
export const plainReads =
  (ctx: StageContext): Reads =>
  (_what, fn) =>
    fn({ signal: ctx.signal });

/** Reads inside a rollout: bounded by its deadline, retried on transient failures. */
export const rolloutReads =
  (ex: RolloutExecutor): Reads =>
  (what, fn) =>
    ex.read(what, fn);

/** Reads and checks the site and the slot; every problem is an 'input' error, before any write. */
export async function observe(ctx: StageContext, read: Reads = plainReads(ctx)): Promise<Target> {
  const d = ctx.settings.deploy;
  const rg = d.resourceGroup;
  const site = d.appService;
  if (!rg) throw new EngineError('input', "input 'resource-group' is required for strategy 'slot-swap'");
  if (!site)
    throw new EngineError(
      'input',
      "input 'app-service' is required for strategy 'slot-swap'; expected the web app's name",
    );
  if (d.slot.toLowerCase() === PRODUCTION_SLOT) {
    throw new EngineError(
      'input',
      "input 'slot': 'production' is the live site; expected a deployment slot (e.g. 'staging') that is swapped into production",
    );
  }
  const { appService: app, tags } = await ctx.azure();
  const prodRef: SlotRef = { resourceGroup: rg, site, slot: PRODUCTION_SLOT };
  const production = await read(`reading web app ${site}`, (call) => app.getSlot(prodRef, call));
  if (!production)
    throw new EngineError(
      'input',
      `input 'app-service': web app '${site}' was not found in resource group '${rg}'; expected an existing App Service`,
    );
  const slotRef: SlotRef = { resourceGroup: rg, site, slot: d.slot.toLowerCase() };
  const slot = await read(`reading slot ${slotRef.slot} of web app ${site}`, (call) => app.getSlot(slotRef, call));
  if (!slot) {
    const slots = (await read(`listing the slots of web app ${site}`, (call) => app.listSlots(rg, site, call))) ?? [];
    const known =
      slots.length > 0
        ? `one of its slots: ${slots.join(', ')}`
        : 'a deployment slot, but the site has none (create one, e.g. az webapp deployment slot create --slot staging)';
    throw new EngineError(
      'input',
      `input 'slot': '${d.slot}' is not a deployment slot of web app '${site}'; expected ${known}`,
    );
  }
  maskPackageUrls(ctx, [production, slot]);
  return { app, tags, production, slot, prodRef, slotRef };
}

/** A run-from-package URL read back from Azure may carry a SAS token: the host masks it from now on. */
function maskPackageUrls(ctx: StageContext, slots: readonly SlotInfo[]): void {
  for (const url of slots.map((s) => s.runFromPackage)) {
    if (!url) continue;
    ctx.deps.host.setSecret(url);
    const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    if (query.length >= 3) ctx.deps.host.setSecret(query);
  }
}

export function wanted(ctx: StageContext, artifact: ReleaseArtifact): SlotArtifact {
  const image = artifact.containerImage ?? ctx.settings.deploy.containerImage;
  const pkg = artifact.packageUrl ?? ctx.settings.deploy.packageUrl;
  if (image) return { containerImage: image };
  if (pkg) return { packageUrl: pkg };
  throw new EngineError(
    'input',
    "input 'container-image' is required for strategy 'slot-swap' (or set 'package-url'); expected the immutable artifact to deploy",
  );
}

export const slotUrl = (ctx: StageContext, role: 'live' | 'preview', info: SlotInfo) =>
  endpointUrl(ctx, role, info.defaultHostName ? `https://${info.defaultHostName}` : undefined);

export function requireUrl(ctx: StageContext, role: 'live' | 'preview', info: SlotInfo): string {
  const url = slotUrl(ctx, role, info);
  if (!url)
    throw new EngineError(
      'input',
      `${info.slot === PRODUCTION_SLOT ? `site ${info.site}` : `slot ${info.slot}`} has no host name; set input '${role}-url'`,
    );
  return url;
}

/** The site and the slot in words, as plan lines and summaries name them. */
export const siteResource = (t: Target) => `web app ${t.prodRef.site}`;
export const slotResource = (t: Target) => `slot ${t.slotRef.slot} of ${siteResource(t)}`;

/**
 * The plan that returns production to `to` (swap back when the slot holds it). `record`: what the
 * release record says afterwards (the version rolled back is `failed`, never `previous`).
 */
export function planFor(
  t: Target,
  to: SlotArtifact,
  from: SlotArtifact | undefined,
  record?: RollbackPlan['record'],
): RollbackPlan {
  return {
    strategy: 'slot-swap',
    to: { ...to, slot: t.slotRef.slot },
    description: `web app ${t.prodRef.site}: ${from ? versionOf(from) : 'nothing'} → ${versionOf(to)} (swap slot ${t.slotRef.slot} back into production)`,
    ...(record ? { record } : {}),
  };
}

export function recordOf(t: Target): ReleaseRecord {
  const live = artifactOf(t.production);
  const fromTags = recordFromTags(t.production.tags);
  return { ...fromTags, current: fromTags.current ?? (live ? versionOf(live) : undefined), activeSlot: t.slotRef.slot };
}

export { iso } from '../record.js';

export function toArtifact(plan: RollbackPlan): SlotArtifact {
  if (plan.to.containerImage) return { containerImage: plan.to.containerImage };
  if (plan.to.packageUrl) return { packageUrl: plan.to.packageUrl };
  throw new EngineError(
    'input',
    `the rollback plan '${plan.description}' names no container image or package to return to`,
  );
}
