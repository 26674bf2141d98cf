import type { TokenCredential } from '@azure/core-auth';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ImageBuilderClient } from '@azure/arm-imagebuilder';
import { ResourceManagementClient } from '@azure/arm-resources';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { armClientOptions } from '../../src/azure/transport.js';

/** Static credential: the emulator accepts any bearer token. */
export const credential: TokenCredential = {
  getToken: async () => ({ token: 'emulator-token', expiresOnTimestamp: Date.now() + 3600_000 }),
};

/** Poll fast: Retry-After scaled to 0 s makes SDK pollers fall back to this interval. */
export const POLL = { updateIntervalInMs: 2 } as const;

export interface Harness {
  emu: Emulator;
  resources: ResourceManagementClient;
  compute: ComputeManagementClient;
  imageBuilder: ImageBuilderClient;
}

export async function startHarness(options: EmulatorOptions = {}): Promise<Harness> {
  const emu = await startEmulator({ timeScale: 100_000, seed: 42, pageSize: 2, ...options });
  const opts = armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile });
  return {
    emu,
    resources: new ResourceManagementClient(credential, emu.subscriptionId, opts),
    compute: new ComputeManagementClient(credential, emu.subscriptionId, opts),
    imageBuilder: new ImageBuilderClient(credential, emu.subscriptionId, opts),
  };
}

export async function collect<T>(iter: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iter) out.push(item);
  return out;
}
