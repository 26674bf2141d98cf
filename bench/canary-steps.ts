/**
 * Writes per canary step, on the emulator through the real SDKs: a canary's request log is cut at
 * each weight write (the target kind says which writes move traffic), so every segment is one step
 * and what runs in it (its pause, its analysis) — the promise is ONE write a weight step and none
 * for a pause or an analysis. Also the two-invocation path: a deploy that stops at an open pause,
 * then 'promote'. Rows per target kind: slot swap (ramp-up rule), blue-green (Front Door origin
 * weights), rolling (instances on the new model: a Manual scale set of 10, one UpdateInstances a
 * weight step; at 100% the instances left in the configured batches).
 * Run: npx tsx bench/canary-steps.ts   Not a timed test: prints a table.
 */
import { startHarness, type Harness } from '../__tests__/emulator-deploy/helpers.js';
import { runStages } from '../__tests__/stages-slotswap/context.js';
import { createSite, image, inputs as slotInputs } from '../__tests__/stages-slotswap/world.js';
import { addFrontDoor, type FrontDoorWorld } from '../__tests__/emulator-frontdoor/world.js';
import { WORLDS } from '../__tests__/faults/worlds.js';
import { createLoadBalancer, createScaleSet, seedImageVersion } from '../__tests__/stages-deploy/harness.js';

type Request = Harness['emu']['requests'][number];

interface Kind {
  /** Seeds the target with 1.0.0 live. */
  setup(h: Harness): Promise<void>;
  /** The deploy of 2.0.0 with these canary steps. */
  inputs(h: Harness, steps: string, extra?: Record<string, string>): Record<string, string>;
  /** A write that sets the new release's share. */
  isWeightWrite(r: Request): boolean;
}

/** blue-green's Front Door, per harness (the world builder makes it after the pair). */
const doors = new WeakMap<Harness, FrontDoorWorld>();

const KINDS: Record<string, Kind> = {
  'blue-green (Front Door origin weights)': {
    async setup(h) {
      await WORLDS['blue-green'].setup(h);
      const lbId = `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
      doors.set(h, await addFrontDoor(h.emu, { lbId, livePort: 80, previewPort: 8081, previewEnabled: false }));
    },
    inputs: (h, steps, extra = {}) =>
      WORLDS['blue-green'].inputs(h, {
        'canary-steps': steps,
        'front-door-origin-group': doors.get(h)!.originGroupId,
        'deploy-timeout': '2h',
        ...extra,
      }),
    // The preview origin's PATCH; the live origin's base weight is written once, before the first step.
    isWeightWrite: (r) => r.operation === 'AFDOrigins_Update' && /\/origins\/preview(\?|$)/i.test(r.path),
  },
  'rolling (instances on the new model, 10 instances)': {
    async setup(h) {
      h.emu.control.setInstanceTimings({ bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 });
      const v1 = seedImageVersion(h, '1.0.0');
      seedImageVersion(h, '2.0.0');
      await createLoadBalancer(h);
      await createScaleSet(h, v1, { capacity: 10, mode: 'Manual' });
    },
    inputs: (h, steps, extra = {}) =>
      WORLDS.rolling.inputs(h, { 'canary-steps': steps, 'deploy-timeout': '2h', ...extra }),
    // The instance replacement of a step; 100%'s batches are cut too (the last is the 100% segment).
    isWeightWrite: (r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances',
  },
  'slot swap (ramp-up rule)': {
    setup: (h) => createSite(h),
    inputs: (h, steps, extra = {}) =>
      slotInputs(h, { 'container-image': image('2.0.0'), 'canary-steps': steps, ...extra }),
    // The production site's config/web PATCH (its ramp-up rule); a slot's own config is not one.
    isWeightWrite: (r) => r.operation === 'WebApps_UpdateConfiguration' && !/\/slots\//i.test(r.path),
  },
};

const STEPS = '10%, pause 1m, 25%, analysis, 50%, 75%, 100%';
const writes = (h: Harness) => h.emu.requests.filter((r) => r.write && r.status < 400);

/** The log cut at each weight write: [before the first, from each weight write to the next]. */
function segments(list: Request[], kind: Kind): Request[][] {
  const out: Request[][] = [[]];
  for (const r of list) {
    if (kind.isWeightWrite(r)) out.push([]);
    out.at(-1)!.push(r);
  }
  return out;
}

async function walked(name: string, kind: Kind) {
  const h = await startHarness({ timeScale: 600 });
  try {
    await kind.setup(h);
    h.emu.control.clearRequests();
    const { result } = await runStages(h.emu, kind.inputs(h, STEPS, { stages: 'deploy' }));
    if (result.status !== 'succeeded') throw new Error(`${name}: ${result.error?.message}`);
    const [prepare, ...steps] = segments(writes(h), kind);
    // The last segment starts at the weight write that returns the share before the switch.
    const complete = steps.pop()!;
    const reads = h.emu.requests.filter((r) => !r.write).length;
    return {
      prepare: prepare!.length,
      perStep: steps.map((s) => s.length),
      complete: complete.length,
      total: writes(h).length,
      reads,
    };
  } finally {
    await h.emu.close();
  }
}

async function paused(kind: Kind) {
  const h = await startHarness({ timeScale: 600 });
  try {
    await kind.setup(h);
    h.emu.control.clearRequests();
    const steps = '10%, pause, 50%, 100%';
    await runStages(h.emu, kind.inputs(h, steps, { stages: 'deploy' }));
    const deploy = writes(h).length;
    h.emu.control.clearRequests();
    await runStages(h.emu, kind.inputs(h, steps, { stages: 'deploy' }));
    const rerun = writes(h).length;
    h.emu.control.clearRequests();
    const { result } = await runStages(h.emu, kind.inputs(h, steps, { stages: 'promote' }));
    if (result.status !== 'succeeded') throw new Error(`promote: ${result.error?.message}`);
    return { deploy, rerun, promote: writes(h).length, weights: writes(h).filter(kind.isWeightWrite).length };
  } finally {
    await h.emu.close();
  }
}

const rows: string[] = [
  `| target kind | writes per weight step (${STEPS}) | before the first step | 100% (switch) | whole run | paused deploy / re-run / promote |`,
  '|---|---|---|---|---|---|',
];
for (const [name, kind] of Object.entries(KINDS)) {
  const w = await walked(name, kind);
  const p = await paused(kind);
  rows.push(
    `| ${name} | ${w.perStep.join(' · ')} | ${w.prepare} | ${w.complete} | ${w.total} writes, ${w.reads} reads | ${p.deploy} / ${p.rerun} / ${p.promote} writes (${p.weights} of them weights) |`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
