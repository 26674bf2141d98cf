/**
 * A rolling canary with an open pause, end to end on the emulator through @azure/arm-compute,
 * engine time on the emulator's clock: `10%, pause, 50%, 100%` on a Manual scale set of 10
 * instances ends the first invocation 'paused' with 1 of 10 instances on 2.0.0 (the share of the
 * load generator's answers from 2.0.0 counted per simulated minute while it stays paused); a second,
 * separate invocation with `stages: promote` walks on to 100%; `abort` returns the replaced
 * instances and the model to 1.0.0 instead. A deploy re-run while paused writes nothing; a promote
 * with nothing paused writes nothing; plan mode lists the writes; instances added while paused
 * (autoscale) come up on the model, i.e. 2.0.0, and the next step's count is taken from the live count; a
 * rollback while paused returns every instance and clears the canary from the record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RG } from '../emulator-deploy/helpers.js';
import { tagsOf, versions, writes } from '../stages-deploy/harness.js';
import { canaryWorld, minutes, modelVersion, runCanary, type CanaryWorld } from './world.js';

let w: CanaryWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

const STEPS = '10%, pause, 50%, 100%';
const invoke = (world: CanaryWorld, stages: string, extra: Record<string, string> = {}) =>
  runCanary(world, STEPS, { stages, ...extra });
const byOperation = (world: CanaryWorld, operation: string) => writes(world.h).filter((r) => r.operation === operation);
const on = (world: CanaryWorld, version: string) => versions(world.h).filter((v) => v === version).length;

/** The first invocation: it stops at the open pause with 1 of 10 instances on 2.0.0. */
async function deployUntilPaused(world: CanaryWorld): Promise<void> {
  const { result, host } = await invoke(world, 'deploy');
  expect(result.error).toBeUndefined();
  expect(host.outputs).toMatchObject({ result: 'paused', 'canary-weight': '10', 'canary-step': '2/4: pause' });
  expect(result.stages[0]!.message).toBe(
    "canary of 2.0.0 paused at step 2/4: pause with 10% of production traffic on the new instances of scale set web (1 of 10 instance(s)); 9 instance(s) serve 1.0.0; run the 'promote' stage (immutable-deploy promote) to continue, or 'abort' (immutable-deploy abort) to return all traffic to the stable release",
  );
  expect(tagsOf(world.h)).toMatchObject({
    'immutable-deploy.current-version': '1.0.0',
    'immutable-deploy.target-version': '2.0.0',
    'immutable-deploy.state': 'paused',
    'immutable-deploy.canary-step': '2',
    'immutable-deploy.canary-weight': '10',
  });
  expect(on(world, '2.0.0')).toBe(1);
  expect(modelVersion(world.h)).toBe('2.0.0');
  expect(byOperation(world, 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(1);
}

describe('rolling canary: pause → promote / abort', () => {
  it(
    'pauses at 1 of 10 (counted), a re-run deploy writes nothing, a separate promote walks on to 100%',
    { timeout: 120_000 },
    async () => {
      w = await canaryWorld();
      await deployUntilPaused(w);
      // Paused: the load balancer keeps sending 1 request in 10 to the instance on 2.0.0.
      const from = w.h.emu.control.now().getTime();
      w.h.emu.control.advanceTime(240);
      const paused = minutes(w.h, from).filter((m) => m.total >= 500);
      expect(paused.length).toBeGreaterThanOrEqual(3);
      expect(paused.every((m) => m.failed === 0 && Math.abs(m.share - 10) <= 1)).toBe(true);

      w.h.emu.control.clearRequests();
      const again = await invoke(w, 'deploy');
      expect(again.result.status).toBe('succeeded');
      expect(again.host.outputs).toMatchObject({
        result: 'paused',
        'canary-weight': '10',
        'canary-step': '2/4: pause',
      });
      expect(again.result.stages[0]!.message).toMatch(/\(this deploy changed nothing\)$/);
      expect(writes(w.h)).toEqual([]);

      const promoted = await invoke(w, 'promote');
      expect(promoted.result.error).toBeUndefined();
      expect(promoted.host.outputs).toMatchObject({
        result: 'promoted',
        'canary-weight': '100',
        'canary-step': '4/4: 100%',
        'image-version': '2.0.0',
        'previous-image-version': '1.0.0',
      });
      // The deploy lock's lease first (a tags PATCH of the scale set), no model write (it already
      // points at 2.0.0), 50% in ONE instance write (4 more), the 5 left in batches of 2, then the
      // record (tags removed, merged) and the lease released.
      expect(writes(w.h).map((r) => r.operation)).toEqual([
        'VirtualMachineScaleSets_Update',
        ...Array(4).fill('VirtualMachineScaleSets_UpdateInstances'),
        ...Array(3).fill('Tags_UpdateAtScope'),
      ]);
      expect(byOperation(w, 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(4);
      expect(versions(w.h)).toEqual(Array(10).fill('2.0.0'));
      const record = tagsOf(w.h);
      expect(record).toMatchObject({
        'immutable-deploy.current-version': '2.0.0',
        'immutable-deploy.previous-version': '1.0.0',
        'immutable-deploy.state': 'live',
      });
      for (const gone of ['target-version', 'canary-step', 'canary-weight'])
        expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
      // Promoted already: the same verb again writes nothing.
      w.h.emu.control.clearRequests();
      const twice = await invoke(w, 'promote');
      expect(twice.result.error).toBeUndefined();
      expect(twice.host.outputs).toMatchObject({ result: 'promoted', 'canary-weight': '100' });
      expect(writes(w.h)).toEqual([]);
    },
  );

  it(
    'abort from paused: the instance and the model back on 1.0.0, the record says aborted',
    { timeout: 120_000 },
    async () => {
      w = await canaryWorld({ capacity: 4 });
      const { result: first } = await invoke(w, 'deploy');
      expect(first.error).toBeUndefined();
      expect(on(w, '2.0.0')).toBe(1);
      w.h.emu.control.clearRequests();
      const planned = await invoke(w, 'abort', { 'dry-run': 'true' });
      expect(planned.result.error).toBeUndefined();
      expect(planned.result.stages[0]!.message).toMatch(
        /^plan: abort, 3 writes, none made; afterwards: canary aborted/,
      );
      expect(writes(w.h)).toEqual([]);

      const { result, host } = await invoke(w, 'abort');
      expect(result.error).toBeUndefined();
      expect(host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0', 'canary-step': '2/4: pause' });
      expect(result.stages[0]!.message).toMatch(
        /^canary aborted \(was canary of 2\.0\.0 paused at step 2\/4: pause with 10% .*\): every instance of scale set web runs 1\.0\.0 again \(1 replaced\)$/,
      );
      expect(versions(w.h)).toEqual(Array(4).fill('1.0.0'));
      expect(modelVersion(w.h)).toBe('1.0.0');
      const record = tagsOf(w.h);
      expect(record).toMatchObject({
        'immutable-deploy.current-version': '1.0.0',
        'immutable-deploy.failed-version': '2.0.0',
        'immutable-deploy.state': 'aborted',
      });
      expect(record['immutable-deploy.target-version']).toBeUndefined();
      expect(record['immutable-deploy.canary-step']).toBeUndefined();
      // Aborted already: abort again writes nothing; a promote refuses.
      w.h.emu.control.clearRequests();
      const again = await invoke(w, 'abort');
      expect(again.host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0' });
      const late = await invoke(w, 'promote');
      expect(late.result.error?.message).toMatch(/^nothing to promote: .*state 'aborted'/);
      expect(writes(w.h)).toEqual([]);
    },
  );

  it('promote with nothing paused: one clear error, no write', { timeout: 60_000 }, async () => {
    w = await canaryWorld({ capacity: 4 });
    const { result, host } = await invoke(w, 'promote');
    expect(result.status).toBe('failed');
    expect(host.outputs['result']).toBe('failed');
    expect(result.error?.message).toMatch(
      /^nothing to promote: no canary is paused on the new instances of scale set web \(its release record says state 'none'.*\); expected a deploy with 'canary-steps' that stopped at 'pause'$/,
    );
    expect(writes(w.h)).toEqual([]);
  });

  it(
    'autoscale while paused: new instances come up on 2.0.0; plan, then promote from the live count',
    { timeout: 120_000 },
    async () => {
      w = await canaryWorld({ capacity: 4 });
      await invoke(w, 'deploy');
      expect(on(w, '2.0.0')).toBe(1);
      // Autoscale adds 2 instances: Azure creates them from the model, which points at 2.0.0.
      await w.h.compute.virtualMachineScaleSets.beginUpdateAndWait(RG, 'web', { sku: { capacity: 6 } });
      expect(on(w, '2.0.0')).toBe(3);
      w.h.emu.control.clearRequests();
      const planned = await invoke(w, 'promote', { 'dry-run': 'true' });
      expect(planned.result.error).toBeUndefined();
      const facts = planned.result.stages[0]!.items.map((i) => `${i.label}: ${i.value}`).join('\n');
      expect(facts).toMatch(
        /canary: paused at 10%; now 3 of 6 instance\(s\) on 2\.0\.0 \(about 50%\); instances added/,
      );
      const listed = /^plan: promote, (\d+) writes, none made/.exec(planned.result.stages[0]!.message ?? '');
      expect(listed).not.toBeNull();
      expect(writes(w.h)).toEqual([]);
      const { result, host } = await invoke(w, 'promote');
      expect(result.error).toBeUndefined();
      expect(host.outputs).toMatchObject({ result: 'promoted', 'canary-weight': '100' });
      // 50% of 6 is 3: already there, no write for that step; 100%: the 3 left in batches of 1 (20% of 6).
      const replaced = byOperation(w, 'VirtualMachineScaleSets_UpdateInstances');
      expect(replaced).toHaveLength(3);
      expect(versions(w.h)).toEqual(Array(6).fill('2.0.0'));
      // Every write the plan listed was made: the instance writes and the record.
      expect(Number(listed![1])).toBe(replaced.length + 1);
    },
  );

  it(
    'promote refuses another version or steps that no longer fit the pause, before any write',
    { timeout: 60_000 },
    async () => {
      w = await canaryWorld({ capacity: 4 });
      await invoke(w, 'deploy');
      w.h.emu.control.clearRequests();
      const other = await invoke(w, 'promote', { 'image-id': w.v2.replace(/2\.0\.0$/, '1.0.0') });
      expect(other.result.error?.message).toMatch(
        /^the canary of 2\.0\.0 paused at step 2\/4: pause with 10% .*, not 1\.0\.0: promote it with the inputs of the deploy that paused it, or run 'abort'/,
      );
      const moved = await runCanary(w, '25%, pause, 100%', { stages: 'promote' });
      expect(moved.result.error?.message).toMatch(
        /^input 'canary-steps': the canary of 2\.0\.0 paused at step 2\/3: pause/,
      );
      const otherDeploy = await invoke(w, 'deploy', { 'image-id': w.v2.replace(/2\.0\.0$/, '1.0.0') });
      expect(otherDeploy.result.error?.message).toMatch(/^the canary of 2\.0\.0 paused .* before deploying 1\.0\.0$/);
      expect(writes(w.h)).toEqual([]);
      expect(tagsOf(w.h)).toMatchObject({ 'immutable-deploy.state': 'paused', 'immutable-deploy.canary-weight': '10' });
    },
  );

  it(
    'rollback while paused returns every instance to 1.0.0 and clears the canary from the record',
    { timeout: 60_000 },
    async () => {
      w = await canaryWorld({ capacity: 4 });
      await invoke(w, 'deploy');
      expect(on(w, '2.0.0')).toBe(1);
      const { result, host } = await invoke(w, 'rollback');
      expect(result.error).toBeUndefined();
      expect(host.outputs).toMatchObject({ 'rolled-back': 'true', 'image-version': '1.0.0' });
      expect(versions(w.h)).toEqual(Array(4).fill('1.0.0'));
      expect(modelVersion(w.h)).toBe('1.0.0');
      const record = tagsOf(w.h);
      expect(record).toMatchObject({
        'immutable-deploy.current-version': '1.0.0',
        'immutable-deploy.failed-version': '2.0.0',
      });
      for (const gone of ['target-version', 'canary-step', 'canary-weight'])
        expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
      // Nothing is paused any more: a promote refuses, writing nothing.
      w.h.emu.control.clearRequests();
      expect((await invoke(w, 'promote')).result.error?.message).toMatch(/^nothing to promote: /);
      expect(writes(w.h)).toEqual([]);
    },
  );
});
