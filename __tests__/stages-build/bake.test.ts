import { beforeEach, describe, expect, it } from 'vitest';
import { TAGS } from '../../src/core/publish/provenance.js';
import { ManualClock, manualSleep } from '../core/fakes.js';
import { FakePacker } from './fake-packer.js';
import {
  DEFINITION,
  LOCATION,
  RG,
  definitionId,
  managedImageId,
  portsFor,
  publishInputs,
  runStep,
  seedVersion,
  versionId,
  writes,
  useGalleryWorld,
  resetGallery,
  UBUNTU,
  identityId,
} from './helpers.js';

const world = useGalleryWorld();

/** A fresh gallery per test (the definition too, unless `definition` is false). */
const fresh = (definition = true) => resetGallery(world.emu, { definition: definition ? DEFINITION : false });

/** A Packer fake whose build "creates" a managed image (seeded: the azure-arm builder's own calls are not ours). */
function packerMakingImages(): FakePacker {
  return new FakePacker((n) => {
    const id = managedImageId(world.emu, `web-bake-${n}`);
    world.emu.control.seedResource({
      id,
      body: {
        location: LOCATION,
        properties: {
          storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
          provisioningState: 'Succeeded',
        },
      },
    });
    return { managedImageId: id, packerVersion: '1.6.6' };
  });
}

const packerInputs = (extra: Record<string, string> = {}) =>
  publishInputs({
    stages: 'bake,publish',
    'packer-template': 'build.pkr.hcl',
    'base-image-version': `${UBUNTU}:latest`,
    'packer-variables': 'region=westeurope\ntoken=s3cr3t',
    'packer-secret-variables': 'token',
    ...extra,
  });

describe('bake with Packer, then publish', () => {
  beforeEach(() => fresh());

  it('bakes, publishes with the bake key and resolved base image as tags, deletes the intermediate image', async () => {
    const packer = packerMakingImages();
    const { result, host } = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    expect(result.error).toBeUndefined();
    expect(packer.bakes).toHaveLength(1);
    expect(packer.bakes[0]).toMatchObject({
      template: 'build.pkr.hcl',
      variables: { region: 'westeurope', token: 's3cr3t' },
      secretVariables: ['token'],
      timeoutMs: 7_200_000,
    });
    const image = managedImageId(world.emu, 'web-bake-1');
    expect(result.outputs).toMatchObject({
      baked: true,
      imageVersion: '1.0.0',
      imageId: versionId(world.emu, '1.0.0'),
      managedImageId: image,
      replicatedRegions: [LOCATION],
    });
    expect(result.outputs.bakeKey).toMatch(/^[0-9a-f]{64}$/);
    const tags = (world.emu.control.getResource(versionId(world.emu, '1.0.0')) as any).tags;
    expect(tags).toMatchObject({
      [TAGS.bakeKey]: result.outputs.bakeKey,
      [TAGS.baseImage]: `${UBUNTU}:24.04.202503180`,
    });
    expect(world.emu.control.getResource(image)).toBeUndefined();
    expect(writes(world.emu).map((w) => w.operation)).toEqual(['GalleryImageVersions_CreateOrUpdate', 'Images_Delete']);
    expect(host.logs()).toContain(`base image ${UBUNTU}:latest resolves to ${UBUNTU}:24.04.202503180`);
    expect(host.everything()).not.toContain('s3cr3t');
    expect(result.stages[0]!.items.find((i) => i.label === 'bake cache')!.value).toMatch(
      /^miss: no published version carries a bake key yet/,
    );
  });

  it('cache hit: same inputs reuse the version (baked false), skip bake and publish, make no write', async () => {
    const packer = packerMakingImages();
    const first = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    world.emu.control.clearRequests();
    const again = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    expect(packer.bakes).toHaveLength(1);
    expect(again.result.outputs).toMatchObject({
      baked: false,
      imageVersion: '1.0.0',
      imageId: versionId(world.emu, '1.0.0'),
      bakeKey: first.result.outputs.bakeKey,
      replicatedRegions: [LOCATION],
    });
    expect(again.result.stages.map((s) => [s.name, s.status])).toEqual([
      ['bake', 'succeeded'],
      ['publish', 'skipped'],
    ]);
    expect(again.result.stages[0]!.message).toMatch(/^cache hit: reused version 1\.0\.0/);
    expect(writes(world.emu)).toEqual([]);
    expect(again.host.outputs).toMatchObject({ baked: 'false', 'image-version': '1.0.0' });
  });

  it('cache miss when the resolved base image changes (a new marketplace version), and on a variable change', async () => {
    const packer = packerMakingImages();
    await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    world.emu.control.script('compute.marketplace.images', { [UBUNTU]: ['24.04.202503180', '24.04.202504010'] });
    const newer = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    expect(packer.bakes).toHaveLength(2);
    expect(newer.result.outputs).toMatchObject({ baked: true, imageVersion: '1.0.1' });
    expect(newer.result.stages[0]!.items.find((i) => i.label === 'bake cache')!.value).toBe(
      `miss: the base image changed since 1.0.0 (${UBUNTU}:24.04.202503180 → ${UBUNTU}:24.04.202504010)`,
    );
    const changed = await runStep({
      azure: world.azure,
      packer,
      inputs: packerInputs({ 'packer-variables': 'region=northeurope\ntoken=s3cr3t' }),
    });
    expect(changed.result.outputs).toMatchObject({ baked: true, imageVersion: '1.0.2' });
    // A pinned base image version gives the same key as 'latest' resolving to it.
    const pinned = await runStep({
      azure: world.azure,
      packer,
      inputs: packerInputs({ 'base-image-version': `${UBUNTU}:24.04.202504010` }),
    });
    expect(pinned.result.outputs).toMatchObject({ baked: false, imageVersion: '1.0.1' });
  });

  it('force-bake bakes even when a cached version exists', async () => {
    const packer = packerMakingImages();
    await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    const forced = await runStep({ azure: world.azure, packer, inputs: packerInputs({ 'force-bake': 'true' }) });
    expect(packer.bakes).toHaveLength(2);
    expect(forced.result.outputs).toMatchObject({ baked: true, imageVersion: '1.0.1' });
    expect(forced.result.stages[0]!.items.find((i) => i.label === 'bake cache')!.value).toMatch(
      /force-bake is set \(version 1\.0\.0 has this key\)/,
    );
  });

  it('an explicit version taken by other inputs fails before Packer runs', async () => {
    seedVersion(world.emu, '2.0.0');
    world.emu.control.clearRequests();
    const packer = packerMakingImages();
    const { result } = await runStep({
      azure: world.azure,
      packer,
      inputs: packerInputs({ 'image-version': '2.0.0' }),
    });
    expect(result.error).toMatchObject({ kind: 'input' });
    expect(result.error!.message).toMatch(/image-version 2\.0\.0 already exists/);
    expect(packer.bakes).toHaveLength(0);
    expect(writes(world.emu)).toEqual([]);
  });

  it("adopts Packer's gallery output: waits for replication, adds the provenance tags, no second version", async () => {
    const packer = new FakePacker(() => {
      seedVersion(world.emu, '7.0.0', { source: managedImageId(world.emu, 'pkr') });
      return { galleryImageVersionId: versionId(world.emu, '7.0.0') };
    });
    const { result } = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({
      baked: true,
      imageVersion: '7.0.0',
      imageId: versionId(world.emu, '7.0.0'),
      replicatedRegions: [LOCATION],
    });
    expect(writes(world.emu).map((w) => w.operation)).toEqual(['GalleryImageVersions_Update']);
    expect((world.emu.control.getResource(versionId(world.emu, '7.0.0')) as any).tags[TAGS.bakeKey]).toBe(
      result.outputs.bakeKey,
    );
  });

  it('without base-image-version: a warning that the key does not cover the base image', async () => {
    const packer = packerMakingImages();
    const inputs = packerInputs();
    delete inputs['base-image-version'];
    const { result } = await runStep({ azure: world.azure, packer, inputs });
    expect(result.warnings.some((w) => w.includes("'base-image-version' is not set"))).toBe(true);
    expect(result.status).toBe('succeeded');
  });

  it('replication timeout: bounded by the clock port, names the regions still replicating', async () => {
    const slow = await portsFor(world.emu, 60_000);
    world.emu.control.setTimeScale(1);
    const clock = new ManualClock(world.emu.control.now().getTime());
    const sleep = manualSleep(clock);
    const packer = packerMakingImages();
    const { result } = await runStep({
      azure: slow,
      packer,
      clock,
      sleep,
      inputs: packerInputs({ 'replication-timeout': '5m', 'target-regions': 'westeurope,northeurope' }),
    });
    expect(result.error).toMatchObject({ kind: 'transient' });
    expect(result.error!.message).toMatch(
      /replication of version 1\.0\.0 did not finish within 5m .*still replicating: westeurope Replicating \d+%, northeurope Replicating/,
    );
    expect(sleep.sleeps.reduce((a, b) => a + b, 0)).toBe(300_000);
    expect(sleep.sleeps.every((s) => s <= 60_000)).toBe(true);
  });

  it('bake with builder none is skipped and publish takes managed-image-id', async () => {
    const image = managedImageId(world.emu, 'given');
    world.emu.control.seedResource({
      id: image,
      body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
    });
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishInputs({ stages: 'bake,publish', builder: 'none', 'managed-image-id': image }),
    });
    expect(result.stages.map((s) => [s.name, s.status])).toEqual([
      ['bake', 'skipped'],
      ['publish', 'succeeded'],
    ]);
    expect(world.emu.control.getResource(image)).toBeDefined();
  });
});

const aibInputs = (extra: Record<string, string> = {}) =>
  publishInputs({
    stages: 'bake,publish',
    builder: 'image-builder',
    'image-builder-source': `${UBUNTU}:latest`,
    'image-builder-identity': identityId(world.emu),
    'image-builder-customizers':
      '- type: shell\n  name: install\n  inline: ["apt-get update", "apt-get install -y nginx"]\n- type: File\n  sourceUri: https://example.com/app.conf\n  destination: /etc/app.conf',
    'target-regions': 'westeurope,northeurope:2',
    ...extra,
  });

describe('bake with Azure Image Builder, then publish', () => {
  beforeEach(() => fresh());

  it('distributes to the version chosen before the bake, deletes the template, publish adopts it', async () => {
    seedVersion(world.emu, '1.0.0');
    world.emu.control.clearRequests();
    const { result, host } = await runStep({ azure: world.azure, inputs: aibInputs() });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({
      baked: true,
      imageVersion: '1.0.1',
      imageId: versionId(world.emu, '1.0.1'),
      replicatedRegions: ['westeurope', 'northeurope'],
    });
    expect(writes(world.emu).map((w) => w.operation)).toEqual([
      'VirtualMachineImageTemplates_CreateOrUpdate',
      'VirtualMachineImageTemplates_Run',
      'VirtualMachineImageTemplates_Delete',
    ]);
    const template = world.emu.requests.find((r) => r.operation === 'VirtualMachineImageTemplates_CreateOrUpdate')!;
    expect(template.path).toMatch(/imageTemplates\/immutable-deploy-web-1-0-1$/);
    const version = world.emu.control.getResource(versionId(world.emu, '1.0.1')) as any;
    expect(version.tags).toMatchObject({
      [TAGS.bakeKey]: result.outputs.bakeKey,
      [TAGS.baseImage]: `${UBUNTU}:24.04.202503180`,
      [TAGS.commit]: 'abc123',
    });
    expect(
      version.properties.publishingProfile.targetRegions.map((r: any) => [r.name, r.regionalReplicaCount]),
    ).toEqual([
      ['westeurope', 1],
      ['northeurope', 2],
    ]);
    expect(world.emu.control.listResources('Microsoft.VirtualMachineImages/imageTemplates')).toEqual([]);
    expect(host.logs().some((l) => /Image Builder immutable-deploy-web-1-0-1: Succeeded/.test(l))).toBe(true);
    // Cache hit on the next run, then nothing is written.
    world.emu.control.clearRequests();
    const again = await runStep({ azure: world.azure, inputs: aibInputs() });
    expect(again.result.outputs).toMatchObject({ baked: false, imageVersion: '1.0.1' });
    expect(writes(world.emu)).toEqual([]);
  });

  it('sends the template Azure expects: resolved source, customizers, exact version, identity', async () => {
    let body: any;
    const spy = {
      ...world.azure,
      imageBuilder: {
        ...world.azure.imageBuilder,
        createTemplate: async (ref: any, spec: any, o: any) => {
          body = spec;
          return world.azure.imageBuilder.createTemplate(ref, spec, o);
        },
      },
    };
    const { result } = await runStep({ azure: spy, inputs: aibInputs({ 'keep-image-template': 'true' }) });
    expect(result.error).toBeUndefined();
    expect(body).toMatchObject({
      source: {
        type: 'PlatformImage',
        publisher: 'Canonical',
        offer: 'ubuntu-24_04-lts',
        sku: 'server',
        version: '24.04.202503180',
      },
      galleryImageVersionId: versionId(world.emu, '1.0.0'),
      identityId: identityId(world.emu),
    });
    const stored = world.emu.control.listResources('Microsoft.VirtualMachineImages/imageTemplates')[0]!.body as any;
    expect(stored.properties.customize.map((c: any) => c.type)).toEqual(['Shell', 'File']);
    expect(stored.properties.distribute[0]).toMatchObject({
      type: 'SharedImage',
      galleryImageId: versionId(world.emu, '1.0.0'),
      runOutputName: 'gallery',
    });
    expect(stored.identity.userAssignedIdentities).toHaveProperty([identityId(world.emu)]);
  });

  it('a failed build is a terminal error with Image Builder’s message; the template is still deleted', async () => {
    world.emu.control.script('imageBuilder.runFailure', { message: 'customizer install exited 100' });
    const { result } = await runStep({ azure: world.azure, inputs: aibInputs() });
    expect(result.error).toMatchObject({ kind: 'terminal' });
    expect(result.error!.message).toMatch(
      /the Image Builder build of immutable-deploy-web-1-0-0 ended Failed: customizer install exited 100/,
    );
    expect(world.emu.control.listResources('Microsoft.VirtualMachineImages/imageTemplates')).toEqual([]);
    expect(result.stages.map((s) => s.status)).toEqual(['failed', 'not-run']);
  });

  it('bake timeout: bounded by the clock port; the run is cancelled, the error names the last state', async () => {
    // Azure asks for a poll a minute (Retry-After 60) and the build never ends.
    const minute = {
      ...world.azure,
      imageBuilder: {
        ...world.azure.imageBuilder,
        run: async (ref: any, o: any) => ({ ...(await world.azure.imageBuilder.run(ref, o)), pollAfterMs: 60_000 }),
        status: async (ref: any, o: any) => ({
          ...(await world.azure.imageBuilder.status(ref, o)),
          pollAfterMs: 60_000,
        }),
      },
    };
    world.emu.control.addFault({ kind: 'lro-never-ends', operation: 'VirtualMachineImageTemplates_Run' });
    const clock = new ManualClock(world.emu.control.now().getTime());
    const sleep = manualSleep(clock);
    const { result, host } = await runStep({
      azure: minute,
      clock,
      sleep,
      inputs: aibInputs({ 'bake-timeout': '10m' }),
    });
    expect(result.error).toMatchObject({ kind: 'transient' });
    expect(result.error!.message).toMatch(
      /did not finish within 10m \(input 'bake-timeout'; last state Running\/\w+\); it was asked to cancel/,
    );
    expect(sleep.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(600_000);
    expect(sleep.sleeps.every((s) => s === 60_000)).toBe(true);
    expect(world.emu.requests.some((r) => r.operation === 'VirtualMachineImageTemplates_Cancel')).toBe(true);
    expect(
      host.logs().filter((l) => l.startsWith('Image Builder immutable-deploy-web-1-0-0: Running')).length,
    ).toBeGreaterThan(0);
  });

  it('needs an identity and the gallery: input errors before any request', async () => {
    const inputs = aibInputs();
    delete inputs['image-builder-identity'];
    const { result } = await runStep({ azure: world.azure, inputs });
    expect(result.error!.message).toMatch(/'image-builder-identity' is required/);
    expect(world.emu.requests).toEqual([]);
  });

  it('a missing image definition fails before the template is created', async () => {
    world.emu.control.deleteResource(definitionId(world.emu, DEFINITION));
    world.emu.control.clearRequests();
    const { result } = await runStep({ azure: world.azure, inputs: aibInputs() });
    expect(result.error!.message).toMatch(/image definition 'web' does not exist/);
    expect(writes(world.emu)).toEqual([]);
  });
});

export { RG };
