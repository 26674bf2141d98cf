/**
 * The simulated App Service app serves its known paths only (sim/app-service.ts): a wrong
 * `warmup-path` now fails the deploy before the swap, where before every path answered 200.
 * The engine derives the slot URLs from `defaultHostName` (`https://shop-staging.azurewebsites.net`);
 * the test's HTTP client resolves those host names to the emulator's loopback listeners, as DNS would.
 */
import { describe, expect, it } from 'vitest';
import type { HttpClient } from '../../src/core/ports.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { EngineDeps } from '../../src/core/stages/stage.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { RecordingHost } from '../core/fakes.js';
import { fastTime, portsFor } from '../stages-slotswap/context.js';
import { createSite, image, served, siteId } from '../stages-slotswap/world.js';
import { RG, useHarness } from './helpers.js';

const h = useHarness({ timeScale: 600 });

/** Resolves `*.azurewebsites.net` to the emulator's loopback URL of that slot. */
function emulatorDns(): HttpClient {
  const real = createHttpClient();
  return {
    get(url, options) {
      const u = new URL(url);
      const base = h.emu.control.urlForHostName(u.hostname);
      return real.get(base ? `${base}${u.pathname}${u.search}` : url, options);
    },
  };
}

async function deploy(warmupPath: string) {
  const ports = await portsFor(h.emu);
  const settings = parseSettings(
    (name) =>
      (
        ({
          stages: 'deploy',
          'resource-group': RG,
          strategy: 'slot-swap',
          'app-service': 'shop',
          'container-image': image('2.0.0'),
          'warmup-path': warmupPath,
          'probe-interval': '20ms',
          'probe-successes': '1',
          'probe-failure-limit': '2',
          'probe-timeout': '30s',
          'deploy-timeout': '10m',
        }) as Record<string, string>
      )[name],
  );
  const deps: EngineDeps = {
    host: new RecordingHost(),
    ...fastTime(),
    http: emulatorDns(),
    azure: async () => ports,
    run: { system: 'cli' },
  };
  return runEngine(settings, deps);
}

describe('App Service: the app answers its known paths only', () => {
  it('answers /, the health pages and the version page; 404 elsewhere; a declared path list replaces them', async () => {
    await createSite(h);
    const url = h.emu.control.urlFor(siteId(h))!;
    const status = async (p: string) => (await fetch(`${url}${p}`)).status;
    expect(await Promise.all(['/', '/healthz', '/health', '/version', '/healthz?probe=1'].map(status))).toEqual([
      200, 200, 200, 200, 200,
    ]);
    expect(await status('/warmup')).toBe(404);
    h.emu.control.setAppPaths(siteId(h), ['/', '/ready']);
    expect([await status('/ready'), await status('/healthz')]).toEqual([200, 404]);
  });

  it('a wrong warmup-path fails the deploy before the swap: production untouched', async () => {
    await createSite(h);
    const result = await deploy('/warmup');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(/warm-up path/);
    expect(
      h.emu.requests.filter(
        (r) => r.operation === 'WebApps_SwapSlotSlot' || r.operation === 'WebApps_SwapSlotWithProduction',
      ),
    ).toEqual([]);
    expect(await served(h)).toBe('1.0.0');
  }, 30_000);

  it('the right warmup-path swaps', async () => {
    await createSite(h);
    const result = await deploy('/healthz');
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(await served(h)).toBe('2.0.0');
  }, 30_000);
});
