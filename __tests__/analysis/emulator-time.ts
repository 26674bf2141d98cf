/**
 * Engine time for end-to-end gate tests: the emulator's own simulated clock. Gates ask Azure
 * Monitor for absolute windows, so the engine and the emulator must agree on "now" — the engine's
 * clock reads the emulator's. An engine sleep moves simulated time forward to where the sleep ends
 * (the emulator runs every simulated second in between: load, samples, alert rules), so a gate's
 * minutes do not wait on this machine; simulated time also flows on its own at `timeScale` for
 * the SDK's pollers (and is held while a monitor read is in flight: heldDuringReads).
 */
import type { MonitorPort } from '../../src/core/azure/monitor-port.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { Clock, Deadline, Sleep } from '../../src/core/ports.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { EngineDeps } from '../../src/core/stages/stage.js';
import type { Emulator } from '../../src/emulator/index.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep } from '../../src/runtime/time.js';
import { RecordingHost } from '../core/fakes.js';
import { portsFor } from '../stages-slotswap/context.js';

export function emulatorTime(emu: Emulator): { clock: Clock; sleep: Sleep; deadline: Deadline } {
  const clock = { now: () => emu.control.now().getTime() };
  const sleep: Sleep = async (ms, signal) => {
    signal?.throwIfAborted();
    const until = clock.now() + ms;
    // Yield first (other loops run), then jump to the end of the sleep if time has not got there.
    await realSleep(1, signal);
    const behind = until - clock.now();
    if (behind > 0) emu.control.advanceTime(behind / 1000);
    signal?.throwIfAborted();
  };
  return {
    clock,
    sleep,
    // A call's bound in real time as long as its budget in simulated time: while a monitor read is
    // in flight simulated time is held at 1× (heldDuringReads), and elsewhere it is only generous.
    deadline: (ms) => AbortSignal.timeout(Math.max(1, Math.round(ms))),
  };
}

/**
 * The real MonitorPort, with the emulator's own flow of time held (time scale 1) while an Azure
 * Monitor read is in flight: at time scale 600 a read this machine answers in 300 ms would take
 * three simulated minutes of a gate's budget — real Azure answers in well under a second of its
 * time. Between reads the world runs at `timeScale` again and the engine's sleeps jump it.
 */
export function heldDuringReads(emu: Emulator, port: MonitorPort, timeScale: number): MonitorPort {
  let inFlight = 0;
  const held =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (inFlight++ === 0) emu.control.setTimeScale(1);
      try {
        return await fn(...args);
      } finally {
        if (--inFlight === 0) emu.control.setTimeScale(timeScale);
      }
    };
  return {
    subscriptionId: port.subscriptionId,
    pollIntervalMs: port.pollIntervalMs,
    metrics: held(port.metrics.bind(port)),
    firedAlerts: held(port.firedAlerts.bind(port)),
    metricAlertRule: held(port.metricAlertRule.bind(port)),
    query: held(port.query.bind(port)),
  };
}

/** runEngine on the emulator, engine time on the emulator's clock. */
export async function runOnEmulator(emu: Emulator, timeScale: number, values: Record<string, string>) {
  const { runEngine } = await import('../../src/core/run/runner.js');
  const host = new RecordingHost();
  const real = await portsFor(emu);
  const ports: AzurePorts = { ...real, monitor: heldDuringReads(emu, real.monitor, timeScale) };
  const settings = parseSettings((name) => values[name]);
  const deps: EngineDeps = {
    host,
    ...emulatorTime(emu),
    http: createHttpClient(),
    azure: async () => ports,
    run: { system: 'cli', runUrl: 'https://ci.example/run/9' },
  };
  const result = await runEngine(settings, deps);
  return { result, host };
}

/** The emulator's monitor requests, by operation. */
export function monitorCalls(emu: Emulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of emu.requests) {
    if (!/^(Metrics_|Alerts_|MetricAlerts_|Query_)/.test(r.operation ?? '')) continue;
    counts[r.operation!] = (counts[r.operation!] ?? 0) + 1;
  }
  return counts;
}

/**
 * Loads the logs SDK and the emulator's KQL evaluator once, before a timed run: at a high time
 * scale the first load (a second of real time) would count as many minutes of Azure's.
 */
export async function warmUpLogs(emu: Emulator, resourceId: string): Promise<void> {
  const ports = await portsFor(emu);
  const now = emu.control.now().getTime();
  await ports.monitor.query(
    { source: { kind: 'resource', id: resourceId }, query: 'requests | count', from: now - 60_000, to: now },
    { signal: AbortSignal.timeout(30_000) },
  );
}
