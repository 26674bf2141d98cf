/**
 * The fault matrix's clean-up cells: a definition with versions 1.0.0 … 1.0.5 (oldest first), 1.0.1
 * run by scale set web; 'keep-versions' 2 retires 1.0.0, 1.0.2 and 1.0.3, one DELETE each (one at a
 * time, 'cleanup-parallelism' 1, so that the faulted DELETE is the first), each confirmed by
 * listing. Clean-up serves no traffic: a cell checks the gallery — the version in use and the
 * newest two ('latest' among them) survive every fault — and that the outputs and the warning or
 * error tell the truth. A failed delete is a warning (the run succeeds) unless
 * 'fail-on-cleanup-error': the never-ends cells set it, the others do not. A fault-free re-run
 * deletes what is left — but a version whose DELETE never ends stays Azure's to finish (provisioning
 * state Deleting): it is not sent again nor reported cleaned.
 */
import assert from 'node:assert/strict';
import type { Harness } from '../emulator-deploy/helpers.js';
import { RG } from '../emulator-deploy/helpers.js';
import { createLoadBalancer, createScaleSet, seedImageVersion } from '../stages-deploy/harness.js';
import { runStages } from '../stages-slotswap/context.js';
import { faultedRun, SHORT_TIMEOUT, type Fault, type Phase, type Verdict } from './cells.js';

const DAY = 86_400_000;
const VERSIONS = ['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4', '1.0.5'];
const IN_USE = '1.0.1';
const KEPT = ['1.0.1', '1.0.4', '1.0.5'];
const RETIRED = ['1.0.0', '1.0.2', '1.0.3'];

const present = (h: Harness, v: string) =>
  h.emu.control.getResource(`${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/${v}`) !==
  undefined;
const stateOf = (h: Harness, v: string) =>
  (
    h.emu.control.getResource(`${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/${v}`) as
      { properties?: { provisioningState?: string } } | undefined
  )?.properties?.provisioningState;
const list = (s: string | undefined) => (s ? s.split(',').map((v) => v.trim()) : []);

async function setup(h: Harness): Promise<void> {
  const now = h.emu.control.now().getTime();
  const ids = VERSIONS.map((v, i) => {
    const id = seedImageVersion(h, v);
    const body = h.emu.control.getResource(id) as { properties: Record<string, unknown> };
    // Published a day apart, the oldest 200 days ago.
    const publishedDate = new Date(now - (200 - i) * DAY).toISOString();
    body.properties['publishingProfile'] = { ...(body.properties['publishingProfile'] as object), publishedDate };
    return id;
  });
  await createLoadBalancer(h);
  await createScaleSet(h, ids[VERSIONS.indexOf(IN_USE)]!, { capacity: 1, mode: 'Manual' });
  h.emu.control.clearRequests();
}

const inputs = (extra: Record<string, string>): Record<string, string> => ({
  'resource-group': RG,
  stages: 'cleanup',
  'gallery-name': 'gal',
  'image-definition': 'app',
  'keep-versions': '2',
  'cleanup-parallelism': '1',
  ...extra,
});

export async function runCleanupCell(h: Harness, phase: Phase, fault: Fault): Promise<Verdict> {
  const at = `${phase.label} × ${fault.label}`;
  await setup(h);
  const stuck = fault.id === 'never-ends';
  const run = inputs(
    stuck ? { 'cleanup-timeout': SHORT_TIMEOUT, 'fail-on-cleanup-error': 'true' } : { 'cleanup-timeout': '30m' },
  );
  const { result, host } = await faultedRun(h, phase, fault, run);
  const message = result.error?.message ?? '';
  const warnings = result.warnings.join('\n');
  for (const v of KEPT) assert.ok(present(h, v), `${at}: version ${v} (in use or newest) was deleted`);
  const cleaned = list(host.outputs['cleaned-versions']);
  const left = RETIRED.filter((v) => present(h, v));
  // Outputs tell the truth: a version listed as cleaned is gone; one still there is a failure.
  for (const v of cleaned) assert.ok(!present(h, v), `${at}: cleaned-versions lists ${v}, still there`);
  if (fault.kind !== undefined && !['lro-failed', 'lro-never-ends'].includes(fault.kind)) {
    assert.equal(result.status, 'succeeded', `${at}: expected the burst to be ridden out, got: ${message}`);
    assert.equal(warnings, '', `${at}: warnings`);
    assert.deepEqual(cleaned.sort(), RETIRED, `${at}: cleaned-versions`);
  } else if (fault.id === 'sigint') {
    assert.equal(result.status, 'cancelled', `${at}: status (${message})`);
    assert.match(message, /cancelled/, `${at}: message`);
  } else {
    const reported = stuck ? message : warnings;
    assert.equal(result.status, stuck ? 'failed' : 'succeeded', `${at}: status (${message || warnings})`);
    if (!stuck) assert.match(warnings, /clean-up failed \(a warning/, `${at}: the warning: ${warnings}`);
    assert.ok(left.length > 0, `${at}: the faulted delete removed its version`);
    for (const v of left) assert.ok(!cleaned.includes(v), `${at}: cleaned-versions lists ${v}, still there`);
    assert.equal(host.outputs['cleanup-failures'], String(left.length), `${at}: output cleanup-failures`);
    assert.match(reported, phase.names, `${at}: the failure names the version: ${reported}`);
    if (stuck) assert.match(reported, /'cleanup-timeout'/, `${at}: the failure names the deadline: ${reported}`);
  }
  const again = await runStages(h.emu, { ...run, 'cleanup-timeout': '30m' });
  assert.equal(again.result.status, 'succeeded', `${at}: the fault-free re-run: ${again.result.error?.message}`);
  assert.deepEqual(again.result.warnings, [], `${at}: the re-run: warnings`);
  for (const v of KEPT) assert.ok(present(h, v), `${at}: the re-run deleted ${v}`);
  // A delete whose operation never ends is still Azure's to finish: the re-run sends it no second DELETE.
  const deleting = RETIRED.filter((v) => stateOf(h, v) === 'Deleting');
  assert.deepEqual(deleting, stuck ? deleting : [], `${at}: versions left Deleting`);
  const rest = RETIRED.filter((v) => present(h, v) && !deleting.includes(v));
  assert.deepEqual(rest, [], `${at}: the re-run left versions to retire (${again.result.stages[0]?.message})`);
  for (const v of deleting)
    assert.ok(!list(again.host.outputs['cleaned-versions']).includes(v), `${at}: the re-run lists ${v} as cleaned`);
  return 'pass';
}
