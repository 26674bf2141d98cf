import { busyWith, computeConcurrentConflict, markBusy } from '../conflicts.js';
import { checkPreconditions, newEtag } from '../etag.js';
import { ArmError, conflict, resourceNotFound } from '../errors.js';
import { pagedReply } from '../paging.js';
import {
  idFromPath,
  mergePatch,
  normalizeLocation,
  provisioningState,
  requireResourceGroup,
  requireScope,
  requireSubscription,
  setProvisioningState,
} from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, EmulatorContext, Provider, Reply, RouteDef } from '../types.js';
import { COMPUTE_API_VERSIONS } from './compute-api.js';
import { trackSimOperation } from '../sim/lro-bridge.js';
import { ScaleSetSim, type ScaleSetModel } from '../sim/scale-set.js';
import { SimOperation } from '../sim/timeline.js';
import { deployWorld, type ScaleSetEntry } from '../sim/world.js';
import { registerScaleSetActions } from './compute-scalesets-actions.js';
import {
  locationOf,
  requireScaleSet,
  SCALE_SET_PATH,
  startRolling,
  TYPE,
  upgradePolicyOf,
} from './compute-scalesets-target.js';
import {
  validateCapacity,
  validateImage,
  validateMode,
  validateNetworkReferences,
} from './compute-scalesets-validate.js';
import { tagsForWrite } from './tag-rules.js';
import { scaleSetView } from './compute-scalesets-view.js';

/**
 * Microsoft.Compute/virtualMachineScaleSets (uniform orchestration): CRUD + list here, instance
 * actions and rolling upgrades in compute-scalesets-actions.ts. The stored body is the model;
 * the running instances live in the deploy world (src/emulator/sim).
 */

const route = (
  method: RouteDef['method'],
  path: string,
  operation: string,
  handler: RouteDef['handler'],
): RouteDef => ({
  method,
  path,
  operation,
  handler,
  apiVersions: COMPUTE_API_VERSIONS,
  resourceType: TYPE,
});

export const computeScaleSetsProvider: Provider = {
  name: 'compute-scalesets',
  register(router: Router, emu: EmulatorContext) {
    // Create the deploy world now, in provider order, so its seeded stream does not depend on
    // when a test first touches control.health.
    deployWorld(emu);
    router.addAll([
      route('PUT', SCALE_SET_PATH, 'VirtualMachineScaleSets_CreateOrUpdate', (req) => upsert(req, req.body ?? {})),
      route('PATCH', SCALE_SET_PATH, 'VirtualMachineScaleSets_Update', patch),
      route('GET', SCALE_SET_PATH, 'VirtualMachineScaleSets_Get', get),
      route('DELETE', SCALE_SET_PATH, 'VirtualMachineScaleSets_Delete', remove),
      route(
        'GET',
        '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets',
        'VirtualMachineScaleSets_List',
        list,
      ),
      route(
        'GET',
        '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/virtualMachineScaleSets',
        'VirtualMachineScaleSets_ListAll',
        list,
      ),
    ]);
    registerScaleSetActions(router, route);
  },
  /** After a reload, instances are recreated running on the stored model (rolling history is lost). */
  onRestore(emu) {
    for (const res of emu.state.list(TYPE, `/subscriptions/${emu.subscriptionId}`)) {
      const props = (res.body['properties'] as Json | undefined) ?? {};
      const profile = props['virtualMachineProfile'] ?? {};
      const mode = (upgradePolicyOf(res.body)['mode'] as ScaleSetModel['upgradeMode'] | undefined) ?? 'Manual';
      const entry = newEntry(emu, res, profile, mode);
      entry.sim.restoreInstances(Number((res.body['sku'] as Json | undefined)?.['capacity'] ?? 0));
    }
  },
};

function newEntry(
  emu: EmulatorContext,
  res: StoredResource,
  profile: unknown,
  mode: ScaleSetModel['upgradeMode'],
): ScaleSetEntry {
  const world = deployWorld(emu);
  const name = String(res.body['name']);
  const sim = new ScaleSetSim(
    res.id,
    name,
    { profile, capacity: 0, upgradeMode: mode },
    {
      timeline: emu,
      health: world.health,
      timings: world.timings,
      probeAdmitted: (sim, instance) => world.traffic.probeAdmitted(sim, instance),
    },
    computerNamePrefix(profile, name),
  );
  const entry: ScaleSetEntry = { sim, rolling: undefined };
  world.scaleSets.set(res.id.toLowerCase(), entry);
  return entry;
}

function get(req: ArmRequest): Reply {
  const { res } = requireScaleSet(req);
  return { status: 200, body: scaleSetView(res), headers: res.etag ? { ETag: res.etag } : {} };
}

function list(req: ArmRequest): Reply {
  if (req.params['resourceGroupName'] !== undefined) requireResourceGroup(req);
  else requireSubscription(req);
  const scope = idFromPath(req).split('/providers/')[0]!;
  return pagedReply(req, req.emu.state.list(TYPE, scope).map(scaleSetView));
}

function patch(req: ArmRequest): Reply {
  const id = idFromPath(req);
  requireScope(req, id, TYPE);
  const existing = req.emu.state.get(id);
  if (!existing) throw resourceNotFound(TYPE, req.params['vmScaleSetName'] ?? '', req.params['resourceGroupName']);
  const base = structuredClone(existing.body);
  delete (base['properties'] as Json | undefined)?.['provisioningState'];
  // Tags are not part of the VM model: a PATCH of tags alone changes no instance (Azure).
  const tagsOnly = Object.keys(req.body ?? {}).every((k) => k === 'tags');
  return upsert(req, mergePatch(base, req.body ?? {}) as Json, { tagsOnly });
}

/**
 * PUT and PATCH: validate like Azure, store the model with a new ETag, apply it to the simulated
 * instances (scale, Automatic update) and, in Rolling mode, start a rolling upgrade when
 * instances fell behind the model. The LRO ends when scaling / the Automatic update does; a
 * rolling upgrade continues in the background (GET rollingUpgrades/latest).
 */
function upsert(req: ArmRequest, input: Json, options: { tagsOnly?: boolean } = {}): Reply {
  const id = idFromPath(req);
  requireScope(req, id, TYPE);
  const existing = req.emu.state.get(id);
  checkPreconditions(req, existing);
  if (existing && provisioningState(existing) === 'Deleting') {
    throw conflict(`The resource '${existing.id}' is being deleted and cannot be updated.`);
  }
  // One write at a time: Compute's 409 while a model write or a platform operation runs (conflicts.ts).
  if (existing && busyWith(req.emu, existing.id)) throw computeConcurrentConflict();
  const location = resolveLocation(input, existing);
  const props = structuredClone((input['properties'] as Json | undefined) ?? {});
  const profile = props['virtualMachineProfile'] ?? {};
  const sku = (input['sku'] as Json | undefined) ?? (existing?.body['sku'] as Json | undefined) ?? {};
  const capacity = validateCapacity(sku);
  const mode = validateMode(props['upgradePolicy'] as Json | undefined, profile);
  validateImage(req, profile, location);
  validateNetworkReferences(req, profile, existing?.id ?? id);
  // Tag names case-insensitive, Azure's limits (tag-rules.ts).
  const tags = tagsForWrite(input['tags'], existing?.body['tags']);

  const res = store(req, id, existing, input, { props, sku: { ...sku, capacity }, location, tags });
  const world = deployWorld(req.emu);
  let entry = world.scaleSets.get(res.id.toLowerCase());
  entry ??= newEntry(req.emu, res, profile, mode);
  // A tags-only PATCH leaves the model as it is: no Automatic update, no rolling upgrade starts.
  const applied = options.tagsOnly
    ? SimOperation.completed(req.emu.clock.now())
    : entry.sim.applyModel({ profile, capacity, upgradeMode: mode });
  const behind = entry.sim.members().some((i) => !i.busy && !entry.sim.isLatestModel(i));
  if (mode === 'Rolling' && behind && !entry.rolling?.running && !options.tagsOnly) startRolling(res, entry);

  const release = req.lroFault || applied.done ? () => undefined : markBusy(req.emu, res.id, 'PutVMScaleSetOperation');
  const op = trackSimOperation(req, applied, {
    resourceId: res.id,
    location,
    onSuccess: () => {
      release();
      setProvisioningState(res, 'Succeeded');
    },
    onFailure: () => {
      release();
      setProvisioningState(res, 'Failed');
    },
  });
  const headers: Record<string, string> = { ...req.emu.lro.headers(req, op, { location: false }), ETag: res.etag! };
  return { status: existing ? 200 : 201, body: scaleSetView(res), headers };
}

function store(
  req: ArmRequest,
  id: string,
  existing: StoredResource | undefined,
  input: Json,
  parts: { props: Json; sku: Json; location: string; tags: Json },
): StoredResource {
  const previous = existing?.body['properties'] as Json | undefined;
  const body: Json = {
    id: existing?.id ?? id,
    name: existing?.body['name'] ?? req.params['vmScaleSetName'],
    type: TYPE,
    location: parts.location,
    tags: parts.tags,
    sku: { tier: 'Standard', ...parts.sku },
    ...(input['zones'] ? { zones: input['zones'] } : {}),
    ...(input['identity'] ? { identity: input['identity'] } : {}),
    properties: {
      singlePlacementGroup: true,
      overprovision: false,
      orchestrationMode: 'Uniform',
      ...parts.props,
      upgradePolicy: { mode: 'Manual', ...((parts.props['upgradePolicy'] as Json | undefined) ?? {}) },
      provisioningState: existing ? 'Updating' : 'Creating',
      uniqueId: previous?.['uniqueId'] ?? req.emu.random.uuid(),
      timeCreated: previous?.['timeCreated'] ?? new Date(req.emu.clock.now()).toISOString(),
    },
  };
  const res: StoredResource = existing ?? { id, type: TYPE, body, createdAtMs: req.emu.clock.now(), meta: {} };
  res.body = body;
  res.etag = newEtag(req);
  body['etag'] = res.etag;
  return req.emu.state.put(res);
}

function remove(req: ArmRequest): Reply {
  const id = idFromPath(req);
  requireScope(req, id, TYPE);
  const existing = req.emu.state.get(id);
  checkPreconditions(req, existing);
  if (!existing) return { status: 204 };
  setProvisioningState(existing, 'Deleting');
  req.emu.state.touch();
  const world = deployWorld(req.emu);
  const entry = world.scaleSets.get(existing.id.toLowerCase());
  entry?.rolling?.cancel(req.emu.clock.now());
  const deleted = entry ? entry.sim.deleteAll() : SimOperation.completed(req.emu.clock.now());
  const op = trackSimOperation(req, deleted, {
    resourceId: existing.id,
    location: locationOf(existing),
    onSuccess: () => {
      req.emu.state.delete(existing.id);
      world.scaleSets.delete(existing.id.toLowerCase());
    },
  });
  return { status: 202, headers: req.emu.lro.headers(req, op) };
}

function resolveLocation(input: Json, existing: StoredResource | undefined): string {
  const requested = typeof input['location'] === 'string' ? normalizeLocation(input['location']) : undefined;
  const current = existing ? locationOf(existing) : undefined;
  if (!requested && !current)
    throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
  if (requested && current && requested !== current) {
    throw new ArmError(
      400,
      'InvalidResourceLocation',
      `The resource '${existing!.body['name']}' already exists in location '${current}'. A resource with the same name cannot be created in location '${requested}'.`,
    );
  }
  return (requested ?? current)!;
}

function computerNamePrefix(profile: unknown, name: string): string {
  const prefix = ((profile as Json)['osProfile'] as Json | undefined)?.['computerNamePrefix'];
  return typeof prefix === 'string' && prefix.length > 0 ? prefix : name.slice(0, 9);
}
