/**
 * The deploy lock (issue #6): two runs never write to the same target at once. A lease (owner run,
 * expiry, run URL) is a tag on the target, written with If-Match on the target's ETag (see
 * src/core/azure/lease-port.ts for the write each target takes): of two runs that read the same
 * free lease, only one write succeeds; the other re-reads and waits.
 *
 * - Acquired before the first write to the target (the deploy or rollback stage; plan mode never
 *   takes it). A run that finds another run's lease waits, re-reading every poll interval, up to
 *   'lock-timeout', then fails naming the holder and its run URL.
 * - A lease past its expiry is taken over, with a warning (its run died without releasing it).
 * - The lease lasts deploy-timeout plus LEASE_MARGIN_MS and is renewed between stages once half
 *   of it has passed (never during a stage: a renewal changes the target's ETag, which the
 *   stage's own guarded writes rely on). Every wait of a deploy is bounded by deploy-timeout, so
 *   a stage cannot outlive its lease.
 * - Released at the end of the run — also after a failure or a cancellation — by deleting the tag
 *   only while it still holds this run's lease; the GitHub post step releases what a killed main
 *   step still held (`releaseHeldLock`).
 */
import type { LeasePort, LeaseState, LeaseTarget } from '../azure/lease-port.js';
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Logger, RunInfo, Sleep } from '../ports.js';
import type { Settings } from '../settings/types.js';
import { describeHolder, formatLease, LOCK_TAG, leaseTagValue, parseLease, type Lease } from './lease.js';

/** Beyond deploy-timeout: room for verify and an automatic rollback before the lease expires. */
export const LEASE_MARGIN_MS = 30 * 60_000;
/** Unguarded targets (web apps): how long to wait before reading a lease write back. */
export const CONFIRM_PAUSE_MS = 2_000;

/** What a run holds, as the GitHub post step needs it to release it. */
export interface HeldLock {
  readonly target: LeaseTarget;
  /** The exact tag value written: the release deletes the tag only while it still holds this. */
  readonly value: string;
}

export interface LockDeps {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly log: Logger;
  readonly warn: (message: string) => void;
  readonly run?: RunInfo;
}

const LABEL = { 'scale-set': 'scale set', 'load-balancer': 'load balancer', 'web-app': 'web app' } as const;
export const describeTarget = (t: LeaseTarget): string => `${LABEL[t.kind]} '${t.name}'`;

/** The resource the lease lives on: where the release record lives for the strategy. Undefined without a target. */
export function lockTarget(settings: Settings): LeaseTarget | undefined {
  const d = settings.deploy;
  const resourceGroup = d.resourceGroup ?? settings.resourceGroup;
  if (!resourceGroup) return undefined;
  if (d.strategy === 'rolling') return d.scaleSet ? { kind: 'scale-set', resourceGroup, name: d.scaleSet } : undefined;
  if (d.strategy === 'blue-green') return d.loadBalancer ? { kind: 'load-balancer', resourceGroup, name: d.loadBalancer } : undefined;
  return d.appService ? { kind: 'web-app', resourceGroup, name: d.appService } : undefined;
}

/** A unique owner for this run: the CI run id (or 'local') and the run's start, base 36. */
export function ownerOf(run: RunInfo | undefined, startedAt: number): string {
  const id = (run?.runId ?? 'local').replace(/[;\s]/g, '-');
  return `${run?.system ?? 'run'}-${id}-${startedAt.toString(36)}`;
}

export class DeployLock {
  private held: { lease: Lease; value: string; acquiredAt: number } | undefined;

  constructor(
    private readonly port: LeasePort,
    readonly target: LeaseTarget,
    private readonly owner: string,
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
    let announced: string | undefined;
    for (;;) {
      if (signal.aborted) throw new CancelledError(`the run was cancelled while waiting for the deploy lock on ${describeTarget(this.target)}`);
      const state = await this.port.read(this.target, { signal });
      if (!state) {
        // No target, nothing to guard: the stage reports the missing target in its own words.
        log.debug(`deploy lock: ${describeTarget(this.target)} does not exist; no lease taken`);
        return;
      }
      const current = parseLease(leaseTagValue(state.tags));
      const now = clock.now();
      if (current && current.owner !== this.owner && current.expiresAt > now) {
        if (now >= deadline) {
          throw new EngineError(
            'transient',
            `the deploy lock on ${describeTarget(this.target)} is held by ${describeHolder(current)} until ${new Date(current.expiresAt).toISOString()}; waited 'lock-timeout' (${Math.round(timeoutMs / 1000)}s) for it. Re-run when that run has finished, or raise 'lock-timeout'`,
          );
        }
        if (announced !== current.owner) {
          log.info(`Waiting for the deploy lock on ${describeTarget(this.target)}: held by ${describeHolder(current)} until ${new Date(current.expiresAt).toISOString()} (waiting up to 'lock-timeout').`);
          announced = current.owner;
        }
        await this.pause(Math.min(this.port.pollIntervalMs, Math.max(1, deadline - now), Math.max(1, current.expiresAt - now)), signal);
        continue;
      }
      if (await this.write(state, now, signal)) {
        if (current && current.owner !== this.owner) {
          this.deps.warn(`took over the expired deploy lock on ${describeTarget(this.target)} from ${describeHolder(current)} (it expired at ${new Date(current.expiresAt).toISOString()} without being released)`);
        }
        log.info(`Deploy lock on ${describeTarget(this.target)} taken until ${new Date(this.held!.lease.expiresAt).toISOString()}.`);
        return;
      }
      // Someone wrote in between (412, or the read-back showed another lease): look again.
    }
  }

  /** Renews the lease once half of it has passed (between stages only). */
  async renewIfDue(signal: AbortSignal): Promise<void> {
    if (!this.held) return;
    const now = this.deps.clock.now();
    if (now - this.held.acquiredAt < this.leaseMs / 2) return;
    const state = await this.port.read(this.target, { signal });
    if (!state || leaseTagValue(state.tags) !== this.held.value) {
      const other = parseLease(leaseTagValue(state?.tags ?? {}));
      throw new EngineError('terminal', `the deploy lock on ${describeTarget(this.target)} was lost${other ? ` to ${describeHolder(other)}` : ''} (this run's lease expired before it was renewed); stopping before any further write`);
    }
    if (!(await this.write(state, now, signal))) throw new EngineError('transient', `the deploy lock on ${describeTarget(this.target)} could not be renewed: the target changed while renewing; re-run`);
  }

  /** Deletes the tag while it holds this run's lease. Never throws: a failed release warns (the lease expires). */
  async release(): Promise<void> {
    const held = this.held;
    if (!held) return;
    this.held = undefined;
    await releaseHeldLock(this.port, { target: this.target, value: held.value }, this.deps);
  }

  private async write(state: LeaseState, now: number, signal: AbortSignal): Promise<boolean> {
    const lease: Lease = { owner: this.owner, expiresAt: now + this.leaseMs, ...(this.deps.run?.runUrl ? { runUrl: this.deps.run.runUrl } : {}) };
    const value = formatLease(lease);
    if (!(await this.port.writeTag(this.target, state, LOCK_TAG, value, { signal }))) return false;
    if (!this.port.guarded(this.target.kind)) {
      // No If-Match on this kind of target: a concurrent writer wins by writing last. Read back
      // after a pause; whoever's lease is there then holds the lock.
      await this.pause(CONFIRM_PAUSE_MS, signal);
      const after = await this.port.read(this.target, { signal });
      if (leaseTagValue(after?.tags ?? {}) !== value) return false;
    }
    this.held = { lease, value, acquiredAt: now };
    return true;
  }

  private async pause(ms: number, signal: AbortSignal): Promise<void> {
    try {
      await this.deps.sleep(ms, signal);
    } catch (err) {
      if (signal.aborted) throw new CancelledError(`the run was cancelled while waiting for the deploy lock on ${describeTarget(this.target)}`);
      throw err;
    }
  }
}

/**
 * Releases a lease this run (or the main step of this job) holds: deletes the tag only while it
 * still holds `held.value`, on its own short-lived signal (the run's may be aborted). Never throws.
 */
export async function releaseHeldLock(port: LeasePort, held: HeldLock, deps: Pick<LockDeps, 'log' | 'warn'>): Promise<boolean> {
  try {
    await port.removeTagIfValue(held.target, LOCK_TAG, held.value, { signal: new AbortController().signal, timeoutMs: 60_000 });
    deps.log.info(`Deploy lock on ${describeTarget(held.target)} released.`);
    return true;
  } catch (err) {
    deps.warn(`the deploy lock on ${describeTarget(held.target)} was not released (${err instanceof Error ? err.message : String(err)}); it expires with its lease`);
    return false;
  }
}
