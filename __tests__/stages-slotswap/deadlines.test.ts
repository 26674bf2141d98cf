/**
 * slot-swap against 'deploy-timeout' on the emulator, through the real SDK: an Azure call that
 * never ends in any write of the rollout stops at the deadline, the step fails saying which write
 * did not finish, and the target stays consistent (production untouched before the swap; swapped
 * back by the rollback, on its own deadline, after it).
 *
 * The swap is a long-running operation: the `lro-never-ends` fault keeps it InProgress forever.
 * The other writes (config PATCH, applySlotConfig, the record's Tags PATCH) are answered at once
 * by Azure, so `lro-never-ends` has no hold on them: a `latency` fault far past the deadline stands
 * for the answer that never comes. Engine time is real time here: a call's deadline is a real timer.
 */
import { describe, expect, it } from 'vitest';
import { slotSwapStrategy as strategy } from '../../src/core/deploy/slot-swap/strategy.js';
import { RolloutError } from '../../src/core/deploy/rollout-error.js';
import type { FaultRule } from '../../src/emulator/faults.js';
import { useHarness } from '../emulator-deploy/helpers.js';
import { createSite, image, inputs, realTimeContext, requestsOf, served, tagsOf } from './world.js';

const h = useHarness({ timeScale: 600 });

/** Far past the deadline: the emulator answers after the test has ended. */
const NEVER_MS = 120_000;

interface Phase {
  readonly name: string;
  readonly fault: FaultRule;
  readonly extra?: Record<string, string>;
  /** The write named in the message. */
  readonly what: RegExp;
  /** Whether production had been swapped when the write hung. */
  readonly touched: boolean;
}

const phases: Phase[] = [
  {
    name: 'the slot artifact (config PATCH)',
    fault: { kind: 'latency', operation: 'WebApps_UpdateConfigurationSlot', latencyMs: NEVER_MS },
    what: /^update slot staging of web app shop did not finish/,
    touched: false,
  },
  {
    name: "applying production's slot config (swap with preview)",
    fault: { kind: 'latency', operation: 'WebApps_ApplySlotConfigurationSlot', latencyMs: NEVER_MS },
    extra: { 'swap-with-preview': 'true' },
    what: /^update slot staging of web app shop did not finish/,
    touched: false,
  },
  {
    name: 'the swap (WebApps_SwapSlot never ends)',
    fault: { kind: 'lro-never-ends', operation: 'WebApps_SwapSlot', times: 1 },
    what: /^swap web app shop did not finish/,
    touched: true,
  },
  {
    // The first Tags PATCH is the intent; the second, the record of what is live after the swap.
    name: 'the release record (Tags)',
    fault: { kind: 'latency', operation: 'Tags_UpdateAtScope', skip: 1, times: 1, latencyMs: NEVER_MS },
    what: /^tag web app shop did not finish/,
    touched: true,
  },
];

describe("slot-swap: a write that never ends stops at 'deploy-timeout'", () => {
  it.each(phases)('$name', async (phase) => {
    await createSite(h);
    h.emu.control.addFault(phase.fault);
    const ctx = await realTimeContext(h.emu, inputs(h, { 'deploy-timeout': '3s', ...phase.extra }));

    const err = await strategy.deploy(ctx, {}, await strategy.inspect(ctx)).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(RolloutError);
    const failed = err as RolloutError;
    expect(failed.message).toMatch(phase.what);
    expect(failed.message).toMatch(/did not finish within 'deploy-timeout'/);
    expect(failed.details.liveUntouched).toBe(!phase.touched);
    expect(failed.details.plan?.to.containerImage).toBe(image('1.0.0'));
    if (!phase.touched) {
      expect(requestsOf(h.emu, 'WebApps_SwapSlot').all).toEqual([]);
      expect(await served(h)).toBe('1.0.0');
    }

    // What the deploy stage does next, on an executor (and a deadline) of its own: swap back, or
    // confirm the old release and clear the intent from the record.
    const back = await strategy.rollback(ctx, failed.details.plan!);
    expect(back.outputs.imageVersion).toBe('1.0.0');
    expect(await served(h)).toBe('1.0.0');
    const tags = await tagsOf(h);
    expect(tags['immutable-deploy.target-version']).toBeUndefined();
    expect(tags['immutable-deploy.current-version']).toBe('1.0.0');
    expect(tags['immutable-deploy.state']).toBe(phase.touched ? 'rolled-back' : 'live');
    if (phase.touched) expect(tags['immutable-deploy.failed-version']).toBe('2.0.0');
  });
});
