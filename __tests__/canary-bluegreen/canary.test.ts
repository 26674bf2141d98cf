/**
 * A blue-green canary end to end on the emulator, through the real @azure/arm-compute,
 * arm-network and arm-cdn SDKs: the new release goes to the idle colour, then Front Door's origin
 * weights move production traffic to it step by step; at 100% the load balancer switches. A
 * request loop through the Front Door endpoint runs all along and must see no failure. After each
 * weight write (once Front Door has propagated it) 100 more requests are sent while the engine
 * waits, and the share of every request Front Door answered meanwhile that went to the preview
 * origin is counted (the emulator splits by smooth weighted round-robin: exact over a contiguous
 * run; tolerance ±1 percentage point). Counting by requests, not by time: no machine-speed bound.
 */
import { describe, expect, it } from 'vitest';
import { prepareStep } from '../../src/adapters/shared/prepare.js';
import { RG } from '../emulator-deploy/helpers.js';
import { runStages, writes } from '../stages-slotswap/context.js';
import { lbBody, liveRulePool, preview } from '../stages-bluegreen/world.js';
import { waitForFrontDoor } from '../emulator-frontdoor/world.js';
import {
  canaryInputs,
  frontDoor,
  h,
  loop,
  originWrites,
  recordingPorts,
  sampleShare,
  setup,
  type OriginWrite,
} from './world.js';

describe('blue-green canary through Front Door origin weights', () => {
  it('walks 10%, 50%, 100%: no failed request, each share as set, one origin write per step', async () => {
    const v = await setup();
    const fd = await frontDoor();
    const log: OriginWrite[] = [];
    // After each weight write, once Front Door has propagated it, 100 requests count the share.
    const shares: { weight?: number; share: number; n: number; versions: string[] }[] = [];
    const ports = await recordingPorts(log, async (w) => {
      if (w.origin !== 'preview' || !w.enabled) return;
      const s = await sampleShare(fd.endpointUrl, fd.originGroupId, 'preview');
      shares.push({
        weight: w.weight,
        share: s.share,
        n: s.n,
        versions: [...new Set(s.answers.map((a) => a.version ?? ''))],
      });
    });
    let done = false;
    const traffic = loop(fd.endpointUrl, () => done);
    const { result, host } = await runStages(
      h.emu,
      canaryInputs(fd, '10%, pause 2m, analysis, 50%, pause 2m, 100%', {
        'image-id': v['2.0.0']!,
        'deploy-timeout': '2h',
      }),
      { ports },
    ).finally(() => (done = true));
    const answers = await traffic;
    expect(result.error).toBeUndefined();
    expect(host.outputs).toMatchObject({
      result: 'promoted',
      'canary-weight': '100',
      'canary-step': '6/6: 100%',
      'active-slot': 'green',
      'image-version': '2.0.0',
    });
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    // Writes: the live origin's base weight, 10%, 50%, the preview origin disabled before the switch.
    expect(log.map((w) => `${w.origin}:${w.enabled ? w.weight : 'off'}`)).toEqual([
      'live:1000',
      'preview:111',
      'preview:1000',
      'preview:off',
    ]);
    expect(originWrites()).toHaveLength(4);
    // Each share within ±1 percentage point over at least 100 requests; both releases answer.
    expect(shares.map((s) => s.weight)).toEqual([111, 1000]);
    expect(shares.every((s) => s.n >= 100)).toBe(true);
    expect(Math.abs(shares[0]!.share - 10)).toBeLessThanOrEqual(1);
    expect(Math.abs(shares[1]!.share - 50)).toBeLessThanOrEqual(1);
    // Between them, the two loops (which share Front Door's round-robin) got answers from both releases.
    const during = [
      ...shares.flatMap((s) => s.versions),
      ...answers.filter((a) => a.at > log[1]!.endedAt && a.at < log[3]!.startedAt).map((a) => a.version),
    ];
    expect(new Set(during)).toEqual(new Set(['1.0.0', '2.0.0']));
    // Before the first weight: all on 1.0.0; after the switch: all on 2.0.0.
    expect(answers.filter((a) => a.at < log[1]!.startedAt).every((a) => a.version === '1.0.0')).toBe(true);
    await waitForFrontDoor(h.emu, fd.originGroupId);
    const after = await loop(fd.endpointUrl, () => false, 60_000, 20);
    expect(after.every((a) => a.status === 200 && a.version === '2.0.0')).toBe(true);
  });

  it('a release that answers errors under traffic is aborted at its first analysis step: all traffic back on blue', async () => {
    const v = await setup();
    const fd = await frontDoor();
    const log: OriginWrite[] = [];
    // Bad only under traffic: once Front Door sends it a share, 2.0.0 answers every request but its health pages with 500.
    const ports = await recordingPorts(log, (w) => {
      if (w.origin === 'preview' && w.enabled) h.emu.control.health.erroringImage('/versions/2.0.0', { rate: 1 });
    });
    const { result, host } = await runStages(
      h.emu,
      canaryInputs(fd, '10%, analysis, 50%, 100%', { 'image-id': v['2.0.0']!, 'preview-url': `${preview()}/` }),
      { ports },
    );
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /canary step 2\/4: analysis failed: the green colour did not answer on its preview: .*; aborted: all traffic is back on the stable release \(was 10% on the green colour \(web-green\) through origin preview\)/,
    );
    expect(host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0', 'canary-step': '2/4: analysis' });
    expect(log.map((w) => `${w.origin}:${w.enabled ? w.weight : 'off'}`)).toEqual([
      'live:1000',
      'preview:111',
      'preview:off',
    ]);
    const origin = await fd.cdn.afdOrigins.get(RG, fd.profileName, fd.originGroupName, 'preview');
    expect(origin.enabledState).toBe('Disabled');
    // The load balancer never switched; the record says 1.0.0 is live and 2.0.0 failed.
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    expect(lbBody().tags).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'aborted',
    });
    await waitForFrontDoor(h.emu, fd.originGroupId);
    const after = await loop(fd.endpointUrl, () => false, 60_000, 20);
    expect(after.every((a) => a.status === 200 && a.version === '1.0.0')).toBe(true);
  });

  it('an origin group without an origin on the preview rule: an input error naming what it holds, no write', async () => {
    const v = await setup();
    const fd = await frontDoor();
    await fd.cdn.afdOrigins.beginUpdateAndWait(RG, fd.profileName, fd.originGroupName, 'preview', { httpPort: 8082 });
    h.emu.control.clearRequests();
    const { result } = await runStages(h.emu, canaryInputs(fd, '10%, 100%', { 'image-id': v['2.0.0']! }));
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /input 'front-door-origin-group': origin group 'og' has no origin on the preview rule \(it holds live \(203\.0\.113\.80:80, enabled, weight 500, priority 1\), preview \(203\.0\.113\.80:8082, disabled, weight 1, priority 1\)\); expected two origins: one on load balancer 'lb''s live rule \(203\.0\.113\.80:80\) and one on its preview rule preview \(203\.0\.113\.80:8081\)/,
    );
    // Only the deploy lock's lease was written (and released): nothing of the release.
    expect(writes(h.emu).filter((r) => !/LoadBalancers_CreateOrUpdate|Tags_/.test(r.operation ?? ''))).toEqual([]);
    expect(writes(h.emu).filter((r) => /AFD|VirtualMachineScaleSets/.test(r.operation ?? ''))).toEqual([]);
  });

  it('plan mode lists every step: the origin writes, the switch, the checks; nothing written', async () => {
    const v = await setup();
    const fd = await frontDoor();
    h.emu.control.clearRequests();
    const { result, host } = await runStages(
      h.emu,
      canaryInputs(fd, '10%, pause 2m, analysis, 50%, 100%', { 'image-id': v['2.0.0']!, 'dry-run': 'true' }),
    );
    expect(result.error).toBeUndefined();
    expect(writes(h.emu)).toEqual([]);
    const text = host.events
      .flatMap((e) => (e.type === 'log' && e.message.startsWith('plan: ') ? [e.message] : []))
      .join('\n');
    const planned = [
      'plan: update Front Door origin fd/og/live: weight 500, enabled → weight 1000, enabled;',
      'plan: update Front Door origin fd/og/preview: disabled → enabled, weight 111 (live 1000): 10% of the traffic;',
      'plan: canary 2/5: pause 2m: 10% on the green colour (web-green) through origin preview',
      'plan: would check: canary step 3/5: analysis at 10%: the green colour answers',
      'plan: update Front Door origin fd/og/preview: enabled, weight 111 → enabled, weight 1000 (live 1000): 50% of the traffic;',
      'plan: update Front Door origin fd/og/preview: enabled, weight 1000 → disabled; canary: no traffic to the idle colour (before the load balancer switch)',
      'plan: switch load balancer lb: live rule(s) http → pool web-blue (blue)',
    ];
    for (const line of planned) expect(text).toContain(line);
    expect(host.outputs).toMatchObject({ result: 'planned' });
  });

  it('the wrong strategy for front-door-origin-group fails the step before any call to Azure', async () => {
    const v = await setup();
    const fd = await frontDoor();
    h.emu.control.clearRequests();
    const values: Record<string, string> = {
      ...canaryInputs(fd, '10%, 100%', { 'image-id': v['2.0.0']! }),
      strategy: 'rolling',
      'canary-steps': '',
      cloud: 'Custom',
      'arm-endpoint': h.emu.endpoint,
      'ca-file': h.emu.caFile,
    };
    const step = () =>
      prepareStep({
        adapter: 'cli',
        read: (n) => values[n],
        namer: (n) => `--${n}`,
        host: { setSecret: () => undefined },
      });
    expect(step).toThrow(
      "input '--front-door-origin-group': is not used with strategy 'rolling'; expected strategy 'blue-green' with 'canary-steps'",
    );
    expect(h.emu.requests).toEqual([]);
  });

  it('the rollback stage disables a preview origin an earlier canary left enabled, first', async () => {
    const v = await setup();
    const fd = await frontDoor();
    // A canary stopped part-way: green runs 2.0.0 and takes a share through the preview origin.
    const log: OriginWrite[] = [];
    const first = await runStages(
      h.emu,
      canaryInputs(fd, '10%, pause 2m, 100%', { 'image-id': v['2.0.0']!, 'deploy-timeout': '30m' }),
      { ports: await recordingPorts(log) },
    );
    expect(first.result.status).toBe('succeeded');
    await fd.cdn.afdOrigins.beginUpdateAndWait(RG, fd.profileName, fd.originGroupName, 'preview', {
      enabledState: 'Enabled',
      weight: 111,
    });
    h.emu.control.clearRequests();
    const { result, host } = await runStages(
      h.emu,
      canaryInputs(fd, '10%, pause 2m, 100%', { stages: 'rollback', 'to-version': '1.0.0' }),
    );
    expect(result.error).toBeUndefined();
    expect(host.outputs).toMatchObject({ 'rolled-back': 'true', 'active-slot': 'blue' });
    const ops = writes(h.emu)
      .map((r) => r.operation)
      .filter((o) => /AFD|LoadBalancers_CreateOrUpdate/.test(o ?? ''));
    // Lease, the preview origin disabled, the switch back (the lease's release is a tag write).
    expect(ops.slice(0, 3)).toEqual([
      'LoadBalancers_CreateOrUpdate',
      'AFDOrigins_Update',
      'LoadBalancers_CreateOrUpdate',
    ]);
    const origin = await fd.cdn.afdOrigins.get(RG, fd.profileName, fd.originGroupName, 'preview');
    expect(origin.enabledState).toBe('Disabled');
  });
});
