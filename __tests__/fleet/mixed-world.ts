/**
 * A mixed fleet world: a rolling scale set (web1, on load balancer 'lb'), a blue-green pair
 * (bg-blue live, bg-green to come, behind load balancer 'lb-bg' with a preview rule), and an App
 * Service web app (shop, container 1.0.0, with a staging slot) — the image targets on gallery image
 * 1.0.0, with 2.0.0 to release; the web app releases its own container image, not the gallery's.
 */
import { RG, poll, waitForRotation } from '../emulator-deploy/helpers.js';
import { scaleSetModel, seedImageVersion } from '../stages-deploy/harness.js';
import { createSite, image, siteId } from '../stages-slotswap/world.js';
import { fleetWorld, type FleetWorld } from './world.js';
import { createPairLoadBalancer } from '../stages-bluegreen/pair-lb.js';

export const bgLbId = (w: FleetWorld) => `${w.h.rgId}/providers/Microsoft.Network/loadBalancers/lb-bg`;

/** `v2Regions`: where 2.0.0 is replicated (the web app's region need not be among them). */
export async function mixedWorld(v2Regions: string[]): Promise<FleetWorld> {
  const base = await fleetWorld(1, { capacity: 1, seedV2: false });
  const w = { ...base, v2: seedImageVersion(base.h, '2.0.0', v2Regions) };
  await createBlueGreen(w);
  await createSite(w.h, '1.0.0');
  return w;
}

async function createBlueGreen(w: FleetWorld): Promise<void> {
  const id = bgLbId(w);
  await createPairLoadBalancer(w.h, 'lb-bg', 'bg');
  const model = scaleSetModel(w.h, w.v1, { capacity: 1 });
  const nic = model.virtualMachineProfile!.networkProfile!.networkInterfaceConfigurations![0]!;
  model.virtualMachineProfile!.networkProfile = {
    healthProbe: { id: `${id}/probes/http` },
    networkInterfaceConfigurations: [
      {
        ...nic,
        ipConfigurations: [
          { name: 'ipc', loadBalancerBackendAddressPools: [{ id: `${id}/backendAddressPools/bg-blue` }] },
        ],
      },
    ],
  };
  await w.h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'bg-blue', model, poll);
  await waitForRotation(w.h, id, 80, `${w.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/bg-blue`);
}

/** The blue-green target's own inputs (its endpoints are the emulator's loopback frontends). */
export const blueGreenTarget = (w: FleetWorld, region: string) => ({
  name: 'bg',
  region,
  strategy: 'blue-green',
  'scale-set': 'bg',
  'load-balancer': 'lb-bg',
  'preview-port': '8081',
  'remote-access': 'allow',
  'live-url': `${w.h.emu.control.endpointFor(bgLbId(w), 80)}/healthz`,
  'preview-url': `${w.h.emu.control.endpointFor(bgLbId(w), 8081)}/healthz`,
});

/** The web app target: it deploys container image `tag`, through its staging slot. */
export const slotSwapTarget = (w: FleetWorld, region: string, tag: string) => ({
  name: 'shop',
  region,
  strategy: 'slot-swap',
  'app-service': 'shop',
  'container-image': image(tag),
  'warmup-path': '/healthz',
  'live-url': `${w.h.emu.control.urlFor(siteId(w.h))}/healthz`,
  'preview-url': `${w.h.emu.control.urlFor(siteId(w.h), 'staging')}/healthz`,
});
