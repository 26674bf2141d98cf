import { ArmError } from './errors.js';
import type { EmulatorContext } from './types.js';

/**
 * A write to a resource whose previous write is still in progress, answered with the error its
 * resource provider gives (one operation at a time per resource):
 *
 * - Compute (scale sets): 409 `Conflict`, "The request failed due to conflict with a concurrent
 *   request…" — the answer Compute gives for a scale set / scale set VM write while another one
 *   runs (observed by microsoft/onefuzz, which matches this message on HTTP 409 for VMSS writes,
 *   and kubernetes-sigs/cloud-provider-azure#2386, which retries VMSS VM PUTs on it). Compute can
 *   also preempt the older operation instead (`OperationPreempted`); not modelled.
 * - Network (load balancers, NSGs, ...): 429 `RetryableError` with detail
 *   `RetryableErrorDueToAnotherOperation` ("Operation … is updating resource …. The call can be
 *   retried in N seconds.") and Retry-After — Network's answer while another operation updates
 *   the resource (Azure/azure-libraries-for-net#1001: Network "will send 429 when … [an]
 *   operation on a resource with references that are in an updating state"; the body as logged
 *   in cloudfoundry/bosh-azure-cpi-release#179). The SDK's throttling retry honours it.
 *
 * Busy marks live in memory only (like operation records): a reload starts with none. Writes
 * whose operation was hit by an injected `lro-failed` / `lro-never-ends` fault do not mark the
 * resource busy, so those faults keep meaning "the status poll says so" and nothing more.
 */
const busyByEmulator = new WeakMap<EmulatorContext, Map<string, { operation: string; until?: number }>>();

function marks(emu: EmulatorContext): Map<string, { operation: string; until?: number }> {
  let m = busyByEmulator.get(emu);
  if (!m) busyByEmulator.set(emu, (m = new Map()));
  return m;
}

/** Marks `id` busy with `operation` (Network's operation name in its message); returns the release. */
export function markBusy(emu: EmulatorContext, id: string, operation: string, forSeconds?: number): () => void {
  const key = id.toLowerCase();
  const mark = { operation, until: forSeconds === undefined ? undefined : emu.clock.now() + forSeconds * 1000 };
  marks(emu).set(key, mark);
  const release = () => {
    if (marks(emu).get(key) === mark) marks(emu).delete(key);
  };
  if (forSeconds !== undefined) emu.scheduler.after(forSeconds, release);
  return release;
}

export function busyWith(emu: EmulatorContext, id: string): string | undefined {
  return marks(emu).get(id.toLowerCase())?.operation;
}

export function computeConcurrentConflict(): ArmError {
  return new ArmError(
    409,
    'Conflict',
    'The request failed due to conflict with a concurrent request. To resolve it, please refer to https://aka.ms/activitylog to get more details on the conflicting requests.',
  );
}

export function networkAnotherOperation(
  emu: EmulatorContext,
  id: string,
  operation: string,
  retrySeconds = 10,
): ArmError {
  const detail = {
    code: 'RetryableErrorDueToAnotherOperation',
    message: `Operation ${operation} (${emu.random.uuid()}) is updating resource ${id}. The call can be retried in ${retrySeconds} seconds.`,
  };
  return new ArmError(429, 'RetryableError', 'A retryable error occurred.', [detail], {
    'Retry-After': emu.clock.retryAfter(retrySeconds),
  });
}
