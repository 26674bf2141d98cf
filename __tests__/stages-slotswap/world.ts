/**
 * The web app world of the slot-swap deadline and revert tests: site `shop` on 1.0.0 with a
 * staging slot, the strategy's inputs, what production serves, and a live check that fails
 * while production runs a given version (it forwards to production and answers 503 then), so a
 * deploy's check after the swap fails while the same check after the swap back passes.
 */
import { afterEach } from 'vitest';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { EngineDeps, StageContext } from '../../src/core/stages/stage.js';
import type { Emulator } from '../../src/emulator/index.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep } from '../../src/runtime/time.js';
import { RecordingHost } from '../core/fakes.js';
import { portsFor } from './context.js';
import { LOCATION, RG, poll, type Harness } from '../emulator-deploy/helpers.js';
import { reply, startServer, type TestServer } from '../verify/helpers.js';

export const image = (tag: string) => `registry.example/shop:${tag}`;
export const siteId = (h: Harness) => `${h.rgId}/providers/Microsoft.Web/sites/shop`;

export async function createSite(h: Harness, tag = '1.0.0'): Promise<void> {
  const siteConfig = { linuxFxVersion: `DOCKER|${image(tag)}` };
  await h.web.webApps.createOrUpdate(RG, 'shop', { location: LOCATION, kind: 'app,linux,container', siteConfig }, poll);
  await h.web.webApps.createOrUpdateSlot(RG, 'shop', 'staging', { location: LOCATION, siteConfig }, poll);
  h.emu.control.clearRequests();
}

/**
 * A StageContext on real time: a port call's deadline (`timeoutMs`, an AbortSignal timer) runs on
 * real time, so a test of 'deploy-timeout' keeps the engine's clock on it too.
 */
export async function realTimeContext(emu: Emulator, given: Record<string, string>): Promise<StageContext> {
  const ports = await portsFor(emu);
  const deps: EngineDeps = {
    host: new RecordingHost(),
    clock: { now: () => Date.now() },
    sleep: realSleep,
    http: createHttpClient(),
    azure: async () => ports,
  };
  const settings = parseSettings((name) => given[name]);
  return {
    settings,
    outputs: {},
    deps,
    signal: new AbortController().signal,
    azure: async () => ports,
    warn: () => undefined,
  };
}

/** Slot-swap inputs on the emulator's loopback URLs, with quick probes. */
export function inputs(h: Harness, extra: Record<string, string> = {}): Record<string, string> {
  return {
    stages: 'deploy',
    'resource-group': RG,
    strategy: 'slot-swap',
    'app-service': 'shop',
    'container-image': image('2.0.0'),
    'warmup-path': '/healthz',
    'probe-interval': '20ms',
    'probe-successes': '1',
    'probe-failure-limit': '1',
    'live-url': `${h.emu.control.urlFor(siteId(h))}/healthz`,
    'preview-url': `${h.emu.control.urlFor(siteId(h), 'staging')}/healthz`,
    ...extra,
  };
}

/** The version a slot serves now. */
export async function served(h: Harness, slot = 'production'): Promise<string> {
  const res = await fetch(h.emu.control.urlFor(siteId(h), slot)!);
  return String(((await res.json()) as { version?: string }).version);
}

export const tagsOf = async (h: Harness) => (await h.web.webApps.get(RG, 'shop')).tags ?? {};

/** Requests of one operation: all of them, and those the emulator answered with a fault. */
export function requestsOf(emu: Emulator, operation: string) {
  const all = emu.requests.filter((r) => r.operation === operation);
  return {
    all,
    faulted: all.filter((r) => r.faults?.length),
    ok: all.filter((r) => !r.faults?.length && r.status < 400),
  };
}

/**
 * A live-check server that answers 503 while production serves `badVersion`, 200 otherwise.
 * Closed after each test.
 */
export function useVersionGate(h: Harness, badVersion: string): { start(): Promise<string> } {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    async start() {
      server = await startServer((_req, res) => void answer(h, badVersion, res));
      return server.url('/healthz');
    },
  };
}

async function answer(h: Harness, badVersion: string, res: Parameters<typeof reply>[0]): Promise<void> {
  const version = await served(h).catch(() => 'unreachable');
  reply(res, version === badVersion || version === 'unreachable' ? 503 : 200, version);
}
