/** Runs the engine's deploy / verify / rollback stages through the real SDKs against the emulator. */
import { NetworkManagementClient } from '@azure/arm-network';
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import { createAzurePorts } from '../../src/azure/index.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { runEngine } from '../../src/core/run/runner.js';
import type { RunResult } from '../../src/core/run/result.js';
import { createCommandRunner } from '../../src/runtime/command-runner.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { RecordingHost } from '../core/fakes.js';
import {
  credential,
  LOCATION,
  poll,
  RG,
  seedImageVersion as seedVersionOnly,
  startHarness,
  waitForRotation,
  type Harness,
} from '../emulator-deploy/helpers.js';

/**
 * The Application Health extension: the only source of per-instance health (`vmHealth`) in Azure —
 * a load balancer probe as `healthProbe` does not report it. Worlds whose tests mean instance health add it.
 */
const APP_HEALTH_EXTENSION = {
  name: 'HealthExtension',
  // The SDK's flattened shape (properties.type is `typePropertiesType`).
  publisher: 'Microsoft.ManagedServices',
  typePropertiesType: 'ApplicationHealthLinux',
  typeHandlerVersion: '1.0',
  autoUpgradeMinorVersion: true,
  settings: { protocol: 'http', port: 8080, requestPath: '/health' },
};

export { RG, LOCATION, poll, type Harness };

/** A gallery image version with its gallery and image definition (reads of a version need its parents). */
export function seedImageVersion(h: Harness, version: string, regions: string[] = [LOCATION]): string {
  const gallery = `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
  if (!h.emu.control.getResource(gallery)) {
    h.emu.control.seedResource({
      id: gallery,
      body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
    });
    h.emu.control.seedResource({
      id: `${gallery}/images/app`,
      body: {
        location: LOCATION,
        properties: {
          provisioningState: 'Succeeded',
          osType: 'Linux',
          osState: 'Generalized',
          hyperVGeneration: 'V2',
          identifier: { publisher: 'p', offer: 'o', sku: 's' },
        },
      },
    });
  }
  return seedVersionOnly(h, version, regions);
}

export async function start(options: { pageSize?: number; timeScale?: number } = {}): Promise<Harness> {
  const h = await startHarness({ timeScale: options.timeScale ?? 20_000, pageSize: options.pageSize ?? 2 });
  h.emu.control.setInstanceTimings({ bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 });
  return h;
}

export const lbId = (h: Harness) => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
export const ssId = (h: Harness, name = 'web') =>
  `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;

export async function createLoadBalancer(h: Harness): Promise<string> {
  const id = lbId(h);
  await h.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      sku: { name: 'Standard' },
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: 'pool' }],
      probes: [
        { name: 'http', protocol: 'Http', port: 80, requestPath: '/health', intervalInSeconds: 5, numberOfProbes: 1 },
      ],
      loadBalancingRules: [
        {
          name: 'http',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 8080,
          frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/fe` },
          backendAddressPool: { id: `${id}/backendAddressPools/pool` },
          probe: { id: `${id}/probes/http` },
        },
      ],
    },
    poll,
  );
  return h.emu.control.endpointFor(id, 80)!;
}

export interface ScaleSetOptions {
  capacity?: number;
  mode?: 'Manual' | 'Automatic' | 'Rolling';
  rolling?: object;
  nsgId?: string;
  passwordAuth?: boolean;
  publicIp?: boolean;
  name?: string;
}

export function scaleSetModel(
  h: Harness,
  image: string | { publisher: string; offer: string; sku: string; version: string },
  o: ScaleSetOptions = {},
): VirtualMachineScaleSet {
  return {
    location: LOCATION,
    sku: { name: 'Standard_B2s', capacity: o.capacity ?? 5 },
    upgradePolicy: {
      mode: o.mode ?? 'Manual',
      rollingUpgradePolicy: { maxBatchInstancePercent: 20, pauseTimeBetweenBatches: 'PT0S', ...o.rolling },
    },
    virtualMachineProfile: {
      storageProfile: { imageReference: typeof image === 'string' ? { id: image } : image },
      osProfile: {
        computerNamePrefix: 'web',
        adminUsername: 'azureuser',
        linuxConfiguration: {
          disablePasswordAuthentication: !o.passwordAuth,
          ssh: { publicKeys: [{ path: '/home/azureuser/.ssh/authorized_keys', keyData: 'ssh-ed25519 AAAA' }] },
        },
      },
      extensionProfile: { extensions: [APP_HEALTH_EXTENSION] },
      networkProfile: {
        healthProbe: { id: `${lbId(h)}/probes/http` },
        networkInterfaceConfigurations: [
          {
            name: 'nic',
            primary: true,
            ...(o.nsgId ? { networkSecurityGroup: { id: o.nsgId } } : {}),
            ipConfigurations: [
              {
                name: 'ipc',
                subnet: { id: `${h.rgId}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default` },
                loadBalancerBackendAddressPools: [{ id: `${lbId(h)}/backendAddressPools/pool` }],
                ...(o.publicIp ? { publicIPAddressConfiguration: { name: 'pip' } } : {}),
              },
            ],
          },
        ],
      },
    },
  };
}

export async function createScaleSet(h: Harness, image: string, o: ScaleSetOptions = {}): Promise<void> {
  await h.compute.virtualMachineScaleSets.createOrUpdate(RG, o.name ?? 'web', scaleSetModel(h, image, o), poll);
  await waitForRotation(h, lbId(h), 80, ssId(h, o.name ?? 'web'));
}

/** The inputs that sign in to the emulator with a static token, and the target's resource group. */
export const azureInputs = (h: Harness): Record<string, string> => ({
  cloud: 'Custom',
  'arm-endpoint': h.emu.endpoint,
  'ca-file': h.emu.caFile,
  auth: 'static-token',
  'access-token': 'emulator-token',
  'subscription-id': h.emu.subscriptionId,
  'resource-group': RG,
});

export function baseInputs(h: Harness, extra: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    ...azureInputs(h),
    'scale-set': 'web',
    'probe-interval': '10ms',
    'probe-successes': '2',
    'probe-request-timeout': '2s',
    'probe-timeout': '20s',
    ...extra,
  };
}

export interface EngineRun {
  result: RunResult;
  host: RecordingHost;
}

/** Runs the engine on the inputs; `onHost` may arm cancellation. */
export async function runSteps(
  h: Harness,
  inputs: Record<string, string | undefined>,
  onHost?: (host: RecordingHost) => void,
): Promise<EngineRun> {
  const settings = parseSettings((name) => inputs[name]);
  const host = new RecordingHost();
  onHost?.(host);
  let ports: ReturnType<typeof createAzurePorts> | undefined;
  const result = await runEngine(settings, {
    host,
    clock: systemClock,
    sleep: realSleep,
    http: createHttpClient(),
    commands: createCommandRunner(),
    azure: () =>
      (ports ??= createAzurePorts({
        endpoint: h.emu.endpoint,
        caFile: h.emu.caFile,
        subscriptionId: h.emu.subscriptionId,
        credential,
        pollIntervalMs: 5,
      })),
  });
  return { result, host };
}

export const versions = (h: Harness, name = 'web') =>
  h.emu.control.scaleSetInstances(ssId(h, name)).map((i) => i.version);
export const tagsOf = (h: Harness, name = 'web') =>
  (h.emu.control.getResource(ssId(h, name))?.['tags'] ?? {}) as Record<string, string>;
export const writes = (h: Harness) => h.emu.requests.filter((r) => r.write);
export { NetworkManagementClient };
