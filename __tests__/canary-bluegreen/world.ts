/**
 * The blue-green canary world: the stage tests' pair (blue live on 1.0.0 behind load balancer `lb`,
 * live rule port 80, preview rule port 8081) with a Front Door in front of it (B1's builder:
 * origins `live` → port 80 (weight 500) and `preview` → port 8081 at the load balancer's public IP). The
 * preview origin starts disabled, as a canary leaves it. A request loop through the Front Door
 * endpoint records when (real ms) and what answered; a recording FrontDoorPort (a decorator of the
 * real one) records when each origin write began and ended, so shares are counted per step.
 */
import type { FrontDoorPort } from '../../src/core/azure/front-door-port.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import { addFrontDoor, waitForFrontDoor, type FrontDoorWorld } from '../emulator-frontdoor/world.js';
import { portsFor, writes } from '../stages-slotswap/context.js';
import { h, inputs, lbId, setup } from '../stages-bluegreen/world.js';

export { h, setup };

export async function frontDoor(): Promise<FrontDoorWorld> {
  return addFrontDoor(h.emu, {
    lbId: lbId(),
    livePort: 80,
    previewPort: 8081,
    weights: { live: 500, preview: 1 },
    previewEnabled: false,
  });
}

export const canaryInputs = (fd: FrontDoorWorld, steps: string, extra: Record<string, string> = {}) =>
  inputs({ stages: 'deploy', 'canary-steps': steps, 'front-door-origin-group': fd.originGroupId, ...extra });

export const originWrites = () => writes(h.emu).filter((r) => r.operation === 'AFDOrigins_Update');

/** One origin write as the engine made it: which origin, what it set, real start and end. */
export interface OriginWrite {
  origin: string;
  weight?: number;
  enabled: boolean;
  startedAt: number;
  endedAt: number;
}

/** The real ports with the Front Door port recording its writes (and calling `onWrite` after each). */
export async function recordingPorts(
  log: OriginWrite[],
  onWrite: (w: OriginWrite) => void | Promise<void> = () => undefined,
): Promise<AzurePorts> {
  const real = await portsFor(h.emu);
  const frontDoor: FrontDoorPort = {
    pollIntervalMs: real.frontDoor.pollIntervalMs,
    getOriginGroup: (ref, o) => real.frontDoor.getOriginGroup(ref, o),
    setOrigin: async (ref, origin, change, o) => {
      const startedAt = Date.now();
      const wrote = await real.frontDoor.setOrigin(ref, origin, change, o);
      const w = { origin, weight: change.weight, enabled: change.enabled, startedAt, endedAt: Date.now() };
      log.push(w);
      await onWrite(w);
      return wrote;
    },
  };
  return { ...real, frontDoor };
}

export interface Answer {
  at: number;
  status: number | 'error';
  version?: string;
}

/** Requests through `url` one after another until `stop()`; every answer with its real time. */
export async function loop(url: string, stop: () => boolean, maxMs = 60_000, max = Infinity): Promise<Answer[]> {
  const out: Answer[] = [];
  const started = Date.now();
  while (!stop() && Date.now() - started < maxMs && out.length < max) {
    const at = Date.now();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const text = await res.text();
      let version: string | undefined;
      try {
        version = (JSON.parse(text) as { version?: string }).version;
      } catch {
        version = undefined;
      }
      out.push({ at, status: res.status, version });
    } catch {
      out.push({ at, status: 'error' });
    }
  }
  return out;
}

/**
 * Once Front Door routes by its stored configuration, `n` requests through `url`; returns the share
 * (%) of every request Front Door answered meanwhile (other loops' too: a contiguous run of its
 * weighted round-robin) that went to `origin`, and what the sampler's own answers were.
 */
export async function sampleShare(url: string, originGroupId: string, origin: string, n = 100) {
  await waitForFrontDoor(h.emu, originGroupId);
  const from = h.emu.control.frontDoorRequests().length;
  const answers = await loop(url, () => false, 60_000, n);
  const seen = h.emu.control.frontDoorRequests().slice(from);
  const share = (100 * seen.filter((r) => r.origin === origin).length) / seen.length;
  return { share, n: seen.length, answers };
}
