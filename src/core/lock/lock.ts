/**
 * The deploy lock: two runs never write to the same target at once. A lease (owner, expiry, run
 * URL) is a tag on the target, written with If-Match on the target's ETag (see
 * src/core/azure/lease-port.ts for the write each target takes): of two runs that read the same
 * free lease, only one write succeeds; the other re-reads and waits.
 *
 * - The owner is unique per process (owner.ts): a lease with another owner is never this run's.
 * - Acquired before the first write to the target (the deploy or rollback stage; plan mode never
 *   takes it). A run that finds another run's lease waits, re-reading every poll interval, up to
 *   'lock-timeout', then fails naming the holder and its run URL. Transient failures of the reads
 *   and writes are retried within 'lock-timeout'; every call is bounded.
 * - Held from the moment its write is sent: a write that fails, times out or is cancelled while in
 *   flight is settled (release.ts) — the lease removed if it landed, a target the write left in
 *   provisioning state Failed written again — before the error leaves `acquire`.
 * - A lease past its expiry is taken over, with a warning (its run died without releasing it).
 * - The lease lasts deploy-timeout plus LEASE_MARGIN_MS and is renewed between stages once half
 *   of it has passed (never during a stage: a renewal changes the target's ETag, which the
 *   stage's own guarded writes rely on). Every wait of a deploy is bounded by deploy-timeout, so
 *   a stage cannot outlive its lease.
 * - Released at the end of the run — also after a failure or a cancellation — by deleting the tag
 *   only while it still holds this run's lease; the GitHub post step releases what a killed main
 *   step still held (`releaseHeldLock`); `immutable-deploy unlock` breaks a dead run's lease.
 */
import type { LeasePort, LeaseState, LeaseTarget } from '../azure/lease-port.js';
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Logger, RunInfo, Sleep } from '../ports.js';
import type { Settings } from '../settings/types.js';
import { finishBeforeCancel } from './in-flight.js';
import { describeHolder, formatLease, LOCK_TAG, leaseTagValue, parseLease, type Lease } from './lease.js';
import { describeTarget, releaseHeldLock, settleLeaseWrite, type HeldLock } from './release.js';
import { descriptorOf } from '../deploy/registry.js';

export { ownerOf, uniquePart } from './owner.js';
export { describeTarget, releaseHeldLock, settleLeaseWrite, type HeldLock } from './release.js';

/** Beyond deploy-timeout: room for verify and an automatic rollback before the lease expires. */
export const LEASE_MARGIN_MS = 30 * 60_000;
/** Unguarded targets (web apps): how long to wait before reading a lease write back. */
export const CONFIRM_PAUSE_MS = 2_000;
/** The least time each Azure call of an acquire gets, even when 'lock-timeout' is nearly over. */
export const MIN_CALL_MS = 60_000;
/** The bound on each Azure call of a renewal. */
export const RENEW_TIMEOUT_MS = 60_000;

export interface LockDeps {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly log: Logger;
  readonly warn: (message: string) => void;
  readonly run?: RunInfo;
  /**
   * Told what the lock may hold from the moment a lease write is sent (the outcome of a write is
   * unknown until it answers), and what it holds after; undefined once it holds nothing. The
   * GitHub adapter saves it so that the post step releases what a killed main step still held.
   */
  readonly onChange?: (held: HeldLock | undefined) => void;
  /** The least time each Azure call of an acquire gets (default MIN_CALL_MS; tests shorten it). */
  readonly minCallMs?: number;
}

/** The resource the lease lives on: where the release record lives for the strategy. Undefined without a target. */
export function lockTarget(settings: Settings): LeaseTarget | undefined {
  const d = settings.deploy;
  const resourceGroup = d.resourceGroup ?? settings.resourceGroup;
  if (!resourceGroup) return undefined;
  return descriptorOf(d.strategy).recordHolder(d, resourceGroup);
}

/** One look at the target: what `acquire` found, or that it took the lease. */
type Attempt =
  | { readonly kind: 'absent' }
  | { readonly kind: 'held'; readonly lease: Lease }
  | { readonly kind: 'raced' }
  | { readonly kind: 'taken'; readonly previous: Lease | undefined };

const isTransient = (err: unknown): err is EngineError => err instanceof EngineError && err.kind === 'transient';
const iso = (ms: number): string => new Date(ms).toISOString();

export class DeployLock {
  /** The 'lock-timeout' of the acquire under way: it bounds every call of it. */
  private budgetMs = 0;
  private held: { lease: Lease; value: string; acquiredAt: number } | undefined;

  constructor(
    private readonly port: LeasePort,
    readonly target: LeaseTarget,
    readonly owner: string,
    private readonly leaseMs: number,
    private readonly deps: LockDeps,
  ) {}

  get heldLock(): HeldLock | undefined {
    return this.held ? { target: this.target, value: this.held.value } : undefined;
  }

  /** Takes the lease, waiting up to `timeoutMs` for another run's. Re-entrant: renews when half gone. */
  async acquire(timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.held) return this.renewIfDue(signal);
    const { clock, log } = this.deps;
    const deadline = clock.now() + timeoutMs;
    this.budgetMs = timeoutMs;
    let announced: string | undefined;
    for (;;) {
      if (signal.aborted) throw this.cancelled();
      const attempt = await this.attemptOrRetry(deadline, timeoutMs, signal);
      if (attempt.kind === 'absent') {
        // No target, nothing to guard: the stage reports the missing target in its own words.
        log.debug(`deploy lock: ${describeTarget(this.target)} does not exist; no lease taken`);
        return;
      }
      if (attempt.kind === 'taken') return this.announceTaken(attempt.previous);
      if (attempt.kind === 'raced') continue; // someone wrote in between (412, or the read-back showed another lease)
      if (clock.now() >= deadline) throw this.heldTooLong(attempt.lease, timeoutMs);
      if (announced !== attempt.lease.owner) {
        log.info(
          `Waiting for the deploy lock on ${describeTarget(this.target)}: held by ${describeHolder(attempt.lease)} until ${iso(attempt.lease.expiresAt)} (waiting up to 'lock-timeout').`,
        );
        announced = attempt.lease.owner;
      }
      await this.pause(this.pollWait(deadline, attempt.lease.expiresAt), signal);
    }
  }

  /** Renews the lease once half of it has passed (between stages only). */
  async renewIfDue(signal: AbortSignal): Promise<void> {
    if (!this.held) return;
    const now = this.deps.clock.now();
    if (now - this.held.acquiredAt < this.leaseMs / 2) return;
    const state = await this.port.read(this.target, { signal, timeoutMs: RENEW_TIMEOUT_MS });
    if (!state || leaseTagValue(state.tags) !== this.held.value) {
      const other = parseLease(leaseTagValue(state?.tags ?? {}));
      throw new EngineError(
        'terminal',
        `the deploy lock on ${describeTarget(this.target)} was lost${other ? ` to ${describeHolder(other)}` : ''} (this run's lease expired before it was renewed); stopping before any further write`,
      );
    }
    if (!(await this.write(state, now, now + RENEW_TIMEOUT_MS, signal))) {
      throw new EngineError(
        'transient',
        `the deploy lock on ${describeTarget(this.target)} could not be renewed: the target changed while renewing; re-run`,
      );
    }
  }

  /** Deletes the tag while it holds this run's lease. Never throws: a failed release warns (the lease expires). */
  async release(): Promise<void> {
    const held = this.held;
    if (!held) return;
    this.held = undefined;
    const released = await releaseHeldLock(this.port, { target: this.target, value: held.value }, this.deps);
    // Not released: the adapter keeps it, so that the GitHub post step tries again.
    if (released) this.deps.onChange?.(undefined);
  }

  /** One attempt; a transient failure is retried after a poll interval until 'lock-timeout' is over. */
  private async attemptOrRetry(deadline: number, timeoutMs: number, signal: AbortSignal): Promise<Attempt> {
    for (;;) {
      try {
        return await this.attempt(deadline, signal);
      } catch (err) {
        if (!isTransient(err) || signal.aborted) throw err;
        if (this.deps.clock.now() >= deadline) {
          throw new EngineError(
            'transient',
            `could not take the deploy lock on ${describeTarget(this.target)} within 'lock-timeout' (${Math.round(timeoutMs / 1000)}s): ${err.message}`,
            { cause: err },
          );
        }
        this.deps.log.debug(`deploy lock: ${err.message}; trying again`);
        // Azure's Retry-After, when it sent one, but never past the deadline.
        const left = Math.max(1, deadline - this.deps.clock.now());
        await this.pause(Math.min(left, Math.max(this.pollWait(deadline), err.retryAfterMs ?? 0)), signal);
      }
    }
  }

  private async attempt(deadline: number, signal: AbortSignal): Promise<Attempt> {
    const state = await this.port.read(this.target, { signal, timeoutMs: this.callTimeout(deadline) });
    if (!state) return { kind: 'absent' };
    const current = parseLease(leaseTagValue(state.tags));
    const now = this.deps.clock.now();
    if (current && current.owner !== this.owner && current.expiresAt > now) return { kind: 'held', lease: current };
    if (!(await this.write(state, now, deadline, signal))) return { kind: 'raced' };
    return { kind: 'taken', previous: current };
  }

  /**
   * Writes this run's lease. From the moment the write is sent the lease may be on the target:
   * every exit but "not written" (412) or "overwritten" (web apps) either holds it or settles it.
   */
  private async write(state: LeaseState, now: number, deadline: number, signal: AbortSignal): Promise<boolean> {
    const lease: Lease = {
      owner: this.owner,
      expiresAt: now + this.leaseMs,
      ...(this.deps.run?.runUrl ? { runUrl: this.deps.run.runUrl } : {}),
    };
    const value = formatLease(lease);
    const timeoutMs = this.callTimeout(deadline);
    this.deps.onChange?.({ target: this.target, value });
    try {
      const send = (s: AbortSignal) =>
        this.port.writeTag(this.target, state, LOCK_TAG, value, { signal: s, timeoutMs });
      const written = await finishBeforeCancel(send, signal, this.deps.sleep, () => this.cancelled());
      if (written && (await this.confirmed(value, signal, timeoutMs))) {
        this.held = { lease, value, acquiredAt: now };
        this.deps.onChange?.(this.heldLock);
        return true;
      }
    } catch (err) {
      await settleLeaseWrite(this.port, { target: this.target, value }, this.deps);
      this.deps.onChange?.(this.heldLock);
      throw err;
    }
    this.deps.onChange?.(this.heldLock);
    return false;
  }

  /**
   * Guarded kinds: the write itself decided. Web apps (no If-Match): a concurrent writer wins by
   * writing last; read back after a pause, and whoever's lease is there then holds the lock.
   */
  private async confirmed(value: string, signal: AbortSignal, timeoutMs: number): Promise<boolean> {
    if (this.port.guarded(this.target.kind)) return true;
    await this.pause(CONFIRM_PAUSE_MS, signal);
    const after = await this.port.read(this.target, { signal, timeoutMs });
    return leaseTagValue(after?.tags ?? {}) === value;
  }

  private announceTaken(previous: Lease | undefined): void {
    if (previous && previous.owner !== this.owner) {
      this.deps.warn(
        `took over the expired deploy lock on ${describeTarget(this.target)} from ${describeHolder(previous)} (it expired at ${iso(previous.expiresAt)} without being released)`,
      );
    }
    this.deps.log.info(`Deploy lock on ${describeTarget(this.target)} taken until ${iso(this.held!.lease.expiresAt)}.`);
  }

  private heldTooLong(lease: Lease, timeoutMs: number): EngineError {
    return new EngineError(
      'transient',
      `the deploy lock on ${describeTarget(this.target)} is held by ${describeHolder(lease)} until ${iso(lease.expiresAt)}; waited 'lock-timeout' (${Math.round(timeoutMs / 1000)}s) for it. Re-run when that run has finished, raise 'lock-timeout', or break a dead run's lease with 'immutable-deploy unlock --holder ${lease.owner}'`,
    );
  }

  /** The next look: a poll interval, but never past the deadline or the holder's expiry. */
  private pollWait(deadline: number, expiresAt = Number.POSITIVE_INFINITY): number {
    const now = this.deps.clock.now();
    return Math.min(this.port.pollIntervalMs, Math.max(1, deadline - now), Math.max(1, expiresAt - now));
  }

  /**
   * What is left of 'lock-timeout' for one call — never less than a floor, so that a call still
   * gets a chance near the end — and the floor itself never beyond a non-zero 'lock-timeout' (a
   * 'lock-timeout' of 0, "fail at once if the lock is held", still gives the write its floor).
   */
  private callTimeout(deadline: number): number {
    const min = this.deps.minCallMs ?? MIN_CALL_MS;
    const floor = this.budgetMs > 0 ? Math.min(min, this.budgetMs) : min;
    return Math.max(floor, deadline - this.deps.clock.now());
  }

  private cancelled(): CancelledError {
    return new CancelledError(
      `the run was cancelled while waiting for the deploy lock on ${describeTarget(this.target)}`,
    );
  }

  private async pause(ms: number, signal: AbortSignal): Promise<void> {
    try {
      await this.deps.sleep(ms, signal);
    } catch (err) {
      if (signal.aborted) throw this.cancelled();
      throw err;
    }
  }
}
