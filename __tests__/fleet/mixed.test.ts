/**
 * A mixed fleet on the emulator through the real SDKs: a rolling scale set, a blue-green pair and
 * an App Service web app (slot swap) across three regions. The image targets release gallery
 * image 2.0.0 and wait for its replication; the web app releases its own container image (5.1.0)
 * and waits for no gallery replica: its region is not among the version's.
 */
import { afterEach, expect, it } from 'vitest';
import { resumeFleet } from '../../src/core/fleet/resume.js';
import { rollbackFleet } from '../../src/core/fleet/rollback.js';
import { azureInputs } from '../stages-deploy/harness.js';
import { served } from '../stages-slotswap/world.js';
import { bgLbId, blueGreenTarget, mixedWorld, slotSwapTarget } from './mixed-world.js';
import { runDoc, scaleSetVersions, verbDoc, type FleetWorld } from './world.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

function mixedDoc(world: FleetWorld) {
  return {
    name: 'mixed',
    // A region the version never reaches would halt the wave here, not after 60 minutes.
    'replication-timeout': '1m',
    inputs: {
      ...azureInputs(world.h),
      'image-id': world.v2,
      'probe-interval': '10ms',
      'probe-successes': '1',
      'deploy-timeout': '10m',
    },
    waves: [
      { name: 'canary', targets: [{ name: 'web1', region: 'westeurope', strategy: 'rolling', 'scale-set': 'web1' }] },
      {
        name: 'ring-1',
        'max-parallel': 2,
        targets: [blueGreenTarget(world, 'northeurope'), slotSwapTarget(world, 'eastus', '5.1.0')],
      },
    ],
  };
}

const table = (r: { targets: readonly { target: string; result: string; version?: string }[] }) =>
  r.targets.map((t) => `${t.target} ${t.result} ${t.version ?? '-'}`);

it('rolling, blue-green and slot-swap targets release cleanly; a run again skips them; rollback returns each', async () => {
  w = await mixedWorld(['westeurope', 'northeurope']);
  const doc = mixedDoc(w);
  const { result, log } = await runDoc(w, doc);
  expect(result.targets.map((t) => t.message)).toEqual([undefined, undefined, undefined]);
  expect(result.status).toBe('succeeded');
  expect(table(result)).toEqual(['web1 succeeded 2.0.0', 'bg succeeded 2.0.0', 'shop succeeded 5.1.0']);
  expect(scaleSetVersions(w.h, 'web1')).toEqual(['2.0.0']);
  expect(scaleSetVersions(w.h, 'bg-green')).toEqual(['2.0.0']);
  expect(await served(w.h)).toBe('5.1.0');
  // Only the image targets' regions were awaited: eastus (the web app's) is not among 2.0.0's.
  expect(log.lines.some((l) => /eastus/.test(l) && /replicat/.test(l))).toBe(false);

  // Every target's record holds its version: resume (no marker) skips them all.
  const again = await verbDoc(w, resumeFleet, doc);
  expect(table(again.result)).toEqual(['web1 skipped 2.0.0', 'bg skipped 2.0.0', 'shop skipped 5.1.0']);
  expect(again.log.starts).toEqual([]);

  const back = await verbDoc(w, rollbackFleet, doc);
  expect(back.result.targets.map((t) => t.message?.replace(/^rolled back by fleet rollback: /, ''))).toEqual([
    '2.0.0 → 1.0.0',
    '2.0.0 → 1.0.0',
    '5.1.0 → 1.0.0',
  ]);
  expect(back.result.status).toBe('rolled-back');
  // Last wave first (its two targets at once), then the canary.
  expect([...back.log.starts.slice(0, 2)].sort()).toEqual(['bg', 'shop']);
  expect(back.log.starts.slice(2)).toEqual(['web1']);
  expect(scaleSetVersions(w.h, 'web1')).toEqual(['1.0.0']);
  const bgTags = (w.h.emu.control.getResource(bgLbId(w))?.['tags'] ?? {}) as Record<string, string>;
  expect(bgTags['immutable-deploy.current-version']).toBe('1.0.0');
  expect(await served(w.h)).toBe('1.0.0');
}, 90_000);
