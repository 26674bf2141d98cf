/**
 * Twenty runs start at once on one target, through the real SDKs against the emulator. They share
 * the CI run id, job and attempt (GitHub matrix jobs do), so only the random part of the owner
 * tells them apart. Exactly one holds the lock at any moment; the others wait, or fail after
 * 'lock-timeout' naming the holder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { createAzurePorts } from '../../src/azure/index.js';
import { DeployLock, ownerOf } from '../../src/core/lock/lock.js';
import type { RunInfo } from '../../src/core/ports.js';
import { randomId } from '../../src/runtime/ids.js';
import { createLoadBalancer, createScaleSet, seedImageVersion, start, type Harness } from '../stages-deploy/harness.js';
import { credential } from '../emulator-deploy/helpers.js';
import { HOUR, lockDeps, newLock, SCALE_SET, stored } from './helpers.js';

const RUNS = 20;
const MATRIX_JOB: RunInfo = {
  system: 'github',
  runId: '777',
  job: 'deploy',
  attempt: 1,
  runUrl: 'https://ci.example/runs/777',
};
const never = () => new AbortController().signal;

let h: Harness;
beforeEach(async () => {
  h = await start();
  await createLoadBalancer(h);
  await createScaleSet(h, seedImageVersion(h, '1.0.0'), { capacity: 1, mode: 'Manual' });
});
afterEach(() => h?.emu.close());

async function twentyLocks(): Promise<DeployLock[]> {
  const made = await Promise.all(
    Array.from({ length: RUNS }, () => newLock(h, SCALE_SET, ownerOf(MATRIX_JOB, randomId()), { run: MATRIX_JOB })),
  );
  return made.map((m) => m.lock);
}

describe('twenty runs on one target at once', () => {
  it('take the lock one after another: critical sections never overlap', async () => {
    const locks = await twentyLocks();
    expect(new Set(locks.map((l) => l.owner)).size).toBe(RUNS);
    const events: string[] = [];
    let inside = 0;
    await Promise.all(
      locks.map(async (lock, i) => {
        await lock.acquire(60_000, never());
        inside++;
        events.push(`enter ${i} (${inside} inside)`);
        // Azure agrees: the lease on the target is this run's, and only this run's.
        expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBe(lock.heldLock!.value);
        await new Promise((resolve) => setImmediate(resolve));
        expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBe(lock.heldLock!.value);
        inside--;
        events.push(`leave ${i}`);
        await lock.release();
      }),
    );
    expect(events).toHaveLength(2 * RUNS);
    for (let k = 0; k < RUNS; k++) {
      const run = /^enter (\d+) \(1 inside\)$/.exec(events[2 * k]!);
      expect(run, events.join('\n')).not.toBeNull();
      expect(events[2 * k + 1]).toBe(`leave ${run![1]}`);
    }
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBeUndefined();
  }, 60_000);

  it("the others fail after 'lock-timeout' naming the holder and its run URL; the holder's lease is untouched", async () => {
    const [holder] = await twentyLocks();
    await holder!.acquire(5_000, never());
    const held = holder!.heldLock!.value;
    // The others wait on a virtual clock that their own pauses move, polling every 10 s of it:
    // 'lock-timeout' passes in no real time, while each Azure call keeps a real-time budget (the
    // lock's floor of a minute) that no machine load exhausts.
    const slowPoll = await createAzurePorts({
      endpoint: h.emu.endpoint,
      caFile: h.emu.caFile,
      subscriptionId: h.emu.subscriptionId,
      credential,
      pollIntervalMs: 10_000,
    });
    const waiting = Array.from({ length: RUNS - 1 }, () => {
      let now = Date.now();
      const clock = { now: () => now };
      const sleep = async (ms: number) => void (now += ms);
      const deps = lockDeps({ run: MATRIX_JOB, clock, sleep });
      return new DeployLock(slowPoll.leases, SCALE_SET, ownerOf(MATRIX_JOB, randomId()), HOUR, deps);
    });
    const outcomes = await Promise.allSettled(waiting.map((lock) => lock.acquire(60_000, never())));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const message = (outcome as PromiseRejectedResult).reason.message as string;
      expect(message).toContain(
        `the deploy lock on scale set 'web' is held by run ${holder!.owner} (https://ci.example/runs/777) until`,
      );
      expect(message).toContain(`immutable-deploy unlock --holder ${holder!.owner}`);
    }
    expect(waiting.every((lock) => lock.heldLock === undefined)).toBe(true);
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBe(held);
    await holder!.release();
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBeUndefined();
  }, 60_000);
});
