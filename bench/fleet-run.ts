/**
 * A fleet run's wall time: `fleet run` of 100 rolling targets in 5 waves (one scale set each, on
 * the emulator through the real SDKs), engine time 200× real time (fastTime) and the emulator on
 * its own time scale. A wave lasts as long as its slowest lane of targets plus its bake time, so
 * with every target of a wave released at once the fleet should take about the sum over waves of
 * the slowest target plus the bake times; the figures print both on the engine's (simulated)
 * clock, with the real time and the requests per target.
 * Run: npx tsx bench/fleet-run.ts   Not a timed test: prints figures.
 */
import { parseFleet } from '../src/core/fleet/parse.js';
import { runFleet } from '../src/core/fleet/run.js';
import type { FleetTarget } from '../src/core/fleet/types.js';
import { fleetDeps, fleetDoc, fleetWorld, newLog } from '../__tests__/fleet/world.js';

const TARGETS = 100;
const WAVES = 5;
const BAKE_MIN = 10;
const minutes = (ms: number) => (ms / 60_000).toFixed(1);

console.log(
  '| targets | waves | max-parallel | bake/wave | fleet (simulated) | Σ waves (slowest target + bake) | slowest lane sum + bake | real s | requests/target | writes/target |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const maxParallel of [TARGETS / WAVES, 5]) {
  const w = await fleetWorld(TARGETS, { capacity: 1 });
  const doc = fleetDoc(w, WAVES, TARGETS / WAVES, { 'max-parallel': maxParallel, 'bake-time': `${BAKE_MIN}m` });
  const fleet = parseFleet(doc);
  const deps = fleetDeps(w.h, newLog());
  // Each target's own run time on the engine's clock, by wave.
  const took = new Map<FleetTarget, number>();
  const timed = {
    ...deps,
    runTarget: async (target: FleetTarget, settings: Parameters<typeof deps.runTarget>[1]) => {
      const result = await deps.runTarget(target, settings);
      took.set(target, result.durationMs);
      return result;
    },
  };
  w.h.emu.control.clearRequests();
  const real0 = performance.now();
  const sim0 = deps.clock.now();
  const result = await runFleet(fleet, timed);
  const simulated = deps.clock.now() - sim0;
  const real = (performance.now() - real0) / 1000;
  if (result.status !== 'succeeded') throw new Error(`the fleet did not succeed: ${JSON.stringify(result)}`);
  const bakes = fleet.waves.reduce((sum, wave) => sum + wave.bakeTimeMs, 0);
  const slowest = fleet.waves.reduce((sum, wave) => sum + Math.max(...wave.targets.map((t) => took.get(t)!)), 0);
  // With fewer lanes than targets: the wave lasts as long as its busiest lane (targets in order, `max-parallel` lanes).
  const lanes = fleet.waves.reduce(
    (sum, wave) =>
      sum +
      busiestLane(
        wave.targets.map((t) => took.get(t)!),
        maxParallel,
      ),
    0,
  );
  const requests = w.h.emu.requests.length;
  const writes = w.h.emu.requests.filter((r) => r.write).length;
  console.log(
    `| ${TARGETS} | ${WAVES} | ${maxParallel} | ${BAKE_MIN}m | ${minutes(simulated)} min | ${minutes(slowest + bakes)} min | ${minutes(lanes + bakes)} min | ${real.toFixed(1)} | ${(requests / TARGETS).toFixed(1)} | ${(writes / TARGETS).toFixed(1)} |`,
  );
  await w.h.emu.close();
}

/** How long `limit` lanes take over `durations` when each lane takes the next target as it frees up. */
function busiestLane(durations: readonly number[], limit: number): number {
  const lanes = Array.from({ length: Math.min(limit, durations.length) }, () => 0);
  for (const d of durations) {
    const i = lanes.indexOf(Math.min(...lanes));
    lanes[i]! += d;
  }
  return Math.max(...lanes);
}
