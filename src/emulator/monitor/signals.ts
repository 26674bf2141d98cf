import { createRandom, type RandomSource } from '../random.js';
import { servedRequests } from '../sim/served.js';
import { peekDeployWorld } from '../sim/world.js';
import type { EmulatorContext } from '../types.js';
import { AlertEvaluator } from './alert-evaluator.js';
import { FiredAlerts } from './fired-alerts.js';
import { LoadGenerators } from './load.js';
import { Sampler } from './sampler.js';
import { TelemetryStore } from './telemetry.js';

/**
 * The emulator's signal model, one per emulator: request telemetry from the loopback traffic, the
 * metric sampler, the load generator and the fired alerts. Created when the monitor provider
 * registers (at start). It never creates the deploy world and never draws from the emulator's
 * seeded stream, so ids and ETags stay as they were without it.
 */
export interface Signals {
  emu: EmulatorContext;
  telemetry: TelemetryStore;
  sampler: Sampler;
  load: LoadGenerators;
  alerts: FiredAlerts;
  evaluator: AlertEvaluator;
  /** The signal model's own seeded ids (request ids, alert ids, correlation ids). */
  random: RandomSource;
}

const byEmulator = new WeakMap<EmulatorContext, Signals>();

export function signalsOf(emu: EmulatorContext): Signals {
  let signals = byEmulator.get(emu);
  if (signals) return signals;
  // Own seeded stream: request ids must not shift the emulator's ids.
  const random = createRandom(0x5167_4e41);
  const world = () => peekDeployWorld(emu);
  const hostNameOf = (siteId: string, slot: string) =>
    world()?.appListeners.get(`${siteId.toLowerCase()}|${slot.toLowerCase()}`)?.hostName;
  const telemetry = new TelemetryStore(() => random.hex(16), hostNameOf);
  const sampler = new Sampler(emu, world);
  const alerts = new FiredAlerts(() => random.uuid());
  signals = {
    emu,
    telemetry,
    sampler,
    load: new LoadGenerators(emu, world),
    alerts,
    evaluator: new AlertEvaluator(emu, { telemetry, sampler, alerts }),
    random,
  };
  servedRequests(emu).add((r) => {
    telemetry.record(r);
    sampler.served(r);
  });
  sampler.start();
  byEmulator.set(emu, signals);
  return signals;
}
