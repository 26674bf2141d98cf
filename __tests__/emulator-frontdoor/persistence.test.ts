/** A reloaded emulator (--state) routes by the stored Front Door configuration at once, on new ports. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { RG, poll, startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { cdnClient, waitForFrontDoor } from './world.js';

let h: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await h?.emu.close();
  h = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('after a reload the endpoint answers by the stored routes and origins', async () => {
  dir = mkdtempSync(join(tmpdir(), 'emu-fd-'));
  const statePath = join(dir, 'state.json');
  h = await startHarness({ statePath });
  const cdn = cdnClient(h.emu);
  await cdn.profiles.beginCreateAndWait(
    RG,
    'fd',
    { location: 'global', sku: { name: 'Standard_AzureFrontDoor' } },
    poll,
  );
  const endpoint = await cdn.afdEndpoints.beginCreateAndWait(RG, 'fd', 'web', { location: 'global' }, poll);
  const group = await cdn.afdOriginGroups.beginCreateAndWait(RG, 'fd', 'og', {}, poll);
  await cdn.afdOrigins.beginCreateAndWait(RG, 'fd', 'og', 'away', { hostName: 'away.example.com' }, poll);
  const route = { originGroup: { id: group.id }, linkToDefaultDomain: 'Enabled' as const };
  await cdn.routes.beginCreateAndWait(RG, 'fd', 'web', 'default', route, poll);
  await waitForFrontDoor(h.emu, group.id!);
  await h.emu.close();
  h = await startHarness({ statePath });
  await waitForFrontDoor(h.emu, group.id!);
  const after = h.emu.control.frontDoorUrl(endpoint.hostName!);
  expect(after).toBeDefined();
  expect((await fetch(`${after}/`)).status).toBe(502);
  expect(h.emu.control.frontDoorRequests().map((r) => [r.origin, r.status])).toEqual([['away', 502]]);
});
