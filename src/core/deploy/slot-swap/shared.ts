/** What the slot-swap deploy, rollback and plan share: the observed target, URLs, plans. */
import type { AppServicePort, SlotArtifact, SlotInfo, SlotRef } from '../../azure/app-service-port.js';
import { PRODUCTION_SLOT } from '../../azure/app-service-port.js';
import { EngineError } from '../../errors.js';
import type { StageContext } from '../../stages/stage.js';
import { endpointUrl } from '../endpoints.js';
import type { ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { artifactOf, versionOf } from './artifact.js';
import { recordFromTags } from '../record.js';

export interface Target {
  readonly app: AppServicePort;
  readonly production: SlotInfo;
  readonly slot: SlotInfo;
  readonly prodRef: SlotRef;
  readonly slotRef: SlotRef;
}

/** Reads and checks the site and the slot; every problem is an 'input' error, before any write. */
export async function observe(ctx: StageContext): Promise<Target> {
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

export function wanted(ctx: StageContext, artifact: ReleaseArtifact): SlotArtifact {
  const image = artifact.containerImage ?? ctx.settings.deploy.containerImage;
  const pkg = artifact.packageUrl ?? ctx.settings.deploy.packageUrl;
  if (image) return { containerImage: image };
  if (pkg) return { packageUrl: pkg };
  throw new EngineError('input', "input 'container-image' is required for strategy 'slot-swap' (or set 'package-url'); expected the immutable artifact to deploy");
}

export const slotUrl = (ctx: StageContext, role: 'live' | 'preview', info: SlotInfo) => endpointUrl(ctx, role, info.defaultHostName ? `https://${info.defaultHostName}` : undefined);

export function requireUrl(ctx: StageContext, role: 'live' | 'preview', info: SlotInfo): string {
  const url = slotUrl(ctx, role, info);
  if (!url) throw new EngineError('input', `${info.slot === PRODUCTION_SLOT ? `site ${info.site}` : `slot ${info.slot}`} has no host name; set input '${role}-url'`);
  return url;
}

/** Warm-up: the slot answers its warm-up path with 2xx several times in a row. */
export function planFor(t: Target, to: SlotArtifact, from: SlotArtifact | undefined): RollbackPlan {
  return {
    strategy: 'slot-swap',
    to: { ...to, slot: t.slotRef.slot },
    description: `web app ${t.prodRef.site}: ${from ? versionOf(from) : 'nothing'} → ${versionOf(to)} (swap slot ${t.slotRef.slot} back into production)`,
  };
}

export function recordOf(t: Target): ReleaseRecord {
  const live = artifactOf(t.production);
  const fromTags = recordFromTags(t.production.tags);
  return { ...fromTags, current: fromTags.current ?? (live ? versionOf(live) : undefined), activeSlot: t.slotRef.slot };
}

export const iso = (ctx: StageContext) => new Date(ctx.deps.clock.now()).toISOString();

export function toArtifact(plan: RollbackPlan): SlotArtifact {
  if (plan.to.containerImage) return { containerImage: plan.to.containerImage };
  if (plan.to.packageUrl) return { packageUrl: plan.to.packageUrl };
  throw new EngineError('input', `the rollback plan '${plan.description}' names no container image or package to return to`);
}
