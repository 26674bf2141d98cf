/**
 * A blue-green canary with an open pause, end to end on the emulator through the real SDKs
 * (@azure/arm-compute, arm-network, arm-cdn), emulator time scaled and engine time fast:
 * `10%, pause, 50%, 100%` ends the first invocation 'paused' at 10% on the idle colour (the share
 * counted from the Front Door request log, twice, simulated minutes apart, while it stays paused);
 * a second, separate invocation with `stages: promote` walks on to the load balancer switch;
 * `abort` disables the preview origin instead. A deploy re-run while paused writes nothing; a
 * promote with nothing paused writes nothing; a share set outside the canary is refused.
 */
import { describe, expect, it } from 'vitest';
import { RG } from '../emulator-deploy/helpers.js';
import { EngineError } from '../../src/core/errors.js';
import { portsFor, runStages, writes } from '../stages-slotswap/context.js';
import { lbBody, liveRulePool } from '../stages-bluegreen/world.js';
import { waitForFrontDoor, type FrontDoorWorld } from '../emulator-frontdoor/world.js';
import { canaryInputs, frontDoor, h, loop, originWrites, sampleShare, setup } from './world.js';

const STEPS = '10%, pause, 50%, 100%';

interface World {
  v: Record<string, string>;
  fd: FrontDoorWorld;
}

const invoke = (w: World, stages: string, extra: Record<string, string> = {}) =>
  runStages(h.emu, canaryInputs(w.fd, STEPS, { stages, 'image-id': w.v['2.0.0']!, 'deploy-timeout': '2h', ...extra }));

const tags = () => lbBody().tags ?? {};
const preview = (w: World) => w.fd.cdn.afdOrigins.get(RG, w.fd.profileName, w.fd.originGroupName, 'preview');
const ops = () => writes(h.emu).map((r) => r.operation ?? '');
const planLines = (events: { type: string; message?: string }[]) =>
  events.flatMap((e) => (e.type === 'log' && e.message?.startsWith('plan: ') ? [e.message] : [])).join('\n');

/** The first invocation: it stops at the open pause with 10% on the green colour. */
async function deployUntilPaused(): Promise<World> {
  const v = await setup();
  const fd = await frontDoor();
  const w = { v, fd };
  const { result, host } = await invoke(w, 'deploy');
  expect(result.error).toBeUndefined();
  expect(result.status).toBe('succeeded');
  expect(host.outputs).toMatchObject({
    result: 'paused',
    'canary-weight': '10',
    'canary-step': '2/4: pause',
    'active-slot': 'blue',
  });
  expect(result.stages[0]!.message).toBe(
    "canary of 2.0.0 paused at step 2/4: pause with 10% of production traffic on the green colour (web-green) through Front Door; 1.0.0 serves the rest from the blue colour (web-blue); run the 'promote' stage (immutable-deploy promote) to continue, or 'abort' (immutable-deploy abort) to return all traffic to the stable release",
  );
  expect(tags()).toMatchObject({
    'immutable-deploy.current-version': '1.0.0',
    'immutable-deploy.target-version': '2.0.0',
    'immutable-deploy.state': 'paused',
    'immutable-deploy.canary-step': '2',
    'immutable-deploy.canary-weight': '10',
  });
  expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
  expect(await preview(w)).toMatchObject({ enabledState: 'Enabled', weight: 111 });
  return w;
}

describe('blue-green canary pause → promote / abort', () => {
  it('pauses at 10% (counted), a re-run deploy writes nothing, a separate promote walks on to the switch', async () => {
    const w = await deployUntilPaused();
    // Paused: Front Door keeps sending 10% to green, now and simulated minutes later.
    const first = await sampleShare(w.fd.endpointUrl, w.fd.originGroupId, 'preview');
    h.emu.control.advanceTime(600);
    const later = await sampleShare(w.fd.endpointUrl, w.fd.originGroupId, 'preview');
    for (const s of [first, later]) {
      expect(s.n).toBeGreaterThanOrEqual(100);
      expect(Math.abs(s.share - 10)).toBeLessThanOrEqual(1);
      expect(s.answers.every((a) => a.status === 200)).toBe(true);
      expect(new Set(s.answers.map((a) => a.version))).toEqual(new Set(['1.0.0', '2.0.0']));
    }

    h.emu.control.clearRequests();
    const again = await invoke(w, 'deploy');
    expect(again.result.status).toBe('succeeded');
    expect(again.host.outputs).toMatchObject({ result: 'paused', 'canary-weight': '10', 'canary-step': '2/4: pause' });
    expect(again.result.stages[0]!.message).toMatch(/\(this deploy changed nothing\)$/);
    expect(writes(h.emu)).toEqual([]);

    h.emu.control.clearRequests();
    const promoted = await invoke(w, 'promote');
    expect(promoted.result.error).toBeUndefined();
    expect(promoted.host.outputs).toMatchObject({
      result: 'promoted',
      'canary-weight': '100',
      'canary-step': '4/4: 100%',
      'active-slot': 'green',
      'image-version': '2.0.0',
      'previous-image-version': '1.0.0',
    });
    // The deploy lock's lease first, then 50%, the preview origin off, the switch.
    const changes = ops().filter((o) => /AFD|LoadBalancers_CreateOrUpdate/.test(o));
    expect(changes.slice(0, 4)).toEqual([
      'LoadBalancers_CreateOrUpdate',
      'AFDOrigins_Update',
      'AFDOrigins_Update',
      'LoadBalancers_CreateOrUpdate',
    ]);
    expect(originWrites()).toHaveLength(2);
    expect(await preview(w)).toMatchObject({ enabledState: 'Disabled' });
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-green$/);
    const record = tags();
    expect(record).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.previous-version': '1.0.0',
      'immutable-deploy.state': 'live',
    });
    for (const gone of ['target-version', 'canary-step', 'canary-weight', 'lock'])
      expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
    await waitForFrontDoor(h.emu, w.fd.originGroupId);
    const after = await loop(w.fd.endpointUrl, () => false, 60_000, 20);
    expect(after.every((a) => a.status === 200 && a.version === '2.0.0')).toBe(true);

    // Promoted already (the CI job run again): nothing to write.
    h.emu.control.clearRequests();
    const twice = await invoke(w, 'promote');
    expect(twice.result.status).toBe('succeeded');
    expect(twice.result.stages[0]!.message).toMatch(/^nothing to promote: 2\.0\.0 is already live on the green colour/);
    expect(writes(h.emu)).toEqual([]);
  });

  it('abort from paused: the preview origin disabled, the record says aborted; an abort again writes nothing', async () => {
    const w = await deployUntilPaused();
    h.emu.control.clearRequests();
    const { result, host } = await invoke(w, 'abort');
    expect(result.error).toBeUndefined();
    expect(host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0', 'active-slot': 'blue' });
    expect(result.stages[0]!.message).toBe(
      'canary aborted (was canary of 2.0.0 paused at step 2/4: pause with 10% of production traffic on the green colour (web-green) through Front Door): all production traffic is back on 1.0.0, the blue colour (web-blue)',
    );
    // The lease, ONE origin write, then the record.
    expect(ops().filter((o) => /AFD|LoadBalancers_CreateOrUpdate/.test(o))[0]).toBe('LoadBalancers_CreateOrUpdate');
    expect(originWrites()).toHaveLength(1);
    expect(await preview(w)).toMatchObject({ enabledState: 'Disabled' });
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    const record = tags();
    expect(record).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'aborted',
    });
    for (const gone of ['target-version', 'canary-step', 'canary-weight'])
      expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
    await waitForFrontDoor(h.emu, w.fd.originGroupId);
    const after = await loop(w.fd.endpointUrl, () => false, 60_000, 20);
    expect(after.every((a) => a.status === 200 && a.version === '1.0.0')).toBe(true);

    h.emu.control.clearRequests();
    const again = await invoke(w, 'abort');
    expect(again.result.status).toBe('succeeded');
    expect(again.result.stages[0]!.message).toMatch(/^nothing to abort: .*\(the canary of 2\.0\.0 was aborted\)/);
    expect(writes(h.emu)).toEqual([]);
  });

  it('a rollback while paused returns the share to the stable colour and clears the canary from the record', async () => {
    const w = await deployUntilPaused();
    const { result } = await runStages(h.emu, canaryInputs(w.fd, STEPS, { stages: 'rollback' }));
    expect(result.error).toBeUndefined();
    expect(await preview(w)).toMatchObject({ enabledState: 'Disabled' });
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    const record = tags();
    expect(record).toMatchObject({ 'immutable-deploy.current-version': '1.0.0' });
    expect(record['immutable-deploy.state']).not.toBe('paused');
    for (const gone of ['target-version', 'canary-step', 'canary-weight'])
      expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
  });

  it('clean-up while paused leaves the idle colour that serves the share running, whatever its old scale-down time', async () => {
    const w = await deployUntilPaused();
    // An earlier release retired green with a scale-down time long past.
    await h.compute.virtualMachineScaleSets.beginUpdateAndWait(RG, 'web-green', {
      tags: { 'immutable-deploy.scale-down-after': '2020-01-01T00:00:00.000Z' },
    });
    h.emu.control.clearRequests();
    const { result } = await runStages(
      h.emu,
      canaryInputs(w.fd, STEPS, { stages: 'cleanup', 'gallery-name': 'gal', 'image-definition': 'app' }),
    );
    expect(result.error).toBeUndefined();
    expect(writes(h.emu).filter((r) => /VirtualMachineScaleSets/.test(r.operation ?? ''))).toEqual([]);
    expect((await h.compute.virtualMachineScaleSets.get(RG, 'web-green')).sku?.capacity).toBe(2);
  });

  it('plan mode of promote and of abort lists their writes and makes none', async () => {
    const w = await deployUntilPaused();
    h.emu.control.clearRequests();
    const promote = await invoke(w, 'promote', { 'dry-run': 'true' });
    expect(promote.result.error).toBeUndefined();
    const promoteText = planLines(promote.host.events);
    for (const line of [
      'plan: update Front Door origin fd/og/preview: enabled, weight 111 → enabled, weight 1000 (live 1000): 50% of the traffic;',
      'plan: update Front Door origin fd/og/preview: enabled, weight 1000 → disabled; canary: no traffic to the idle colour (before the load balancer switch)',
      'plan: switch load balancer lb: live rule(s) http → pool web-blue (blue), preview rule preview → pool web-green → live rule(s) http → pool web-green (green)',
      'plan: promote, 5 writes, none made; afterwards: canary promoted: 2.0.0 is live on the green colour (web-green)',
    ])
      expect(promoteText).toContain(line);
    const abort = await invoke(w, 'abort', { 'dry-run': 'true' });
    expect(abort.result.error).toBeUndefined();
    expect(planLines(abort.host.events)).toContain(
      'plan: update Front Door origin fd/og/preview: enabled, weight 111 → disabled; canary: no traffic to the idle colour (abort: all traffic back on the stable colour)',
    );
    expect(writes(h.emu)).toEqual([]);
    expect(tags()['immutable-deploy.state']).toBe('paused');
  });

  it('promote with nothing paused: one input error, no write', async () => {
    const w = { v: await setup(), fd: await frontDoor() };
    h.emu.control.clearRequests();
    const { result } = await invoke(w, 'promote');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^nothing to promote: no canary is paused on the green colour \(web-green\) through Front Door \(its release record says state '.*'/,
    );
    expect(writes(h.emu)).toEqual([]);
  });

  it('while paused, a deploy of another release and a promote after the idle colour changed are refused, no write', async () => {
    const w = await deployUntilPaused();
    h.emu.control.clearRequests();
    const other = await invoke(w, 'deploy', { 'image-id': w.v['3.0.0']! });
    expect(other.result.status).toBe('failed');
    expect(other.result.error?.message).toMatch(
      /^the canary of 2\.0\.0 paused at step 2\/4: pause .*; run the 'promote' stage .*, before deploying 3\.0\.0$/,
    );
    expect(writes(h.emu)).toEqual([]);
    // Someone scaled the idle colour in: the paused release no longer serves its share.
    await h.compute.virtualMachineScaleSets.beginUpdateAndWait(RG, 'web-green', { sku: { capacity: 0 } });
    h.emu.control.clearRequests();
    const { result } = await invoke(w, 'promote');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /, but the green colour \(web-green\) now runs 2\.0\.0 on 0 instance\(s\); run 'abort', then deploy again$/,
    );
    expect(writes(h.emu)).toEqual([]);
    expect(tags()['immutable-deploy.state']).toBe('paused');
  });

  it('a promote that fails after the switch is rolled back like a failed deploy: the stable colour live again', async () => {
    const w = await deployUntilPaused();
    // The record's write after the switch fails for good, once (a port decorator: the real SDKs otherwise).
    const real = await portsFor(h.emu);
    let failOnce = true;
    const tagsPort = {
      ...real.tags,
      merge: async (id: string, t: Readonly<Record<string, string>>, o: Parameters<typeof real.tags.merge>[2]) => {
        if (failOnce && t['immutable-deploy.state'] === 'live') {
          failOnce = false;
          throw new EngineError('terminal', 'the record write was refused');
        }
        return real.tags.merge(id, t, o);
      },
    };
    const first = await runStages(
      h.emu,
      canaryInputs(w.fd, STEPS, { stages: 'promote', 'image-id': w.v['2.0.0']!, 'deploy-timeout': '2h' }),
      { ports: { ...real, tags: tagsPort } },
    );
    expect(first.result.status).toBe('failed');
    expect(first.result.error?.message).toMatch(/the record write was refused.*; rolled back: /);
    expect(first.host.outputs).toMatchObject({ 'rolled-back': 'true' });
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    const record = tags();
    expect(record).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
    });
    for (const gone of ['canary-step', 'canary-weight']) expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
    // Nothing is paused any more: a promote now refuses, writing nothing.
    const again = await invoke(w, 'promote');
    expect(again.result.status).toBe('failed');
  });

  it('promote refuses a share set outside the canary since the pause, before any write', async () => {
    const w = await deployUntilPaused();
    await w.fd.cdn.afdOrigins.beginUpdateAndWait(RG, w.fd.profileName, w.fd.originGroupName, 'preview', {
      weight: 500,
    });
    h.emu.control.clearRequests();
    const { result } = await invoke(w, 'promote');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toContain(
      'but in origin group og origin preview is enabled, weight 500 (33.3% of the traffic), not enabled, weight 111 (10%) or enabled, weight 1000 (50%) or disabled (0%): a share was set outside the canary since',
    );
    expect(writes(h.emu)).toEqual([]);
    expect(tags()['immutable-deploy.state']).toBe('paused');
  });
});
