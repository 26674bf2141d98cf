/**
 * Breaking a dead run's deploy lock on purpose (`immutable-deploy unlock`). Never blind: the caller
 * names the holder, and the lease is removed only while the target still holds exactly the lease
 * that was read (Tags Delete by name AND value), so a lease renewed or taken over meanwhile stays.
 */
import type { LeasePort, LeaseTarget } from '../azure/lease-port.js';
import { EngineError } from '../errors.js';
import { describeHolder, leaseTagValue, LOCK_TAG, parseLease, type Lease } from './lease.js';
import { describeTarget, RELEASE_TIMEOUT_MS } from './release.js';

export interface UnlockDeps {
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
}

/** What `breakLease` did: the lease it removed, or nothing when there was none. */
export type UnlockResult = { readonly broken: Lease } | { readonly broken?: undefined };

const callOptions = () => ({ signal: new AbortController().signal, timeoutMs: RELEASE_TIMEOUT_MS });

export async function breakLease(
  port: LeasePort,
  target: LeaseTarget,
  holder: string,
  deps: UnlockDeps,
): Promise<UnlockResult> {
  const state = await port.read(target, callOptions());
  if (!state)
    throw new EngineError(
      'input',
      `${describeTarget(target)} does not exist in resource group '${target.resourceGroup}'; nothing to unlock`,
    );
  const value = leaseTagValue(state.tags);
  const lease = parseLease(value);
  if (!value || !lease) {
    deps.info(`There is no deploy lock on ${describeTarget(target)}; nothing to break.`);
    return {};
  }
  if (lease.owner !== holder) {
    throw new EngineError(
      'input',
      `the deploy lock on ${describeTarget(target)} is held by ${describeHolder(lease)} until ${new Date(lease.expiresAt).toISOString()}, not by '${holder}'; nothing was changed. If that run is dead, pass --holder ${lease.owner}`,
    );
  }
  deps.warn(
    `breaking the deploy lock on ${describeTarget(target)} held by ${describeHolder(lease)} until ${new Date(lease.expiresAt).toISOString()}: make sure that run no longer deploys`,
  );
  await port.removeTagIfValue(target, LOCK_TAG, value, callOptions());
  const after = await port.read(target, callOptions());
  if (after && leaseTagValue(after.tags) === value) {
    throw new EngineError(
      'transient',
      `the deploy lock on ${describeTarget(target)} is still there after removing it; try again`,
    );
  }
  const next = parseLease(leaseTagValue(after?.tags ?? {}));
  if (next) deps.info(`The deploy lock on ${describeTarget(target)} is now held by ${describeHolder(next)}.`);
  deps.info(`Deploy lock on ${describeTarget(target)} broken (it was held by ${describeHolder(lease)}).`);
  return { broken: lease };
}
