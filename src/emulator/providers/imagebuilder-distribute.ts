import { normalizeLocation } from '../resource-kit.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';
import { GALLERY_IMAGE_VERSION_TYPE, validateVersionName } from './gallery-image-versions.js';
import { replicationSeconds } from './gallery-replication.js';

export type RunOutcome = { ok: true } | { ok: false; message: string };

const GALLERY_IMAGE_TYPE = 'Microsoft.Compute/galleries/images';

/**
 * End of a successful build: creates each distributor's artifact (gallery image version, managed
 * image or VHD URI) and a runOutput named by `runOutputName` whose `artifactId` points at it.
 */
export function distribute(req: ArmRequest, template: StoredResource): RunOutcome {
  const distributors = ((template.body['properties'] as Json)['distribute'] as Json[]) ?? [];
  const artifacts: Array<{ runOutputName: string; artifactId?: string; artifactUri?: string }> = [];
  for (const d of distributors) {
    const result = distributeOne(req, template, d);
    if ('message' in result) return { ok: false, message: result.message };
    artifacts.push({ runOutputName: String(d['runOutputName']), ...result });
  }
  for (const a of artifacts) putRunOutput(req, template, a);
  return { ok: true };
}

type OneResult = { artifactId?: string; artifactUri?: string } | { message: string };

function distributeOne(req: ArmRequest, template: StoredResource, d: Json): OneResult {
  switch (d['type']) {
    case 'SharedImage':
      return distributeToGallery(req, template, d);
    case 'ManagedImage':
      return { artifactId: putManagedImage(req, template, d) };
    default:
      return {
        artifactUri: `https://aibstorage${req.emu.random.hex(6)}.blob.core.windows.net/vhds/${template.body['name']}_${req.emu.random.hex(8)}.vhd`,
      };
  }
}

function distributeToGallery(req: ArmRequest, template: StoredResource, d: Json): OneResult {
  const raw = String(d['galleryImageId']);
  const explicit = /\/versions\/([^/]+)$/i.exec(raw);
  const imageId = explicit ? raw.slice(0, explicit.index) : raw;
  const image = req.emu.state.get(imageId);
  if (!image || image.type.toLowerCase() !== GALLERY_IMAGE_TYPE.toLowerCase()) {
    return { message: `Distribution failed: gallery image definition '${imageId}' was not found.` };
  }
  const version = explicit ? explicit[1]! : nextVersion(req, image, template, d['versioning'] as Json | undefined);
  try {
    validateVersionName(version);
  } catch {
    return { message: `Distribution failed: '${version}' is not a valid gallery image version name.` };
  }
  const versionId = `${image.id}/versions/${version}`;
  if (req.emu.state.has(versionId))
    return { message: `Distribution failed: gallery image version '${versionId}' already exists.` };
  putGalleryVersion(req, template, image, versionId, version, d);
  return { artifactId: versionId };
}

/** `versioning`: Latest (default; optional major) → latest existing (of that major) with patch + 1; Source → the platform source's version. */
function nextVersion(
  req: ArmRequest,
  image: StoredResource,
  template: StoredResource,
  versioning: Json | undefined,
): string {
  if (versioning?.['scheme'] === 'Source') {
    const source = (template.body['properties'] as Json)['source'] as Json;
    return String(source['exactVersion'] ?? source['version'] ?? '');
  }
  const major = typeof versioning?.['major'] === 'number' && versioning['major'] >= 0 ? versioning['major'] : undefined;
  const existing = req.emu.state
    .list(GALLERY_IMAGE_VERSION_TYPE, image.id)
    .map((v) => String(v.body['name']).split('.').map(Number))
    .filter((p) => p.length === 3 && (major === undefined || p[0] === major))
    .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
  const latest = existing.at(-1);
  return latest ? `${latest[0]}.${latest[1]}.${latest[2]! + 1}` : `${major ?? 1}.0.0`;
}

function putGalleryVersion(
  req: ArmRequest,
  template: StoredResource,
  image: StoredResource,
  id: string,
  name: string,
  d: Json,
): void {
  const location = String(image.body['location']);
  const regions =
    (d['targetRegions'] as Json[] | undefined)?.map((t) => ({
      name: String(t['name']),
      regionalReplicaCount: Number(t['replicaCount'] ?? 1),
      storageAccountType: t['storageAccountType'] ?? d['storageAccountType'] ?? 'Standard_LRS',
    })) ??
    ((d['replicationRegions'] as string[] | undefined) ?? [location]).map((r) => ({
      name: r,
      regionalReplicaCount: 1,
      storageAccountType: d['storageAccountType'] ?? 'Standard_LRS',
    }));
  if (!regions.some((r) => normalizeLocation(r.name) === location))
    regions.unshift({ name: location, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' });
  const now = req.emu.clock.now();
  // The build's Distributing phase already covered replication: all regions are complete.
  const replication = regions.map((r, i) => {
    const durationMs = replicationSeconds(i, r.regionalReplicaCount) * 1000;
    return { region: r.name, startMs: now - durationMs, durationMs };
  });
  req.emu.state.put({
    id,
    type: GALLERY_IMAGE_VERSION_TYPE,
    createdAtMs: now,
    meta: { replication, createdBy: template.id },
    body: {
      id,
      name,
      type: GALLERY_IMAGE_VERSION_TYPE,
      location,
      tags: {
        ...((d['artifactTags'] as Json | undefined) ?? {}),
        createdByImageTemplate: String(template.body['name']),
      },
      properties: {
        publishingProfile: {
          targetRegions: regions,
          replicaCount: 1,
          excludeFromLatest: d['excludeFromLatest'] ?? false,
          storageAccountType: d['storageAccountType'] ?? 'Standard_LRS',
          replicationMode: d['replicationMode'] ?? 'Full',
          publishedDate: req.emu.clock.nowIso(),
        },
        storageProfile: { osDiskImage: { hostCaching: 'ReadWrite', sizeInGB: 30 } },
        safetyProfile: {
          allowDeletionOfReplicatedLocations: true,
          reportedForPolicyViolation: false,
          policyViolations: [],
        },
        provisioningState: 'Succeeded',
      },
    },
  });
}

function putManagedImage(req: ArmRequest, template: StoredResource, d: Json): string {
  const id = String(d['imageId']);
  const now = req.emu.clock.now();
  req.emu.state.put({
    id,
    type: 'Microsoft.Compute/images',
    createdAtMs: now,
    meta: { createdBy: template.id },
    body: {
      id,
      name: id.split('/').pop(),
      type: 'Microsoft.Compute/images',
      location: normalizeLocation(String(d['location'])),
      tags: (d['artifactTags'] as Json | undefined) ?? {},
      properties: {
        storageProfile: {
          osDisk: {
            osType: 'Linux',
            osState: 'Generalized',
            caching: 'ReadWrite',
            storageAccountType: 'Standard_LRS',
            diskSizeGB: 30,
          },
          dataDisks: [],
        },
        hyperVGeneration: 'V1',
        provisioningState: 'Succeeded',
      },
    },
  });
  return id;
}

function putRunOutput(
  req: ArmRequest,
  template: StoredResource,
  a: { runOutputName: string; artifactId?: string; artifactUri?: string },
): void {
  const id = `${template.id}/runOutputs/${a.runOutputName}`;
  const properties: Json = { provisioningState: 'Succeeded' };
  if (a.artifactId) properties['artifactId'] = a.artifactId;
  if (a.artifactUri) properties['artifactUri'] = a.artifactUri;
  req.emu.state.put({
    id,
    type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs',
    createdAtMs: req.emu.clock.now(),
    meta: {},
    body: { id, name: a.runOutputName, type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs', properties },
  });
}
