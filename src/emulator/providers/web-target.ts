/**
 * What the Microsoft.Web routes share: api-versions, the site and slot paths, registering an
 * operation for both, and the site or slot a request addresses.
 */
import { resourceNotFound } from '../errors.js';
import { requireResourceGroup } from '../resource-kit.js';
import type { Router } from '../router.js';
import { PRODUCTION, type SiteSim } from '../sim/app-service.js';
import { deployWorld } from '../sim/world.js';
import type { StoredResource } from '../state.js';
import type { ArmRequest, RouteDef } from '../types.js';
import { SITE_TYPE, SLOT_TYPE, type SlotRef } from './web-view.js';

export type { SlotRef };

export const WEB_API_VERSIONS = [
  '2025-05-01',
  '2024-11-01',
  '2024-04-01',
  '2023-12-01',
  '2023-01-01',
  '2022-09-01',
] as const;
export const SITE_PATH =
  '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites/{name}';
export const SLOT_PATH = `${SITE_PATH}/slots/{slot}`;

export type WebRoute = (
  method: RouteDef['method'],
  path: string,
  operation: string,
  handler: RouteDef['handler'],
  write?: boolean,
) => RouteDef;

export const route: WebRoute = (method, path, operation, handler, write) => ({
  method,
  path,
  operation,
  handler,
  apiVersions: WEB_API_VERSIONS,
  resourceType: SITE_TYPE,
  ...(write === undefined ? {} : { write }),
});

/** Registers an operation for the site (production) and, with the `Slot` suffix, for slots. */
export function both(
  router: Router,
  suffix: string,
  method: RouteDef['method'],
  operation: string,
  handler: RouteDef['handler'],
  write?: boolean,
): void {
  router.add(route(method, `${SITE_PATH}${suffix}`, operation, handler, write));
  router.add(route(method, `${SLOT_PATH}${suffix}`, `${operation}Slot`, handler, write));
}

export function siteId(req: ArmRequest): string {
  return `/subscriptions/${req.params['subscriptionId']}/resourceGroups/${req.params['resourceGroupName']}/providers/${SITE_TYPE}/${req.params['name']}`;
}

export function slotNameOf(req: ArmRequest): string {
  return (req.params['slot'] ?? PRODUCTION).toLowerCase();
}

export function requireSite(req: ArmRequest): { site: SiteSim; siteRes: StoredResource } {
  requireResourceGroup(req);
  const siteRes = req.emu.state.get(siteId(req));
  const site = siteRes && deployWorld(req.emu).sites.get(siteRes.id.toLowerCase());
  if (!siteRes || !site) throw resourceNotFound(SITE_TYPE, req.params['name'] ?? '', req.params['resourceGroupName']);
  return { site, siteRes };
}

export function requireSlot(req: ArmRequest): SlotRef {
  const { site, siteRes } = requireSite(req);
  const name = slotNameOf(req);
  const slot = site.slot(name);
  const res = name === PRODUCTION ? siteRes : req.emu.state.get(`${siteRes.id}/slots/${name}`);
  if (!slot || !res)
    throw resourceNotFound(SLOT_TYPE, `${siteRes.body['name']}/${name}`, req.params['resourceGroupName']);
  return { site, slot, res, siteRes };
}

export function hostNameOf(siteName: string, slot: string): string {
  return slot === PRODUCTION
    ? `${siteName}.azurewebsites.net`.toLowerCase()
    : `${siteName}-${slot}.azurewebsites.net`.toLowerCase();
}
