/**
 * A slot-swap canary with an open pause, end to end on the emulator through the real SDKs, engine
 * time on the emulator's clock: `10%, pause, 50%, 100%` ends the first invocation 'paused' at 10%
 * (the share counted from the emulator's request telemetry while it stays paused), a second,
 * separate invocation with `stages: promote` walks on to the swap; `abort` returns the traffic
 * instead. A deploy re-run while paused moves nothing; a promote with nothing paused writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { RG, useHarness } from '../emulator-deploy/helpers.js';
import { writes } from '../stages-slotswap/context.js';
import { shopSite } from '../analysis/shop-site.js';
import { runOnEmulator, warmUpLogs } from '../analysis/emulator-time.js';

const SCALE = 600;
const h = useHarness({ timeScale: SCALE });
const shop = shopSite(h);
const STEPS = '10%, pause, 50%, 100%';

/** The site; `load` requests a simulated second on production (for the tests that count shares). */
async function setup(load = 10): Promise<void> {
  await shop.create();
  h.emu.control.monitor.createComponent(RG, 'shop-ai');
  if (load > 0) h.emu.control.monitor.setLoad({ site: 'shop' }, load);
  await warmUpLogs(h.emu, shop.aiId());
  h.emu.control.clearRequests();
}

const invoke = (stages: string, extra: Record<string, string> = {}) =>
  runOnEmulator(h.emu, SCALE, { stages, ...shop.inputs(), 'canary-steps': STEPS, ...extra });

const tags = async () => (await h.web.webApps.get(RG, 'shop')).tags ?? {};
const rules = async () => (await h.web.webApps.getConfiguration(RG, 'shop')).experiments?.rampUpRules ?? [];
const weightWrites = () => writes(h.emu).filter((r) => r.operation === 'WebApps_UpdateConfiguration');

/** The share (%) of requests answered by 2.0.0 in each whole simulated minute since `from`. */
function shares(from: number): { total: number; failed: number; share: number }[] {
  const byMinute = new Map<number, { total: number; failed: number; mine: number }>();
  for (const r of h.emu.control.monitor.requests(undefined, from)) {
    const m = Math.floor(r.timeMs / 60_000);
    const b = byMinute.get(m) ?? { total: 0, failed: 0, mine: 0 };
    b.total++;
    if (r.status >= 500) b.failed++;
    if (r.version === '2.0.0') b.mine++;
    byMinute.set(m, b);
  }
  return [...byMinute.values()].map((b) => ({ total: b.total, failed: b.failed, share: (100 * b.mine) / b.total }));
}

/** The first invocation: it stops at the open pause with 10% on the slot. */
async function deployUntilPaused(): Promise<void> {
  const { result, host } = await invoke('deploy');
  expect(result.error).toBeUndefined();
  expect(result.status).toBe('succeeded');
  expect(host.outputs).toMatchObject({
    result: 'paused',
    'canary-weight': '10',
    'canary-step': '2/4: pause',
    swapped: 'false',
  });
  expect(result.stages[0]!.message).toBe(
    "canary of 2.0.0 paused at step 2/4: pause with 10% of production traffic on slot staging of web app shop; registry.example/shop:1.0.0 serves the rest from web app shop; run the 'promote' stage (immutable-deploy promote) to continue, or 'abort' (immutable-deploy abort) to return all traffic to the stable release",
  );
  expect(await tags()).toMatchObject({
    'immutable-deploy.current-version': '1.0.0',
    'immutable-deploy.target-version': '2.0.0',
    'immutable-deploy.state': 'paused',
    'immutable-deploy.canary-step': '2',
    'immutable-deploy.canary-weight': '10',
  });
  expect(weightWrites()).toHaveLength(1);
}

describe('canary pause → promote / abort (slot swap)', () => {
  it('pauses at 10% (counted), a re-run deploy moves nothing, a separate promote walks on to the swap', async () => {
    await setup();
    await deployUntilPaused();
    // Paused: production keeps sending 10% to the slot, minute after minute.
    const from = h.emu.control.now().getTime();
    h.emu.control.advanceTime(240);
    const paused = shares(from).filter((m) => m.total === 600);
    expect(paused.length).toBeGreaterThanOrEqual(3);
    expect(paused.every((m) => m.failed === 0 && Math.abs(m.share - 10) <= 1)).toBe(true);

    h.emu.control.clearRequests();
    const again = await invoke('deploy');
    expect(again.result.status).toBe('succeeded');
    expect(again.host.outputs).toMatchObject({ result: 'paused', 'canary-weight': '10', 'canary-step': '2/4: pause' });
    expect(again.result.stages[0]!.message).toMatch(/\(this deploy changed nothing\)$/);
    expect(writes(h.emu)).toEqual([]);

    // The share is counted; the promote needs no load (the walk's shares: e2e-slot-swap.test.ts).
    h.emu.control.monitor.stopLoad();
    h.emu.control.clearRequests();
    const promoted = await invoke('promote');
    expect(promoted.result.error).toBeUndefined();
    expect(promoted.host.outputs).toMatchObject({
      result: 'promoted',
      'canary-weight': '100',
      'canary-step': '4/4: 100%',
      swapped: 'true',
      'image-version': '2.0.0',
      'previous-image-version': '1.0.0',
    });
    // 50%, then 0% before the swap: two weight writes, one swap.
    expect(weightWrites()).toHaveLength(2);
    expect(writes(h.emu).filter((r) => /Swap/.test(r.operation ?? ''))).toHaveLength(1);
    expect(await shop.serving()).toBe('2.0.0');
    expect(await rules()).toEqual([]);
    const record = await tags();
    expect(record).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.previous-version': '1.0.0',
      'immutable-deploy.state': 'live',
    });
    for (const gone of ['target-version', 'canary-step', 'canary-weight'])
      expect(record[`immutable-deploy.${gone}`]).toBeUndefined();
  });

  it('abort from paused: all traffic back on production, the record says aborted, nothing swapped', async () => {
    await setup();
    await deployUntilPaused();
    h.emu.control.clearRequests();
    const { result, host } = await invoke('abort');
    expect(result.error).toBeUndefined();
    expect(host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0', 'canary-step': '2/4: pause' });
    expect(result.stages[0]!.message).toMatch(
      /^canary aborted \(was canary of 2\.0\.0 paused at step 2\/4: pause with 10% .*\): all production traffic is back on registry\.example\/shop:1\.0\.0, web app shop$/,
    );
    expect(weightWrites()).toHaveLength(1);
    expect(writes(h.emu).filter((r) => /Swap/.test(r.operation ?? ''))).toEqual([]);
    expect(await rules()).toEqual([]);
    expect(await shop.serving()).toBe('1.0.0');
    const record = await tags();
    expect(record).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'aborted',
    });
    expect(record['immutable-deploy.target-version']).toBeUndefined();
    expect(record['immutable-deploy.canary-step']).toBeUndefined();
    const from = h.emu.control.now().getTime();
    h.emu.control.advanceTime(180);
    const after = shares(from).filter((m) => m.total === 600);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(after.every((m) => m.failed === 0 && m.share === 0)).toBe(true);
    // Nothing is paused any more: a promote now refuses.
    const late = await invoke('promote');
    expect(late.result.error?.message).toMatch(/^nothing to promote: .*state 'aborted'/);
  });

  it('promote,verify with a release that fails verify: the promote is rolled back like a deploy', async () => {
    await setup(0);
    await deployUntilPaused();
    // Healthy at the warm-up path, every other request answers 500: verify's probe of '/' fails.
    h.emu.control.health.erroringImage('shop:2.0.0', { rate: 1 });
    const root = `${h.emu.control.urlFor(shop.siteId())!}/`;
    const { result, host } = await invoke('promote,verify', { 'probe-urls': root, 'probe-failure-limit': '1' });
    expect(result.status).toBe('failed');
    expect(result.stages.map((s) => [s.name, s.status])).toEqual([
      ['promote', 'succeeded'],
      ['verify', 'failed'],
      ['rollback', 'succeeded'],
    ]);
    expect(host.outputs).toMatchObject({ 'rolled-back': 'true', result: 'failed' });
    expect(await shop.serving()).toBe('1.0.0');
    expect(await tags()).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.state': 'rolled-back',
      'immutable-deploy.failed-version': '2.0.0',
    });
  });

  it('promote with nothing paused: one clear error, no write', async () => {
    await setup(0);
    const { result, host } = await invoke('promote');
    expect(result.status).toBe('failed');
    expect(result.error?.message).toBe(
      "nothing to promote: no canary is paused on slot staging of web app shop (its release record says state 'none'; 1.0.0 is live); expected a deploy with 'canary-steps' that stopped at 'pause'",
    );
    expect(host.outputs['result']).toBe('failed');
    expect(writes(h.emu)).toEqual([]);
  });

  it('promote refuses another version or steps that no longer fit the pause, before any write', async () => {
    await setup(0);
    await deployUntilPaused();
    h.emu.control.clearRequests();
    const other = await invoke('promote', { 'container-image': 'registry.example/shop:3.0.0' });
    expect(other.result.error?.message).toMatch(
      /^the canary of 2\.0\.0 paused at step 2\/4: pause with 10% .*, not 3\.0\.0: promote it with the inputs of the deploy that paused it, or run 'abort'/,
    );
    const moved = await invoke('promote', { 'canary-steps': '25%, pause, 100%' });
    expect(moved.result.error?.message).toMatch(
      /^input 'canary-steps': the canary of 2\.0\.0 paused at step 2\/3: pause with 10% .*, but in these steps step 2 is 'pause' after 25%; expected the steps of the deploy that paused it \(step 2 'pause' after 10%\), or run 'abort'$/,
    );
    const otherDeploy = await invoke('deploy', { 'container-image': 'registry.example/shop:3.0.0' });
    expect(otherDeploy.result.error?.message).toMatch(/^the canary of 2\.0\.0 paused .* before deploying 3\.0\.0$/);
    expect(writes(h.emu)).toEqual([]);
    expect(await tags()).toMatchObject({ 'immutable-deploy.state': 'paused', 'immutable-deploy.canary-weight': '10' });
  });
});
