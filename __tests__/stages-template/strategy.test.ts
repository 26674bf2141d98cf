/**
 * strategy: template — the template deployment is the release (a scale set in Automatic upgrade
 * mode: Azure replaces the instances as part of the deployment), verify probes it, a failed verify
 * rolls back by deploying the template again with the previous image, and a standalone rollback
 * returns to the recorded previous version. The lease and the record are the resource group's tags.
 * End to end on the emulator through the real SDK.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RECORD_TAGS } from '../../src/core/deploy/record.js';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { lbId } from '../stages-deploy/harness.js';
import { writes } from '../stages-slotswap/context.js';
import { groupTags, modelVersion, run, templateWorld, versions, type TemplateWorld } from './world.js';

let w: TemplateWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

function inputs(world: TemplateWorld, extra: Record<string, string>): Record<string, string> {
  return {
    cloud: 'Custom',
    'arm-endpoint': world.h.emu.endpoint,
    'ca-file': world.h.emu.caFile,
    auth: 'static-token',
    'access-token': 'emulator-token',
    'subscription-id': world.h.emu.subscriptionId,
    'resource-group': 'rg-deploy',
    strategy: 'template',
    template: world.template,
    'live-url': `${world.h.emu.control.endpointFor(lbId(world.h), 80)!}/health`,
    'probe-interval': '10ms',
    'probe-successes': '2',
    'probe-request-timeout': '2s',
    // Azure replaces Automatic-mode instances after the deployment's model write: the probes wait it out.
    'probe-timeout': '5m',
    ...extra,
  };
}

const deployments = (world: TemplateWorld) =>
  world.h.emu.requests.filter((r) => r.operation === 'Deployments_CreateOrUpdate' && r.status < 300).map((r) => r.path);

describe('strategy: template', () => {
  it('plan lists what-if and three writes; the release deploys, verify passes, the record is on the group; again: no change', async () => {
    w = await templateWorld({ mode: 'Automatic' });
    const release = inputs(w, { stages: 'deploy,verify', 'image-id': w.image['2.0.0']! });
    const plan = await run(w, { ...release, 'dry-run': 'true' });
    expect(plan.result.error?.message).toBeUndefined();
    expect(writes(w.h.emu)).toEqual([]);
    expect((plan.result.plan ?? []).map((p) => `${p.operation} ${p.resource}`)).toEqual([
      'tag resource group rg-deploy',
      expect.stringMatching(/^deploy template deployment immutable-deploy-47\d\d-id000000$/),
      'tag resource group rg-deploy',
    ]);
    expect(plan.host.logs()).toContainEqual(
      expect.stringMatching(
        /^plan: what-if: Modify Microsoft\.Compute\/virtualMachineScaleSets web: .*1\.0\.0 → …\/versions\/2\.0\.0/,
      ),
    );

    const real = await run(w, release);
    expect(real.result.error?.message).toBeUndefined();
    expect(real.result.outputs).toMatchObject({ imageVersion: '2.0.0', verifyResult: 'passed' });
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
    expect(groupTags(w)).toMatchObject({ [RECORD_TAGS.current]: '2.0.0' });
    expect(groupTags(w)[LOCK_TAG]).toBeUndefined();
    expect(deployments(w)).toHaveLength(1);

    w.h.emu.control.clearRequests();
    const again = await run(w, release);
    expect(again.result.status).toBe('succeeded');
    expect(deployments(w)).toEqual([]);
  }, 30_000);

  it('a release that fails verify is rolled back by deploying the template with the previous image; then a standalone rollback', async () => {
    w = await templateWorld({ mode: 'Automatic' });
    const ok = await run(w, inputs(w, { stages: 'deploy,verify', 'image-id': w.image['2.0.0']! }));
    expect(ok.result.status).toBe('succeeded');
    w.h.emu.control.health.unhealthyImage('/versions/3.0.0');
    const bad = await run(w, inputs(w, { stages: 'deploy,verify', 'image-id': w.image['3.0.0']! }));
    expect(bad.result.status).toBe('failed');
    expect(bad.result.outputs).toMatchObject({ verifyResult: 'failed', rolledBack: true });
    expect(deployments(w).at(-1)).toMatch(/-rb$/);
    expect(modelVersion(w)).toBe('2.0.0');
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
    expect(groupTags(w)).toMatchObject({ [RECORD_TAGS.current]: '2.0.0', [RECORD_TAGS.failed]: '3.0.0' });
    w.h.emu.control.health.clear();

    // Standalone: the first release had no recorded version before it, so a rollback needs to-version.
    const none = await run(w, inputs(w, { stages: 'rollback' }));
    expect(none.result.error?.message).toMatch(
      /^input 'to-version': is required: resource group 'rg-deploy' has no previous version/,
    );
    // The version is found next to the image deployed last (the template deployment's parameters).
    const back = await run(w, inputs(w, { stages: 'rollback', 'to-version': '1.0.0' }));
    expect(back.result.error?.message).toBeUndefined();
    expect(back.result.outputs).toMatchObject({ rolledBack: true, imageVersion: '1.0.0' });
    expect(modelVersion(w)).toBe('1.0.0');
  }, 30_000);
});
