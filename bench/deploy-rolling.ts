/**
 * Budget of a Manual-mode rolling deploy: writes and reads against the emulator for N instances in
 * B batches (pageSize 2, so reads include paging). Run: npx tsx bench/deploy-rolling.ts
 * Not a timed test: prints figures.
 */
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  runSteps,
  seedImageVersion,
  start,
} from '../__tests__/stages-deploy/harness.js';

for (const [n, batchPercent] of [
  [10, 20],
  [40, 20],
  [40, 50],
  [100, 20],
] as const) {
  const h = await start({ pageSize: 50 });
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
