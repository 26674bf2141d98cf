/**
 * rolling, plan = apply: for each upgrade mode and scenario a plan runs first (zero writes), then a
 * real run on the same world; the writes the real run made are the writes the plan listed, in
 * order. The real runs take no deploy lock here (the lock is not part of a plan), so the request
 * log holds only the rollout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { RunResult } from '../../src/core/run/result.js';
import { RecordingHost } from '../core/fakes.js';
import { portsFor, runStages, writes } from '../stages-slotswap/context.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  RG,
  seedImageVersion,
  ssId,
  start,
  tagsOf,
  versions,
  type Harness,
} from '../stages-deploy/harness.js';
import { expectApplyMatchesPlan } from './apply-match.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

type Mode = 'Manual' | 'Rolling' | 'Automatic';

/** A scale set `web` of `capacity` instances on 1.0.0 behind a load balancer; versions 1–3 in the gallery. */
async function world(mode: Mode, capacity = 4, timeScale?: number): Promise<Record<string, string>> {
  h = await start(timeScale ? { timeScale } : {});
  const v = Object.fromEntries(['1.0.0', '2.0.0', '3.0.0'].map((x) => [x, seedImageVersion(h, x)]));
  await createLoadBalancer(h);
  await createScaleSet(h, v['1.0.0']!, { capacity, mode });
  h.emu.control.clearRequests();
  return v;
}

const inputs = (extra: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(baseInputs(h, extra)).filter((e): e is [string, string] => e[1] !== undefined));

async function lockFreePorts(): Promise<AzurePorts> {
  const ports: AzurePorts = { ...(await portsFor(h.emu)) };
  delete (ports as { leases?: unknown }).leases;
  return ports;
}

/** A plan (zero writes), then the real run on the same world: its writes are the planned ones. */
async function planThenApply(
  extra: Record<string, string>,
  stage = 'deploy',
): Promise<{ plan: RunResult; real: RunResult }> {
  const ports = await lockFreePorts();
  h.emu.control.clearRequests();
  const planned = await runStages(h.emu, inputs({ stages: stage, ...extra, 'dry-run': 'true' }), { ports });
  const plan = planned.result;
  expect(plan.error).toBeUndefined();
  expect(writes(h.emu)).toEqual([]);
  // A plan's log never says a write is under way.
  expect(
    planned.host.logs().filter((l) => /^(Batch \d|Replacing |Scale set \w+: (imageReference|cancelling))/.test(l)),
  ).toEqual([]);
  h.emu.control.clearRequests();
  const real = (await runStages(h.emu, inputs({ stages: stage, ...extra }), { ports })).result;
  expect(real.error).toBeUndefined();
  expectApplyMatchesPlan(plan, h.emu, stage);
  return { plan, real };
}

/** A real run (lock-free) that is expected to fail or be cancelled, leaving the world mid-release. */
async function failedRun(extra: Record<string, string>, host?: RecordingHost): Promise<RunResult> {
  const ports = await lockFreePorts();
  return (await runStages(h.emu, inputs({ stages: 'deploy', ...extra }), { ports, ...(host ? { host } : {}) })).result;
}

const ops = (r: RunResult) => (r.plan ?? []).map((w) => w.operation);
const record = () => {
  const t = tagsOf(h);
  return {
    current: t['immutable-deploy.current-version'],
    previous: t['immutable-deploy.previous-version'],
    target: t['immutable-deploy.target-version'],
  };
};

/** Waits until no instance is mid-operation (a cancelled batch's reimage ends on Azure's side). */
async function settled(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const busy = h.emu.control.scaleSetInstances(ssId(h)).some((x) => x.provisioningState !== 'Succeeded');
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('rolling, Manual mode: the real run makes the writes its plan lists', () => {
  it('first deploy in batches, re-deploy to a newer version, already live, a record that lags', async () => {
    const v = await world('Manual', 5);
    const first = await planThenApply({ 'image-id': v['2.0.0']!, 'max-batch-percent': '40' });
    expect(ops(first.plan)).toEqual(['tag', 'update', 'replace', 'replace', 'replace', 'tag']);
    expect(versions(h)).toEqual(Array(5).fill('2.0.0'));
    const again = await planThenApply({ 'image-id': v['3.0.0']!, 'max-batch-percent': '40' });
    expect(ops(again.plan)).toEqual(['tag', 'update', 'replace', 'replace', 'replace', 'tag']);
    expect(record()).toEqual({ current: '3.0.0', previous: '2.0.0', target: undefined });
    const live = await planThenApply({ 'image-id': v['3.0.0']! });
    expect(live.plan.plan).toEqual([]);
    expect(live.real.outputs.upgradedInstances).toBe(0);
    // The record says 2.0.0 while every instance runs 3.0.0 (an earlier run stopped before the record).
    const ports = await portsFor(h.emu);
    await ports.tags.merge(
      ssId(h),
      { 'immutable-deploy.current-version': '2.0.0' },
      { signal: AbortSignal.timeout(5000) },
    );
    const lagging = await planThenApply({ 'image-id': v['3.0.0']! });
    expect(ops(lagging.plan)).toEqual(['tag']);
    expect(record().current).toBe('3.0.0');
  }, 20_000);

  it('after a cancelled rollout (mixed versions, target-version recorded): the re-run replaces what is left', async () => {
    const v = await world('Manual', 4);
    const host = new RecordingHost();
    const info = host.info.bind(host);
    // Cancelled as the second batch starts: the first batch runs 2.0.0, the rest 1.0.0.
    host.info = (message) => {
      if (message.startsWith('Batch 2 of 4')) host.abort();
      info(message);
    };
    expect((await failedRun({ 'image-id': v['2.0.0']!, 'max-batch-percent': '25' }, host)).status).toBe('cancelled');
    await settled();
    expect(versions(h)).toEqual(['2.0.0', '1.0.0', '1.0.0', '1.0.0']);
    expect(record().target).toBe('2.0.0');
    const rerun = await planThenApply({ 'image-id': v['2.0.0']!, 'max-batch-percent': '25' });
    // The model already points at 2.0.0: no model write, three batches left.
    expect(ops(rerun.plan)).toEqual(['tag', 'replace', 'replace', 'replace', 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('2.0.0'));
    expect(record()).toEqual({ current: '2.0.0', previous: '1.0.0', target: undefined });
  }, 20_000);

  it("after a batch failed its gate with 'auto-rollback: false': a rollback to-version, then a re-run", async () => {
    const v = await world('Manual', 4);
    const failOnce = async () => {
      h.emu.control.health.unhealthyImage('/versions/2.0.0');
      const failed = await failedRun({ 'image-id': v['2.0.0']!, 'auto-rollback': 'false' });
      expect(failed.status).toBe('failed');
      expect(failed.outputs.rolledBack).toBe(false);
      h.emu.control.health.clear();
      await settled();
      expect(versions(h)).toEqual(['2.0.0', '1.0.0', '1.0.0', '1.0.0']);
      expect(record().target).toBe('2.0.0');
    };
    await failOnce();
    const back = await planThenApply({ 'to-version': '1.0.0' }, 'rollback');
    expect(ops(back.plan)).toEqual(['tag', 'update', 'replace', 'tag']);
    expect(back.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0' });
    expect(versions(h)).toEqual(Array(4).fill('1.0.0'));
    await failOnce();
    const rerun = await planThenApply({ 'image-id': v['2.0.0']! });
    expect(ops(rerun.plan)).toEqual(['tag', 'replace', 'replace', 'replace', 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('2.0.0'));
  }, 20_000);

  it('standalone rollback: to the recorded previous version, then to-version further back', async () => {
    const v = await world('Manual', 3);
    await planThenApply({ 'image-id': v['2.0.0']! });
    await planThenApply({ 'image-id': v['3.0.0']! });
    const back = await planThenApply({}, 'rollback');
    expect(ops(back.plan)).toEqual(['tag', 'update', 'replace', 'replace', 'replace', 'tag']);
    expect(back.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '2.0.0' });
    const further = await planThenApply({ 'to-version': '1.0.0' }, 'rollback');
    expect(further.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0' });
    expect(versions(h)).toEqual(Array(3).fill('1.0.0'));
    // Already on it: nothing to roll back, no write.
    const none = await planThenApply({ 'to-version': '1.0.0' }, 'rollback');
    expect(none.plan.plan).toEqual([]);
  }, 20_000);
});

describe("rolling, Rolling upgrade mode (Azure's upgrade): the real run makes the writes its plan lists", () => {
  it("first deploy with the inputs' policy (override, then restore), re-deploy on the scale set's own, already live", async () => {
    const v = await world('Rolling', 4);
    const first = await planThenApply({ 'image-id': v['2.0.0']!, 'max-batch-percent': '50' });
    // The model write that starts Azure's upgrade carries the override; the policy is restored after.
    expect(ops(first.plan)).toEqual(['tag', 'update', 'update', 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('2.0.0'));
    const again = await planThenApply({ 'image-id': v['3.0.0']! });
    expect(ops(again.plan)).toEqual(['tag', 'update', 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('3.0.0'));
    const live = await planThenApply({ 'image-id': v['3.0.0']!, 'max-batch-percent': '50' });
    expect(live.plan.plan).toEqual([]);
  }, 20_000);

  it("after a deploy cancelled while Azure rolled (the model moved, instances mixed): the re-run's batches", async () => {
    // A slower emulator: Azure's upgrade (batches of one) is still running when the step is cancelled.
    const v = await world('Rolling', 4, 1000);
    const host = new RecordingHost();
    const info = host.info.bind(host);
    host.info = (message) => {
      if (message.startsWith('Rolling upgrade of web, batch 1')) host.abort();
      info(message);
    };
    expect((await failedRun({ 'image-id': v['2.0.0']! }, host)).status).toBe('cancelled');
    await settled();
    const mixed = versions(h);
    expect(mixed).toContain('1.0.0');
    expect(mixed).toContain('2.0.0');
    expect(record().target).toBe('2.0.0');
    const rerun = await planThenApply({ 'image-id': v['2.0.0']!, 'max-batch-percent': '50' });
    // The model already points at 2.0.0: no model write (so no policy override); the engine replaces the rest.
    const batches = Math.ceil(mixed.filter((x) => x === '1.0.0').length / 2);
    expect(ops(rerun.plan)).toEqual(['tag', ...Array(batches).fill('replace'), 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('2.0.0'));
  }, 20_000);

  it("rollback while Azure's upgrade still rolls forward: it is cancelled first, then the model moves back", async () => {
    // A slow emulator: the upgrade started outside the engine is still rolling when the rollback runs.
    const v = await world('Rolling', 4, 150);
    const ports = await portsFor(h.emu);
    await ports.scaleSets.setImage(
      { resourceGroup: RG, name: 'web' },
      { imageId: v['2.0.0']! },
      { signal: AbortSignal.timeout(5000) },
    );
    const back = await planThenApply({ 'to-version': '1.0.0', 'deploy-timeout': '30m' }, 'rollback');
    expect(ops(back.plan)).toEqual(['cancel', 'tag', 'update', 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('1.0.0'));
  }, 20_000);

  it("after a faulted upgrade with 'auto-rollback: false': the standalone rollback, then a re-run", async () => {
    const v = await world('Rolling', 4);
    await planThenApply({ 'image-id': v['2.0.0']! });
    h.emu.control.health.unhealthyImage('/versions/3.0.0');
    const failed = await failedRun({ 'image-id': v['3.0.0']!, 'auto-rollback': 'false' });
    expect(failed.status).toBe('failed');
    expect(failed.error!.message).toMatch(/faulted/);
    h.emu.control.health.clear();
    await settled();
    expect(record()).toMatchObject({ current: '2.0.0', target: '3.0.0' });
    const back = await planThenApply({ 'to-version': '2.0.0' }, 'rollback');
    expect(back.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '2.0.0' });
    expect(versions(h)).toEqual(Array(4).fill('2.0.0'));
    const rerun = await planThenApply({ 'image-id': v['3.0.0']!, 'max-batch-percent': '50' });
    expect(ops(rerun.plan)).toEqual(['tag', 'update', 'update', 'tag']);
    expect(versions(h)).toEqual(Array(4).fill('3.0.0'));
  }, 20_000);
});

describe('rolling, Automatic mode: the real run makes the writes its plan lists', () => {
  it('first deploy, re-deploy, already live, rollback with and without to-version', async () => {
    const v = await world('Automatic', 3);
    const first = await planThenApply({ 'image-id': v['2.0.0']! });
    expect(ops(first.plan)).toEqual(['tag', 'update', 'tag']);
    await planThenApply({ 'image-id': v['3.0.0']! });
    expect(versions(h)).toEqual(Array(3).fill('3.0.0'));
    expect((await planThenApply({ 'image-id': v['3.0.0']! })).plan.plan).toEqual([]);
    const back = await planThenApply({}, 'rollback');
    expect(back.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '2.0.0' });
    const further = await planThenApply({ 'to-version': '1.0.0' }, 'rollback');
    expect(further.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0' });
    expect(versions(h)).toEqual(Array(3).fill('1.0.0'));
  }, 20_000);
});
