/**
 * The fault matrix's blue-green canary cells: the writes that move production traffic through
 * Azure Front Door, one PATCH of an origin (AFDOrigins_Update, a long-running operation), under
 * throttling, server errors, resets, an operation that ends Failed and SIGINT. The first weight
 * (the preview origin enabled at 10%) and the preview origin disabled before the load balancer
 * switch are faulted; the same promises as every cell hold (cells.ts): traffic served by a healthy
 * version — here through the Front Door endpoint, once Front Door has propagated — the lock
 * released, the outputs and message true, a fault-free re-run converges on the new release.
 * A canary paused at an open pause (10%) is then promoted (its first weight write, 50%, faulted)
 * or aborted (the preview origin's disable faulted), each in a run of its own: a burst is ridden
 * out with the outputs saying 'promoted' / 'aborted'; a write that ends Failed fails the verb with
 * traffic on one healthy version (a promote's failure aborts the canary: 'auto-rollback'); a
 * SIGINT says what share is left; the same verb run again converges.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { runStages } from '../stages-slotswap/context.js';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { requestLoop } from '../emulator-deploy/helpers.js';
import { addFrontDoor, waitForFrontDoor, type FrontDoorWorld } from '../emulator-frontdoor/world.js';
import { checkAfter, FAULTS, faultedRun, rerunConverges, type Fault, type Phase } from './cells.js';
import { expectEnded } from './canary-cells.js';
import { TIME_SCALE } from './suite.js';
import { NEW, OLD, WORLDS, type World } from './worlds.js';

const doors = new WeakMap<Harness, FrontDoorWorld>();
const lbId = (h: Harness) => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;

/** blue-green behind a Front Door (preview origin disabled), a canary of 10%, a minute's pause, 50%, then the switch. */
const canaryWorld: World = {
  ...WORLDS['blue-green'],
  async setup(h) {
    await WORLDS['blue-green'].setup(h);
    const door = await addFrontDoor(h.emu, { lbId: lbId(h), livePort: 80, previewPort: 8081, previewEnabled: false });
    doors.set(h, door);
    h.emu.control.clearRequests();
  },
  inputs: (h, extra) =>
    WORLDS['blue-green'].inputs(h, {
      'canary-steps': '10%, pause 1m, 50%, 100%',
      'front-door-origin-group': doors.get(h)!.originGroupId,
      ...extra,
    }),
  async served(h) {
    const door = doors.get(h)!;
    await waitForFrontDoor(h.emu, door.originGroupId);
    const r = await requestLoop(door.endpointUrl, () => false, { maxRequests: 12, maxMs: 5000 });
    return { versions: [...r.versions.keys()].sort(), failures: r.failures.length };
  },
};

export const CANARY_BG_PHASES: readonly Phase[] = [
  {
    id: 'canary-bg-weight',
    label: 'blue-green canary: first weight (Front Door origin PATCH, 10%)',
    strategy: 'blue-green',
    operation: 'AFDOrigins_Update',
    skip: 0,
    names: /origin preview|Front Door/,
  },
  {
    id: 'canary-bg-disable',
    label: 'blue-green canary: preview origin disabled before the switch (Front Door origin PATCH)',
    strategy: 'blue-green',
    operation: 'AFDOrigins_Update',
    skip: 2,
    names: /origin preview|Front Door/,
  },
  {
    id: 'canary-bg-promote',
    label: 'blue-green canary: promote after a pause (Front Door origin PATCH, 50%)',
    strategy: 'blue-green',
    operation: 'AFDOrigins_Update',
    skip: 0,
    names: /origin preview|Front Door/,
  },
  {
    id: 'canary-bg-abort',
    label: 'blue-green canary: abort after a pause (Front Door origin PATCH, preview disabled)',
    strategy: 'blue-green',
    operation: 'AFDOrigins_Update',
    skip: 0,
    names: /origin preview|Front Door/,
  },
];

/** The same pair and Front Door; the canary stops at an open pause after 10%. */
const pausedWorld: World = {
  ...canaryWorld,
  inputs: (h, extra) => canaryWorld.inputs(h, { 'canary-steps': '10%, pause, 50%, 100%', ...extra }),
};

/** The faults an origin write meets: throttling, 5xx, resets, an operation that ends Failed, SIGINT. */
export const CANARY_BG_FAULTS: readonly Fault[] = FAULTS.filter((f) =>
  ['429x2', '429x5', '500x5', '503x5', 'resetx5', 'lro-failed', 'sigint'].includes(f.id),
);

export async function runCanaryBgCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
  if (phase.id === 'canary-bg-promote' || phase.id === 'canary-bg-abort') return runPausedCell(h, phase, fault);
  await canaryWorld.setup(h);
  const inputs = canaryWorld.inputs(h, { stages: 'deploy', 'deploy-timeout': '30m' });
  const { result, host } = await faultedRun(h, phase, fault, inputs);
  await checkAfter(h, canaryWorld, {
    phase,
    fault,
    status: result.status,
    message: result.error?.message ?? '',
    outputs: host.outputs,
  });
  if (result.status === 'succeeded' && host.outputs['result'] !== 'promoted')
    throw new Error(`${phase.label} × ${fault.label}: output result ${host.outputs['result']}, expected promoted`);
  await rerunConverges(h, canaryWorld, inputs);
}

/** The verb after a pause, faulted at its first origin write; its outputs and message must be true. */
async function runPausedCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
  const at = `${phase.label} × ${fault.label}`;
  const verb = phase.id === 'canary-bg-promote' ? 'promote' : 'abort';
  await pausedWorld.setup(h);
  const paused = await runStages(h.emu, pausedWorld.inputs(h, { stages: 'deploy', 'deploy-timeout': '30m' }));
  assert.equal(paused.host.outputs['result'], 'paused', `${at}: the deploy before: ${paused.result.error?.message}`);
  h.emu.control.clearRequests();
  const inputs = pausedWorld.inputs(h, { stages: verb, 'deploy-timeout': '30m' });
  const { result, host } = await faultedRun(h, phase, fault, inputs);
  const served = await pausedWorld.served(h);
  assert.equal(served.failures, 0, `${at}: live traffic got failures`);
  assert.equal(pausedWorld.lease(h), undefined, `${at}: the deploy lock was not released`);
  assert.ok(
    served.versions.every((v) => v === OLD || v === NEW),
    `${at}: live ${served.versions.join(', ')}`,
  );
  if (fault.id === 'sigint') {
    assert.equal(result.status, 'cancelled', `${at}: status (${result.error?.message})`);
    const said = (result.warnings ?? []).join('\n');
    if (verb === 'promote')
      assert.match(
        said,
        /canary stopped: 10% \(or 50%, the write in flight\) of production traffic still goes to the green colour \(web-green\) through Front Door/,
        `${at}: warnings`,
      );
  } else if (fault.id === 'lro-failed') {
    // Failed for good: the step fails and says so; a promote's failure returned the traffic (aborted).
    assert.equal(result.status, 'failed', `${at}: status`);
    assert.match(result.error?.message ?? '', phase.names, `${at}: message`);
    if (verb === 'promote') expectEnded(host, 'abort', served.versions, at);
  } else {
    assert.equal(
      result.status,
      'succeeded',
      `${at}: expected the burst to be ridden out, got: ${result.error?.message}`,
    );
    expectEnded(host, verb, served.versions, at);
  }
  // The same verb again, fault-free, converges (a promote the failure aborted: nothing is paused any more).
  const aborted = fault.id === 'lro-failed' && verb === 'promote';
  const again = await runStages(h.emu, { ...inputs, stages: aborted ? 'abort' : verb, 'lock-timeout': '1m' });
  assert.equal(again.result.status, 'succeeded', `${at}: the re-run: ${again.result.error?.message}`);
  expectEnded(again.host, aborted ? 'abort' : verb, (await pausedWorld.served(h)).versions, `${at}: the re-run`);
}

export function registerCanaryBgCells(title: string): void {
  describe.concurrent(title, () => {
    for (const phase of CANARY_BG_PHASES) {
      for (const fault of CANARY_BG_FAULTS) {
        it(`${phase.label} × ${fault.label}`, { retry: 1, timeout: 120_000 }, async () => {
          const h = await startHarness({ timeScale: TIME_SCALE });
          try {
            await runCanaryBgCell(h, phase, fault);
          } finally {
            await h.emu.close();
          }
        });
      }
    }
  });
}
