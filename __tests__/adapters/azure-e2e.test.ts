/**
 * The built bundles against the local Azure emulator, signed in with a static token on cloud
 * 'Custom': sign-in planning, lazily loaded SDKs and the Azure ports, all as users run them. The
 * emulator runs in this test's thread; the Azure DevOps task runs through task-lib's MockTestRunner
 * from a worker thread (runAdoTask), so this thread keeps serving while it waits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInput } from '../../src/core/settings/table.js';
import type { Emulator } from '../../src/emulator/index.js';
import { DEFINITION, GALLERY, LOCATION, RG, rgId, seedGallery, startEmu, versionId } from '../stages-build/helpers.js';
import {
  adoOutput,
  BUNDLES,
  ensureBundles,
  ensureRuntimes,
  parseFileCommands,
  runAdoTask,
  runNode,
  tempDir,
} from './helpers.js';

let emu: Emulator;

beforeAll(async () => {
  ensureRuntimes();
  ensureBundles();
  emu = await startEmu({ pageSize: 50 });
  seedGallery(emu);
});
afterAll(() => emu.close());

/** The inputs of an Image Builder bake + publish on the emulator. */
const inputs = (): Record<string, string> => ({
  stages: 'bake,publish',
  cloud: 'Custom',
  'arm-endpoint': emu.endpoint,
  'ca-file': emu.caFile,
  auth: 'static-token',
  'access-token': 'emulator-token-1234',
  'subscription-id': emu.subscriptionId,
  'resource-group': RG,
  'gallery-name': GALLERY,
  'image-definition': DEFINITION,
  builder: 'image-builder',
  'image-builder-source': 'Canonical:ubuntu-24_04-lts:server:latest',
  'image-builder-identity': `${rgId(emu)}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`,
  'image-builder-customizers': '- type: Shell\n  name: install\n  inline: ["apt-get install -y nginx"]',
  'target-regions': `${LOCATION},northeurope`,
});

describe('bundles on the emulator', () => {
  it('CLI: bakes with Image Builder and publishes a replicated gallery version, then hits the bake cache', async () => {
    const tfvars = join(tempDir('tfvars'), 'infra', 'image.auto.tfvars.json');
    const args = Object.entries({ ...inputs(), 'tfvars-file': tfvars }).flatMap(([k, v]) => [`--${k}`, v]);
    const first = await runNode(process.execPath, BUNDLES.cli, ['run', ...args, '--json'], {});
    expect(first.code, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.outputValues).toMatchObject({
      result: 'succeeded',
      baked: 'true',
      'image-version': '1.0.0',
      'image-id': versionId(emu, '1.0.0'),
      'replicated-regions': 'westeurope,northeurope',
    });
    expect(first.stdout + first.stderr).not.toContain('emulator-token-1234');
    expect(JSON.parse(readFileSync(tfvars, 'utf8'))).toEqual({
      image_id: versionId(emu, '1.0.0'),
      image_version: '1.0.0',
    });

    const second = await runNode(process.execPath, BUNDLES.cli, ['run', ...args, '--json'], {});
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).outputValues).toMatchObject({ baked: 'false', 'image-version': '1.0.0' });
  });

  it('GitHub Action: publishes an explicit version and writes its outputs', async () => {
    const dir = tempDir('gh-e2e');
    const output = join(dir, 'output');
    const env: Record<string, string> = {
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_STATE: join(dir, 'state'),
    };
    for (const [k, v] of Object.entries({ ...inputs(), 'image-version': '2.0.0', 'force-bake': 'true' }))
      env[`INPUT_${k.toUpperCase()}`] = v;
    for (const f of [output, env.GITHUB_STEP_SUMMARY!, env.GITHUB_STATE!])
      (await import('node:fs')).writeFileSync(f, '');
    const ran = await runNode(process.execPath, BUNDLES.githubMain, [], env);
    expect(ran.code, ran.stdout).toBe(0);
    expect(parseFileCommands(readFileSync(output, 'utf8'))).toMatchObject({
      result: 'succeeded',
      'image-version': '2.0.0',
      'image-id': versionId(emu, '2.0.0'),
      baked: 'true',
    });
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('2.0.0');
  });

  /** The same inputs by their task.json names; Azure DevOps has no 'auth' input: a Custom cloud with a token is enough. */
  const adoInputs = (over: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries({ ...inputs(), ...over })
        .filter(([k]) => k !== 'auth')
        .map(([k, v]) => [findInput(k)!.ado.name, v]),
    );

  it.each([20, 24] as const)(
    'Azure DevOps task on Node %i: signs in with the static token (no service connection) and sets its output variables',
    async (major) => {
      const version = `${major}.0.0`;
      const tr = await runAdoTask(major, adoInputs({ 'image-version': version, 'force-bake': 'true' }));
      expect(tr.stderr).toBe('');
      expect(tr.succeeded, tr.stdout).toBe(true);
      expect(tr.errorIssues).toEqual([]);
      expect(tr.stdout.match(/##vso\[task\.complete[^\]]*\]/g)).toEqual(['##vso[task.complete result=Succeeded;]']);
      expect(tr.stdout).toContain(
        `##vso[task.setvariable variable=imageVersion;isOutput=true;issecret=false;]${version}`,
      );
      expect(adoOutput(tr.stdout, 'imageId')).toBe(versionId(emu, version));
      expect(adoOutput(tr.stdout, 'baked')).toBe('true');
      expect(adoOutput(tr.stdout, 'replicatedRegions')).toBe('westeurope,northeurope');
      expect(adoOutput(tr.stdout, 'result')).toBe('succeeded');
      expect(tr.summary).toContain(version);
      // The token is registered as a secret before it could be logged, and never printed otherwise.
      const lines = tr.stdout.split('\n');
      const firstUse = lines.findIndex((l) => l.includes('emulator-token-1234'));
      expect(lines[firstUse]).toBe('##vso[task.setsecret]emulator-token-1234');
      expect(lines.filter((l) => !l.startsWith('##vso[task.setsecret]')).join('\n')).not.toContain(
        'emulator-token-1234',
      );
      expect(emu.control.requests().length).toBeGreaterThan(0);
    },
  );

  it('Azure DevOps task: without a token or a service connection it fails before any request, naming azureSubscription', async () => {
    emu.control.clearRequests();
    const tr = await runAdoTask(24, adoInputs({ 'access-token': '' }));
    expect(tr.failed).toBe(true);
    expect(tr.errorIssues).toEqual([
      expect.stringMatching(
        /^'azureSubscription' \(an Azure Resource Manager service connection\) is required for stages that call Azure, unless 'cloud' is 'Custom' with an 'accessToken'/,
      ),
    ]);
    expect(emu.control.requests()).toEqual([]);
  });

  it('fails before any write when the sign-in has no subscription', async () => {
    emu.control.clearRequests();
    const args = Object.entries({ ...inputs(), 'subscription-id': '' })
      .filter(([, v]) => v)
      .flatMap(([k, v]) => [`--${k}`, v]);
    const ran = await runNode(process.execPath, BUNDLES.cli, ['run', ...args], {});
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("input 'subscription-id': is required for stages that call Azure");
    expect(emu.control.requests()).toEqual([]);
  });
});
