/**
 * `immutable-deploy unlock` through the CLI's source entry (tsx), against the emulator: it breaks
 * a dead run's lease only when --holder names its owner, warns naming the holder and its run URL,
 * and refuses otherwise showing the actual holder.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { ROOT, runNode, stackLines } from '../adapters/helpers.js';
import { poll, RG } from '../emulator-deploy/helpers.js';
import {
  azureInputs,
  createLoadBalancer,
  createScaleSet,
  seedImageVersion,
  start,
  type Harness,
} from '../stages-deploy/harness.js';
import { SCALE_SET, stored } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await start();
  await createLoadBalancer(h);
  await createScaleSet(h, seedImageVersion(h, '1.0.0'), { capacity: 1, mode: 'Manual' });
});
afterAll(() => h?.emu.close());

const DEAD = 'github-4242-deploy-a1-0badc0ffee00';
const LEASE = `${DEAD};${new Date(Date.now() + 3_600_000).toISOString()};https://ci.example/runs/4242`;
const ENTRY = join(ROOT, 'src/cli/index.ts');

function unlock(...extra: string[]) {
  const flags = Object.entries({ ...azureInputs(h), strategy: 'rolling', 'scale-set': 'web' }).flatMap(([k, v]) => [
    `--${k}`,
    v,
  ]);
  return runNode(process.execPath, '--import=tsx', [ENTRY, 'unlock', ...flags, ...extra], {}, { cwd: ROOT });
}

const leaveLease = () => h.compute.virtualMachineScaleSets.update(RG, 'web', { tags: { [LOCK_TAG]: LEASE } }, poll);

describe('immutable-deploy unlock', () => {
  it('refuses a --holder that does not hold the lease, showing the actual holder; nothing changes', async () => {
    await leaveLease();
    const r = await unlock('--holder', 'github-4242-deploy-a1-someoneelse');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(
      `the deploy lock on scale set 'web' is held by run ${DEAD} (https://ci.example/runs/4242) until`,
    );
    expect(r.stderr).toContain(
      `not by 'github-4242-deploy-a1-someoneelse'; nothing was changed. If that run is dead, pass --holder ${DEAD}`,
    );
    expect(stackLines(r.stderr)).toEqual([]);
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBe(LEASE);
  }, 30_000);

  it('needs --holder', async () => {
    const r = await unlock();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unlock needs --holder <owner>');
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBe(LEASE);
  }, 30_000);

  it("breaks the named holder's lease with a warning naming it and its run URL; a second unlock finds none", async () => {
    await leaveLease();
    const r = await unlock('--holder', DEAD);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `warning: breaking the deploy lock on scale set 'web' held by run ${DEAD} (https://ci.example/runs/4242) until`,
    );
    expect(r.stderr).toContain(`Deploy lock on scale set 'web' broken`);
    expect(stored(h, SCALE_SET).tags[LOCK_TAG]).toBeUndefined();

    const again = await unlock(`--holder=${DEAD}`);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("There is no deploy lock on scale set 'web'; nothing to break.");
  }, 30_000);

  it('names the target flags when the target is missing', async () => {
    const r = await runNode(
      process.execPath,
      '--import=tsx',
      [ENTRY, 'unlock', '--holder', DEAD, '--strategy', 'rolling'],
      {},
      { cwd: ROOT },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/resource-group|unlock needs the deploy target/);
  }, 30_000);
});
