/**
 * A call's deadline stops it even when a garbage collection runs while it is in flight: the
 * executor combines the run's signal with the deadline port's signal (a timer-backed
 * `AbortSignal.timeout`, as the adapters' `realDeadline` and the tests' `fastTime` make it), and
 * `AbortSignal.any` holds its sources only weakly. Lost, the deadline left a never-ending Azure
 * operation to the port's own bound — minutes of real time when engine time runs 200× faster.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { attempt, type AttemptContext } from '../../src/core/rollout/attempt.js';
import type { StepCall } from '../../src/core/rollout/types.js';
import { realDeadline, realSleep, systemClock } from '../../src/runtime/time.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** An Azure call that never answers: it ends when its signal aborts, or at the port's own (later) bound. */
const neverAnswers = (call: StepCall, portBoundMs: number) =>
  new Promise<string>((resolve, reject) => {
    const bound = setTimeout(() => resolve('ended by the port bound'), portBoundMs);
    call.signal.addEventListener('abort', () => (clearTimeout(bound), reject(call.signal.reason)), { once: true });
  });

describe('a call bounded by its deadline', () => {
  it('is aborted at the deadline after a garbage collection', async () => {
    const run = new AbortController();
    const c: AttemptContext = {
      clock: systemClock,
      sleep: realSleep,
      signal: run.signal,
      deadline: realDeadline,
      deadlineAt: systemClock.now() + 20,
      budget: 'deploy-timeout',
      baseMs: 5,
    };
    // The port bound's timer is set after the deadline's and is longer: it can only end the call
    // first if the deadline's signal was lost.
    const outcome = attempt(c, 'update scale set web', (call) => neverAnswers(call, 5_000));
    // A turn later the call is in flight (no frame holds the deadline's signal): collect.
    await new Promise((r) => setImmediate(r));
    gc();
    await expect(outcome).rejects.toThrow(/update scale set web did not finish within 'deploy-timeout'/);
  });
});
