import { PRODUCTION, type SiteSim, type SlotSim } from './app-service.js';

/**
 * Testing in production: the production site's `siteConfig.experiments.rampUpRules` send a share
 * of its traffic to a deployment slot (`RampUpRule`: `name`, `actionHostName` = the slot's host
 * name, `reroutePercentage`; specification/web/resource-manager/Microsoft.Web/stable/2025-05-01/
 * WebApps.json definitions `Experiments` and `RampUpRule`; learn.microsoft.com/azure/app-service/
 * deploy-staging-slots#route-production-traffic-automatically). Only the production site's rules
 * route: a slot's config keeps whatever it was given but routes nothing.
 *
 * Azure picks a request's slot at random and pins the client with the `x-ms-routing-name` cookie;
 * the emulator has no cookies and picks deterministically instead: request n falls in bucket
 * (n × 37) mod 100, so every 100 consecutive requests to the site put exactly `reroutePercentage`
 * of them on the slot (exact shares, no randomness). A rule naming a host that is not a slot of the
 * site routes nothing.
 */
export interface RampRule {
  readonly name: string;
  readonly actionHostName: string;
  readonly reroutePercentage: number;
}

/** The rules of a `siteConfig` body (missing or malformed entries are skipped). */
export function rampRulesOf(siteConfig: Record<string, unknown> | undefined): RampRule[] {
  const experiments = siteConfig?.['experiments'] as Record<string, unknown> | undefined;
  const rules = experiments?.['rampUpRules'];
  if (!Array.isArray(rules)) return [];
  return (rules as Record<string, unknown>[]).flatMap((r) => {
    const pct = Number(r['reroutePercentage'] ?? 0);
    const host = r['actionHostName'];
    if (typeof host !== 'string' || !(pct > 0)) return [];
    return [
      { name: String(r['name'] ?? ''), actionHostName: host.toLowerCase(), reroutePercentage: Math.min(pct, 100) },
    ];
  });
}

/** Per site: the next request's sequence number (bucket order). */
const sequence = new WeakMap<SiteSim, number>();

/** The slot that answers a request addressed to `slot`: rerouted by the site's rules when it is production. */
export function routedSlot(site: SiteSim, slot: SlotSim): SlotSim {
  const rules = site.rampUpRules;
  if (slot.name !== PRODUCTION || rules.length === 0) return slot;
  const n = sequence.get(site) ?? 0;
  sequence.set(site, n + 1);
  const bucket = (n * 37) % 100;
  let upTo = 0;
  for (const rule of rules) {
    upTo += rule.reroutePercentage;
    if (bucket >= upTo) continue;
    const target = [...site.slots.values()].find((s) => hostOf(site, s) === rule.actionHostName);
    return target && target !== slot ? target : slot;
  }
  return slot;
}

const hostOf = (site: SiteSim, s: SlotSim) =>
  (s.name === PRODUCTION ? `${site.name}.azurewebsites.net` : `${site.name}-${s.name}.azurewebsites.net`).toLowerCase();
