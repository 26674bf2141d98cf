/**
 * The blue-green engine on a load balancer whose rule changes propagate (sim/lb-traffic.ts): the
 * live check after the switch does not pass while the old colour still answers, so the deploy ends
 * with production on the new version — and traffic never fails during the switch.
 */
import { describe, expect, it } from 'vitest';
import { requestLoop } from './helpers.js';
import { runStages } from '../stages-slotswap/context.js';
import { h, inputs, live, setup } from '../stages-bluegreen/world.js';

async function served(): Promise<string[]> {
  const r = await requestLoop(live(), () => false, { maxRequests: 8, maxMs: 5000 });
  expect(r.failures).toEqual([]);
  return [...r.versions.keys()];
}

describe('blue-green on a load balancer whose changes propagate', () => {
  it('the live check waits for the switch to take effect: zero failed requests, only the new version after', async () => {
    const v = await setup();
    // 120 simulated seconds (200 ms at 600×) from the switch write to new flows reaching green.
    h.emu.control.setLoadBalancerTimings({ propagationSeconds: 120 });
    let done = false;
    const loop = requestLoop(live(), () => done, { maxRequests: 20_000, maxMs: 25_000 });
    const { result } = await runStages(
      h.emu,
      inputs({ stages: 'deploy', 'image-id': v['2.0.0']!, 'probe-timeout': '5m' }),
    ).finally(() => (done = true));
    const traffic = await loop;
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(traffic.failures).toEqual([]);
    expect(traffic.versions.get('1.0.0')).toBeGreaterThan(0);
    // The deploy said "live" only once green took the flows: nothing answers from blue any more.
    expect(await served()).toEqual(['2.0.0']);
    const deploy = result.stages.find((s) => s.name === 'deploy')!;
    expect(deploy.items.find((i) => i.label === 'green colour takes the live flows')).toMatchObject({ ok: true });
  });

  it('a switch that does not take effect within probe-timeout fails the live check and is switched back', async () => {
    const v = await setup();
    h.emu.control.setLoadBalancerTimings({ propagationSeconds: 3600 });
    const { result, host } = await runStages(h.emu, inputs({ stages: 'deploy', 'image-id': v['2.0.0']! }));
    expect(result.status).toBe('failed');
    expect(result.stages.find((s) => s.name === 'deploy')?.message).toMatch(
      /production did not move to the green colour \(2\.0\.0\) after the switch: 1\.0\.0 still answered/,
    );
    expect(host.outputs['rolled-back']).toBe('true');
    // Blue never stopped answering.
    expect(await served()).toEqual(['1.0.0']);
  });
});
