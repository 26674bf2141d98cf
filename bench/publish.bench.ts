/**
 * Budget of a publish to 3 regions (figures for the README; not a timed test):
 *  - requests per operation from the emulator's request log: one write, replication polls spaced
 *    by Retry-After, no per-region GET loop;
 *  - the engine's own time vs the emulator's scripted operation time (replication of the slowest region).
 *
 * Run: npx tsx bench/publish.bench.ts [timeScale=20]
 * At time scale 20 the emulator's Retry-After (10 simulated s) is 1 real second, so the polls are
 * spaced by Retry-After, not by the connection's fallback interval.
 */
import type { Sleep } from '../src/core/ports.js';
import { replicationSeconds } from '../src/emulator/providers/gallery-replication.js';
import { realSleep } from '../src/runtime/time.js';
import {
  portsFor,
  publishInputs,
  runStep,
  seedGallery,
  seedManagedImage,
  startEmu,
} from '../__tests__/stages-build/helpers.js';

const timeScale = Number(process.argv[2] ?? 20);
const regions = [
  { name: 'westeurope', replicas: 1 },
  { name: 'northeurope', replicas: 1 },
  { name: 'eastus', replicas: 1 },
];

const emu = await startEmu({ timeScale, pageSize: 50 });
try {
  // Fallback interval far above Retry-After: any poll it spaced would show in the count.
  const azure = await portsFor(emu, 5_000);
  seedGallery(emu);
  const image = seedManagedImage(emu, 'bench-image');

  const measure = async (label: string, managedImageId: string) => {
    emu.control.clearRequests();
    let sleptMs = 0;
    const sleeps: number[] = [];
    const sleep: Sleep = async (ms, signal) => {
      const t = performance.now();
      await realSleep(ms, signal);
      sleeps.push(ms);
      sleptMs += performance.now() - t;
    };
    const started = performance.now();
    const { result } = await runStep({
      azure,
      sleep,
      inputs: publishInputs({
        stages: 'publish',
        builder: 'none',
        'managed-image-id': managedImageId,
        'target-regions': regions.map((r) => r.name).join(','),
      }),
    });
    const wallMs = performance.now() - started;
    if (result.status !== 'succeeded') throw new Error(`publish failed: ${result.error?.message}`);

    const byOp = new Map<string, number>();
    for (const r of emu.requests)
      byOp.set(`${r.method} ${r.operation}`, (byOp.get(`${r.method} ${r.operation}`) ?? 0) + 1);
    const serverMs = emu.requests.reduce((sum, r) => sum + r.durationMs, 0);
    const scriptedMs = (Math.max(...regions.map((r, i) => replicationSeconds(i, r.replicas))) * 1000) / timeScale;
    const engineMs = wallMs - sleptMs - serverMs;

    console.log(
      `\n${label}: publish of version ${result.outputs.imageVersion} to ${regions.length} regions (time scale ${timeScale})`,
    );
    console.log('requests per operation:');
    for (const [op, n] of [...byOp].sort()) console.log(`  ${String(n).padStart(3)}  ${op}`);
    console.log(`  writes: ${emu.requests.filter((r) => r.write).length}`);
    console.log(`poll spacing (ms): ${[...new Set(sleeps)].join(', ')} × ${sleeps.length}`);
    console.log(`scripted operation time (slowest region's replication): ${scriptedMs.toFixed(0)} ms`);
    console.log(
      `wall ${wallMs.toFixed(0)} ms = slept ${sleptMs.toFixed(0)} ms + emulator handling ${serverMs.toFixed(0)} ms + engine ${engineMs.toFixed(0)} ms`,
    );
    console.log(
      `engine time (incl. SDK, TLS, loopback) / scripted operation time: ${((engineMs / scriptedMs) * 100).toFixed(2)} %`,
    );
  };

  // Cold: the first Azure call of the process loads @azure/arm-compute (lazy import) and opens TLS.
  await measure('cold (first publish of the process)', image);
  // Warm: the steady cost of the engine per publish.
  await measure('warm (second publish, SDK loaded)', seedManagedImage(emu, 'bench-image-2'));
} finally {
  await emu.close();
}
