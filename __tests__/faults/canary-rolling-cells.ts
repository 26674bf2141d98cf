/**
 * The fault matrix's rolling canary cells: the writes that move a share of the instances to the
 * new model, one updateInstances (manualUpgrade POST) per weight step, under throttling, server
 * errors, resets, an operation that ends Failed or never ends, and SIGINT. The rolling world (4
 * instances, Manual) walks 25% (instance 0), a pause, 50% (instance 1), then 100% (2 and 3); the
 * first and the second step's writes are faulted. The same promises as every cell hold
 * (cells.ts): live traffic served by a healthy version, the lock released, the outputs and
 * message true, a fault-free re-run converges on the new release.
 */
import { describe, it } from 'vitest';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { checkAfter, FAULTS, faultedRun, rerunConverges, type Fault, type Phase } from './cells.js';
import { TIME_SCALE } from './suite.js';
import { WORLDS, type World } from './worlds.js';

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
];

/** Every fault but SIGKILL (the rolling batch's SIGKILL cell covers a CLI killed at this write). */
export const CANARY_ROLLING_FAULTS: readonly Fault[] = FAULTS.filter((f) => f.id !== 'sigkill');

export async function runCanaryRollingCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
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

export function registerCanaryRollingCells(title: string): void {
  describe.concurrent(title, () => {
    for (const phase of CANARY_ROLLING_PHASES) {
      for (const fault of CANARY_ROLLING_FAULTS) {
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
