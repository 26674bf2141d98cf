import { PRODUCTION, type SiteSim, type SlotSim } from '../sim/app-service.js';
import type { Json, StoredResource } from '../state.js';

/** Wire bodies of sites / slots and their config resources, as Microsoft.Web (2025-05-01) returns them. */
export const SITE_TYPE = 'Microsoft.Web/sites';
export const SLOT_TYPE = 'Microsoft.Web/sites/slots';

function hostName(ref: SlotRef): string {
  const site = String(ref.siteRes.body['name']);
  return ref.slot.name === PRODUCTION
    ? `${site}.azurewebsites.net`.toLowerCase()
    : `${site}-${ref.slot.name}.azurewebsites.net`.toLowerCase();
}

/**
 * Site / slot body. `defaultHostName` keeps Azure's `{site}[-{slot}].azurewebsites.net` form;
 * the loopback URL serving it is `control.urlFor(siteId, slot)` / `control.urlForHostName(host)`.
 */
export function siteView(ref: SlotRef): Json {
  const host = hostName(ref);
  const body = structuredClone(ref.res.body);
  const props = (body['properties'] as Json | undefined) ?? {};
  body['properties'] = {
    ...props,
    state: 'Running',
    hostNames: [host],
    enabledHostNames: [host, host.replace('.azurewebsites.net', '.scm.azurewebsites.net')],
    defaultHostName: host,
    usageState: 'Normal',
    availabilityState: 'Normal',
    enabled: true,
    resourceGroup: ref.res.id.split('/')[4],
    siteConfig: {
      ...((ref.res.meta['siteConfig'] as Json | undefined) ?? {}),
      linuxFxVersion: ref.slot.linuxFxVersion,
    },
    ...(ref.res.meta['slotSwapStatus'] ? { slotSwapStatus: ref.res.meta['slotSwapStatus'] } : {}),
  };
  return body;
}

function configType(ref: SlotRef): string {
  return ref.slot.name === PRODUCTION ? 'Microsoft.Web/sites/config' : 'Microsoft.Web/sites/slots/config';
}

/**
 * `SiteConfigResource` (config/web). It and `StringDictionary` below are `ProxyOnlyResource`s (id,
 * name, kind, type): no location (specification/web/resource-manager/Microsoft.Web/stable/2025-05-01,
 * WebApps.json and CommonDefinitions.json).
 */
export function configView(ref: SlotRef): Json {
  return {
    id: `${ref.res.id}/config/web`,
    name: 'web',
    type: configType(ref),
    properties: {
      ...((ref.res.meta['siteConfig'] as Json | undefined) ?? {}),
      linuxFxVersion: ref.slot.linuxFxVersion,
    },
  };
}

/** `StringDictionary` of app settings (config/appsettings/list). */
export function appSettingsView(ref: SlotRef): Json {
  return {
    id: `${ref.res.id}/config/appsettings`,
    name: 'appsettings',
    type: configType(ref),
    properties: { ...ref.slot.appSettings },
  };
}

export interface SlotRef {
  site: SiteSim;
  slot: SlotSim;
  /** Stored resource of the site (production) or the slot. */
  res: StoredResource;
  siteRes: StoredResource;
}
