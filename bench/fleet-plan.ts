/**
 * Planning cost of a fleet: `fleet plan` for N rolling targets in 5 waves (one scale set each, on
 * the emulator through the real SDKs). Parsing runs the settings parser once per target; planning
 * runs the engine in plan mode once per target (reads for real, no write). Both should grow
 * linearly in N: the figures print the cost per target.
 * Run: npx tsx bench/fleet-plan.ts   Not a timed test: prints figures.
 */
import { parseFleet } from '../src/core/fleet/parse.js';
import { planFleet } from '../src/core/fleet/run.js';
import { fleetDeps, fleetDoc, fleetWorld, newLog } from '../__tests__/fleet/world.js';

const WAVES = 5;
console.log('| targets | waves | parse ms | parse ms/target | plan ms | plan ms/target | reads/target | writes |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const n of [20, 50, 100]) {
  const w = await fleetWorld(n, { capacity: 1 });
  const doc = fleetDoc(w, WAVES, n / WAVES);
  w.h.emu.control.clearRequests();
  const t0 = performance.now();
  const fleet = parseFleet(doc);
  const parsed = performance.now() - t0;
  const t1 = performance.now();
  const plan = await planFleet(fleet, fleetDeps(w.h, newLog()));
  const planned = performance.now() - t1;
  if (plan.targets.some((t) => t.result !== 'planned'))
    throw new Error(`a target did not plan: ${JSON.stringify(plan.targets.find((t) => t.result !== 'planned'))}`);
  const reads = w.h.emu.requests.filter((r) => !r.write).length;
  const writes = w.h.emu.requests.filter((r) => r.write).length;
  console.log(
    `| ${n} | ${WAVES} | ${parsed.toFixed(0)} | ${(parsed / n).toFixed(2)} | ${planned.toFixed(0)} | ${(planned / n).toFixed(1)} | ${(reads / n).toFixed(1)} | ${writes} |`,
  );
  await w.h.emu.close();
}
