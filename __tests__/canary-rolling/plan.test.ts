/**
 * The rolling canary's plan and its refusals, on the emulator through the real SDKs: plan mode
 * lists every step's write, hold and check and makes none; a scale set the engine cannot walk
 * step by step (not in Manual upgrade mode, a single instance) fails the step with one input error
 * before any write. How a step's share becomes an instance count: rounded up, at least one, all
 * but one below 100%.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { instancesFor } from '../../src/core/deploy/rolling/canary.js';
import { versions, writes } from '../stages-deploy/harness.js';
import { canaryWorld, failureRate, runCanary, type CanaryWorld } from './world.js';

let w: CanaryWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

const planned = (r: Awaited<ReturnType<typeof runCanary>>['result']) =>
  r.stages.flatMap((s) => s.items.filter((i) => i.write).map((i) => i.value));

describe('rolling canary: instances per step', () => {
  it('rounds up, takes at least one instance and leaves one on the stable release below 100%', () => {
    expect([10, 20, 50, 95, 99, 100].map((p) => instancesFor(p, 10))).toEqual([1, 2, 5, 10 - 1, 9, 10]);
    expect([1, 10, 25, 26, 60, 95, 100].map((p) => instancesFor(p, 4))).toEqual([1, 1, 1, 2, 3, 3, 4]);
    expect([1, 50, 99, 100].map((p) => instancesFor(p, 2))).toEqual([1, 1, 1, 2]);
  });
});

describe('rolling canary in plan mode', () => {
  it('lists every step: the model write, one instance write per share, the pause, the checks, the batches', async () => {
    w = await canaryWorld();
    const { result } = await runCanary(w, '10%, analysis, 50%, pause 5m, 100%', {
      analysis: failureRate(w.h),
      'dry-run': 'true',
    });
    expect(result.status).toBe('succeeded');
    expect(planned(result)).toEqual([
      expect.stringMatching(/^tag scale set web: target-version 2\.0\.0/),
      'update scale set web: image 1.0.0 → 2.0.0; canary by instance ratio: 10% (1 of 10 instance(s)), analysis, ' +
        '50% (5 of 10 instance(s)), pause 5m, 100% (5 more in batches of up to 2), each step gated by instance health',
      'replace instance(s) 0 of scale set web: image 2.0.0; canary 1/5: 10%',
      'replace instance(s) 1, 2, 3, 4 of scale set web: image 2.0.0; canary 3/5: 50%',
      'replace instance(s) 5, 6 of scale set web: image 2.0.0; batch 1 of 3',
      'replace instance(s) 7, 8 of scale set web: image 2.0.0; batch 2 of 3',
      'replace instance(s) 9 of scale set web: image 2.0.0; batch 3 of 3',
      expect.stringMatching(/^tag scale set web: current-version none → 2\.0\.0/),
    ]);
    const items = result.stages[0]!.items.map((i) => `${i.label}: ${i.value}`);
    expect(items).toEqual(
      expect.arrayContaining([
        'would check: canary 1/5: 10%: instance(s) 0 healthy on 2.0.0, 1 probe(s) pass',
        expect.stringMatching(/^would check: analysis 'failure-rate': .* every 1m × 2/),
        'would check: canary step 2/5: analysis at 10%: 1 probe(s) pass',
        'canary 4/5: pause 5m: 50% on the new instances of scale set web',
      ]),
    );
    expect(writes(w.h)).toEqual([]);
  });

  it('a step whose share rounds to the instances already replaced replaces nothing more', async () => {
    w = await canaryWorld({ capacity: 4 });
    const { result } = await runCanary(w, '10%, 20%, 95%, 100%', { 'dry-run': 'true' });
    expect(result.status).toBe('succeeded');
    expect(planned(result).filter((v) => v.startsWith('replace'))).toEqual([
      'replace instance(s) 0 of scale set web: image 2.0.0; canary 1/4: 10%',
      'replace instance(s) 1, 2 of scale set web: image 2.0.0; canary 3/4: 95%',
      'replace instance(s) 3 of scale set web: image 2.0.0; batch 1 of 1',
    ]);
    expect(result.stages[0]!.items.map((i) => `${i.label}: ${i.value}`)).toContain(
      'canary 2/4: 20%: 1 of 4 instance(s) already on 2.0.0: nothing to replace',
    );
  });
});

describe('rolling canary: refused before any write', () => {
  it('a scale set in Automatic upgrade mode: one input error saying what to change', async () => {
    w = await canaryWorld({ capacity: 2, mode: 'Automatic' });
    const { result } = await runCanary(w, '50%, 100%');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toBe(
      "input 'canary-steps': with strategy 'rolling' the engine replaces the instances step by step, " +
        "which needs Manual upgrade mode; scale set 'web' is in Automatic mode (Azure would replace every instance as " +
        "soon as the model changes); expected upgradePolicy.mode Manual on 'web' (or no 'canary-steps')",
    );
    expect(writes(w.h)).toEqual([]);
    expect(versions(w.h)).toEqual(['1.0.0', '1.0.0']);
  });

  it('a scale set of one instance: no instance could stay on the stable release', async () => {
    w = await canaryWorld({ capacity: 1 });
    const { result } = await runCanary(w, '10%, 100%');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^input 'canary-steps': scale set 'web' has 1 instance\(s\); a canary by instance ratio needs at least 2/,
    );
    expect(writes(w.h)).toEqual([]);
  });
});
