/**
 * Strategy-level test plumbing shared by the blue-green and slot-swap suites: an emulator with the
 * real SDK ports, settings parsed from kebab-case inputs, and a StageContext on fast engine time
 * (the engine's clock runs FACTOR times faster than real time and its sleeps are that much
 * shorter, so a 5 s gate interval takes 25 ms; the emulator runs on its own time scale).
 */
import type { TokenCredential } from '@azure/core-auth';
import { createAzurePorts } from '../../src/azure/index.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { Clock, Deadline, Sleep } from '../../src/core/ports.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { Settings } from '../../src/core/settings/types.js';
import type { EngineDeps, StageContext } from '../../src/core/stages/stage.js';
import type { Emulator } from '../../src/emulator/index.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep } from '../../src/runtime/time.js';
import { RecordingHost } from '../core/fakes.js';

export const FACTOR = 200;

export const credential: TokenCredential = {
  getToken: async () => ({ token: 'emulator-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/** Engine time FACTOR× faster than real time. */
export function fastTime(factor = FACTOR): { clock: Clock; sleep: Sleep; deadline: Deadline } {
  const start = Date.now();
  return {
    clock: { now: () => start + (Date.now() - start) * factor },
    sleep: (ms, signal) => realSleep(ms / factor, signal),
    deadline: (ms) => AbortSignal.timeout(Math.max(1, Math.round(ms / factor))),
  };
}

export async function portsFor(emu: Emulator, pollIntervalMs = 5): Promise<AzurePorts> {
  return createAzurePorts({
    endpoint: emu.endpoint,
    caFile: emu.caFile,
    subscriptionId: emu.subscriptionId,
    credential,
    pollIntervalMs,
  });
}

export interface TestContext {
  readonly ctx: StageContext;
  readonly host: RecordingHost;
  readonly warnings: string[];
  readonly abort: (reason?: unknown) => void;
  readonly settings: Settings;
}

/** A StageContext over the emulator: `inputs` as an adapter would pass them; `deploy` patches the parsed deploy slice. */
export async function contextFor(
  emu: Emulator,
  inputs: Record<string, string>,
  options: { deploy?: Record<string, unknown>; ports?: AzurePorts } = {},
): Promise<TestContext> {
  const host = new RecordingHost();
  const parsed = parseSettings((name) => inputs[name]);
  const settings: Settings = options.deploy ? { ...parsed, deploy: { ...parsed.deploy, ...options.deploy } } : parsed;
  const ports = options.ports ?? (await portsFor(emu));
  const controller = new AbortController();
  const { clock, sleep, deadline } = fastTime();
  const deps: EngineDeps = { host, clock, sleep, deadline, http: createHttpClient(), azure: async () => ports };
  const warnings: string[] = [];
  const ctx: StageContext = {
    settings,
    outputs: {},
    deps,
    signal: controller.signal,
    azure: async () => ports,
    warn: (m) => void warnings.push(m),
  };
  return { ctx, host, warnings, abort: (reason) => controller.abort(reason), settings };
}

export const writes = (emu: Emulator) => emu.requests.filter((r) => r.write);

/** Runs the engine (the real stages) on the emulator with fast engine time; the host can be aborted. */
export async function runStages(
  emu: Emulator,
  inputs: Record<string, string>,
  options: { host?: RecordingHost; ports?: AzurePorts } = {},
) {
  const { runEngine } = await import('../../src/core/run/runner.js');
  const host = options.host ?? new RecordingHost();
  const ports = options.ports ?? (await portsFor(emu));
  const { clock, sleep, deadline } = fastTime();
  const settings = parseSettings((name) => inputs[name]);
  const deps: EngineDeps = {
    host,
    clock,
    sleep,
    deadline,
    http: createHttpClient(),
    azure: async () => ports,
    run: { system: 'cli', runUrl: 'https://ci.example/run/7' },
  };
  const result = await runEngine(settings, deps);
  return { result, host };
}
