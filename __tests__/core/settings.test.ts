/** parseSettings on valid configurations: the typed fields, defaults, freezing and secrets. */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings/parse.js';
import { INPUTS } from '../../src/core/settings/table.js';
import type { Settings } from '../../src/core/settings/types.js';
import { IDS, inputs } from './fakes.js';

const parse = (values: Record<string, string | undefined>) => parseSettings(inputs(values));

const verifyOnly = { stages: 'verify', 'probe-urls': 'https://app.example.com/health' };

describe('parseSettings: a verify-only step', () => {
  it('builds one probe per probe-urls line with the table defaults', () => {
    const s = parse({
      stages: 'verify',
      'probe-urls': 'https://app.example.com/health\n\n# comment\nhttp://10.0.0.4:8080/ready',
    });
    expect(s.stages).toEqual(['verify']);
    expect(s.verify.probes).toEqual([
      {
        name: 'https://app.example.com/health',
        url: 'https://app.example.com/health',
        expectStatus: [{ min: 200, max: 299 }],
        bodyMatch: undefined,
        successes: 3,
        failureLimit: undefined,
        intervalMs: 5000,
        requestTimeoutMs: 10_000,
        timeoutMs: 300_000,
      },
      expect.objectContaining({ name: 'http://10.0.0.4:8080/ready', url: 'http://10.0.0.4:8080/ready' }),
    ]);
    expect(s.verify).toMatchObject({
      instanceHealth: true,
      remoteAccess: 'warn',
      autoRollback: true,
      toVersion: undefined,
    });
    expect(s.dryRun).toBe(false);
    expect(s.secrets).toEqual([]);
  });

  it('applies every general default from the table', () => {
    const s = parse(verifyOnly);
    expect(s.azure).toEqual({
      cloud: 'AzureCloud',
      armEndpoint: 'https://management.azure.com',
      caFile: undefined,
      subscriptionId: undefined,
      tenantId: undefined,
      clientId: undefined,
      clientSecret: undefined,
      auth: 'auto',
      accessToken: undefined,
    });
    expect(s.bake).toMatchObject({
      builder: 'packer',
      packer: undefined,
      imageBuilder: undefined,
      timeoutMs: 7_200_000,
      force: false,
    });
    expect(s.publish).toMatchObject({
      version: { kind: 'auto' },
      targetRegions: [],
      replicaCount: 1,
      storageAccountType: 'Standard_LRS',
      excludeFromLatest: false,
      replicationMode: 'Full',
      replicationTimeoutMs: 5_400_000,
      createDefinition: undefined,
      keepManagedImage: false,
    });
    expect(s.deploy).toMatchObject({
      strategy: 'rolling',
      rolloutMode: 'auto',
      rolling: {},
      scaleDownDelayMs: 1_800_000,
      slot: 'staging',
      warmupPath: '/',
      swapWithPreview: false,
      timeoutMs: 3_600_000,
      lockTimeoutMs: 900_000,
    });
    expect(s.cleanup).toEqual({
      keepVersions: 5,
      keepDays: 0,
      retire: 'delete',
      failOnError: false,
      parallelism: 8,
      maxDeletes: 1000,
      timeoutMs: 10_800_000,
    });
  });

  it('the parser defaults agree with the defaults the table documents', () => {
    // Each default in the table, given explicitly, parses to the same settings as leaving it out.
    const defaults = Object.fromEntries(
      INPUTS.filter((i) => i.default !== undefined && i.name !== 'stages').map((i) => [i.name, i.default]),
    );
    expect(parse({ ...defaults, ...verifyOnly })).toEqual(parse(verifyOnly));
  });

  it('builds probes from the probes YAML list with per-probe overrides over the probe-* inputs', () => {
    const s = parse({
      stages: 'verify',
      'probe-expect-status': '200,204',
      'probe-successes': '2',
      'probe-interval': '2s',
      'probe-body-match': '/ok|healthy/i',
      probes: [
        '- url: https://api.example.com/health',
        '  name: api',
        '  expect-status: 2xx,304',
        '  body-match: healthy',
        '  successes: 5',
        '  interval: 500ms',
        '  request-timeout: 3s',
        '  timeout: 1m30s',
        '  failure-limit: 4',
        '  headers:',
        '    Authorization: Bearer top-secret-token',
        '    X-Plain: 42',
        '- url: https://web.example.com/',
      ].join('\n'),
    });
    expect(s.verify.probes).toEqual([
      {
        name: 'api',
        url: 'https://api.example.com/health',
        expectStatus: [{ min: 200, max: 299 }, 304],
        bodyMatch: { kind: 'substring', text: 'healthy' },
        successes: 5,
        failureLimit: 4,
        intervalMs: 500,
        requestTimeoutMs: 3000,
        timeoutMs: 90_000,
        headers: { Authorization: 'Bearer top-secret-token', 'X-Plain': '42' },
      },
      {
        name: 'https://web.example.com/',
        url: 'https://web.example.com/',
        expectStatus: [200, 204],
        bodyMatch: { kind: 'regex', source: 'ok|healthy', flags: 'i' },
        successes: 2,
        failureLimit: undefined,
        intervalMs: 2000,
        requestTimeoutMs: 10_000,
        timeoutMs: 300_000,
        headers: undefined,
      },
    ]);
    // Header values are secrets.
    expect(s.secrets).toEqual(expect.arrayContaining(['Bearer top-secret-token', '42']));
  });

  it('puts probe-urls probes before probes-list probes', () => {
    const s = parse({
      stages: 'verify',
      'probe-urls': 'https://a.example.com/',
      probes: '- url: https://b.example.com/',
    });
    expect(s.verify.probes.map((p) => p.url)).toEqual(['https://a.example.com/', 'https://b.example.com/']);
  });

  it('a failure-limit of 0 means "only the timeout"', () => {
    const s = parse({
      ...verifyOnly,
      'probe-failure-limit': '0',
      probes: '- url: https://b.example.com/\n  failure-limit: 0',
    });
    expect(s.verify.probes.map((p) => p.failureLimit)).toEqual([undefined, undefined]);
    const t = parse({ ...verifyOnly, 'probe-failure-limit': '2' });
    expect(t.verify.probes[0]!.failureLimit).toBe(2);
  });

  it('verify may check a named scale set without probes', () => {
    const s = parse({
      stages: 'verify',
      'resource-group': 'rg-web',
      'scale-set': 'vmss-web',
      'instance-health': 'false',
      'remote-access': 'deny',
    });
    expect(s.verify.probes).toEqual([]);
    expect(s.deploy.scaleSet).toBe('vmss-web');
    expect(s.verify).toMatchObject({ instanceHealth: false, remoteAccess: 'deny' });
  });
});

describe('parseSettings: stages', () => {
  it("'all' is bake, publish, deploy, verify, cleanup (not rollback)", () => {
    const s = parse({
      stages: 'ALL',
      'packer-template': 'web.pkr.hcl',
      'resource-group': 'rg',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'scale-set': 'vmss',
    });
    expect(s.stages).toEqual(['bake', 'publish', 'deploy', 'verify', 'cleanup']);
  });

  it('runs listed stages in pipeline order, whatever order and case they were listed in', () => {
    const s = parse({
      stages: 'Verify,\ndeploy',
      'resource-group': 'rg',
      'scale-set': 'vmss',
      'image-id': IDS.imageVersion,
    });
    expect(s.stages).toEqual(['deploy', 'verify']);
  });

  it('stages defaults to all', () => {
    const read = inputs({
      'packer-template': 't.pkr.hcl',
      'resource-group': 'rg',
      'gallery-name': 'g',
      'image-definition': 'd',
      'scale-set': 'v',
    });
    expect(parseSettings(read).stages).toEqual(['bake', 'publish', 'deploy', 'verify', 'cleanup']);
  });
});

describe('parseSettings: a full release with packer', () => {
  const release = {
    stages: 'all',
    'resource-group': 'rg-web',
    'subscription-id': IDS.sub,
    'tenant-id': 'AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee',
    'client-id': ' 99999999-8888-7777-6666-555555555555 ',
    auth: 'client-secret',
    'client-secret': '  cl1ent~secret  ',
    'packer-template': 'images/web.pkr.hcl',
    'packer-variables': 'region = westeurope\nadmin_password=Pa55w0rd!\n# comment\napp_version=1.4.2',
    'packer-secret-variables': 'admin_password, not_given',
    'packer-var-files': 'a.pkrvars.hcl\nb,c.pkrvars.hcl',
    'packer-only': 'azure-arm.web, azure-arm.api',
    'base-image-version': '22.04.202501010',
    'bake-timeout': '1h30m',
    'force-bake': 'yes',
    'gallery-name': 'gal_web.1',
    'image-definition': 'web',
    'image-version': 'date',
    'target-regions': 'westeurope, North Europe:3\nswedencentral:2:premium_lrs',
    'replica-count': '2',
    'storage-account-type': 'standard_zrs',
    'exclude-from-latest': 'on',
    'end-of-life-date': '2027-06-30',
    'replication-mode': 'shallow',
    'replication-timeout': '45m',
    'scale-set': 'vmss-web',
    'rollout-mode': 'manual',
    'max-batch-percent': '25',
    'max-unhealthy-percent': '5',
    'max-unhealthy-upgraded-percent': '0',
    'pause-between-batches': '30',
    'max-surge': 'true',
    'prioritize-unhealthy': 'false',
    'deploy-timeout': '250ms',
    'lock-timeout': '1d',
    'probe-urls': 'https://web.example.com/health',
    'keep-versions': '3',
    'keep-days': '30',
    retire: 'End-Of-Life',
    'fail-on-cleanup-error': '1',
    'dry-run': 'TRUE',
    'record-file': ' out/record.json ',
  };

  it('parses every slice', () => {
    const s = parse(release);
    expect(s.dryRun).toBe(true);
    expect(s.recordFile).toBe('out/record.json');
    expect(s.resourceGroup).toBe('rg-web');
    expect(s.azure).toMatchObject({
      subscriptionId: IDS.sub,
      tenantId: 'AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee',
      clientId: '99999999-8888-7777-6666-555555555555',
      auth: 'client-secret',
      clientSecret: 'cl1ent~secret',
    });
    expect(s.bake).toEqual({
      builder: 'packer',
      packer: {
        template: 'images/web.pkr.hcl',
        variables: { region: 'westeurope', admin_password: 'Pa55w0rd!', app_version: '1.4.2' },
        secretVariables: ['admin_password', 'not_given'],
        varFiles: ['a.pkrvars.hcl', 'b,c.pkrvars.hcl'],
        only: ['azure-arm.web', 'azure-arm.api'],
      },
      imageBuilder: undefined,
      baseImageVersion: '22.04.202501010',
      timeoutMs: 5_400_000,
      force: true,
    });
    expect(s.publish).toEqual({
      galleryName: 'gal_web.1',
      galleryResourceGroup: 'rg-web',
      imageDefinition: 'web',
      version: { kind: 'date' },
      imageId: undefined,
      managedImageId: undefined,
      targetRegions: [
        { name: 'westeurope', replicas: 2, storageAccountType: 'Standard_ZRS' },
        { name: 'northeurope', replicas: 3, storageAccountType: 'Standard_ZRS' },
        { name: 'swedencentral', replicas: 2, storageAccountType: 'Premium_LRS' },
      ],
      replicaCount: 2,
      storageAccountType: 'Standard_ZRS',
      excludeFromLatest: true,
      endOfLifeDate: '2027-06-30',
      replicationMode: 'Shallow',
      replicationTimeoutMs: 2_700_000,
      createDefinition: undefined,
      keepManagedImage: false,
    });
    expect(s.deploy).toMatchObject({
      strategy: 'rolling',
      resourceGroup: 'rg-web',
      scaleSet: 'vmss-web',
      rolloutMode: 'manual',
      rolling: {
        maxBatchPercent: 25,
        maxUnhealthyPercent: 5,
        maxUnhealthyUpgradedPercent: 0,
        pauseBetweenBatchesMs: 30_000,
        maxSurge: true,
        prioritizeUnhealthy: false,
      },
      timeoutMs: 250,
      lockTimeoutMs: 86_400_000,
    });
    expect(s.cleanup).toEqual({
      keepVersions: 3,
      keepDays: 30,
      retire: 'end-of-life',
      failOnError: true,
      parallelism: 8,
      maxDeletes: 1000,
      timeoutMs: 10_800_000,
    });
  });

  it('collects the client secret and secret packer variables, trimmed as used', () => {
    const s = parse(release);
    expect([...s.secrets].sort()).toEqual(['Pa55w0rd!', 'cl1ent~secret']);
  });

  it('takes packer variables as YAML or JSON maps too, non-strings as JSON', () => {
    const yaml = parse({ ...release, 'packer-variables': 'region: westeurope\ncount: 3\ntags: {a: b}' });
    expect(yaml.bake.packer!.variables).toEqual({ region: 'westeurope', count: '3', tags: '{"a":"b"}' });
    const json = parse({ ...release, 'packer-variables': '{"admin_password": "x1y2z3", "n": true}' });
    expect(json.bake.packer!.variables).toEqual({ admin_password: 'x1y2z3', n: 'true' });
    expect(json.secrets).toContain('x1y2z3');
  });

  it('does not read bake inputs of a builder that does not run', () => {
    const read = inputs({ ...release, stages: 'publish,deploy', 'managed-image-id': IDS.managedImage });
    const s = parseSettings(read);
    expect(s.bake.packer).toBeUndefined();
    expect(read.names.has('packer-template')).toBe(false);
  });

  it('is frozen all the way down', () => {
    const s = parse({ ...release, probes: '- url: https://x.example.com/\n  headers: {A: bcd}' }) as Settings &
      Record<string, unknown>;
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.stages)).toBe(true);
    expect(Object.isFrozen(s.publish.targetRegions[0])).toBe(true);
    expect(Object.isFrozen(s.bake.packer!.variables)).toBe(true);
    expect(Object.isFrozen(s.verify.probes[1]!.headers)).toBe(true);
    expect(Object.isFrozen(s.verify.probes[0]!.expectStatus[0])).toBe(true);
    expect(Object.isFrozen(s.secrets)).toBe(true);
    expect(() => {
      (s.deploy as { strategy: string }).strategy = 'blue-green';
    }).toThrow(TypeError);
  });
});

describe('parseSettings: image-builder', () => {
  it('parses the Image Builder slice', () => {
    const s = parse({
      stages: 'bake,publish',
      'resource-group': 'rg',
      builder: 'Image-Builder',
      'image-builder-source': 'Canonical:ubuntu-24_04-lts:server:latest',
      'image-builder-customizers': '- type: Shell\n  inline: ["apt-get update"]\n- type: windowsrestart',
      'image-builder-identity': IDS.identity,
      'keep-image-template': 'true',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'image-version': '1.4.2',
      'create-image-definition': 'true',
      'os-type': 'windows',
      'hyper-v-generation': 'v1',
      'image-publisher': 'contoso',
      'image-offer': 'web',
      'image-sku': '2025',
      'keep-managed-image': 'true',
    });
    expect(s.bake.builder).toBe('image-builder');
    expect(s.bake.packer).toBeUndefined();
    expect(s.bake.imageBuilder).toEqual({
      source: 'Canonical:ubuntu-24_04-lts:server:latest',
      customizers: [{ type: 'Shell', inline: ['apt-get update'] }, { type: 'windowsrestart' }],
      vmSize: 'Standard_D2s_v3',
      identity: IDS.identity,
      keepTemplate: true,
    });
    expect(s.publish.version).toEqual({ kind: 'explicit', version: '1.4.2' });
    expect(s.publish.createDefinition).toEqual({
      osType: 'Windows',
      hyperVGeneration: 'V1',
      publisher: 'contoso',
      offer: 'web',
      sku: '2025',
    });
    expect(s.publish.keepManagedImage).toBe(true);
  });

  it('accepts a managed image or gallery version id as the source', () => {
    for (const source of [IDS.managedImage, IDS.imageVersion]) {
      const s = parse({
        stages: 'bake',
        builder: 'image-builder',
        'image-builder-source': source,
        'image-builder-vm-size': 'Standard_D4s_v5',
      });
      expect(s.bake.imageBuilder).toMatchObject({ source, vmSize: 'Standard_D4s_v5', customizers: [] });
    }
  });
});

describe('parseSettings: publish-only and deploy-only steps', () => {
  it('a publish-only step takes the managed image the bake step produced', () => {
    const s = parse({
      stages: 'publish',
      'resource-group': 'rg',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'managed-image-id': IDS.managedImage,
    });
    expect(s.stages).toEqual(['publish']);
    expect(s.publish.managedImageId).toBe(IDS.managedImage);
  });

  it("builder 'none' publishes an existing managed image in a bake+publish run", () => {
    const s = parse({
      stages: 'bake,publish',
      builder: 'none',
      'resource-group': 'rg',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'managed-image-id': IDS.managedImage,
    });
    expect(s.bake.builder).toBe('none');
    expect(s.publish.managedImageId).toBe(IDS.managedImage);
  });

  it('a gallery in its own resource group', () => {
    const s = parse({
      stages: 'publish',
      'gallery-resource-group': 'rg-img',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'managed-image-id': IDS.managedImage,
    });
    expect(s.publish.galleryResourceGroup).toBe('rg-img');
    expect(s.resourceGroup).toBeUndefined();
  });

  it('a deploy-only step takes an image id', () => {
    const s = parse({ stages: 'deploy', 'resource-group': 'rg', 'scale-set': 'vmss', 'image-id': IDS.imageVersion });
    expect(s.publish.imageId).toBe(IDS.imageVersion);
  });

  it('a deploy-only step takes an explicit version with gallery and definition', () => {
    const s = parse({
      stages: 'deploy',
      'resource-group': 'rg',
      'scale-set': 'vmss',
      'image-version': '2.0.10',
      'gallery-name': 'gal',
      'image-definition': 'web',
    });
    expect(s.publish).toMatchObject({
      version: { kind: 'explicit', version: '2.0.10' },
      galleryName: 'gal',
      imageDefinition: 'web',
      galleryResourceGroup: 'rg',
    });
  });

  it('version keywords are case-insensitive', () => {
    for (const [raw, kind] of [
      ['AUTO', 'auto'],
      ['Date', 'date'],
      ['git-tag', 'git-tag'],
    ] as const) {
      expect(parse({ ...verifyOnly, 'image-version': raw }).publish.version).toEqual({ kind });
    }
    expect(parse({ ...verifyOnly, 'image-version': '2147483647.0.1' }).publish.version).toEqual({
      kind: 'explicit',
      version: '2147483647.0.1',
    });
  });
});

describe('parseSettings: deploy strategies', () => {
  it('blue-green', () => {
    const s = parse({
      stages: 'deploy,verify',
      strategy: 'Blue-Green',
      'resource-group': 'rg',
      'scale-set': 'web',
      'load-balancer': 'lb-web',
      'preview-port': '8443',
      'scale-down-delay': '10m',
      'image-id': IDS.imageVersion,
      'probe-urls': 'https://web.example.com/',
      'instance-health': 'false',
    });
    expect(s.deploy).toMatchObject({
      strategy: 'blue-green',
      scaleSet: 'web',
      loadBalancer: 'lb-web',
      previewPort: 8443,
      scaleDownDelayMs: 600_000,
    });
  });

  it('slot-swap with a container image needs no image id', () => {
    const s = parse({
      stages: 'deploy',
      strategy: 'slot-swap',
      'resource-group': 'rg',
      'app-service': 'app-web',
      slot: 'canary-1',
      'container-image': 'myregistry.azurecr.io/web@sha256:' + 'a'.repeat(64),
      'warmup-path': '/healthz',
      'swap-with-preview': 'true',
    });
    expect(s.deploy).toMatchObject({
      strategy: 'slot-swap',
      appService: 'app-web',
      slot: 'canary-1',
      warmupPath: '/healthz',
      swapWithPreview: true,
    });
    expect(s.deploy.containerImage).toMatch(/@sha256:a{64}$/);
    expect(s.secrets).toEqual([]);
  });

  it('slot-swap with a package URL: the URL and its SAS query are secrets', () => {
    const url = 'https://Store.blob.core.windows.net/pkgs/app.zip?sv=2024-01-01&sig=abc%2Bdef';
    const s = parse({
      stages: 'deploy',
      strategy: 'slot-swap',
      'resource-group': 'rg',
      'app-service': 'app-web',
      'package-url': url,
    });
    expect(s.deploy.packageUrl).toBe('https://store.blob.core.windows.net/pkgs/app.zip?sv=2024-01-01&sig=abc%2Bdef');
    expect(s.secrets).toEqual(expect.arrayContaining([url, s.deploy.packageUrl, 'sv=2024-01-01&sig=abc%2Bdef']));
  });

  it('a tagged container image is accepted', () => {
    const s = parse({
      stages: 'deploy',
      strategy: 'slot-swap',
      'resource-group': 'rg',
      'app-service': 'a',
      'container-image': 'registry:5000/team/web:1.4.2',
    });
    expect(s.deploy.containerImage).toBe('registry:5000/team/web:1.4.2');
  });
});

describe('parseSettings: rollback and cleanup', () => {
  it('rollback needs its target and takes a version to return to', () => {
    const s = parse({ stages: 'rollback', 'resource-group': 'rg', 'scale-set': 'vmss', 'to-version': '1.4.1' });
    expect(s.stages).toEqual(['rollback']);
    expect(s.verify.toVersion).toBe('1.4.1');
  });

  it('verify then rollback in one step is allowed', () => {
    const s = parse({
      stages: 'rollback,verify',
      'resource-group': 'rg',
      'scale-set': 'vmss',
      'probe-urls': 'https://x.example.com/',
    });
    expect(s.stages).toEqual(['verify', 'rollback']);
  });

  it('cleanup needs the gallery', () => {
    const s = parse({
      stages: 'cleanup',
      'resource-group': 'rg',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'keep-versions': '1000',
      'keep-days': '36500',
      retire: 'exclude',
    });
    expect(s.cleanup).toEqual({
      keepVersions: 1000,
      keepDays: 36500,
      retire: 'exclude',
      failOnError: false,
      parallelism: 8,
      maxDeletes: 1000,
      timeoutMs: 10_800_000,
    });
    expect(s.publish.galleryName).toBe('gal');
  });
});

describe('parseSettings: azure', () => {
  it('picks the ARM endpoint of each sovereign cloud', () => {
    expect(parse({ ...verifyOnly, cloud: 'AzureUSGovernment' }).azure.armEndpoint).toBe(
      'https://management.usgovcloudapi.net',
    );
    expect(parse({ ...verifyOnly, cloud: 'azurechinacloud' }).azure.armEndpoint).toBe(
      'https://management.chinacloudapi.cn',
    );
  });

  it('a custom cloud with a static token (the emulator)', () => {
    const s = parse({
      ...verifyOnly,
      cloud: 'Custom',
      'arm-endpoint': 'https://localhost:8443/',
      'ca-file': 'ca.pem',
      auth: 'static-token',
      'access-token': 'tok-123\n',
    });
    expect(s.azure).toMatchObject({
      cloud: 'Custom',
      armEndpoint: 'https://localhost:8443',
      caFile: 'ca.pem',
      auth: 'static-token',
      accessToken: 'tok-123',
    });
    expect(s.secrets).toEqual(['tok-123']);
  });

  it('target regions of a sovereign cloud come from its own list', () => {
    const s = parse({ ...verifyOnly, cloud: 'AzureUSGovernment', 'target-regions': 'usgovvirginia:2' });
    expect(s.publish.targetRegions).toEqual([
      { name: 'usgovvirginia', replicas: 2, storageAccountType: 'Standard_LRS' },
    ]);
  });
});

describe('parseSettings: durations', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['1m5s', 65_000],
    ['1.5s', 1500],
    ['12', 12_000],
    ['0.5', 500],
    [' 2H ', 7_200_000],
    ['1d2h', 93_600_000],
  ])('%s is %d ms', (raw, ms) => {
    expect(parse({ ...verifyOnly, 'bake-timeout': raw }).bake.timeoutMs).toBe(ms);
  });
});

describe('secrets carried by probe URLs', () => {
  it('registers URL passwords and key-like query values as secrets', () => {
    const s = parseSettings(
      (n) =>
        (
          ({
            stages: 'verify',
            'probe-urls': 'https://ops:pa55word@app.example.com/health?code=fnkey123&x=1',
          }) as Record<string, string>
        )[n],
    );
    expect(s.secrets).toEqual(expect.arrayContaining(['pa55word', 'fnkey123']));
    expect(s.secrets).not.toContain('1');
  });
});

describe('verify needs something to check', () => {
  it('refuses a target whose checks are all switched off and no probes', () => {
    const read = (n: string) =>
      (
        ({
          stages: 'verify',
          'scale-set': 'web',
          'resource-group': 'rg',
          'instance-health': 'false',
          'remote-access': 'allow',
        }) as Record<string, string>
      )[n];
    expect(() => parseSettings(read)).toThrow(
      /input 'probe-urls': is required when stage 'verify' has nothing else to check/,
    );
  });
});

describe('OIDC and client-secret sign-in', () => {
  it('needs client-id and tenant-id', () => {
    const read = (n: string) =>
      (({ stages: 'verify', 'probe-urls': 'https://a.example.com', auth: 'oidc' }) as Record<string, string>)[n];
    expect(() => parseSettings(read)).toThrow(
      /input 'client-id': is required when 'auth' is 'oidc'[\s\S]*input 'tenant-id': is required when 'auth' is 'oidc'/,
    );
  });
});
