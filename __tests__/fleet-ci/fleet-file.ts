/** A fleet file of 9 rolling targets in 3 waves over 3 regions (no Azure needed to read it). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const IMAGE =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-img/providers/Microsoft.Compute/galleries/gal/images/app/versions/2.0.0';
const REGIONS = ['westeurope', 'northeurope', 'eastus'];

export function nineTargets(): Record<string, unknown> {
  return {
    name: 'web-fleet',
    inputs: {
      cloud: 'Custom',
      'arm-endpoint': 'https://127.0.0.1:9',
      auth: 'static-token',
      'access-token': 'tok-SECRET-value-123',
      'subscription-id': '00000000-0000-0000-0000-000000000001',
      'resource-group': 'rg',
      strategy: 'rolling',
      'image-id': IMAGE,
    },
    waves: [1, 2, 3].map((k) => ({
      name: ['canary', 'ring-1', 'ring-2'][k - 1],
      'max-parallel': k,
      targets: [1, 2, 3].map((j) => ({
        name: k === 2 && j === 2 ? 'web_2-1' : `web-${k}-${j}`,
        region: REGIONS[k - 1],
        'scale-set': `web${k}${j}`,
      })),
    })),
  };
}

/** Writes `doc` as YAML to a fresh temporary file; its path. */
export function fleetFile(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fleet-ci-')), 'fleet.yaml');
  writeFileSync(file, stringify(doc));
  return file;
}
