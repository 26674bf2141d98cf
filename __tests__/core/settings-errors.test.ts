/**
 * parseSettings on bad inputs: every message, word for word. Each names the input, the bad value
 * and what was expected; all problems come in one throw; secrets are never echoed.
 */
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../src/core/settings/errors.js';
import { parseSettings, type ParseOptions } from '../../src/core/settings/parse.js';
import { findInput } from '../../src/core/settings/table.js';
import { IDS, inputs } from './fakes.js';

type Values = Record<string, string | undefined>;

/** The SettingsError parseSettings throws for `values`; fails the test when it does not throw. */
function settingsError(values: Values, options?: ParseOptions): SettingsError {
  try {
    parseSettings(inputs(values), options);
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return err as SettingsError;
  }
  throw new Error(`parseSettings accepted ${JSON.stringify(values)}`);
}

/** The problem lines, each as "input 'name': message". */
const lines = (values: Values, options?: ParseOptions) =>
  settingsError(values, options).problems.map((p) => `input '${p.input}': ${p.message}`);

/** Asserts the inputs yield exactly this one problem, as the whole message. */
function expectOnly(values: Values, line: string): void {
  expect(settingsError(values).message).toBe(line);
}

const verifyOnly = { stages: 'verify', 'probe-urls': 'https://app.example.com/health' };
const deployBase = { stages: 'deploy', 'resource-group': 'rg', 'scale-set': 'vmss', 'image-id': IDS.imageVersion };

describe('settings errors: value parsers', () => {
  it('booleans', () => {
    expectOnly(
      { ...verifyOnly, 'dry-run': 'maybe' },
      "input 'dry-run': 'maybe' is not a boolean; expected 'true' or 'false'",
    );
  });

  it('integers: not whole, out of range', () => {
    expectOnly(
      { ...verifyOnly, 'replica-count': '2.5' },
      "input 'replica-count': '2.5' is not a whole number; expected an integer from 1 to 100",
    );
    expectOnly(
      { ...verifyOnly, 'replica-count': '0' },
      "input 'replica-count': '0' is out of range; expected an integer from 1 to 100",
    );
    expectOnly(
      { ...verifyOnly, 'keep-versions': '1001' },
      "input 'keep-versions': '1001' is out of range; expected an integer from 1 to 1000",
    );
    expectOnly(
      { ...verifyOnly, 'keep-days': '-1' },
      "input 'keep-days': '-1' is out of range; expected an integer from 0 to 36500",
    );
    expectOnly(
      { ...verifyOnly, 'preview-port': '65536' },
      "input 'preview-port': '65536' is out of range; expected an integer from 1 to 65535",
    );
  });

  it('rolling percentages use Azure bounds (5-100, unhealthy-upgraded 0-100)', () => {
    expectOnly(
      { ...verifyOnly, 'max-batch-percent': '4' },
      "input 'max-batch-percent': '4' is out of range; expected an integer from 5 to 100",
    );
    expectOnly(
      { ...verifyOnly, 'max-unhealthy-percent': '101' },
      "input 'max-unhealthy-percent': '101' is out of range; expected an integer from 5 to 100",
    );
    expectOnly(
      { ...verifyOnly, 'max-unhealthy-upgraded-percent': 'ten' },
      "input 'max-unhealthy-upgraded-percent': 'ten' is not a whole number; expected an integer from 0 to 100",
    );
    // The table documents the same bounds the parser applies.
    expect(findInput('max-batch-percent')!.description).toContain('(5-100)');
    expect(findInput('max-unhealthy-percent')!.description).toContain('(5-100)');
  });

  it('enums, with a suggestion for a near miss whatever its case', () => {
    expectOnly(
      { ...verifyOnly, strategy: 'blue-gren' },
      "input 'strategy': 'blue-gren' is not one of 'rolling', 'blue-green', 'slot-swap', 'template'; did you mean 'blue-green'?",
    );
    expectOnly(
      { ...verifyOnly, 'storage-account-type': 'Premium-LRS' },
      "input 'storage-account-type': 'Premium-LRS' is not one of 'Standard_LRS', 'Standard_ZRS', 'Premium_LRS'; did you mean 'Premium_LRS'?",
    );
    expectOnly(
      { ...verifyOnly, cloud: 'azurechina' },
      "input 'cloud': 'azurechina' is not one of 'AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'",
    );
    expectOnly(
      { ...verifyOnly, 'remote-access': 'block' },
      "input 'remote-access': 'block' is not one of 'deny', 'warn', 'allow'",
    );
    expectOnly(
      { ...verifyOnly, retire: 'delte' },
      "input 'retire': 'delte' is not one of 'delete', 'end-of-life', 'exclude'; did you mean 'delete'?",
    );
    expectOnly(
      { ...verifyOnly, auth: 'odic' },
      "input 'auth': 'odic' is not one of 'auto', 'oidc', 'client-secret', 'azure-cli', 'static-token'; did you mean 'oidc'?",
    );
    expectOnly(
      { ...verifyOnly, 'rollout-mode': 'batch' },
      "input 'rollout-mode': 'batch' is not one of 'auto', 'rolling', 'manual', 'automatic'",
    );
    expectOnly(
      { ...verifyOnly, 'replication-mode': 'Deep' },
      "input 'replication-mode': 'Deep' is not one of 'Full', 'Shallow'",
    );
  });

  it('durations', () => {
    const expected = "is not a duration; expected e.g. '30s', '5m', '1h30m' or a number of seconds";
    for (const bad of ['5 min', '1h30', 'm5', '-5s', '1.5.5s', 'soon']) {
      expectOnly({ ...verifyOnly, 'lock-timeout': bad }, `input 'lock-timeout': '${bad}' ${expected}`);
    }
  });

  it('durations that must be above zero', () => {
    expectOnly(
      { ...verifyOnly, 'probe-timeout': '0s' },
      "input 'probe-timeout': '0s' is zero; expected a duration above zero",
    );
    expectOnly(
      { ...verifyOnly, 'probe-request-timeout': '0' },
      "input 'probe-request-timeout': '0' is zero; expected a duration above zero",
    );
  });

  it('https and http URLs', () => {
    expectOnly(
      { ...verifyOnly, cloud: 'Custom', 'arm-endpoint': 'http://localhost:8443' },
      "input 'arm-endpoint': 'http://localhost:8443' is not an https URL; expected e.g. 'https://management.example.com'",
    );
    expectOnly(
      { stages: 'verify', 'probe-urls': 'https://ok.example.com/\nftp://files.example.com/' },
      "input 'probe-urls': 'ftp://files.example.com/' is not an http(s) URL; expected e.g. 'https://app.example.com/health'",
    );
  });

  it('resource names', () => {
    expectOnly(
      { ...verifyOnly, 'resource-group': '-rg' },
      "input 'resource-group': '-rg' is not a valid Azure resource name; expected letters, digits, periods, underscores or hyphens, starting with a letter or digit",
    );
    expectOnly(
      { ...deployBase, slot: 'my_slot' },
      "input 'slot': 'my_slot' is not a valid Azure resource name; expected letters, digits, periods, underscores or hyphens, starting with a letter or digit",
    );
  });

  it('gallery and definition names are checked even when no stage needs them', () => {
    expectOnly(
      { ...verifyOnly, 'gallery-name': 'my-gallery' },
      "input 'gallery-name': 'my-gallery' is not a valid Azure resource name; expected letters, digits, periods, underscores or hyphens, starting with a letter or digit",
    );
    expectOnly(
      { ...verifyOnly, 'image-definition': 'web image' },
      "input 'image-definition': 'web image' is not a valid Azure resource name; expected letters, digits, periods, underscores or hyphens, starting with a letter or digit",
    );
  });

  it('resource ids: any id, and an id of one type', () => {
    expectOnly(
      { stages: 'bake', builder: 'image-builder', 'image-builder-source': '/subs/x/images/y' },
      "input 'image-builder-source': '/subs/x/images/y' is not an Azure resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>'",
    );
    // Ids are long: the value is cut at 80 characters like any other.
    const image = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/img';
    expectOnly(
      { ...deployBase, 'image-id': image },
      `input 'image-id': '${image}' is not a Microsoft.Compute/galleries/images/versions resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/galleries/<name>/images/<name>/versions/<name>'`,
    );
    // A type without a name is not an id of that type.
    const noName = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images';
    expectOnly(
      { ...verifyOnly, 'managed-image-id': noName },
      `input 'managed-image-id': '${noName}' is not a Microsoft.Compute/images resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/images/<name>'`,
    );
  });

  it('GUIDs', () => {
    expectOnly(
      { ...verifyOnly, 'tenant-id': 'contoso.onmicrosoft.com' },
      "input 'tenant-id': 'contoso.onmicrosoft.com' is not a GUID; expected e.g. '00000000-0000-0000-0000-000000000000'",
    );
  });

  it('long values are cut and multi-line values stay on one line', () => {
    const long = `${'x'.repeat(100)}`;
    expectOnly(
      { ...verifyOnly, 'dry-run': long },
      `input 'dry-run': '${'x'.repeat(77)}...' is not a boolean; expected 'true' or 'false'`,
    );
    expectOnly(
      { ...verifyOnly, 'dry-run': 'yes\nno' },
      "input 'dry-run': 'yes\\nno' is not a boolean; expected 'true' or 'false'",
    );
  });
});

describe('settings errors: stages', () => {
  it('an unknown stage, with a suggestion, reported alone', () => {
    // No requirement of any stage is reported: the stages are unknown.
    expectOnly(
      { stages: 'bake,deploi' },
      "input 'stages': 'deploi' is not a stage; expected 'all' or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback; did you mean 'deploy'?",
    );
  });

  it('an unknown stage far from any name gets no suggestion', () => {
    expectOnly(
      { stages: 'everything' },
      "input 'stages': 'everything' is not a stage; expected 'all' or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback",
    );
  });

  it("'all' combined with other stages", () => {
    expectOnly(
      { stages: 'all,rollback' },
      "input 'stages': 'all' cannot be combined with other stages; expected 'all' alone or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback",
    );
  });

  it('a list naming no stage', () => {
    expectOnly(
      { stages: ' , ,' },
      "input 'stages': ' , ,' names no stage; expected 'all' or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback",
    );
  });

  it('deploy and rollback together', () => {
    expectOnly(
      { stages: 'deploy,rollback', 'resource-group': 'rg', 'scale-set': 'vmss', 'image-id': IDS.imageVersion },
      "input 'stages': lists both 'deploy' and 'rollback'; a deploy rolls back by itself on a failed verify ('auto-rollback'), so run 'rollback' as its own step",
    );
  });

  it('bad stages still report other value problems, but no requirements', () => {
    expect(lines({ stages: 'bake,shipit', 'dry-run': 'perhaps' })).toEqual([
      "input 'stages': 'shipit' is not a stage; expected 'all' or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback",
      "input 'dry-run': 'perhaps' is not a boolean; expected 'true' or 'false'",
    ]);
  });
});

describe('settings errors: azure', () => {
  it("arm-endpoint is required for cloud 'Custom' and refused otherwise", () => {
    expectOnly({ ...verifyOnly, cloud: 'Custom' }, "input 'arm-endpoint': is required when 'cloud' is 'Custom'");
    expectOnly(
      { ...verifyOnly, cloud: 'AzureUSGovernment', 'arm-endpoint': 'https://x.example.com' },
      "input 'arm-endpoint': is only used with cloud 'Custom'; expected it empty for cloud 'AzureUSGovernment'",
    );
  });

  it("static-token only with cloud 'Custom', and then with a token", () => {
    expectOnly(
      { ...verifyOnly, auth: 'static-token', 'access-token': 'tok-123' },
      "input 'auth': 'static-token' works only with cloud 'Custom'; expected 'auto', 'oidc', 'client-secret' or 'azure-cli'",
    );
    expectOnly(
      { ...verifyOnly, cloud: 'Custom', 'arm-endpoint': 'https://localhost:8443', auth: 'static-token' },
      "input 'access-token': is required when 'auth' is 'static-token'",
    );
  });

  it('client-secret auth needs the secret', () => {
    expectOnly(
      {
        ...verifyOnly,
        auth: 'client-secret',
        'client-id': '11111111-1111-1111-1111-111111111111',
        'tenant-id': '22222222-2222-2222-2222-222222222222',
      },
      "input 'client-secret': is required when 'auth' is 'client-secret'",
    );
  });

  it('a misspelt cloud does not also trip the checks that depend on the cloud', () => {
    expectOnly(
      {
        ...verifyOnly,
        cloud: 'Custon',
        'arm-endpoint': 'https://localhost:8443',
        auth: 'static-token',
        'access-token': 'tok-123',
      },
      "input 'cloud': 'Custon' is not one of 'AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'; did you mean 'Custom'?",
    );
  });
});

describe('settings errors: bake', () => {
  it('packer needs a template; image-builder a source', () => {
    expectOnly({ stages: 'bake' }, "input 'packer-template': is required when stage 'bake' runs with builder 'packer'");
    expectOnly(
      { stages: 'bake', builder: 'image-builder' },
      "input 'image-builder-source': is required when stage 'bake' runs with builder 'image-builder'",
    );
  });

  it('a misspelt builder does not require the packer template', () => {
    expectOnly(
      { stages: 'bake', builder: 'paker' },
      "input 'builder': 'paker' is not one of 'packer', 'image-builder', 'none'; did you mean 'packer'?",
    );
  });

  it('packer variables: a line without a name, and text that is no map (not echoed: it may hold secrets)', () => {
    const bake = { stages: 'bake', 'packer-template': 't.pkr.hcl' };
    expectOnly(
      { ...bake, 'packer-variables': 'region=westeurope\njust-a-value' },
      "input 'packer-variables': 'just-a-value' is not a 'name=value' line",
    );
    expectOnly(
      { ...bake, 'packer-variables': '{"admin_password": "Sup3rS3cret!"', 'packer-secret-variables': 'admin_password' },
      "input 'packer-variables': is not a map of variables; expected YAML/JSON like {region: westeurope} or name=value lines (the value is not shown: it may hold secrets)",
    );
    expectOnly(
      { ...bake, 'packer-variables': '- a\n- b' },
      "input 'packer-variables': is not a map of variables; expected YAML/JSON like {region: westeurope} or name=value lines (the value is not shown: it may hold secrets)",
    );
  });

  it('image builder source, identity and customizers', () => {
    const aib = {
      stages: 'bake',
      builder: 'image-builder',
      'image-builder-source': 'Canonical:ubuntu:24_04-lts:latest',
    };
    expectOnly(
      { ...aib, 'image-builder-source': 'ubuntu-24.04' },
      "input 'image-builder-source': 'ubuntu-24.04' is not an image source; expected 'publisher:offer:sku:version', a managed image id or a gallery image version id",
    );
    expectOnly(
      { ...aib, 'image-builder-identity': IDS.managedImage },
      `input 'image-builder-identity': '${IDS.managedImage.slice(0, 77)}...' is not a Microsoft.ManagedIdentity/userAssignedIdentities resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>'`,
    );
    expectOnly(
      { ...aib, 'image-builder-customizers': 'type: Shell' },
      "input 'image-builder-customizers': is a YAML map, not a list; expected e.g. '- type: Shell\\n  inline: [\"apt-get update\"]'",
    );
    expect(
      lines({
        ...aib,
        'image-builder-customizers':
          '- type: Bash\n- inline: [x]\n- type: File\n  sourceUri: https://x/f\n  destination: /f',
      }),
    ).toEqual([
      "input 'image-builder-customizers': item 1 has type 'Bash'; expected one of Shell, PowerShell, File, WindowsRestart, WindowsUpdate",
      "input 'image-builder-customizers': item 2 has no type; expected one of Shell, PowerShell, File, WindowsRestart, WindowsUpdate",
    ]);
    // Not echoed: inline commands may hold secrets.
    expectOnly(
      { ...aib, 'image-builder-customizers': '- type: Shell\n   bad: [' },
      "input 'image-builder-customizers': is not valid YAML at line 1, column 9; expected a YAML list such as '- type: Shell\\n  inline: [\"apt-get update\"]' (the value is not shown)",
    );
  });
});

describe('settings errors: publish', () => {
  const publish = {
    stages: 'publish',
    'resource-group': 'rg',
    'gallery-name': 'gal',
    'image-definition': 'web',
    'managed-image-id': IDS.managedImage,
  };

  it('publish and cleanup need the gallery and the image definition', () => {
    expect(lines({ stages: 'publish', 'resource-group': 'rg', 'managed-image-id': IDS.managedImage })).toEqual([
      "input 'gallery-name': is required when stage 'publish' runs",
      "input 'image-definition': is required when stage 'publish' runs",
    ]);
    expect(lines({ stages: 'cleanup', 'resource-group': 'rg' })).toEqual([
      "input 'gallery-name': is required when stage 'cleanup' runs",
      "input 'image-definition': is required when stage 'cleanup' runs",
    ]);
  });

  it('the gallery needs a resource group', () => {
    expectOnly(
      { ...publish, 'resource-group': undefined },
      "input 'gallery-resource-group': is required when stage 'publish' runs (or set 'resource-group')",
    );
    expectOnly(
      { stages: 'cleanup', 'gallery-name': 'gal', 'image-definition': 'web' },
      "input 'gallery-resource-group': is required when stage 'cleanup' runs (or set 'resource-group')",
    );
  });

  it('a publish-only step needs the managed image; so does builder none', () => {
    expectOnly(
      { ...publish, 'managed-image-id': undefined },
      "input 'managed-image-id': is required when stage 'publish' runs without 'bake' (pass the bake step's managed-image-id output)",
    );
    expectOnly(
      { ...publish, stages: 'bake,publish', builder: 'none', 'managed-image-id': undefined },
      "input 'managed-image-id': is required when 'builder' is 'none'",
    );
  });

  it('a bad managed image id is reported once, not again as missing', () => {
    expectOnly(
      { ...publish, 'managed-image-id': 'web-img' },
      "input 'managed-image-id': 'web-img' is not an Azure resource id; expected '/subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>'",
    );
  });

  it('image versions', () => {
    const expected =
      "is not a gallery image version; expected 'auto', 'date', 'git-tag' or Major.Minor.Patch with each part a 32-bit integer (e.g. '1.4.2')";
    for (const bad of ['1.4', 'v1.4.2', '1.4.2-beta', '2147483648.0.0', 'latest']) {
      expectOnly({ ...publish, 'image-version': bad }, `input 'image-version': '${bad}' ${expected}`);
    }
  });

  it('creating a definition needs publisher, offer and sku', () => {
    expect(lines({ ...publish, 'create-image-definition': 'true', 'image-offer': 'web' })).toEqual([
      "input 'image-publisher': is required when 'create-image-definition' is true",
      "input 'image-sku': is required when 'create-image-definition' is true",
    ]);
  });

  it('target regions: unknown, near miss, twice, too many parts, bad replicas and storage', () => {
    expectOnly(
      { ...publish, 'target-regions': 'westeurop' },
      "input 'target-regions': 'westeurop' is not an Azure region; did you mean 'westeurope'?",
    );
    expectOnly(
      { ...publish, 'target-regions': 'atlantis' },
      "input 'target-regions': 'atlantis' is not an Azure region; expected a region name such as 'westeurope'",
    );
    expectOnly(
      { ...publish, 'target-regions': 'westeurope, WestEurope:2' },
      "input 'target-regions': 'WestEurope' is listed twice; expected each region once",
    );
    expectOnly(
      { ...publish, 'target-regions': 'westeurope:2:Standard_LRS:hot' },
      "input 'target-regions': 'westeurope:2:Standard_LRS:hot' has too many parts; expected 'region[:replicas[:storage type]]', e.g. 'westeurope:2:Standard_ZRS'",
    );
    expect(lines({ ...publish, 'target-regions': 'westeurope:0\nnortheurope:1:Standard-ZRS' })).toEqual([
      "input 'target-regions': '0' is out of range; expected an integer from 1 to 100",
      "input 'target-regions': 'Standard-ZRS' is not one of 'Standard_LRS', 'Standard_ZRS', 'Premium_LRS'; did you mean 'Standard_ZRS'?",
    ]);
    // A public region is not one of the US Government cloud's.
    expectOnly(
      { ...publish, cloud: 'AzureUSGovernment', 'target-regions': 'westeurope' },
      "input 'target-regions': 'westeurope' is not an Azure region; expected a region name such as 'westeurope'",
    );
  });

  it('end-of-life dates must be real ISO 8601 dates', () => {
    const expected = "is not an ISO 8601 date; expected e.g. '2027-06-30'";
    for (const bad of ['30/06/2027', '2027-02-30', '2027-13-01', 'next year']) {
      expectOnly({ ...publish, 'end-of-life-date': bad }, `input 'end-of-life-date': '${bad}' ${expected}`);
    }
    for (const good of ['2028-02-29', '2027-06-30T12:00:00Z', '2027-06-30T12:00:00+02:00']) {
      expect(parseSettings(inputs({ ...publish, 'end-of-life-date': good })).publish.endOfLifeDate).toBe(good);
    }
  });
});

describe('settings errors: deploy', () => {
  it('a deploy needs a resource group and a target for its strategy', () => {
    expect(lines({ stages: 'deploy', 'image-id': IDS.imageVersion })).toEqual([
      "input 'resource-group': is required when stage 'deploy' runs",
      "input 'scale-set': is required when stage 'deploy' runs with strategy 'rolling'",
    ]);
    expect(
      lines({ stages: 'deploy', strategy: 'blue-green', 'resource-group': 'rg', 'image-id': IDS.imageVersion }),
    ).toEqual([
      "input 'scale-set': is required when stage 'deploy' runs with strategy 'blue-green'",
      "input 'load-balancer': is required when stage 'deploy' runs with strategy 'blue-green'",
    ]);
    expect(lines({ stages: 'deploy', strategy: 'slot-swap', 'resource-group': 'rg' })).toEqual([
      "input 'app-service': is required when stage 'deploy' runs with strategy 'slot-swap'",
      "input 'container-image': is required when stage 'deploy' runs with strategy 'slot-swap' (or set 'package-url')",
    ]);
    expectOnly(
      { stages: 'rollback', 'resource-group': 'rg' },
      "input 'scale-set': is required when stage 'rollback' runs with strategy 'rolling'",
    );
  });

  it('a misspelt strategy does not add the requirements of the guessed one', () => {
    expectOnly(
      { stages: 'deploy', strategy: 'slotswap', 'resource-group': 'rg', 'app-service': 'app' },
      "input 'strategy': 'slotswap' is not one of 'rolling', 'blue-green', 'slot-swap', 'template'; did you mean 'slot-swap'?",
    );
  });

  it('a deploy-only step needs an image', () => {
    expectOnly(
      { ...deployBase, 'image-id': undefined },
      "input 'image-id': is required when stage 'deploy' runs without 'publish' (or set 'image-version' to an explicit version with 'gallery-name' and 'image-definition')",
    );
    expectOnly(
      { ...deployBase, 'image-id': undefined, 'image-version': '1.2.3', 'gallery-name': 'gal' },
      "input 'gallery-name': and 'image-definition' are required to find an explicit 'image-version' when stage 'deploy' runs without 'publish'",
    );
  });

  it('a bad image id or version is reported once, not again as missing', () => {
    expect(lines({ ...deployBase, 'image-id': 'web:1.2.3' })).toHaveLength(1);
    expect(lines({ ...deployBase, 'image-id': undefined, 'image-version': '1.2' })).toHaveLength(1);
  });

  it('container images must be immutable references', () => {
    const swap = { stages: 'deploy', strategy: 'slot-swap', 'resource-group': 'rg', 'app-service': 'app' };
    expectOnly(
      { ...swap, 'container-image': 'web app:1' },
      "input 'container-image': 'web app:1' is not a container image reference; expected e.g. 'myregistry.azurecr.io/web:1.4.2' or '...@sha256:<digest>'",
    );
    for (const mutable of ['myregistry.azurecr.io/web', 'myregistry.azurecr.io/web:latest', 'registry:5000/web']) {
      expectOnly(
        { ...swap, 'container-image': mutable },
        `input 'container-image': '${mutable}' is not an immutable reference; expected a unique tag (not 'latest') or an @sha256 digest`,
      );
    }
    expectOnly(
      { ...swap, 'container-image': 'web:1.0', 'package-url': 'https://s.blob.core.windows.net/p/app.zip?sig=abc' },
      "input 'package-url': cannot be combined with 'container-image'; expected one artifact for the slot",
    );
  });

  it('warmup paths start with a slash', () => {
    expectOnly(
      { ...deployBase, 'warmup-path': 'healthz' },
      "input 'warmup-path': 'healthz' is not a URL path; expected it to start with '/', e.g. '/healthz'",
    );
  });
});

describe('settings errors: verify', () => {
  it('verify needs something to check', () => {
    expectOnly(
      { stages: 'verify' },
      "input 'probe-urls': is required when stage 'verify' has nothing else to check; expected at least one URL (or 'probes', 'live-url', 'verify-command', or a 'scale-set' / 'app-service' target)",
    );
  });

  it('a bad probe URL is reported once, not again as "required"', () => {
    expectOnly(
      { stages: 'verify', 'probe-urls': 'app.example.com/health' },
      "input 'probe-urls': 'app.example.com/health' is not an http(s) URL; expected e.g. 'https://app.example.com/health'",
    );
    expect(lines({ stages: 'verify', probes: '- url: nope' })).toEqual([
      "input 'probes[0].url': 'nope' is not an http(s) URL; expected e.g. 'https://app.example.com/health'",
    ]);
  });

  it('to-version', () => {
    expectOnly(
      { ...verifyOnly, 'to-version': 'previous' },
      "input 'to-version': 'previous' is not a gallery image version; expected Major.Minor.Patch, e.g. '1.4.2'",
    );
  });

  it('status and body expectations carry the verify module’s messages', () => {
    expectOnly(
      { ...verifyOnly, 'probe-expect-status': '200,abc' },
      'input \'probe-expect-status\': Status "abc" is not a status code or range; expected a code like 200, a range like 200-299 or a class like 2xx.',
    );
    expectOnly(
      { ...verifyOnly, 'probe-body-match': '/ok/g' },
      'input \'probe-body-match\': Body pattern "/ok/g" has unsupported flags "g"; expected plain text to find in the body, or /pattern/flags with flags among i, m, s, u, v (to find text that starts and ends with "/", escape it as a regex, e.g. /\\/health\\//).',
    );
  });

  it('the probes list: YAML, list, items, keys, url', () => {
    expectOnly(
      { stages: 'verify', probes: 'url: https://x.example.com/' },
      "input 'probes': is a YAML map, not a list; expected e.g. '- url: https://app/health'",
    );
    const [yaml] = lines({ stages: 'verify', probes: '- url: https://x.example.com/\n  headers: {a: [' });
    expect(yaml).toMatch(/^input 'probes': is not valid YAML \(.+\)$/);
    expect(
      lines({
        stages: 'verify',
        probes:
          '- https://x.example.com/\n- name: api\n- url: https://y.example.com/\n  expectStatus: 200\n  retries: 3',
      }),
    ).toEqual([
      "input 'probes[0]': '\"https://x.example.com/\"' is not a probe; expected a map with at least a url",
      "input 'probes[1]': has no url; expected an http(s) URL",
      "input 'probes[2]': has unknown key 'expectStatus'; expected url, name, expect-status, body-match, successes, interval, request-timeout, timeout, failure-limit, headers; did you mean 'expect-status'?",
      "input 'probes[2]': has unknown key 'retries'; expected url, name, expect-status, body-match, successes, interval, request-timeout, timeout, failure-limit, headers",
    ]);
  });

  it('per-probe fields are named by their path', () => {
    expect(
      lines({
        stages: 'verify',
        probes:
          '- url: https://x.example.com/\n  successes: 0\n  interval: soon\n  timeout: 0\n  expect-status: 99\n  failure-limit: -1',
      }),
    ).toEqual([
      'input \'probes[0].expect-status\': Status "99" is outside 100-599; expected codes between 100 and 599.',
      "input 'probes[0].successes': '0' is out of range; expected an integer from 1 to 1000",
      "input 'probes[0].failure-limit': '-1' is out of range; expected an integer from 0 to 1000",
      "input 'probes[0].interval': 'soon' is not a duration; expected e.g. '30s', '5m', '1h30m' or a number of seconds",
      "input 'probes[0].timeout': '0' is zero; expected a duration above zero",
    ]);
  });
});

describe('settings errors: secrets are never echoed', () => {
  it('a bad package URL (a SAS) is not shown', () => {
    const sas = 'http://store.blob.core.windows.net/p/app.zip?sv=2024&sig=TOPSECRETSIG';
    const err = settingsError({
      stages: 'deploy',
      strategy: 'slot-swap',
      'resource-group': 'rg',
      'app-service': 'app',
      'package-url': sas,
    });
    expect(err.message).toBe(
      "input 'package-url': is not an https URL; expected the run-from-package URL of a zip (the value is secret and not shown)",
    );
    expect(err.message).not.toContain('TOPSECRETSIG');
  });

  it('probe headers that are not a map are not shown', () => {
    const err = settingsError({
      stages: 'verify',
      probes: '- url: https://x.example.com/\n  headers: "Authorization: Bearer TOPSECRET"',
    });
    expect(err.message).toBe(
      "input 'probes[0].headers': is a string, not a map of header names to values (the value is not shown: headers are secret)",
    );
  });

  it('a probes list that is not a list is not shown (it may hold headers)', () => {
    const err = settingsError({
      stages: 'verify',
      probes: 'url: https://x.example.com/\nheaders:\n  Authorization: Bearer TOPSECRET',
    });
    expect(err.message).not.toContain('TOPSECRET');
    const bad = settingsError({
      stages: 'verify',
      probes: '[{url: https://x.example.com/, headers: {Authorization: Bearer TOPSECRET}',
    });
    expect(bad.message).not.toContain('TOPSECRET');
  });

  it('any known secret echoed by a problem is masked', () => {
    // Inputs that echo their bad value ('dry-run', 'replica-count') holding a secret's text: the
    // problem must not show it.
    const err = settingsError({
      stages: 'verify',
      'client-secret': 'cl1ent~secret',
      probes: '- url: https://x.example.com/\n  headers: {X-Key: k3y-value}',
      'dry-run': 'cl1ent~secret',
      'replica-count': 'k3y-value',
    });
    expect(err.message).not.toContain('cl1ent~secret');
    expect(err.message).not.toContain('k3y-value');
    expect(err.message).toContain("input 'dry-run': '***' is not a boolean");
  });
});

describe('settings errors: reporting', () => {
  it('reports every problem in one throw, one numbered line each', () => {
    const err = settingsError({
      stages: 'deploy,verify',
      strategy: 'blue-green',
      'resource-group': 'rg',
      'scale-set': 'web',
      'target-regions': 'westeurop',
      'dry-run': 'nah',
    });
    expect(err.kind).toBe('input');
    expect(err.name).toBe('SettingsError');
    expect(err.message).toBe(
      [
        '4 inputs need fixing:',
        "  - input 'target-regions': 'westeurop' is not an Azure region; did you mean 'westeurope'?",
        "  - input 'load-balancer': is required when stage 'deploy' runs with strategy 'blue-green'",
        "  - input 'dry-run': 'nah' is not a boolean; expected 'true' or 'false'",
        "  - input 'image-id': is required when stage 'deploy' runs without 'publish' (or set 'image-version' to an explicit version with 'gallery-name' and 'image-definition')",
      ].join('\n'),
    );
  });

  it('the namer names inputs as the adapter does (Azure DevOps camelCase)', () => {
    const ado = (name: string) => findInput(name)?.ado.name ?? name;
    const err = settingsError(
      {
        stages: 'publish',
        'resource-group': 'rg',
        'gallery-name': 'gal',
        'image-definition': 'web',
        'target-regions': 'westeurop',
      },
      { namer: ado },
    );
    expect(err.message).toBe(
      [
        '2 inputs need fixing:',
        "  - input 'targetRegions': 'westeurop' is not an Azure region; did you mean 'westeurope'?",
        "  - input 'managedImageId': is required when stage 'publish' runs without 'bake' (pass the bake step's managed-image-id output)",
      ].join('\n'),
    );
    // The structured problems keep the table's names.
    expect(err.problems.map((p) => p.input)).toEqual(['target-regions', 'managed-image-id']);
  });
});
