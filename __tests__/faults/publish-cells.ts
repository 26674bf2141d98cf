/**
 * The fault matrix's publish cells: a gallery with a definition, version 1.0.0 and a managed image;
 * the run publishes that image as version 2.0.0 (explicit, so that a re-run converges on the same
 * name) with the fault at the version PUT. Publish serves no traffic: in place of "live traffic is
 * healthy", a cell checks the gallery — nothing that 'latest' resolves to is in provisioning state
 * Failed, 1.0.0 is untouched — and that the outputs name only a version that exists, Succeeded.
 * A fault-free re-run converges on 2.0.0 — except after a create that never ends: Azure's create
 * still runs, so the re-run waits for it again and stops at 'replication-timeout', saying so.
 */
import assert from 'node:assert/strict';
import type { Harness } from '../emulator-deploy/helpers.js';
import { LOCATION, RG } from '../emulator-deploy/helpers.js';
import { seedImageVersion } from '../stages-deploy/harness.js';
import { runStages } from '../stages-slotswap/context.js';
import { faultedRun, matching, SHORT_TIMEOUT, type Fault, type Phase, type Verdict } from './cells.js';
import { NEW, OLD } from './worlds.js';

type Body = { properties?: { provisioningState?: string; publishingProfile?: { excludeFromLatest?: boolean } } };

const galleryId = (h: Harness) => `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
const definitionId = (h: Harness) => `${galleryId(h)}/images/app`;
const versionId = (h: Harness, v: string) => `${definitionId(h)}/versions/${v}`;
const imageId = (h: Harness) => `${h.rgId}/providers/Microsoft.Compute/images/img`;
const stateOf = (h: Harness, v: string) =>
  (h.emu.control.getResource(versionId(h, v)) as Body | undefined)?.properties?.provisioningState;

async function setup(h: Harness): Promise<void> {
  seedImageVersion(h, OLD); // with its gallery and definition
  h.emu.control.seedResource({
    id: imageId(h),
    body: {
      location: LOCATION,
      properties: {
        storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' }, dataDisks: [] },
        hyperVGeneration: 'V2',
        provisioningState: 'Succeeded',
      },
    },
  });
  h.emu.control.clearRequests();
}

const inputs = (h: Harness, extra: Record<string, string>): Record<string, string> => ({
  'resource-group': RG,
  stages: 'publish',
  builder: 'none',
  'gallery-name': 'gal',
  'image-definition': 'app',
  'managed-image-id': imageId(h),
  'image-version': NEW,
  ...extra,
});

/** The definition's versions: name → provisioning state, and the one 'latest' resolves to. */
function gallery(h: Harness): { states: Record<string, string>; latest?: string } {
  const prefix = `${definitionId(h)}/versions/`.toLowerCase();
  const versions = h.emu.control
    .listResources()
    .filter((r) => r.id.toLowerCase().startsWith(prefix))
    .map((r) => ({ name: r.id.split('/').pop()!, body: r.body as Body }));
  const states = Object.fromEntries(versions.map((v) => [v.name, v.body.properties?.provisioningState ?? '?']));
  // Azure: 'latest' is the highest version not excluded from latest (Compute Gallery docs, "latest").
  const candidates = versions
    .filter((v) => !v.body.properties?.publishingProfile?.excludeFromLatest)
    .map((v) => v.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { states, latest: candidates.pop() };
}

export async function runPublishCell(h: Harness, phase: Phase, fault: Fault): Promise<Verdict> {
  const at = `${phase.label} × ${fault.label}`;
  await setup(h);
  const stuck = fault.id === 'never-ends';
  const timeout = stuck ? SHORT_TIMEOUT : '30m';
  const run = inputs(h, { 'replication-timeout': timeout });
  const { result, host } = await faultedRun(h, phase, fault, run);
  const message = result.error?.message ?? '';
  const after = gallery(h);
  assert.equal(after.states[OLD], 'Succeeded', `${at}: version ${OLD} is ${after.states[OLD]}`);
  assert.notEqual(
    after.latest && after.states[after.latest],
    'Failed',
    `${at}: 'latest' resolves to a Failed version (${JSON.stringify(after.states)}; ${message})`,
  );
  // Outputs tell the truth: they name a version only when it exists and Succeeded.
  const named = host.outputs['image-id'];
  if (named) assert.equal(stateOf(h, named.split('/').pop()!), 'Succeeded', `${at}: output image-id ${named}`);
  if (fault.kind !== undefined && !['lro-failed', 'lro-never-ends'].includes(fault.kind)) {
    assert.equal(result.status, 'succeeded', `${at}: expected the burst to be ridden out, got: ${message}`);
    assert.equal(stateOf(h, NEW), 'Succeeded', `${at}: version ${NEW}`);
    assert.equal(host.outputs['image-version'], NEW, `${at}: output image-version`);
    assert.equal(host.outputs['image-id'], versionId(h, NEW), `${at}: output image-id`);
  } else if (fault.id === 'sigint') {
    assert.equal(result.status, 'cancelled', `${at}: status (${message})`);
    assert.match(message, /cancelled/, `${at}: message`);
  } else {
    assert.equal(result.status, 'failed', `${at}: status`);
    assert.match(message, phase.names, `${at}: the message names the version: ${message}`);
    assert.equal(host.outputs['image-id'], undefined, `${at}: output image-id after a failure`);
    if (fault.id === 'never-ends')
      assert.match(message, /'replication-timeout'/, `${at}: the message names the deadline: ${message}`);
  }
  const again = await runStages(h.emu, { ...run, 'replication-timeout': stuck ? SHORT_TIMEOUT : '30m' });
  if (stuck) {
    // Azure's create still runs (the emulator's never ends): the re-run waits for it, stops at the
    // deadline again and says so; it neither writes a second version nor outputs one.
    assert.equal(again.result.status, 'failed', `${at}: the re-run of a create still running`);
    assert.match(again.result.error?.message ?? '', /'replication-timeout'.*re-run/, `${at}: the re-run's message`);
    assert.equal(again.host.outputs['image-id'], undefined, `${at}: the re-run: output image-id`);
    assert.equal(matching(h, phase.operation).length, 1, `${at}: the re-run wrote the version again`);
    return 'pass';
  }
  assert.equal(again.result.status, 'succeeded', `${at}: the fault-free re-run: ${again.result.error?.message}`);
  assert.equal(again.host.outputs['image-version'], NEW, `${at}: the re-run: output image-version`);
  assert.equal(stateOf(h, NEW), 'Succeeded', `${at}: the re-run: version ${NEW}`);
  assert.equal(gallery(h).latest, NEW, `${at}: the re-run: 'latest'`);
  return 'pass';
}
