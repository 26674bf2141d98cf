/**
 * Plan mode of the clean-up stage (helper 6a's planner; its own tests: __tests__/stages-cleanup):
 * the retention plan from real reads, ZERO writes, nothing deleted.
 */
import { afterEach, expect, it } from 'vitest';
import { formatWrite } from '../../src/core/plan/action.js';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { runStages, writes } from '../stages-slotswap/context.js';
import { azureInputs, loadBalancer, RECORD, scaleSet, seedGallery } from './deploy-world.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

it('clean-up in plan mode: the versions it would delete, with their reasons; in-use ones kept; no write', async () => {
  h = await startHarness({ timeScale: 20_000 });
  const v = seedGallery(h, ['1.0.0', '2.0.0', '3.0.0', '4.0.0']);
  await loadBalancer(h, ['pool'], [['http', 80, 'pool']]);
  // The target runs 1.0.0 (a scale set of the subscription uses it); its record says 4.0.0 is live, 3.0.0 previous.
  await scaleSet(h, 'web', v['1.0.0']!, 'pool', { capacity: 2, tags: RECORD('4.0.0', '3.0.0') });
  h.emu.control.clearRequests();
  const { result } = await runStages(h.emu, {
    ...azureInputs(h),
    'dry-run': 'true',
    stages: 'cleanup',
    'scale-set': 'web',
    'gallery-name': 'gal',
    'image-definition': 'app',
    'keep-versions': '1',
  });
  expect(result.error).toBeUndefined();
  expect(result.status).toBe('succeeded');
  expect(h.emu.requests.length).toBeGreaterThan(0);
  expect(writes(h.emu)).toEqual([]);
  const planned = (result.plan ?? []).map((w) => `${w.stage}: ${w.operation} ${w.resource}`);
  expect(planned).toEqual(['cleanup: delete gallery image version gal/app 2.0.0']);
  expect(formatWrite(result.plan![0]!)).toMatch(/^delete gallery image version gal\/app 2\.0\.0: .+/);
  for (const version of ['1.0.0', '2.0.0', '3.0.0', '4.0.0'])
    expect(h.emu.control.getResource(v[version]!)).toBeDefined();
});
