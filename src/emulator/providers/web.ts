import { ArmError, resourceNotFound } from '../errors.js';
import { pagedReply } from '../paging.js';
import {
  idFromPath,
  mergePatch,
  normalizeLocation,
  requireResourceGroup,
  requireSubscription,
} from '../resource-kit.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, EmulatorContext, Provider, Reply } from '../types.js';
import { openSlotListener } from '../sim/app-listener.js';
import { rampRulesOf } from '../sim/app-ramp.js';
import { PRODUCTION, SiteSim, type SlotSim } from '../sim/app-service.js';
import { deployWorld } from '../sim/world.js';
import { registerWebActions } from './web-actions.js';
import { tagsForWrite } from './tag-rules.js';
import { both, hostNameOf, requireSite, requireSlot, route, SITE_PATH, siteId, slotNameOf } from './web-target.js';
import { appSettingsView, configView, siteView, SITE_TYPE, SLOT_TYPE } from './web-view.js';

/**
 * Microsoft.Web sites and deployment slots: CRUD, `config/web`, `config/appsettings`,
 * `config/slotConfigNames` (here) and restart / swap / swap with preview (web-actions.ts).
 * The stored bodies hold what ARM returns; what each slot runs lives in the deploy world
 * (sim/app-service.ts) and answers on a loopback port (control.urlFor).
 */

export const webProvider: Provider = {
  name: 'Microsoft.Web',
  register(router) {
    both(router, '', 'PUT', 'WebApps_CreateOrUpdate', putSite);
    both(router, '', 'PATCH', 'WebApps_Update', patchSite);
    both(router, '', 'GET', 'WebApps_Get', getSite);
    both(router, '', 'DELETE', 'WebApps_Delete', deleteSite);
    router.add(
      route(
        'GET',
        '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites',
        'WebApps_ListByResourceGroup',
        listSites,
      ),
    );
    router.add(
      route('GET', '/subscriptions/{subscriptionId}/providers/Microsoft.Web/sites', 'WebApps_List', listSites),
    );
    router.add(route('GET', `${SITE_PATH}/slots`, 'WebApps_ListSlots', listSlots));
    both(router, '/config/web', 'GET', 'WebApps_GetConfiguration', (req) => reply(configView(requireSlot(req))));
    both(router, '/config/web', 'PUT', 'WebApps_CreateOrUpdateConfiguration', (req) => setConfig(req, false));
    both(router, '/config/web', 'PATCH', 'WebApps_UpdateConfiguration', (req) => setConfig(req, true));
    both(
      router,
      '/config/appsettings/list',
      'POST',
      'WebApps_ListApplicationSettings',
      (req) => reply(appSettingsView(requireSlot(req))),
      false,
    );
    both(router, '/config/appsettings', 'PUT', 'WebApps_UpdateApplicationSettings', putAppSettings);
    router.add(
      route('GET', `${SITE_PATH}/config/slotConfigNames`, 'WebApps_ListSlotConfigurationNames', (req) =>
        reply(slotConfigNamesView(requireSite(req).site)),
      ),
    );
    router.add(
      route('PUT', `${SITE_PATH}/config/slotConfigNames`, 'WebApps_UpdateSlotConfigurationNames', putSlotConfigNames),
    );
    registerWebActions(router, route);
  },
  onRestore(emu) {
    restoreSites(emu);
  },
};

const reply = (body: unknown): Reply => ({ status: 200, body });

function getSite(req: ArmRequest): Reply {
  return reply(siteView(requireSlot(req)));
}

function listSites(req: ArmRequest): Reply {
  if (req.params['resourceGroupName'] !== undefined) requireResourceGroup(req);
  else requireSubscription(req);
  const scope = idFromPath(req).split('/providers/')[0]!;
  const world = deployWorld(req.emu);
  const items = req.emu.state.list(SITE_TYPE, scope).flatMap((res) => {
    const site = world.sites.get(res.id.toLowerCase());
    const slot = site?.slot(PRODUCTION);
    return site && slot ? [siteView({ site, slot, res, siteRes: res })] : [];
  });
  return pagedReply(req, items);
}

function listSlots(req: ArmRequest): Reply {
  const { site, siteRes } = requireSite(req);
  const items = req.emu.state.list(SLOT_TYPE, siteRes.id).flatMap((res) => {
    const slot = site.slot(String(res.id.split('/').pop()));
    return slot ? [siteView({ site, slot, res, siteRes })] : [];
  });
  return pagedReply(req, items);
}

/** PUT site or slot: stores the body, configures the slot's app and opens its listener. */
async function putSite(req: ArmRequest): Promise<Reply> {
  requireResourceGroup(req);
  const input = req.body ?? {};
  const world = deployWorld(req.emu);
  const slotName = slotNameOf(req);
  const isSlot = slotName !== PRODUCTION;
  const id = isSlot ? `${siteId(req)}/slots/${slotName}` : siteId(req);
  const siteRes = req.emu.state.get(siteId(req));
  if (isSlot && !siteRes) throw resourceNotFound(SITE_TYPE, req.params['name'] ?? '', req.params['resourceGroupName']);
  const existing = req.emu.state.get(id);
  const location = requireLocation(input, existing ?? siteRes);
  const tags = tagsForWrite(input['tags'], existing?.body['tags']); // case-insensitive names, limits (tag-rules.ts)
  let site = world.sites.get(siteId(req).toLowerCase());
  if (!site) {
    site = newSite(req.emu, siteId(req), req.params['name'] ?? '');
  }
  const props = structuredClone((input['properties'] as Json | undefined) ?? {});
  const siteConfig = (props['siteConfig'] as Json | undefined) ?? {};
  delete props['siteConfig'];
  const res: StoredResource = existing ?? {
    id,
    type: isSlot ? SLOT_TYPE : SITE_TYPE,
    body: {},
    createdAtMs: req.emu.clock.now(),
    meta: {},
  };
  res.body = {
    id: res.id,
    name: isSlot ? `${req.params['name']}/${slotName}` : req.params['name'],
    type: res.type,
    kind: input['kind'] ?? existing?.body['kind'] ?? 'app,linux,container',
    location,
    tags,
    properties: props,
  };
  req.emu.state.put(res);
  const fresh = !site.slot(slotName);
  const slot = site.ensureSlot(slotName);
  applySiteConfig(res, slot, siteConfig, !existing);
  if (fresh) site.startNow(slot.name);
  else site.restart(slot.name);
  persistSite(req.emu, site);
  await ensureListener(req.emu, site, slot);
  return reply(siteView({ site, slot, res, siteRes: siteRes ?? res }));
}

async function patchSite(req: ArmRequest): Promise<Reply> {
  const ref = requireSlot(req);
  const current = siteView(ref);
  const merged = mergePatch(current, req.body ?? {}) as Json;
  return putSite({ ...req, body: merged });
}

function deleteSite(req: ArmRequest): Reply {
  requireResourceGroup(req);
  const world = deployWorld(req.emu);
  const slotName = slotNameOf(req);
  const id = slotName === PRODUCTION ? siteId(req) : `${siteId(req)}/slots/${slotName}`;
  const res = req.emu.state.get(id);
  if (!res) return { status: 204 };
  const site = world.sites.get(siteId(req).toLowerCase());
  const slots = slotName === PRODUCTION ? [...(site?.slots.keys() ?? [])] : [slotName];
  for (const name of slots) {
    const key = `${siteId(req).toLowerCase()}|${name}`;
    void world.appListeners.get(key)?.close();
    world.appListeners.delete(key);
    site?.slots.delete(name);
  }
  if (slotName === PRODUCTION) world.sites.delete(siteId(req).toLowerCase());
  req.emu.state.delete(id);
  return { status: 200 };
}

/**
 * Takes `siteConfig` from a site PUT / config PUT: `linuxFxVersion`, `appSettings`
 * (NameValuePair list) and the rest, kept verbatim for GET config/web.
 */
function applySiteConfig(res: StoredResource, slot: SlotSim, siteConfig: Json, replace: boolean): void {
  const rest = { ...siteConfig };
  delete rest['appSettings'];
  res.meta['siteConfig'] = replace ? rest : { ...((res.meta['siteConfig'] as Json | undefined) ?? {}), ...rest };
  syncRampUpRules(res, slot);
  if (typeof siteConfig['linuxFxVersion'] === 'string') slot.linuxFxVersion = siteConfig['linuxFxVersion'];
  const pairs = siteConfig['appSettings'];
  if (Array.isArray(pairs)) {
    slot.appSettings = Object.fromEntries((pairs as Json[]).map((p) => [String(p['name']), String(p['value'] ?? '')]));
  }
}

/**
 * Production's `experiments.rampUpRules` route its traffic (sim/app-ramp.ts). They belong to the
 * site's config resource, not to the app a slot runs, so a swap leaves them where they are and a
 * slot's own rules route nothing. A config PUT without `experiments` clears them (PUT replaces the
 * SiteConfig); a PATCH without it keeps them.
 */
function syncRampUpRules(res: StoredResource, slot: SlotSim): void {
  if (slot.name === PRODUCTION) slot.site.rampUpRules = rampRulesOf(res.meta['siteConfig'] as Json | undefined);
}

/** PUT (replace) or PATCH (merge) config/web; any change restarts the app (overlapped). */
function setConfig(req: ArmRequest, merge: boolean): Reply {
  const ref = requireSlot(req);
  const input = ((req.body?.['properties'] as Json | undefined) ?? {}) as Json;
  const before = JSON.stringify([ref.slot.linuxFxVersion, ref.slot.appSettings]);
  if (!merge) {
    ref.res.meta['siteConfig'] = {};
    if (input['linuxFxVersion'] === undefined) ref.slot.linuxFxVersion = '';
  }
  applySiteConfig(ref.res, ref.slot, input, false);
  persistSite(req.emu, ref.site);
  if (JSON.stringify([ref.slot.linuxFxVersion, ref.slot.appSettings]) !== before) ref.site.restart(ref.slot.name);
  return reply(configView(ref));
}

/** PUT config/appsettings replaces every app setting and restarts the app. */
function putAppSettings(req: ArmRequest): Reply {
  const ref = requireSlot(req);
  const props = (req.body?.['properties'] as Json | undefined) ?? {};
  ref.slot.appSettings = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, String(v ?? '')]));
  persistSite(req.emu, ref.site);
  ref.site.restart(ref.slot.name);
  return reply(appSettingsView(ref));
}

function slotConfigNamesView(site: SiteSim): Json {
  return {
    id: `${site.id}/config/slotConfigNames`,
    name: 'slotConfigNames',
    type: 'Microsoft.Web/sites/config',
    properties: { appSettingNames: site.stickySettingNames, connectionStringNames: [], azureStorageConfigNames: [] },
  };
}

function putSlotConfigNames(req: ArmRequest): Reply {
  const { site } = requireSite(req);
  const names = ((req.body?.['properties'] as Json | undefined)?.['appSettingNames'] as unknown[] | undefined) ?? [];
  site.stickySettingNames = names.map(String);
  persistSite(req.emu, site);
  return reply(slotConfigNamesView(site));
}

function requireLocation(input: Json, existing: StoredResource | undefined): string {
  const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
  const location = requested ?? (existing?.body['location'] as string | undefined);
  if (!location) throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
  return location;
}

async function ensureListener(emu: EmulatorContext, site: SiteSim, slot: SlotSim): Promise<void> {
  const world = deployWorld(emu);
  const key = `${site.id.toLowerCase()}|${slot.name}`;
  if (world.appListeners.has(key)) return;
  const listener = await openSlotListener(
    site,
    slot,
    () => emu.scheduler.runDue(),
    (r) => world.served.emit(r),
  );
  world.appListeners.set(key, { ...listener, hostName: hostNameOf(site.name, slot.name) });
}

function newSite(emu: EmulatorContext, id: string, name: string): SiteSim {
  const world = deployWorld(emu);
  const site = new SiteSim(id, name, { timeline: emu, health: world.health, timings: world.appTimings });
  site.onChange = () => persistSite(emu, site);
  world.sites.set(id.toLowerCase(), site);
  return site;
}

/** Mirrors what the slots run into the stored resources' meta, so --state persistence keeps it. */
function persistSite(emu: EmulatorContext, site: SiteSim): void {
  for (const slot of site.slots.values()) {
    const res = emu.state.get(slot.name === PRODUCTION ? site.id : `${site.id}/slots/${slot.name}`);
    if (!res) continue;
    res.meta['linuxFxVersion'] = slot.linuxFxVersion;
    res.meta['appSettings'] = { ...slot.appSettings };
  }
  const siteRes = emu.state.get(site.id);
  if (siteRes) siteRes.meta['stickySettingNames'] = [...site.stickySettingNames];
  emu.state.touch();
}

/** After a reload: sites and slots run what their stored meta says; listeners get new ports. */
function restoreSites(emu: EmulatorContext): void {
  for (const siteRes of emu.state.list(SITE_TYPE, `/subscriptions/${emu.subscriptionId}`)) {
    const site = newSite(emu, siteRes.id, String(siteRes.body['name']));
    site.stickySettingNames = (siteRes.meta['stickySettingNames'] as string[] | undefined) ?? [];
    const slotResources = [siteRes, ...emu.state.list(SLOT_TYPE, siteRes.id)];
    for (const res of slotResources) {
      const slot = site.ensureSlot(res === siteRes ? PRODUCTION : String(res.id.split('/').pop()));
      slot.linuxFxVersion = String(res.meta['linuxFxVersion'] ?? '');
      slot.appSettings = { ...((res.meta['appSettings'] as Record<string, string> | undefined) ?? {}) };
      syncRampUpRules(res, slot);
      site.startNow(slot.name);
      void ensureListener(emu, site, slot);
    }
  }
}
