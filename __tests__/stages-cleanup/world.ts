/**
 * The clean-up stage on the emulator with settings beyond the inputs (clean-up's limits) and a
 * manual engine clock: the stage's sleeps advance it at once, and Azure's (the emulator's) clock by
 * as much, so no test waits or depends on speed and a pause lets Azure's operations move on.
 */
import { ComputeManagementClient } from '@azure/arm-compute';
import { createAzurePorts } from '../../src/azure/index.js';
import { armClientOptions } from '../../src/azure/transport.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { CleanupLimits } from '../../src/core/cleanup/limits.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { cleanupStage } from '../../src/core/stages/cleanup.js';
import type { StageContext, StepResult } from '../../src/core/stages/stage.js';
import type { Emulator } from '../../src/emulator/index.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { RecordingHost } from '../core/fakes.js';
import { credential, LOCATION, managedImageId, publishInputs, sub, versionId } from '../stages-build/helpers.js';

const DAY = 86_400_000;

export function seedAged(emu: Emulator, version: string, daysOld: number, tags: Record<string, string> = {}): string {
  const id = versionId(emu, version);
  emu.control.seedResource({
    id,
    body: {
      location: LOCATION,
      tags,
      properties: {
        provisioningState: 'Succeeded',
        storageProfile: { source: { id: managedImageId(emu, 'src') } },
        publishingProfile: {
          targetRegions: [{ name: LOCATION, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' }],
          replicaCount: 1,
          excludeFromLatest: false,
          publishedDate: new Date(emu.control.now().getTime() - daysOld * DAY).toISOString(),
        },
      },
    },
  });
  return id;
}

export function seedGroup(emu: Emulator, rg: string): string {
  const id = `${sub(emu)}/resourceGroups/${rg}`;
  emu.control.seedResource({
    id,
    type: 'Microsoft.Resources/resourceGroups',
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
  });
  return id;
}

export const compute = (emu: Emulator) =>
  new ComputeManagementClient(
    credential,
    emu.subscriptionId,
    armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile }),
  );

export async function ports(emu: Emulator): Promise<AzurePorts> {
  return createAzurePorts({
    endpoint: emu.endpoint,
    caFile: emu.caFile,
    subscriptionId: emu.subscriptionId,
    credential,
    pollIntervalMs: 2,
  });
}

export interface CleanupRun {
  readonly result: StepResult;
  readonly host: RecordingHost;
  /** Every sleep the stage asked for (ms of engine time). */
  readonly slept: number[];
}

/** Runs the cleanup stage with `inputs` (on top of the seeded gallery's) and clean-up limits. */
export async function runCleanup(
  emu: Emulator,
  inputs: Record<string, string>,
  limits: Partial<CleanupLimits> = {},
  azure?: AzurePorts,
): Promise<CleanupRun> {
  const host = new RecordingHost();
  const parsed = parseSettings((name) => publishInputs({ stages: 'cleanup', ...inputs })[name]);
  const settings = { ...parsed, cleanup: { ...parsed.cleanup, ...limits } };
  const p = azure ?? (await ports(emu));
  let now = emu.control.now().getTime();
  const slept: number[] = [];
  const ctx: StageContext = {
    settings,
    outputs: {},
    deps: {
      host,
      clock: { now: () => now },
      sleep: async (ms) => void (slept.push(ms), (now += ms), emu.control.advanceTime(ms / 1000)),
      http: createHttpClient(),
      azure: async () => p,
    },
    signal: new AbortController().signal,
    azure: async () => p,
    warn: () => undefined,
  };
  return { result: await cleanupStage.run(ctx), host, slept };
}
