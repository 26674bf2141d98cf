/**
 * The emulator's App Service ramp-up rules (config/web `experiments.rampUpRules`), through
 * @azure/arm-appservice: a PATCH sets them and keeps the rest of the config, a PUT without them
 * clears them, a slot's own rules route nothing, and requests to production split by the share
 * (exactly, per 100 requests), each answered and recorded by the slot that served it.
 */
import { describe, expect, it } from 'vitest';
import { LOCATION, RG, poll, useHarness } from '../emulator-deploy/helpers.js';

const h = useHarness();
const siteId = () => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
const image = (tag: string) => `DOCKER|registry.example/shop:${tag}`;
const rule = (percent: number) => ({
  name: 'staging',
  actionHostName: 'shop-staging.azurewebsites.net',
  reroutePercentage: percent,
});

async function site(): Promise<void> {
  await h.web.webApps.createOrUpdate(
    RG,
    'shop',
    { location: LOCATION, siteConfig: { linuxFxVersion: image('1.0.0') } },
    poll,
  );
  await h.web.webApps.createOrUpdateSlot(
    RG,
    'shop',
    'staging',
    { location: LOCATION, siteConfig: { linuxFxVersion: image('2.0.0') } },
    poll,
  );
}

/** Versions that answered `n` requests to production's loopback URL. */
async function versions(n: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const res = await fetch(h.emu.control.urlFor(siteId())!);
    expect(res.status).toBe(200);
    const v = String(((await res.json()) as { version?: string }).version);
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

describe('App Service ramp-up rules in the emulator', () => {
  it('a PATCH of config/web routes the share to the slot; telemetry names the slot that answered', async () => {
    await site();
    await h.web.webApps.updateConfiguration(RG, 'shop', { experiments: { rampUpRules: [rule(30)] } });
    const config = await h.web.webApps.getConfiguration(RG, 'shop');
    expect(config.experiments?.rampUpRules).toEqual([rule(30)]);
    expect(config.linuxFxVersion).toBe(image('1.0.0'));
    const from = h.emu.control.now().getTime();
    expect(await versions(100)).toEqual({ '1.0.0': 70, '2.0.0': 30 });
    const records = h.emu.control.monitor.requests(undefined, from);
    const bySlot = records.filter((r) => r.slot === 'staging');
    expect(bySlot).toHaveLength(30);
    expect(new Set(bySlot.map((r) => r.version))).toEqual(new Set(['2.0.0']));
    expect(bySlot[0]!.resourceId.toLowerCase()).toBe(`${siteId()}/slots/staging`.toLowerCase());
  });

  it('a PUT of config/web without experiments clears the rules; a PATCH without them keeps them', async () => {
    await site();
    await h.web.webApps.updateConfiguration(RG, 'shop', { experiments: { rampUpRules: [rule(50)] } });
    await h.web.webApps.updateConfiguration(RG, 'shop', { alwaysOn: true });
    expect((await h.web.webApps.getConfiguration(RG, 'shop')).experiments?.rampUpRules).toEqual([rule(50)]);
    await h.web.webApps.createOrUpdateConfiguration(RG, 'shop', { linuxFxVersion: image('1.0.0') });
    const after = await h.web.webApps.getConfiguration(RG, 'shop');
    expect(after.experiments?.rampUpRules ?? []).toEqual([]);
    expect(await versions(20)).toEqual({ '1.0.0': 20 });
  });

  it("a slot's own rules route nothing, and a swap leaves production's rules in place", async () => {
    await site();
    await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', {
      experiments: { rampUpRules: [{ ...rule(100), actionHostName: 'shop.azurewebsites.net' }] },
    });
    expect(await versions(10)).toEqual({ '1.0.0': 10 });
    await h.web.webApps.updateConfiguration(RG, 'shop', { experiments: { rampUpRules: [rule(100)] } });
    expect(await versions(10)).toEqual({ '2.0.0': 10 });
    await h.web.webApps.beginSwapSlotAndWait(
      RG,
      'shop',
      'staging',
      { targetSlot: 'production', preserveVnet: true },
      poll,
    );
    // Production now runs 2.0.0 and the slot 1.0.0: the rule (still production's) sends all to the slot.
    expect((await h.web.webApps.getConfiguration(RG, 'shop')).experiments?.rampUpRules).toEqual([rule(100)]);
    expect(await versions(10)).toEqual({ '1.0.0': 10 });
  });
});
