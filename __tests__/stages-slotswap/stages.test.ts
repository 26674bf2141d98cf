/**
 * slot-swap through the real stages (runEngine: deploy, verify, rollback) on the emulator, with
 * the real @azure/arm-appservice SDK and loopback traffic to the production slot.
 */
import { describe, expect, it } from 'vitest';
import { LOCATION, RG, poll, requestLoop, useHarness } from '../emulator-deploy/helpers.js';
import { RecordingHost } from '../core/fakes.js';
import { runStages, writes } from './context.js';

const h = useHarness({ timeScale: 600 });

const siteId = () => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
const image = (tag: string) => `registry.example/shop:${tag}`;
const prod = () => h.emu.control.urlFor(siteId())!;

async function setup() {
  await h.web.webApps.createOrUpdate(
    RG,
    'shop',
    { location: LOCATION, siteConfig: { linuxFxVersion: `DOCKER|${image('1.0.0')}` } },
    poll,
  );
  await h.web.webApps.createOrUpdateSlot(
    RG,
    'shop',
    'staging',
    { location: LOCATION, siteConfig: { linuxFxVersion: `DOCKER|${image('1.0.0')}` } },
    poll,
  );
  h.emu.control.clearRequests();
}

const inputs = (extra: Record<string, string>) => ({
  'resource-group': RG,
  strategy: 'slot-swap',
  'app-service': 'shop',
  'warmup-path': '/healthz',
  'deploy-timeout': '10m',
  'probe-timeout': '1m',
  'live-url': `${prod()}/healthz`,
  'preview-url': `${h.emu.control.urlFor(siteId(), 'staging')}/healthz`,
  ...extra,
});

async function served(url = prod()): Promise<string[]> {
  const r = await requestLoop(url, () => false, { maxRequests: 6, maxMs: 5000 });
  expect(r.failures).toEqual([]);
  return [...r.versions.keys()];
}

const swaps = () => writes(h.emu).filter((r) => r.operation === 'WebApps_SwapSlot');

describe('slot-swap through the stages', () => {
  it('deploy + verify: zero failed requests on production; outputs active-slot and swapped', async () => {
    await setup();
    let done = false;
    const loop = requestLoop(prod(), () => done, { maxRequests: 20_000, maxMs: 25_000 });
    const { result, host } = await runStages(
      h.emu,
      inputs({ stages: 'deploy,verify', 'container-image': image('2.0.0') }),
    ).finally(() => (done = true));
    const traffic = await loop;
    expect(result.error).toBeUndefined();
    expect(traffic.failures).toEqual([]);
    expect(traffic.ok).toBeGreaterThan(0);
    expect(await served()).toEqual(['2.0.0']);
    expect(host.outputs).toMatchObject({
      'active-slot': 'production',
      'previous-slot': 'staging',
      swapped: 'true',
      'verify-result': 'passed',
    });
  });

  it('an unhealthy new version: the deploy fails before the swap, production keeps the old version', async () => {
    await setup();
    h.emu.control.health.unhealthyImage('shop:2.0.0');
    const { result, host } = await runStages(
      h.emu,
      inputs({ stages: 'deploy,verify', 'container-image': image('2.0.0'), 'deploy-timeout': '2m' }),
    );
    expect(result.status).toBe('failed');
    // Production never swapped: nothing was rolled back, and the message says so.
    expect(result.stages.find((s) => s.name === 'deploy')?.message).toMatch(
      /did not answer its warm-up path[\s\S]*production never took the new version: .*1\.0\.0.* is still live/,
    );
    expect(host.outputs['rolled-back']).toBe('false');
    expect(swaps()).toEqual([]);
    expect(await served()).toEqual(['1.0.0']);
  });

  it('a failed verify after the swap swaps back automatically', async () => {
    await setup();
    const { result, host } = await runStages(
      h.emu,
      inputs({
        stages: 'deploy,verify',
        'container-image': image('2.0.0'),
        'probe-urls': 'http://127.0.0.1:9/down',
        'probe-failure-limit': '1',
      }),
    );
    expect(result.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'deploy:succeeded',
      'verify:failed',
      'rollback:succeeded',
    ]);
    expect(host.outputs['rolled-back']).toBe('true');
    expect(swaps()).toHaveLength(2);
    expect(await served()).toEqual(['1.0.0']);
  });

  it('standalone rollback: by default to the recorded previous version, or to-version', async () => {
    await setup();
    expect(
      (await runStages(h.emu, inputs({ stages: 'deploy', 'container-image': image('2.0.0') }))).result.error,
    ).toBeUndefined();
    expect(
      (await runStages(h.emu, inputs({ stages: 'deploy', 'container-image': image('3.0.0') }))).result.error,
    ).toBeUndefined();
    const back = await runStages(h.emu, inputs({ stages: 'rollback' }));
    expect(back.result.error).toBeUndefined();
    expect(await served()).toEqual(['2.0.0']);
    const older = await runStages(h.emu, inputs({ stages: 'rollback', 'to-version': '1.0.0' }));
    expect(older.result.error).toBeUndefined();
    expect(older.host.outputs).toMatchObject({ 'rolled-back': 'true', 'image-version': '1.0.0' });
    expect(await served()).toEqual(['1.0.0']);
  });

  it('cancelled mid-rollout: production untouched; a re-run completes', async () => {
    await setup();
    const host = new RecordingHost();
    const run = runStages(h.emu, inputs({ stages: 'deploy', 'container-image': image('2.0.0') }), { host });
    for (let i = 0; i < 5000 && !h.emu.requests.some((r) => r.operation === 'WebApps_RestartSlot'); i++)
      await new Promise((r) => setTimeout(r, 2));
    host.abort();
    expect((await run).result.status).toBe('cancelled');
    expect(await served()).toEqual(['1.0.0']);
    const again = await runStages(h.emu, inputs({ stages: 'deploy', 'container-image': image('2.0.0') }));
    expect(again.result.error).toBeUndefined();
    expect(await served()).toEqual(['2.0.0']);
  });
});
