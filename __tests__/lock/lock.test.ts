/**
 * The deploy lock end to end: real SDKs against the emulator. Two engine runs deploy to the same
 * scale set at once: one takes the lease, the other waits and proceeds after the release; their
 * writes never interleave. An expired lease is taken over with a warning; a held one fails after
 * lock-timeout naming the holder and its run URL; plan mode takes no lock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAzurePorts } from '../../src/azure/index.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import { LOCK_TAG, parseLease } from '../../src/core/lock/lease.js';
import type { HeldLock } from '../../src/core/lock/lock.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { createHttpClient } from '../../src/runtime/http-client.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { credential } from '../emulator-deploy/helpers.js';
import { RecordingHost } from '../core/fakes.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  seedImageVersion,
  ssId,
  start,
  tagsOf,
  versions,
  type Harness,
} from '../stages-deploy/harness.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

const WRITES = new Set([
  'setImage',
  'setRollingPolicy',
  'updateInstances',
  'startRollingUpgrade',
  'cancelRollingUpgrade',
  'createFromModel',
  'setCapacity',
  'merge',
  'remove',
  'writeTag',
  'removeTagIfValue',
]);

/** Ports whose write calls are logged, in the order they start and end, with the run's name. */
function recorded(ports: AzurePorts, run: string, log: string[]): AzurePorts {
  const wrap = <T extends object>(port: T): T =>
    new Proxy(port, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (typeof v !== 'function' || !WRITES.has(String(prop))) return v;
        return async (...args: unknown[]) => {
          log.push(`${run} start ${String(prop)}`);
          try {
            return await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            log.push(`${run} end ${String(prop)}`);
          }
        };
      },
    });
  return { ...ports, scaleSets: wrap(ports.scaleSets), tags: wrap(ports.tags), leases: wrap(ports.leases) };
}

async function deploy(
  inputs: Record<string, string | undefined>,
  run: string,
  log: string[],
  onLock?: (held: HeldLock | undefined) => void,
) {
  const host = new RecordingHost();
  let ports: Promise<AzurePorts> | undefined;
  const result = await runEngine(
    parseSettings((n) => inputs[n]),
    {
      host,
      clock: systemClock,
      sleep: realSleep,
      http: createHttpClient(),
      run: { system: 'github', runId: run, runUrl: `https://ci.example/runs/${run}` },
      azure: () =>
        (ports ??= createAzurePorts({
          endpoint: h.emu.endpoint,
          caFile: h.emu.caFile,
          subscriptionId: h.emu.subscriptionId,
          credential,
          pollIntervalMs: 5,
        }).then((p) => recorded(p, run, log))),
      ...(onLock ? { onLockChange: onLock } : {}),
    },
  );
  return { result, host };
}

async function setup() {
  h = await start();
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  const v3 = seedImageVersion(h, '3.0.0');
  await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: 2, mode: 'Manual' });
  h.emu.control.clearRequests();
  return { v1, v2, v3 };
}

describe('deploy lock', () => {
  it('two runs on one target: one waits, then proceeds; their writes never interleave; the lease is released', async () => {
    const { v2, v3 } = await setup();
    const log: string[] = [];
    const locks: Array<[string, HeldLock | undefined]> = [];
    const inputs = (image: string) =>
      baseInputs(h, {
        stages: 'deploy',
        'image-id': image,
        'rollout-mode': 'manual',
        'lock-timeout': '60s',
        'instance-health': 'false',
      });
    const [a, b] = await Promise.all([
      deploy(inputs(v2), 'A', log, (held) => locks.push(['A', held])),
      deploy(inputs(v3), 'B', log, (held) => locks.push(['B', held])),
    ]);
    expect(a.result.status).toBe('succeeded');
    expect(b.result.status).toBe('succeeded');

    // Writes to the target (not the lease itself) of one run all come before the other's.
    const targetWrites = log.filter((l) => !/Tag|IfValue/.test(l.split(' ')[2]!));
    const firstRun = targetWrites[0]!.split(' ')[0]!;
    const lastOfFirst = targetWrites.map((l) => l.split(' ')[0]).lastIndexOf(firstRun);
    const firstOfSecond = targetWrites.findIndex((l) => !l.startsWith(firstRun));
    expect(firstOfSecond).toBeGreaterThan(lastOfFirst);
    // The second run released nothing it did not hold, and took the lease only after the first released it.
    const releaseFirst = log.indexOf(`${firstRun} end removeTagIfValue`);
    const second = firstRun === 'A' ? 'B' : 'A';
    const secondTook = log.lastIndexOf(`${second} end writeTag`);
    expect(releaseFirst).toBeGreaterThan(-1);
    expect(secondTook).toBeGreaterThan(releaseFirst);

    const waited = (firstRun === 'A' ? b : a).host
      .logs('info')
      .find((m) => m.startsWith('Waiting for the deploy lock'));
    expect(waited).toMatch(
      new RegExp(`held by run github-${firstRun}-\\w+ \\(https://ci\\.example/runs/${firstRun}\\)`),
    );
    // The target ends on the second run's version, with no lease left behind.
    expect(versions(h)).toEqual(firstRun === 'A' ? ['3.0.0', '3.0.0'] : ['2.0.0', '2.0.0']);
    expect(tagsOf(h)[LOCK_TAG]).toBeUndefined();
    // Each run told the adapter what it may hold before each lease write was sent, what it held,
    // and at the end that it holds nothing.
    for (const run of ['A', 'B']) {
      const seen = locks.filter(([r]) => r === run).map(([, held]) => held);
      expect(seen.at(-1)).toBeUndefined();
      const taken = seen.at(-2);
      expect(taken).toMatchObject({
        target: { kind: 'scale-set', name: 'web' },
        value: expect.stringMatching(new RegExp(`^github-${run}-`)),
      });
      expect(seen.at(-3)).toEqual(taken);
    }
    // The lease writes were ETag-guarded PATCHes of the scale set; a tags-only PATCH started no upgrade.
    expect(
      h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSetRollingUpgrades_StartOSUpgrade'),
    ).toEqual([]);
  }, 40_000);

  it('an expired lease is taken over with a warning; a live one fails after lock-timeout naming the holder and its run URL', async () => {
    const { v2 } = await setup();
    const stale = `github-Z-1;${new Date(Date.now() - 60_000).toISOString()};https://ci.example/runs/Z`;
    await h.compute.virtualMachineScaleSets.update(
      'rg-deploy',
      'web',
      { tags: { [LOCK_TAG]: stale } },
      { updateIntervalInMs: 5 },
    );
    const log: string[] = [];
    const taken = await deploy(
      baseInputs(h, { stages: 'deploy', 'image-id': v2, 'rollout-mode': 'manual', 'instance-health': 'false' }),
      'A',
      log,
    );
    expect(taken.result.status).toBe('succeeded');
    expect(taken.result.warnings.join('\n')).toMatch(
      /took over the expired deploy lock on scale set 'web' from run github-Z-1 \(https:\/\/ci\.example\/runs\/Z\) \(it expired at .* without being released\)/,
    );
    expect(tagsOf(h)[LOCK_TAG]).toBeUndefined();

    const live = `github-Y-1;${new Date(Date.now() + 3_600_000).toISOString()};https://ci.example/runs/Y`;
    await h.compute.virtualMachineScaleSets.update(
      'rg-deploy',
      'web',
      { tags: { ...tagsOf(h), [LOCK_TAG]: live } },
      { updateIntervalInMs: 5 },
    );
    h.emu.control.clearRequests();
    const blocked = await deploy(
      baseInputs(h, {
        stages: 'deploy',
        'image-id': seedImageVersion(h, '3.0.0'),
        'rollout-mode': 'manual',
        'lock-timeout': '300ms',
      }),
      'B',
      log,
    );
    expect(blocked.result.status).toBe('failed');
    expect(blocked.result.error!.message).toMatch(
      /^the deploy lock on scale set 'web' is held by run github-Y-1 \(https:\/\/ci\.example\/runs\/Y\) until .*; waited 'lock-timeout'/,
    );
    // Nothing was written, and the other run's lease is untouched.
    expect(h.emu.requests.filter((r) => r.write)).toEqual([]);
    expect(parseLease(tagsOf(h)[LOCK_TAG])?.owner).toBe('github-Y-1');
    expect(versions(h)).toEqual(['2.0.0', '2.0.0']);
  }, 40_000);

  it('plan mode takes no lock; a cancelled run releases its lease', async () => {
    const { v2 } = await setup();
    const log: string[] = [];
    await deploy(baseInputs(h, { stages: 'deploy', 'image-id': v2, 'dry-run': 'true' }), 'P', log);
    expect(log.filter((l) => l.includes('writeTag'))).toEqual([]);

    const host = new RecordingHost();
    const inputs = baseInputs(h, { stages: 'deploy', 'image-id': v2, 'rollout-mode': 'manual' });
    let ports: Promise<AzurePorts> | undefined;
    const cancelled = await runEngine(
      parseSettings((n) => inputs[n]),
      {
        host,
        clock: systemClock,
        sleep: realSleep,
        http: createHttpClient(),
        run: { system: 'cli', runId: 'C' },
        azure: () =>
          (ports ??= createAzurePorts({
            endpoint: h.emu.endpoint,
            caFile: h.emu.caFile,
            subscriptionId: h.emu.subscriptionId,
            credential,
            pollIntervalMs: 5,
          }).then((p) => ({
            ...p,
            // Cancel as soon as the lease is taken, before the first write to the model.
            scaleSets: {
              ...p.scaleSets,
              setImage: async () => {
                host.abort();
                throw new DOMException('aborted', 'AbortError');
              },
            },
          }))),
      },
    );
    expect(cancelled.status).toBe('cancelled');
    expect(tagsOf(h)[LOCK_TAG]).toBeUndefined();
    expect(h.emu.control.getResource(ssId(h))).toBeDefined();
  }, 40_000);
});
