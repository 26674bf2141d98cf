/**
 * Engine overhead, end to end, in real time: what the engine adds to Azure's own operation time.
 *
 * The emulator runs at time scale 1 (a scripted second is a real second) with instance timings of a
 * few real seconds, and the real engine (system clock, real sleep) runs a Manual-mode rolling deploy
 * of N instances in B batches. Then:
 *   scripted  = what the operations themselves take on the critical path: the emulator's reimage time
 *               for each updateInstances batch (a reimage rebuilds the OS disk and boots it; the
 *               emulator's reimage covers the boot) plus any other write answered as a long-running
 *               operation (none in Manual mode: the model PATCH touches no instance, Azure answers 200)
 *   wall      = the deploy stage's duration as the engine reports it
 *   overhead  = wall − scripted, and as a percentage of scripted
 *   cpu       = the process's CPU time during the stage (engine + the in-process emulator), and the
 *               emulator's own handler time from its request log. Not all of it is on the critical path
 *               (much runs while Azure works). The rest of the overhead is poll lag: an operation
 *               finishes between two polls, so each wait ends up to one poll interval late (the Azure
 *               connection's `pollIntervalMs`, or Retry-After when Azure sends one).
 *
 * Azure answers a running operation's status with Retry-After (the emulator: 10 s, scaled), and the SDK
 * honours it over `pollIntervalMs`: the wait lag per batch is up to one Retry-After, about half of one on
 * average. With reimages of a few real seconds that dominates; `timeScale` 10 with Azure-like reimages
 * (90 s scripted, 9 s real) keeps the ratio of reimage to Retry-After real while the run stays short — the
 * engine's CPU share is then overstated tenfold (CPU time does not scale), which errs on the safe side.
 *
 * Run: npx tsx bench/overhead.bench.ts [timeScale] [n] [batchPercent] [reimageSeconds] [pollMs]
 *      (defaults: 1 10 20 3 1000 — about 50 s; `10 10 20 90` about 50 s). Not a timed test: prints figures.
 */
import { createAzurePorts } from '../src/azure/index.js';
import { runEngine } from '../src/core/run/runner.js';
import type { RunResult } from '../src/core/run/result.js';
import { parseSettings } from '../src/core/settings/parse.js';
import { createCommandRunner } from '../src/runtime/command-runner.js';
import { createHttpClient } from '../src/runtime/http-client.js';
import { realSleep, systemClock } from '../src/runtime/time.js';
import { RecordingHost } from '../__tests__/core/fakes.js';
import { credential, startHarness, type Harness } from '../__tests__/emulator-deploy/helpers.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  seedImageVersion,
} from '../__tests__/stages-deploy/harness.js';

const [scaleArg = '1', nArg = '10', batchArg = '20', reimageArg = '3', pollArg = '1000'] = process.argv.slice(2);
const timeScale = Number(scaleArg);
const n = Number(nArg);
const batchPercent = Number(batchArg);
const pollMs = Number(pollArg);
/** Scripted (simulated) milliseconds; real milliseconds are these divided by the time scale. */
const timings = { bootMs: 3000, reimageMs: Number(reimageArg) * 1000, deleteMs: 1000 };

/** `runSteps` of the deploy harness, with the poll interval of the Azure connection as a parameter. */
async function runEngineWith(h: Harness, inputs: Record<string, string | undefined>, pollIntervalMs: number) {
  const settings = parseSettings((name) => inputs[name]);
  let ports: ReturnType<typeof createAzurePorts> | undefined;
  return runEngine(settings, {
    host: new RecordingHost(),
    clock: systemClock,
    sleep: realSleep,
    http: createHttpClient(),
    commands: createCommandRunner(),
    azure: () =>
      (ports ??= createAzurePorts({
        endpoint: h.emu.endpoint,
        caFile: h.emu.caFile,
        subscriptionId: h.emu.subscriptionId,
        credential,
        pollIntervalMs,
      })),
  });
}

function figures(h: Harness, result: RunResult, cpuMs: number) {
  const log = h.emu.requests;
  const batches = log.filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances' && r.status < 300);
  // Every other write Azure answered as a long-running operation (202, or 201 with a poll) would add its own
  // scripted time; list them so a change that makes one slow shows here.
  const otherLro = log.filter((r) => r.write && (r.status === 202 || r.status === 201) && !batches.includes(r));
  const scriptedMs = (batches.length * timings.reimageMs) / timeScale;
  const stage = result.stages.find((s) => s.name === 'deploy');
  const wallMs = stage?.durationMs ?? result.durationMs;
  const overheadMs = wallMs - scriptedMs;
  const emulatorMs = log.reduce((s, r) => s + r.durationMs, 0);
  return {
    timeScale,
    n,
    batches: batches.length,
    reimageRealMs: timings.reimageMs / timeScale,
    pollMs,
    retryAfterRealMs: 10_000 / timeScale,
    status: result.status,
    scriptedMs,
    otherLroWrites: otherLro.map((r) => r.operation ?? r.path),
    wallMs: Math.round(wallMs),
    overheadMs: Math.round(overheadMs),
    overheadPercent: Number(((100 * overheadMs) / scriptedMs).toFixed(2)),
    cpuMs: Math.round(cpuMs),
    emulatorHandlerMs: Math.round(emulatorMs),
    engineCpuMs: Math.round(cpuMs - emulatorMs),
    // What CPU does not explain is poll lag: each wait ends at the first status poll after the operation
    // finished (an upper bound for CPU's share: not all of it is on the critical path).
    pollLagAtLeastMs: Math.max(0, Math.round(overheadMs - cpuMs)),
    // The operation-status reads the waits made (spaced by Retry-After).
    statusPolls: log.filter((r) => r.operation === 'OperationStatuses_Get').length,
    requests: log.length,
    writes: log.filter((r) => r.write).length,
  };
}

{
  const h = await startHarness({ timeScale, pageSize: 50 });
  h.emu.control.setInstanceTimings({ ...timings, bootMs: 0 });
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: n, mode: 'Manual' });
  h.emu.control.setInstanceTimings(timings);
  h.emu.control.clearRequests();
  const inputs = baseInputs(h, {
    stages: 'deploy',
    'image-id': v2,
    'max-batch-percent': String(batchPercent),
    'max-unhealthy-percent': '100',
  });
  const cpu0 = process.cpuUsage();
  const result = await runEngineWith(h, inputs, pollMs);
  const cpu = process.cpuUsage(cpu0);
  if (result.error) console.error(result.error.message);
  console.log(JSON.stringify(figures(h, result, (cpu.user + cpu.system) / 1000)));
  await h.emu.close();
}
