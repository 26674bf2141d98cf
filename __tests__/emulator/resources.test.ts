import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, collect, startHarness, type Harness } from './helpers.js';
import { LOCATION } from './fixtures.js';

describe('Microsoft.Resources', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.emu.close();
  });

  it('creates, updates, reads and checks resource groups', async () => {
    const created = await h.resources.resourceGroups.createOrUpdate('rg-a', {
      location: 'West Europe',
      tags: { env: 'test' },
    });
    expect(created).toMatchObject({
      name: 'rg-a',
      location: LOCATION,
      tags: { env: 'test' },
      properties: { provisioningState: 'Succeeded' },
    });
    const updated = await h.resources.resourceGroups.update('rg-a', { tags: { env: 'prod' } });
    expect(updated.tags).toEqual({ env: 'prod' });
    expect((await h.resources.resourceGroups.get('rg-a')).tags).toEqual({ env: 'prod' });
    expect((await h.resources.resourceGroups.checkExistence('rg-a')).body).toBe(true);
    expect((await h.resources.resourceGroups.checkExistence('nope')).body).toBe(false);
    await expect(h.resources.resourceGroups.get('nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceGroupNotFound',
    });
  });

  it('pages resource groups with nextLink', async () => {
    for (const n of ['rg-p1', 'rg-p2', 'rg-p3', 'rg-p4'])
      await h.resources.resourceGroups.createOrUpdate(n, { location: LOCATION });
    h.emu.control.clearRequests();
    const names = (await collect(h.resources.resourceGroups.list())).map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['rg-p1', 'rg-p2', 'rg-p3', 'rg-p4']));
    const pages = h.emu.requests.filter((r) => r.operation === 'ResourceGroups_List');
    expect(pages.length).toBe(Math.ceil(names.length / 2));
  });

  it('deletes a resource group and everything in it through the LRO poller', async () => {
    await h.resources.resourceGroups.createOrUpdate('rg-del', { location: LOCATION });
    await h.compute.galleries.createOrUpdate('rg-del', 'inside', { location: LOCATION }, POLL);
    await h.resources.resourceGroups.beginDeleteAndWait('rg-del', POLL);
    expect((await h.resources.resourceGroups.checkExistence('rg-del')).body).toBe(false);
    expect(h.emu.control.listResources('Microsoft.Compute/galleries').some((r) => r.id.includes('rg-del'))).toBe(false);
  });

  it('reports Deleting while a resource group deletion runs', async () => {
    h.emu.control.setTimeScale(1);
    try {
      await h.resources.resourceGroups.createOrUpdate('rg-slow', { location: LOCATION });
      const poller = await h.resources.resourceGroups.beginDelete('rg-slow', POLL);
      expect((await h.resources.resourceGroups.get('rg-slow')).properties?.provisioningState).toBe('Deleting');
      h.emu.control.advanceTime(120);
      await poller.pollUntilDone();
      expect((await h.resources.resourceGroups.checkExistence('rg-slow')).body).toBe(false);
    } finally {
      h.emu.control.setTimeScale(100_000);
    }
  });

  it('replaces, merges and deletes tags at a resource scope', async () => {
    await h.resources.resourceGroups.createOrUpdate('rg-tags', { location: LOCATION });
    const gallery = await h.compute.galleries.createOrUpdate(
      'rg-tags',
      'tagged',
      { location: LOCATION, tags: { a: '1' } },
      POLL,
    );
    const scope = gallery.id!;
    await h.resources.tagsOperations.beginCreateOrUpdateAtScopeAndWait(
      scope,
      { properties: { tags: { team: 'x', cost: 'y' } } },
      POLL,
    );
    expect((await h.compute.galleries.get('rg-tags', 'tagged')).tags).toEqual({ team: 'x', cost: 'y' });
    await h.resources.tagsOperations.beginUpdateAtScopeAndWait(
      scope,
      { operation: 'Merge', properties: { tags: { release: '42' } } },
      POLL,
    );
    await h.resources.tagsOperations.beginUpdateAtScopeAndWait(
      scope,
      { operation: 'Delete', properties: { tags: { cost: '' } } },
      POLL,
    );
    const tags = await h.resources.tagsOperations.getAtScope(scope);
    expect(tags.properties.tags).toEqual({ team: 'x', release: '42' });
    const rgScope = `/subscriptions/${h.emu.subscriptionId}/resourceGroups/rg-tags`;
    await h.resources.tagsOperations.beginCreateOrUpdateAtScopeAndWait(
      rgScope,
      { properties: { tags: { owner: 'me' } } },
      POLL,
    );
    expect((await h.resources.resourceGroups.get('rg-tags')).tags).toEqual({ owner: 'me' });
  });
});
