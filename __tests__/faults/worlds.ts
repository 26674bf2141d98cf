/**
 * The three deploy targets of the fault matrix, each on one emulator harness: what a cell seeds,
 * the inputs a user would pass, what live traffic gets, and what a consistent target looks like.
 * No test hooks here: the matrix script (scripts/fault-matrix.ts) uses these outside vitest.
 */
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import { COLOUR_TAG } from '../../src/core/deploy/blue-green/colours.js';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { LOCATION, poll, requestLoop, RG, seedImageVersion, type Harness } from '../emulator-deploy/helpers.js';
import {
  createLoadBalancer,
  createScaleSet,
  seedImageVersion as seedVersionWithParents,
  ssId,
} from '../stages-deploy/harness.js';
import { createSite, image, inputs as slotInputs, siteId } from '../stages-slotswap/world.js';
import { createPairLoadBalancer } from '../stages-bluegreen/pair-lb.js';

export type Strategy = 'rolling' | 'blue-green' | 'slot-swap';
/** A deploy world: a strategy's first release, or blue-green's second (the idle colour exists). */
export type WorldId = Strategy | 'blue-green-again';
export const OLD = '1.0.0';
export const NEW = '2.0.0';

export interface World {
  readonly strategy: Strategy;
  /** Seeds the target with OLD live; clears the request log. */
  setup(h: Harness): Promise<void>;
  /** The deploy of NEW, as a user passes it (kebab-case inputs). */
  inputs(h: Harness, extra: Record<string, string>): Record<string, string>;
  /** The versions live traffic gets; a failed request is a problem, not a version. */
  served(h: Harness): Promise<{ versions: string[]; failures: number }>;
  /**
   * Half-switched or Failed resources, in words (empty when consistent). `interrupted`: a run
   * stopped mid-rollout, where a rolling fleet may mix both versions under the record's intent.
   */
  problems(h: Harness, interrupted: boolean): string[];
  /** The deploy lock's tag on the lease target. */
  lease(h: Harness): string | undefined;
  /** The resource whose tags hold the lease, for the SIGKILL unlock. */
  readonly leaseTarget: { kind: 'scale-set' | 'load-balancer' | 'web-app'; name: string };
}

type Body = { tags?: Record<string, string>; properties?: Record<string, unknown> };
const body = (h: Harness, id: string) => (h.emu.control.getResource(id) ?? {}) as Body;
const failed = (h: Harness, id: string, what: string) =>
  body(h, id).properties?.['provisioningState'] === 'Failed' ? [`${what} is in provisioning state Failed`] : [];
const lbId = (h: Harness) => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;

async function servedAt(url: string): Promise<{ versions: string[]; failures: number }> {
  const r = await requestLoop(url, () => false, { maxRequests: 12, maxMs: 5000 });
  return { versions: [...r.versions.keys()].sort(), failures: r.failures.length };
}

const modelVersion = (h: Harness, name: string): string | undefined => {
  const p = body(h, ssId(h, name)).properties as
    { virtualMachineProfile?: { storageProfile?: { imageReference?: { id?: string } } } } | undefined;
  return p?.virtualMachineProfile?.storageProfile?.imageReference?.id?.split('/').pop();
};

export const rolling: World = {
  strategy: 'rolling',
  leaseTarget: { kind: 'scale-set', name: 'web' },
  async setup(h) {
    h.emu.control.setInstanceTimings({ bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 });
    const v1 = seedVersionWithParents(h, OLD);
    seedVersionWithParents(h, NEW);
    await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 4, mode: 'Manual' });
    h.emu.control.clearRequests();
  },
  inputs: (h, extra) => ({
    'resource-group': RG,
    'scale-set': 'web',
    'image-id': `${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/${NEW}`,
    'max-batch-percent': '50',
    'probe-interval': '10ms',
    'probe-successes': '2',
    'probe-request-timeout': '2s',
    'probe-timeout': '20s',
    ...extra,
  }),
  served: (h) => servedAt(h.emu.control.endpointFor(lbId(h), 80)!),
  problems(h, interrupted) {
    const instances = h.emu.control.scaleSetInstances(ssId(h)).map((i) => i.version);
    const model = modelVersion(h, 'web');
    const mixed =
      !interrupted && instances.some((v) => v !== model)
        ? [`scale set web runs ${instances.join(', ')} under a model on ${model}`]
        : [];
    return [...mixed, ...failed(h, ssId(h), 'scale set web'), ...failed(h, lbId(h), 'load balancer lb')];
  },
  lease: (h) => body(h, ssId(h)).tags?.[LOCK_TAG],
};

export const blueGreen: World = {
  strategy: 'blue-green',
  leaseTarget: { kind: 'load-balancer', name: 'lb' },
  async setup(h) {
    const gallery = `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
    h.emu.control.seedResource({
      id: gallery,
      body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
    });
    const identifier = { publisher: 'c', offer: 'app', sku: 'v1' };
    h.emu.control.seedResource({
      id: `${gallery}/images/app`,
      body: {
        location: LOCATION,
        properties: {
          osType: 'Linux',
          osState: 'Generalized',
          hyperVGeneration: 'V2',
          identifier,
          provisioningState: 'Succeeded',
        },
      },
    });
    const v1 = seedImageVersion(h, OLD);
    seedImageVersion(h, NEW);
    const id = lbId(h);
    await createPairLoadBalancer(h, 'lb', 'web');
    const pool = { id: `${id}/backendAddressPools/web-blue` };
    const model: VirtualMachineScaleSet = {
      location: LOCATION,
      sku: { name: 'Standard_B2s', capacity: 2 },
      upgradePolicy: { mode: 'Manual' },
      virtualMachineProfile: {
        storageProfile: { imageReference: { id: v1 } },
        osProfile: {
          computerNamePrefix: 'web',
          adminUsername: 'azureuser',
          linuxConfiguration: { disablePasswordAuthentication: true },
        },
        networkProfile: {
          healthProbe: { id: `${id}/probes/http` },
          networkInterfaceConfigurations: [
            {
              name: 'nic',
              primary: true,
              ipConfigurations: [{ name: 'ipc', loadBalancerBackendAddressPools: [pool] }],
            },
          ],
        },
      },
    };
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web-blue', model, poll);
    h.emu.control.clearRequests();
  },
  inputs: (h, extra) => ({
    'resource-group': RG,
    strategy: 'blue-green',
    'scale-set': 'web',
    'load-balancer': 'lb',
    'image-id': `${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/${NEW}`,
    'preview-port': '8081',
    // Engine time runs 200× faster: '20m' is 6 s of real time for a healthy colour to answer.
    'probe-timeout': '20m',
    'remote-access': 'allow',
    'live-url': `${h.emu.control.endpointFor(lbId(h), 80)!}/healthz`,
    'preview-url': `${h.emu.control.endpointFor(lbId(h), 8081)!}/healthz`,
    ...extra,
  }),
  served: (h) => servedAt(h.emu.control.endpointFor(lbId(h), 80)!),
  problems(h) {
    const lb = body(h, lbId(h)).properties as {
      loadBalancingRules?: { name: string; properties: { backendAddressPool: { id: string } } }[];
    };
    const pools = (lb.loadBalancingRules ?? []).map((r) => r.properties.backendAddressPool.id.split('/').pop());
    // Live and preview on the same colour (or on none) is a switch left half-way.
    const half = new Set(pools).size !== pools.length ? [`load balancer rules share a pool: ${pools.join(', ')}`] : [];
    // The colour behind the live rule serves production; an idle colour left Failed serves nothing.
    const liveColour = pools[0] ?? 'web-blue';
    return [
      ...half,
      ...failed(h, lbId(h), 'load balancer lb'),
      ...failed(h, ssId(h, liveColour), `live scale set ${liveColour}`),
    ];
  },
  lease: (h) => body(h, lbId(h)).tags?.[LOCK_TAG],
};

export const slotSwap: World = {
  strategy: 'slot-swap',
  leaseTarget: { kind: 'web-app', name: 'shop' },
  setup: (h) => createSite(h, OLD),
  inputs: (h, extra) => slotInputs(h, { 'container-image': image(NEW), ...extra }),
  served: (h) => servedAt(h.emu.control.urlFor(siteId(h))!),
  problems(h) {
    const site = body(h, siteId(h)).properties as { slotSwapStatus?: unknown } | undefined;
    const swapping =
      h.emu.control.listResources('Microsoft.Web/sites/slots').length === 0 ? ['slot staging is gone'] : [];
    return [
      ...swapping,
      ...failed(h, siteId(h), 'web app shop'),
      ...(site === undefined ? ['web app shop is gone'] : []),
    ];
  },
  lease: (h) => body(h, siteId(h)).tags?.[LOCK_TAG],
};

/** The version the idle colour of a second release still runs (older than OLD). */
export const OLDER = '0.9.0';

/**
 * Blue-green's second release: blue live on OLD, green idle on OLDER at the live capacity (its
 * scale-down delay not yet passed). The deploy scales green in, re-points its model, scales it out.
 */
export const blueGreenAgain: World = {
  ...blueGreen,
  async setup(h) {
    await blueGreen.setup(h);
    const older = seedImageVersion(h, OLDER);
    const blue = await h.compute.virtualMachineScaleSets.get(RG, 'web-blue');
    const nic = blue.virtualMachineProfile!.networkProfile!.networkInterfaceConfigurations![0]!;
    const pool = { id: `${lbId(h)}/backendAddressPools/web-green` };
    const green: VirtualMachineScaleSet = {
      location: LOCATION,
      sku: blue.sku,
      upgradePolicy: { mode: 'Manual' },
      tags: { [COLOUR_TAG]: 'green' },
      virtualMachineProfile: {
        ...blue.virtualMachineProfile,
        storageProfile: { imageReference: { id: older } },
        networkProfile: {
          ...blue.virtualMachineProfile!.networkProfile,
          networkInterfaceConfigurations: [
            { ...nic, ipConfigurations: [{ name: 'ipc', loadBalancerBackendAddressPools: [pool] }] },
          ],
        },
      },
    };
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web-green', green, poll);
    h.emu.control.clearRequests();
  },
};

export const WORLDS: Record<WorldId, World> = {
  rolling,
  'blue-green': blueGreen,
  'slot-swap': slotSwap,
  'blue-green-again': blueGreenAgain,
};
