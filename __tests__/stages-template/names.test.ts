/** Deployment names: unique per run, Azure's characters only, at most 64 of them, one per purpose. */
import { describe, expect, it } from 'vitest';
import { deploymentName, isOurs } from '../../src/core/deploy/template/deployment-name.js';
import type { StageContext } from '../../src/core/stages/stage.js';

function ctx(run: { runId?: string; runNumber?: number } | undefined, ids: string[]): StageContext {
  return {
    settings: { deploy: { template: { path: 'web.json', kind: 'json', parameters: {}, imageParameter: 'imageId' } } },
    deps: { run, newId: () => ids.shift()!, clock: { now: () => 1_765_000_000_000 } },
  } as unknown as StageContext;
}

const AZURE = /^[-\w.()]{1,64}$/;

describe('deploymentName', () => {
  it('is immutable-deploy-<run>-<short id>, the same for the whole run, -rb for a rollback', () => {
    const c = ctx({ runId: '16042', runNumber: 7 }, ['a1b2c3d4e5f6', 'ffff0000aaaa']);
    expect(deploymentName(c)).toBe('immutable-deploy-16042-a1b2c3d4');
    expect(deploymentName(c)).toBe('immutable-deploy-16042-a1b2c3d4');
    expect(deploymentName(c, true)).toBe('immutable-deploy-16042-ffff0000-rb');
    expect(isOurs(deploymentName(c))).toBe(true);
    expect(isOurs('main-20261205')).toBe(false);
  });

  it("keeps to Azure's characters and length whatever the run id; a laptop run uses the clock", () => {
    const odd = ctx({ runId: 'refs/pull/42/merge:attempt #3 é'.repeat(4) }, ['x/y:z?1234567890']);
    const name = deploymentName(odd);
    expect(name).toMatch(AZURE);
    expect(name.length).toBeLessThanOrEqual(64);
    const local = ctx(undefined, []);
    (local.deps as { newId?: unknown }).newId = undefined;
    expect(deploymentName(local)).toMatch(/^immutable-deploy-local-[a-z0-9]{1,8}$/);
  });
});
