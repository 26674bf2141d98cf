import type { RunningApp, SiteSim, SlotSim } from './app-service.js';
import type { ScaleSetSim, SimInstance } from './scale-set.js';

/**
 * One request the loopback traffic answered: by a scale set instance behind a load balancer rule,
 * or by the app of an App Service slot. The signal model (src/emulator/monitor) turns these into
 * telemetry; the simulation only reports them. `atMs` is simulated time.
 */
export type ServedBackend =
  | {
      kind: 'instance';
      scaleSet: ScaleSetSim;
      instance: SimInstance;
      loadBalancerId: string;
      frontendPort: number;
      backendPort: number;
    }
  | { kind: 'app'; site: SiteSim; slot: SlotSim; app: RunningApp | undefined };

export interface ServedRequest {
  atMs: number;
  method: string;
  /** Path and query as requested. */
  path: string;
  /** The Host the client addressed (a loopback `127.0.0.1:PORT`). */
  host: string;
  status: number;
  /** Simulated milliseconds the backend was told to take (load balancer `responseSeconds`), 0 if none. */
  delayMs: number;
  backend: ServedBackend;
  /** Sent by the emulator's load generator rather than by a client over a socket. */
  synthetic: boolean;
}

export type ServedListener = (request: ServedRequest) => void;

/** The listeners of one emulator's loopback traffic (the monitor adds one). */
export class ServedRequests {
  private readonly listeners = new Set<ServedListener>();

  add(listener: ServedListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(request: ServedRequest): void {
    for (const listener of this.listeners) listener(request);
  }
}

const byEmulator = new WeakMap<object, ServedRequests>();

/**
 * The listeners of an emulator (keyed by its context). Kept apart from the deploy world so that a
 * listener can be added at start without creating the world (which draws from the seeded ids).
 */
export function servedRequests(emu: object): ServedRequests {
  let served = byEmulator.get(emu);
  if (!served) byEmulator.set(emu, (served = new ServedRequests()));
  return served;
}
