/**
 * A slot-swap canary with pauses, plan = apply: the plan of a deploy lists every step it walks —
 * each weight write, each timed pause with its duration, each analysis step, the open pause that
 * stops the run until promote — and the real run makes exactly the planned writes; then 'promote'
 * and 'abort', each planned (zero writes) and applied, make exactly theirs. No deploy lock here.
 */
import { describe, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { RunResult } from '../../src/core/run/result.js';
import { useHarness } from '../emulator-deploy/helpers.js';
import { portsFor, runStages, writes } from '../stages-slotswap/context.js';
import { createSite, image, inputs as slotInputs, served, tagsOf } from '../stages-slotswap/world.js';
import { expectApplyMatchesPlan } from './apply-match.js';

const h = useHarness({ timeScale: 600 });
const STEPS = '10%, pause 1m, analysis, 25%, pause, 50%, 100%';
const inputs = (extra: Record<string, string>) =>
  slotInputs(h, { 'container-image': image('2.0.0'), 'canary-steps': STEPS, ...extra });

async function planThenApply(stage: string): Promise<{ plan: RunResult; real: RunResult }> {
  const ports: AzurePorts = { ...(await portsFor(h.emu)) };
  delete (ports as { leases?: unknown }).leases;
  h.emu.control.clearRequests();
  const plan = (await runStages(h.emu, inputs({ stages: stage, 'dry-run': 'true' }), { ports })).result;
  expect(plan.error).toBeUndefined();
  expect(writes(h.emu)).toEqual([]);
  h.emu.control.clearRequests();
  const real = (await runStages(h.emu, inputs({ stages: stage }), { ports })).result;
  expect(real.error).toBeUndefined();
  expectApplyMatchesPlan(plan, h.emu, stage);
  return { plan, real };
}

/** The plan's summary lines: facts and checks as `label: value`, writes as `operation resource: after`. */
const lines = (plan: RunResult) =>
  plan.stages.flatMap((s) =>
    s.items.map((i) =>
      i.write ? `${i.write.operation} ${i.write.resource}: ${i.write.after}` : `${i.label}: ${i.value}`,
    ),
  );

describe('slot-swap canary with pauses: plan lists every step, apply makes the planned writes', () => {
  it('deploy (to the open pause), then promote', async () => {
    await createSite(h);
    const deploy = await planThenApply('deploy');
    const planned = lines(deploy.plan);
    const at = (re: RegExp) => planned.findIndex((l) => re.test(l));
    // The summary lists the facts and checks in the order walked, then the writes in theirs.
    const facts = [
      /^canary 2\/7: pause 1m: 10% on slot staging of web app shop$/,
      /^would check: canary step 3\/7: analysis at 10%: slot staging answers$/,
      /^canary 5\/7: pause: stops here until promote: 25% on slot staging of web app shop; 'promote' then walks 50%, 100%$/,
    ].map(at);
    const writes = [
      /^update web app shop: 10% to slot staging/,
      /^update web app shop: 25% to slot staging/,
      /^tag web app shop: state paused at step 5 \(25% to slot staging\), target-version 2\.0\.0$/,
    ].map(at);
    for (const order of [facts, writes]) {
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
    expect(deploy.plan.stages[0]!.message).toMatch(/as far as the canary's open pause/);
    expect(deploy.real.outputs).toMatchObject({ canaryResult: 'paused', canaryWeight: 25, canaryStep: '5/7: pause' });

    const promote = await planThenApply('promote');
    const next = lines(promote.plan);
    expect(next.filter((l) => /^update web app shop/.test(l)).map((l) => l.split(': ')[1])).toEqual([
      `50% to slot staging (${image('2.0.0')})`,
      `0% to slot staging (${image('2.0.0')})`,
    ]);
    expect(next.some((l) => /^swap /.test(l))).toBe(true);
    expect(promote.real.outputs).toMatchObject({ canaryResult: 'promoted', canaryWeight: 100 });
    expect(await served(h)).toBe('2.0.0');
  });

  it('abort: one rule removal and the record, as planned; a second abort plans nothing', async () => {
    await createSite(h);
    await planThenApply('deploy');
    const abort = await planThenApply('abort');
    expect(lines(abort.plan).filter((l) => /^(update|tag) /.test(l))).toEqual([
      'update web app shop: no traffic to slot staging',
      'tag web app shop: current-version 1.0.0, failed-version 2.0.0, state aborted',
    ]);
    expect(abort.real.outputs).toMatchObject({ canaryResult: 'aborted', canaryWeight: 0 });
    expect(await tagsOf(h)).toMatchObject({ 'immutable-deploy.state': 'aborted' });
    const again = await planThenApply('abort');
    expect(again.plan.plan).toEqual([]);
    expect(await served(h)).toBe('1.0.0');
  });
});
