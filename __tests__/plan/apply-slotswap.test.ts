/**
 * slot-swap, plan = apply: for each scenario a plan runs first (zero writes), then a real run on
 * the same world; the writes the real run made (slot config, restart, applySlotConfig, slotsswap,
 * the record's Tags) are the writes the plan listed, in order. The real runs take no deploy lock
 * here (the lock is not part of a plan), so the request log holds only the rollout.
 */
import { describe, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { RunResult } from '../../src/core/run/result.js';
import { RG, useHarness } from '../emulator-deploy/helpers.js';
import { portsFor, runStages, writes } from '../stages-slotswap/context.js';
import {
  createSite,
  image,
  siteId,
  inputs as slotInputs,
  served as servedBy,
  tagsOf,
  useVersionGate,
} from '../stages-slotswap/world.js';
import { expectApplyMatchesPlan } from './apply-match.js';

const h = useHarness({ timeScale: 600 });
const gate = useVersionGate(h, '3.0.0');

// 'deploy-timeout' as the runs default it (60m: 18 s of real time on the engine's fast clock).
const inputs = (extra: Record<string, string>) => slotInputs(h, extra);

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
  const plan = (await runStages(h.emu, inputs({ ...extra, stages: stage, 'dry-run': 'true' }), { ports })).result;
  expect(plan.error).toBeUndefined();
  expect(writes(h.emu)).toEqual([]);
  h.emu.control.clearRequests();
  const real = (await runStages(h.emu, inputs({ ...extra, stages: stage }), { ports })).result;
  expect(real.error).toBeUndefined();
  expectApplyMatchesPlan(plan, h.emu, stage);
  return { plan, real };
}

/** A real run (lock-free) expected to fail, leaving the site mid-release. */
async function failedRun(extra: Record<string, string>): Promise<RunResult> {
  const result = (await runStages(h.emu, inputs({ ...extra, stages: 'deploy' }), { ports: await lockFreePorts() }))
    .result;
  expect(result.status).toBe('failed');
  return result;
}

/** The version production (or a slot) serves now. */
const served = (slot?: string) => servedBy(h, slot);
const ops = (r: RunResult) => (r.plan ?? []).map((w) => w.operation);
const record = async () => {
  const t = await tagsOf(h);
  return {
    current: t['immutable-deploy.current-version'],
    previous: t['immutable-deploy.previous-version'],
    target: t['immutable-deploy.target-version'],
  };
};

describe('slot-swap deploy: the real run makes the writes its plan lists', () => {
  it('first deploy, re-deploy, already live, a record that lags', async () => {
    await createSite(h);
    const first = await planThenApply({ 'container-image': image('2.0.0') });
    expect(ops(first.plan)).toEqual(['tag', 'update', 'restart', 'swap', 'tag']);
    expect(await served()).toBe('2.0.0');
    const again = await planThenApply({ 'container-image': image('3.0.0') });
    expect(ops(again.plan)).toEqual(['tag', 'update', 'restart', 'swap', 'tag']);
    expect(await record()).toEqual({ current: '3.0.0', previous: '2.0.0', target: undefined });
    const live = await planThenApply({ 'container-image': image('3.0.0') });
    expect(live.plan.plan).toEqual([]);
    expect(live.real.outputs.swapped).toBe(false);
    // The record says 2.0.0 while production runs 3.0.0 (an earlier run stopped before the record).
    const ports = await portsFor(h.emu);
    await ports.tags.merge(
      siteId(h),
      { 'immutable-deploy.current-version': '2.0.0' },
      { signal: AbortSignal.timeout(5000) },
    );
    const lagging = await planThenApply({ 'container-image': image('3.0.0') });
    expect(ops(lagging.plan)).toEqual(['tag']);
    expect((await record()).current).toBe('3.0.0');
  });

  it("swap with preview: production's slot settings applied to the slot before the swap", async () => {
    await createSite(h);
    const first = await planThenApply({ 'container-image': image('2.0.0'), 'swap-with-preview': 'true' });
    expect(ops(first.plan)).toEqual(['tag', 'update', 'restart', 'update', 'swap', 'tag']);
    expect(await served()).toBe('2.0.0');
    const live = await planThenApply({ 'container-image': image('2.0.0'), 'swap-with-preview': 'true' });
    expect(live.plan.plan).toEqual([]);
  });

  it('after a warm-up that failed before the swap: the re-run finds the artifact in the slot', async () => {
    await createSite(h);
    h.emu.control.health.unhealthyImage('shop:2.0.0');
    // The warm-up probes until the deadline: a short one (2m: 0.6 s of real time) ends it soon.
    const failed = await failedRun({ 'container-image': image('2.0.0'), 'deploy-timeout': '2m' });
    expect(failed.error!.message).toMatch(/did not answer its warm-up path/);
    expect(await served()).toBe('1.0.0');
    h.emu.control.health.clear();
    const rerun = await planThenApply({ 'container-image': image('2.0.0') });
    // The slot already holds 2.0.0: restarted and swapped, never pointed again.
    expect(ops(rerun.plan)).toEqual(['tag', 'restart', 'swap', 'tag']);
    expect(await served()).toBe('2.0.0');
    expect(await record()).toEqual({ current: '2.0.0', previous: '1.0.0', target: undefined });
  });

  it("after a live check that failed after the swap with 'auto-rollback: false': rollback by one swap back", async () => {
    await createSite(h);
    await planThenApply({ 'container-image': image('2.0.0') });
    const live = await gate.start();
    const failed = await failedRun({ 'container-image': image('3.0.0'), 'live-url': live, 'auto-rollback': 'false' });
    expect(failed.outputs.rolledBack).toBe(false);
    expect(await served()).toBe('3.0.0');
    expect(await record()).toMatchObject({ current: '2.0.0', target: '3.0.0' });
    const back = await planThenApply({ 'to-version': '2.0.0', 'live-url': live }, 'rollback');
    expect(ops(back.plan)).toEqual(['tag', 'swap', 'tag']);
    expect(back.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '2.0.0' });
    expect(await served()).toBe('2.0.0');
  });

  it('a run-from-package slot: a container image drops the setting, then points the image; a package is one setting', async () => {
    await createSite(h);
    const pkg = (v: string) => `https://packages.example/shop-${v}.zip`;
    await h.web.webApps.updateApplicationSettingsSlot(RG, 'shop', 'staging', {
      properties: { WEBSITE_RUN_FROM_PACKAGE: pkg('1.5.0') },
    });
    const image2 = await planThenApply({ 'container-image': image('2.0.0') });
    expect(image2.plan.plan![1]).toMatchObject({
      operation: 'update',
      before: 'package shop-1.5.0',
      after: image('2.0.0'),
    });
    expect(await served()).toBe('2.0.0');
    const package3 = await planThenApply({ 'container-image': '', 'package-url': pkg('3.0.0') });
    expect(package3.plan.plan![1]).toMatchObject({ operation: 'update', after: 'package shop-3.0.0' });
    expect(await served()).toBe('shop-3.0.0');
  });
});

describe('slot-swap rollback: the real run makes the writes its plan lists', () => {
  it('the previous app still in the slot: one swap back; a version the slot no longer holds: through the slot', async () => {
    await createSite(h);
    await planThenApply({ 'container-image': image('2.0.0') });
    await planThenApply({ 'container-image': image('3.0.0') });
    const back = await planThenApply({}, 'rollback');
    expect(ops(back.plan)).toEqual(['tag', 'swap', 'tag']);
    expect(back.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '2.0.0' });
    expect(await served()).toBe('2.0.0');
    // The slot holds 3.0.0 now: 1.0.0 goes through it as a deploy would.
    const older = await planThenApply({ 'to-version': '1.0.0' }, 'rollback');
    expect(ops(older.plan)).toEqual(['tag', 'update', 'restart', 'swap', 'tag']);
    expect(await served()).toBe('1.0.0');
    const none = await planThenApply({ 'to-version': '1.0.0' }, 'rollback');
    expect(none.plan.plan).toEqual([]);
  });
});

describe('slot-swap canary: the real run makes the writes its plan lists', () => {
  it('each weight is one config/web write; the rule is removed before the swap; pauses and analysis write nothing', async () => {
    await createSite(h);
    const canary = { 'container-image': image('2.0.0'), 'canary-steps': '10%, pause 1m, analysis, 50%, 100%' };
    const run = await planThenApply(canary);
    expect(ops(run.plan)).toEqual(['tag', 'update', 'restart', 'update', 'update', 'update', 'swap', 'tag']);
    const weights = (run.plan.plan ?? []).filter((w) => w.resource === 'web app shop' && w.operation === 'update');
    expect(weights.map((w) => w.after)).toEqual([
      `10% to slot staging (${image('2.0.0')})`,
      `50% to slot staging (${image('2.0.0')})`,
      `0% to slot staging (${image('2.0.0')})`,
    ]);
    expect(run.real.outputs).toMatchObject({ canaryWeight: 100, canaryStep: '5/5: 100%', canaryResult: 'promoted' });
    expect(await served()).toBe('2.0.0');
  });

  it('a rollback removes a share an interrupted canary left, and plans it only when it is there', async () => {
    await createSite(h);
    await planThenApply({ 'container-image': image('2.0.0') });
    // An earlier canary stopped at 25%: a quarter of production's traffic still goes to the slot.
    await h.web.webApps.updateConfiguration(RG, 'shop', {
      experiments: {
        rampUpRules: [{ name: 'staging', actionHostName: 'shop-staging.azurewebsites.net', reroutePercentage: 25 }],
      },
    });
    const back = await planThenApply({ 'to-version': '1.0.0', 'canary-steps': '10%, 100%' }, 'rollback');
    expect(ops(back.plan)[0]).toBe('update');
    expect(back.plan.plan![0]).toMatchObject({
      resource: 'web app shop',
      before: '25% of production traffic to slot staging',
    });
    expect((await h.web.webApps.getConfiguration(RG, 'shop')).experiments?.rampUpRules ?? []).toEqual([]);
    const again = await planThenApply({ 'to-version': '1.0.0', 'canary-steps': '10%, 100%' }, 'rollback');
    expect(again.plan.plan).toEqual([]);
  });
});
