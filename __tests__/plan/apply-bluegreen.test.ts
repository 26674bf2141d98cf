/**
 * blue-green, plan = apply: for each scenario a plan runs first (zero writes), then a real run on
 * the same world; the writes the real run made are the writes the plan listed. The real runs take
 * no deploy lock here (the lock is not part of a plan), so the request log holds only the rollout.
 */
import { describe, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { RunResult } from '../../src/core/run/result.js';
import { portsFor, runStages, writes } from '../stages-slotswap/context.js';
import { h, inputs, setup } from '../stages-bluegreen/world.js';
import { expectApplyMatchesPlan } from './apply-match.js';

async function planThenApply(
  extra: Record<string, string>,
  stage = 'deploy',
): Promise<{ plan: RunResult; real: RunResult }> {
  const ports: AzurePorts = { ...(await portsFor(h.emu)) };
  delete (ports as { leases?: unknown }).leases;
  h.emu.control.clearRequests();
  const plan = (await runStages(h.emu, inputs({ stages: stage, ...extra, 'dry-run': 'true' }), { ports })).result;
  expect(plan.error).toBeUndefined();
  expect(writes(h.emu)).toEqual([]);
  h.emu.control.clearRequests();
  const real = (await runStages(h.emu, inputs({ stages: stage, ...extra }), { ports })).result;
  expectApplyMatchesPlan(plan, h.emu, stage);
  return { plan, real };
}

describe('blue-green: the real run makes the writes its plan lists', () => {
  it('first deploy (the idle colour is created), re-deploy (re-used), already live', async () => {
    const v = await setup();
    const first = await planThenApply({ 'image-id': v['2.0.0']! });
    expect(first.real.error).toBeUndefined();
    const again = await planThenApply({ 'image-id': v['3.0.0']! });
    expect(again.real.error).toBeUndefined();
    expect(again.plan.plan!.some((w) => w.operation === 'scale')).toBe(true);
    const live = await planThenApply({ 'image-id': v['3.0.0']! });
    expect(live.real.outputs.upgradedInstances).toBe(0);
  });

  it('after a failed run (the release never went healthy) and a rollback', async () => {
    const v = await setup();
    await planThenApply({ 'image-id': v['2.0.0']! });
    h.emu.control.health.unhealthyImage('/versions/3.0.0');
    const failed = (await runStages(h.emu, inputs({ stages: 'deploy', 'image-id': v['3.0.0']! }))).result;
    expect(failed.status).toBe('failed');
    h.emu.control.health.clear();
    const rollback = await planThenApply({}, 'rollback');
    expect(rollback.real.error).toBeUndefined();
    expect(rollback.real.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0' });
  });
});
