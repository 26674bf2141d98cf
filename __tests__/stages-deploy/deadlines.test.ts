/**
 * The rolling strategy's writes end at 'deploy-timeout' when Azure never finishes them, leaving the
 * scale set on one version and the step failing clearly; a rollback (its own executor and
 * deadline) rides out a burst of transient failures on its writes. Real SDKs, emulator faults.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
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
afterEach(async () => {
  await h?.emu.close();
});

async function setup(mode: 'Manual' | 'Rolling', rolling: object = {}) {
  h = await start();
  seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  await createLoadBalancer(h);
  await createScaleSet(h, v2.replace('2.0.0', '1.0.0'), { capacity: 4, mode, rolling });
  return v2;
}

const modelImage = () => {
  const model = h.emu.control.getResource(ssId(h)) as {
    properties: { virtualMachineProfile: { storageProfile: { imageReference: { id: string } } } };
  };
  return model.properties.virtualMachineProfile.storageProfile.imageReference.id.split('/').pop();
};
const statusesOf = (operation: string) => h.emu.requests.filter((r) => r.operation === operation).map((r) => r.status);
const ALL_OLD = ['1.0.0', '1.0.0', '1.0.0', '1.0.0'];

describe("a write Azure never finishes ends at 'deploy-timeout'", () => {
  it('the model update (Manual mode): production never took it, the model is back on the old image', async () => {
    const v2 = await setup('Manual');
    // skip: 1 lets the deploy lock's lease (also a PATCH of the scale set) through.
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: 'VirtualMachineScaleSets_Update', skip: 1, times: 1 });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2, 'deploy-timeout': '3s' }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /^deploy failed: update scale set web did not finish within 'deploy-timeout'/,
    );
    expect(result.error!.message).toMatch(/production never took the new version: 1\.0\.0 is still live/);
    expect(statusesOf('VirtualMachineScaleSets_UpdateInstances')).toEqual([]);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
    expect(tagsOf(h)['immutable-deploy.current-version']).toBe('1.0.0');
    expect(tagsOf(h)['immutable-deploy.target-version']).toBeUndefined();
  }, 30_000);

  it('a batch (Manual mode): the step fails naming the batch, and the replaced instance is rolled back', async () => {
    const v2 = await setup('Manual');
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: 'VirtualMachineScaleSets_UpdateInstances', times: 1 });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2, 'deploy-timeout': '3s' }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /^deploy failed: replace instance\(s\) 0 of scale set web did not finish within 'deploy-timeout'/,
    );
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again on scale set web/);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.state': 'rolled-back',
      'immutable-deploy.failed-version': '2.0.0',
    });
  }, 30_000);

  it('the model update (Rolling mode): Azure applied it, so it is rolled back', async () => {
    const v2 = await setup('Rolling');
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: 'VirtualMachineScaleSets_Update', skip: 1, times: 1 });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2, 'deploy-timeout': '3s' }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /^deploy failed: update scale set web did not finish within 'deploy-timeout'/,
    );
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again/);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
  }, 30_000);

  it("Azure's rolling upgrade (a pause longer than the budget): followed to the deadline, stopped, rolled back", async () => {
    // One instance per batch, then a pause of 100 simulated hours (18 s here): the upgrade outlives '3s'.
    const v2 = await setup('Rolling', { maxBatchInstancePercent: 25, pauseTimeBetweenBatches: 'PT100H' });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2, 'deploy-timeout': '3s' }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /Azure's rolling upgrade of scale set web still not completed when 'deploy-timeout' ran out: 1 of 4 instance\(s\) upgraded/,
    );
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again/);
    // The upgrade still in its pause was cancelled before the model moved back.
    expect(statusesOf('VirtualMachineScaleSetRollingUpgrades_Cancel')).toEqual([202]);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
  }, 30_000);

  it('the record (a tags write that hangs): the step fails before any model write; nothing moved', async () => {
    const v2 = await setup('Manual');
    // The first tags write is the record's intent, made before the first write to the scale set.
    h.emu.control.addFault({ kind: 'latency', operation: 'Tags_UpdateAtScope', latencyMs: 4_000, times: 1 });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2, 'deploy-timeout': '2s' }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/^deploy failed: tag scale set web did not finish within 'deploy-timeout'/);
    expect(result.error!.message).toMatch(/production never took the new version: 1\.0\.0 is still live/);
    // Only the lease's PATCH: the model was never written.
    expect(writes(h).filter((r) => r.operation === 'VirtualMachineScaleSets_Update')).toHaveLength(1);
    expect(statusesOf('VirtualMachineScaleSets_UpdateInstances')).toEqual([]);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
  }, 30_000);

  it('a cancelled run asks Azure to stop its rolling upgrade', async () => {
    const v2 = await setup('Rolling', { maxBatchInstancePercent: 25, pauseTimeBetweenBatches: 'PT100H' });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }), (host) => {
      const info = host.info.bind(host);
      host.info = (message) => {
        info(message);
        if (message.startsWith('Rolling upgrade of web, batch 1')) host.abort();
      };
    });
    expect(result.status).toBe('cancelled');
    expect(statusesOf('VirtualMachineScaleSetRollingUpgrades_Cancel')).toEqual([202]);
    const latest = await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest('rg-deploy', 'web');
    expect(latest.runningStatus?.code).toBe('Cancelled');
    expect(versions(h).filter((v) => v === '2.0.0')).toHaveLength(1);
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.target-version': '2.0.0',
      'immutable-deploy.state': 'deploying',
    });
  }, 30_000);
});

describe('a rollback survives a burst of transient failures on its writes', () => {
  it("5× 503 on the rollback's batch (Manual mode): it completes, the old version is live", async () => {
    const v2 = await setup('Manual');
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    // skip: 1 lets the deploy's batch 1 through: the burst hits the rollback's batch.
    h.emu.control.addFault({
      kind: 'unavailable',
      operation: 'VirtualMachineScaleSets_UpdateInstances',
      skip: 1,
      times: 5,
      retryAfterSeconds: 0,
    });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /^deploy failed: batch 1 of 4 failed: 1 of 1 upgraded instance\(s\) not healthy/,
    );
    expect(result.error!.message).toMatch(
      /rolled back: image 1\.0\.0 is live again on scale set web \(1 instance\(s\) replaced, 2\.0\.0 rolled back\)$/,
    );
    expect(statusesOf('VirtualMachineScaleSets_UpdateInstances')).toEqual([202, 503, 503, 503, 503, 503, 202]);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.state': 'rolled-back',
    });
  }, 30_000);

  it("5× 503 on the rollback's model write (Manual mode): it completes, the old version is live", async () => {
    const v2 = await setup('Manual');
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    // skip: 2 lets the lease and the deploy's model write through: the burst hits the rollback's.
    h.emu.control.addFault({
      kind: 'unavailable',
      operation: 'VirtualMachineScaleSets_Update',
      skip: 2,
      times: 5,
      retryAfterSeconds: 0,
    });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again on scale set web/);
    expect(statusesOf('VirtualMachineScaleSets_Update').filter((s) => s === 503)).toHaveLength(5);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
  }, 30_000);

  it("5× 429 on the rollback's model write (Rolling mode, a faulted upgrade): it completes, the old version is live", async () => {
    const v2 = await setup('Rolling');
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    h.emu.control.addFault({
      kind: 'throttle',
      operation: 'VirtualMachineScaleSets_Update',
      skip: 2,
      times: 5,
      retryAfterSeconds: 0,
    });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/faulted: MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade/);
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again/);
    expect(statusesOf('VirtualMachineScaleSets_Update').filter((s) => s === 429)).toHaveLength(5);
    expect(versions(h)).toEqual(ALL_OLD);
    expect(modelImage()).toBe('1.0.0');
  }, 30_000);
});
