import { registerTrackedResource, type TrackedResourceSpec } from '../resource-kit.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, EmulatorContext, Provider } from '../types.js';
import { CDN_TYPES } from '../sim/front-door-config.js';
import { setDeploymentStatus, WRITTEN_AT } from '../sim/front-door-status.js';
import { deployWorld } from '../sim/world.js';
import {
  badValue,
  buildEndpoint,
  buildOrigin,
  buildOriginGroup,
  buildProfile,
  buildRoute,
  idOfProfile,
} from './cdn-validate.js';

/**
 * Microsoft.Cdn, Azure Front Door Standard/Premium, api-version 2024-02-01 (what `@azure/arm-cdn` 9.1
 * sends): profiles (`cdn.json` Profiles_*), afdEndpoints, originGroups, origins and routes (`afdx.json`
 * AFDEndpoints_*, AFDOriginGroups_*, AFDOrigins_*, Routes_*), in Azure/azure-rest-api-specs
 * `specification/cdn/resource-manager/Microsoft.Cdn/stable/2024-02-01/`. Every create, update (PATCH,
 * merge) and delete is long-running (`x-ms-long-running-operation`, final state via
 * azure-async-operation): 201/200 + `Azure-AsyncOperation` with `provisioningState` Creating/Updating,
 * DELETE 202. No ETags (the AFD definitions carry none). A succeeded write reaches traffic after the
 * modelled propagation delay (sim/front-door.ts); `deploymentStatus` tells where it is
 * (sim/front-door-status.ts).
 */
export const CDN_API_VERSIONS = ['2024-02-01'] as const;
const RG = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn';
const PROFILE = `${RG}/profiles/{profileName}`;

/** A succeeded write: the profile's configuration propagates to the edge from now. */
function written(req: ArmRequest, res: StoredResource): void {
  setDeploymentStatus(res.body, 'InProgress');
  res.meta[WRITTEN_AT] = req.emu.clock.now();
  deployWorld(req.emu).frontDoor.changed(idOfProfile(req));
}

/** After a child's delete completes (its LRO), the profile without it propagates. */
function afterDelete(req: ArmRequest, seconds: number): void {
  const profileId = idOfProfile(req);
  req.emu.scheduler.after(seconds + 0.001, () => {
    if (req.emu.state.has(profileId)) deployWorld(req.emu).frontDoor.changed(profileId);
  });
}

function child(
  type: string,
  path: string,
  nameParam: string,
  prefix: string,
  list: { path: string; operation: string },
  build: (req: ArmRequest, input: Json, existing: StoredResource | undefined) => { properties: Json },
  extra: Partial<TrackedResourceSpec> = {},
): TrackedResourceSpec {
  const durations = { create: 5, update: 5, delete: 5 };
  return {
    type,
    path,
    nameParam,
    apiVersions: CDN_API_VERSIONS,
    tracked: false,
    durations,
    operations: {
      createOrUpdate: `${prefix}_Create`,
      update: `${prefix}_Update`,
      get: `${prefix}_Get`,
      delete: `${prefix}_Delete`,
      listByParent: list,
    },
    build: (req, input, existing) => {
      const { properties } = build(req, input, existing);
      setDeploymentStatus({ properties }, 'NotStarted');
      return { properties };
    },
    onProvisioned: (req, res) => written(req, res),
    beforeDelete: (req) => afterDelete(req, durations.delete),
    // ProxyResources (cdn.json `ProxyResource`) carry no tags: the kit's empty map is not on the wire.
    view: (_req, res) => {
      if (extra.tracked) return res.body;
      const { tags: _tags, ...body } = res.body;
      return body;
    },
    ...extra,
  };
}

const profiles: TrackedResourceSpec = {
  type: CDN_TYPES.profile,
  path: PROFILE,
  nameParam: 'profileName',
  apiVersions: CDN_API_VERSIONS,
  durations: { create: 10, update: 5, delete: 10 },
  operations: {
    createOrUpdate: 'Profiles_Create',
    update: 'Profiles_Update',
    get: 'Profiles_Get',
    delete: 'Profiles_Delete',
    listByParent: { path: `${RG}/profiles`, operation: 'Profiles_ListByResourceGroup' },
    listBySubscription: {
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Cdn/profiles',
      operation: 'Profiles_List',
    },
  },
  build: (req, input, existing) => buildProfile(req, input, existing),
  beforeDelete: (req, res) => {
    req.emu.scheduler.after(10, () => void deployWorld(req.emu).frontDoor.removeProfile(res.id));
  },
};

const endpoints = child(
  CDN_TYPES.endpoint,
  `${PROFILE}/afdEndpoints/{endpointName}`,
  'endpointName',
  'AFDEndpoints',
  { path: `${PROFILE}/afdEndpoints`, operation: 'AFDEndpoints_ListByProfile' },
  buildEndpoint,
  // AFDEndpoint is a TrackedResource in afdx.json (location required, tags); the others are ProxyResources.
  { tracked: true },
);

const originGroups = child(
  CDN_TYPES.originGroup,
  `${PROFILE}/originGroups/{originGroupName}`,
  'originGroupName',
  'AFDOriginGroups',
  { path: `${PROFILE}/originGroups`, operation: 'AFDOriginGroups_ListByProfile' },
  buildOriginGroup,
  {
    beforeDelete: (req, res) => {
      refusedWhileRouted(req, res);
      afterDelete(req, 5);
    },
  },
);

const origins = child(
  CDN_TYPES.origin,
  `${PROFILE}/originGroups/{originGroupName}/origins/{originName}`,
  'originName',
  'AFDOrigins',
  { path: `${PROFILE}/originGroups/{originGroupName}/origins`, operation: 'AFDOrigins_ListByOriginGroup' },
  buildOrigin,
);

const routes = child(
  CDN_TYPES.route,
  `${PROFILE}/afdEndpoints/{endpointName}/routes/{routeName}`,
  'routeName',
  'Routes',
  { path: `${PROFILE}/afdEndpoints/{endpointName}/routes`, operation: 'Routes_ListByEndpoint' },
  buildRoute,
);

/** An origin group a route still sends traffic to cannot be deleted. */
function refusedWhileRouted(req: ArmRequest, group: StoredResource): void {
  const user = req.emu.state
    .list(CDN_TYPES.route, idOfProfile(req))
    .find(
      (r) =>
        String(((r.body['properties'] as Json)['originGroup'] as Json | undefined)?.['id']).toLowerCase() ===
        group.id.toLowerCase(),
    );
  if (user) {
    throw badValue(`The origin group '${group.body['name']}' is used by route '${user.id}' and cannot be deleted.`);
  }
}

export const cdnProvider: Provider = {
  name: 'Microsoft.Cdn',
  register(router) {
    for (const spec of [profiles, endpoints, originGroups, origins, routes]) registerTrackedResource(router, spec);
  },
  /** After a reload, every profile's stored configuration routes at once (listeners on new ports). */
  onRestore(emu: EmulatorContext) {
    const traffic = deployWorld(emu).frontDoor;
    const saved = traffic.timings.propagationSeconds;
    traffic.timings.propagationSeconds = 0;
    for (const p of emu.state.list(CDN_TYPES.profile, `/subscriptions/${emu.subscriptionId}`)) traffic.changed(p.id);
    traffic.timings.propagationSeconds = saved;
  },
};
