/**
 * The fault matrix's template cells.
 * - the deployment: rolling through an ARM template (scale set `web`, 4 instances on 1.0.0, Manual
 *   mode, batches of 2), the fault at the template deployment's PUT; the same promises as every
 *   deploy cell (cells.ts): live traffic on a healthy version, nothing half-done, the lock (on the
 *   resource group) released, a truthful result, a fault-free re-run converges on 2.0.0.
 * - clean-up's delete of an old deployment from the group's history: 22 old deployments of ours,
 *   one still running and one of another tool's; the fault at the first delete. Promises: nothing
 *   running and nothing not ours is deleted, the newest KEEP_DEPLOYMENTS of ours are kept, the
 *   result counts what failed, and a fault-free re-run prunes what is left.
 */
import assert from 'node:assert/strict';
import { KEEP_DEPLOYMENTS } from '../../src/core/cleanup/deployments.js';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { RG, type Harness } from '../emulator-deploy/helpers.js';
import { azureInputs } from '../stages-deploy/harness.js';
import { buildTemplateWorld, rollingInputs, run, type TemplateWorld } from '../stages-template/world.js';
import {
  checkAfter,
  faultedRun,
  killedCell,
  rerunConverges,
  SHORT_TIMEOUT,
  type Fault,
  type Phase,
  type Runner,
  type Verdict,
} from './cells.js';
import { NEW, rolling, type World } from './worlds.js';

const runnerOf =
  (w: TemplateWorld): Runner =>
  (inputs, options) =>
    run(w, inputs, options);

/** Rolling's world (traffic, consistency) with the lease where a template keeps it: the group's tags. */
const templated: World = {
  ...rolling,
  lease: (h) => ((h.emu.control.getResource(h.rgId)?.['tags'] ?? {}) as Record<string, string>)[LOCK_TAG],
  leaseTarget: { kind: 'resource-group', name: RG } as unknown as World['leaseTarget'],
};

export async function runTemplateCell(h: Harness, phase: Phase, fault: Fault): Promise<Verdict> {
  if (phase.id === 'template-prune') return runPruneCell(h, phase, fault);
  const w = await buildTemplateWorld(h);
  // A stuck deployment ends at 'deploy-timeout': long enough for the reads before it (validate and
  // what-if included) on a loaded machine — engine time runs 200× real time, '5m' is 1.5 s.
  const timeouts = fault.id === 'never-ends' ? { 'deploy-timeout': STUCK_TIMEOUT } : { 'deploy-timeout': '30m' };
  const inputs = rollingInputs(w, { 'image-id': w.image[NEW]!, ...timeouts });
  if (fault.id === 'sigkill') {
    await killedCell(h, templated, phase, inputs);
  } else {
    const { result, host } = await faultedRun(h, phase, fault, inputs, runnerOf(w));
    await checkAfter(h, templated, {
      phase,
      fault,
      status: result.status,
      message: result.error?.message ?? '',
      outputs: host.outputs,
    });
  }
  await rerunConverges(h, templated, inputs, runnerOf(w));
  return 'pass';
}

const STUCK_TIMEOUT = '5m';
const OLD_OURS = KEEP_DEPLOYMENTS + 2;

async function runPruneCell(h: Harness, phase: Phase, fault: Fault): Promise<Verdict> {
  if (fault.id === 'sigkill') return 'na';
  const at = `${phase.label} × ${fault.label}`;
  const w = await buildTemplateWorld(h);
  const group = `${h.rgId}/providers/Microsoft.Resources/deployments`;
  const seed = (name: string, n: number, state = 'Succeeded') =>
    h.emu.control.seedResource({
      id: `${group}/${name}`,
      type: 'Microsoft.Resources/deployments',
      body: {
        name,
        properties: { provisioningState: state, timestamp: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString() },
      },
    });
  for (let i = 0; i < OLD_OURS; i++) seed(`immutable-deploy-${100 + i}-old`, i);
  seed('immutable-deploy-99-running', -1, 'Running');
  seed('another-tool', -2);
  h.emu.control.clearRequests();
  const timeout = fault.id === 'never-ends' ? SHORT_TIMEOUT : '30m';
  const inputs = {
    ...azureInputs(h),
    stages: 'cleanup',
    'gallery-name': 'gal',
    'image-definition': 'app',
    'scale-set': 'web',
    template: w.template,
    'cleanup-timeout': timeout,
  };
  const { result, host } = await faultedRun(h, phase, fault, inputs, runnerOf(w));
  const left = () => h.emu.control.listResources('Microsoft.Resources/deployments').map((r) => r.id.split('/').pop()!);
  assert.ok(left().includes('immutable-deploy-99-running'), `${at}: a running deployment was deleted`);
  assert.ok(left().includes('another-tool'), `${at}: another tool's deployment was deleted`);
  for (let i = 2; i < OLD_OURS; i++)
    assert.ok(left().includes(`immutable-deploy-${100 + i}-old`), `${at}: a kept deployment was deleted`);
  const failures = Number(host.outputs['cleanup-failures'] ?? '0');
  const message = result.error?.message ?? result.warnings.join('; ');
  if (fault.kind !== undefined && !['lro-failed', 'lro-never-ends'].includes(fault.kind)) {
    assert.equal(failures, 0, `${at}: expected the burst to be ridden out: ${message}`);
    assert.deepEqual(
      left().filter((n) => /-10[01]-old$/.test(n)),
      [],
      `${at}: the old ones are gone`,
    );
  } else if (fault.id === 'sigint') {
    assert.equal(result.status, 'cancelled', `${at}: status (${message})`);
  } else {
    assert.ok(failures >= 1, `${at}: the failed delete is counted (${message})`);
    assert.match(message, phase.names, `${at}: the warning names the deployment: ${message}`);
  }
  const again = await run(w, { ...inputs, 'cleanup-timeout': '30m' });
  assert.equal(
    again.host.outputs['cleanup-failures'] ?? '0',
    '0',
    `${at}: the re-run: ${again.result.warnings.join('; ')}`,
  );
  assert.deepEqual(
    left().filter((n) => /-10[01]-old$/.test(n)),
    [],
    `${at}: the re-run prunes what is left`,
  );
  return 'pass';
}
