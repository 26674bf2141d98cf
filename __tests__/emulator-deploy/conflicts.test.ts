/**
 * One write at a time: a write to a scale set / load balancer with an operation in progress gets
 * its provider's error (src/emulator/conflicts.ts), and platform writes (autoscale) move a scale
 * set's ETag. The engine re-reads and retries both within the step's deadline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAzurePorts } from '../../src/azure/index.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { createCommandRunner } from '../../src/runtime/command-runner.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { RecordingHost } from '../core/fakes.js';
import { credential } from './helpers.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  lbId,
  poll,
  RG,
  seedImageVersion,
  ssId,
  start,
  versions,
  type Harness,
} from '../stages-deploy/harness.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

/** Runs the engine; `beforeFirstModelWrite` runs once, after the engine read the scale set and before its PATCH. */
async function runWith(inputs: Record<string, string | undefined>, beforeFirstModelWrite: () => void) {
  const ports = await createAzurePorts({
    endpoint: h.emu.endpoint,
    caFile: h.emu.caFile,
    subscriptionId: h.emu.subscriptionId,
    credential,
    pollIntervalMs: 5,
  });
  const setImage = ports.scaleSets.setImage.bind(ports.scaleSets);
  let fired = false;
  ports.scaleSets.setImage = (ref, change, options) => {
    if (!fired) {
      fired = true;
      beforeFirstModelWrite();
    }
    return setImage(ref, change, options);
  };
  const settings = parseSettings((name) => inputs[name]);
  const deps = {
    host: new RecordingHost(),
    clock: systemClock,
    sleep: realSleep,
    http: createHttpClient(),
    commands: createCommandRunner(),
    azure: async () => ports,
  };
  return runEngine(settings, deps);
}

const modelWrites = () =>
  h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_Update' && r.method === 'PATCH');

describe('emulator: writes while another operation holds the resource', () => {
  it('Compute: 409 Conflict (concurrent request) while the scale set is held; the write goes through once it ends', async () => {
    h = await start({ timeScale: 600 });
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 1 });
    const before = (await h.compute.virtualMachineScaleSets.get(RG, 'web')).etag;
    h.emu.control.touchScaleSet(ssId(h), { busySeconds: 3600 });
    const touched = await h.compute.virtualMachineScaleSets.get(RG, 'web');
    expect(touched.etag).not.toBe(before);
    expect(touched.provisioningState).toBe('Updating');
    await expect(h.compute.virtualMachineScaleSets.update(RG, 'web', { tags: { a: '1' } }, poll)).rejects.toMatchObject(
      {
        statusCode: 409,
        code: 'Conflict',
        message: expect.stringMatching(/conflict with a concurrent request/),
      },
    );
    h.emu.control.advanceTime(3601);
    const written = await h.compute.virtualMachineScaleSets.update(RG, 'web', { tags: { a: '1' } }, poll);
    expect(written.tags).toEqual({ a: '1' });
    expect(written.provisioningState).toBe('Succeeded');
  });

  it('Network: 429 RetryableError (RetryableErrorDueToAnotherOperation) with Retry-After while the load balancer is held', async () => {
    h = await start({ timeScale: 60 });
    await createLoadBalancer(h);
    const lb = await h.network.loadBalancers.get(RG, 'lb');
    h.emu.control.holdResource(lbId(h), 600, 'PutLoadBalancerOperation');
    h.emu.control.clearRequests();
    const err = await h.network.loadBalancers
      .beginCreateOrUpdateAndWait(RG, 'lb', { ...lb, tags: { a: '1' } }, poll)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 429, code: 'RetryableError' });
    const puts = h.emu.requests.filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate');
    // The SDK's throttling retry honoured it (FAST_RETRY: 4 retries), then gave up.
    expect(puts.map((r) => [r.status, r.errorCode])).toEqual(Array(5).fill([429, 'RetryableError']));
    h.emu.control.advanceTime(601);
    await expect(
      h.network.loadBalancers.beginCreateOrUpdateAndWait(RG, 'lb', { ...lb, tags: { a: '1' } }, poll),
    ).resolves.toMatchObject({ tags: { a: '1' } });
  });
});

describe('engine: guarded writes after a platform write', () => {
  it('an autoscale write between the engine read and its PATCH: 412, the write re-reads and succeeds', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const live = await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 2, mode: 'Manual' });
    const result = await runWith(
      baseInputs(h, { stages: 'deploy', 'image-id': v2, 'rollout-mode': 'manual', 'live-url': `${live}/health` }),
      () => h.emu.control.touchScaleSet(ssId(h)),
    );
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(versions(h)).toEqual(['2.0.0', '2.0.0']);
    const statuses = modelWrites().map((r) => r.status);
    expect(statuses).toContain(412);
    expect(statuses.indexOf(412)).toBeLessThan(statuses.lastIndexOf(200));
  }, 30_000);

  it('an autoscale operation holding the scale set when the engine writes: 409, retried within the deadline, succeeds', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const live = await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 2, mode: 'Manual' });
    // 600 simulated seconds at time scale 20 000: ~30 ms of real time, well inside the deadline.
    const result = await runWith(
      baseInputs(h, { stages: 'deploy', 'image-id': v2, 'rollout-mode': 'manual', 'live-url': `${live}/health` }),
      () => h.emu.control.touchScaleSet(ssId(h), { busySeconds: 600 }),
    );
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(versions(h)).toEqual(['2.0.0', '2.0.0']);
    expect(
      h.emu.requests.some(
        (r) => r.operation === 'VirtualMachineScaleSets_Update' && r.status === 409 && r.errorCode === 'Conflict',
      ),
    ).toBe(true);
  }, 30_000);
});
