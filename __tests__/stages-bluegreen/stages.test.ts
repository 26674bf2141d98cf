/**
 * blue-green through the real stages (runEngine: deploy, verify, rollback) on the emulator, with
 * the real SDKs and loopback traffic through the load balancer.
 */
import { describe, expect, it } from 'vitest';
import { requestLoop } from '../emulator-deploy/helpers.js';
import { runStages } from '../stages-slotswap/context.js';
import { h, inputs, lbWrites, live, liveRulePool, lockTag, preview, setup } from './world.js';

async function served(url: string): Promise<string[]> {
  const r = await requestLoop(url, () => false, { maxRequests: 8, maxMs: 5000 });
  expect(r.failures).toEqual([]);
  return [...r.versions.keys()];
}

describe('blue-green through the stages', () => {
  it('deploy + verify: zero failed requests on the live endpoint, outputs active-slot / previous-slot / preview-url', async () => {
    const v = await setup();
    let done = false;
    const loop = requestLoop(live(), () => done, { maxRequests: 20_000, maxMs: 25_000 });
    const { result, host } = await runStages(
      h.emu,
      inputs({ stages: 'deploy,verify', 'image-id': v['2.0.0']! }),
    ).finally(() => (done = true));
    const traffic = await loop;
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(traffic.failures).toEqual([]);
    expect(traffic.ok).toBeGreaterThan(0);
    expect(await served(live())).toEqual(['2.0.0']);
    // Two load balancer writes: the deploy lock's lease (an If-Match PUT of its tags) and the one switch.
    expect(lbWrites()).toHaveLength(2);
    expect(lockTag()).toBeUndefined(); // released at the end of the run
    expect(host.outputs).toMatchObject({
      'active-slot': 'green',
      'previous-slot': 'blue',
      'preview-url': `${preview()}/healthz`,
      'image-version': '2.0.0',
      'previous-image-version': '1.0.0',
      'verify-result': 'passed',
    });
  });

  it('instances that turn unhealthy: the deploy fails, live traffic stays on the old version', async () => {
    const v = await setup();
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const { result, host } = await runStages(h.emu, inputs({ stages: 'deploy,verify', 'image-id': v['2.0.0']! }));
    expect(result.status).toBe('failed');
    // Live traffic never moved: nothing was rolled back, and the message says so.
    expect(result.stages.find((s) => s.name === 'deploy')?.message).toMatch(
      /did not become healthy on 2\.0\.0[\s\S]*production never took the new version: 1\.0\.0 is still live/,
    );
    expect(host.outputs['rolled-back']).toBe('false');
    expect(lbWrites()).toHaveLength(1); // the lease only: no switch
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    expect(await served(live())).toEqual(['1.0.0']);
  });

  it('a failed verify after the switch rolls back automatically: one write back, the old version live', async () => {
    const v = await setup();
    const { result, host } = await runStages(
      h.emu,
      inputs({
        stages: 'deploy,verify',
        'image-id': v['2.0.0']!,
        'probe-urls': 'http://127.0.0.1:9/down',
        'probe-failure-limit': '1',
      }),
    );
    expect(result.status).toBe('failed');
    expect(result.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'deploy:succeeded',
      'verify:failed',
      'rollback:succeeded',
    ]);
    expect(host.outputs).toMatchObject({ 'rolled-back': 'true', 'active-slot': 'blue' });
    expect(lbWrites()).toHaveLength(3); // lease, switch, switch back
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    expect(await served(live())).toEqual(['1.0.0']);
  });

  it('standalone rollback: to-version returns to an older version; by default to the recorded previous one', async () => {
    const v = await setup();
    expect((await runStages(h.emu, inputs({ stages: 'deploy', 'image-id': v['2.0.0']! }))).result.status).toBe(
      'succeeded',
    );
    expect((await runStages(h.emu, inputs({ stages: 'deploy', 'image-id': v['3.0.0']! }))).result.status).toBe(
      'succeeded',
    );
    expect(await served(live())).toEqual(['3.0.0']);
    const back = await runStages(h.emu, inputs({ stages: 'rollback' }));
    expect(back.result.error).toBeUndefined();
    expect(await served(live())).toEqual(['2.0.0']);
    const older = await runStages(h.emu, inputs({ stages: 'rollback', 'to-version': '1.0.0' }));
    expect(older.result.error).toBeUndefined();
    expect(older.host.outputs).toMatchObject({ 'rolled-back': 'true', 'image-version': '1.0.0' });
    expect(await served(live())).toEqual(['1.0.0']);
  });

  it('cancelled mid-rollout: live untouched; a re-run completes', async () => {
    const v = await setup();
    const { RecordingHost } = await import('../core/fakes.js');
    const host = new RecordingHost();
    const run = runStages(h.emu, inputs({ stages: 'deploy', 'image-id': v['2.0.0']! }), { host });
    for (
      let i = 0;
      i < 5000 &&
      !h.emu.requests.some((r) => r.operation === 'VirtualMachineScaleSetVMs_List' && r.path.includes('web-green'));
      i++
    )
      await new Promise((r) => setTimeout(r, 2));
    host.abort();
    const { result } = await run;
    expect(result.status).toBe('cancelled');
    expect(await served(live())).toEqual(['1.0.0']);
    const again = await runStages(h.emu, inputs({ stages: 'deploy', 'image-id': v['2.0.0']! }));
    expect(again.result.error).toBeUndefined();
    expect(await served(live())).toEqual(['2.0.0']);
  });
});
