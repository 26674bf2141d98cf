/**
 * The default target of a standalone rollback after a deploy that failed and was left as it was
 * ('auto-rollback' false): the version live before that deploy — not the recorded previous one —
 * and the record then keeps its previous version and names the failed one.
 */
import { afterEach, expect, it } from 'vitest';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  runSteps,
  seedImageVersion,
  start,
  tagsOf,
  versions,
  type Harness,
} from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

it('rollback without to-version returns to the version live before the unfinished deploy', async () => {
  h = await start();
  const [v1, v2, v3] = ['1.0.0', '2.0.0', '3.0.0'].map((v) => seedImageVersion(h, v));
  await createLoadBalancer(h);
  await createScaleSet(h, v1!, { capacity: 4, mode: 'Manual' });
  const deploy = (image: string, extra: Record<string, string> = {}) =>
    runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': image, 'max-batch-percent': '50', ...extra }));
  expect((await deploy(v2!)).result.status).toBe('succeeded');
  h.emu.control.health.unhealthyImage('/versions/3.0.0');
  const failed = await deploy(v3!, { 'auto-rollback': 'false' });
  expect(failed.result.status).toBe('failed');
  expect(failed.result.error!.message).toMatch(/run the 'rollback' stage to return to 2\.0\.0/);
  expect(tagsOf(h)).toMatchObject({
    'immutable-deploy.current-version': '2.0.0',
    'immutable-deploy.target-version': '3.0.0',
    'immutable-deploy.state': 'deploying',
  });
  h.emu.control.health.clear();

  const back = await runSteps(h, baseInputs(h, { stages: 'rollback' }));
  expect(back.result.error).toBeUndefined();
  expect(back.result.outputs).toMatchObject({ rolledBack: true, imageVersion: '2.0.0' });
  expect(versions(h)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
  expect(tagsOf(h)).toMatchObject({
    'immutable-deploy.current-version': '2.0.0',
    'immutable-deploy.previous-version': '1.0.0',
    'immutable-deploy.failed-version': '3.0.0',
    'immutable-deploy.state': 'rolled-back',
  });
  expect(tagsOf(h)['immutable-deploy.target-version']).toBeUndefined();
}, 30_000);

it('a rollback that fails too says exactly what is live and what to do', async () => {
  h = await start();
  const [v1, v2] = ['1.0.0', '2.0.0'].map((v) => seedImageVersion(h, v));
  await createLoadBalancer(h);
  await createScaleSet(h, v1!, { capacity: 4, mode: 'Manual' });
  h.emu.control.health.unhealthyImage('/versions/2.0.0');
  // The lease and the deploy's model write go through; the rollback's model write ends Failed in Azure
  // (not transient: the revert stops there instead of retrying until its budget ends).
  h.emu.control.addFault({ kind: 'lro-failed', operation: 'VirtualMachineScaleSets_Update', skip: 2 });
  const inputs = { stages: 'deploy', 'image-id': v2!, 'max-batch-percent': '50', 'deploy-timeout': '6s' };
  const { result } = await runSteps(h, baseInputs(h, inputs));
  expect(result.status).toBe('failed');
  expect(result.outputs.rolledBack).toBe(false);
  expect(result.error!.message).toMatch(
    /the rollback failed too: .*live now: scale set web: model on \d\.0\.0; instances: (2 on 2\.0\.0, 2 on 1\.0\.0|2 on 1\.0\.0, 2 on 2\.0\.0)/,
  );
  expect(result.error!.message).toMatch(/re-run this step to finish the rollback, or run the 'rollback' stage/);
}, 30_000);
