/**
 * Plan mode (dry-run) of bake and publish against the emulator through the real SDKs: every read
 * happens, the request log holds ZERO writes, and the planned lines are exact.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { formatWrite } from '../../src/core/plan/action.js';
import type { RunResult } from '../../src/core/run/result.js';
import { TAGS } from '../../src/core/publish/provenance.js';
import { FakePacker } from '../stages-build/fake-packer.js';
import {
  LOCATION,
  managedImageId,
  publishInputs,
  runStep,
  seedManagedImage,
  seedVersion,
  versionId,
  writes,
  useGalleryWorld,
  resetGallery,
  UBUNTU,
  identityId,
  DEFINITION,
} from '../stages-build/helpers.js';

const world = useGalleryWorld();

/** A fresh gallery per test (the definition too, unless `definition` is false). */
const fresh = (definition = true) => resetGallery(world.emu, { definition: definition ? DEFINITION : false });

const RESOLVED = `${UBUNTU}:24.04.202503180`;
/** The planned lines of the run, stage by stage. */
const lines = (result: RunResult) => (result.plan ?? []).map((w) => `${w.stage}: ${formatWrite(w)}`);
const short = (key: string | undefined) => key!.slice(0, 12);

function neverBakes(): FakePacker {
  return new FakePacker(() => {
    throw new Error('plan mode must never run Packer');
  });
}

const packerInputs = (extra: Record<string, string> = {}) =>
  publishInputs({
    stages: 'bake,publish',
    'dry-run': 'true',
    'packer-template': 'build.pkr.hcl',
    'base-image-version': `${UBUNTU}:latest`,
    'packer-variables': 'region=westeurope',
    ...extra,
  });

const aibInputs = (extra: Record<string, string> = {}) =>
  publishInputs({
    stages: 'bake,publish',
    'dry-run': 'true',
    builder: 'image-builder',
    'image-builder-source': `${UBUNTU}:latest`,
    'image-builder-identity': identityId(world.emu),
    'image-builder-customizers': '- type: shell\n  name: install\n  inline: ["apt-get update"]',
    'target-regions': 'westeurope,northeurope:2',
    ...extra,
  });

describe('plan mode: bake with Packer, then publish', () => {
  beforeEach(() => fresh());

  it('cache miss: plans the Packer run and the publish of the image it would build; never runs Packer; zero writes', async () => {
    seedVersion(world.emu, '1.2.0');
    world.emu.control.clearRequests();
    const packer = neverBakes();
    const { result, host } = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.dryRun).toBe(true);
    expect(packer.bakes).toEqual([]);
    expect(world.emu.requests.length).toBeGreaterThan(0);
    expect(writes(world.emu)).toEqual([]);
    const key = short(result.outputs.bakeKey);
    expect(lines(result)).toEqual([
      `bake: run Packer template build.pkr.hcl: a new image from base ${RESOLVED} (published as version 1.2.1); cache miss: no published version carries a bake key yet (bake key ${key}); Packer's own Azure writes follow the template`,
      'publish: create gallery image version gal/web 1.2.1: from the image Packer builds from build.pkr.hcl (planned), replicated to westeurope×1 Standard_LRS; image-version auto: next patch above the highest existing version 1.2.0',
      "publish: delete the image Packer builds from build.pkr.hcl (planned): the bake's intermediate image, once published ('keep-managed-image' keeps it)",
    ]);
    expect(result.outputs).toMatchObject({
      baked: true,
      imageVersion: '1.2.1',
      imageId: versionId(world.emu, '1.2.1'),
      plannedImageId: versionId(world.emu, '1.2.1'),
      replicatedRegions: [LOCATION],
    });
    expect(result.stages.map((s) => [s.name, s.status])).toEqual([
      ['bake', 'succeeded'],
      ['publish', 'succeeded'],
    ]);
    expect(host.logs()).toContain(`plan: ${lines(result)[0]!.slice('bake: '.length)}`);
    // A plan publishes only what is true without a write: no 'baked', no id of a version that does not exist.
    expect(host.outputs).toMatchObject({ result: 'planned', 'image-version': '1.2.1' });
    expect(host.outputs).not.toHaveProperty('baked');
    expect(host.outputs).not.toHaveProperty('image-id');
  });

  it('cache hit: reuses the version, plans no write at all', async () => {
    const packer = neverBakes();
    // The key of these inputs, from a first plan; then a version that carries it.
    const first = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    seedVersion(world.emu, '1.0.0', {
      tags: { [TAGS.bakeKey]: first.result.outputs.bakeKey!, [TAGS.baseImage]: RESOLVED },
    });
    world.emu.control.clearRequests();
    const { result } = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    expect(result.error).toBeUndefined();
    expect(writes(world.emu)).toEqual([]);
    expect(result.plan).toEqual([]);
    expect(result.outputs).toMatchObject({
      baked: false,
      imageVersion: '1.0.0',
      imageId: versionId(world.emu, '1.0.0'),
    });
    expect(result.stages.map((s) => [s.name, s.status])).toEqual([
      ['bake', 'succeeded'],
      ['publish', 'skipped'],
    ]);
    expect(result.stages[0]!.message).toMatch(/^cache hit: reused version 1\.0\.0/);
  });

  it('force-bake plans the bake even on a cache hit, and says why', async () => {
    const packer = neverBakes();
    const first = await runStep({ azure: world.azure, packer, inputs: packerInputs() });
    seedVersion(world.emu, '1.0.0', {
      tags: { [TAGS.bakeKey]: first.result.outputs.bakeKey!, [TAGS.baseImage]: RESOLVED },
    });
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      packer,
      inputs: packerInputs({ 'force-bake': 'true', stages: 'bake' }),
    });
    expect(writes(world.emu)).toEqual([]);
    expect(lines(result)).toEqual([
      `bake: run Packer template build.pkr.hcl: a new image from base ${RESOLVED}; force-bake is set (version 1.0.0 has this key) (bake key ${short(first.result.outputs.bakeKey)}); Packer's own Azure writes follow the template`,
    ]);
  });
});

describe('plan mode: bake with Image Builder', () => {
  beforeEach(() => fresh());

  it('plans template create, run and delete for the version it would distribute; publish adopts it with no write', async () => {
    seedVersion(world.emu, '1.0.0');
    world.emu.control.clearRequests();
    const { result } = await runStep({ azure: world.azure, inputs: aibInputs() });
    expect(result.error).toBeUndefined();
    expect(writes(world.emu)).toEqual([]);
    expect(world.emu.control.listResources('Microsoft.VirtualMachineImages/imageTemplates')).toEqual([]);
    const key = short(result.outputs.bakeKey);
    expect(lines(result)).toEqual([
      `bake: create Image Builder template immutable-deploy-web-1-0-1: source ${RESOLVED}, 1 customizer(s), Standard_D2s_v3, distributes to version 1.0.1 in westeurope×1 Standard_LRS, northeurope×2 Standard_LRS; cache miss: no published version carries a bake key yet (bake key ${key})`,
      'bake: run Image Builder template immutable-deploy-web-1-0-1: gallery image version gal/web 1.0.1; builds the image and distributes it (image-version auto: next patch above the highest existing version 1.0.0)',
      "bake: delete Image Builder template immutable-deploy-web-1-0-1: a template is removed after its build ('keep-image-template' keeps it)",
    ]);
    expect(result.outputs).toMatchObject({
      imageVersion: '1.0.1',
      imageId: versionId(world.emu, '1.0.1'),
      replicatedRegions: ['westeurope', 'northeurope'],
    });
    expect(result.stages[1]!.message).toBe('plan: version 1.0.1 comes from the bake; publish would write nothing');
  });

  it('a missing definition with create-image-definition: the definition write comes first; keep-image-template: no delete', async () => {
    fresh(false);
    const { result } = await runStep({
      azure: world.azure,
      inputs: aibInputs({
        stages: 'bake',
        'keep-image-template': 'true',
        'create-image-definition': 'true',
        'image-publisher': 'contoso',
        'image-offer': 'web',
        'image-sku': 'v1',
      }),
    });
    expect(result.error).toBeUndefined();
    expect(writes(world.emu)).toEqual([]);
    expect(lines(result).map((l) => l.split(':')[0] + ':' + l.split(':')[1])).toEqual([
      'bake: create image definition gal/web',
      'bake: create Image Builder template immutable-deploy-web-1-0-0',
      'bake: run Image Builder template immutable-deploy-web-1-0-0',
    ]);
    expect(lines(result)[0]).toBe(
      "bake: create image definition gal/web: Linux, V2, contoso/web/v1; it does not exist and 'create-image-definition' is set",
    );
  });
});

describe('plan mode: publish (builder none)', () => {
  beforeEach(() => fresh());
  const publishOnly = (extra: Record<string, string> = {}) =>
    publishInputs({ stages: 'publish', builder: 'none', 'dry-run': 'true', ...extra });

  it('auto: the next patch, the regions, the reason; zero writes', async () => {
    for (const v of ['1.0.0', '1.2.3', '1.10.0']) seedVersion(world.emu, v);
    const image = seedManagedImage(world.emu, 'img1');
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({
        'managed-image-id': image,
        'target-regions': 'westeurope, northeurope:2, eastus:1:Standard_ZRS',
      }),
    });
    expect(result.error).toBeUndefined();
    expect(writes(world.emu)).toEqual([]);
    expect(lines(result)).toEqual([
      'publish: create gallery image version gal/web 1.10.1: from managed image img1, replicated to westeurope×1 Standard_LRS, northeurope×2 Standard_LRS, eastus×1 Standard_ZRS; image-version auto: next patch above the highest existing version 1.10.0',
    ]);
    expect(result.outputs).toMatchObject({
      imageVersion: '1.10.1',
      imageId: versionId(world.emu, '1.10.1'),
      replicatedRegions: ['westeurope', 'northeurope', 'eastus'],
    });
    expect(result.stages[0]!.message).toBe('plan: would publish version 1.10.1 (1 write, none made)');
  });

  it('explicit version: planned; an explicit version already holding this image plans only its missing tags', async () => {
    const image = seedManagedImage(world.emu, 'img2');
    const planned = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '2.0.0' }),
    });
    expect(lines(planned.result)).toEqual([
      'publish: create gallery image version gal/web 2.0.0: from managed image img2, replicated to westeurope×1 Standard_LRS; image-version 2.0.0 was given explicitly',
    ]);
    seedVersion(world.emu, '2.0.0', { source: image, tags: {} });
    world.emu.control.clearRequests();
    const rerun = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '2.0.0' }),
    });
    expect(rerun.result.error).toBeUndefined();
    expect(writes(world.emu)).toEqual([]);
    expect(lines(rerun.result)).toHaveLength(1);
    expect(lines(rerun.result)[0]).toMatch(
      /^publish: tag gallery image version gal\/web 2\.0\.0: immutable-deploy\.[^;]+; its provenance tags are incomplete$/,
    );
  });

  it('bad input still fails in plan mode, before any write (a version taken by another image)', async () => {
    seedVersion(world.emu, '3.0.0', { source: managedImageId(world.emu, 'other') });
    const image = seedManagedImage(world.emu, 'img3');
    world.emu.control.clearRequests();
    const { result } = await runStep({
      azure: world.azure,
      inputs: publishOnly({ 'managed-image-id': image, 'image-version': '3.0.0' }),
    });
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/image-version 3\.0\.0 already exists .* holds another image/);
    expect(writes(world.emu)).toEqual([]);
  });
});
