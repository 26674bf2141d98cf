/**
 * The engine's traffic that the oav tests validate, recorded once per test file: three demo-like
 * releases run in-process through the real SDK ports (release 1 bakes with Image Builder, publishes,
 * deploys blue-green, verifies and cleans up; release 2's instances turn unhealthy after the switch
 * and the engine switches back; release 3 swaps an App Service slot), fault-matrix cells
 * (faults/cells.ts) that add the rolling strategy and Azure's error answers (throttling, 5xx, an
 * operation that ends Failed, each followed by the fault-free re-run), and two scenarios: a verify
 * that reads a subnet's network security group, and a rolling upgrade Azure runs that faults.
 */
// First: the engine's modules must load in the order the strategy registry needs (a module cycle).
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  LOCATION,
  poll,
  RG,
  runSteps,
  seedImageVersion,
  type Harness,
} from '../stages-deploy/harness.js';
import type { RunOutputs } from '../../src/core/run/outputs.js';
import { DEMO, seedDemoWorld, type DemoWorld } from '../../src/emulator/demo-world.js';
import { startEmulator, type Emulator, type RecordedExchange } from '../../src/emulator/index.js';
import { startHarness } from '../emulator-deploy/helpers.js';
import { FAULTS, PHASES, runCell, type FaultId } from '../faults/cells.js';
import { TIME_SCALE } from '../faults/suite.js';
import { runStages } from '../stages-slotswap/context.js';

/**
 * Engine time runs 200× real time (stages-slotswap/context.ts fastTime): the probe and deploy
 * timeouts leave seconds of real time, so a machine loaded by the rest of the suite still passes.
 */
const probes = { 'probe-successes': '2', 'probe-interval': '20ms', 'probe-timeout': '20m', 'probe-failure-limit': '2' };

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
    'deploy-timeout': '60m',
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

/** What each demo release ended with (the recording test asserts them). */
export interface DemoOutcome {
  first: { status: string; error?: { message: string } };
  second: RunOutputs;
  third: RunOutputs;
}

/** The three demo releases on one recording emulator (pageSize 2, so list calls follow nextLink). */
export async function recordDemo(record: (x: RecordedExchange) => void): Promise<DemoOutcome> {
  const emu = await startEmulator({ timeScale: 2000, seed: 42, pageSize: 2, record });
  try {
    const world = await seedDemoWorld(emu);
    const first = await runStages(emu, {
      ...connection(emu),
      ...blueGreen(world, '"apt-get install -y nginx"', 'all'),
      'keep-versions': '1',
    });
    const stop = unhealthyAfterSwitch(emu, world);
    const second = await runStages(emu, {
      ...connection(emu),
      ...blueGreen(world, '"apt-get install -y leaky-agent"', 'bake,publish,deploy,verify'),
    }).finally(stop);
    const third = await runStages(emu, {
      ...connection(emu),
      stages: 'deploy,verify',
      strategy: 'slot-swap',
      'app-service': DEMO.site,
      slot: DEMO.slot,
      'container-image': 'contoso.azurecr.io/shop:2.0.0',
      'live-url': world.siteUrl,
      'preview-url': world.slotUrl,
      'deploy-timeout': '60m',
      ...probes,
    });
    return { first: first.result, second: second.result.outputs ?? {}, third: third.result.outputs ?? {} };
  } finally {
    await emu.close();
  }
}

/**
 * Fault-matrix cells whose traffic is recorded: phase id × fault id. Together they add the rolling
 * strategy's calls (instance views, UpdateInstances, rolling upgrades) and each kind of error answer.
 */
export const FAULT_CELLS: readonly (readonly [string, FaultId])[] = [
  ['rolling-batch', '429x2'],
  ['rolling-model', 'lro-failed'],
  ['bg-switch', '500x5'],
  ['slot-swap', '503x5'],
];

/**
 * The cells and scenarios below deploy image versions their worlds seed straight into the emulator
 * (test fixtures with a publishing profile only, no storage profile): their gallery reads return
 * those fixtures, not what the gallery API makes, so they are left out. The demo covers the gallery.
 */
const withoutSeededGallery =
  (record: (x: RecordedExchange) => void) =>
  (x: RecordedExchange): void => {
    if (!/^GalleryImageVersions_/.test(x.operation ?? '')) record(x);
  };

/** Runs the cells, each on a recording emulator of its own, one after the other. */
export async function recordFaultCells(record: (x: RecordedExchange) => void): Promise<void> {
  for (const [phaseId, faultId] of FAULT_CELLS) {
    const phase = PHASES.find((p) => p.id === phaseId)!;
    const fault = FAULTS.find((f) => f.id === faultId)!;
    const h = await startHarness({ timeScale: TIME_SCALE, record: withoutSeededGallery(record) });
    try {
      await runCell(h, phase, fault);
    } finally {
      await h.emu.close();
    }
  }
}

/** Subnets_Get and NetworkSecurityGroups_Get: the remote-access gate reads the NSG on the scale set's subnet. */
async function subnetWithNsg(h: Harness): Promise<void> {
  const ssh = {
    name: 'ssh',
    protocol: 'Tcp',
    sourcePortRange: '*',
    destinationPortRange: '22',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: '*',
    access: 'Allow',
    priority: 100,
    direction: 'Inbound',
  };
  const nsg = await h.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
    RG,
    'subnet-nsg',
    { location: LOCATION, securityRules: [ssh] },
    poll,
  );
  await h.network.virtualNetworks.beginCreateOrUpdateAndWait(
    RG,
    'vnet',
    {
      location: LOCATION,
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      subnets: [{ name: 'default', addressPrefix: '10.0.0.0/24', networkSecurityGroup: { id: nsg.id! } }],
    },
    poll,
  );
}

/**
 * Two more engine runs: a verify whose remote-access gate reads the subnet and its NSG, and a
 * rolling deploy on a scale set in upgradePolicy.mode Rolling (Azure runs the upgrade) whose new
 * version is unhealthy, so the upgrade faults and the engine rolls back.
 */
export async function recordScenarios(record: (x: RecordedExchange) => void): Promise<void> {
  const h = await startHarness({ timeScale: TIME_SCALE, pageSize: 2, record: withoutSeededGallery(record) });
  try {
    h.emu.control.setInstanceTimings({ bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 });
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer(h);
    await subnetWithNsg(h);
    await createScaleSet(h, v1, { capacity: 4, mode: 'Rolling' });
    const verify = await runSteps(h, baseInputs(h, { stages: 'verify', 'remote-access': 'deny' }));
    if (verify.result.status !== 'succeeded') throw new Error(`verify: ${verify.result.error?.message}`);
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const deploy = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    if (!deploy.result.outputs.rolledBack) throw new Error(`rolling: expected a rollback, got ${deploy.result.status}`);
  } finally {
    await h.emu.close();
  }
}
