import { afterEach, beforeEach } from 'vitest';
import type { TokenCredential } from '@azure/core-auth';
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { WebSiteManagementClient } from '@azure/arm-appservice';
import { armClientOptions } from '../../src/azure/transport.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

/** Any bearer token is accepted by the emulator. */
export const credential: TokenCredential = {
  getToken: async () => ({ token: 'emulator-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/** SDK pollers: poll fast (Retry-After rounds to 0 at high time scales). */
export const poll = { updateIntervalInMs: 5 } as const;
export const LOCATION = 'westeurope';
export const RG = 'rg-deploy';

export interface Harness {
  emu: Emulator;
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  web: WebSiteManagementClient;
  rgId: string;
}

export async function startHarness(options: EmulatorOptions = {}): Promise<Harness> {
  const emu = await startEmulator({ timeScale: 600, seed: 11, ...options });
  const clientOptions = armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile });
  const resources = new ResourceManagementClient(credential, emu.subscriptionId, clientOptions);
  await resources.resourceGroups.createOrUpdate(RG, { location: LOCATION });
  return {
    emu,
    compute: new ComputeManagementClient(credential, emu.subscriptionId, clientOptions),
    network: new NetworkManagementClient(credential, emu.subscriptionId, clientOptions),
    web: new WebSiteManagementClient(credential, emu.subscriptionId, clientOptions),
    rgId: `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}`,
  };
}

/**
 * A gallery image version as the galleries provider would leave it (seeded directly so these
 * tests do not depend on the publish path).
 */
export function seedImageVersion(h: Harness, version: string, regions: string[] = [LOCATION]): string {
  const id = `${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/${version}`;
  h.emu.control.seedResource({
    id,
    body: {
      location: regions[0],
      properties: {
        provisioningState: 'Succeeded',
        publishingProfile: { targetRegions: regions.map((name) => ({ name, regionalReplicaCount: 1 })) },
      },
    },
  });
  return id;
}

export interface LoopResult {
  ok: number;
  failures: Array<{ status: number | 'error'; body: string }>;
  versions: Map<string, number>;
}

/**
 * GETs `url` in a loop until `until()` is true, at most `maxRequests` times and `maxMs` of real
 * time (loopback only, bounded). Counts versions seen and every non-200 answer.
 */
export async function requestLoop(
  url: string,
  until: () => boolean,
  limits = { maxRequests: 3000, maxMs: 20_000 },
): Promise<LoopResult> {
  const result: LoopResult = { ok: 0, failures: [], versions: new Map() };
  const started = Date.now();
  for (let n = 0; n < limits.maxRequests && Date.now() - started < limits.maxMs && !until(); n++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const text = await res.text();
      if (res.status !== 200) {
        result.failures.push({ status: res.status, body: text });
        continue;
      }
      result.ok++;
      const version = String((JSON.parse(text) as { version?: string }).version);
      result.versions.set(version, (result.versions.get(version) ?? 0) + 1);
    } catch (e) {
      result.failures.push({ status: 'error', body: String(e) });
    }
  }
  return result;
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  limits = { maxMs: 20_000, everyMs: 5 },
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limits.maxMs) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, limits.everyMs));
  }
}

/**
 * A fresh harness for every test of the file: started before each test, closed after it. The
 * returned object always reads the current test's harness.
 */
export function useHarness(options: EmulatorOptions = {}): Harness {
  let current: Harness | undefined;
  beforeEach(async () => {
    current = await startHarness(options);
  });
  afterEach(async () => {
    await current?.emu.close();
    current = undefined;
  });
  const now = (): Harness => {
    if (!current) throw new Error('useHarness: the harness exists only while a test runs');
    return current;
  };
  return {
    get emu() {
      return now().emu;
    },
    get compute() {
      return now().compute;
    },
    get network() {
      return now().network;
    },
    get web() {
      return now().web;
    },
    get rgId() {
      return now().rgId;
    },
  };
}

/**
 * Waits until the rule on `frontendPort` sends new flows to every running, healthy instance of the
 * scale set (its rules in effect, each instance admitted by the probe) — as a world builder must
 * before it measures traffic: a load balancer change propagates, and a new instance waits for its
 * probe. Does nothing when the load balancer has no listener on that port.
 */
export async function waitForRotation(h: Harness, lbId: string, frontendPort: number, scaleSetId: string) {
  if (!h.emu.control.endpointFor(lbId, frontendPort)) return;
  const name = scaleSetId.split('/').pop()!.toLowerCase();
  await waitFor(() => {
    const up = h.emu.control
      .scaleSetInstances(scaleSetId)
      .filter((i) => i.serving && i.health === 'healthy')
      .map((i) => i.instanceId);
    const rotation = h.emu.control
      .loadBalancerRotation(lbId, frontendPort)
      .filter((r) => r.scaleSet.toLowerCase() === name)
      .map((r) => r.instanceId);
    return up.length > 0 && up.every((id) => rotation.includes(id));
  });
}
