/**
 * A world for template deployments on the emulator: scale set `web` (4 instances, Manual upgrade
 * mode) on 1.0.0 behind load balancer `lb`, versions 1.0.0–3.0.0 in the gallery, and an ARM JSON
 * template that declares that very scale set with its image from parameter `imageId` — made from
 * the scale set as the emulator stores it, so deploying it changes the image and nothing else.
 * Runs go through the real engine, the real SDK ports and the emulator, on fast engine time; the
 * inputs are parsed as an adapter parses them (files read from disk).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { EngineDeps } from '../../src/core/stages/stage.js';
import { createCommandRunner } from '../../src/runtime/command-runner.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { RecordingHost } from '../core/fakes.js';
import {
  azureInputs,
  createLoadBalancer,
  createScaleSet,
  lbId,
  seedImageVersion,
  ssId,
  start,
  type Harness,
} from '../stages-deploy/harness.js';
import { fastTime, portsFor } from '../stages-slotswap/context.js';

export const VERSIONS = ['1.0.0', '2.0.0', '3.0.0'] as const;

export interface TemplateWorld {
  readonly h: Harness;
  readonly dir: string;
  /** Image version ids by version. */
  readonly image: Record<string, string>;
  /** The template's path. */
  readonly template: string;
}

type Json = Record<string, unknown>;

export async function templateWorld(options: { mode?: 'Manual' | 'Rolling' | 'Automatic'; timeScale?: number } = {}) {
  const h = await start(options.timeScale ? { timeScale: options.timeScale } : {});
  return buildTemplateWorld(h, options);
}

/** The world on a harness already started (the fault matrix starts its own). */
export async function buildTemplateWorld(
  h: Harness,
  options: { mode?: 'Manual' | 'Rolling' | 'Automatic' } = {},
): Promise<TemplateWorld> {
  h.emu.control.setInstanceTimings({ bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 });
  const image = Object.fromEntries(VERSIONS.map((v) => [v, seedImageVersion(h, v)]));
  await createLoadBalancer(h);
  await createScaleSet(h, image['1.0.0']!, { capacity: 4, mode: options.mode ?? 'Manual' });
  const dir = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'template-'));
  const template = join(dir, 'web.json');
  writeFileSync(template, JSON.stringify(templateOf(h), null, 2));
  h.emu.control.clearRequests();
  return { h, dir, image, template } satisfies TemplateWorld;
}

/** The scale set as stored, as an ARM template resource whose image is parameter `imageId`. */
export function templateOf(h: Harness, change: (resource: Json) => void = () => undefined): Json {
  const stored = structuredClone(h.emu.control.getResource(ssId(h)) as Json);
  const properties = stored['properties'] as Json;
  for (const readOnly of ['provisioningState', 'uniqueId', 'timeCreated']) delete properties[readOnly];
  const profile = properties['virtualMachineProfile'] as Json;
  (profile['storageProfile'] as Json)['imageReference'] = { id: "[parameters('imageId')]" };
  const resource: Json = {
    type: 'Microsoft.Compute/virtualMachineScaleSets',
    apiVersion: '2024-07-01',
    name: 'web',
    location: "[parameters('location')]",
    sku: stored['sku'],
    properties,
  };
  change(resource);
  return {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      imageId: { type: 'string' },
      location: { type: 'string', defaultValue: '[resourceGroup().location]' },
    },
    resources: [resource],
    outputs: { imageId: { type: 'string', value: "[parameters('imageId')]" } },
  };
}

/** Rewrites the world's template (a broken or changed one). */
export function writeTemplate(w: TemplateWorld, template: Json, name = 'web.json'): string {
  const path = join(w.dir, name);
  writeFileSync(path, JSON.stringify(template, null, 2));
  return path;
}

/** The inputs of a rolling release through the template, as a user passes them. */
export function rollingInputs(w: TemplateWorld, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...azureInputs(w.h),
    stages: 'deploy',
    'scale-set': 'web',
    template: w.template,
    'max-batch-percent': '50',
    'probe-interval': '10ms',
    'probe-successes': '2',
    'probe-request-timeout': '2s',
    // Engine time runs 200× real time: '10m' is 3 s, room for a loaded machine's slow answers.
    'probe-timeout': '10m',
    'live-url': `${w.h.emu.control.endpointFor(lbId(w.h), 80)!}/health`,
    ...extra,
  };
}

/** Each run a run id of its own (4711, 4712, …), as CI gives them: deployment names are unique per run. */
let runs = 0;

/** Runs the engine as an adapter would: inputs parsed with files read from disk, fast engine time. */
export async function run(
  w: TemplateWorld,
  inputs: Record<string, string>,
  options: { host?: RecordingHost; ports?: AzurePorts; runId?: string } = {},
) {
  const host = options.host ?? new RecordingHost();
  const ports = options.ports ?? (await portsFor(w.h.emu));
  const settings = parseSettings((n) => inputs[n], {
    readFile: (path) => {
      try {
        return { ok: true, text: readFileSync(path, 'utf8') };
      } catch (err) {
        return { ok: false, reason: (err as NodeJS.ErrnoException).code ?? 'unreadable' };
      }
    },
  });
  let n = 0;
  runs += 1;
  const deps: EngineDeps = {
    host,
    ...fastTime(),
    http: createHttpClient(),
    commands: createCommandRunner(),
    azure: async () => ports,
    newId: () => `id${(n++).toString(16).padStart(6, '0')}`,
    run: {
      system: 'cli',
      runId: options.runId ?? String(4710 + runs),
      runUrl: `https://ci.example/run/${4710 + runs}`,
    },
  };
  const result = await runEngine(settings, deps);
  return { result, host };
}

export const versions = (w: TemplateWorld) => w.h.emu.control.scaleSetInstances(ssId(w.h)).map((i) => i.version);
export const modelVersion = (w: TemplateWorld) => {
  const p = (w.h.emu.control.getResource(ssId(w.h)) as Json)['properties'] as Json;
  const ref = ((p['virtualMachineProfile'] as Json)['storageProfile'] as Json)['imageReference'] as Json;
  return String(ref['id']).split('/').pop();
};
export const groupTags = (w: TemplateWorld) =>
  ((w.h.emu.control.getResource(w.h.rgId) as Json | undefined)?.['tags'] ?? {}) as Record<string, string>;
