import { describe, expect, it } from 'vitest';
import { LOCATION, RG, poll, requestLoop, waitFor, useHarness } from './helpers.js';

const h = useHarness();

const siteId = () => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
const image = (tag: string) => `DOCKER|registry.example/shop:${tag}`;

async function answer(slot = 'production'): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(h.emu.control.urlFor(siteId(), slot)!);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function createSiteWithStaging() {
  const site = await h.web.webApps.createOrUpdate(
    RG,
    'shop',
    {
      location: LOCATION,
      kind: 'app,linux,container',
      siteConfig: { linuxFxVersion: image('1.0.0'), appSettings: [{ name: 'ENV_NAME', value: 'prod' }] },
    },
    poll,
  );
  await h.web.webApps.createOrUpdateSlot(
    RG,
    'shop',
    'staging',
    {
      location: LOCATION,
      siteConfig: { linuxFxVersion: image('1.0.0'), appSettings: [{ name: 'ENV_NAME', value: 'staging' }] },
    },
    poll,
  );
  await h.web.webApps.updateSlotConfigurationNames(RG, 'shop', { appSettingNames: ['ENV_NAME'] });
  return site;
}

/** Waits until the slot answers with `version` (restarts are overlapped, on simulated time). */
async function untilServing(slot: string, version: string) {
  await waitFor(async () => (await answer(slot)).body['version'] === version);
}

describe('App Service sites and slots', () => {
  it('serves the configured container image on a loopback URL and restarts into a new one', async () => {
    const site = await createSiteWithStaging();
    expect(site.defaultHostName).toBe('shop.azurewebsites.net');
    expect(h.emu.control.urlForHostName('shop-staging.azurewebsites.net')).toBe(
      h.emu.control.urlFor(siteId(), 'staging'),
    );
    expect(await answer()).toMatchObject({
      status: 200,
      body: { version: '1.0.0', image: 'registry.example/shop:1.0.0', slot: 'production' },
    });

    await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', { linuxFxVersion: image('2.0.0') });
    expect((await h.web.webApps.getConfigurationSlot(RG, 'shop', 'staging')).linuxFxVersion).toBe(image('2.0.0'));
    await untilServing('staging', '2.0.0');
    await h.web.webApps.restartSlot(RG, 'shop', 'staging');
    const settings = await h.web.webApps.listApplicationSettingsSlot(RG, 'shop', 'staging');
    expect(settings.properties).toEqual({ ENV_NAME: 'staging' });
    expect((await answer()).body['version']).toBe('1.0.0');
  });

  it('WEBSITE_RUN_FROM_PACKAGE decides what runs', async () => {
    await createSiteWithStaging();
    await h.web.webApps.updateApplicationSettings(RG, 'shop', {
      properties: { ENV_NAME: 'prod', WEBSITE_RUN_FROM_PACKAGE: 'https://store.example/pkgs/shop-3.1.0.zip' },
    });
    await untilServing('production', 'shop-3.1.0');
    expect((await answer()).body).toMatchObject({ package: 'https://store.example/pkgs/shop-3.1.0.zip' });
  });

  it('swaps staging into production with zero failed requests; sticky settings stay', async () => {
    await createSiteWithStaging();
    await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', { linuxFxVersion: image('2.0.0') });
    await untilServing('staging', '2.0.0');
    let swapped = false;
    const loop = requestLoop(h.emu.control.urlFor(siteId())!, () => swapped, { maxRequests: 5000, maxMs: 15_000 });
    await h.web.webApps.swapSlot(RG, 'shop', 'staging', { targetSlot: 'production', preserveVnet: true }, poll);
    swapped = true;
    const result = await loop;
    expect(result.failures).toEqual([]);
    expect(result.versions.get('1.0.0')).toBeGreaterThan(0);
    expect((await answer()).body['version']).toBe('2.0.0');
    expect((await answer('staging')).body['version']).toBe('1.0.0');
    expect((await h.web.webApps.getConfiguration(RG, 'shop')).linuxFxVersion).toBe(image('2.0.0'));
    expect((await h.web.webApps.listApplicationSettings(RG, 'shop')).properties).toEqual({ ENV_NAME: 'prod' });
    expect((await h.web.webApps.listApplicationSettingsSlot(RG, 'shop', 'staging')).properties).toEqual({
      ENV_NAME: 'staging',
    });
    const production = await h.web.webApps.get(RG, 'shop');
    expect(production.slotSwapStatus).toMatchObject({ sourceSlotName: 'staging', destinationSlotName: 'production' });
  });

  it('swap with preview: applySlotConfig warms staging with production settings; reset reverts; slotsswap completes', async () => {
    await createSiteWithStaging();
    await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', { linuxFxVersion: image('2.0.0') });
    await h.web.webApps.applySlotConfigurationSlot(RG, 'shop', 'staging', {
      targetSlot: 'production',
      preserveVnet: true,
    });
    expect((await h.web.webApps.listApplicationSettingsSlot(RG, 'shop', 'staging')).properties).toEqual({
      ENV_NAME: 'prod',
    });
    await h.web.webApps.resetSlotConfigurationSlot(RG, 'shop', 'staging');
    expect((await h.web.webApps.listApplicationSettingsSlot(RG, 'shop', 'staging')).properties).toEqual({
      ENV_NAME: 'staging',
    });

    await h.web.webApps.applySlotConfigurationSlot(RG, 'shop', 'staging', {
      targetSlot: 'production',
      preserveVnet: true,
    });
    await untilServing('staging', '2.0.0');
    expect((await answer()).body['version']).toBe('1.0.0');
    await h.web.webApps.swapSlot(RG, 'shop', 'staging', { targetSlot: 'production', preserveVnet: true }, poll);
    expect((await answer()).body['version']).toBe('2.0.0');
    expect((await h.web.webApps.listApplicationSettingsSlot(RG, 'shop', 'staging')).properties).toEqual({
      ENV_NAME: 'staging',
    });
  });

  it('scripted health: unhealthy image answers 500; an image that fails to start aborts the swap', async () => {
    await createSiteWithStaging();
    h.emu.control.health.unhealthyImage('shop:2.0.0');
    h.emu.control.health.failingImage('shop:3.0.0');
    await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', { linuxFxVersion: image('2.0.0') });
    await waitFor(async () => (await answer('staging')).status === 500);
    await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', { linuxFxVersion: image('3.0.0') });
    await expect(
      h.web.webApps.swapSlot(RG, 'shop', 'staging', { targetSlot: 'production', preserveVnet: true }, poll),
    ).rejects.toThrow(/ApplicationStartFailed/);
    expect(await answer()).toMatchObject({ status: 200, body: { version: '1.0.0' } });
  });
});
