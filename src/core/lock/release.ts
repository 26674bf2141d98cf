/**
 * Giving the deploy lock back. A release deletes the lease tag only while it still holds this
 * run's value (never another run's lease), on its own short deadline: the run's signal may be
 * aborted already. After a lease write whose outcome is unknown (it failed, timed out or was
 * cancelled while in flight) the lock settles instead: the same release, then a repair of a target
 * the write left in provisioning state Failed. Neither ever throws: what fails becomes a warning.
 */
import type { LeaseCallOptions, LeasePort, LeaseTarget } from '../azure/lease-port.js';
import type { Logger } from '../ports.js';
import { LOCK_TAG, parseLease } from './lease.js';

/** The bound on each Azure call of a release or a repair. */
export const RELEASE_TIMEOUT_MS = 30_000;
/** A repair whose rewrite meets a changed target (HTTP 412) reads it again, this many times. */
const REPAIR_ATTEMPTS = 3;

const LABEL = {
  'scale-set': 'scale set',
  'load-balancer': 'load balancer',
  'web-app': 'web app',
  'resource-group': 'resource group',
} as const;
export const describeTarget = (t: LeaseTarget): string => `${LABEL[t.kind]} '${t.name}'`;

/** What a run holds, as the GitHub post step needs it to release it. */
export interface HeldLock {
  readonly target: LeaseTarget;
  /** The exact tag value written: the release deletes the tag only while it still holds this. */
  readonly value: string;
}

export interface ReleaseDeps {
  readonly log: Pick<Logger, 'info' | 'debug'>;
  readonly warn: (message: string) => void;
}

const releaseCall = (): LeaseCallOptions => ({ signal: new AbortController().signal, timeoutMs: RELEASE_TIMEOUT_MS });
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Releases a lease this run (or the main step of this job) holds: deletes the tag only while it
 * still holds `held.value`. Never throws; false (with a warning saying when it expires) when Azure
 * could not be reached.
 */
export async function releaseHeldLock(port: LeasePort, held: HeldLock, deps: ReleaseDeps): Promise<boolean> {
  try {
    await port.removeTagIfValue(held.target, LOCK_TAG, held.value, releaseCall());
    deps.log.info(`Deploy lock on ${describeTarget(held.target)} released.`);
    return true;
  } catch (err) {
    deps.warn(notReleased(held, err));
    return false;
  }
}

/**
 * After a lease write with an unknown outcome: removes the lease if it landed, and writes the
 * target again if the write left it in provisioning state Failed. Never throws.
 */
export async function settleLeaseWrite(port: LeasePort, held: HeldLock, deps: ReleaseDeps): Promise<void> {
  try {
    await port.removeTagIfValue(held.target, LOCK_TAG, held.value, releaseCall());
    deps.log.info(
      `The deploy lock write on ${describeTarget(held.target)} did not complete; its lease, if it landed, was removed.`,
    );
  } catch (err) {
    deps.warn(notReleased(held, err));
  }
  try {
    await repairFailed(port, held.target);
  } catch (err) {
    deps.warn(
      `${describeTarget(held.target)} may be left in provisioning state Failed by the deploy lock's write and could not be written again (${messageOf(err)}); re-apply it (GET, then PUT it unchanged) before the next run`,
    );
  }
}

/** Writes the target again, as it is, while it is in provisioning state Failed. */
async function repairFailed(port: LeasePort, target: LeaseTarget): Promise<void> {
  for (let attempt = 0; attempt < REPAIR_ATTEMPTS; attempt++) {
    const state = await port.read(target, releaseCall());
    if (!state?.failed) return;
    if (await port.rewrite(target, state, releaseCall())) return;
  }
  throw new Error(`it kept changing while being written (HTTP 412, ${REPAIR_ATTEMPTS} attempts)`);
}

function notReleased(held: HeldLock, err: unknown): string {
  const lease = parseLease(held.value);
  const expiry = lease ? ` at ${new Date(lease.expiresAt).toISOString()}` : '';
  return `the deploy lock on ${describeTarget(held.target)} was not released (${messageOf(err)}); it expires with its lease${expiry}`;
}
