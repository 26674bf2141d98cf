/**
 * Clean-up at scale: 5,000 superseded versions retired in one run against the emulator (the
 * gallery's delete takes 60 simulated seconds), measured, not asserted:
 *  - simulated Azure time of the stage (engine clock = the emulator's clock: wall time × time scale;
 *    the engine's pauses are real sleeps of ms / time scale),
 *  - wall time, and the ENGINE's peak heap / RSS (sampled every 20 ms): the emulator runs in a child
 *    process (this file, forked with --emulator), so its store and request log are not counted,
 *  - requests per operation (deletes, listings, scan lists, re-check reads), MaxListeners warnings.
 *
 * The time scale sets what one emulator round trip is worth in Azure time: at 100, a 1–2 ms local
 * request counts as 100–200 ms, about an ARM round trip; far higher scales inflate every request
 * (and the engine's own CPU time) into seconds of "Azure time" and measure the machine, not Azure.
 *
 * Run: npx tsx --expose-gc bench/cleanup.bench.ts [versions=5000] [parallelism=8,48] [timeScale=100]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createAzurePorts } from '../src/azure/index.js';
import { parseSettings } from '../src/core/settings/parse.js';
import type { Sleep } from '../src/core/ports.js';
import { cleanupStage } from '../src/core/stages/cleanup.js';
import type { StageContext } from '../src/core/stages/stage.js';
import { createHttpClient } from '../src/runtime/http-client.js';
import { RecordingHost } from '../__tests__/core/fakes.js';
import {
  credential,
  publishInputs,
  seedGallery,
  seedManagedImage,
  startEmu,
} from '../__tests__/stages-build/helpers.js';
import { seedAged } from '../__tests__/stages-cleanup/world.js';

interface Ready {
  readonly endpoint: string;
  readonly caFile: string;
  readonly subscriptionId: string;
  /** The emulator's clock at `realAt` (Date.now()). */
  readonly simAt: number;
  readonly realAt: number;
}

interface Report {
  readonly simNow: number;
  readonly byOp: [string, number][];
}

/** Child: the seeded emulator; answers 'report' with its clock and request counts. */
async function serveEmulator(count: number, timeScale: number): Promise<void> {
  const emu = await startEmu({ timeScale, pageSize: 100 });
  seedGallery(emu);
  seedManagedImage(emu, 'src');
  for (let i = 0; i < count; i++) seedAged(emu, `1.${Math.floor(i / 1000)}.${i % 1000}`, 400 - i / 100);
  emu.control.clearRequests();
  process.on('message', (m) => {
    if (m === 'report') {
      const byOp = new Map<string, number>();
      for (const r of emu.requests) {
        const op = /operationStatuses|operationResults|operations\//i.test(r.path)
          ? 'LRO poll'
          : `${r.method} ${r.operation}`;
        byOp.set(op, (byOp.get(op) ?? 0) + 1);
      }
      process.send!({ simNow: emu.control.now().getTime(), byOp: [...byOp] } satisfies Report);
    } else if (m === 'close') void emu.close().then(() => process.exit(0));
  });
  const realAt = Date.now();
  process.send!({
    endpoint: emu.endpoint,
    caFile: emu.caFile,
    subscriptionId: emu.subscriptionId,
    simAt: emu.control.now().getTime() - (Date.now() - realAt) * timeScale,
    realAt,
  } satisfies Ready);
}

const ask = <T>(child: ChildProcess, message?: string): Promise<T> =>
  new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    if (message) child.send(message);
  });

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 5000);
  const widths = (process.argv[3] ?? '8,48').split(',').map(Number);
  const timeScale = Number(process.argv[4] ?? 100);
  let warnings = 0;
  process.on('warning', (w) => void (w.name === 'MaxListenersExceededWarning' && (warnings += 1)));
  for (const parallelism of widths) {
    const child = fork(fileURLToPath(import.meta.url), ['--emulator', String(count), String(timeScale)], {
      stdio: 'inherit',
    });
    try {
      const ready = await ask<Ready>(child);
      await runOnce(child, ready, { count, parallelism, timeScale, warnings: () => warnings });
    } finally {
      child.send('close');
    }
  }
}

async function runOnce(
  child: ChildProcess,
  ready: Ready,
  o: { count: number; parallelism: number; timeScale: number; warnings: () => number },
): Promise<void> {
  const now = () => ready.simAt + (Date.now() - ready.realAt) * o.timeScale;
  // Engine pauses take Azure time: real sleeps of ms / time scale.
  const sleep: Sleep = (ms, signal) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => (signal?.removeEventListener('abort', stop), resolve()), ms / o.timeScale);
      const stop = () => (clearTimeout(t), reject(signal?.reason));
      signal?.addEventListener('abort', stop, { once: true });
    });
  const ports = await createAzurePorts({
    endpoint: ready.endpoint,
    caFile: ready.caFile,
    subscriptionId: ready.subscriptionId,
    credential,
    pollIntervalMs: 2,
  });
  const inputs = publishInputs({
    stages: 'cleanup',
    'keep-versions': '1',
    'cleanup-parallelism': String(o.parallelism),
    'cleanup-max-deletes': String(o.count),
  });
  const settings = parseSettings((name) => inputs[name]);
  const host = new RecordingHost();
  const ctx: StageContext = {
    settings,
    outputs: {},
    deps: { host, clock: { now }, sleep, http: createHttpClient(), azure: async () => ports },
    signal: new AbortController().signal,
    azure: async () => ports,
    warn: () => undefined,
  };
  global.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const sampler = setInterval(sample, 20);
  const warningsBefore = o.warnings();
  const simStart = now();
  const t0 = performance.now();
  const result = await cleanupStage.run(ctx);
  const wallMs = performance.now() - t0;
  clearInterval(sampler);
  sample();
  const report = await ask<Report>(child, 'report');
  const simMs = report.simNow - simStart;
  const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
  console.log(
    `\n${o.count} versions, parallelism ${o.parallelism}, time scale ${o.timeScale}: ${result.status}; ${result.message}`,
  );
  console.log(`  simulated Azure time ${(simMs / 60_000).toFixed(1)} min · wall ${(wallMs / 1000).toFixed(1)} s`);
  console.log(
    `  engine peak heap ${mib(peakHeap)} (+${mib(peakHeap - baseHeap)} over its start) · engine peak RSS ${mib(peakRss)}`,
  );
  console.log(`  MaxListenersExceededWarning: ${o.warnings() - warningsBefore}`);
  console.log(`  summary items ${result.items?.length ?? 0}, ${JSON.stringify(result.items ?? []).length} bytes`);
  for (const [op, n] of report.byOp.sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${op}`);
}

if (process.argv[2] === '--emulator') await serveEmulator(Number(process.argv[3]), Number(process.argv[4]));
else await main();
