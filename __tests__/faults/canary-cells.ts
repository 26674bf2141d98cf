/**
 * The fault matrix's canary cells (App Service): the write that moves production traffic, one
 * PATCH of the production site's config/web ramp-up rule, under throttling, server errors, resets
 * and SIGINT. The first weight write (10%) and the rule's removal before the swap are faulted; the
 * same promises as every cell hold (cells.ts): live traffic served by a healthy version, the lock
 * released, the outputs and message true, a fault-free re-run converges on the new release.
 * A canary paused at an open pause (10%) is then promoted (its 50% write faulted) or aborted (the
 * rule's removal faulted), each in a run of its own: a burst is ridden out with the outputs saying
 * 'promoted' / 'aborted', a SIGINT says what share is left, and the same verb run again converges.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { RecordingHost } from '../core/fakes.js';
import { runStages } from '../stages-slotswap/context.js';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { checkAfter, FAULTS, faultedRun, rerunConverges, type Fault, type Phase } from './cells.js';
import { TIME_SCALE } from './suite.js';
import { NEW, OLD, WORLDS, type World } from './worlds.js';

/** slot-swap with a canary: 10%, a minute's pause, 50%, then the swap. */
const canaryWorld: World = {
  ...WORLDS['slot-swap'],
  inputs: (h, extra) => WORLDS['slot-swap'].inputs(h, { 'canary-steps': '10%, pause 1m, 50%, 100%', ...extra }),
};

export const CANARY_PHASES: readonly Phase[] = [
  {
    id: 'canary-weight',
    label: 'slot-swap canary: first weight (config/web PATCH, 10%)',
    strategy: 'slot-swap',
    operation: 'WebApps_UpdateConfiguration',
    skip: 0,
    sync: true,
    names: /web app shop/,
  },
  {
    id: 'canary-remove',
    label: 'slot-swap canary: rule removed before the swap (config/web PATCH)',
    strategy: 'slot-swap',
    operation: 'WebApps_UpdateConfiguration',
    skip: 2,
    sync: true,
    names: /web app shop/,
  },
  {
    id: 'canary-promote',
    label: 'slot-swap canary: promote after a pause (config/web PATCH, 50%)',
    strategy: 'slot-swap',
    operation: 'WebApps_UpdateConfiguration',
    skip: 0,
    sync: true,
    names: /web app shop/,
  },
  {
    id: 'canary-abort',
    label: 'slot-swap canary: abort after a pause (config/web PATCH, rule removed)',
    strategy: 'slot-swap',
    operation: 'WebApps_UpdateConfiguration',
    skip: 0,
    sync: true,
    names: /web app shop/,
  },
];

/** A canary that stops at an open pause after 10%, then 'promote' (50%, the swap) or 'abort'. */
const pausedWorld: World = {
  ...WORLDS['slot-swap'],
  inputs: (h, extra) => WORLDS['slot-swap'].inputs(h, { 'canary-steps': '10%, pause, 50%, 100%', ...extra }),
};

/** The faults a weight write meets: throttling, 5xx, resets, SIGINT. */
export const CANARY_FAULTS: readonly Fault[] = FAULTS.filter((f) =>
  ['429x2', '429x5', '500x5', '503x5', 'resetx5', 'sigint'].includes(f.id),
);

export async function runCanaryCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
  if (phase.id === 'canary-promote' || phase.id === 'canary-abort') return runPausedCell(h, phase, fault);
  await canaryWorld.setup(h);
  const inputs = canaryWorld.inputs(h, { stages: 'deploy', 'deploy-timeout': '30m' });
  const { result, host } = await faultedRun(h, phase, fault, inputs);
  const message = result.error?.message ?? '';
  await checkAfter(h, canaryWorld, {
    phase,
    fault,
    status: result.status,
    message,
    outputs: host.outputs,
  });
  // Cancelled with traffic moved (or a weight write in flight), a warning says what share is where.
  const said = (result.warnings ?? []).join('\n');
  if (
    fault.id === 'sigint' &&
    !/canary stopped: \d+% .*of production traffic still goes to slot staging of web app shop/.test(said)
  )
    throw new Error(`${phase.label} × SIGINT: no warning says what share is left: ${said}`);
  if (result.status === 'succeeded' && host.outputs['result'] !== 'promoted')
    throw new Error(`${phase.label} × ${fault.label}: output result ${host.outputs['result']}, expected promoted`);
  await rerunConverges(h, canaryWorld, inputs);
}

/** The verb after a pause, faulted at its first ramp-up write; its outputs and message must be true. */
async function runPausedCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
  const at = `${phase.label} × ${fault.label}`;
  const verb = phase.id === 'canary-promote' ? 'promote' : 'abort';
  await pausedWorld.setup(h);
  const paused = await runStages(h.emu, pausedWorld.inputs(h, { stages: 'deploy' }));
  assert.equal(paused.host.outputs['result'], 'paused', `${at}: the deploy before: ${paused.result.error?.message}`);
  h.emu.control.clearRequests();
  const inputs = pausedWorld.inputs(h, { stages: verb, 'deploy-timeout': '30m' });
  const { result, host } = await faultedRun(h, phase, fault, inputs);
  const served = await pausedWorld.served(h);
  assert.equal(served.failures, 0, `${at}: live traffic got failures`);
  assert.equal(pausedWorld.lease(h), undefined, `${at}: the deploy lock was not released`);
  if (fault.id === 'sigint') {
    assert.equal(result.status, 'cancelled', `${at}: status (${result.error?.message})`);
    assert.ok(
      served.versions.every((v) => v === OLD || v === NEW),
      `${at}: live ${served.versions.join(', ')}`,
    );
    const said = (result.warnings ?? []).join('\n');
    if (verb === 'promote')
      assert.match(
        said,
        /canary stopped: 10% \(or 50%, the write in flight\) of production traffic still goes to slot staging/,
      );
  } else {
    assert.equal(
      result.status,
      'succeeded',
      `${at}: expected the burst to be ridden out, got: ${result.error?.message}`,
    );
    expectEnded(host, verb, served.versions, at);
  }
  // The same verb again, fault-free, converges.
  const again = await runStages(h.emu, { ...inputs, 'lock-timeout': '1m' });
  assert.equal(again.result.status, 'succeeded', `${at}: the re-run: ${again.result.error?.message}`);
  expectEnded(again.host, verb, (await pausedWorld.served(h)).versions, `${at}: the re-run`);
}

/** A promote or abort ended as it says: its outputs and what live traffic reaches. */
export function expectEnded(host: RecordingHost, verb: 'promote' | 'abort', versions: string[], at: string): void {
  const promoted = verb === 'promote';
  assert.equal(host.outputs['result'], promoted ? 'promoted' : 'aborted', `${at}: output result`);
  assert.equal(host.outputs['canary-weight'], promoted ? '100' : '0', `${at}: output canary-weight`);
  assert.deepEqual(versions, [promoted ? NEW : OLD], `${at}: live versions`);
}

export function registerCanaryCells(title: string): void {
  describe.concurrent(title, () => {
    for (const phase of CANARY_PHASES) {
      for (const fault of CANARY_FAULTS) {
        it(`${phase.label} × ${fault.label}`, { retry: 1, timeout: 120_000 }, async () => {
          const h = await startHarness({ timeScale: TIME_SCALE });
          try {
            await runCanaryCell(h, phase, fault);
          } finally {
            await h.emu.close();
          }
        });
      }
    }
  });
}
