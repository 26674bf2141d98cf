/**
 * A fleet on one runner, on the emulator through the real SDKs: 9 rolling scale sets over 3
 * regions in 3 waves release cleanly; an unhealthy target in wave 2 halts the fleet (wave 3 never
 * starts, the halt marker lands on the image version and a later run refuses to continue).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { haltTag } from '../../src/core/fleet/gallery.js';
import { renderFleetTable } from '../../src/core/fleet/summary.js';
import { fleetDoc, fleetWorld, newLog, planDoc, runDoc, scaleSetVersions, type FleetWorld } from './world.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

const versionTags = (world: FleetWorld) =>
  (world.h.emu.control.getResource(world.v2)?.['tags'] ?? {}) as Record<string, string>;

describe('fleet run', () => {
  it('releases 9 targets over 3 regions in 3 waves, wave by wave, at most max-parallel at once', async () => {
    w = await fleetWorld(9);
    const { result, log } = await runDoc(w, fleetDoc(w, 3, 3, { 'bake-time': '30s' }));
    expect(result.status).toBe('succeeded');
    expect(result.targets.map((t) => [t.target, t.wave, t.region, t.result, t.version])).toEqual(
      Array.from({ length: 9 }, (_, i) => [
        `t${i + 1}`,
        Math.floor(i / 3) + 1,
        ['westeurope', 'northeurope', 'eastus'][Math.floor(i / 3)],
        'succeeded',
        '2.0.0',
      ]),
    );
    for (let i = 1; i <= 9; i++) expect(scaleSetVersions(w.h, `web${i}`)).toEqual(['2.0.0', '2.0.0']);
    // Waves in order: every target of a wave starts after every target of the wave before it.
    expect(log.starts).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']);
    expect(log.maxActive).toBe(2);
    expect(log.lines.filter((l) => l.includes('baking for 30s'))).toHaveLength(3);
    expect(versionTags(w)[haltTag('web-fleet')]).toBeUndefined();
    expect(renderFleetTable(result).split('\n')[2]).toMatch(/^1 canary\s+t1\s+westeurope\s+succeeded\s+2\.0\.0$/);
  }, 60_000);

  it('an unhealthy target in wave 2 halts the fleet: wave 3 never starts, and a later run refuses', async () => {
    w = await fleetWorld(9);
    // One instance of web5 (wave 2) turns unhealthy: its release cannot pass.
    w.h.emu.control.health.unhealthyInstance(
      `${w.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web5`,
      '0',
    );
    const doc = fleetDoc(w, 3, 3);
    const { result, log } = await runDoc(w, doc);
    expect(result.status).toBe('halted');
    expect(result.halt).toMatch(/^2\.0\.0 wave 2 \(ring-1\): 1 of 3 target\(s\) failed \(failure budget 0\)$/);
    const byTarget = Object.fromEntries(result.targets.map((t) => [t.target, t.result]));
    expect(byTarget).toMatchObject({ t1: 'succeeded', t2: 'succeeded', t3: 'succeeded', t5: 'failed' });
    expect(result.targets.find((t) => t.target === 't5')!.message).toMatch(/^release: .*(unhealthy|not healthy)/);
    expect([byTarget['t7'], byTarget['t8'], byTarget['t9']]).toEqual(['not-run', 'not-run', 'not-run']);
    expect(log.starts).not.toContain('t7');
    for (const n of [7, 8, 9]) expect(scaleSetVersions(w.h, `web${n}`)).toEqual(['1.0.0', '1.0.0']);
    expect(versionTags(w)[haltTag('web-fleet')]).toBe(result.halt);

    // A later run of the fleet sees the marker and deploys nothing.
    const writesBefore = w.h.emu.requests.filter((r) => r.write).length;
    const again = await runDoc(w, doc, newLog());
    expect(again.result.status).toBe('refused');
    expect(again.result.halt).toMatch(/was halted for 2\.0\.0: 2\.0\.0 wave 2/);
    expect(again.log.starts).toEqual([]);
    expect(w.h.emu.requests.filter((r) => r.write).length).toBe(writesBefore);
  }, 60_000);

  it('plan lists each target’s writes per wave and writes nothing', async () => {
    w = await fleetWorld(2);
    const writesBefore = w.h.emu.requests.filter((r) => r.write).length;
    const plan = await planDoc(w, fleetDoc(w, 2, 1));
    expect(plan.status).toBe('planned');
    expect(plan.targets.map((t) => [t.wave, t.target, t.result])).toEqual([
      [1, 't1', 'planned'],
      [2, 't2', 'planned'],
    ]);
    expect(plan.targets[0]!.steps!.some((s) => s.includes('web1'))).toBe(true);
    expect(plan.targets[1]!.steps!.some((s) => s.includes('web2'))).toBe(true);
    expect(w.h.emu.requests.filter((r) => r.write).length).toBe(writesBefore);
  }, 60_000);
});
