/**
 * A slot-swap canary end to end on the emulator, through @azure/arm-appservice and the monitor
 * SDKs, engine time on the emulator's clock: production takes 10 requests per simulated second
 * (the load generator) while the canary moves its share to the slot step by step. Shares are
 * counted from the emulator's request telemetry, minute by minute: a minute wholly inside a step
 * has exactly that step's share (the emulator's routing is exact per 100 requests; tolerance ±1
 * percentage point for the minute a step starts in).
 */
import { describe, expect, it } from 'vitest';
import { prepareStep } from '../../src/adapters/shared/prepare.js';
import { RG, useHarness } from '../emulator-deploy/helpers.js';
import { writes } from '../stages-slotswap/context.js';
import { shopImage, shopSite } from '../analysis/shop-site.js';
import { runOnEmulator, warmUpLogs } from '../analysis/emulator-time.js';

const SCALE = 600;
const h = useHarness({ timeScale: SCALE });

const shop = shopSite(h);
const { aiId } = shop;
const image = shopImage;

async function setup(): Promise<void> {
  await shop.create();
  h.emu.control.monitor.createComponent(RG, 'shop-ai');
  h.emu.control.monitor.setLoad({ site: 'shop' }, 10);
  await warmUpLogs(h.emu, aiId());
  h.emu.control.clearRequests();
}

const FAILURE_RATE = () =>
  [
    '- name: failure-rate',
    `  resource: ${aiId()}`,
    '  query: |',
    '    requests',
    '    | where timestamp > {since} and application_Version == {version}',
    '    | summarize total = count(), failed = countif(success == false)',
    '    | where total > 0',
    '    | project rate = 100.0 * failed / total',
    '  condition: "< 1"',
  ].join('\n');

const canary = (steps: string, extra: Record<string, string> = {}) =>
  runOnEmulator(h.emu, SCALE, {
    stages: 'deploy',
    ...shop.inputs(),
    'canary-steps': steps,
    ...extra,
  });

/** Per whole simulated minute since `from`: requests, failures and the share (%) answered by 2.0.0. */
function minutes(from: number): { total: number; failed: number; share: number }[] {
  const records = h.emu.control.monitor.requests(undefined, from);
  const byMinute = new Map<number, { total: number; failed: number; mine: number }>();
  for (const r of records) {
    const m = Math.floor(r.timeMs / 60_000);
    const b = byMinute.get(m) ?? { total: 0, failed: 0, mine: 0 };
    b.total++;
    if (r.status >= 500) b.failed++;
    if (r.version === '2.0.0') b.mine++;
    byMinute.set(m, b);
  }
  return [...byMinute.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, b]) => ({ total: b.total, failed: b.failed, share: (100 * b.mine) / b.total }));
}

const near = (share: number, want: number) => Math.abs(share - want) <= 1;

const serving = () => shop.serving();

describe('canary on App Service (slot swap)', () => {
  it('walks 10%, 50%, 100% with no failed request and each share as set', async () => {
    await setup();
    const from = h.emu.control.now().getTime();
    const { result, host } = await canary('10%, pause 5m, 50%, pause 5m, 100%');
    expect(result.error).toBeUndefined();
    expect(host.outputs).toMatchObject({
      result: 'promoted',
      'canary-weight': '100',
      'canary-step': '5/5: 100%',
      swapped: 'true',
    });
    // Let production serve the new release for a while after the swap.
    h.emu.control.advanceTime(180);
    const m = minutes(from);
    expect(m.reduce((n, x) => n + x.failed, 0)).toBe(0);
    expect(m.reduce((n, x) => n + x.total, 0)).toBeGreaterThan(6000);
    // Each 5-minute step has at least 4 whole minutes at its share; after the swap, all on 2.0.0.
    expect(m.filter((x) => near(x.share, 10)).length).toBeGreaterThanOrEqual(4);
    expect(m.filter((x) => near(x.share, 50)).length).toBeGreaterThanOrEqual(4);
    expect(m.slice(-2).map((x) => x.share)).toEqual([100, 100]);
    // Every other minute is at one of the shares, or holds one of the four changes (0→10, 10→50,
    // 50→0 as the rule is removed, 0→100 at the swap).
    expect(m.filter((x) => ![0, 10, 50, 100].some((w) => near(x.share, w))).length).toBeLessThanOrEqual(4);
    expect(await serving()).toBe('2.0.0');
    // Each weight is one write of config/web; the rule is gone after the swap.
    const configWrites = writes(h.emu).filter((r) => r.operation === 'WebApps_UpdateConfiguration');
    expect(configWrites).toHaveLength(3);
    expect((await h.web.webApps.getConfiguration(RG, 'shop')).experiments?.rampUpRules ?? []).toEqual([]);
  });

  it('a release that answers errors under traffic is aborted at its first analysis step: back to 0%, production untouched', async () => {
    await setup();
    // Healthy to the warm-up path; every 5th real request answers 500.
    h.emu.control.health.erroringImage('shop:2.0.0', { rate: 0.2 });
    const { result, host } = await canary('10%, analysis, 50%, 100%', { analysis: FAILURE_RATE() });
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^deploy failed: canary step 2\/4: analysis failed: analysis 'failure-rate' .*; aborted: all traffic is back on the stable release \(was 10% on slot staging of web app shop\)/,
    );
    expect(host.outputs).toMatchObject({ result: 'aborted', 'canary-weight': '0', 'canary-step': '2/4: analysis' });
    // A canary did serve its share: the step never claims production did not take the release.
    expect(result.error?.message).toMatch(/the canary share is back on the stable release: .*1\.0\.0.* is still live$/);
    expect(result.error?.message).not.toMatch(/never took/);
    expect(await serving()).toBe('1.0.0');
    expect((await h.web.webApps.getConfiguration(RG, 'shop')).experiments?.rampUpRules ?? []).toEqual([]);
    expect(writes(h.emu).filter((r) => /Swap/.test(r.operation ?? ''))).toEqual([]);
    const tags = (await h.web.webApps.get(RG, 'shop')).tags ?? {};
    expect(tags).toMatchObject({
      'immutable-deploy.current-version': '1.0.0',
      'immutable-deploy.failed-version': '2.0.0',
      'immutable-deploy.state': 'aborted',
    });
    expect(tags['immutable-deploy.target-version']).toBeUndefined();
    // After the abort every request is answered by production again.
    const after = h.emu.control.now().getTime();
    h.emu.control.advanceTime(180);
    const whole = minutes(after).filter((x) => x.total === 600);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    expect(whole.every((x) => x.failed === 0 && x.share === 0)).toBe(true);
  });

  it('bad steps fail the step before any call to Azure, naming the step and what is expected', async () => {
    await setup();
    const values: Record<string, string> = {
      stages: 'deploy',
      'resource-group': RG,
      strategy: 'slot-swap',
      'app-service': 'shop',
      'container-image': image('2.0.0'),
      'canary-steps': '10%, pause 5m, 5%, 100%',
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
      "input '--canary-steps': step 3 '5%' does not raise the share (it was 10%); expected each weight above the one before",
    );
    expect(h.emu.requests).toEqual([]);
  });
});
