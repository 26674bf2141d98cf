import { ArmError, badRequest, invalidParameter } from '../errors.js';
import { normalizeLocation } from '../resource-kit.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';
import { backendPoolIds, hasHealthSignal } from '../sim/vm-profile.js';
import { getReplication, regionState } from './gallery-replication.js';

/**
 * The checks Azure makes on a scale set model before accepting it (uniform orchestration):
 * capacity, upgrade mode and its health-signal requirement, the image (gallery image version,
 * gallery image definition or managed image, available in the scale set's region) and the
 * load balancer pools / probe the network profile references.
 */
const MODES = ['Automatic', 'Manual', 'Rolling'] as const;
export type Mode = (typeof MODES)[number];

const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;

export function validateCapacity(sku: Json | undefined): number {
  const capacity = sku?.['capacity'] ?? 0;
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0 || capacity > 1000) {
    throw invalidParameter(
      `The value ${JSON.stringify(capacity)} of parameter 'sku.capacity' is invalid. It must be an integer between 0 and 1000.`,
      'sku.capacity',
    );
  }
  return capacity;
}

export function validateMode(upgradePolicy: Json | undefined, profile: unknown): Mode {
  const mode = (upgradePolicy?.['mode'] as string | undefined) ?? 'Manual';
  const match = MODES.find((m) => m.toLowerCase() === String(mode).toLowerCase());
  if (!match)
    throw invalidParameter(`The value '${mode}' of parameter 'upgradePolicy.mode' is invalid.`, 'upgradePolicy.mode');
  if (match === 'Rolling' && !hasHealthSignal(profile)) {
    // Verbatim Azure error (code BadRequest), see __tests__/emulator-deploy/specs/NOTE.md.
    throw badRequest(
      'BadRequest',
      'Rolling Upgrade mode is not supported for this Virtual Machine Scale Set because a health probe or health extension was not provided.',
    );
  }
  return match;
}

/** Throws Azure's error when the referenced image cannot be used in `location`. */
export function validateImage(req: ArmRequest, profile: unknown, location: string): void {
  const ref = obj(obj(obj(profile)?.['storageProfile'])?.['imageReference']);
  const id = ref?.['id'];
  if (typeof id !== 'string') return; // marketplace / shared / community images are not emulated
  const lower = id.toLowerCase();
  if (/\/providers\/microsoft\.compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/[^/]+$/.test(lower)) {
    const version = req.emu.state.get(id);
    if (!version || !availableIn(version, location, req.emu.clock.now())) throw galleryImageNotFound(id, location);
  } else if (/\/providers\/microsoft\.compute\/galleries\/[^/]+\/images\/[^/]+$/.test(lower)) {
    // An image definition means "latest version": some version must be usable here.
    const versions = req.emu.state.list('Microsoft.Compute/galleries/images/versions', id);
    const usable = versions.filter((v) => availableIn(v, location, req.emu.clock.now()) && !excludedFromLatest(v));
    if (usable.length === 0) throw galleryImageNotFound(id, location);
  } else if (/\/providers\/microsoft\.compute\/images\/[^/]+$/.test(lower)) {
    const image = req.emu.state.get(id);
    if (!image || normalizeLocation(String(image.body['location'] ?? '')) !== location) {
      throw new ArmError(
        404,
        'NotFound',
        `The Image '${id}' cannot be found in '${location}' region.`,
        [],
        {},
        'imageReference',
      );
    }
  } else {
    throw invalidParameter(
      `The value '${id}' of parameter 'imageReference.id' is not a valid image resource id.`,
      'imageReference.id',
    );
  }
}

/** Every backend pool and the health probe the profile references must exist. */
export function validateNetworkReferences(req: ArmRequest, profile: unknown, scaleSetId: string): void {
  const probeId = obj(obj(obj(profile)?.['networkProfile'])?.['healthProbe'])?.['id'];
  const refs: Array<readonly [string, string]> = backendPoolIds(profile).map(
    (id) => ['backendAddressPools', id] as const,
  );
  if (typeof probeId === 'string') refs.push(['probes', probeId.toLowerCase()] as const);
  for (const [collection, refId] of refs) {
    const lbId = refId.split('/').slice(0, -2).join('/');
    const lb = req.emu.state.get(lbId);
    const children = (obj(lb?.body['properties'])?.[collection] as Json[] | undefined) ?? [];
    if (!children.some((c) => String(c['id']).toLowerCase() === refId)) {
      throw badRequest(
        'InvalidResourceReference',
        `Resource ${refId} referenced by resource ${scaleSetId} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
      );
    }
  }
}

/**
 * Whether a gallery image version can be used in `location`: provisioned, and the region is
 * one of `publishingProfile.targetRegions` (its own region when absent); when the galleries
 * provider tracks the region's replication, that replica must be Completed.
 */
function availableIn(version: StoredResource, location: string, nowMs: number): boolean {
  const props = obj(version.body['properties']) ?? {};
  if (props['provisioningState'] !== 'Succeeded') return false;
  // The galleries provider tracks per-region replication in meta (gallery-replication.ts).
  const replica = getReplication(version).find((r) => normalizeLocation(r.region) === location);
  if (replica) return regionState(replica, nowMs)['state'] === 'Completed';
  // Without targetRegions a version is replicated to its own region only.
  const targets = (obj(props['publishingProfile'])?.['targetRegions'] as Json[] | undefined) ?? [
    { name: version.body['location'] },
  ];
  const regions = new Set(targets.map((t) => normalizeLocation(String(t['name'] ?? ''))));
  if (!regions.has(location)) return false;
  return true;
}

function excludedFromLatest(version: StoredResource): boolean {
  return obj(obj(version.body['properties'])?.['publishingProfile'])?.['excludeFromLatest'] === true;
}

/** Azure's answer when a gallery image is missing or not replicated to the region (404). */
export function galleryImageNotFound(id: string, location: string): ArmError {
  return new ArmError(
    404,
    'GalleryImageNotFound',
    `The gallery image ${id} is not available in ${location} region. Please contact image owner to replicate to this region, or change your requested region.`,
    [],
    {},
    'imageReference',
  );
}
