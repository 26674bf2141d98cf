/**
 * The engine's template-deployment traffic for the oav tests (Microsoft.Resources/deployments,
 * api-version 2026-06-01): on the template world of stages-template/world.ts (scale set `web` on
 * 1.0.0 declared by an ARM JSON template whose image is a parameter), a plan run (validate and
 * what-if) and the real rolling release through the template to 2.0.0 (the deployment's PUT, its
 * polls and reads); then fault-matrix cells (faults/cells.ts) whose deployment ends Failed (the
 * engine reads its failed operations) and whose clean-up deletes an old deployment under throttling.
 */
import { startHarness } from '../emulator-deploy/helpers.js';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { FAULTS, PHASES, runCell, type FaultId } from '../faults/cells.js';
import { TIME_SCALE } from '../faults/suite.js';
import { buildTemplateWorld, rollingInputs, run } from '../stages-template/world.js';

/** What the two runs ended with (the recording test asserts them). */
export interface TemplateOutcome {
  plan: string;
  apply: string;
  error?: string;
}

export async function recordTemplate(record: (x: RecordedExchange) => void): Promise<TemplateOutcome> {
  let recording = false;
  const h = await startHarness({ timeScale: 20_000, pageSize: 2, record: (x) => recording && record(x) });
  try {
    const w = await buildTemplateWorld(h);
    recording = true;
    const inputs = rollingInputs(w, { 'image-id': w.image['2.0.0']! });
    // One run id for both: the plan names the deployment the real run makes.
    const plan = await run(w, { ...inputs, 'dry-run': 'true' }, { runId: 'oav-1' });
    const apply = await run(w, inputs, { runId: 'oav-1' });
    return { plan: plan.result.status, apply: apply.result.status, error: apply.result.error?.message };
  } finally {
    await h.emu.close();
  }
}

/** Template cells of the fault matrix: phase id × fault id. */
export const TEMPLATE_CELLS: readonly (readonly [string, FaultId])[] = [
  ['template-deploy', 'lro-failed'],
  ['template-prune', '429x2'],
];

/** Runs the cells, each on a recording emulator of its own (the matrix's time scale). */
export async function recordTemplateCells(record: (x: RecordedExchange) => void): Promise<void> {
  for (const [phaseId, faultId] of TEMPLATE_CELLS) {
    const phase = PHASES.find((p) => p.id === phaseId)!;
    const fault = FAULTS.find((f) => f.id === faultId)!;
    const h = await startHarness({ timeScale: TIME_SCALE, record });
    try {
      if ((await runCell(h, phase, fault)) !== 'pass') throw new Error(`${phaseId} × ${faultId} did not run`);
    } finally {
      await h.emu.close();
    }
  }
}
