import { afterEach, describe, expect, it } from 'vitest';
import { createAzurePorts } from '../../src/azure/index.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { createCommandRunner } from '../../src/runtime/command-runner.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { RecordingHost } from '../core/fakes.js';
import { credential, requestLoop } from '../emulator-deploy/helpers.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  RG,
  runSteps,
  seedImageVersion,
  ssId,
  start,
  tagsOf,
  versions,
  writes,
  type Harness,
} from './harness.js';

let h: Harness;

/**
 * Runs the engine with the emulator's time all but stopped, moving it `stepSeconds` (simulated)
 * before each look at Azure's rolling upgrade: what each look sees does not depend on how fast
 * this machine runs the engine.
 */
async function runWithSteppedTime(h: Harness, inputs: Record<string, string | undefined>, stepSeconds: number) {
  const ports = await createAzurePorts({
    endpoint: h.emu.endpoint,
    caFile: h.emu.caFile,
    subscriptionId: h.emu.subscriptionId,
    credential,
    pollIntervalMs: 5,
  });
  const latest = ports.scaleSets.latestRollingUpgrade.bind(ports.scaleSets);
  ports.scaleSets.latestRollingUpgrade = (ref, options) => {
    h.emu.control.advanceTime(stepSeconds);
    return latest(ref, options);
  };
  h.emu.control.setTimeScale(0.001);
  const host = new RecordingHost();
  const settings = parseSettings((name) => inputs[name]);
  const deps = {
    host,
    clock: systemClock,
    sleep: realSleep,
    http: createHttpClient(),
    commands: createCommandRunner(),
    azure: async () => ports,
  };
  return { result: await runEngine(settings, deps), host };
}

afterEach(async () => {
  await h?.emu.close();
});

describe('rolling strategy, Manual mode (the engine drives the batches)', () => {
  it('a good release: zero failed requests on the live endpoint, batches reported, record written', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const live = await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 5, mode: 'Manual' });
    let done = false;
    const loop = requestLoop(live, () => done, { maxRequests: 20_000, maxMs: 30_000 });
    const { result } = await runSteps(
      h,
      baseInputs(h, {
        stages: 'deploy,verify',
        'image-id': v2,
        'rollout-mode': 'manual',
        'max-batch-percent': '40',
        'live-url': `${live}/health`,
      }),
    );
    done = true;
    const seen = await loop;
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(seen.failures).toEqual([]);
    expect(seen.ok).toBeGreaterThan(0);
    expect(versions(h)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0', '2.0.0']);
    expect(result.outputs).toMatchObject({
      imageVersion: '2.0.0',
      previousImageVersion: '1.0.0',
      upgradedInstances: 5,
      verifyResult: 'passed',
    });
    const deploy = result.stages.find((s) => s.name === 'deploy')!;
    expect(deploy.items.filter((i) => i.label.startsWith('batch')).map((i) => i.value)).toEqual([
      expect.stringMatching(/^instance\(s\) 0, 1 → 2\.0\.0: healthy, 1 probe\(s\) passed$/),
      expect.stringMatching(/^instance\(s\) 2, 3 → 2\.0\.0/),
      expect.stringMatching(/^instance\(s\) 4 → 2\.0\.0/),
    ]);
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.previous-version': '1.0.0',
      'immutable-deploy.state': 'live',
    });
    expect(tagsOf(h)['immutable-deploy.target-version']).toBeUndefined();
    const verify = result.stages.find((s) => s.name === 'verify')!;
    expect(verify.items.map((i) => [i.label, i.ok])).toEqual([
      ['live', true],
      ['instance health', true],
      ['remote access', true],
    ]);
    // O(B) writes: the lease (a tags-only PATCH with If-Match), tags, one model PATCH, one
    // updateInstances per batch, tags.
    const ops = writes(h).map((r) => r.operation);
    expect(ops.filter((o) => o === 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(3);
    expect(ops.filter((o) => o === 'VirtualMachineScaleSets_Update')).toHaveLength(2);
    // Instance health is read with paged lists only: never one GET per instance.
    expect(h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSetVMs_Get')).toEqual([]);
  }, 40_000);

  it('a release whose instances turn unhealthy stops at the first batch and is rolled back: the old version is live', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const live = await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 5, mode: 'Manual' });
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const { result } = await runSteps(
      h,
      baseInputs(h, { stages: 'deploy,verify', 'image-id': v2, 'live-url': `${live}/health` }),
    );
    expect(result.status).toBe('failed');
    expect(result.outputs.rolledBack).toBe(true);
    expect(result.error!.message).toMatch(
      /^deploy failed: batch 1 of 5 failed: 1 of 1 upgraded instance\(s\) not healthy \(instance 0 unhealthy\).*rolled back: image 1\.0\.0 is live again on scale set web \(1 instance\(s\) replaced, 2\.0\.0 rolled back\)$/,
    );
    expect(versions(h)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0', '1.0.0']);
    // The version rolled back is recorded as failed, never as previous: no version before 1.0.0 is known.
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'rolled-back',
    });
    expect(tagsOf(h)['immutable-deploy.previous-version']).toBeUndefined();
    const after = await requestLoop(live, () => false, { maxRequests: 10, maxMs: 5000 });
    expect([...after.versions.keys()]).toEqual(['1.0.0']);
  }, 40_000);

  it('a failed verify after a good deploy rolls back automatically (rolled-back: true)', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const live = await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 3, mode: 'Automatic' });
    // The instances are healthy; the release's real health check (the body) is not.
    const { result, host } = await runSteps(
      h,
      baseInputs(h, {
        stages: 'deploy,verify',
        'image-id': v2,
        'max-batch-percent': '100',
        'probe-urls': `${live}/health`,
        'probe-body-match': '"version":"1.0.0"',
        'probe-failure-limit': '2',
      }),
    );
    expect(result.stages.map((s) => `${s.name}:${s.status}`)).toEqual(
      expect.arrayContaining(['verify:failed', 'rollback:succeeded']),
    );
    expect(result.outputs.rolledBack).toBe(true);
    expect(host.outputs['rolled-back']).toBe('true');
    expect(result.error!.message).toContain('rolled back: image 1.0.0 is live again on scale set web');
    expect(versions(h)).toEqual(['1.0.0', '1.0.0', '1.0.0']);
  }, 40_000);
});

describe('rolling strategy, Rolling mode (Azure runs the upgrade)', () => {
  it('follows rollingUpgrades/latest with the inputs overriding the policy for this deploy, then restores it', async () => {
    h = await start({ timeScale: 1000 });
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const live = await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 4, mode: 'Rolling' });
    let done = false;
    const loop = requestLoop(live, () => done, { maxRequests: 20_000, maxMs: 30_000 });
    const { result } = await runWithSteppedTime(
      h,
      baseInputs(h, { stages: 'deploy', 'image-id': v2, 'max-batch-percent': '50', 'max-unhealthy-percent': '50' }),
      30,
    );
    done = true;
    expect(result.error).toBeUndefined();
    expect((await loop).failures).toEqual([]);
    expect(versions(h)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
    // Batches of two, each seen once as it completes: simulated time moves only between looks. The
    // second batch starts once the load balancer probe admits the first (sim/lb-probes.ts).
    expect(result.stages[0]!.items.filter((i) => i.label.startsWith('batch')).map((i) => i.value)).toEqual([
      expect.stringMatching(/^2 of 4 instance\(s\) upgraded to 2\.0\.0, (2 in progress, 0|0 in progress, 2) pending$/),
      '4 of 4 instance(s) upgraded to 2.0.0, 0 in progress, 0 pending',
    ]);
    const model = h.emu.control.getResource(ssId(h)) as {
      properties: { upgradePolicy: { rollingUpgradePolicy: { maxBatchInstancePercent: number } } };
    };
    expect(model.properties.upgradePolicy.rollingUpgradePolicy.maxBatchInstancePercent).toBe(20);
  }, 40_000);

  it('a faulted rolling upgrade is rolled back automatically', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 5, mode: 'Rolling' });
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/faulted: MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade/);
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again/);
    expect(versions(h)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0', '1.0.0']);
  }, 40_000);
});

describe('no-op, explicit rollback, bad inputs', () => {
  it('a scale set already on the version is a no-op; an explicit rollback returns to an older version', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const v3 = seedImageVersion(h, '3.0.0');
    await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 2, mode: 'Automatic' });
    expect((await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }))).result.status).toBe('succeeded');
    expect((await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v3 }))).result.status).toBe('succeeded');
    h.emu.control.clearRequests();
    const again = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v3 }));
    expect(again.result.stages[0]!.message).toBe('scale set web already runs 3.0.0 on every instance: no change');
    expect(writes(h)).toEqual([]);
    // The recorded previous is 2.0.0; an explicit rollback goes further back.
    const rb = await runSteps(h, baseInputs(h, { stages: 'rollback', 'to-version': '1.0.0' }));
    expect(rb.result.error).toBeUndefined();
    expect(rb.result.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0' });
    expect(versions(h)).toEqual(['1.0.0', '1.0.0']);
    // 3.0.0 was rolled back: recorded as failed, never as previous (the default target of the next rollback).
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '3.0.0',
    });
    expect(tagsOf(h)['immutable-deploy.previous-version']).toBeUndefined();
    // Without to-version there is no previous version to return to; with one, the rollback goes there.
    const none = await runSteps(h, baseInputs(h, { stages: 'rollback' }));
    expect(none.result.error!.message).toContain(
      "input 'to-version': is required: scale set 'web' has no previous version recorded",
    );
    const back = await runSteps(h, baseInputs(h, { stages: 'rollback', 'to-version': '2.0.0' }));
    expect(back.result.outputs.imageVersion).toBe('2.0.0');
    expect(versions(h)).toEqual(['2.0.0', '2.0.0']);
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.failed-version': '1.0.0',
    });
  }, 40_000);

  it.each([
    [
      'an unknown scale set',
      { 'scale-set': 'nope' },
      "input 'scale-set': scale set 'nope' was not found in resource group 'rg-deploy'",
    ],
    [
      'an image version that does not exist',
      { 'image-id': 'V:9.9.9' },
      "input 'image-id': gallery image version '9.9.9' was not found",
    ],
    ['an image not replicated to the region', { 'image-id': 'V:4.0.0' }, 'is not replicated to westeurope'],
    [
      'a rollout mode the scale set does not have',
      { 'rollout-mode': 'rolling' },
      "input 'rollout-mode': 'rolling' needs scale set 'web' in upgradePolicy.mode Rolling, but it is Manual",
    ],
    [
      'a to-version that does not exist (rollback)',
      { stages: 'rollback', 'to-version': '0.9.0' },
      "input 'to-version': gallery image version '0.9.0' was not found",
    ],
    [
      'a rollback with no previous version recorded',
      { stages: 'rollback' },
      "input 'to-version': is required: scale set 'web' has no previous version recorded",
    ],
  ])(
    '%s fails clearly before any write',
    async (_what, extra, message) => {
      h = await start();
      const v1 = seedImageVersion(h, '1.0.0');
      const v2 = seedImageVersion(h, '2.0.0');
      seedImageVersion(h, '4.0.0', ['northeurope']);
      await createLoadBalancer(h);
      await createScaleSet(h, v1, { capacity: 2, mode: 'Manual' });
      h.emu.control.clearRequests();
      const resolved = Object.fromEntries(
        Object.entries(extra).map(([k, v]) => [k, v.startsWith('V:') ? v2.replace('2.0.0', v.slice(2)) : v]),
      );
      const { result } = await runSteps(
        h,
        baseInputs(h, {
          stages: 'deploy',
          'image-id': resolved['stages'] === 'rollback' ? undefined : v2,
          ...resolved,
        }),
      );
      expect(result.status).toBe('failed');
      expect(result.error!.message).toContain(message);
      expect(writes(h)).toEqual([]);
    },
    20_000,
  );

  it('a scale set not on a gallery image fails before any write', async () => {
    h = await start();
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer(h);
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      (await import('./harness.js')).scaleSetModel(
        h,
        { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' },
        { capacity: 1 },
      ),
      { updateIntervalInMs: 5 },
    );
    h.emu.control.clearRequests();
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    expect(result.error!.message).toContain(
      "runs 'Canonical:ubuntu-24_04-lts:server:latest', not a gallery image version",
    );
    expect(writes(h)).toEqual([]);
  }, 20_000);

  it('percentages out of range are rejected with the inputs, before any Azure call', async () => {
    h = await start();
    await expect(
      runSteps(
        h,
        baseInputs(h, { stages: 'deploy', 'image-id': 'x', 'max-batch-percent': '150', 'max-unhealthy-percent': '2' }),
      ),
    ).rejects.toThrow(/max-batch-percent.*150[\s\S]*max-unhealthy-percent/);
    expect(h.emu.requests.filter((r) => r.operation?.startsWith('VirtualMachineScaleSets'))).toEqual([]);
  });
});
