/**
 * A rolling release through an ARM JSON template, end to end on the emulator through the real SDK:
 * what-if in plan mode lists the image change, the template deployment sets the model, the
 * instances are replaced in gated batches, a bad release is rolled back by deploying the template
 * again with the previous image; a template error names the resource and Azure's cause before any
 * instance is touched; bad input writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RECORD_TAGS } from '../../src/core/deploy/record.js';
import { writes } from '../stages-slotswap/context.js';
import {
  groupTags,
  modelVersion,
  rollingInputs,
  run,
  templateOf,
  templateWorld,
  versions,
  writeTemplate,
  type TemplateWorld,
} from './world.js';

let w: TemplateWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

const deploymentsOf = (world: TemplateWorld) =>
  world.h.emu.requests.filter((r) => r.operation === 'Deployments_CreateOrUpdate' && r.status < 300);

describe('rolling through a template', () => {
  it('plan: validate and what-if (no write) list the image change; the real run deploys the template, then replaces the instances in gated batches', async () => {
    w = await templateWorld();
    const inputs = rollingInputs(w, { 'image-id': w.image['2.0.0']! });
    const plan = await run(w, { ...inputs, 'dry-run': 'true' });
    expect(plan.result.error?.message).toBeUndefined();
    expect(writes(w.h.emu)).toEqual([]);
    const ops = w.h.emu.requests.map((r) => r.operation);
    expect(ops).toContain('Deployments_Validate');
    expect(ops).toContain('Deployments_WhatIf');
    const lines = plan.host.logs();
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^plan: what-if: 3 resource\(s\): 0 to create, 1 to modify, 0 to delete, 0 unchanged, 2 ignored$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^plan: what-if: Modify Microsoft\.Compute\/virtualMachineScaleSets web: .*imageReference\.id: …\/versions\/1\.0\.0 → …\/versions\/2\.0\.0/,
      ),
    );
    expect((plan.result.plan ?? []).map((p) => p.operation)).toEqual(['tag', 'deploy', 'replace', 'replace', 'tag']);
    expect(lines.filter((l) => l.startsWith('plan: what-if: Ignore'))).toEqual([]);
    expect(plan.result.plan![0]).toMatchObject({ resource: 'resource group rg-deploy', operation: 'tag' });
    expect(plan.result.plan![1]).toMatchObject({
      resource: expect.stringMatching(/^template deployment immutable-deploy-47\d\d-id000000$/),
      before: 'image 1.0.0',
      after: 'imageId 2.0.0',
    });

    w.h.emu.control.clearRequests();
    const real = await run(w, inputs);
    expect(real.result.error?.message).toBeUndefined();
    expect(real.result.status).toBe('succeeded');
    expect(deploymentsOf(w)).toHaveLength(1);
    expect(deploymentsOf(w)[0]!.path).toMatch(/\/deployments\/immutable-deploy-\d+-id\w+$/);
    // The deployment set the model; the engine replaced the instances in two gated batches.
    expect(modelVersion(w)).toBe('2.0.0');
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
    expect(w.h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(2);
    expect(real.result.outputs).toMatchObject({
      imageVersion: '2.0.0',
      previousImageVersion: '1.0.0',
      upgradedInstances: 4,
    });
    // The record lives on the resource group (the template rewrites the scale set's tags).
    expect(groupTags(w)).toMatchObject({ [RECORD_TAGS.current]: '2.0.0', [RECORD_TAGS.previous]: '1.0.0' });
    expect(groupTags(w)[RECORD_TAGS.target]).toBeUndefined();
  }, 30_000);

  it("Rolling upgrade mode: the deployment starts Azure's rolling upgrade, which the engine follows; no policy override is written", async () => {
    w = await templateWorld({ mode: 'Rolling' });
    const { result } = await run(w, rollingInputs(w, { 'image-id': w.image['2.0.0']! }));
    expect(result.error?.message).toBeUndefined();
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
    // The template owns the scale set's upgrade policy: the max-* inputs are not written (no PATCH at all).
    expect(w.h.emu.requests.filter((r) => r.write && r.operation === 'VirtualMachineScaleSets_Update')).toEqual([]);
    expect(deploymentsOf(w)).toHaveLength(1);
  }, 30_000);

  it('a release that fails its gate is rolled back by deploying the template again with the previous image', async () => {
    w = await templateWorld();
    w.h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const { result } = await run(w, rollingInputs(w, { 'image-id': w.image['2.0.0']! }));
    expect(result.status).toBe('failed');
    expect(result.outputs.rolledBack).toBe(true);
    expect(result.error!.message).toMatch(/batch 1 of 2 failed/);
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again on scale set web/);
    const deployments = deploymentsOf(w);
    expect(deployments).toHaveLength(2);
    expect(deployments[1]!.path).toMatch(/-rb$/);
    expect(modelVersion(w)).toBe('1.0.0');
    expect(versions(w)).toEqual(Array(4).fill('1.0.0'));
    expect(groupTags(w)).toMatchObject({ [RECORD_TAGS.current]: '1.0.0', [RECORD_TAGS.failed]: '2.0.0' });
  }, 30_000);

  it("a template error names the resource and Azure's cause before any write", async () => {
    w = await templateWorld();
    const broken = templateOf(w.h, (r) => {
      r['apiVersion'] = '1999-01-01';
    });
    const inputs = rollingInputs(w, {
      'image-id': w.image['2.0.0']!,
      template: writeTemplate(w, broken, 'broken.json'),
    });
    const { result } = await run(w, inputs);
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/^input 'template': '.*broken\.json' was refused by Azure's validation: /);
    expect(result.error!.message).toMatch(
      /validation: Microsoft\.Compute\/virtualMachineScaleSets web: NoRegisteredProviderFound: .*'1999-01-01'.* \(InvalidTemplateDeployment\)$/,
    );
    expect(writes(w.h.emu)).toEqual([]);
    expect(versions(w)).toEqual(Array(4).fill('1.0.0'));
  }, 30_000);

  it("a deployment whose resource fails: Azure's error per resource from the operations, no instance touched, 1.0.0 still live", async () => {
    w = await templateWorld();
    w.h.emu.control.addFault({ kind: 'lro-failed', operation: 'VirtualMachineScaleSets_CreateOrUpdate', times: 1 });
    const { result } = await run(w, rollingInputs(w, { 'image-id': w.image['2.0.0']! }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /^deploy failed: template deployment immutable-deploy-\d+-id\w+ in resource group rg-deploy failed: Microsoft\.Compute\/virtualMachineScaleSets web: \w+: /,
    );
    expect(result.error!.message).toMatch(/1\.0\.0 is still live|rolled back: image 1\.0\.0 is live again/);
    expect(w.h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances')).toEqual([]);
    expect(versions(w)).toEqual(Array(4).fill('1.0.0'));
    expect(modelVersion(w)).toBe('1.0.0');
  }, 30_000);

  it('a template that does not pass the image to the scale set: the deploy stops before any instance is replaced', async () => {
    w = await templateWorld();
    const fixed = templateOf(w.h, (r) => {
      const p = r['properties'] as Record<string, Record<string, Record<string, unknown>>>;
      p['virtualMachineProfile']!['storageProfile']!['imageReference'] = { id: w!.image['1.0.0'] };
    });
    const inputs = rollingInputs(w, { 'image-id': w.image['2.0.0']!, template: writeTemplate(w, fixed, 'fixed.json') });
    const { result } = await run(w, inputs);
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /the model of scale set web points at 1\.0\.0, not 2\.0\.0; expected the template to set the scale set's imageReference\.id from parameter 'imageId'/,
    );
    expect(w.h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances')).toEqual([]);
  }, 30_000);

  it('bad input (an image parameter the template does not declare): zero requests to Azure', async () => {
    w = await templateWorld();
    const { result } = await run(
      w,
      rollingInputs(w, { 'image-id': w.image['2.0.0']!, 'image-parameter': 'image' }),
    ).catch((err: Error) => ({ result: { status: 'failed', error: err } }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/^input 'image-parameter': 'image' is not a parameter of template/);
    expect(w.h.emu.requests).toEqual([]);
  }, 30_000);
});
