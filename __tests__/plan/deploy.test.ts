/**
 * Plan mode (dry-run) of deploy, verify and rollback for every strategy, through the real stages
 * and SDKs on the emulator: all reads happen, the request log holds ZERO writes, the target is
 * unchanged, and the planned lines (resource, operation, before → after, why) are exact.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatWrite } from '../../src/core/plan/action.js';
import type { RunResult } from '../../src/core/run/result.js';
import { renderMarkdown, renderText } from '../../src/core/run/summary.js';
import { LOCATION, startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { runStages, writes } from '../stages-slotswap/context.js';
import { azureInputs, loadBalancer, RECORD, scaleSet, seedGallery, webApp } from './deploy-world.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

const lines = (result: RunResult) => (result.plan ?? []).map((w) => `${w.stage}: ${formatWrite(w)}`);
const facts = (result: RunResult, stage: string) =>
  result.stages
    .find((s) => s.name === stage)!
    .items.filter((i) => !i.write)
    .map((i) => `${i.label}: ${i.value}`);
const modelOf = (name: string) =>
  h.emu.control.getResource(`${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`) as any;
const imageOf = (name: string) =>
  String(modelOf(name).properties.virtualMachineProfile.storageProfile.imageReference.id).split('/').pop();

/** Plans with the engine and checks the invariant of plan mode: reads were made, no write was. */
async function plan(inputs: Record<string, string>): Promise<RunResult> {
  h.emu.control.clearRequests();
  const { result } = await runStages(h.emu, { ...azureInputs(h), 'dry-run': 'true', ...inputs });
  expect(result.error).toBeUndefined();
  expect(result.status).toBe('succeeded');
  expect(result.dryRun).toBe(true);
  expect(h.emu.requests.length).toBeGreaterThan(0);
  expect(writes(h.emu)).toEqual([]);
  return result;
}

describe('plan mode: rolling', () => {
  async function world(
    o: { mode?: 'Manual' | 'Rolling' | 'Automatic'; on?: string; tags?: Record<string, string> } = {},
  ) {
    h = await startHarness({ timeScale: 20_000 });
    const v = seedGallery(h, ['1.0.0', '2.0.0']);
    await loadBalancer(h, ['pool'], [['http', 80, 'pool']]);
    await scaleSet(h, 'web', v[o.on ?? '1.0.0']!, 'pool', {
      capacity: 5,
      mode: o.mode ?? 'Manual',
      tags: o.tags ?? RECORD('1.0.0'),
    });
    return v;
  }

  it('manual mode: the model PATCH, one replace per batch, the record; verify lists its checks and runs none', async () => {
    const v = await world();
    const result = await plan({
      stages: 'deploy,verify',
      'scale-set': 'web',
      'image-id': v['2.0.0']!,
      'max-batch-percent': '40',
      'probe-urls': 'http://127.0.0.1:9/health',
    });
    expect(lines(result)).toEqual([
      'deploy: tag scale set web: target-version 2.0.0, state deploying; the release record names the version in flight before the first write',
      'deploy: update scale set web: image 1.0.0 → 2.0.0; 5 of 5 instance(s) in 3 batch(es) of up to 2, manual rollout, each gated by instance health and 1 probe(s)',
      'deploy: replace instance(s) 0, 1 of scale set web: image 2.0.0; batch 1 of 3',
      'deploy: replace instance(s) 2, 3 of scale set web: image 2.0.0; batch 2 of 3',
      'deploy: replace instance(s) 4 of scale set web: image 2.0.0; batch 3 of 3',
      'deploy: tag scale set web: current-version 1.0.0 → 2.0.0 (previous-version 1.0.0, state live); the release record says what is live',
    ]);
    expect(facts(result, 'verify')).toEqual([
      'would check: probe http://127.0.0.1:9/health: 3 success(es) in a row',
      'would check: instance health of the target',
      'would check: remote access to the target (warn)',
    ]);
    expect(result.outputs).toMatchObject({
      imageVersion: '2.0.0',
      previousImageVersion: '1.0.0',
      upgradedInstances: 5,
      verifyResult: 'skipped',
    });
    expect(imageOf('web')).toBe('1.0.0');
    expect(result.plan!.every((w) => w.stage === 'deploy')).toBe(true);
    // The summary and the terminal text show the plan and mark the outputs as planned.
    const md = renderMarkdown(result);
    expect(md).toContain('### immutable-deploy: succeeded (plan only)');
    expect(md).toContain('#### Plan: 6 writes (none made)');
    expect(md).toContain('- `deploy` update scale set web: image 1.0.0 → 2.0.0; 5 of 5 instance(s)');
    expect(md).toContain('| Image version | 1.0.0 → 2.0.0 (planned) |');
    const text = renderText(result);
    expect(text).toContain('      + replace instance(s) 4 of scale set web: image 2.0.0; batch 3 of 3');
    expect(text).toContain('  plan: 6 writes (none made)');
  });

  it("Rolling upgrade mode: Azure's batches, the inputs' policy for this deploy and its restore", async () => {
    const v = await world({ mode: 'Rolling' });
    const result = await plan({
      stages: 'deploy',
      'scale-set': 'web',
      'image-id': v['2.0.0']!,
      'max-batch-percent': '50',
    });
    expect(lines(result)).toEqual([
      'deploy: tag scale set web: target-version 2.0.0, state deploying; the release record names the version in flight before the first write',
      "deploy: update scale set web: image 1.0.0 → 2.0.0 with rolling policy max batch 50%; Azure's rolling upgrade replaces 5 of 5 instance(s) in 3 batch(es) of up to 2 (50% per batch)",
      "deploy: update scale set web: its own rolling upgrade policy again; the inputs' rolling policy holds for this deploy only",
      'deploy: tag scale set web: current-version 1.0.0 → 2.0.0 (previous-version 1.0.0, state live); the release record says what is live',
    ]);
  });

  it('a scale set already on the version: nothing to write', async () => {
    const v = await world({ on: '2.0.0', tags: RECORD('2.0.0', '1.0.0') });
    const result = await plan({ stages: 'deploy', 'scale-set': 'web', 'image-id': v['2.0.0']! });
    expect(result.plan).toEqual([]);
    expect(result.stages[0]!.message).toBe('plan: scale set web already runs 2.0.0 (no write)');
    expect(renderMarkdown(result)).toContain('#### Plan: no write (none made)\n\n- nothing to change');
  });

  it('publish then deploy in one plan: the deploy uses the version publish would create, and says so', async () => {
    const v = await world({ mode: 'Automatic' });
    const image = `${h.rgId}/providers/Microsoft.Compute/images/web-img`;
    h.emu.control.seedResource({
      id: image,
      body: {
        location: LOCATION,
        properties: {
          storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
          provisioningState: 'Succeeded',
        },
      },
    });
    const result = await plan({
      stages: 'publish,deploy',
      builder: 'none',
      'gallery-name': 'gal',
      'image-definition': 'app',
      'managed-image-id': image,
      'scale-set': 'web',
    });
    expect(lines(result)).toEqual([
      'publish: create gallery image version gal/app 2.0.1: from managed image web-img, replicated to westeurope×1 Standard_LRS; image-version auto: next patch above the highest existing version 2.0.0',
      'deploy: tag scale set web: target-version 2.0.1, state deploying; the release record names the version in flight before the first write',
      'deploy: update scale set web: image 1.0.0 → 2.0.1; Azure updates 5 of 5 instance(s) at once (automatic upgrade mode) (planned: an earlier stage of this run would create it)',
      'deploy: tag scale set web: current-version 1.0.0 → 2.0.1 (previous-version 1.0.0, state live); the release record says what is live',
    ]);
    expect(result.outputs).toMatchObject({
      imageVersion: '2.0.1',
      imageId: `${v['2.0.0']!.replace(/2\.0\.0$/, '2.0.1')}`,
    });
    expect(h.emu.control.getResource(`${v['2.0.0']!.replace(/2\.0\.0$/, '2.0.1')}`)).toBeUndefined();
  });

  it('rollback to the recorded previous version: record, model PATCH, batches without gates, record', async () => {
    await world({ on: '2.0.0', tags: RECORD('2.0.0', '1.0.0') });
    const result = await plan({ stages: 'rollback', 'scale-set': 'web' });
    expect(lines(result)).toEqual([
      'rollback: tag scale set web: target-version 1.0.0, state rolling-back; the release record names the version in flight before the first write',
      'rollback: update scale set web: image 2.0.0 → 1.0.0; 5 of 5 instance(s) in 5 batch(es) of up to 1, manual rollout (no gates: a rollback)',
      ...[0, 1, 2, 3, 4].map(
        (n) => `rollback: replace instance(s) ${n} of scale set web: image 1.0.0; batch ${n + 1} of 5`,
      ),
      // The version rolled back is recorded as failed, never as previous (the one before 1.0.0 is not known).
      'rollback: tag scale set web: current-version 2.0.0 → 1.0.0 (state rolled-back, failed-version 2.0.0); the release record says what is live',
    ]);
    expect(result.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0', previousImageVersion: '2.0.0' });
    expect(imageOf('web')).toBe('2.0.0');
  });
});

describe('plan mode: blue-green', () => {
  async function world(
    o: { green?: { on: string; capacity: number }; blueOn?: string; record?: Record<string, string> } = {},
  ) {
    h = await startHarness({ timeScale: 20_000 });
    const v = seedGallery(h, ['1.0.0', '2.0.0']);
    await loadBalancer(
      h,
      ['web-blue', 'web-green'],
      [
        ['http', 80, 'web-blue'],
        ['preview', 8081, 'web-green'],
      ],
      o.record ?? RECORD('1.0.0'),
    );
    await scaleSet(h, 'web-blue', v[o.blueOn ?? '1.0.0']!, 'web-blue', { capacity: 3 });
    if (o.green) await scaleSet(h, 'web-green', v[o.green.on]!, 'web-green', { capacity: o.green.capacity });
    return v;
  }
  const bg = {
    strategy: 'blue-green',
    'scale-set': 'web',
    'load-balancer': 'lb',
    'preview-port': '8081',
    'scale-down-delay': '30m',
  };
  const SWITCH =
    'switch load balancer lb: live rule(s) http → pool web-blue (blue), preview rule preview → pool web-green → live rule(s) http → pool web-green (green), preview rule preview → pool web-blue';

  it('deploy: the idle colour scaled in, re-pointed, scaled out; ONE switch; the record; the retired colour tagged', async () => {
    const v = await world({ green: { on: '1.0.0', capacity: 1 } });
    const result = await plan({
      ...bg,
      stages: 'deploy,verify',
      'image-id': v['2.0.0']!,
      'preview-url': 'http://127.0.0.1:9/preview',
    });
    const got = lines(result);
    expect(got.slice(0, -1)).toEqual([
      'deploy: tag load balancer lb: target-version 2.0.0, state deploying; the release record names the version in flight before the first write',
      'deploy: scale scale set web-green: 1 → 0 instance(s); scale in before re-pointing the model, so every instance boots on 2.0.0',
      'deploy: update scale set web-green: image 1.0.0 → 2.0.0; the idle green colour gets the release',
      "deploy: scale scale set web-green: 0 → 3 instance(s); the live colour's capacity (web-blue)",
      `deploy: ${SWITCH}; one write, once web-green is healthy and its preview answers`,
      'deploy: tag load balancer lb: current-version 1.0.0 → 2.0.0 (previous-version 1.0.0, state live, active-slot green); the release record says what is live',
    ]);
    expect(got.at(-1)).toMatch(
      /^deploy: tag scale set web-blue: immutable-deploy\.scale-down-after \d{4}-\d\d-\d\dT[\d:.]+Z; the blue colour keeps running for 'scale-down-delay' \(instant rollback\); clean-up scales it in after that$/,
    );
    expect(facts(result, 'deploy')).toEqual([
      'blue-green: blue (web-blue, 1.0.0) is live on load balancer lb; green (web-green) would get 2.0.0',
      'would check: green colour (web-green): 3 instance(s) on 2.0.0, running and healthy',
      'would check: preview http://127.0.0.1:9/preview (green) before the switch',
    ]);
    expect(result.outputs).toMatchObject({
      activeSlot: 'green',
      previousSlot: 'blue',
      imageVersion: '2.0.0',
      previousImageVersion: '1.0.0',
    });
    expect(imageOf('web-green')).toBe('1.0.0');
  });

  it('deploy with no idle colour yet: it would be created from the live model', async () => {
    const v = await world();
    const result = await plan({ ...bg, stages: 'deploy', 'image-id': v['2.0.0']! });
    expect(lines(result)[1]).toBe(
      "deploy: create scale set web-green: copy of web-blue's model in pool web-green, image 2.0.0, 3 instance(s); the green colour does not exist yet",
    );
    expect(lines(result)[2]).toBe(`deploy: ${SWITCH}; one write, once web-green is healthy`);
    expect(
      h.emu.control.getResource(`${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-green`),
    ).toBeUndefined();
  });

  it('rollback while the old colour is still up: a health check and ONE switch back', async () => {
    await world({
      blueOn: '2.0.0',
      green: { on: '1.0.0', capacity: 3 },
      record: { ...RECORD('2.0.0', '1.0.0'), 'immutable-deploy.active-slot': 'blue' },
    });
    const result = await plan({ ...bg, stages: 'rollback' });
    const got = lines(result);
    expect(got.slice(0, -1)).toEqual([
      'rollback: tag load balancer lb: target-version 1.0.0, state rolling-back; the release record names the version in flight before the first write',
      `rollback: ${SWITCH}; one write back to the colour still up (scale-down-delay), once it is healthy`,
      // The version rolled back is recorded as failed, never as the previous (a later rollback's default).
      'rollback: tag load balancer lb: current-version 2.0.0 → 1.0.0 (state rolled-back, active-slot green, failed-version 2.0.0); the release record says what is live',
    ]);
    expect(got.at(-1)).toMatch(/^rollback: tag scale set web-blue: immutable-deploy\.scale-down-after /);
    expect(result.outputs).toMatchObject({
      rolledBack: true,
      activeSlot: 'green',
      imageVersion: '1.0.0',
      previousImageVersion: '2.0.0',
    });
  });

  it('rollback when the old colour was scaled in: it is brought up first, then the switch', async () => {
    await world({ blueOn: '2.0.0', green: { on: '1.0.0', capacity: 0 }, record: RECORD('2.0.0', '1.0.0') });
    const result = await plan({ ...bg, stages: 'rollback' });
    expect(lines(result).slice(1, 3)).toEqual([
      "rollback: scale scale set web-green: 0 → 3 instance(s); the live colour's capacity (web-blue)",
      `rollback: ${SWITCH}; one write, once web-green is healthy`,
    ]);
  });
});

describe('plan mode: slot-swap', () => {
  const image = (tag: string) => `registry.example/shop:${tag}`;
  const ss = { strategy: 'slot-swap', 'app-service': 'shop', 'warmup-path': '/healthz' };

  it('deploy with preview: slot artifact, restart, production settings, swap, record; verify lists the endpoints', async () => {
    h = await startHarness({ timeScale: 20_000 });
    await webApp(h, image('2.0.0'), image('1.0.0'), RECORD('2.0.0', '1.0.0'));
    const result = await plan({
      ...ss,
      stages: 'deploy,verify',
      'container-image': image('3.0.0'),
      'swap-with-preview': 'true',
    });
    expect(lines(result)).toEqual([
      'deploy: tag web app shop: target-version 3.0.0, state deploying; the release record names the version in flight before the first write',
      'deploy: update slot staging of web app shop: registry.example/shop:1.0.0 → registry.example/shop:3.0.0; the new artifact goes to the slot first; production is not touched',
      'deploy: restart slot staging of web app shop: loads registry.example/shop:3.0.0',
      "deploy: update slot staging of web app shop: production's slot settings; swap with preview: the slot is checked with production's settings before the swap completes",
      'deploy: swap web app shop: production registry.example/shop:2.0.0 → registry.example/shop:3.0.0; slot staging → production once the slot answers /healthz; registry.example/shop:2.0.0 then waits in the slot for a swap back',
      'deploy: tag web app shop: current-version 2.0.0 → 3.0.0 (previous-version 2.0.0, state live); the release record says what is live',
    ]);
    expect(facts(result, 'verify')).toEqual([
      // Live only: after the swap, staging holds the previous release. A slot-swap target's check
      // is that the web app runs its artifact (no instances, no NSGs).
      'would check: probe live (https://shop.azurewebsites.net/healthz): 3 success(es) in a row',
      'would check: web app shop running its artifact',
    ]);
    expect(result.outputs).toMatchObject({
      imageVersion: '3.0.0',
      previousImageVersion: '2.0.0',
      swapped: true,
      verifyResult: 'skipped',
    });
  });

  it('rollback: the previous app waits in the slot, so ONE swap back', async () => {
    h = await startHarness({ timeScale: 20_000 });
    await webApp(h, image('2.0.0'), image('1.0.0'), RECORD('2.0.0', '1.0.0'));
    const result = await plan({ ...ss, stages: 'rollback' });
    expect(lines(result)).toEqual([
      'rollback: tag web app shop: target-version 1.0.0, state rolling-back; the release record names the version in flight before the first write',
      'rollback: swap web app shop: production registry.example/shop:2.0.0 → registry.example/shop:1.0.0; swap back: slot staging still holds registry.example/shop:1.0.0',
      // The version rolled back is recorded as failed, never as the previous (a later rollback's default).
      'rollback: tag web app shop: current-version 2.0.0 → 1.0.0 (state rolled-back, failed-version 2.0.0); the release record says what is live',
    ]);
  });

  it('rollback to a version the slot no longer holds: deployed through the slot', async () => {
    h = await startHarness({ timeScale: 20_000 });
    await webApp(h, image('2.0.0'), image('1.5.0'), RECORD('2.0.0', '1.0.0'));
    const result = await plan({ ...ss, stages: 'rollback' });
    expect(lines(result).slice(1, 4)).toEqual([
      'rollback: update slot staging of web app shop: registry.example/shop:1.5.0 → registry.example/shop:1.0.0; the new artifact goes to the slot first; production is not touched',
      'rollback: restart slot staging of web app shop: loads registry.example/shop:1.0.0',
      'rollback: swap web app shop: production registry.example/shop:2.0.0 → registry.example/shop:1.0.0; slot staging → production once the slot answers /healthz; registry.example/shop:2.0.0 then waits in the slot for a swap back',
    ]);
  });
});

it('the planned lines land in the log and in the summary the host receives', async () => {
  h = await startHarness({ timeScale: 20_000 });
  await webApp(h, 'registry.example/shop:2.0.0', 'registry.example/shop:1.0.0');
  h.emu.control.clearRequests();
  const { result, host } = await runStages(h.emu, {
    ...azureInputs(h),
    'dry-run': 'true',
    strategy: 'slot-swap',
    'app-service': 'shop',
    stages: 'deploy',
    'container-image': 'registry.example/shop:3.0.0',
  });
  expect(writes(h.emu)).toEqual([]);
  for (const line of lines(result)) expect(host.logs()).toContain(`plan: ${line.slice('deploy: '.length)}`);
  expect(host.summaries[0]!.plan).toEqual(result.plan);
});
