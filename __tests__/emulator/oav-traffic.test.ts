import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { POLL, collect, startHarness, type Harness } from './helpers.js';
import { LOCATION } from './fixtures.js';
import { SPEC_FILES, coveredOperations, toTraffic, validateTraffic as validateWith } from './oav.js';

/**
 * Records a realistic Compute Gallery session (real SDK clients → emulator), writes each exchange as
 * an `oav validate-traffic` payload and validates them with oav against the REST spec files kept in
 * specs/azure-rest-api-specs (same repo-relative layout, so relative $refs resolve; see specs/NOTE.md).
 * oav-engine-traffic.test.ts does the same for the engine's own traffic.
 */
const SPEC = SPEC_FILES.gallery.file;

/** Operations of the spec file above. Other traffic (resource group, managed image, LRO status polls) has no spec here. */
const IN_SPEC = SPEC_FILES.gallery.operations;

describe('a recorded gallery session validates with oav validate-traffic', () => {
  let h: Harness;
  const recorded: RecordedExchange[] = [];
  let dir: string;

  beforeAll(async () => {
    h = await startHarness({ pageSize: 1, record: (x) => recorded.push(x) });
    dir = mkdtempSync(join(tmpdir(), 'oav-traffic-'));
  });
  afterAll(async () => {
    await h.emu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the session through the SDK clients', async () => {
    const rg = 'rg-oav';
    await h.resources.resourceGroups.createOrUpdate(rg, { location: LOCATION });
    await h.compute.galleries.beginCreateOrUpdateAndWait(
      rg,
      'galoav',
      { location: LOCATION, description: 'oav session', tags: { team: 'release' } },
      POLL,
    );
    await h.compute.galleries.beginUpdateAndWait(rg, 'galoav', { description: 'oav session (updated)' }, POLL);
    await h.compute.galleries.get(rg, 'galoav');
    await collect(h.compute.galleries.listByResourceGroup(rg));
    await h.compute.galleryImages.beginCreateOrUpdateAndWait(
      rg,
      'galoav',
      'web',
      {
        location: LOCATION,
        osType: 'Linux',
        osState: 'Generalized',
        hyperVGeneration: 'V2',
        identifier: { publisher: 'contoso', offer: 'web', sku: 'v1' },
        features: [{ name: 'SecurityType', value: 'TrustedLaunchSupported' }],
      },
      POLL,
    );
    await h.compute.galleryImages.get(rg, 'galoav', 'web');
    await collect(h.compute.galleryImages.listByGallery(rg, 'galoav'));
    const managed = await h.compute.images.createOrUpdate(
      rg,
      'web-managed',
      { location: LOCATION, storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } } },
      POLL,
    );
    for (const v of ['1.0.0', '1.1.0']) {
      await h.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
        rg,
        'galoav',
        'web',
        v,
        {
          location: LOCATION,
          storageProfile: { source: { id: managed.id! } },
          publishingProfile: {
            targetRegions: [{ name: LOCATION, regionalReplicaCount: 2 }, { name: 'northeurope' }],
            endOfLifeDate: new Date('2030-01-01T00:00:00Z'),
          },
        },
        POLL,
      );
    }
    // GalleryImageVersionUpdate reuses GalleryImageVersionProperties, where storageProfile is required:
    // send it without `source` (the spec's GalleryImageVersion_Update_WithoutSourceId example).
    await h.compute.galleryImageVersions.beginUpdateAndWait(
      rg,
      'galoav',
      'web',
      '1.0.0',
      { storageProfile: {}, publishingProfile: { excludeFromLatest: true, targetRegions: [{ name: LOCATION }] } },
      POLL,
    );
    const withStatus = await h.compute.galleryImageVersions.get(rg, 'galoav', 'web', '1.1.0', {
      expand: 'ReplicationStatus',
    });
    expect(withStatus.replicationStatus?.summary).toHaveLength(2);
    const versions = await collect(h.compute.galleryImageVersions.listByGalleryImage(rg, 'galoav', 'web'));
    expect(versions.map((v) => v.name)).toEqual(['1.0.0', '1.1.0']);
    await h.compute.galleryImageVersions.beginDeleteAndWait(rg, 'galoav', 'web', '1.0.0', POLL);
    await expect(h.compute.galleryImageVersions.get(rg, 'galoav', 'web', '1.0.0')).rejects.toMatchObject({
      statusCode: 404,
    });
    await h.compute.galleryImageVersions.beginDeleteAndWait(rg, 'galoav', 'web', '1.1.0', POLL);
    await h.compute.galleryImages.beginDeleteAndWait(rg, 'galoav', 'web', POLL);
    await h.compute.galleries.beginDeleteAndWait(rg, 'galoav', POLL);
  });

  it('oav finds no error in any recorded spec operation', async () => {
    const inSpec = recorded.filter((x) => IN_SPEC.test(x.operation ?? ''));
    const trafficDir = join(dir, 'session');
    mkdirSync(trafficDir);
    inSpec.forEach((x, i) =>
      writeFileSync(
        join(trafficDir, `${String(i).padStart(3, '0')}-${x.operation}.json`),
        JSON.stringify(toTraffic(x), null, 2),
      ),
    );
    const paged = inSpec.filter((x) => x.operation === 'GalleryImageVersions_ListByGalleryImage');
    expect(paged.length).toBeGreaterThan(1); // the pager followed nextLink
    expect(inSpec.some((x) => isExpandedGet(x))).toBe(true);

    const { validator, problems } = await validateTraffic(trafficDir);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
    expect(validator.operationUndefinedResult).toBe(0); // every payload matched an operation of the spec

    expect(coveredOperations(validator)).toEqual([
      'Galleries_CreateOrUpdate',
      'Galleries_Delete',
      'Galleries_Get',
      'Galleries_ListByResourceGroup',
      'Galleries_Update',
      'GalleryImageVersions_CreateOrUpdate',
      'GalleryImageVersions_Delete',
      'GalleryImageVersions_Get',
      'GalleryImageVersions_ListByGalleryImage',
      'GalleryImageVersions_Update',
      'GalleryImages_CreateOrUpdate',
      'GalleryImages_Delete',
      'GalleryImages_Get',
      'GalleryImages_ListByGallery',
    ]);
  }, 30_000);

  it('the check has teeth: a response body that breaks the spec is reported', async () => {
    const get = recorded.find((x) => isExpandedGet(x) && x.response.statusCode === 200)!;
    const broken = structuredClone(get);
    const body = broken.response.body as {
      location?: string;
      properties: {
        storageProfile: { osDiskImage: Record<string, unknown> };
        replicationStatus: { summary: Record<string, unknown>[] };
      };
    };
    delete body.location; // TrackedResource requires it
    body.properties.storageProfile.osDiskImage['hostCaching'] = 'Sometimes'; // closed enum (modelAsString: false)
    body.properties.replicationStatus.summary[0]!['progress'] = 'half'; // int32
    // Note: oav does not enforce values of extensible enums (x-ms-enum modelAsString: true, e.g. aggregatedState);
    // schema.test.ts checks those with ajv.
    const teethDir = join(dir, 'teeth');
    mkdirSync(teethDir);
    writeFileSync(join(teethDir, 'broken.json'), JSON.stringify(toTraffic(broken)));
    const { problems } = await validateTraffic(teethDir);
    expect(problems.map((p) => p.code).sort()).toEqual([
      'ENUM_MISMATCH',
      'INVALID_TYPE',
      'OBJECT_MISSING_REQUIRED_PROPERTY',
    ]);
  }, 30_000);
});

const isExpandedGet = (x: RecordedExchange): boolean =>
  x.operation === 'GalleryImageVersions_Get' &&
  new URL(x.request.url).searchParams.get('$expand') === 'ReplicationStatus';

const validateTraffic = (trafficDir: string) => validateWith(SPEC, trafficDir);
