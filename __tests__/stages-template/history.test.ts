/**
 * Clean-up of a template's deployment history: only this engine's deployments, the newest
 * KEEP_DEPLOYMENTS kept, never one still running; plan mode lists the deletes and makes none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeploymentInfo } from '../../src/core/azure/deployment-port.js';
import { KEEP_DEPLOYMENTS, planPrune } from '../../src/core/cleanup/deployments.js';
import { azureInputs } from '../stages-deploy/harness.js';
import { writes } from '../stages-slotswap/context.js';
import { run, templateWorld, type TemplateWorld } from './world.js';

const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 0, n)).toISOString();
const info = (name: string, n: number, state = 'Succeeded'): DeploymentInfo => ({
  name,
  id: `/x/${name}`,
  provisioningState: state,
  timestamp: at(n),
  tags: {},
  parameters: {},
});

describe('planPrune', () => {
  it("keeps the newest of ours, never deletes a running one or another tool's", () => {
    const ours = Array.from({ length: KEEP_DEPLOYMENTS + 3 }, (_, i) => info(`immutable-deploy-${i}-x`, i));
    const history = [
      ...ours,
      info('immutable-deploy-old-running', -1, 'Running'),
      info('main-bicep-20261201', -5),
      info('terraform-x', -6, 'Failed'),
    ];
    const deleted = planPrune(history).map((d) => d.name);
    expect(deleted).toEqual(['immutable-deploy-2-x', 'immutable-deploy-1-x', 'immutable-deploy-0-x']);
    expect(planPrune(ours.slice(0, KEEP_DEPLOYMENTS))).toEqual([]);
  });
});

let w: TemplateWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

describe('the cleanup stage with a template', () => {
  it('deletes our old deployments from the history (plan first: none deleted), leaves the rest', async () => {
    w = await templateWorld();
    const group = `${w.h.rgId}/providers/Microsoft.Resources/deployments`;
    const seed = (name: string, n: number, state = 'Succeeded') =>
      w!.h.emu.control.seedResource({
        id: `${group}/${name}`,
        type: 'Microsoft.Resources/deployments',
        body: { name, properties: { provisioningState: state, timestamp: at(n), mode: 'Incremental' } },
      });
    for (let i = 0; i < KEEP_DEPLOYMENTS + 2; i++) seed(`immutable-deploy-${100 + i}-abc`, i);
    seed('immutable-deploy-99-still', -1, 'Running');
    seed('someone-elses', -3);
    w.h.emu.control.clearRequests();
    const inputs = {
      ...azureInputs(w.h),
      stages: 'cleanup',
      'gallery-name': 'gal',
      'image-definition': 'app',
      'scale-set': 'web',
      template: w.template,
    };
    const plan = await run(w, { ...inputs, 'dry-run': 'true' });
    expect(plan.result.error?.message).toBeUndefined();
    expect(writes(w.h.emu)).toEqual([]);
    const planned = (plan.result.plan ?? []).filter((p) => p.resource.startsWith('template deployment'));
    expect(planned.map((p) => `${p.operation} ${p.resource}`)).toEqual([
      'delete template deployment immutable-deploy-101-abc',
      'delete template deployment immutable-deploy-100-abc',
    ]);

    const real = await run(w, inputs);
    expect(real.result.error?.message).toBeUndefined();
    const left = w.h.emu.control
      .listResources('Microsoft.Resources/deployments')
      .map((r) => r.id.split('/').pop()!)
      .sort();
    expect(left).toHaveLength(KEEP_DEPLOYMENTS + 2);
    expect(left).toContain('immutable-deploy-99-still');
    expect(left).toContain('someone-elses');
    expect(left).not.toContain('immutable-deploy-100-abc');
    expect(left).not.toContain('immutable-deploy-101-abc');
  }, 30_000);
});
