/**
 * A rolling canary through an ARM JSON template (stages-template/world.ts: 4 instances, Manual,
 * fast engine time): the template's deployment is the model update, as without a canary, then the
 * steps replace the instances: 25% (1), 50% (1 more), 100% (the 2 left, one batch of 50%).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writes } from '../stages-slotswap/context.js';
import {
  groupTags,
  modelVersion,
  rollingInputs,
  run,
  templateWorld,
  versions,
  type TemplateWorld,
} from '../stages-template/world.js';

let w: TemplateWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

describe('rolling canary through a template', () => {
  it('deploys the template once, then walks the steps', async () => {
    w = await templateWorld();
    const inputs = rollingInputs(w, { 'image-id': w.image['2.0.0']!, 'canary-steps': '25%, pause 1m, 50%, 100%' });
    const { result, host } = await run(w, inputs);
    expect(result.error?.message).toBeUndefined();
    expect(host.outputs).toMatchObject({ result: 'promoted', 'canary-weight': '100', 'canary-step': '4/4: 100%' });
    expect(versions(w)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
    expect(modelVersion(w)).toBe('2.0.0');
    const ops = writes(w.h.emu).map((r) => r.operation);
    expect(ops.filter((o) => o === 'Deployments_CreateOrUpdate')).toHaveLength(1);
    expect(ops.filter((o) => o === 'VirtualMachineScaleSets_UpdateInstances')).toHaveLength(3);
    expect(ops.filter((o) => o === 'VirtualMachineScaleSets_Update')).toEqual([]);
    expect(groupTags(w)).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.state': 'live',
    });
  });
});
