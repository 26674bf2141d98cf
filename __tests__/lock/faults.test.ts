/**
 * The deploy lock under faults, through the real SDKs against the emulator: a lease write that is
 * cancelled in flight, ends Failed, never ends, or meets 429/503/connection-reset bursts never
 * leaves a lease (or a Failed target) behind, and transient failures are retried within 'lock-timeout'.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { LOCATION, poll, RG, waitFor } from '../emulator-deploy/helpers.js';
import { createLoadBalancer, createScaleSet, seedImageVersion, start, type Harness } from '../stages-deploy/harness.js';
import { HOUR, idOf, LOAD_BALANCER, leaseOn, newLock, SCALE_SET, stored, WEB_APP } from './helpers.js';
import type { LeaseTarget } from '../../src/core/azure/lease-port.js';

let h: Harness;
beforeEach(async () => {
  h = await start();
  await createLoadBalancer(h);
  await createScaleSet(h, seedImageVersion(h, '1.0.0'), { capacity: 1, mode: 'Manual' });
  const site = { location: LOCATION, siteConfig: { linuxFxVersion: 'DOCKER|contoso.azurecr.io/shop:1.0.0' } };
  await h.web.webApps.beginCreateOrUpdateAndWait(RG, 'shop', site, poll);
  h.emu.control.clearRequests();
});
afterEach(() => h?.emu.close());

const never = () => new AbortController().signal;
const WRITE_OP = {
  'scale-set': 'VirtualMachineScaleSets_Update',
  'load-balancer': 'LoadBalancers_CreateOrUpdate',
  'web-app': 'Tags_UpdateAtScope',
  'resource-group': 'Tags_UpdateAtScope',
} as const;

describe('a lease write cancelled in flight', () => {
  /** Starts `acquire` and aborts the run (SIGINT) once the emulator has received the lease write. */
  async function cancelDuringWrite(target: LeaseTarget, owner: string) {
    const run = new AbortController();
    const { lock, said } = await newLock(h, target, owner);
    const acquiring = lock.acquire(5_000, run.signal);
    const writePath =
      target.kind === 'web-app' ? `${idOf(h, target)}/providers/Microsoft.Resources/tags/default` : idOf(h, target);
    const received = () =>
      h.emu.requests.some((r) => r.method === 'PATCH' && r.path.toLowerCase() === writePath.toLowerCase());
    await waitFor(received);
    run.abort(new Error('received SIGINT'));
    await expect(acquiring).rejects.toBeInstanceOf(CancelledError);
    return { lock, said };
  }

  // The web app's lease write takes no If-Match: only waiting for the write protects it.
  it.each([SCALE_SET, WEB_APP])(
    'on the $kind: lets the write land, then removes the lease; nothing is left behind',
    async (target) => {
      // The emulator holds the write 300 ms before applying it: a release sent at once would arrive
      // first, find nothing, and the lease would land after it.
      h.emu.control.addFault({ kind: 'latency', latencyMs: 300, operation: WRITE_OP[target.kind], times: 1 });
      const { lock, said } = await cancelDuringWrite(target, 'github-1-deploy-a1-cancelled');
      // Whatever was sent has been answered (a write cut off client-side still lands in Azure).
      await waitFor(() => h.emu.requests.every((r) => r.status !== 0));
      const tagCalls = h.emu.requests.filter((r) => r.operation === 'Tags_UpdateAtScope');
      expect(tagCalls.length).toBeGreaterThan(0);
      const tags =
        target.kind === 'web-app'
          ? ((h.emu.control.getResource(idOf(h, target)) as { tags?: object }).tags ?? {})
          : stored(h, target).tags;
      expect(tags).not.toHaveProperty(LOCK_TAG);
      expect(said.changes.at(-1)).toBeUndefined();
      expect(lock.heldLock).toBeUndefined();
    },
    20_000,
  );

  it('when the release cannot reach Azure, warns when the lease expires; the lease says so too', async () => {
    h.emu.control.addFault({ kind: 'latency', latencyMs: 100, operation: WRITE_OP['scale-set'], times: 1 });
    h.emu.control.addFault({ kind: 'reset', operation: 'Tags_UpdateAtScope' });
    const before = Date.now();
    const { said } = await cancelDuringWrite(SCALE_SET, 'github-2-deploy-a1-unreachable');
    const lease = leaseOn(h, SCALE_SET)!;
    expect(lease.owner).toBe('github-2-deploy-a1-unreachable');
    expect(lease.expiresAt).toBeGreaterThanOrEqual(before + HOUR);
    expect(lease.expiresAt).toBeLessThanOrEqual(Date.now() + HOUR);
    expect(said.warnings.join('\n')).toContain('was not released');
    expect(said.warnings.join('\n')).toContain(
      `it expires with its lease at ${new Date(lease.expiresAt).toISOString()}`,
    );
  }, 20_000);
});

describe.each([SCALE_SET, LOAD_BALANCER])('a lease write on the $kind that ends Failed', (target) => {
  it('is released, the target is written out of Failed, and the next run takes the lock at once', async () => {
    h.emu.control.addFault({ kind: 'lro-failed', operation: WRITE_OP[target.kind], times: 1 });
    const first = await newLock(h, target, 'github-3-deploy-a1-failed');
    await expect(first.lock.acquire(5_000, never())).rejects.toThrow(/ended Failed/);
    expect(stored(h, target).tags[LOCK_TAG]).toBeUndefined();
    expect(stored(h, target).provisioningState).toBe('Succeeded');
    expect(first.said.changes.at(-1)).toBeUndefined();

    const next = await newLock(h, target, 'github-4-deploy-a1-next');
    h.emu.control.clearRequests();
    await next.lock.acquire(5_000, never());
    expect(next.said.info.some((m) => m.startsWith('Waiting'))).toBe(false);
    expect(h.emu.requests.filter((r) => r.operation === WRITE_OP[target.kind])).toHaveLength(1);
    expect(leaseOn(h, target)?.owner).toBe('github-4-deploy-a1-next');
  }, 20_000);
});

describe('transient failures of the lease write', () => {
  it.each(['throttle', 'unavailable', 'reset'] as const)(
    'a %s burst longer than the SDK retries is retried within lock-timeout',
    async (kind) => {
      // The SDK tries 5 times (FAST_RETRY, maxRetries 4): 7 faults need the lock's own retry.
      h.emu.control.addFault({ kind, operation: WRITE_OP['scale-set'], times: 7, retryAfterSeconds: 1 });
      const { lock } = await newLock(h, SCALE_SET, `github-5-deploy-a1-${kind}`);
      await lock.acquire(10_000, never());
      expect(h.emu.requests.filter((r) => r.faults?.includes(kind))).toHaveLength(7);
      expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBe(lock.heldLock!.value);
      await lock.release();
      expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBeUndefined();
    },
    20_000,
  );

  it("a burst that outlasts 'lock-timeout' fails naming it, leaving no lease", async () => {
    h.emu.control.addFault({ kind: 'unavailable', operation: WRITE_OP['scale-set'], retryAfterSeconds: 1 });
    const { lock } = await newLock(h, SCALE_SET, 'github-6-deploy-a1-outlasted', { minCallMs: 100 });
    await expect(lock.acquire(300, never())).rejects.toThrow(
      /^could not take the deploy lock on scale set 'web' within 'lock-timeout' \(0s\): .*HTTP 503/,
    );
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBeUndefined();
  }, 20_000);

  it("a write whose operation never ends is abandoned at 'lock-timeout' and its lease removed; the next run takes the lock", async () => {
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: WRITE_OP['load-balancer'], times: 1 });
    const stuck = await newLock(h, LOAD_BALANCER, 'github-7-deploy-a1-stuck', { minCallMs: 100 });
    await expect(stuck.lock.acquire(300, never())).rejects.toThrow(
      /^could not take the deploy lock on load balancer 'lb' within 'lock-timeout'/,
    );
    expect(stored(h, LOAD_BALANCER).tags[LOCK_TAG]).toBeUndefined();
    expect(stuck.said.changes.at(-1)).toBeUndefined();
    const next = await newLock(h, LOAD_BALANCER, 'github-8-deploy-a1-next');
    await next.lock.acquire(5_000, never());
    expect(leaseOn(h, LOAD_BALANCER)?.owner).toBe('github-8-deploy-a1-next');
    await next.lock.release();
    expect(stored(h, LOAD_BALANCER)).toMatchObject({ provisioningState: 'Succeeded', tags: {} });
  }, 20_000);
});
