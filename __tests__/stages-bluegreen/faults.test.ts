/**
 * blue-green under faults, through the real stages and SDKs on the emulator: a write whose
 * operation never ends stops at 'deploy-timeout' with production consistent, and a revert (the
 * switch back) rides out a burst of failures within its own deadline.
 */
import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/emulator/faults.js';
import { requestLoop } from '../emulator-deploy/helpers.js';
import { runStages } from '../stages-slotswap/context.js';
import { h, inputs, lbBody, lbWrites, live, liveRulePool, lockTag, setup } from './world.js';

async function served(): Promise<string[]> {
  const r = await requestLoop(live(), () => false, { maxRequests: 8, maxMs: 5000 });
  expect(r.failures).toEqual([]);
  return [...r.versions.keys()];
}

const provisioning = () => (lbBody() as { properties: { provisioningState?: string } }).properties.provisioningState;

describe('blue-green: a write whose operation never ends stops at its deadline', () => {
  const cells: { phase: string; fault: Omit<FaultRule, 'kind'>; live: string }[] = [
    {
      phase: 'creating the idle colour',
      fault: { operation: 'VirtualMachineScaleSets_CreateOrUpdate' },
      live: '1.0.0',
    },
    // The deploy lock's lease is the first load balancer write; the switch is the second.
    { phase: 'the switch', fault: { operation: 'LoadBalancers_CreateOrUpdate', skip: 1, times: 1 }, live: '1.0.0' },
  ];
  for (const cell of cells) {
    it(`${cell.phase}: the step fails naming 'deploy-timeout'; live traffic is on ${cell.live}; the lock is released`, async () => {
      const v = await setup();
      h.emu.control.addFault({ kind: 'lro-never-ends', ...cell.fault });
      const { result } = await runStages(
        h.emu,
        inputs({ stages: 'deploy', 'image-id': v['2.0.0']!, 'deploy-timeout': '2m' }),
      );
      expect(result.status).toBe('failed');
      expect(result.error!.message).toMatch(/did not finish within 'deploy-timeout'/);
      h.emu.control.clearFaults();
      expect(await served()).toEqual([cell.live]);
      expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
      expect(lockTag()).toBeUndefined();
    });
  }
});

describe('blue-green: a revert survives a burst of failures', () => {
  for (const kind of ['unavailable', 'throttle', 'server-error'] as const) {
    it(`the switch back after a failed live check gets ${kind} ×5 and still lands: 1.0.0 is live`, async () => {
      const v = await setup();
      // lease, switch, then the switch back: the burst hits the revert.
      h.emu.control.addFault({
        kind,
        operation: 'LoadBalancers_CreateOrUpdate',
        skip: 2,
        times: 5,
        retryAfterSeconds: 0,
      });
      const { result, host } = await runStages(
        h.emu,
        inputs({
          stages: 'deploy',
          'image-id': v['2.0.0']!,
          'live-url': 'http://127.0.0.1:9/down',
          'probe-failure-limit': '1',
        }),
      );
      expect(result.status).toBe('failed');
      expect(result.error!.message).toMatch(
        /production did not pass on the green colour[\s\S]*rolled back: 1\.0\.0 is live again on the blue colour/,
      );
      expect(host.outputs).toMatchObject({ 'rolled-back': 'true' });
      expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
      expect(provisioning()).not.toMatch(/failed/i);
      expect(await served()).toEqual(['1.0.0']);
      // lease + switch + 5 refused + the switch back that landed
      expect(lbWrites().filter((r) => r.status < 300)).toHaveLength(3);
    });
  }
});
