/**
 * The fault matrix's canary cells (App Service): the write that moves production traffic, one
 * PATCH of the production site's config/web ramp-up rule, under throttling, server errors, resets
 * and SIGINT. The first weight write (10%) and the rule's removal before the swap are faulted; the
 * same promises as every cell hold (cells.ts): live traffic served by a healthy version, the lock
 * released, the outputs and message true, a fault-free re-run converges on the new release.
 */
import { describe, it } from 'vitest';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { checkAfter, FAULTS, faultedRun, rerunConverges, type Fault, type Phase } from './cells.js';
import { TIME_SCALE } from './suite.js';
import { WORLDS, type World } from './worlds.js';

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
];

/** The faults a weight write meets: throttling, 5xx, resets, SIGINT. */
export const CANARY_FAULTS: readonly Fault[] = FAULTS.filter((f) =>
  ['429x2', '429x5', '500x5', '503x5', 'resetx5', 'sigint'].includes(f.id),
);

export async function runCanaryCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
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
