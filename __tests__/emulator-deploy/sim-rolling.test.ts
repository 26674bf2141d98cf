import { describe, expect, it } from 'vitest';
import { SimClock } from '../../src/emulator/clock.js';
import { createRandom } from '../../src/emulator/random.js';
import { Scheduler } from '../../src/emulator/scheduler.js';
import { HealthRules } from '../../src/emulator/sim/health-script.js';
import { parseIsoDurationMs } from '../../src/emulator/sim/iso-duration.js';
import { policyWithDefaults, RollingUpgrade } from '../../src/emulator/sim/rolling-upgrade.js';
import { ScaleSetSim } from '../../src/emulator/sim/scale-set.js';

const V1 = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/app/versions/1.0.0';
const V2 = V1.replace('1.0.0', '2.0.0');
const profile = (image: string) => ({ storageProfile: { imageReference: { id: image } } });

/** A paused clock (scale tiny) moved by hand, so every step is explicit. */
function setup(capacity: number, mode: 'Manual' | 'Automatic' | 'Rolling' = 'Rolling') {
  const clock = new SimClock(1e-9);
  const scheduler = new Scheduler(clock);
  const health = new HealthRules(createRandom(7));
  const sim = new ScaleSetSim(
    '/ss/id',
    'web',
    { profile: profile(V1), capacity, upgradeMode: mode },
    {
      timeline: { clock, scheduler },
      health,
      timings: { bootMs: 10_000, reimageMs: 10_000, deleteMs: 1_000 },
    },
  );
  sim.scaleTo(capacity);
  const advance = (ms: number) => {
    clock.advance(ms);
    scheduler.runDue();
  };
  advance(10_000);
  return { clock, scheduler, health, sim, advance };
}

describe('iso durations', () => {
  it('parses the forms Azure uses', () => {
    expect(parseIsoDurationMs('PT0S')).toBe(0);
    expect(parseIsoDurationMs('PT2M30S')).toBe(150_000);
    expect(parseIsoDurationMs('P1DT1H')).toBe(25 * 3_600_000);
    expect(() => parseIsoDurationMs('5s')).toThrow();
  });
});

describe('scale set simulation', () => {
  it('boots instances on the model and reports health', () => {
    const { sim } = setup(3);
    expect(sim.members().map((i) => [i.instanceId, i.power, sim.healthOf(i)])).toEqual([
      ['0', 'running', 'healthy'],
      ['1', 'running', 'healthy'],
      ['2', 'running', 'healthy'],
    ]);
  });

  it('Manual mode leaves instances on the old model until updateInstances', () => {
    const { sim, advance } = setup(2, 'Manual');
    sim.applyModel({ profile: profile(V2), capacity: 2, upgradeMode: 'Manual' });
    expect(sim.members().every((i) => !sim.isLatestModel(i) && i.image === V1)).toBe(true);
    const op = sim.updateInstances(['1']);
    expect(sim.require('1').busy).toBe(true);
    advance(10_000);
    expect(op.status).toBe('Succeeded');
    expect(sim.require('1').image).toBe(V2);
    expect(sim.isLatestModel(sim.require('0'))).toBe(false);
  });

  it('rolls in batches of maxBatchInstancePercent with pauses', () => {
    const { sim, advance } = setup(5);
    sim.applyModel({ profile: profile(V2), capacity: 5, upgradeMode: 'Rolling' });
    const run = new RollingUpgrade(
      sim,
      policyWithDefaults({
        maxBatchInstancePercent: 40,
        maxUnhealthyInstancePercent: 40,
        pauseTimeBetweenBatches: 'PT5S',
      }),
      sim.now(),
    );
    expect(run.progress()).toEqual({
      successfulInstanceCount: 0,
      failedInstanceCount: 0,
      inProgressInstanceCount: 2,
      pendingInstanceCount: 3,
    });
    advance(10_000);
    expect(run.progress().successfulInstanceCount).toBe(2);
    expect(run.progress().inProgressInstanceCount).toBe(0); // pausing
    advance(5_000);
    expect(run.progress().inProgressInstanceCount).toBe(2);
    advance(15_000);
    advance(15_000);
    expect(run.code).toBe('Completed');
    expect(run.progress()).toEqual({
      successfulInstanceCount: 5,
      failedInstanceCount: 0,
      inProgressInstanceCount: 0,
      pendingInstanceCount: 0,
    });
    expect(run.op.status).toBe('Succeeded');
  });

  it('faults when upgraded instances are unhealthy', () => {
    const { sim, health, advance } = setup(5);
    health.unhealthyImage('/versions/2.0.0');
    sim.applyModel({ profile: profile(V2), capacity: 5, upgradeMode: 'Rolling' });
    const run = new RollingUpgrade(sim, policyWithDefaults({}), sim.now());
    advance(10_000);
    expect(run.code).toBe('Faulted');
    expect(run.error?.code).toBe('MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade');
    expect(run.progress()).toMatchObject({ failedInstanceCount: 1, pendingInstanceCount: 4 });
    expect(run.op.status).toBe('Failed');
  });

  it('maxSurge adds new instances before removing old ones', () => {
    const { sim, advance } = setup(2);
    sim.applyModel({ profile: profile(V2), capacity: 2, upgradeMode: 'Rolling' });
    const run = new RollingUpgrade(sim, policyWithDefaults({ maxBatchInstancePercent: 50, maxSurge: true }), sim.now());
    expect(sim.members().filter((i) => sim.isServing(i))).toHaveLength(2);
    advance(10_000);
    advance(11_000);
    advance(1_000);
    expect(run.code).toBe('Completed');
    expect(sim.members().map((i) => [i.instanceId, i.image])).toEqual([
      ['2', V2],
      ['3', V2],
    ]);
  });

  it('cancel stops before the next batch', () => {
    const { sim, advance } = setup(5);
    sim.applyModel({ profile: profile(V2), capacity: 5, upgradeMode: 'Rolling' });
    const run = new RollingUpgrade(sim, policyWithDefaults({}), sim.now());
    run.cancel(sim.now());
    expect(run.code).toBe('RollingForward');
    advance(10_000);
    expect(run.code).toBe('Cancelled');
    expect(run.progress()).toMatchObject({ successfulInstanceCount: 1, pendingInstanceCount: 4 });
  });

  it('checks maxUnhealthyInstancePercent before a batch and prioritizes unhealthy instances', () => {
    const { sim, health, advance } = setup(5);
    health.unhealthyInstance('/ss/id', '3');
    health.unhealthyInstance('/ss/id', '4');
    sim.applyModel({ profile: profile(V2), capacity: 5, upgradeMode: 'Rolling' });
    const strict = new RollingUpgrade(sim, policyWithDefaults({}), sim.now());
    expect(strict.code).toBe('Faulted');
    expect(strict.error?.code).toBe('MaxUnhealthyInstancePercentExceededInRollingUpgrade');
    health.clear();
    health.unhealthyInstance('/ss/id', '4');
    const run = new RollingUpgrade(
      sim,
      policyWithDefaults({
        maxUnhealthyInstancePercent: 60,
        maxBatchInstancePercent: 40,
        prioritizeUnhealthyInstances: true,
      }),
      sim.now(),
    );
    // Instance 4 goes first; batch = min(40% of 5, unhealthy budget 60% of 5 - 1 unhealthy) = 2.
    expect(
      sim
        .members()
        .filter((i) => i.busy)
        .map((i) => i.instanceId),
    ).toEqual(['0', '4']);
    advance(10_000);
    expect(run.progress().successfulInstanceCount).toBe(1);
    expect(run.progress().failedInstanceCount).toBe(1);
  });

  it('scripted boot failures are seeded and repeatable', () => {
    const outcome = () => {
      const { sim, health, advance } = setup(0);
      health.bootFailures({ oneIn: 3 });
      sim.scaleTo(12);
      advance(10_000);
      return sim
        .members()
        .map((i) => (i.bootFailed ? 'x' : '.'))
        .join('');
    };
    const first = outcome();
    expect(first).toMatch(/x/);
    expect(first).toMatch(/\./);
    expect(outcome()).toBe(first);
  });
});
