/**
 * The fault matrix's blue-green canary cells: the writes that move production traffic through
 * Azure Front Door, one PATCH of an origin (AFDOrigins_Update, a long-running operation), under
 * throttling, server errors, resets, an operation that ends Failed and SIGINT. The first weight
 * (the preview origin enabled at 10%) and the preview origin disabled before the load balancer
 * switch are faulted; the same promises as every cell hold (cells.ts): traffic served by a healthy
 * version — here through the Front Door endpoint, once Front Door has propagated — the lock
 * released, the outputs and message true, a fault-free re-run converges on the new release.
 */
import { describe, it } from 'vitest';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { requestLoop } from '../emulator-deploy/helpers.js';
import { addFrontDoor, waitForFrontDoor, type FrontDoorWorld } from '../emulator-frontdoor/world.js';
import { checkAfter, FAULTS, faultedRun, rerunConverges, type Fault, type Phase } from './cells.js';
import { TIME_SCALE } from './suite.js';
import { WORLDS, type World } from './worlds.js';

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
];

/** The faults an origin write meets: throttling, 5xx, resets, an operation that ends Failed, SIGINT. */
export const CANARY_BG_FAULTS: readonly Fault[] = FAULTS.filter((f) =>
  ['429x2', '429x5', '500x5', '503x5', 'resetx5', 'lro-failed', 'sigint'].includes(f.id),
);

export async function runCanaryBgCell(h: Harness, phase: Phase, fault: Fault): Promise<void> {
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
