/**
 * A wave's analysis gates are judged on each of its targets after the bake time (a verify run
 * with the wave's 'analysis', which also re-checks the target's health); a failed gate run counts
 * as a failed target and halts the fleet before the next wave.
 */
import { afterEach, expect, it } from 'vitest';
import { fleetDoc, fleetWorld, runDoc, scaleSetVersions, type FleetWorld } from './world.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

/** No alert fired on the target (the Alerts Management API, read through the real SDK). */
const NO_ALERTS = [{ name: 'no-alerts', alerts: 'target' }];

it('a target that turns unhealthy during the bake fails its gate run: the fleet halts before the next wave', async () => {
  w = await fleetWorld(2, { capacity: 1 });
  const world = w;
  const doc = fleetDoc(w, 2, 1, { 'bake-time': '1m', analysis: NO_ALERTS });
  // Verify waits for the bad instance to come back, up to 'deploy-timeout': keep it short.
  (doc['inputs'] as Record<string, string>)['deploy-timeout'] = '5m';
  const { result, log } = await runDoc(w, doc, undefined, {
    onTarget: async (target) => {
      // The second run of t1 is its gate run, after the bake: by then one instance went bad.
      if (
        target.name === 't1' &&
        world.h.emu.control.scaleSetInstances(
          `${world.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web1`,
        )[0]?.version === '2.0.0'
      )
        world.h.emu.control.health.unhealthyInstance(
          `${world.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web1`,
          '0',
        );
    },
  });
  expect(result.targets.map((t) => [t.target, t.result])).toEqual([
    ['t1', 'failed'],
    ['t2', 'not-run'],
  ]);
  // Failed in its gate run after the bake, not in its deploy (the wording of the failure depends on
  // when the bad instance is seen: an instance-health verdict, or the health wait running out).
  expect(result.targets[0]!.message).toMatch(/^analysis after bake: /);
  expect(result.status).toBe('halted');
  expect(log.starts).toEqual(['t1', 't1']);
  expect(scaleSetVersions(w.h, 'web2')).toEqual(['1.0.0']);
}, 60_000);

it('a wave whose gate passes after the bake lets the next wave start', async () => {
  w = await fleetWorld(2, { capacity: 1 });
  const doc = fleetDoc(w, 2, 1, { 'bake-time': '1m', analysis: NO_ALERTS });
  const { result, log } = await runDoc(w, doc);
  expect(result.targets.map((t) => t.message)).toEqual([undefined, undefined]);
  expect(result.status).toBe('succeeded');
  expect(log.starts).toEqual(['t1', 't1', 't2', 't2']);
  expect(w.h.emu.requests.filter((r) => r.operation === 'Alerts_GetAll').length).toBeGreaterThanOrEqual(2);
}, 60_000);
