/**
 * Real time for the engine's Clock and Sleep ports (the core itself never touches timers).
 */
import type { Clock, Deadline, Sleep } from '../core/ports.js';

export const systemClock: Clock = { now: () => Date.now() };

/** Waits `ms`; rejects with `signal.reason` as soon as the signal aborts (or at once if it has). */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** A signal that aborts after `ms` of real time. */
export const realDeadline: Deadline = (ms) => AbortSignal.timeout(Math.max(1, Math.round(ms)));
