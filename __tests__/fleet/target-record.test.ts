/**
 * Where a fleet target stands by its release record, and which version its record holds once
 * released: the gallery image version for image targets, the web artifact's label for App Service.
 */
import { describe, expect, it } from 'vitest';
import { parseFleet } from '../../src/core/fleet/parse.js';
import { runFleet } from '../../src/core/fleet/run.js';
import { releaseVersion, standingOf, takesImage } from '../../src/core/fleet/target-record.js';

describe('standingOf', () => {
  it('on: the version is current; unfinished: a release of it started and did not finish; off otherwise', () => {
    expect(standingOf({ current: '2.0.0', previous: '1.0.0', state: 'live' }, '2.0.0')).toBe('on');
    // Rolled back to it later: it runs the version.
    expect(standingOf({ current: '2.0.0', state: 'rolled-back', failed: '3.0.0' }, '2.0.0')).toBe('on');
    expect(standingOf({ current: '1.0.0', target: '2.0.0', state: 'deploying' }, '2.0.0')).toBe('unfinished');
    expect(standingOf({ current: '1.0.0', target: '2.0.0', state: 'paused' }, '2.0.0')).toBe('unfinished');
    expect(standingOf({ current: '1.0.0', state: 'rolled-back', failed: '2.0.0' }, '2.0.0')).toBe('off');
    expect(standingOf({}, '2.0.0')).toBe('off');
    expect(standingOf(undefined, '2.0.0')).toBe('off');
    expect(standingOf({ current: '2.0.0' }, undefined)).toBe('off');
  });
});

it("a target's version: the image version for image strategies, the artifact's label for slot swap", async () => {
  const image =
    '/subscriptions/s1/resourceGroups/rg-img/providers/Microsoft.Compute/galleries/gal/images/app/versions/2.0.0';
  const doc = {
    name: 'mixed',
    inputs: {
      cloud: 'Custom',
      'arm-endpoint': 'https://127.0.0.1:9',
      auth: 'static-token',
      'access-token': 'tok',
      'subscription-id': '00000000-0000-0000-0000-000000000001',
      'resource-group': 'rg',
      'image-id': image,
    },
    waves: [
      {
        targets: [
          { name: 'a', region: 'westeurope', strategy: 'rolling', 'scale-set': 'web' },
          {
            name: 'b',
            region: 'eastus',
            strategy: 'slot-swap',
            'app-service': 'shop',
            'container-image': 'reg.io/shop:5.1.0',
          },
          {
            name: 'c',
            region: 'eastus',
            strategy: 'slot-swap',
            'app-service': 'shop2',
            'package-url': 'https://st.blob.core.windows.net/p/shop-7.2.zip?sig=SECRET',
          },
        ],
      },
    ],
  };
  const targets = parseFleet(doc).waves[0]!.targets;
  expect(targets.map(takesImage)).toEqual([true, false, false]);
  expect(targets.map(releaseVersion)).toEqual(['2.0.0', '5.1.0', 'shop-7.2']);

  // App Service targets only: no image version to hold the halt marker; refused before any call.
  const webOnly = parseFleet({ ...doc, waves: [{ targets: [doc.waves[0]!.targets[1]!] }] });
  const refuse = () => Promise.reject(new Error('no call expected'));
  const result = await runFleet(webOnly, {
    clock: { now: () => 0 },
    sleep: refuse,
    signal: new AbortController().signal,
    log: () => undefined,
    runTarget: refuse,
    gallery: refuse,
  });
  expect(result.status).toBe('refused');
  expect(result.halt).toMatch(/^a fleet run needs 'image-id' .* released by at least one scale-set target/);
});
