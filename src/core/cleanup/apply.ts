/**
 * Applies clean-up actions in parallel with bounded concurrency; one failure does not stop the
 * others. No timers: a fixed number of workers take the next action from a shared queue, and wait
 * through the injected sleep.
 *
 * - A version delete is sent and NOT followed: Azure's 202 (accepted) ends it here, and the result
 *   says `accepted`; confirm.ts then lists the definition's versions to see them gone. Following
 *   each operation would hold a worker for the minute or so each delete takes in Azure. The other
 *   actions (retirements, leftovers, the idle colour) are few and followed to their end.
 * - Each worker calls with its own abort signal (signals.ts), not the run's.
 *
 * - Before each version delete, the re-check (recheck.ts) must say the version is still not in use;
 *   a version in use now is kept, and a failed re-check keeps it too (reported as a failure).
 * - Throttling (HTTP 429 once the SDK's own retries are spent): every worker pauses until Azure's
 *   Retry-After (at least 1 s; without one 5 s, doubling per throttle in a row, at most 60 s) and the action is tried again,
 *   up to MAX_THROTTLED times.
 * - Other transient failures (5xx, resets, conflicts): the action alone backs off (from the
 *   connection's poll interval, doubling) and is tried again, up to MAX_THROTTLED times in all.
 * - The deadline: no action starts after it; those left are reported as not started.
 */
import type { CallOptions } from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import { CancelledError, EngineError } from '../errors.js';
import { backoffMs, isRetryable } from '../rollout/retry.js';
import type { Clock, Sleep } from '../ports.js';
import type { CleanupAction } from './actions.js';
import type { UsageCheck } from './recheck.js';
import { workerSignals } from './signals.js';

export const CLEANUP_CONCURRENCY = 4;
const MAX_THROTTLED = 6;
const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 60_000;
const MIN_WAIT_MS = 1_000;

export interface ActionResult {
  readonly action: CleanupAction;
  readonly error?: string;
  /** Not done because the re-check found the version in use: why. */
  readonly keptInUse?: string;
  /** Not started: clean-up's deadline had passed. */
  readonly notStarted?: boolean;
  /** A version delete Azure accepted and nobody followed: confirmed (or not) by listing. */
  readonly accepted?: boolean;
  /** With `accepted`: how long Azure said to wait before looking (its Retry-After). */
  readonly pollAfterMs?: number;
}

export interface ApplyOptions {
  readonly signal: AbortSignal;
  readonly concurrency?: number;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  /** Clock time after which no action starts. */
  readonly deadline?: number;
  /** Clock time by which every call must end (clean-up's own deadline); `deadline` when absent. */
  readonly callDeadline?: number;
  /** The re-check before each version delete. */
  readonly check?: UsageCheck;
  /** First backoff of an action that failed transiently (not throttled): the connection's poll interval. */
  readonly retryBaseMs?: number;
  /** Told of each throttle (for the summary). */
  readonly onThrottle?: (waitMs: number) => void;
}

/** True for a throttled call (429) the SDK's retries did not get through. */
export const isThrottle = (err: unknown): boolean =>
  err instanceof EngineError &&
  err.kind === 'transient' &&
  (err.retryAfterMs !== undefined || /HTTP 429|TooManyRequests/i.test(err.message));

export async function applyActions(
  ports: AzurePorts,
  actions: readonly CleanupAction[],
  o: ApplyOptions,
): Promise<ActionResult[]> {
  const results: ActionResult[] = new Array(actions.length);
  const gate = new Backoff(o);
  let next = 0;
  const width = Math.max(1, Math.min(o.concurrency ?? CLEANUP_CONCURRENCY, actions.length));
  const signals = workerSignals(o.signal, width);
  const worker = async (signal: AbortSignal) => {
    while (next < actions.length) {
      const i = next++;
      results[i] = await runOne(ports, actions[i]!, { ...o, signal }, gate);
    }
  };
  try {
    await Promise.all(signals.list.map(worker));
  } finally {
    signals.dispose();
  }
  return results;
}

async function runOne(ports: AzurePorts, action: CleanupAction, o: ApplyOptions, gate: Backoff): Promise<ActionResult> {
  for (let attempt = 1; ; attempt++) {
    await gate.wait(o.signal);
    if (o.signal.aborted) throw new CancelledError('the run was cancelled during clean-up');
    if (o.deadline !== undefined && o.clock && o.clock.now() >= o.deadline) return { action, notStarted: true };
    try {
      const inUse =
        action.kind === 'delete-version' && o.check ? await o.check.inUse(action.version.version) : undefined;
      if (inUse) return { action, keptInUse: inUse };
      // The re-check took time: a write whose moment passed meanwhile is not started either.
      if (o.deadline !== undefined && o.clock && o.clock.now() >= o.deadline) return { action, notStarted: true };
      const end = o.callDeadline ?? o.deadline;
      const left = end !== undefined && o.clock ? { timeoutMs: Math.max(1, end - o.clock.now()) } : {};
      const started = await applyOne(ports, action, { signal: o.signal, ...left });
      gate.succeeded();
      if (action.kind !== 'delete-version') return { action };
      return { action, accepted: true, ...(started ? { pollAfterMs: started.pollAfterMs } : {}) };
    } catch (err) {
      if (o.signal.aborted) throw new CancelledError('the run was cancelled during clean-up');
      if (isThrottle(err) && attempt < MAX_THROTTLED && gate.canWait()) {
        gate.throttled(err as EngineError);
        continue;
      }
      // Another transient failure (5xx, a reset, a conflict): this action alone backs off and tries again.
      if (isRetryable(err) && attempt < MAX_THROTTLED && o.sleep && o.clock && (await pauseBefore(o, err, attempt)))
        continue;
      return { action, error: err instanceof Error ? err.message : String(err) };
    }
  }
}

/** Backs off before the next try, unless that would pass the deadline; false: no room left. */
async function pauseBefore(o: ApplyOptions, err: unknown, attempt: number): Promise<boolean> {
  const wait = backoffMs(err, attempt, o.retryBaseMs ?? BASE_BACKOFF_MS);
  if (o.deadline !== undefined && o.clock!.now() + wait >= o.deadline) return false;
  await o.sleep!(Math.max(1, wait), o.signal);
  return true;
}

/** One pause shared by every worker: set by a throttle, waited through before each call. */
class Backoff {
  private resumeAt = 0;
  private inARow = 0;

  constructor(private readonly o: ApplyOptions) {}

  canWait(): boolean {
    return !!this.o.clock && !!this.o.sleep;
  }

  throttled(err: EngineError): void {
    const now = this.o.clock!.now();
    // Azure's Retry-After, at least a second (a rounded-down 0 must not turn into a busy loop).
    const wait =
      err.retryAfterMs !== undefined
        ? Math.max(MIN_WAIT_MS, err.retryAfterMs)
        : Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** this.inARow);
    this.inARow += 1;
    this.resumeAt = Math.max(this.resumeAt, now + wait);
    this.o.onThrottle?.(wait);
  }

  succeeded(): void {
    this.inARow = 0;
  }

  /** Waits out the pause, on the worker's own signal. */
  async wait(signal: AbortSignal): Promise<void> {
    if (!this.o.clock || !this.o.sleep) return;
    const ms = this.resumeAt - this.o.clock.now();
    if (ms > 0) await this.o.sleep(ms, signal);
  }
}

/** One action; every call bounded by what is left of clean-up's time. */
async function applyOne(
  ports: AzurePorts,
  a: CleanupAction,
  call: CallOptions,
): Promise<{ pollAfterMs: number } | void> {
  switch (a.kind) {
    case 'delete-version':
      return ports.gallery.startDeleteVersion(a.version, call);
    case 'retire-version':
      return ports.gallery.retireVersion(a.version, a.change, call);
    case 'delete-managed-image':
      return ports.managedImages.delete(a.id, call);
    case 'delete-image-template':
      return ports.imageBuilder.deleteTemplate(a.template, call);
    case 'scale-in-colour':
      await ports.scaleSets.setCapacity(a.scaleSet, 0, a.etag, call);
      return;
  }
}
