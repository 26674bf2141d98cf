/**
 * The bake/publish stages against the emulator through the real SDKs: an emulator per test file,
 * the Azure ports built by createAzurePorts, settings parsed from kebab-case inputs, a recording host.
 */
import type { TokenCredential } from '@azure/core-auth';
import { afterAll, beforeAll } from 'vitest';
import { createAzurePorts } from '../../src/azure/index.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { PackerPort } from '../../src/core/bake/packer-port.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { runEngine } from '../../src/core/run/runner.js';
import type { RunResult } from '../../src/core/run/result.js';
import type { Clock, RunInfo, Sleep } from '../../src/core/ports.js';
import type { EngineDeps } from '../../src/core/stages/stage.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { RecordingHost, ScriptedHttp } from '../core/fakes.js';

export const LOCATION = 'westeurope';
export const RG = 'rg-img';
export const GALLERY = 'gal';
export const DEFINITION = 'web';

export const credential: TokenCredential = {
  getToken: async () => ({ token: 'emulator-token', expiresOnTimestamp: Date.now() + 3600_000 }),
};

export async function startEmu(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ timeScale: 100_000, seed: 7, pageSize: 2, ...options });
}

export async function portsFor(emu: Emulator, pollIntervalMs = 2): Promise<AzurePorts> {
  return createAzurePorts({
    endpoint: emu.endpoint,
    caFile: emu.caFile,
    subscriptionId: emu.subscriptionId,
    credential,
    pollIntervalMs,
  });
}

export const sub = (emu: Emulator) => `/subscriptions/${emu.subscriptionId}`;
export const rgId = (emu: Emulator, rg = RG) => `${sub(emu)}/resourceGroups/${rg}`;
export const galleryId = (emu: Emulator, gallery = GALLERY) =>
  `${rgId(emu)}/providers/Microsoft.Compute/galleries/${gallery}`;
export const definitionId = (emu: Emulator, definition = DEFINITION) => `${galleryId(emu)}/images/${definition}`;
export const managedImageId = (emu: Emulator, name: string) =>
  `${rgId(emu)}/providers/Microsoft.Compute/images/${name}`;
export const versionId = (emu: Emulator, version: string, definition = DEFINITION) =>
  `${definitionId(emu, definition)}/versions/${version}`;

/** Seeds resource group, gallery and (optionally) definition directly into the store: no requests logged. */
export function seedGallery(emu: Emulator, options: { definition?: string | false } = {}): void {
  const c = emu.control;
  c.seedResource({
    id: rgId(emu),
    type: 'Microsoft.Resources/resourceGroups',
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
  });
  c.seedResource({
    id: galleryId(emu),
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded', identifier: { uniqueName: 'x' } } },
  });
  if (options.definition !== false) seedDefinition(emu, options.definition ?? DEFINITION);
}

export function seedDefinition(emu: Emulator, name = DEFINITION): void {
  emu.control.seedResource({
    id: definitionId(emu, name),
    body: {
      location: LOCATION,
      properties: {
        osType: 'Linux',
        osState: 'Generalized',
        hyperVGeneration: 'V2',
        identifier: { publisher: 'contoso', offer: name, sku: 'v1' },
        provisioningState: 'Succeeded',
      },
    },
  });
}

export function seedManagedImage(emu: Emulator, name: string): string {
  const id = managedImageId(emu, name);
  emu.control.seedResource({
    id,
    body: {
      location: LOCATION,
      properties: {
        storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' }, dataDisks: [] },
        hyperVGeneration: 'V2',
        provisioningState: 'Succeeded',
      },
    },
  });
  return id;
}

/** A published, fully replicated version, seeded (with replication already complete). */
export function seedVersion(
  emu: Emulator,
  version: string,
  options: { source?: string; tags?: Record<string, string>; definition?: string } = {},
): string {
  const id = versionId(emu, version, options.definition);
  const now = emu.control.now().getTime();
  emu.control.seedResource({
    id,
    body: {
      location: LOCATION,
      tags: options.tags ?? {},
      properties: {
        provisioningState: 'Succeeded',
        storageProfile: { source: { id: options.source ?? managedImageId(emu, 'old') } },
        publishingProfile: {
          targetRegions: [{ name: LOCATION, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' }],
          replicaCount: 1,
          excludeFromLatest: false,
        },
      },
    },
    meta: { replication: [{ region: LOCATION, startMs: now - 300_000, durationMs: 240_000 }] },
  });
  return id;
}

export interface StepRun {
  readonly result: RunResult;
  readonly host: RecordingHost;
}

export interface RunOptions {
  readonly inputs: Record<string, string>;
  readonly azure?: AzurePorts;
  readonly packer?: PackerPort;
  readonly run?: RunInfo;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  readonly host?: RecordingHost;
}

/** Parses the inputs and runs the engine (throws SettingsError on bad inputs, like an adapter). */
export async function runStep(o: RunOptions): Promise<StepRun> {
  const host = o.host ?? new RecordingHost();
  const settings = parseSettings((name) => o.inputs[name]);
  const deps: EngineDeps = {
    host,
    clock: o.clock ?? systemClock,
    sleep: o.sleep ?? realSleep,
    http: new ScriptedHttp(),
    ...(o.azure ? { azure: async () => o.azure! } : {}),
    ...(o.packer ? { packer: o.packer } : {}),
    run: o.run ?? {
      system: 'cli',
      commit: 'abc123',
      repository: 'contoso/web',
      runUrl: 'https://ci.example/run/7',
      runNumber: 7,
      pipeline: 'release',
      actor: 'octocat',
    },
  };
  return { result: await runEngine(settings, deps), host };
}

/** The inputs of a publish to the seeded gallery. */
export const publishInputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'resource-group': RG,
  'gallery-name': GALLERY,
  'image-definition': DEFINITION,
  ...extra,
});

export const writes = (emu: Emulator) => emu.requests.filter((r) => r.write);
export const ops = (emu: Emulator) => emu.requests.map((r) => `${r.method} ${r.operation ?? r.path}`);

/** A marketplace image the emulator's catalogue resolves (`:latest` → 24.04.202503180). */
export const UBUNTU = 'Canonical:ubuntu-24_04-lts:server';
/** The user-assigned identity Image Builder bakes run as. */
export const identityId = (emu: Emulator) =>
  `${rgId(emu)}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`;

export interface GalleryWorld {
  readonly emu: Emulator;
  readonly azure: AzurePorts;
}

/** One emulator and its Azure ports for a whole test file (started before, closed after). */
export function useGalleryWorld(): GalleryWorld {
  const world = {} as { emu: Emulator; azure: AzurePorts };
  beforeAll(async () => {
    world.emu = await startEmu();
    world.azure = await portsFor(world.emu);
  });
  afterAll(() => world.emu?.close());
  return world;
}

/**
 * A fresh world for one test: every resource, fault and script gone, the default time scale back,
 * the resource group and gallery (and the definition, unless `definition: false`) seeded without
 * requests, the request log cleared.
 */
export function resetGallery(emu: Emulator, options: { definition?: string | false } = {}): void {
  for (const r of emu.control.listResources()) emu.control.deleteResource(r.id);
  emu.control.clearFaults();
  emu.control.script('compute.galleryImageVersion.replicationFailure', undefined);
  emu.control.script('compute.marketplace.images', undefined);
  emu.control.setTimeScale(100_000);
  seedGallery(emu, options);
  emu.control.clearRequests();
}
