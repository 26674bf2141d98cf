/**
 * A rolling canary end to end on the emulator, through @azure/arm-compute and the monitor SDKs,
 * engine time on the emulator's clock: a Manual scale set of 10 instances behind the load
 * balancer takes 10 requests per simulated second (the load generator, round-robin over the
 * instances in rotation) while the canary replaces instances step by step. The share of answers
 * from 2.0.0 is counted per whole simulated minute from the request telemetry: with every
 * instance in rotation it is exactly the share of instances on 2.0.0 (10% = 1 of 10); tolerance
 * ±2 percentage points. A minute in which an instance is being replaced (out of rotation) has
 * another share and is not counted for a step. A failed analysis step aborts (every instance back
 * on 1.0.0, record 'aborted'); a step whose instances fail their health gate fails like a batch
 * and is rolled back by the deploy stage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tagsOf, versions, writes } from '../stages-deploy/harness.js';
import { canaryWorld, failureRate, minutes, modelVersion, runCanary, type CanaryWorld } from './world.js';

let w: CanaryWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

const near = (share: number, want: number) => Math.abs(share - want) <= 2;
const byOperation = (world: CanaryWorld, operation: string) => writes(world.h).filter((r) => r.operation === operation);

describe('canary on a rolling scale set (instance ratio)', () => {
  // A generous bound: on a loaded machine the emulator simulates many minutes of load per step.
  it('walks 10%, analysis, 50%, 100% with no failed request and each share as set', { timeout: 120_000 }, async () => {
    w = await canaryWorld();
    const from = w.h.emu.control.now().getTime();
    // A pause after each share gives it whole minutes to be counted in, however fast this machine
    // runs the analysis step's minute (simulated time also flows on its own).
    const steps = '10%, analysis, pause 3m, 50%, pause 5m, 100%';
    const { result, host } = await runCanary(w, steps, { analysis: failureRate(w.h) });
    expect(result.error).toBeUndefined();
    expect(host.outputs).toMatchObject({
      result: 'promoted',
      'canary-weight': '100',
      'canary-step': '6/6: 100%',
      'upgraded-instances': '10',
      'image-version': '2.0.0',
    });
    w.h.emu.control.advanceTime(120);
    const m = minutes(w.h, from);
    // Zero failed requests: none answered with an error, none found no backend.
    expect(m.reduce((n, x) => n + x.failed, 0)).toBe(0);
    expect(Object.keys(w.h.emu.control.monitor.load()[0]!.answers)).toEqual(['2xx']);
    // 10% through the analysis step and its pause, 50% through the pause after it.
    expect(m.filter((x) => near(x.share, 10)).length).toBeGreaterThanOrEqual(2);
    // A pause of P minutes holds its share over at least P - 1 whole clock minutes.
    expect(m.filter((x) => near(x.share, 50)).length).toBeGreaterThanOrEqual(4);
    expect(m.slice(-2).map((x) => x.share)).toEqual([100, 100]);
    // Only 0% before the first step, and the shares only rise.
    const shares = m.map((x) => x.share);
    expect(shares.every((s, i) => i === 0 || s >= shares[i - 1]! - 0.5)).toBe(true);
    expect(versions(w.h)).toEqual(Array(10).fill('2.0.0'));
    expect(modelVersion(w.h)).toBe('2.0.0');
    // The lease and one model write; one instance write per weight step (1, then 4 more), then
    // 100% in the configured batches of 2 (5 left: 3 batches).
    expect(byOperation(w, 'VirtualMachineScaleSets_Update')).toHaveLength(2);
    expect(byOperation(w, 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(5);
    const replacing = host.events.flatMap((e) =>
      'message' in e && /: replacing instance\(s\)/.test(e.message) ? [e.message] : [],
    );
    expect(replacing).toEqual([
      'canary 1/6: 10%: replacing instance(s) 0 with 2.0.0.',
      'canary 4/6: 50%: replacing instance(s) 1, 2, 3, 4 with 2.0.0.',
      'Batch 1 of 3: replacing instance(s) 5, 6 with 2.0.0.',
      'Batch 2 of 3: replacing instance(s) 7, 8 with 2.0.0.',
      'Batch 3 of 3: replacing instance(s) 9 with 2.0.0.',
    ]);
    const items = result.stages.find((s) => s.name === 'deploy')!.items;
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'canary 1/6: 10%',
        "canary step 2/6: analysis at 10%: analysis 'failure-rate'",
        'canary 4/6: 50%',
      ]),
    );
    expect(tagsOf(w.h)).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.state': 'live',
    });
  });

  it('a release that answers errors under traffic is aborted at its first analysis step: every instance back on 1.0.0', async () => {
    w = await canaryWorld();
    // Healthy to the probes, every 5th request to the app answers 500.
    w.h.emu.control.health.erroringImage('/versions/2.0.0', { rate: 0.2 });
    const { result, host } = await runCanary(w, '10%, analysis, 50%, 100%', { analysis: failureRate(w.h) });
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^deploy failed: canary step 2\/4: analysis failed: analysis 'failure-rate' .*; aborted: all traffic is back on the stable release \(was 10% on the new instances of scale set web\)/,
    );
    expect(host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0', 'canary-step': '2/4: analysis' });
    expect(versions(w.h)).toEqual(Array(10).fill('1.0.0'));
    expect(modelVersion(w.h)).toBe('1.0.0');
    // The lease; forward: the model and one instance; back: the model and that instance.
    expect(byOperation(w, 'VirtualMachineScaleSets_Update')).toHaveLength(3);
    expect(byOperation(w, 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(2);
    const tags = tagsOf(w.h);
    expect(tags).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'aborted',
    });
    expect(tags['immutable-deploy.target-version']).toBeUndefined();
    // After the abort every request is answered by 1.0.0 again, without a failure.
    const after = w.h.emu.control.now().getTime();
    w.h.emu.control.advanceTime(180);
    const whole = minutes(w.h, after).filter((x) => x.total === 600);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    expect(whole.every((x) => x.failed === 0 && x.share === 0)).toBe(true);
  });

  it('a step whose instance turns unhealthy fails its gate like a batch: the scale set is rolled back, not aborted', async () => {
    w = await canaryWorld({ capacity: 4 });
    w.h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const { result, host } = await runCanary(w, '25%, analysis, 100%');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^deploy failed: canary 1\/3: 25% failed: 1 of 1 upgraded instance\(s\) not healthy/,
    );
    expect(result.error?.message).toMatch(/rolled back: image 1\.0\.0 is live again on scale set web/);
    expect(host.outputs).toMatchObject({ 'rolled-back': 'true', 'canary-step': '1/3: 25%' });
    expect(host.outputs['result']).toBe('failed');
    expect(versions(w.h)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
    expect(tagsOf(w.h)).toMatchObject({
      'immutable-deploy.state': 'rolled-back',
      'immutable-deploy.failed-version': '2.0.0',
    });
  });
});
