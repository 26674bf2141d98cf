/**
 * slot-swap reverts on the emulator, through the real SDK: a rollback runs on an executor of its
 * own and retries every write, so a burst of 5 failures on one write (more than the SDK's own
 * retries: 1 + 4 requests) never leaves production on the failed release.
 */
import { describe, expect, it } from 'vitest';
import { slotSwapStrategy as strategy } from '../../src/core/deploy/slot-swap/strategy.js';
import type { FaultKind } from '../../src/emulator/faults.js';
import { useHarness } from '../emulator-deploy/helpers.js';
import { contextFor, runStages } from './context.js';
import { createSite, image, inputs, requestsOf, served, tagsOf, useVersionGate } from './world.js';

const h = useHarness({ timeScale: 600 });
const gate = useVersionGate(h, '2.0.0');

const burst = (kind: FaultKind, operation: string, skip = 0) => ({
  kind,
  operation,
  skip,
  times: 5,
  retryAfterSeconds: 0,
});

describe('slot-swap: the swap back after a failed live check survives a burst of failures', () => {
  it.each<FaultKind>(['unavailable', 'throttle'])(
    '5 × %s on the swap back: production ends on the old artifact',
    async (kind) => {
      await createSite(h);
      // The live check fails while production serves 2.0.0, and passes once 1.0.0 is back.
      const liveUrl = await gate.start();
      // The deploy's swap goes through; the swap back meets the burst.
      h.emu.control.addFault(burst(kind, 'WebApps_SwapSlot', 1));

      const { result, host } = await runStages(h.emu, inputs(h, { 'live-url': liveUrl, 'deploy-timeout': '10m' }));

      expect(result.status).toBe('failed');
      const message = result.stages.find((s) => s.name === 'deploy')?.message;
      expect(message).toMatch(/production did not pass after the swap to registry\.example\/shop:2\.0\.0/);
      expect(message).toMatch(/rolled back: registry\.example\/shop:1\.0\.0 is live again on web app shop$/);
      expect(host.outputs['rolled-back']).toBe('true');
      const swaps = requestsOf(h.emu, 'WebApps_SwapSlot');
      expect(swaps.faulted).toHaveLength(5);
      expect(swaps.ok).toHaveLength(2);
      // More failures than the SDK's own retries: the rollback's executor tried the write again.
      expect(host.logs().some((l) => /^swap web app shop: .*HTTP (503|429).*trying again/.test(l))).toBe(true);
      expect(await served(h)).toBe('1.0.0');
      expect(await served(h, 'staging')).toBe('2.0.0');
      const tags = await tagsOf(h);
      expect(tags).toMatchObject({
        'immutable-deploy.current-version': '1.0.0',
        'immutable-deploy.state': 'rolled-back',
        'immutable-deploy.failed-version': '2.0.0',
      });
      expect(tags['immutable-deploy.target-version']).toBeUndefined();
    },
  );
});

describe('slot-swap: a rollback through the slot survives a burst of failures on each of its writes', () => {
  const phases = [
    ['the slot artifact (config PATCH)', 'WebApps_UpdateConfigurationSlot'],
    ["production's slot config (swap with preview)", 'WebApps_ApplySlotConfigurationSlot'],
    ['the swap', 'WebApps_SwapSlot'],
    ['the release record (Tags)', 'Tags_UpdateAtScope'],
  ] as const;

  it.each(phases)('%s: 5 × 503', async (_name, operation) => {
    await createSite(h);
    const { ctx, host } = await contextFor(h.emu, inputs(h, { 'swap-with-preview': 'true', 'deploy-timeout': '10m' }));
    await strategy.deploy(ctx, { containerImage: image('2.0.0') }, await strategy.inspect(ctx));
    await strategy.deploy(ctx, { containerImage: image('3.0.0') }, await strategy.inspect(ctx));
    // 1.0.0 is no longer in the slot (2.0.0 is): the rollback goes through the slot.
    const plan = await strategy.planRollback(ctx, await strategy.inspect(ctx), '1.0.0');
    h.emu.control.clearRequests();
    h.emu.control.addFault(burst('unavailable', operation));

    const back = await strategy.rollback(ctx, plan);

    expect(back.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0', previousImageVersion: '3.0.0' });
    expect(requestsOf(h.emu, operation).faulted).toHaveLength(5);
    expect(requestsOf(h.emu, operation).ok.length).toBeGreaterThan(0);
    expect(host.logs().some((l) => /HTTP 503.*trying again in .* \(attempt 2\)/.test(l))).toBe(true);
    expect(await served(h)).toBe('1.0.0');
    const tags = await tagsOf(h);
    expect(tags).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.state': 'rolled-back',
      'immutable-deploy.failed-version': '3.0.0',
    });
    expect(tags['immutable-deploy.target-version']).toBeUndefined();
  });
});
