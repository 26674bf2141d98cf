/**
 * A fleet world on the emulator: N rolling scale sets (web1…webN, Manual mode) on one load
 * balancer in one resource group, all on image 1.0.0, and image 2.0.0 to release. The fleet runs
 * through the real SDKs (each target one engine run) with engine time faster than real time.
 */
import { createAzurePorts } from '../../src/azure/index.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import { parseFleet } from '../../src/core/fleet/parse.js';
import { planFleet, runFleet, type FleetDeps } from '../../src/core/fleet/run.js';
import type { Fleet, FleetResult, FleetTarget } from '../../src/core/fleet/types.js';
import { runEngine } from '../../src/core/run/runner.js';
import type { Settings } from '../../src/core/settings/types.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { RecordingHost } from '../core/fakes.js';
import { credential } from '../emulator-deploy/helpers.js';
import { fastTime } from '../stages-slotswap/context.js';
import {
  azureInputs,
  createLoadBalancer,
  createScaleSet,
  seedImageVersion,
  start,
  type Harness,
} from '../stages-deploy/harness.js';

export const REGIONS = ['westeurope', 'northeurope', 'eastus'] as const;

export interface FleetWorld {
  readonly h: Harness;
  readonly v1: string;
  readonly v2: string;
}

/** The world: `count` scale sets of `capacity` instances on 1.0.0; 2.0.0 seeded (replicated) unless `seedV2` is false. */
export async function fleetWorld(
  count: number,
  options: { capacity?: number; seedV2?: boolean; timeScale?: number } = {},
): Promise<FleetWorld> {
  const h = await start(options.timeScale ? { timeScale: options.timeScale } : {});
  const v1 = seedImageVersion(h, '1.0.0', [...REGIONS]);
  const v2 = options.seedV2 === false ? v1.replace('1.0.0', '2.0.0') : seedImageVersion(h, '2.0.0', [...REGIONS]);
  await createLoadBalancer(h);
  for (let i = 1; i <= count; i++)
    await createScaleSet(h, v1, { capacity: options.capacity ?? 2, mode: 'Manual', name: `web${i}` });
  return { h, v1, v2 };
}

/** A fleet document: targets web1…webN, `perWave` per wave, wave k's targets in REGIONS[k]. */
export function fleetDoc(
  w: FleetWorld,
  waves: number,
  perWave: number,
  wave: Record<string, unknown> = {},
): Record<string, unknown> {
  const { 'resource-group': _rg, ...azure } = azureInputs(w.h);
  return {
    name: 'web-fleet',
    inputs: {
      ...azure,
      'resource-group': 'rg-deploy',
      strategy: 'rolling',
      'image-id': w.v2,
      'probe-interval': '10ms',
    },
    waves: Array.from({ length: waves }, (_, k) => ({
      name: ['canary', 'ring-1', 'ring-2', 'ring-3', 'ring-4'][k],
      'max-parallel': 2,
      ...wave,
      targets: Array.from({ length: perWave }, (_, j) => {
        const n = k * perWave + j + 1;
        return { name: `t${n}`, region: REGIONS[k % REGIONS.length], 'scale-set': `web${n}` };
      }),
    })),
  };
}

export interface FleetRunLog {
  /** Each target run: which target and when it started, in order. */
  readonly starts: string[];
  readonly lines: string[];
  /** Target runs in flight now, and the most seen at once. */
  active: number;
  maxActive: number;
}

/** The fleet's deps over the emulator; `onTarget` sees each target run start (and may check the world then). */
export function fleetDeps(
  h: Harness,
  log: FleetRunLog,
  options: {
    onTarget?: (target: FleetTarget) => Promise<void>;
    ports?: (p: AzurePorts) => AzurePorts;
    /** false: no release-record reads (no target skipped), so every target's engine run goes ahead. */
    records?: false;
  } = {},
): FleetDeps {
  const time = fastTime();
  const base = createAzurePorts({
    endpoint: h.emu.endpoint,
    caFile: h.emu.caFile,
    subscriptionId: h.emu.subscriptionId,
    credential,
    pollIntervalMs: 5,
  });
  const ports = base.then((p) => (options.ports ? options.ports(p) : p));
  return {
    clock: time.clock,
    sleep: time.sleep,
    signal: new AbortController().signal,
    log: (line) => void log.lines.push(line),
    gallery: async () => (await ports).gallery,
    ...(options.records === false ? {} : { azure: () => ports }),
    runTarget: async (target: FleetTarget, settings: Settings) => {
      log.starts.push(target.name);
      log.maxActive = Math.max(log.maxActive, ++log.active);
      try {
        await options.onTarget?.(target);
        return await runEngine(settings, {
          host: new RecordingHost(),
          ...time,
          http: createHttpClient(),
          azure: () => ports,
          run: { system: 'cli' },
          newId: () => Math.random().toString(16).slice(2, 14),
        });
      } finally {
        log.active--;
      }
    },
  };
}

export const newLog = (): FleetRunLog => ({ starts: [], lines: [], active: 0, maxActive: 0 });

export async function runDoc(
  w: FleetWorld,
  doc: unknown,
  log = newLog(),
  options: Parameters<typeof fleetDeps>[2] = {},
): Promise<{ fleet: Fleet; result: FleetResult; log: FleetRunLog }> {
  const fleet = parseFleet(doc);
  return { fleet, result: await runFleet(fleet, fleetDeps(w.h, log, options)), log };
}

/** Runs `verb` (resume, rollback) of the fleet document on the world. */
export async function verbDoc(
  w: FleetWorld,
  verb: (fleet: Fleet, deps: FleetDeps) => Promise<FleetResult>,
  doc: unknown,
  log = newLog(),
): Promise<{ result: FleetResult; log: FleetRunLog }> {
  return { result: await verb(parseFleet(doc), fleetDeps(w.h, log)), log };
}

export async function planDoc(w: FleetWorld, doc: unknown): Promise<FleetResult> {
  return planFleet(parseFleet(doc), fleetDeps(w.h, newLog()));
}

export const scaleSetId = (h: Harness, name: string) =>
  `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;

/** The halt marker tags on the image version. */
export const versionTags = (w: FleetWorld) =>
  (w.h.emu.control.getResource(w.v2)?.['tags'] ?? {}) as Record<string, string>;

export const scaleSetVersions = (h: Harness, name: string) =>
  h.emu.control
    .scaleSetInstances(`${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`)
    .map((i) => i.version);
