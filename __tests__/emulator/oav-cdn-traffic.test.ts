import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { RG, poll, startHarness } from '../emulator-deploy/helpers.js';
import { cdnClient } from '../emulator-frontdoor/world.js';
import { at, PLANTED, specRuns, type Plant } from './oav-plant.js';
import { coveredOperations } from './oav.js';

/**
 * Front Door Standard/Premium traffic (`@azure/arm-cdn` 9.1, api-version 2024-02-01) validated with
 * `oav validate-traffic` against the vendored excerpts of `cdn.json` (profiles) and `afdx.json`
 * (endpoints, origin groups, origins, routes): specs/NOTE.md. One oav run per spec file: the recorded
 * traffic plus one planted wrong response, which must come back as exactly the expected error codes.
 */
const SPECS = join(
  import.meta.dirname,
  'specs',
  'azure-rest-api-specs',
  'specification',
  'cdn',
  'resource-manager',
  'Microsoft.Cdn',
  'stable',
  '2024-02-01',
);
const CDN_SPEC_FILES = {
  profiles: { file: join(SPECS, 'cdn.json'), operations: /^Profiles_/ },
  afdx: { file: join(SPECS, 'afdx.json'), operations: /^(AFDEndpoints|AFDOriginGroups|AFDOrigins|Routes)_/ },
} as const;
type CdnSpecName = keyof typeof CDN_SPEC_FILES;

const crud = (group: string, list: string) =>
  [`${group}_Create`, `${group}_Delete`, `${group}_Get`, list].concat([`${group}_Update`]);
const expected: Record<CdnSpecName, string[]> = {
  profiles: [
    'Profiles_Create',
    'Profiles_Delete',
    'Profiles_Get',
    'Profiles_List',
    'Profiles_ListByResourceGroup',
    'Profiles_Update',
  ],
  afdx: [
    ...crud('AFDEndpoints', 'AFDEndpoints_ListByProfile'),
    ...crud('AFDOriginGroups', 'AFDOriginGroups_ListByProfile'),
    ...crud('AFDOrigins', 'AFDOrigins_ListByOriginGroup'),
    ...crud('Routes', 'Routes_ListByEndpoint'),
  ].sort(),
};
expected.profiles.sort();

const planted: Record<CdnSpecName, Plant> = {
  profiles: {
    operation: 'Profiles_Get',
    break: (b) => {
      delete b['sku']; // Profile requires it
      at(b, 'properties')['originResponseTimeoutSeconds'] = 5; // minimum 16
    },
    codes: ['MINIMUM', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  afdx: {
    operation: 'AFDOrigins_Get',
    break: (b) => {
      at(b, 'properties')['weight'] = 1001; // maximum 1000
      at(b, 'properties')['httpPort'] = '80'; // int32
    },
    codes: ['INVALID_TYPE', 'MAXIMUM'],
  },
};

/** Every Front Door operation the emulator serves, through the SDK, recorded. */
async function recordFrontDoor(record: (x: RecordedExchange) => void): Promise<void> {
  const h = await startHarness({ timeScale: 20_000, pageSize: 2, record });
  try {
    const cdn = cdnClient(h.emu);
    await cdn.profiles.beginCreateAndWait(
      RG,
      'fd',
      { location: 'global', sku: { name: 'Standard_AzureFrontDoor' } },
      poll,
    );
    await cdn.profiles.beginUpdateAndWait(RG, 'fd', { tags: { team: 'web' }, originResponseTimeoutSeconds: 30 }, poll);
    await cdn.afdEndpoints.beginCreateAndWait(RG, 'fd', 'web', { location: 'global' }, poll);
    await cdn.afdEndpoints.beginUpdateAndWait(RG, 'fd', 'web', { enabledState: 'Enabled' }, poll);
    const group = await cdn.afdOriginGroups.beginCreateAndWait(
      RG,
      'fd',
      'og',
      {
        loadBalancingSettings: { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 },
        healthProbeSettings: {
          probePath: '/health',
          probeRequestType: 'GET',
          probeProtocol: 'Http',
          probeIntervalInSeconds: 60,
        },
      },
      poll,
    );
    await cdn.afdOriginGroups.beginUpdateAndWait(RG, 'fd', 'og', { sessionAffinityState: 'Disabled' }, poll);
    for (const [name, weight] of [
      ['live', 900],
      ['preview', 100],
      ['spare', 1],
    ] as const) {
      await cdn.afdOrigins.beginCreateAndWait(RG, 'fd', 'og', name, { hostName: `${name}.example.com`, weight }, poll);
    }
    await cdn.afdOrigins.beginUpdateAndWait(RG, 'fd', 'og', 'preview', { weight: 500, enabledState: 'Disabled' }, poll);
    await cdn.routes.beginCreateAndWait(
      RG,
      'fd',
      'web',
      'default',
      { originGroup: { id: group.id }, linkToDefaultDomain: 'Enabled' },
      poll,
    );
    await cdn.routes.beginUpdateAndWait(RG, 'fd', 'web', 'default', { patternsToMatch: ['/*', '/api/*'] }, poll);
    await cdn.profiles.get(RG, 'fd');
    await cdn.afdEndpoints.get(RG, 'fd', 'web');
    await cdn.afdOriginGroups.get(RG, 'fd', 'og');
    await cdn.afdOrigins.get(RG, 'fd', 'og', 'live');
    await cdn.routes.get(RG, 'fd', 'web', 'default');
    await cdn.afdOrigins.get(RG, 'fd', 'og', 'missing').catch(() => undefined);
    for await (const _ of cdn.profiles.list());
    for await (const _ of cdn.profiles.listByResourceGroup(RG));
    for await (const _ of cdn.afdEndpoints.listByProfile(RG, 'fd'));
    for await (const _ of cdn.afdOriginGroups.listByProfile(RG, 'fd'));
    for await (const _ of cdn.afdOrigins.listByOriginGroup(RG, 'fd', 'og'));
    for await (const _ of cdn.routes.listByEndpoint(RG, 'fd', 'web'));
    await cdn.routes.beginDeleteAndWait(RG, 'fd', 'web', 'default', poll);
    await cdn.afdOrigins.beginDeleteAndWait(RG, 'fd', 'og', 'spare', poll);
    await cdn.afdOriginGroups.beginDeleteAndWait(RG, 'fd', 'og', poll);
    await cdn.afdEndpoints.beginDeleteAndWait(RG, 'fd', 'web', poll);
    await cdn.profiles.beginDeleteAndWait(RG, 'fd', poll);
  } finally {
    await h.emu.close();
  }
}

describe('the Front Door traffic validates with oav validate-traffic (Microsoft.Cdn 2024-02-01)', () => {
  const recorded: RecordedExchange[] = [];
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oav-cdn-'));
    await recordFrontDoor((x) => recorded.push(x));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validated = specRuns(CDN_SPEC_FILES, planted, recorded, () => dir);

  for (const name of Object.keys(expected) as CdnSpecName[]) {
    it(`oav finds no error in the ${name} traffic`, async () => {
      const { validator, problems } = await validated(name);
      const real = problems.filter((p) => p.file !== PLANTED);
      expect(real, JSON.stringify(real, null, 2)).toEqual([]);
      expect(validator.operationUndefinedResult).toBe(0);
      expect(coveredOperations(validator)).toEqual(expected[name]);
    }, 30_000);

    it(`the ${name} check has teeth: a planted wrong response is reported`, async () => {
      const { problems } = await validated(name);
      const caught = problems.filter((p) => p.file === PLANTED);
      expect(caught.map((p) => p.code).sort(), JSON.stringify(caught, null, 2)).toEqual(planted[name].codes);
    }, 30_000);
  }
});
