import { ArmError, invalidParameter } from '../errors.js';
import { normalizeLocation, parentIdOf, registerTrackedResource } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';
import { GALLERY_API_VERSIONS, GALLERY_IMAGE_PATH, GALLERY_IMAGE_VERSION_PATH } from './compute-api.js';
import { planReplication, replicationEndMs, replicationFailure, replicationStatus } from './gallery-replication.js';

export const GALLERY_IMAGE_VERSION_TYPE = 'Microsoft.Compute/galleries/images/versions';

/** Azure docs: replica count per region is 1..100. */
const MIN_REPLICAS = 1;
const MAX_REPLICAS = 100;
const INT32_MAX = 2147483647;

/** Source types an image version can be created from (checked to exist in the store). */
const SOURCE_TYPES = [
  'microsoft.compute/images',
  'microsoft.compute/virtualmachines',
  'microsoft.compute/snapshots',
  'microsoft.compute/disks',
  'microsoft.compute/galleries/images/versions',
];

export function registerGalleryImageVersions(router: Router): void {
  registerTrackedResource(router, {
    type: GALLERY_IMAGE_VERSION_TYPE,
    path: GALLERY_IMAGE_VERSION_PATH,
    nameParam: 'galleryImageVersionName',
    apiVersions: GALLERY_API_VERSIONS,
    operations: {
      createOrUpdate: 'GalleryImageVersions_CreateOrUpdate',
      update: 'GalleryImageVersions_Update',
      get: 'GalleryImageVersions_Get',
      delete: 'GalleryImageVersions_Delete',
      listByParent: { path: `${GALLERY_IMAGE_PATH}/versions`, operation: 'GalleryImageVersions_ListByGalleryImage' },
    },
    durations: { delete: 60 },
    validateName: validateVersionName,
    build: buildVersion,
    provisionSeconds(req, res) {
      const plan = planReplication(req.emu, res, targetRegionsOf(res));
      return Math.max(0, (replicationEndMs(plan) - req.emu.clock.now()) / 1000);
    },
    provisionFailure: (_req, res) => replicationFailure(planReplicationView(res)),
    view(req, res) {
      const expand = req.query.get('$expand');
      if (expand?.toLowerCase() !== 'replicationstatus') return res.body;
      const props = {
        ...(res.body['properties'] as Json),
        replicationStatus: replicationStatus(res, req.emu.clock.now()),
      };
      return { ...res.body, properties: props };
    },
  });
}

const planReplicationView = (res: StoredResource) =>
  (res.meta['replication'] as Parameters<typeof replicationFailure>[0] | undefined) ?? [];

/** Major.Minor.Patch, each a 32-bit integer (Azure docs). */
export function validateVersionName(name: string): void {
  const parts = name.split('.');
  const ok = parts.length === 3 && parts.every((p) => /^\d+$/.test(p) && Number(p) <= INT32_MAX);
  if (!ok) {
    throw invalidParameter(
      `The gallery image version name '${name}' is invalid. The version name should follow Major(int32).Minor(int32).Patch(int32) format, where Major, Minor and Patch are 32-bit integers, e.g. 1.0.0, 2018.12.1.`,
      'galleryImageVersionName',
    );
  }
}

function buildVersion(req: ArmRequest, input: Json, existing: StoredResource | undefined): { properties: Json } {
  const props = structuredClone((input['properties'] as Json | undefined) ?? {});
  const storage = (props['storageProfile'] as Json | undefined) ?? {};
  const sourceId = sourceIdOf(storage);
  if (existing) refuseSourceChange(existing, sourceId);
  else requireSource(req, sourceId);
  const gallery = req.emu.state.get(parentIdOf(parentIdOf(idOf(req))));
  const galleryLocation = String(gallery?.body['location'] ?? '');
  const location = normalizeLocation(String(input['location'] ?? existing?.body['location'] ?? galleryLocation));
  props['publishingProfile'] = publishingProfile(
    req,
    (props['publishingProfile'] as Json | undefined) ?? {},
    location,
    existing,
  );
  props['storageProfile'] = {
    ...storage,
    osDiskImage: { hostCaching: 'ReadWrite', sizeInGB: 30, ...((storage['osDiskImage'] as Json | undefined) ?? {}) },
  };
  props['safetyProfile'] = {
    allowDeletionOfReplicatedLocations: true,
    reportedForPolicyViolation: false,
    policyViolations: [],
    ...((props['safetyProfile'] as Json | undefined) ?? {}),
  };
  return { properties: props };
}

const idOf = (req: ArmRequest): string => decodeURIComponent(req.path.replace(/\/+$/, ''));

function sourceIdOf(storage: Json): string | undefined {
  const source = storage['source'] as Json | undefined;
  const id =
    source?.['id'] ??
    source?.['virtualMachineId'] ??
    ((storage['osDiskImage'] as Json | undefined)?.['source'] as Json | undefined)?.['id'];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function requireSource(req: ArmRequest, sourceId: string | undefined): void {
  if (!sourceId) {
    throw invalidParameter(
      "Required parameter 'storageProfile.source.id' is missing (null).",
      'properties.storageProfile.source.id',
    );
  }
  const source = req.emu.state.get(sourceId);
  if (!source || !SOURCE_TYPES.includes(source.type.toLowerCase())) {
    throw new ArmError(
      404,
      'NotFound',
      `The source resource '${sourceId}' was not found.`,
      [],
      {},
      'properties.storageProfile.source.id',
    );
  }
}

/** A published version's source is immutable. Omitting it on update keeps the current one. */
function refuseSourceChange(existing: StoredResource, sourceId: string | undefined): void {
  const current = sourceIdOf(((existing.body['properties'] as Json)['storageProfile'] as Json | undefined) ?? {});
  if (sourceId && current && sourceId.toLowerCase() !== current.toLowerCase()) {
    throw new ArmError(
      409,
      'PropertyChangeNotAllowed',
      "Changing property 'galleryImageVersion.properties.storageProfile.source.id' is not allowed.",
      [],
      {},
      'properties.storageProfile.source.id',
    );
  }
}

function publishingProfile(req: ArmRequest, given: Json, location: string, existing: StoredResource | undefined): Json {
  const replicaCount = checkReplicas(given['replicaCount'] ?? 1, 'properties.publishingProfile.replicaCount');
  const defaultStorage = (given['storageAccountType'] as string | undefined) ?? 'Standard_LRS';
  const requested = (given['targetRegions'] as Json[] | undefined) ?? [{ name: location }];
  const targetRegions = requested.map((t, i) => ({
    ...t,
    name: String(t['name'] ?? ''),
    regionalReplicaCount: checkReplicas(
      t['regionalReplicaCount'] ?? replicaCount,
      `properties.publishingProfile.targetRegions[${i}].regionalReplicaCount`,
    ),
    storageAccountType: t['storageAccountType'] ?? defaultStorage,
  }));
  if (!targetRegions.some((t) => normalizeLocation(t.name) === location)) {
    throw invalidParameter(
      `The target regions must include the location of the gallery image version, '${location}'.`,
      'properties.publishingProfile.targetRegions',
    );
  }
  const previous = (existing?.body['properties'] as Json | undefined)?.['publishingProfile'] as Json | undefined;
  return {
    replicaCount,
    excludeFromLatest: false,
    replicationMode: 'Full',
    ...given,
    storageAccountType: defaultStorage,
    targetRegions,
    publishedDate: previous?.['publishedDate'] ?? req.emu.clock.nowIso(),
  };
}

function checkReplicas(value: unknown, target: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < MIN_REPLICAS || n > MAX_REPLICAS) {
    throw invalidParameter(
      `The value ${String(value)} of '${target}' is out of range. The replica count must be between ${MIN_REPLICAS} and ${MAX_REPLICAS}.`,
      target,
    );
  }
  return n;
}

function targetRegionsOf(res: StoredResource): Json[] {
  return (((res.body['properties'] as Json)['publishingProfile'] as Json)['targetRegions'] as Json[]) ?? [];
}
