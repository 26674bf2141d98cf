/**
 * slot-swap against the emulator through the real @azure/arm-appservice SDK and real loopback
 * HTTP: the strategy object driven directly (inspect → deploy → rollback / planRollback).
 */
import { describe, expect, it } from 'vitest';
import { slotSwapStrategy as strategy } from '../../src/core/deploy/slot-swap/strategy.js';
import { EngineError } from '../../src/core/errors.js';
import { LOCATION, RG, poll, requestLoop, useHarness } from '../emulator-deploy/helpers.js';
import { contextFor, writes } from './context.js';

const h = useHarness({ timeScale: 600 });

const siteId = () => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
const image = (tag: string) => `registry.example/shop:${tag}`;

async function createSite(prodTag = '1.0.0') {
  await h.web.webApps.createOrUpdate(
    RG,
    'shop',
    {
      location: LOCATION,
      kind: 'app,linux,container',
      siteConfig: { linuxFxVersion: `DOCKER|${image(prodTag)}`, appSettings: [{ name: 'ENV_NAME', value: 'prod' }] },
    },
    poll,
  );
  await h.web.webApps.createOrUpdateSlot(
    RG,
    'shop',
    'staging',
    {
      location: LOCATION,
      siteConfig: { linuxFxVersion: `DOCKER|${image(prodTag)}`, appSettings: [{ name: 'ENV_NAME', value: 'staging' }] },
    },
    poll,
  );
  await h.web.webApps.updateSlotConfigurationNames(RG, 'shop', { appSettingNames: ['ENV_NAME'] });
}

/** Inputs of a slot-swap deploy; the live / preview URLs are the emulator's loopback ones. */
async function context(extra: Record<string, string> = {}) {
  return contextFor(h.emu, {
    stages: 'deploy',
    'resource-group': RG,
    strategy: 'slot-swap',
    'app-service': 'shop',
    'container-image': image('2.0.0'),
    'warmup-path': '/healthz',
    'deploy-timeout': '10m',
    'live-url': `${h.emu.control.urlFor(siteId())}/healthz`,
    'preview-url': `${h.emu.control.urlFor(siteId(), 'staging')}/healthz`,
    ...extra,
  });
}

async function version(slot = 'production'): Promise<string> {
  const res = await fetch(h.emu.control.urlFor(siteId(), slot)!);
  return String(((await res.json()) as { version?: string }).version);
}

describe('slot-swap strategy', () => {
  it('releases through the staging slot with zero failed requests on production, then swaps back on rollback', async () => {
    await createSite();
    const { ctx } = await context();
    const record = await strategy.inspect(ctx);
    expect(record).toMatchObject({ current: '1.0.0', activeSlot: 'staging' });

    let done = false;
    const loop = requestLoop(h.emu.control.urlFor(siteId())!, () => done, { maxRequests: 5000, maxMs: 20_000 });
    const outcome = await strategy.deploy(ctx, { containerImage: image('2.0.0') }, record).finally(() => (done = true));
    const traffic = await loop;

    expect(traffic.failures).toEqual([]);
    expect(traffic.versions.get('1.0.0')).toBeGreaterThan(0);
    expect(await version()).toBe('2.0.0');
    expect(await version('staging')).toBe('1.0.0');
    expect(outcome.outputs).toMatchObject({
      activeSlot: 'production',
      previousSlot: 'staging',
      swapped: true,
      imageVersion: '2.0.0',
      previousImageVersion: '1.0.0',
    });
    expect(outcome.rollback).toMatchObject({
      strategy: 'slot-swap',
      to: { containerImage: image('1.0.0'), slot: 'staging' },
    });
    expect(outcome.items.map((i) => i.value).join('\n')).toMatch(/restarted[\s\S]*staging → production/);
    // Sticky settings stayed with their slots.
    expect((await h.web.webApps.listApplicationSettings(RG, 'shop')).properties).toEqual({ ENV_NAME: 'prod' });
    // The release record on the site: what is live and what was before.
    const tags = (await h.web.webApps.get(RG, 'shop')).tags ?? {};
    expect(tags).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.previous-version': '1.0.0',
      'immutable-deploy.state': 'live',
    });
    expect(tags['immutable-deploy.target-version']).toBeUndefined();
    expect(await strategy.inspect(ctx)).toMatchObject({ current: '2.0.0', previous: '1.0.0' });
    const restarts = h.emu.requests.filter((r) => r.operation === 'WebApps_RestartSlot');
    expect(restarts).toHaveLength(1);

    // Idempotent: the same deploy again changes nothing.
    h.emu.control.clearRequests();
    const again = await strategy.deploy(ctx, { containerImage: image('2.0.0') }, await strategy.inspect(ctx));
    expect(again.outputs.swapped).toBe(false);
    expect(again.rollback).toBeUndefined();
    expect(writes(h.emu)).toEqual([]);

    // Rollback: the previous app waits in the slot, one swap brings it back.
    h.emu.control.clearRequests();
    let rolled = false;
    const loop2 = requestLoop(h.emu.control.urlFor(siteId())!, () => rolled, { maxRequests: 5000, maxMs: 20_000 });
    const back = await strategy.rollback(ctx, outcome.rollback!).finally(() => (rolled = true));
    expect((await loop2).failures).toEqual([]);
    expect(back.message).toContain('live again');
    expect(await version()).toBe('1.0.0');
    expect(
      writes(h.emu)
        .map((r) => r.operation)
        .filter((o) => o !== 'Tags_UpdateAtScope'),
    ).toEqual(['WebApps_SwapSlot']);
    // The version rolled back is recorded as failed, never as previous (the next rollback's default):
    // no version before 1.0.0 was recorded, so there is no previous.
    const after = (await h.web.webApps.get(RG, 'shop')).tags ?? {};
    expect(after).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'rolled-back',
    });
    expect(after['immutable-deploy.previous-version']).toBeUndefined();
  });

  it('swap with preview: applies production settings to the slot, checks it, then completes', async () => {
    await createSite();
    const { ctx } = await context({ 'swap-with-preview': 'true' });
    const outcome = await strategy.deploy(ctx, {}, await strategy.inspect(ctx));
    expect(outcome.outputs.swapped).toBe(true);
    expect(await version()).toBe('2.0.0');
    const ops = writes(h.emu).map((r) => r.operation);
    expect(ops.indexOf('WebApps_ApplySlotConfigurationSlot')).toBeGreaterThan(-1);
    expect(ops.indexOf('WebApps_ApplySlotConfigurationSlot')).toBeLessThan(ops.indexOf('WebApps_SwapSlot'));
    expect((await h.web.webApps.listApplicationSettingsSlot(RG, 'shop', 'staging')).properties).toEqual({
      ENV_NAME: 'staging',
    });
  });

  it('an unhealthy new version never reaches production: the warm-up gate stops it before the swap', async () => {
    await createSite();
    h.emu.control.health.unhealthyImage('shop:2.0.0');
    const { ctx } = await context({ 'deploy-timeout': '2m' });
    const err = await strategy.deploy(ctx, {}, await strategy.inspect(ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).kind).toBe('verify');
    expect((err as EngineError).message).toMatch(
      /slot staging .* did not answer its warm-up path .*production was not touched/,
    );
    expect(h.emu.requests.some((r) => r.operation === 'WebApps_SwapSlot')).toBe(false);
    expect(await version()).toBe('1.0.0');
  });

  it('run-from-package: sets WEBSITE_RUN_FROM_PACKAGE on the slot, never shows the SAS query', async () => {
    await createSite();
    const url = 'https://store.example/pkgs/shop-3.1.0.zip?sig=SECRETSAS';
    const { ctx } = await context({ 'container-image': '', 'package-url': url });
    const outcome = await strategy.deploy(ctx, {}, await strategy.inspect(ctx));
    expect(await version()).toBe('shop-3.1.0');
    expect(outcome.outputs.imageVersion).toBe('shop-3.1.0');
    expect(JSON.stringify({ ...outcome, rollback: undefined })).not.toContain('SECRETSAS');
    expect((await h.web.webApps.listApplicationSettings(RG, 'shop')).properties).toMatchObject({
      WEBSITE_RUN_FROM_PACKAGE: url,
      ENV_NAME: 'prod',
    });
  });

  it('explicit rollback to an older version deploys it through the slot', async () => {
    await createSite('1.0.0');
    const { ctx } = await context();
    await strategy.deploy(ctx, {}, await strategy.inspect(ctx));
    expect(await version()).toBe('2.0.0');
    const plan = await strategy.planRollback(ctx, await strategy.inspect(ctx), '0.9.0');
    expect(plan.to).toMatchObject({ containerImage: image('0.9.0'), slot: 'staging' });
    const out = await strategy.rollback(ctx, plan);
    expect(out.outputs).toMatchObject({ imageVersion: '0.9.0', previousImageVersion: '2.0.0', swapped: true });
    expect(await version()).toBe('0.9.0');
    // Default target: the version in the slot (the one swapped out).
    const swapBack = await strategy.planRollback(ctx, {}, undefined);
    expect(swapBack.to.containerImage).toBe(image('2.0.0'));
  });

  it('rides out a 429/503 storm on every phase', async () => {
    await createSite();
    for (const operation of [
      'WebApps_Get',
      'WebApps_UpdateConfigurationSlot',
      'WebApps_RestartSlot',
      'WebApps_SwapSlot',
    ]) {
      h.emu.control.addFault({ kind: 'throttle', operation, times: 2, retryAfterSeconds: 1 });
      h.emu.control.addFault({ kind: 'unavailable', operation, skip: 2, times: 1, retryAfterSeconds: 1 });
    }
    const { ctx } = await context();
    await strategy.deploy(ctx, {}, await strategy.inspect(ctx));
    expect(await version()).toBe('2.0.0');
    expect(h.emu.requests.filter((r) => r.faults?.length).length).toBeGreaterThanOrEqual(8);
  });

  it('a swap whose operation ends Failed fails the deploy; a re-run completes it', async () => {
    await createSite();
    h.emu.control.addFault({ kind: 'lro-failed', operation: 'WebApps_SwapSlot', times: 1 });
    const { ctx } = await context();
    const err = await strategy.deploy(ctx, {}, await strategy.inspect(ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).kind).toBe('terminal');
    expect((err as EngineError).message).toMatch(
      /swapping slot staging of site shop into production failed: the operation ended Failed/,
    );
    const rerun = await strategy.deploy(ctx, {}, await strategy.inspect(ctx));
    expect(await version()).toBe('2.0.0');
    expect(rerun.message).toMatch(/2\.0\.0/);
  });

  it('cancelled during the warm-up: production untouched, a re-run completes', async () => {
    await createSite();
    h.emu.control.setAppTimings({ restartMs: 30_000 });
    const first = await context();
    const running = first.ctx.deps.host;
    void running;
    const pending = strategy.deploy(first.ctx, {}, await strategy.inspect(first.ctx));
    // Abort as soon as the slot was pointed at the new image.
    for (let i = 0; i < 2000 && !h.emu.requests.some((r) => r.operation === 'WebApps_RestartSlot'); i++)
      await new Promise((r) => setTimeout(r, 2));
    first.abort();
    const err = await pending.catch((e: unknown) => e);
    expect((err as EngineError).kind).toBe('cancelled');
    expect(await version()).toBe('1.0.0');
    expect(h.emu.requests.some((r) => r.operation === 'WebApps_SwapSlot')).toBe(false);
    const second = await context();
    await strategy.deploy(second.ctx, {}, await strategy.inspect(second.ctx));
    expect(await version()).toBe('2.0.0');
  });

  it('bad inputs fail before any write: a missing slot, a missing web app, production as the slot', async () => {
    await createSite();
    h.emu.control.clearRequests();
    const noSlot = await context({ slot: 'stage' });
    await expect(strategy.inspect(noSlot.ctx)).rejects.toMatchObject({
      kind: 'input',
      message: expect.stringMatching(
        /input 'slot': 'stage' is not a deployment slot of web app 'shop'; expected one of its slots: staging/,
      ),
    });
    await expect(strategy.deploy(noSlot.ctx, {}, {})).rejects.toMatchObject({ kind: 'input' });
    const noSite = await context({ 'app-service': 'shop2' });
    await expect(strategy.inspect(noSite.ctx)).rejects.toMatchObject({
      kind: 'input',
      message: expect.stringMatching(
        /input 'app-service': web app 'shop2' was not found in resource group 'rg-deploy'/,
      ),
    });
    const prod = await context({ slot: 'production' });
    await expect(strategy.inspect(prod.ctx)).rejects.toMatchObject({
      kind: 'input',
      message: expect.stringMatching(/input 'slot': 'production' is the live site/),
    });
    expect(writes(h.emu)).toEqual([]);
  });
});
