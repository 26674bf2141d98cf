/**
 * Clean-up at scale: 5,000 superseded versions retired in one run against the emulator (the
 * gallery's delete takes 60 simulated seconds), measured, not asserted:
 *  - simulated Azure time (the emulator's clock from the first to the last request),
 *  - wall time, peak heap and RSS of the process (sampled every 20 ms),
 *  - requests per operation (deletes, LRO polls, scan lists, re-check reads).
 *
 * Run: npx tsx bench/cleanup.bench.ts [versions=5000] [parallelism=8,48] [timeScale=2000]
 */
import { seedGallery, seedManagedImage, startEmu } from '../__tests__/stages-build/helpers.js';
import { runCleanup, seedAged } from '../__tests__/stages-cleanup/world.js';

const count = Number(process.argv[2] ?? 5000);
const widths = (process.argv[3] ?? '8,48').split(',').map(Number);
const timeScale = Number(process.argv[4] ?? 2000);

for (const parallelism of widths) {
  const emu = await startEmu({ timeScale, pageSize: 100 });
  try {
    seedGallery(emu);
    seedManagedImage(emu, 'src');
    for (let i = 0; i < count; i++) seedAged(emu, `1.${Math.floor(i / 1000)}.${i % 1000}`, 400 - i / 100);
    emu.control.clearRequests();
    global.gc?.();
    let peakHeap = 0;
    let peakRss = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    };
    const sampler = setInterval(sample, 20);
    const baseHeap = process.memoryUsage().heapUsed;
    const simStart = emu.control.now().getTime();
    const t0 = performance.now();
    const { result } = await runCleanup(emu, { 'keep-versions': '1' }, { parallelism, maxDeletes: count });
    const wallMs = performance.now() - t0;
    const simMs = emu.control.now().getTime() - simStart;
    clearInterval(sampler);
    sample();
    const byOp = new Map<string, number>();
    for (const r of emu.requests) {
      const op = /operationStatuses|operationResults|operations\//i.test(r.path) ? 'LRO poll' : `${r.method} ${r.operation}`;
      byOp.set(op, (byOp.get(op) ?? 0) + 1);
    }
    const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
    console.log(`\n${count} versions, parallelism ${parallelism}, time scale ${timeScale}: ${result.status}; ${result.message}`);
    console.log(`  simulated Azure time ${(simMs / 60_000).toFixed(1)} min · wall ${(wallMs / 1000).toFixed(1)} s`);
    console.log(`  peak heap ${mib(peakHeap)} (+${mib(peakHeap - baseHeap)} over the seeded emulator) · peak RSS ${mib(peakRss)}`);
    console.log(`  summary items ${result.items?.length ?? 0}, ${JSON.stringify(result.items ?? []).length} bytes`);
    for (const [op, n] of [...byOp].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${op}`);
  } finally {
    await emu.close();
  }
}
