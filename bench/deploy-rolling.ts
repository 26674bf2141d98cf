/**
 * Budget of a Manual-mode rolling deploy: writes and reads against the emulator for N instances in
 * B batches. The emulator pages lists by 2 (a small page makes every list page), so reads grow with N:
 * `listPages` are the instance-list pages. N = 500 pages by 50 and N = 1,000 by 100 (10 pages a
 * list, as at N = 500): the emulator renders the whole instance list for every page it serves, so
 * large lists by 2 take it minutes — its cost, not the engine's.
 * wallMs is engine and emulator work with the emulator's scripted reimaging on an accelerated clock
 * (time scale 20,000): a cost of the run, not an overhead ratio (bench/overhead.bench.ts measures that).
 * Run: npx tsx bench/deploy-rolling.ts   Not a timed test: prints figures.
 */
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  runSteps,
  seedImageVersion,
  start,
} from '../__tests__/stages-deploy/harness.js';

for (const [n, batchPercent, pageSize] of [
  [10, 20, 2],
  [40, 20, 2],
  [40, 50, 2],
  [100, 20, 2],
  [500, 20, 50],
  [1000, 20, 100],
] as const) {
  const h = await start({ pageSize });
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: n, mode: 'Manual' });
  h.emu.control.clearRequests();
  const t0 = performance.now();
  const { result } = await runSteps(
    h,
    baseInputs(h, {
      stages: 'deploy',
      'image-id': v2,
      'max-batch-percent': String(batchPercent),
      'max-unhealthy-percent': '100',
    }),
  );
  const ms = performance.now() - t0;
  const log = h.emu.requests;
  const writes = log.filter((r) => r.write).length;
  const lists = log.filter((r) => r.operation === 'VirtualMachineScaleSetVMs_List').length;
  const polls = log.filter((r) => /operationStatuses|operationResults/i.test(r.path)).length;
  const reads = log.filter((r) => !r.write).length;
  const batches = Math.ceil(n / Math.max(1, Math.floor((n * batchPercent) / 100)));
  const emuMs = log.reduce((s, r) => s + (r.durationMs ?? 0), 0);
  console.log(
    JSON.stringify({
      n,
      batches,
      pageSize,
      status: result.status,
      writes,
      reads,
      listPages: lists,
      lroPolls: polls,
      wallMs: Math.round(ms),
      emulatorHandlerMs: Math.round(emuMs),
    }),
  );
  await h.emu.close();
}
