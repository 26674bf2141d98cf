/** The bake stage through the real PackerPort and the real Packer (Debian's 1.6.6). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, expect, it } from 'vitest';
import { createPackerPort } from '../../src/packer/port.js';
import { TAGS } from '../../src/core/publish/provenance.js';
import { describeWithPacker, REAL_PACKER } from '../packer/helpers.js';
import {
  LOCATION,
  RG,
  managedImageId,
  publishInputs,
  runStep,
  versionId,
  writes,
  useGalleryWorld,
  resetGallery,
} from './helpers.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const RECORDING = join(HERE, '../packer/fixtures/azure-arm/managed-image.machine-readable.txt');
const SECRET = 'pa55-w0rd-never-shown';

const world = useGalleryWorld();
beforeEach(() => resetGallery(world.emu));

const packer = () =>
  createPackerPort({
    packerPath: join(FIXTURES, 'packer-azure-shim.sh'),
    cwd: FIXTURES,
    env: {
      REAL_PACKER: REAL_PACKER ?? 'packer',
      SHIM_SUBSCRIPTION: world.emu.subscriptionId,
      SHIM_RESOURCE_GROUP: RG,
      SHIM_RECORDING: RECORDING,
    },
    cancelGraceMs: 2000,
  });

const inputs = (extra: Record<string, string> = {}) =>
  publishInputs({
    stages: 'bake,publish',
    'packer-template': 'packer',
    'packer-variables': `region: northeurope\ntoken: ${SECRET}`,
    'packer-secret-variables': 'token',
    'base-image-version': 'Canonical:ubuntu-24_04-lts:server:24.04.202503180',
    ...extra,
  });

describeWithPacker('bake with the real Packer', () => {
  it('runs validate and build, reads the azure-arm artifact, publishes it and masks the secret', async () => {
    // What the azure-arm builder would have created (the recording names it).
    const image = managedImageId(world.emu, 'api-20250109-1200');
    world.emu.control.seedResource({
      id: image,
      body: {
        location: LOCATION,
        properties: {
          storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
          provisioningState: 'Succeeded',
        },
      },
    });
    const { result, host } = await runStep({ azure: world.azure, packer: packer(), inputs: inputs() });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({
      baked: true,
      managedImageId: image,
      imageVersion: '1.0.0',
      imageId: versionId(world.emu, '1.0.0'),
    });
    expect(result.stages[0]!.message).toMatch(/^baked .*api-20250109-1200 with Packer 1\.6\.6/);
    const log = host.logs().join('\n');
    expect(log).toContain('region=northeurope');
    expect(log).toContain('token=***');
    expect(host.everything()).not.toContain(SECRET);
    expect((world.emu.control.getResource(versionId(world.emu, '1.0.0')) as any).tags[TAGS.bakeKey]).toBe(
      result.outputs.bakeKey,
    );
    expect(world.emu.control.getResource(image)).toBeUndefined();

    // The same template and variables again: a cache hit, Packer does not run.
    world.emu.control.clearRequests();
    const again = await runStep({ azure: world.azure, packer: packer(), inputs: inputs() });
    expect(again.result.outputs).toMatchObject({
      baked: false,
      imageVersion: '1.0.0',
      bakeKey: result.outputs.bakeKey,
    });
    expect(again.host.logs().join('\n')).not.toContain('region=northeurope');
    expect(writes(world.emu)).toEqual([]);
  }, 30_000);

  it('a missing template is an input error before any request', async () => {
    const { result } = await runStep({
      azure: world.azure,
      packer: packer(),
      inputs: inputs({ 'packer-template': 'nope.pkr.hcl', 'base-image-version': '' }),
    });
    expect(result.error).toMatchObject({ kind: 'input' });
    expect(result.error!.message).toMatch(/input 'packer-template': .*nope\.pkr\.hcl is not found/);
    expect(writes(world.emu)).toEqual([]);
  });

  it('a template that builds no Azure image fails clearly', async () => {
    const plain = createPackerPort({ cwd: FIXTURES, cancelGraceMs: 2000 });
    const { result } = await runStep({ azure: world.azure, packer: plain, inputs: inputs() });
    expect(result.error).toMatchObject({ kind: 'terminal' });
    expect(result.error!.message).toMatch(/succeeded but produced no Azure image/);
    expect(writes(world.emu)).toEqual([]);
  }, 30_000);
});
