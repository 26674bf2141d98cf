/**
 * The fault matrix's rolling canary cells: the writes that move a share of the instances to the
 * new model, one updateInstances (manualUpgrade POST) per weight step, under throttling, server
 * errors, resets, an operation that ends Failed or never ends, and SIGINT. The rolling world (4
 * instances, Manual) walks 25% (instance 0), a pause, 50% (instance 1), then 100% (2 and 3); the
 * first and the second step's writes are faulted. The same promises as every cell hold
 * (cells.ts): live traffic served by a healthy version, the lock released, the outputs and
 * message true, a fault-free re-run converges on the new release.
 * A canary paused at an open pause (25%: instance 0) is then promoted (its first instance write,
 * 50%: instance 1, faulted) or aborted (its model write back to 1.0.0, or its instance write,
 * faulted), each in a run of its own: a burst is ridden out with the outputs saying 'promoted' /
 * 'aborted', a SIGINT says what is left, and the same verb run again converges.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { RecordingHost } from '../core/fakes.js';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { ssId } from '../stages-deploy/harness.js';
import { runStages } from '../stages-slotswap/context.js';
import { checkAfter, FAULTS, faultedRun, rerunConverges, type Fault, type Phase } from './cells.js';
import { TIME_SCALE } from './suite.js';
import { NEW, OLD, WORLDS, type World } from './worlds.js';

/** Engine time runs 200× faster (fastTime): 1.5 s of real time. */
const NEVER_ENDS_TIMEOUT = '5m';

/** rolling with a canary by instance ratio: 25%, a pause, 50%, then the rest in batches. */
const canaryWorld: World = {
  ...WORLDS.rolling,
  inputs: (h, extra) => WORLDS.rolling.inputs(h, { 'canary-steps': '25%, pause 30s, 50%, 100%', ...extra }),
};

export const CANARY_ROLLING_PHASES: readonly Phase[] = [
  {
    id: 'canary-rolling-first',
    label: 'rolling canary: first share (UpdateInstances, 25%)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_UpdateInstances',
    skip: 0,
    names: /instance\(s\) 0 of scale set web/,
  },
  {
    id: 'canary-rolling-next',
    label: 'rolling canary: next share (UpdateInstances, 50%)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_UpdateInstances',
    skip: 1,
    names: /instance\(s\) 1 of scale set web/,
  },
  {
    id: 'canary-rolling-promote',
    label: 'rolling canary: promote after a pause (UpdateInstances, 50%)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_UpdateInstances',
    skip: 0,
    names: /instance\(s\) 1 of scale set web/,
  },
  {
    id: 'canary-rolling-abort-model',
    label: 'rolling canary: abort after a pause (model back, PATCH after the lease)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_Update',
    skip: 1,
    names: /scale set web/,
  },
  {
    id: 'canary-rolling-abort-instances',
    label: 'rolling canary: abort after a pause (UpdateInstances, instance 0 back)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_UpdateInstances',
    skip: 0,
    names: /instance\(s\) 0 of scale set web/,
  },
];

/** Every fault but SIGKILL (the rolling batch's SIGKILL cell covers a CLI killed at this write). */
export const CANARY_ROLLING_FAULTS: readonly Fault[] = FAULTS.filter((f) => f.id !== 'sigkill');

/** The verbs after a pause meet throttling, 5xx, resets and SIGINT (as the slot-swap canary's do). */
const PAUSED_FAULTS: readonly Fault[] = FAULTS.filter((f) =>
  ['429x2', '429x5', '500x5', '503x5', 'resetx5', 'sigint'].includes(f.id),
);
const isPaused = (phase: Phase) => /-(promote|abort)/.test(phase.id);

/** The faults a phase's cells run (the fault matrix marks the others '—'). */
export const canaryRollingFaults = (phase: Phase): readonly Fault[] =>
  isPaused(phase) ? PAUSED_FAULTS : CANARY_ROLLING_FAULTS;

/** A canary that stops at an open pause after 25% (instance 0), then 'promote' or 'abort'. */
const pausedWorld: World = {
  ...WORLDS.rolling,
  inputs: (h, extra) => WORLDS.rolling.inputs(h, { 'canary-steps': '25%, pause, 50%, 100%', ...extra }),
};

export async function runCanaryRollingCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
  if (isPaused(phase)) return runPausedCell(h, phase, fault);
  await canaryWorld.setup(h);
  // A write that never ends runs into 'deploy-timeout'; the canary's model write, plan and (for the
  // second share) pause come first, so its bound is longer than SHORT_TIMEOUT ('5m': 1.5 s of real time).
  const timeout = fault.id === 'never-ends' ? NEVER_ENDS_TIMEOUT : '30m';
  const inputs = canaryWorld.inputs(h, { stages: 'deploy', 'deploy-timeout': timeout });
  const { result, host } = await faultedRun(h, phase, fault, inputs);
  const message = result.error?.message ?? '';
  await checkAfter(h, canaryWorld, { phase, fault, status: result.status, message, outputs: host.outputs });
  // Cancelled with instances replaced (or a write in flight), a warning says what share is where.
  const said = (result.warnings ?? []).join('\n');
  if (
    fault.id === 'sigint' &&
    !/canary stopped: \d+ (\(or \d+, the write in flight\) )?of 4 instance\(s\) of scale set web run 2\.0\.0/.test(said)
  )
    throw new Error(`${phase.label} × SIGINT: no warning says what share is left: ${said}`);
  if (result.status === 'succeeded' && host.outputs['result'] !== 'promoted')
    throw new Error(`${phase.label} × ${fault.label}: output result ${host.outputs['result']}, expected promoted`);
  await rerunConverges(h, canaryWorld, inputs);
}

/** The verb after a pause, faulted at one of its writes; its outputs and message must be true. */
async function runPausedCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
  const at = `${phase.label} × ${fault.label}`;
  const verb = phase.id.includes('promote') ? 'promote' : 'abort';
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
    if (verb === 'promote')
      assert.match(
        (result.warnings ?? []).join('\n'),
        /canary stopped: 1 \(or 2, the write in flight\) of 4 instance\(s\) of scale set web run 2\.0\.0/,
      );
  } else {
    assert.equal(
      result.status,
      'succeeded',
      `${at}: expected the burst to be ridden out, got: ${result.error?.message}`,
    );
    expectEnded(h, host, verb, at);
  }
  // The same verb again, fault-free, converges.
  const again = await runStages(h.emu, { ...inputs, 'lock-timeout': '1m' });
  assert.equal(again.result.status, 'succeeded', `${at}: the re-run: ${again.result.error?.message}`);
  expectEnded(h, again.host, verb, `${at}: the re-run`);
}

function expectEnded(h: Harness, host: RecordingHost, verb: 'promote' | 'abort', at: string): void {
  const promoted = verb === 'promote';
  assert.equal(host.outputs['result'], promoted ? 'promoted' : 'aborted', `${at}: output result`);
  assert.equal(host.outputs['canary-weight'], promoted ? '100' : '0', `${at}: output canary-weight`);
  const want = promoted ? NEW : OLD;
  assert.deepEqual(
    h.emu.control.scaleSetInstances(ssId(h)).map((i) => i.version),
    Array(4).fill(want),
    `${at}: instances`,
  );
}

export function registerCanaryRollingCells(title: string): void {
  describe.concurrent(title, () => {
    for (const phase of CANARY_ROLLING_PHASES) {
      for (const fault of canaryRollingFaults(phase)) {
        it(`${phase.label} × ${fault.label}`, { retry: 1, timeout: 120_000 }, async () => {
          const h = await startHarness({ timeScale: TIME_SCALE });
          try {
            await runCanaryRollingCell(h, phase, fault);
          } finally {
            await h.emu.close();
          }
        });
      }
    }
  });
}
