/**
 * The GitHub post step (dist/github-post/index.js, `post-if: always()`) as the runner runs it: the main
 * step was killed while it held the deploy lock; the post step signs in again from the same
 * inputs and releases the lease — only this run's lease.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResourceManagementClient } from '@azure/arm-resources';
import { createAzurePorts } from '../../src/azure/index.js';
import { armClientOptions } from '../../src/azure/transport.js';
import { DeployLock, type HeldLock } from '../../src/core/lock/lock.js';
import { LOCK_TAG } from '../../src/core/lock/lease.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { credential, LOCATION, RG, startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { BUNDLES, ensureBundles, ensureRuntimes, runNode } from './helpers.js';

let h: Harness;
const siteId = () => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
const siteTags = () => (h.emu.control.getResource(siteId()) as { tags?: Record<string, string> }).tags ?? {};
const quiet = { info() {}, debug() {}, warning() {}, error() {}, group: <T>(_n: string, fn: () => Promise<T>) => fn() };

beforeAll(async () => {
  ensureRuntimes();
  ensureBundles();
  h = await startHarness({ timeScale: 2000 });
  await h.web.webApps.beginCreateOrUpdateAndWait(
    RG,
    'shop',
    { location: LOCATION, siteConfig: { linuxFxVersion: 'DOCKER|contoso.azurecr.io/shop:1.0.0' } },
    { updateIntervalInMs: 5 },
  );
});
afterAll(() => h.emu.close());

/** Takes the deploy lock on the web app as a main step would, and returns what it saves for the post step. */
async function holdLock(owner: string): Promise<HeldLock> {
  const ports = await createAzurePorts({
    endpoint: h.emu.endpoint,
    caFile: h.emu.caFile,
    subscriptionId: h.emu.subscriptionId,
    credential,
    pollIntervalMs: 5,
  });
  const lock = new DeployLock(ports.leases, { kind: 'web-app', resourceGroup: RG, name: 'shop' }, owner, 3_600_000, {
    clock: systemClock,
    sleep: realSleep,
    log: quiet,
    warn: () => {},
  });
  await lock.acquire(10_000, new AbortController().signal);
  return lock.heldLock!;
}

function postEnv(state: string): Record<string, string> {
  const inputs: Record<string, string> = {
    stages: 'deploy,verify',
    cloud: 'Custom',
    'arm-endpoint': h.emu.endpoint,
    'ca-file': h.emu.caFile,
    auth: 'static-token',
    'access-token': 'emulator-token-post',
    'subscription-id': h.emu.subscriptionId,
    'resource-group': RG,
    strategy: 'slot-swap',
    'app-service': 'shop',
    'container-image': 'contoso.azurecr.io/shop:2.0.0',
  };
  return {
    STATE_held: state,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

describe('GitHub post step', () => {
  it('releases the deploy lock the killed main step still held', async () => {
    const held = await holdLock('run-42');
    expect(siteTags()[LOCK_TAG]).toBe(held.value);
    const ran = await runNode(process.execPath, BUNDLES.githubPost, [], postEnv(JSON.stringify({ lock: held })));
    expect(ran.code, ran.stdout).toBe(0);
    expect(ran.stdout).not.toContain('::warning::');
    expect(siteTags()[LOCK_TAG]).toBeUndefined();
  }, 30_000);

  it("leaves another run's lease alone", async () => {
    const ours = await holdLock('run-43');
    // Our lease expired and another run took the lock over: its value is on the target now.
    const resources = new ResourceManagementClient(
      credential,
      h.emu.subscriptionId,
      armClientOptions({ endpoint: h.emu.endpoint, caFile: h.emu.caFile }),
    );
    await resources.tagsOperations.beginUpdateAtScopeAndWait(
      siteId(),
      { operation: 'Merge', properties: { tags: { [LOCK_TAG]: ours.value.replace('run-43', 'run-44') } } },
      { updateIntervalInMs: 5 },
    );
    const theirs = siteTags()[LOCK_TAG];
    expect(theirs).toMatch(/^run-44;/);
    const ran = await runNode(process.execPath, BUNDLES.githubPost, [], postEnv(JSON.stringify({ lock: ours })));
    expect(ran.code, ran.stdout).toBe(0);
    expect(siteTags()[LOCK_TAG]).toBe(theirs);
  }, 30_000);

  it('has nothing to release when the main step held no lock', async () => {
    const ran = await runNode(process.execPath, BUNDLES.githubPost, [], postEnv('{}'));
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('this run holds no deploy lock; nothing to release');
  });
});
