import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedDemoWorld, type DemoWorld } from '../../src/emulator/demo-world.js';
import { startEmulator, type Emulator, type RecordedExchange } from '../../src/emulator/index.js';
import { runStages } from '../stages-slotswap/context.js';
import { SPEC_FILES, coveredOperations, validateTraffic, writeTraffic, type SpecName } from './oav.js';

/**
 * The engine's own traffic (demo-like releases run in-process through the real SDK ports) validated
 * with `oav validate-traffic` against the vendored spec file of each provider that has one
 * (specs/NOTE.md lists them and what is not vendored yet): release 1 bakes with Image Builder,
 * publishes, deploys blue-green, verifies and cleans up; release 2's instances turn unhealthy after
 * the switch and the engine switches back; release 3 swaps an App Service slot.
 */
const probes = { 'probe-successes': '2', 'probe-interval': '20ms', 'probe-timeout': '20s', 'probe-failure-limit': '2' };

function connection(emu: Emulator): Record<string, string> {
  return {
    cloud: 'Custom',
    'arm-endpoint': emu.endpoint,
    'ca-file': emu.caFile,
    auth: 'static-token',
    'access-token': 'emulator-token',
    'subscription-id': emu.subscriptionId,
    'resource-group': DEMO.resourceGroup,
  };
}

function blueGreen(world: DemoWorld, inline: string, stages: string): Record<string, string> {
  return {
    stages,
    builder: 'image-builder',
    'image-builder-source': 'Canonical:ubuntu-24_04-lts:server:latest',
    'image-builder-identity': world.identityId,
    'image-builder-customizers': `- type: Shell\n  name: install\n  inline: [${inline}]`,
    'gallery-name': DEMO.gallery,
    'image-definition': DEMO.definition,
    'target-regions': `${DEMO.location},northeurope`,
    strategy: 'blue-green',
    'scale-set': DEMO.scaleSet,
    'load-balancer': DEMO.loadBalancer,
    'preview-port': String(DEMO.previewPort),
    'live-url': world.liveUrl,
    'preview-url': world.previewUrl,
    'deploy-timeout': '20m',
    ...probes,
  };
}

/** Release 2's fault: the new version fails its health checks once the live rule points at its pool. */
function unhealthyAfterSwitch(emu: Emulator, world: DemoWorld): () => void {
  const timer = setInterval(() => {
    const lb = emu.control.getResource(world.loadBalancerId) as
      | {
          properties?: {
            loadBalancingRules?: { name: string; properties?: { backendAddressPool?: { id?: string } } }[];
          };
        }
      | undefined;
    const live = lb?.properties?.loadBalancingRules?.find((r) => r.name === 'live');
    if (!live?.properties?.backendAddressPool?.id?.endsWith(`/${DEMO.scaleSet}-blue`)) return;
    emu.control.health.unhealthyImage('/versions/1.0.2');
    clearInterval(timer);
  }, 5);
  return () => clearInterval(timer);
}

describe("the engine's recorded traffic validates with oav validate-traffic", () => {
  const recorded: RecordedExchange[] = [];
  let emu: Emulator;
  let dir: string;

  beforeAll(async () => {
    emu = await startEmulator({ timeScale: 2000, seed: 42, pageSize: 2, record: (x) => recorded.push(x) });
    dir = mkdtempSync(join(tmpdir(), 'oav-engine-'));
  });
  afterAll(async () => {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records three demo releases: live, switched back, swapped', async () => {
    const world = await seedDemoWorld(emu);
    const first = await runStages(emu, {
      ...connection(emu),
      ...blueGreen(world, '"apt-get install -y nginx"', 'all'),
      'keep-versions': '1',
    });
    expect(first.result.status).toBe('succeeded');
    const stop = unhealthyAfterSwitch(emu, world);
    const second = await runStages(emu, {
      ...connection(emu),
      ...blueGreen(world, '"apt-get install -y leaky-agent"', 'bake,publish,deploy,verify'),
    }).finally(stop);
    expect(second.result.outputs).toMatchObject({ imageVersion: '1.0.2', rolledBack: true });
    const third = await runStages(emu, {
      ...connection(emu),
      stages: 'deploy,verify',
      strategy: 'slot-swap',
      'app-service': DEMO.site,
      slot: DEMO.slot,
      'container-image': 'contoso.azurecr.io/shop:2.0.0',
      'live-url': world.siteUrl,
      'preview-url': world.slotUrl,
      'deploy-timeout': '10m',
      ...probes,
    });
    expect(third.result.outputs).toMatchObject({ swapped: true, verifyResult: 'passed' });
  }, 60_000);

  const expected: Record<SpecName, string[]> = {
    gallery: [
      'Galleries_CreateOrUpdate',
      'Galleries_Get',
      'GalleryImageVersions_CreateOrUpdate',
      'GalleryImageVersions_Get',
      'GalleryImageVersions_ListByGalleryImage',
      'GalleryImages_CreateOrUpdate',
      'GalleryImages_Get',
    ],
    imageBuilder: [
      'VirtualMachineImageTemplates_CreateOrUpdate',
      'VirtualMachineImageTemplates_Delete',
      'VirtualMachineImageTemplates_Get',
      'VirtualMachineImageTemplates_GetRunOutput',
      'VirtualMachineImageTemplates_List',
      'VirtualMachineImageTemplates_ListByResourceGroup',
      'VirtualMachineImageTemplates_Run',
    ],
  };

  for (const name of Object.keys(expected) as SpecName[]) {
    it(`oav finds no error in the ${name} traffic`, async () => {
      const spec = SPEC_FILES[name];
      const traffic = recorded.filter((x) => spec.operations.test(x.operation ?? ''));
      writeTraffic(join(dir, name), traffic);
      const { validator, problems } = await validateTraffic(spec.file, join(dir, name));
      expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
      expect(validator.operationUndefinedResult).toBe(0);
      expect(coveredOperations(validator)).toEqual(expected[name]);
    }, 30_000);
  }

  /** One planted wrong response per spec file: each must come back as exactly these oav error codes. */
  const planted: Record<SpecName, { operation: string; break: (body: Body) => void; codes: string[] }> = {
    gallery: {
      operation: 'GalleryImageVersions_Get',
      break: (b) => {
        delete b['location']; // TrackedResource requires it
        at(b, 'properties', 'publishingProfile', 'targetRegions', 0)['regionalReplicaCount'] = 'two'; // int32
      },
      codes: ['INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
    },
    imageBuilder: {
      operation: 'VirtualMachineImageTemplates_Get',
      break: (b) => {
        delete b['identity']; // ImageTemplate requires it
        at(b, 'properties', 'lastRunStatus')['runState'] = 'Halfway'; // closed enum RunState (modelAsString: false)
        at(b, 'properties')['buildTimeoutInMinutes'] = 'long'; // int32
      },
      codes: ['ENUM_MISMATCH', 'INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
    },
  };

  for (const name of Object.keys(planted) as SpecName[]) {
    it(`the ${name} check has teeth: a planted wrong response is reported`, async () => {
      const { operation, break: plant, codes } = planted[name];
      const ok = recorded
        .filter((x) => x.operation === operation && x.response.statusCode === 200)
        .find((x) => name !== 'imageBuilder' || at(x.response.body as Body, 'properties')['lastRunStatus']);
      expect(ok, `a recorded ${operation} 200`).toBeDefined();
      const broken = structuredClone(ok!);
      plant(broken.response.body as Body);
      const teeth = join(dir, `${name}-teeth`);
      writeTraffic(teeth, [broken]);
      const { problems } = await validateTraffic(SPEC_FILES[name].file, teeth);
      expect(problems.map((p) => p.code).sort()).toEqual(codes);
    }, 30_000);
  }
});

type Body = Record<string, unknown>;
/** The object at a path of a response body (a test fixture: throws when the path is absent). */
function at(body: Body, ...path: (string | number)[]): Body {
  let node: unknown = body;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  if (typeof node !== 'object' || node === null) throw new Error(`no object at ${path.join('.')}`);
  return node as Body;
}
