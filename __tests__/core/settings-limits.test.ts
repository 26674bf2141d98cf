/**
 * parseSettings on values that parse but cannot work: durations out of bounds, Image Builder
 * customizers missing their type's fields, a CA file that is no PEM, duplicate stages, empty
 * regions, past end-of-life dates, malformed image references and VM sizes. Word for word.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/core/duration.js';
import { DURATION_BOUNDS } from '../../src/core/settings/durations.js';
import { SettingsError } from '../../src/core/settings/errors.js';
import type { TextFile } from '../../src/core/settings/files.js';
import { parseSettings, type ParseOptions } from '../../src/core/settings/parse.js';
import { findInput } from '../../src/core/settings/table.js';
import { IDS, inputs } from './fakes.js';

type Values = Record<string, string | undefined>;

function problems(values: Values, options?: ParseOptions): string[] {
  try {
    parseSettings(inputs(values), options);
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return (err as SettingsError).problems.map((p) => `input '${p.input}': ${p.message}`);
  }
  throw new Error(`parseSettings accepted ${JSON.stringify(values)}`);
}

const expectOnly = (values: Values, line: string, options?: ParseOptions) =>
  expect(problems(values, options)).toEqual([line]);
const verifyOnly = { stages: 'verify', 'probe-urls': 'https://app.example.com/health' };

describe('settings limits: durations', () => {
  it('refuses each duration input above its bound, and accepts the bound itself', () => {
    for (const [name, bounds] of Object.entries(DURATION_BOUNDS)) {
      const max = formatDuration(bounds.maxMs);
      expect(parseSettings(inputs({ ...verifyOnly, [name]: max })), name).toBeDefined();
      expectOnly(
        { ...verifyOnly, [name]: `${bounds.maxMs / 1000 + 1}s` },
        `input '${name}': '${bounds.maxMs / 1000 + 1}s' is too long; expected at most ${max}`,
      );
    }
    expectOnly(
      { ...verifyOnly, 'deploy-timeout': '90d' },
      "input 'deploy-timeout': '90d' is too long; expected at most 7d",
    );
    expectOnly(
      { ...verifyOnly, 'probe-interval': '2h' },
      "input 'probe-interval': '2h' is too long; expected at most 1h",
    );
  });

  it('refuses zero where it cannot work and keeps it where it means none', () => {
    for (const name of [
      'bake-timeout',
      'replication-timeout',
      'deploy-timeout',
      'probe-interval',
      'verify-command-timeout',
    ]) {
      expectOnly({ ...verifyOnly, [name]: '0s' }, `input '${name}': '0s' is zero; expected a duration above zero`);
    }
    const s = parseSettings(
      inputs({ ...verifyOnly, 'lock-timeout': '0', 'pause-between-batches': '0s', 'scale-down-delay': '0m' }),
    );
    expect([s.deploy.lockTimeoutMs, s.deploy.rolling.pauseBetweenBatchesMs, s.deploy.scaleDownDelayMs]).toEqual([
      0, 0, 0,
    ]);
  });

  it("a probe's own interval and timeouts have the probe-* bounds", () => {
    const probes = '- url: https://app/health\n  interval: 0s\n  timeout: 2d';
    expect(problems({ stages: 'verify', probes })).toEqual([
      "input 'probes[0].interval': '0s' is zero; expected a duration above zero",
      "input 'probes[0].timeout': '2d' is too long; expected at most 1d",
    ]);
  });

  it('the table documents every bound the parser applies', () => {
    for (const [name, bounds] of Object.entries(DURATION_BOUNDS)) {
      const text = `(${bounds.zero ? '0 or more' : 'above 0'}, at most ${formatDuration(bounds.maxMs)})`;
      expect(findInput(name)!.description, name).toContain(text);
    }
    expect(findInput('bake-timeout')!.description).toContain('Image Builder builds at most 16h');
  });

  it('an Image Builder bake may not outlast what Image Builder allows', () => {
    const aib = {
      stages: 'bake',
      builder: 'image-builder',
      'image-builder-source': 'Canonical:ubuntu:24_04-lts:latest',
    };
    expectOnly(
      { ...aib, 'bake-timeout': '17h' },
      "input 'bake-timeout': '17h' is longer than Image Builder builds may run; expected at most 16h with builder 'image-builder'",
    );
    expect(parseSettings(inputs({ ...aib, 'bake-timeout': '16h' })).bake.timeoutMs).toBe(16 * 3_600_000);
    expect(
      parseSettings(inputs({ stages: 'bake', 'packer-template': 't.pkr.hcl', 'bake-timeout': '3d' })).bake.timeoutMs,
    ).toBe(3 * 86_400_000);
  });
});

describe('settings limits: Image Builder', () => {
  const aib = { stages: 'bake', builder: 'image-builder', 'image-builder-source': 'Canonical:ubuntu:24_04-lts:latest' };
  const customizers = (yaml: string) => problems({ ...aib, 'image-builder-customizers': yaml });
  const at = (line: string) => `input 'image-builder-customizers': ${line}`;

  it('accepts every documented type with its fields', () => {
    const yaml = [
      '- {type: Shell, name: apt, inline: ["apt-get update"]}',
      '- {type: shell, scriptUri: "https://x/s.sh", sha256Checksum: abc}',
      '- {type: PowerShell, inline: ["Get-Date"], runElevated: true, runAsSystem: true, validExitCodes: [0, 3010]}',
      '- {type: File, sourceUri: "https://x/app.conf", destination: /etc/app.conf}',
      '- {type: WindowsRestart, restartTimeout: 10m}',
      '- {type: WindowsUpdate, filters: ["include:$true"], updateLimit: 20}',
    ].join('\n');
    const s = parseSettings(inputs({ ...aib, 'image-builder-customizers': yaml }));
    expect(s.bake.imageBuilder!.customizers.map((c) => c.type)).toEqual([
      'Shell',
      'shell',
      'PowerShell',
      'File',
      'WindowsRestart',
      'WindowsUpdate',
    ]);
  });

  it('Shell and PowerShell need exactly one of inline and scriptUri; inline is a list of strings', () => {
    expect(customizers('- type: Shell\n- type: PowerShell\n  inline: [a]\n  scriptUri: https://x/s.ps1')).toEqual([
      at("item 1 (Shell) needs 'inline' or 'scriptUri'; expected exactly one of them"),
      at("item 2 (PowerShell) has both 'inline' and 'scriptUri'; expected exactly one of them"),
    ]);
    expect(customizers('- type: Shell\n  inline: apt-get update\n- type: Shell\n  inline: [1, {a: b}]')).toEqual([
      at("item 1 (Shell) field 'inline' is a string; expected a list of strings"),
      at("item 2 (Shell) field 'inline' is a list of mixed items; expected a list of strings"),
    ]);
  });

  it('File needs sourceUri and destination; unknown fields are named with the accepted ones', () => {
    expect(customizers('- type: File\n  sourceURI: https://x/f')).toEqual([
      at(
        "item 1 (File) has unknown field 'sourceURI'; expected type, name, sourceUri, sha256Checksum, destination; did you mean 'sourceUri'?",
      ),
      at("item 1 (File) needs 'sourceUri'; expected 'sourceUri' and 'destination'"),
      at("item 1 (File) needs 'destination'; expected 'sourceUri' and 'destination'"),
    ]);
  });

  it('field types, runAsSystem without runElevated, items that are not maps, unknown types', () => {
    expect(
      customizers('- {type: PowerShell, inline: [a], runElevated: "yes", runAsSystem: true, validExitCodes: [0, x]}'),
    ).toEqual([
      at("item 1 (PowerShell) field 'runElevated' is a string; expected true or false"),
      at("item 1 (PowerShell) field 'validExitCodes' is a list of mixed items; expected a list of whole numbers"),
      at("item 1 (PowerShell) has 'runAsSystem' without 'runElevated: true'; expected runElevated true as well"),
    ]);
    expect(customizers('- Shell\n- type: WindowsUpdates\n- {type: WindowsUpdate, updateLimit: 1.5}')).toEqual([
      at('item 1 is a string, not a map; expected a customizer such as {type: Shell, inline: [...]}'),
      at(
        "item 2 has type 'WindowsUpdates'; expected one of Shell, PowerShell, File, WindowsRestart, WindowsUpdate; did you mean 'WindowsUpdate'?",
      ),
      at("item 3 (WindowsUpdate) field 'updateLimit' is a number; expected a whole number"),
    ]);
  });

  it('never echoes a value (inline commands may hold secrets)', () => {
    const [line] = customizers('- type: Shell\n  inline: "curl -H token:S3CRET-VALUE"');
    expect(line).not.toContain('S3CRET');
  });

  it('VM sizes as Azure names them', () => {
    for (const good of [
      'Standard_D2s_v5',
      'Standard_B2s',
      'Standard_NC24ads_A100_v4',
      'Standard_M8-2ms',
      'Standard_D11_v2_Promo',
      'Basic_A0',
      'standard_d4s_v3',
    ]) {
      expect(parseSettings(inputs({ ...aib, 'image-builder-vm-size': good })).bake.imageBuilder!.vmSize).toBe(good);
    }
    const expected = "is not an Azure VM size; expected a size name such as 'Standard_D2s_v5' or 'Standard_B2s'";
    expectOnly(
      { ...aib, 'image-builder-vm-size': 'D2s_v5' },
      `input 'image-builder-vm-size': 'D2s_v5' ${expected}; did you mean 'Standard_D2s_v5'?`,
    );
    for (const bad of ['large', 'Standard D2s v5', 'Standard_', 'Basic_B1', 'Standard_D2s_v5; rm -rf /']) {
      expectOnly({ ...aib, 'image-builder-vm-size': bad }, `input 'image-builder-vm-size': '${bad}' ${expected}`);
    }
  });
});

describe('settings limits: files, stages, regions, dates, images', () => {
  const files: Record<string, TextFile> = {
    'ca.pem': { ok: true, text: '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUX0\n-----END CERTIFICATE-----\n' },
    'key.pem': { ok: true, text: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0\n-----END PRIVATE KEY-----\n' },
  };
  const readFile = (path: string): TextFile => files[path] ?? { ok: false, reason: 'no such file' };

  it('ca-file must be a readable PEM certificate file, never echoed', () => {
    expect(parseSettings(inputs({ ...verifyOnly, 'ca-file': 'ca.pem' }), { readFile }).azure.caFile).toBe('ca.pem');
    expectOnly(
      { ...verifyOnly, 'ca-file': 'key.pem' },
      "input 'ca-file': 'key.pem' is not a PEM certificate file; expected one or more '-----BEGIN CERTIFICATE-----' blocks (the content is not shown)",
      { readFile },
    );
    expectOnly(
      { ...verifyOnly, 'ca-file': 'gone.pem' },
      "input 'ca-file': 'gone.pem' cannot be read: no such file; expected a PEM file of the CA certificate to trust",
      { readFile },
    );
  });

  it('a stage listed twice', () => {
    expectOnly(
      { stages: 'verify,deploy,Verify', 'probe-urls': 'https://a/h' },
      "input 'stages': 'verify' is listed twice; expected each stage once",
    );
  });

  it('an empty region between commas; blank lines are fine', () => {
    const publish = {
      stages: 'publish',
      'resource-group': 'rg',
      'gallery-name': 'gal',
      'image-definition': 'web',
      'managed-image-id': IDS.managedImage,
    };
    const expected =
      "has an empty region between commas; expected 'region[:replicas[:storage type]]' items separated by commas or newlines";
    expectOnly(
      { ...publish, 'target-regions': 'eastus,,westus' },
      `input 'target-regions': 'eastus,,westus' ${expected}`,
    );
    expectOnly({ ...publish, 'target-regions': 'eastus,' }, `input 'target-regions': 'eastus,' ${expected}`);
    const s = parseSettings(inputs({ ...publish, 'target-regions': 'eastus\n\nwestus:2\n' }));
    expect(s.publish.targetRegions.map((r) => r.name)).toEqual(['eastus', 'westus']);
  });

  it('an end-of-life date must lie after now', () => {
    const now = Date.parse('2026-03-10T08:00:00Z');
    const expected =
      'is not in the future (today is 2026-03-10); expected a later date: the version would be end-of-life as soon as it is published';
    for (const past of ['2026-03-10', '2025-12-31', '2026-03-10T07:59:59Z']) {
      expectOnly({ ...verifyOnly, 'end-of-life-date': past }, `input 'end-of-life-date': '${past}' ${expected}`, {
        now,
      });
    }
    expect(
      parseSettings(inputs({ ...verifyOnly, 'end-of-life-date': '2026-03-11' }), { now }).publish.endOfLifeDate,
    ).toBe('2026-03-11');
    // Without a clock no date is judged against today.
    expect(parseSettings(inputs({ ...verifyOnly, 'end-of-life-date': '2020-01-01' })).publish.endOfLifeDate).toBe(
      '2020-01-01',
    );
  });

  it('container image references follow the distribution grammar', () => {
    const swap = { stages: 'deploy', strategy: 'slot-swap', 'resource-group': 'rg', 'app-service': 'app' };
    const expected = "expected e.g. 'myregistry.azurecr.io/web:1.4.2' or '...@sha256:<digest>'";
    for (const bad of [
      'web::1',
      'registry.io//web:1',
      'web:1:2',
      '-web:1',
      'web:1@sha256:abc',
      'web:-1',
      'registry.io/web_:1',
    ]) {
      expectOnly(
        { ...swap, 'container-image': bad },
        `input 'container-image': '${bad}' is not a container image reference; ${expected}`,
      );
    }
    expectOnly(
      { ...swap, 'container-image': 'Web/App:1' },
      `input 'container-image': 'Web/App:1' is not a container image reference (repository paths are lower case); ${expected}`,
    );
    for (const good of [
      'web:1.0',
      'localhost:5000/team/web-app:v2',
      'my.registry.io/a/b__c/d:2024.01.01',
      `web@sha256:${'a'.repeat(64)}`,
    ]) {
      expect(parseSettings(inputs({ ...swap, 'container-image': good })).deploy.containerImage).toBe(good);
    }
  });
});
