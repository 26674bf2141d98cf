/** Front Door origins that are App Service default host names: the slot's app answers. */
import { expect, it } from 'vitest';
import { RG, poll, useHarness, waitFor } from '../emulator-deploy/helpers.js';
import { createSite } from '../stages-slotswap/world.js';
import { cdnClient, waitForFrontDoor } from './world.js';

const h = useHarness({ timeScale: 600 });

it('forwards to the production site and its staging slot, by weight, for their default host names', async () => {
  await createSite(h, '1.0.0');
  await h.web.webApps.updateConfigurationSlot(RG, 'shop', 'staging', {
    linuxFxVersion: 'DOCKER|registry.example/shop:2.0.0',
  });
  const cdn = cdnClient(h.emu);
  await cdn.profiles.beginCreateAndWait(
    RG,
    'fd',
    { location: 'global', sku: { name: 'Standard_AzureFrontDoor' } },
    poll,
  );
  const endpoint = await cdn.afdEndpoints.beginCreateAndWait(RG, 'fd', 'shop', { location: 'global' }, poll);
  const group = await cdn.afdOriginGroups.beginCreateAndWait(RG, 'fd', 'og', {}, poll);
  for (const [name, host, weight] of [
    ['prod', 'shop.azurewebsites.net', 3],
    ['staging', 'shop-staging.azurewebsites.net', 1],
  ] as const) {
    await cdn.afdOrigins.beginCreateAndWait(RG, 'fd', 'og', name, { hostName: host, weight }, poll);
  }
  await cdn.routes.beginCreateAndWait(
    RG,
    'fd',
    'shop',
    'default',
    { originGroup: { id: group.id }, linkToDefaultDomain: 'Enabled' },
    poll,
  );
  await waitForFrontDoor(h.emu, group.id!);
  const url = h.emu.control.frontDoorUrl(endpoint.hostName!)!;
  // The slot's app restarts on the config change: wait until both answer.
  const versions = new Map<string, number>();
  await waitFor(async () => {
    versions.clear();
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${url}/version`);
      if (res.status !== 200) return false;
      const { version } = (await res.json()) as { version: string };
      versions.set(version, (versions.get(version) ?? 0) + 1);
    }
    return true;
  });
  expect(versions).toEqual(
    new Map([
      ['1.0.0', 6],
      ['2.0.0', 2],
    ]),
  );
});
