import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { at, PLANTED, specRuns, type Plant } from './oav-plant.js';
import { recordDemo, recordFaultCells, recordScenarios, type DemoOutcome } from './oav-record.js';
import { SPEC_FILES, coveredOperations, type SpecName } from './oav.js';

/**
 * The engine's own traffic (oav-record.ts: the demo's three releases, fault-matrix cells with
 * Azure's error answers, a remote-access verify and a faulted rolling upgrade) validated with
 * `oav validate-traffic` against the vendored spec file of every provider the engine calls
 * (specs/NOTE.md lists them). One oav run per spec file: the recorded traffic plus one planted
 * wrong response, which must come back as exactly the expected error codes.
 */

/** The operations each spec file's recorded traffic must exercise. */
const expected: Record<SpecName, string[]> = {
  gallery: [
    'Galleries_CreateOrUpdate',
    'Galleries_Get',
    'GalleryImageVersions_CreateOrUpdate',
    'GalleryImageVersions_Get',
    'GalleryImageVersions_ListByGalleryImage',
    'GalleryImages_CreateOrUpdate',
    'GalleryImages_Get',
  ],
  imageBuilder: [
    'VirtualMachineImageTemplates_CreateOrUpdate',
    'VirtualMachineImageTemplates_Delete',
    'VirtualMachineImageTemplates_Get',
    'VirtualMachineImageTemplates_GetRunOutput',
    'VirtualMachineImageTemplates_List',
    'VirtualMachineImageTemplates_ListByResourceGroup',
    'VirtualMachineImageTemplates_Run',
  ],
  compute: [
    'Images_CreateOrUpdate',
    'Images_Get',
    'Images_ListByResourceGroup',
    'VirtualMachineImages_List',
    'VirtualMachineScaleSetRollingUpgrades_GetLatest',
    'VirtualMachineScaleSetVMs_List',
    'VirtualMachineScaleSets_CreateOrUpdate',
    'VirtualMachineScaleSets_Get',
    'VirtualMachineScaleSets_ListAll',
    'VirtualMachineScaleSets_Update',
    'VirtualMachineScaleSets_UpdateInstances',
    'VirtualMachines_ListAll',
  ],
  loadBalancers: ['LoadBalancers_CreateOrUpdate', 'LoadBalancers_Get'],
  securityGroups: ['NetworkSecurityGroups_Get'],
  subnets: ['Subnets_Get'],
  web: [
    'WebApps_CreateOrUpdate',
    'WebApps_CreateOrUpdateSlot',
    'WebApps_Get',
    'WebApps_GetConfiguration',
    'WebApps_GetConfigurationSlot',
    'WebApps_GetSlot',
    'WebApps_ListApplicationSettings',
    'WebApps_ListApplicationSettingsSlot',
    'WebApps_RestartSlot',
    'WebApps_SwapSlot',
    'WebApps_UpdateConfigurationSlot',
  ],
  resources: ['ResourceGroups_CreateOrUpdate', 'Resources_List', 'Tags_UpdateAtScope'],
};

/** One wrong response per spec file, each breaking the spec in ways oav enforces. */
const planted: Record<SpecName, Plant> = {
  gallery: {
    operation: 'GalleryImageVersions_Get',
    break: (b) => {
      delete b['location']; // TrackedResource requires it
      at(b, 'properties', 'publishingProfile', 'targetRegions', 0)['regionalReplicaCount'] = 'two'; // int32
    },
    codes: ['INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  imageBuilder: {
    operation: 'VirtualMachineImageTemplates_Get',
    pick: (b) => at(b, 'properties')['lastRunStatus'] !== undefined,
    break: (b) => {
      delete b['identity']; // ImageTemplate requires it
      at(b, 'properties', 'lastRunStatus')['runState'] = 'Halfway'; // closed enum RunState (modelAsString: false)
      at(b, 'properties')['buildTimeoutInMinutes'] = 'long'; // int32
    },
    codes: ['ENUM_MISMATCH', 'INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  compute: {
    operation: 'VirtualMachineScaleSets_Get',
    break: (b) => {
      delete b['location']; // TrackedResource requires it
      at(b, 'properties', 'upgradePolicy')['mode'] = 'Sometimes'; // closed enum UpgradeMode
      at(b, 'sku')['capacity'] = 'four'; // int64
    },
    codes: ['ENUM_MISMATCH', 'INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  loadBalancers: {
    operation: 'LoadBalancers_Get',
    break: (b) => {
      at(b, 'properties', 'probes', 0, 'properties')['port'] = '8080'; // int32
      delete at(b, 'properties', 'loadBalancingRules', 0, 'properties')['protocol']; // required
    },
    codes: ['INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  securityGroups: {
    operation: 'NetworkSecurityGroups_Get',
    break: (b) => {
      const rule = at(b, 'properties', 'securityRules', 0, 'properties');
      rule['priority'] = 'high'; // int32
      delete rule['access']; // required
    },
    codes: ['INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  subnets: {
    operation: 'Subnets_Get',
    break: (b) => {
      at(b, 'properties')['addressPrefix'] = 24; // string
      b['subnetMask'] = '255.255.255.0'; // not in Subnet
    },
    codes: ['INVALID_TYPE', 'OBJECT_ADDITIONAL_PROPERTIES'],
  },
  web: {
    operation: 'WebApps_Get',
    break: (b) => {
      delete b['location']; // Resource requires it
      at(b, 'properties')['usageState'] = 'Overdrawn'; // closed enum UsageState
      at(b, 'properties')['enabled'] = 'yes'; // boolean
    },
    codes: ['ENUM_MISMATCH', 'INVALID_TYPE', 'OBJECT_MISSING_REQUIRED_PROPERTY'],
  },
  resources: {
    operation: 'Tags_UpdateAtScope',
    break: (b) => {
      const tags = at(b, 'properties', 'tags');
      tags[Object.keys(tags)[0]!] = 1; // tag values are strings
      b['etag'] = 'W/"1"'; // not in TagsResource
    },
    codes: ['INVALID_TYPE', 'OBJECT_ADDITIONAL_PROPERTIES'],
  },
};

describe("the engine's recorded traffic validates with oav validate-traffic", () => {
  const recorded: RecordedExchange[] = [];
  let demo: DemoOutcome;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oav-engine-'));
    const record = (x: RecordedExchange) => recorded.push(x);
    demo = await recordDemo(record);
    await recordFaultCells(record);
    await recordScenarios(record);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validated = specRuns(SPEC_FILES, planted, recorded, () => dir);

  it('recorded three demo releases (live, switched back, swapped), fault cells and error answers', () => {
    expect(demo.first.status, demo.first.error?.message).toBe('succeeded');
    expect(demo.second).toMatchObject({ imageVersion: '1.0.2', rolledBack: true });
    expect(demo.third).toMatchObject({ swapped: true, verifyResult: 'passed' });
    const errors = new Set(recorded.filter((x) => x.response.statusCode >= 400).map((x) => x.response.statusCode));
    expect([...errors].sort()).toEqual([404, 429, 500, 503]);
  });

  for (const name of Object.keys(expected) as SpecName[]) {
    it(`oav finds no error in the ${name} traffic`, async () => {
      const { validator, problems } = await validated(name);
      const real = problems.filter((p) => p.file !== PLANTED);
      expect(real, JSON.stringify(real, null, 2)).toEqual([]);
      expect(validator.operationUndefinedResult).toBe(0); // every payload matched an operation of the spec
      expect(coveredOperations(validator)).toEqual(expected[name]);
    }, 30_000);

    it(`the ${name} check has teeth: a planted wrong response is reported`, async () => {
      const { problems } = await validated(name);
      const caught = problems.filter((p) => p.file === PLANTED);
      expect(caught.map((p) => p.code).sort(), JSON.stringify(caught, null, 2)).toEqual(planted[name].codes);
    }, 30_000);
  }
});
