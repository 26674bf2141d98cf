import { beforeEach, describe, expect, it } from 'vitest';
import type { Sleep } from '../../src/core/ports.js';
import { realSleep } from '../../src/runtime/time.js';
import { TAGS } from '../../src/core/publish/provenance.js';
import {
  DEFINITION,
  GALLERY,
  LOCATION,
  RG,
  definitionId,
  publishInputs,
  runStep,
  seedManagedImage,
  seedVersion,
  sub,
  versionId,
  writes,
  useGalleryWorld,
  resetGallery,
} from './helpers.js';

const world = useGalleryWorld();

/** A fresh gallery per test (the definition too, unless `definition` is false). */
const fresh = (definition = true) => resetGallery(world.emu, { definition: definition ? DEFINITION : false });

const publishOnly = (extra: Record<string, string> = {}) =>
  publishInputs({ stages: 'publish', builder: 'none', ...extra });

describe('publish (builder none, managed-image-id)', () => {
  beforeEach(() => fresh());

  it('auto: next patch above the highest version (over several pages), 3 regions, one write, provenance tags', async () => {
    for (const v of ['1.0.0', '1.2.3', '1.10.0', '1.9.9']) seedVersion(world.emu, v);
    const image = seedManagedImage(world.emu, 'img1');
    world.emu.control.clearRequests();
    const { result, host } = await runStep({
      azure: world.azure,
      inputs: publishOnly({
        'managed-image-id': image,
        'target-regions': 'westeurope, northeurope:2, eastus:1:Standard_ZRS',
      }),
    });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({
      imageVersion: '1.10.1',
      imageId: versionId(world.emu, '1.10.1'),
      replicatedRegions: ['westeurope', 'northeurope', 'eastus'],
    });
    // One write: the version PUT. Reads: gallery, definition, image, versions (paged), re-observe, replication polls.
    expect(writes(world.emu).map((w) => w.operation)).toEqual(['GalleryImageVersions_CreateOrUpdate']);
    expect(world.emu.requests.filter((r) => r.operation === 'GalleryImageVersions_ListByGalleryImage').length).toBe(2);
    const body = world.emu.control.getResource(versionId(world.emu, '1.10.1')) as any;
    expect(body.properties.publishingProfile.targetRegions).toEqual([
      { name: 'westeurope', regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' },
      { name: 'northeurope', regionalReplicaCount: 2, storageAccountType: 'Standard_LRS' },
      { name: 'eastus', regionalReplicaCount: 1, storageAccountType: 'Standard_ZRS' },
    ]);
    expect(body.properties.storageProfile.source.id).toBe(image);
    expect(body.tags).toMatchObject({
      [TAGS.commit]: 'abc123',
      [TAGS.repository]: 'contoso/web',
      [TAGS.runUrl]: 'https://ci.example/run/7',
      [TAGS.pipeline]: 'release',
      [TAGS.actor]: 'octocat',
    });
    // The user's managed image (builder none) is not an intermediate: kept.
    expect(world.emu.control.getResource(image)).toBeDefined();
    expect(host.logs().some((l) => /replication 1\.10\.1: eastus Completed/.test(l))).toBe(true);
    expect(result.stages[0]!.items.map((i) => i.label)).toEqual(['version', 'replication']);
    expect(result.stages[0]!.items[0]!.value).toContain('next patch above the highest existing version 1.10.0');
  });

  it('auto on an empty definition starts at 1.0.0; publishing options reach Azure', async () => {
    const image = seedManagedImage(world.emu, 'img2');
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({
        'managed-image-id': image,
        'exclude-from-latest': 'true',
        'end-of-life-date': '2030-06-30',
        'replication-mode': 'Shallow',
        'replica-count': '3',
        'storage-account-type': 'Premium_LRS',
      }),
    });
    expect(result.outputs.imageVersion).toBe('1.0.0');
    const p = (world.emu.control.getResource(versionId(world.emu, '1.0.0')) as any).properties.publishingProfile;
    expect(p).toMatchObject({
      excludeFromLatest: true,
      replicationMode: 'Shallow',
      replicaCount: 3,
      storageAccountType: 'Premium_LRS',
    });
    expect(p.endOfLifeDate).toMatch(/^2030-06-30/);
    expect(p.targetRegions).toEqual([{ name: LOCATION, regionalReplicaCount: 3, storageAccountType: 'Premium_LRS' }]);
  });

  it('explicit version: published as given', async () => {
    seedVersion(world.emu, '3.0.0');
    const image = seedManagedImage(world.emu, 'img3');
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '2.5.0' }),
    });
    expect(result.outputs.imageVersion).toBe('2.5.0');
    expect(result.stages[0]!.items[0]!.value).toContain('given explicitly');
  });

  it('an explicit version that exists with another image is an error before any write', async () => {
    seedVersion(world.emu, '2.0.0', { source: seedManagedImage(world.emu, 'other') });
    const image = seedManagedImage(world.emu, 'img4');
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '2.0.0' }),
    });
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({ kind: 'input' });
    expect(result.error!.message).toMatch(
      /image-version 2\.0\.0 already exists in gal\/web .*holds another image .*other/,
    );
    expect(writes(world.emu)).toEqual([]);
  });

  it('re-running with an explicit version that already holds this image is a no-op that outputs it', async () => {
    const image = seedManagedImage(world.emu, 'img5');
    const first = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '4.0.0' }),
    });
    expect(first.result.outputs.imageVersion).toBe('4.0.0');
    world.emu.control.clearRequests();
    const again = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '4.0.0' }),
    });
    expect(again.result.status).toBe('succeeded');
    expect(again.result.outputs).toMatchObject({
      imageVersion: '4.0.0',
      imageId: versionId(world.emu, '4.0.0'),
      replicatedRegions: [LOCATION],
    });
    expect(again.result.stages[0]!.message).toMatch(/already published version 4\.0\.0/);
    expect(writes(world.emu)).toEqual([]);
  });

  it("scheme 'date': YYYY.MMDD.<run number> from the clock", async () => {
    const image = seedManagedImage(world.emu, 'img6');
    const clock = { now: () => Date.UTC(2026, 6, 4, 12) };
    const { result } = await runStep({
      azure: world.azure,
      clock,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': 'date' }),
      run: { system: 'github', runNumber: 42 },
    });
    expect(result.outputs.imageVersion).toBe('2026.704.42');
  });

  it("scheme 'git-tag': the version of the tag that triggered the run; a branch run is an input error", async () => {
    const image = seedManagedImage(world.emu, 'img7');
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': 'git-tag' }),
      run: { system: 'github', ref: 'refs/tags/v1.4.2' },
    });
    expect(result.outputs.imageVersion).toBe('1.4.2');
    world.emu.control.clearRequests();
    const branch = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': 'git-tag' }),
      run: { system: 'github', ref: 'refs/heads/main' },
    });
    expect(branch.result.error).toMatchObject({ kind: 'input' });
    expect(branch.result.error!.message).toMatch(/'git-tag' needs a run triggered by a tag.*refs\/heads\/main/);
    expect(writes(world.emu)).toEqual([]);
  });

  it('replication failing in one region fails the stage and names the region', async () => {
    const image = seedManagedImage(world.emu, 'img8');
    world.emu.control.script('compute.galleryImageVersion.replicationFailure', {
      region: 'eastus',
      message: 'Replication to eastus failed: quota exceeded (scripted).',
    });
    const { result, host } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'target-regions': 'westeurope,northeurope,eastus' }),
    });
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({ kind: 'terminal' });
    expect(result.error!.message).toMatch(
      /replication of version 1\.0\.0 failed in region 'eastus' \(Replication to eastus failed: quota exceeded/,
    );
    expect(host.logs().some((l) => l.includes('eastus Failed'))).toBe(true);
  });

  it('rides out a 429 storm on the create and the polls through the SDK retry policy', async () => {
    const image = seedManagedImage(world.emu, 'img9');
    world.emu.control.addFault({
      kind: 'throttle',
      operation: 'GalleryImageVersions_CreateOrUpdate',
      times: 2,
      retryAfterSeconds: 1,
    });
    world.emu.control.addFault({
      kind: 'throttle',
      operation: 'GalleryImageVersions_Get',
      times: 3,
      retryAfterSeconds: 1,
    });
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'target-regions': 'westeurope,northeurope' }),
    });
    expect(result.error).toBeUndefined();
    expect(result.outputs.replicatedRegions).toEqual(['westeurope', 'northeurope']);
    const throttled = world.emu.requests.filter((r) => r.status === 429).length;
    expect(throttled).toBe(5);
    // Still one version created: the retried PUT is the same idempotent write.
    expect(
      world.emu.control.listResources('Microsoft.Compute/galleries/images/versions').map((r) => r.body['name']),
    ).toEqual(['1.0.0']);
  });

  it('a throttle that outlasts the SDK retries fails as transient', async () => {
    const image = seedManagedImage(world.emu, 'img10');
    world.emu.control.addFault({ kind: 'throttle', operation: 'GalleryImages_Get', retryAfterSeconds: 0 });
    const { result } = await runStep({ azure: world.azure, inputs: publishOnly({ 'managed-image-id': image }) });
    expect(result.error).toMatchObject({ kind: 'transient' });
    expect(result.error!.message).toMatch(/reading image definition gal\/web failed with HTTP 429/);
    expect(writes(world.emu)).toEqual([]);
  });
});

describe('publish: bad inputs fail before any write', () => {
  beforeEach(() => fresh());

  it.each([
    ['an invalid version string', { 'image-version': '1.2' }, /image-version.*'1\.2' is not a gallery image version/],
    ['a version part over 32 bits', { 'image-version': '1.0.4294967296' }, /image-version/],
    ['an unknown region', { 'target-regions': 'westeurope,westeurop2' }, /'westeurop2' is not an Azure region/],
    ['a replica count out of range', { 'target-regions': 'westeurope:101' }, /target-regions/],
    ['a default replica count out of range', { 'replica-count': '0' }, /replica-count/],
  ])('%s: a settings error, no request at all', async (_label, extra, message) => {
    await expect(
      runStep({
        azure: world.azure,
        inputs: publishOnly({
          'managed-image-id': '/subscriptions/x/resourceGroups/r/providers/Microsoft.Compute/images/i',
          ...extra,
        }),
      }),
    ).rejects.toThrow(message);
    expect(world.emu.requests).toEqual([]);
  });

  it('a missing image definition: a clear error after reads only', async () => {
    fresh(false);
    const image = seedManagedImage(world.emu, 'img11');
    world.emu.control.clearRequests();
    const { result } = await runStep({ azure: world.azure, inputs: publishOnly({ 'managed-image-id': image }) });
    expect(result.error).toMatchObject({ kind: 'input' });
    expect(result.error!.message).toMatch(
      /the image definition 'web' does not exist in gallery 'gal'.*create-image-definition/,
    );
    expect(world.emu.requests.length).toBeGreaterThan(0);
    expect(writes(world.emu)).toEqual([]);
  });

  it('create-image-definition creates it (OS type, generation, publisher/offer/sku), then publishes', async () => {
    fresh(false);
    const image = seedManagedImage(world.emu, 'img12');
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({
        'managed-image-id': image,
        'create-image-definition': 'true',
        'os-type': 'Linux',
        'hyper-v-generation': 'V2',
        'image-publisher': 'contoso',
        'image-offer': 'web',
        'image-sku': 'prod',
      }),
    });
    expect(result.error).toBeUndefined();
    expect(writes(world.emu).map((w) => w.operation)).toEqual([
      'GalleryImages_CreateOrUpdate',
      'GalleryImageVersions_CreateOrUpdate',
    ]);
    expect((world.emu.control.getResource(definitionId(world.emu)) as any).properties).toMatchObject({
      osType: 'Linux',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      identifier: { publisher: 'contoso', offer: 'web', sku: 'prod' },
    });
  });

  it('a missing managed image, a missing gallery, target regions without the gallery region: no write', async () => {
    const missing = await runStep({
      azure: world.azure,
      inputs: publishOnly({
        'managed-image-id': `/subscriptions/${world.emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.Compute/images/nope`,
      }),
    });
    expect(missing.result.error!.message).toMatch(/the managed image .*nope does not exist/);
    const image = seedManagedImage(world.emu, 'img13');
    const noGallery = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'gallery-name': 'other' }),
    });
    expect(noGallery.result.error!.message).toMatch(/the gallery 'other' does not exist in resource group 'rg-img'/);
    const regions = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'target-regions': 'northeurope,eastus' }),
    });
    expect(regions.result.error!.message).toMatch(/must include the gallery's region 'westeurope'/);
    await expect(runStep({ azure: world.azure, inputs: publishInputs({ stages: 'publish' }) })).rejects.toThrow(
      /managed-image-id.*is required/,
    );
    expect(writes(world.emu)).toEqual([]);
  });

  it('dry-run plans the version and writes nothing (plan mode: __tests__/plan)', async () => {
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': seedManagedImage(world.emu, 'img14'), 'dry-run': 'true' }),
    });
    expect(result.error).toBeUndefined();
    expect(result.plan!.map((w) => `${w.operation} ${w.resource}`)).toEqual([
      'create gallery image version gal/web 1.0.0',
    ]);
    expect(writes(world.emu)).toEqual([]);
  });
});

describe('publish converges after a version ended provisioning state Failed', () => {
  beforeEach(() => fresh());

  const failOnce = () =>
    world.emu.control.addFault({ kind: 'lro-failed', operation: 'GalleryImageVersions_CreateOrUpdate', times: 1 });
  const stateOf = (version: string) =>
    (world.emu.control.getResource(versionId(world.emu, version)) as any)?.properties.provisioningState;
  const writeOps = () => writes(world.emu).map((w) => `${w.method} ${w.operation}`);
  /** A version left Failed by an earlier run (or by Azure), holding `source`. */
  const seedFailed = (version: string, source?: string) => {
    const id = seedVersion(world.emu, version, source ? { source } : {});
    (world.emu.control.getResource(id) as any).properties.provisioningState = 'Failed';
    return id;
  };

  it('auto: a version this run created that ends Failed is deleted; the fault-free re-run publishes it', async () => {
    seedVersion(world.emu, '1.0.0');
    const image = seedManagedImage(world.emu, 'f1');
    failOnce();
    const first = await runStep({ azure: world.azure, inputs: publishOnly({ 'managed-image-id': image }) });
    expect(first.result.error).toMatchObject({ kind: 'terminal' });
    expect(first.result.error!.message).toMatch(
      /version 1\.0\.1 ended in provisioning state Failed; the Failed version 1\.0\.1 was deleted/,
    );
    expect(writeOps()).toEqual(['PUT GalleryImageVersions_CreateOrUpdate', 'DELETE GalleryImageVersions_Delete']);
    // Nothing Failed is left for 'latest' to resolve to.
    expect(stateOf('1.0.1')).toBeUndefined();

    world.emu.control.clearRequests();
    const again = await runStep({ azure: world.azure, inputs: publishOnly({ 'managed-image-id': image }) });
    expect(again.result.error).toBeUndefined();
    expect(again.result.outputs.imageVersion).toBe('1.0.1');
    expect(stateOf('1.0.1')).toBe('Succeeded');
  });

  it('auto: a Failed version does not count as the highest; its name is replaced, never built upon', async () => {
    seedVersion(world.emu, '1.0.0');
    seedFailed('1.0.1');
    const image = seedManagedImage(world.emu, 'f2');
    world.emu.control.clearRequests();
    const { result, host } = await runStep({ azure: world.azure, inputs: publishOnly({ 'managed-image-id': image }) });
    expect(result.error).toBeUndefined();
    expect(result.outputs.imageVersion).toBe('1.0.1');
    expect(result.stages[0]!.items[0]!.value).toContain('next patch above the highest existing version 1.0.0');
    expect(writeOps()).toEqual(['DELETE GalleryImageVersions_Delete', 'PUT GalleryImageVersions_CreateOrUpdate']);
    expect(stateOf('1.0.1')).toBe('Succeeded');
    expect(
      host
        .logs()
        .some((l) =>
          /version 1\.0\.1 exists in provisioning state Failed .*replacing it \(delete, then create again\)/.test(l),
        ),
    ).toBe(true);
  });

  it('explicit: a re-run after the version ended Failed (and could not be deleted) replaces it, and says so', async () => {
    const image = seedManagedImage(world.emu, 'f3');
    failOnce();
    // The clean-up delete of the first run fails too: the Failed version stays behind.
    world.emu.control.addFault({ kind: 'server-error', operation: 'GalleryImageVersions_Delete' });
    const first = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '2.0.0', 'replication-timeout': '2s' }),
    });
    expect(first.result.error).toMatchObject({ kind: 'terminal' });
    expect(first.result.error!.message).toMatch(
      /the Failed version 2\.0\.0 could not be deleted \(.*HTTP 500.*\); a re-run replaces it/,
    );
    expect(stateOf('2.0.0')).toBe('Failed');

    world.emu.control.clearFaults();
    world.emu.control.clearRequests();
    const again = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '2.0.0' }),
    });
    expect(again.result.error).toBeUndefined();
    expect(again.result.outputs.imageVersion).toBe('2.0.0');
    expect(again.result.stages[0]!.message).toMatch(/^replaced the Failed version with version 2\.0\.0/);
    expect(again.result.stages[0]!.items.find((i) => i.label === 'Failed version')!.value).toBe(
      'deleted 2.0.0, then created it again',
    );
    expect(writeOps()).toEqual(['DELETE GalleryImageVersions_Delete', 'PUT GalleryImageVersions_CreateOrUpdate']);
    expect(stateOf('2.0.0')).toBe('Succeeded');
  });

  it('each write of the replacement is retried within its bound while Azure answers 503 with Retry-After', async () => {
    seedFailed('3.0.0');
    const image = seedManagedImage(world.emu, 'f4');
    // Five 503s outlast the SDK's own retries (4); the publish stage tries the delete again.
    world.emu.control.addFault({
      kind: 'unavailable',
      operation: 'GalleryImageVersions_Delete',
      times: 5,
      retryAfterSeconds: 1,
    });
    world.emu.control.clearRequests();
    const slept: number[] = [];
    const sleep: Sleep = (ms, signal) => (slept.push(ms), realSleep(ms, signal));
    const { result } = await runStep({
      azure: world.azure,
      sleep,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '3.0.0' }),
    });
    expect(result.error).toBeUndefined();
    // The pause before the second delete is Azure's Retry-After (scaled to 0 s by the emulator), not the 5 s fallback.
    expect(slept[0]).toBe(1);
    expect(
      world.emu.requests.filter((r) => r.operation === 'GalleryImageVersions_Delete').map((r) => r.status),
    ).toEqual([503, 503, 503, 503, 503, 202]);
    expect(stateOf('3.0.0')).toBe('Succeeded');
  });

  it('a Failed version a scale set references is not replaced: the error says how to proceed, nothing is written', async () => {
    const id = seedFailed('4.0.0');
    world.emu.control.seedResource({
      id: `${sub(world.emu)}/resourceGroups/rg-apps`,
      type: 'Microsoft.Resources/resourceGroups',
      body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
    });
    world.emu.control.seedResource({
      id: `${sub(world.emu)}/resourceGroups/rg-apps/providers/Microsoft.Compute/virtualMachineScaleSets/api`,
      body: {
        location: LOCATION,
        sku: { name: 'Standard_B2s', capacity: 2 },
        properties: {
          upgradePolicy: { mode: 'Manual' },
          virtualMachineProfile: { storageProfile: { imageReference: { id } } },
          provisioningState: 'Succeeded',
        },
      },
    });
    const image = seedManagedImage(world.emu, 'f5');
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '4.0.0' }),
    });
    expect(result.error).toMatchObject({ kind: 'terminal' });
    expect(result.error!.message).toMatch(
      /version 4\.0\.0 of gal\/web .* ended provisioning state Failed, but scale set api references it/,
    );
    expect(result.error!.message).toMatch(
      /publish under another 'image-version' \(or 'auto', which skips Failed versions\), or move that scale set/,
    );
    expect(writes(world.emu)).toEqual([]);
    expect(stateOf('4.0.0')).toBe('Failed');
  });

  it('dry-run plans the replacement (delete, then create) and writes nothing', async () => {
    seedFailed('5.0.0');
    const image = seedManagedImage(world.emu, 'f6');
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '5.0.0', 'dry-run': 'true' }),
    });
    expect(result.error).toBeUndefined();
    expect(result.plan!.map((w) => `${w.operation} ${w.resource}`)).toEqual([
      'delete gallery image version gal/web 5.0.0',
      'create gallery image version gal/web 5.0.0',
    ]);
    expect(writes(world.emu)).toEqual([]);
  });
});

export { GALLERY };
