/** Front Door Standard/Premium resources through `@azure/arm-cdn` 9.1 (api-version 2024-02-01) against the emulator. */
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { describe, expect, it } from 'vitest';
import { RG, poll, useHarness } from '../emulator-deploy/helpers.js';
import { cdnClient } from './world.js';

const h = useHarness({ timeScale: 600 });

async function frontDoor() {
  const cdn = cdnClient(h.emu);
  const profile = await cdn.profiles.beginCreateAndWait(
    RG,
    'fd',
    { location: 'global', sku: { name: 'Premium_AzureFrontDoor' } },
    poll,
  );
  const endpoint = await cdn.afdEndpoints.beginCreateAndWait(RG, 'fd', 'web', { location: 'global' }, poll);
  const group = await cdn.afdOriginGroups.beginCreateAndWait(
    RG,
    'fd',
    'og',
    { loadBalancingSettings: { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 } },
    poll,
  );
  const origin = (name: string, weight: number) =>
    cdn.afdOrigins.beginCreateAndWait(RG, 'fd', 'og', name, { hostName: `${name}.example.com`, weight }, poll);
  const [a, b] = [await origin('a', 900), await origin('b', 100)];
  const route = await cdn.routes.beginCreateAndWait(
    RG,
    'fd',
    'web',
    'default',
    { originGroup: { id: group.id }, linkToDefaultDomain: 'Enabled' },
    poll,
  );
  return { cdn, profile, endpoint, group, a, b, route };
}

const profileId = () =>
  `/subscriptions/${h.emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.Cdn/profiles/fd`;

/** A raw ARM call (the SDK checks weight 1–1000 itself, so out-of-range values never leave it). */
function arm(method: string, id: string, body?: unknown): Promise<{ status: number; body?: Record<string, any> }> {
  const url = new URL(`${h.emu.endpoint}${id}?api-version=2024-02-01`);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      {
        method,
        ca: readFileSync(h.emu.caFile),
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('Front Door resources (Microsoft.Cdn 2024-02-01)', () => {
  it('creates a profile, endpoint, origin group, origins and route with the shapes the spec gives', async () => {
    const { cdn, profile, endpoint, group, a, route } = await frontDoor();
    expect(profile).toMatchObject({
      location: 'global',
      sku: { name: 'Premium_AzureFrontDoor' },
      kind: 'frontdoor',
      provisioningState: 'Succeeded',
      resourceState: 'Active',
    });
    expect(endpoint.hostName).toMatch(/^web-[a-z0-9]{16}\.z01\.azurefd\.net$/);
    expect(endpoint).toMatchObject({ enabledState: 'Enabled', provisioningState: 'Succeeded' });
    expect(group.loadBalancingSettings).toEqual({
      sampleSize: 4,
      successfulSamplesRequired: 3,
      additionalLatencyInMilliseconds: 50,
    });
    expect(a).toMatchObject({
      hostName: 'a.example.com',
      httpPort: 80,
      httpsPort: 443,
      priority: 1,
      weight: 900,
      enabledState: 'Enabled',
      enforceCertificateNameCheck: true,
      originGroupName: 'og',
    });
    expect(route).toMatchObject({
      originGroup: { id: group.id },
      patternsToMatch: ['/*'],
      forwardingProtocol: 'MatchRequest',
      linkToDefaultDomain: 'Enabled',
      enabledState: 'Enabled',
    });
    const listed = [];
    for await (const o of cdn.afdOrigins.listByOriginGroup(RG, 'fd', 'og')) listed.push(o.name);
    expect(listed).toEqual(['a', 'b']);
    const profiles = [];
    for await (const p of cdn.profiles.list()) profiles.push(p.name);
    expect(profiles).toEqual(['fd']);
  });

  it('PATCH merges weight and enabledState; deploymentStatus follows propagation', async () => {
    const { cdn } = await frontDoor();
    h.emu.control.setFrontDoorTimings({ propagationSeconds: 3600 });
    const updated = await cdn.afdOrigins.beginUpdateAndWait(RG, 'fd', 'og', 'b', { weight: 250 }, poll);
    expect(updated).toMatchObject({ hostName: 'b.example.com', weight: 250, priority: 1, enabledState: 'Enabled' });
    expect(updated.deploymentStatus).toBe('InProgress');
    const disabled = await cdn.afdOrigins.beginUpdateAndWait(RG, 'fd', 'og', 'b', { enabledState: 'Disabled' }, poll);
    expect(disabled).toMatchObject({ weight: 250, enabledState: 'Disabled' });
    h.emu.control.advanceTime(3600);
    expect((await cdn.afdOrigins.get(RG, 'fd', 'og', 'b')).deploymentStatus).toBe('Succeeded');
    const writes = h.emu.control.requests().filter((r) => r.operation === 'AFDOrigins_Update');
    expect(writes.map((r) => r.status)).toEqual([200, 200]);
  });

  it('answers 400 BadRequest for out-of-range weight and priority, and 404 for what does not exist', async () => {
    await frontDoor();
    const origin = `${profileId()}/originGroups/og/origins/c`;
    for (const properties of [{ weight: 0 }, { weight: 1001 }, { priority: 6 }, { weight: 1.5 }]) {
      const res = await arm('PUT', origin, { properties: { hostName: 'c.example.com', ...properties } });
      expect(res.status).toBe(400);
      expect(res.body?.['error']?.code).toBe('BadRequest');
    }
    const patch = await arm('PATCH', origin.replace(/c$/, 'a'), { properties: { weight: 0 } });
    expect(patch.status).toBe(400);
    const cdn = cdnClient(h.emu);
    await expect(cdn.afdOrigins.get(RG, 'fd', 'og', 'nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
    await expect(cdn.afdOrigins.get(RG, 'fd', 'nogroup', 'a')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ParentResourceNotFound',
    });
    const badRoute = await arm('PUT', `${profileId()}/afdEndpoints/web/routes/r2`, {
      properties: { originGroup: { id: `${origin.split('/originGroups/')[0]}/originGroups/none` } },
    });
    expect(badRoute.status).toBe(400);
  });

  it('runs writes as long-running operations and applies faults like every provider', async () => {
    const { cdn } = await frontDoor();
    const put = h.emu.control.requests().find((r) => r.operation === 'AFDOrigins_Create');
    expect(put?.status).toBe(201);
    const body = await arm('PUT', `${profileId()}/originGroups/og/origins/c`, {
      properties: { hostName: 'c.example.com' },
    });
    expect(body.body?.['properties']).toMatchObject({ provisioningState: 'Creating', deploymentStatus: 'NotStarted' });
    h.emu.control.addFault({ kind: 'throttle', operation: 'AFDOrigins_Update', times: 1, retryAfterSeconds: 1 });
    await cdn.afdOrigins.beginUpdateAndWait(RG, 'fd', 'og', 'a', { weight: 10 }, poll);
    const updates = h.emu.control.requests().filter((r) => r.operation === 'AFDOrigins_Update');
    expect(updates.map((r) => r.status)).toEqual([429, 200]);
    h.emu.control.addFault({ kind: 'lro-failed', operation: 'AFDOrigins_Update', times: 1 });
    await expect(cdn.afdOrigins.beginUpdateAndWait(RG, 'fd', 'og', 'a', { weight: 20 }, poll)).rejects.toThrow();
    expect((await cdn.afdOrigins.get(RG, 'fd', 'og', 'a')).provisioningState).toBe('Failed');
    // An origin whose update failed keeps routing as stored; one still being created does not route yet.
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: 'AFDOrigins_Create', times: 1 });
    const create = await cdn.afdOrigins.beginCreate(RG, 'fd', 'og', 'd', { hostName: 'd.example.com' }, poll);
    expect(create.getOperationState().status).not.toBe('succeeded');
    await cdn.afdOrigins.beginUpdateAndWait(RG, 'fd', 'og', 'b', { weight: 30 }, poll);
    h.emu.control.advanceTime(5);
    const group = `${profileId()}/originGroups/og`;
    expect(h.emu.control.frontDoorOrigins(group).map((o) => [o.name, o.weight])).toEqual([
      ['a', 20],
      ['b', 30],
      ['c', 50],
    ]);
    await cdn.routes.beginDeleteAndWait(RG, 'fd', 'web', 'default', poll);
    await cdn.afdOriginGroups.beginDeleteAndWait(RG, 'fd', 'og', poll);
    await expect(cdn.afdOriginGroups.get(RG, 'fd', 'og')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses to delete an origin group a route uses', async () => {
    const { cdn } = await frontDoor();
    await expect(cdn.afdOriginGroups.beginDeleteAndWait(RG, 'fd', 'og', poll)).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});
