/** The retention planner and the leftover planner: pure functions over hand-written observed state. */
import { describe, expect, it } from 'vitest';
import type { GalleryVersionInfo } from '../../src/core/azure/image-ports.js';
import { describeAction } from '../../src/core/cleanup/actions.js';
import { planIdleColour, planLeftovers } from '../../src/core/cleanup/leftovers.js';
import { planRetention } from '../../src/core/cleanup/retention.js';

const NOW = Date.parse('2025-06-01T00:00:00Z');
const DAY = 86_400_000;
const definition = { resourceGroup: 'rg', gallery: 'gal', definition: 'web' };
const v = (name: string, daysOld: number, extra: Partial<GalleryVersionInfo> = {}): GalleryVersionInfo => ({
  id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/gal/images/web/versions/${name}`,
  name,
  location: 'westeurope',
  tags: {},
  provisioningState: 'Succeeded',
  targetRegions: [],
  publishedDate: new Date(NOW - daysOld * DAY).toISOString(),
  ...extra,
});
const plan = (
  versions: GalleryVersionInfo[],
  o: {
    keepVersions?: number;
    keepDays?: number;
    retire?: 'delete' | 'end-of-life' | 'exclude';
    inUse?: Record<string, string>;
  } = {},
) =>
  planRetention({
    definition,
    versions,
    inUse: new Map(Object.entries(o.inUse ?? {})),
    policy: { keepVersions: o.keepVersions ?? 2, keepDays: o.keepDays ?? 0, retire: o.retire ?? 'delete' },
    now: NOW,
  });

describe('planRetention', () => {
  it('fewer versions than kept: nothing to do', () => {
    const p = plan([v('1.0.0', 100), v('1.0.1', 50)], { keepVersions: 5 });
    expect(p.actions).toEqual([]);
    expect(p.kept.map((k) => k.reason)).toEqual(['one of the newest 5', 'one of the newest 5']);
  });

  it('keeps the newest by version (not by list order), deletes the rest with a reason each', () => {
    const p = plan([v('1.10.0', 10), v('1.2.0', 96), v('1.9.0', 20), v('1.3.0', 96, { publishedDate: undefined })]);
    expect(p.kept.map((k) => k.version)).toEqual(['1.10.0', '1.9.0']);
    expect(p.actions.map(describeAction)).toEqual([
      'delete gallery image version gal/web 1.3.0: not in use, age unknown, not among the newest 2',
      'delete gallery image version gal/web 1.2.0: not in use, 96 days old, not among the newest 2',
    ]);
  });

  it('old versions still in use are kept and reported in use; keep-days keeps young ones', () => {
    const p = plan([v('4.0.0', 1), v('3.0.0', 2), v('2.0.0', 3), v('1.0.0', 200), v('0.9.0', 300)], {
      keepDays: 30,
      inUse: { '1.0.0': 'used by scale set legacy', '0.9.0': 'previous on scale set web (kept for rollback)' },
    });
    expect(p.actions).toEqual([]);
    expect(p.kept.filter((k) => k.inUse).map((k) => [k.version, k.reason])).toEqual([
      ['1.0.0', 'used by scale set legacy'],
      ['0.9.0', 'previous on scale set web (kept for rollback)'],
    ]);
    expect(p.kept.find((k) => k.version === '2.0.0')?.reason).toBe('younger than keep-days 30 (3 days old)');
  });

  it('end-of-life mode sets the date once; exclude mode excludes once; busy versions are left alone', () => {
    const eol = plan(
      [
        v('3.0.0', 1),
        v('2.0.0', 1),
        v('1.0.0', 90),
        v('0.5.0', 90, { endOfLifeDate: '2025-01-01T00:00:00.000Z' }),
        v('0.4.0', 90, { provisioningState: 'Deleting' }),
      ],
      { retire: 'end-of-life' },
    );
    expect(eol.actions).toEqual([
      expect.objectContaining({
        kind: 'retire-version',
        version: { ...definition, version: '1.0.0' },
        change: { endOfLifeDate: '2025-06-01T00:00:00.000Z' },
      }),
    ]);
    expect(eol.kept.map((k) => k.reason)).toContain('already end-of-life since 2025-01-01T00:00:00.000Z');
    expect(eol.kept.map((k) => k.reason)).toContain('provisioning state Deleting: Azure is still changing it');
    const ex = plan([v('3.0.0', 1), v('2.0.0', 1), v('1.0.0', 90), v('0.5.0', 90, { excludeFromLatest: true })], {
      retire: 'exclude',
    });
    expect(ex.actions.map((a) => [a.kind, a.kind === 'retire-version' ? a.change : undefined])).toEqual([
      ['retire-version', { excludeFromLatest: true }],
    ]);
  });
});

describe('planLeftovers / planIdleColour', () => {
  const image = (name: string) => ({
    id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/${name}`,
    location: 'westeurope',
    provisioningState: 'Succeeded',
    tags: { 'immutable-deploy.bake-key': 'k' },
  });
  const template = (name: string, runState?: string) => ({
    resourceGroup: 'rg',
    name,
    id: `/t/${name}`,
    tags: {},
    provisioningState: 'Succeeded',
    ...(runState ? { runState } : {}),
  });

  it('deletes unused leftovers, keeps what a scale set, a version in flight or this run still needs', () => {
    const p = planLeftovers({
      managedImages: [image('old'), image('used'), image('feeding'), image('pending')],
      templates: [template('done', 'Succeeded'), template('building', 'Running'), template('fresh')],
      scaleSetImageIds: [image('used').id.toUpperCase()],
      versions: [{ ...v('9.0.0', 0), provisioningState: 'Creating', sourceId: image('feeding').id }],
      pendingManagedImageId: image('pending').id,
      keepManagedImage: false,
      keepTemplate: false,
    });
    expect(p.actions.map(describeAction)).toEqual([
      'delete managed image old: intermediate image a bake left behind (tag immutable-deploy.bake-key); no scale set or version in flight uses it',
      'delete Image Builder template done: template a bake left behind (tag immutable-deploy.bake-key), last run Succeeded',
    ]);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'a scale set model references it',
      'gallery version 9.0.0 is being created from it',
      "this run's bake output, still to be published",
      'its build is Running',
      'it has not run yet (a bake in progress)',
    ]);
    expect(
      planLeftovers({
        managedImages: [image('old')],
        templates: [template('done', 'Failed')],
        scaleSetImageIds: [],
        versions: [],
        keepManagedImage: true,
        keepTemplate: true,
      }).actions,
    ).toEqual([]);
  });

  it('scales the idle colour in only after its scale-down time', () => {
    const info = {
      id: 'x',
      name: 'web-green',
      location: 'westeurope',
      etag: '"e"',
      imageDescription: '',
      upgradeMode: 'Manual' as const,
      capacity: 3,
      tags: {},
      healthSignal: 'probe' as const,
      network: { nsgIds: [], subnetIds: [], backendPoolIds: [], publicIpPerInstance: false },
    };
    const idle = { colour: 'green', ref: { resourceGroup: 'rg', name: 'web-green' }, info };
    expect(planIdleColour({ ...idle, scaleDownAfter: new Date(NOW + 1000).toISOString() }, NOW).action).toBeUndefined();
    expect(planIdleColour(idle, NOW).note).toMatch(/no scale-down time recorded/);
    const due = planIdleColour({ ...idle, scaleDownAfter: new Date(NOW - 1000).toISOString() }, NOW).action!;
    expect(due).toMatchObject({
      kind: 'scale-in-colour',
      scaleSet: idle.ref,
      etag: '"e"',
      write: { operation: 'scale', before: '3 instance(s)', after: '0 instance(s)' },
    });
    expect(
      planIdleColour({ ...idle, info: { ...info, capacity: 0 }, scaleDownAfter: '2000-01-01T00:00:00Z' }, NOW).action,
    ).toBeUndefined();
  });
});
