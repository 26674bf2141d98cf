/** runEngine: stage order, outputs, reports, failures, rollback, cancellation, warnings, secrets. */
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/core/errors.js';
import { outputStrings } from '../../src/core/run/outputs.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { Settings, StageName } from '../../src/core/settings/types.js';
import type { Stage, StepResult } from '../../src/core/stages/stage.js';
import type { ProbeResult } from '../../src/core/verify/probe-types.js';
import { fakeWorld, IDS, inputs, scriptedStage, timeoutError, type FakeWorld, type StageBehaviour } from './fakes.js';

const release = {
  'packer-template': 'web.pkr.hcl',
  'resource-group': 'rg',
  'gallery-name': 'gal',
  'image-definition': 'web',
  'scale-set': 'vmss',
  'probe-urls': 'https://app.example.com/health',
};

function settings(values: Record<string, string>): Settings {
  return parseSettings(inputs({ ...release, ...values }));
}

/** Scripted stages for `names`, each succeeding after `ms` on the manual clock unless overridden. */
function stages(
  world: FakeWorld,
  names: StageName[],
  overrides: Partial<Record<StageName, StageBehaviour>> = {},
  ms = 1000,
): Partial<Record<StageName, Stage>> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      scriptedStage(name, world.calls, async (ctx) => {
        world.clock.advance(ms);
        return overrides[name] ? overrides[name]!(ctx) : { status: 'succeeded', message: `${name} done` };
      }),
    ]),
  );
}

const statuses = (result: { stages: readonly { name: string; status: string }[] }) =>
  result.stages.map((s) => `${s.name}:${s.status}`);

describe('runEngine: a successful run', () => {
  it('runs the stages in order, passing each stage the outputs of the earlier ones', async () => {
    const world = fakeWorld();
    const s = settings({ stages: 'all' });
    const result = await runEngine(
      s,
      world.deps(
        stages(world, ['bake', 'publish', 'deploy', 'verify', 'cleanup'], {
          bake: () => ({
            status: 'succeeded',
            outputs: { managedImageId: IDS.managedImage, baked: true, bakeKey: 'k1' },
          }),
          publish: (ctx) => ({
            status: 'succeeded',
            outputs: {
              imageVersion: '1.0.1',
              imageId: `${ctx.outputs.managedImageId}-published`,
              replicatedRegions: ['westeurope', 'northeurope'],
            },
          }),
          deploy: (ctx) => ({
            status: 'succeeded',
            outputs: { previousImageVersion: '1.0.0', upgradedInstances: 4, activeSlot: ctx.outputs.imageVersion },
          }),
          verify: () => ({ status: 'succeeded', outputs: { verifyResult: 'passed' } }),
          cleanup: () => ({
            status: 'skipped',
            message: 'nothing to clean',
            outputs: { cleanedVersions: [], cleanupFailures: 0 },
          }),
        }),
      ),
    );

    expect(world.calls.map((c) => c.name)).toEqual(['bake', 'publish', 'deploy', 'verify', 'cleanup']);
    expect(world.calls[0]!.outputs).toEqual({});
    expect(world.calls[1]!.outputs).toEqual({ managedImageId: IDS.managedImage, baked: true, bakeKey: 'k1' });
    expect(world.calls[2]!.outputs).toMatchObject({ imageVersion: '1.0.1', imageId: `${IDS.managedImage}-published` });
    expect(world.calls[4]!.outputs).toMatchObject({
      verifyResult: 'passed',
      upgradedInstances: 4,
      activeSlot: '1.0.1',
    });

    expect(result.status).toBe('succeeded');
    expect(result.error).toBeUndefined();
    expect(statuses(result)).toEqual([
      'bake:succeeded',
      'publish:succeeded',
      'deploy:succeeded',
      'verify:succeeded',
      'cleanup:skipped',
    ]);
    expect(result.stages.map((r) => r.durationMs)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(result.stages[0]!.message).toBeUndefined();
    expect(result.stages[4]!.message).toBe('nothing to clean');
    expect(result.durationMs).toBe(5000);
    expect(result.startedAt).toBe(world.calls[0]!.at);
    expect(result.dryRun).toBe(false);

    // Each stage ran in its own log group.
    expect(world.host.groups).toEqual(['bake', 'publish', 'deploy', 'verify', 'cleanup']);

    // Outputs published as strings, keyed by the table's names, after the run.
    expect(world.host.outputs).toEqual({
      result: 'succeeded',
      'image-version': '1.0.1',
      'image-id': `${IDS.managedImage}-published`,
      'managed-image-id': IDS.managedImage,
      baked: 'true',
      'bake-key': 'k1',
      'replicated-regions': 'westeurope,northeurope',
      'previous-image-version': '1.0.0',
      'upgraded-instances': '4',
      'active-slot': '1.0.1',
      'rolled-back': 'false',
      'verify-result': 'passed',
      'cleaned-versions': '',
      'cleanup-failures': '0',
    });
    // The summary gets the same result once.
    expect(world.host.summaries).toHaveLength(1);
    expect(world.host.summaries[0]).toEqual(result);
  });

  it('the start time and stage durations come from the injected clock', async () => {
    const world = fakeWorld();
    const t0 = world.clock.now();
    const result = await runEngine(
      settings({ stages: 'bake,publish' }),
      world.deps(stages(world, ['bake', 'publish'], {}, 2500)),
    );
    expect(result.startedAt).toBe(t0);
    expect(result.stages.map((s) => s.durationMs)).toEqual([2500, 2500]);
    expect(result.durationMs).toBe(5000);
  });

  it('records the dry-run flag', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'bake', 'dry-run': 'true' }),
      world.deps(stages(world, ['bake'])),
    );
    expect(result.dryRun).toBe(true);
  });

  it('keeps the summary items a stage reports', async () => {
    const world = fakeWorld();
    const items = [
      { kind: 'fact', label: 'Template', value: 'web.pkr.hcl' },
      { kind: 'check', label: 'Bake key', value: 'new', ok: true },
    ] as const;
    const result = await runEngine(
      settings({ stages: 'bake' }),
      world.deps(stages(world, ['bake'], { bake: () => ({ status: 'succeeded', items }) })),
    );
    expect(result.stages[0]!.items).toEqual(items);
  });
});

describe('runEngine: failures', () => {
  it('a thrown error fails its stage and leaves the rest not-run', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'all' }),
      world.deps(
        stages(world, ['bake', 'publish', 'deploy', 'verify', 'cleanup'], {
          publish: () => {
            throw new EngineError('transient', 'replication to westeurope timed out');
          },
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['bake', 'publish']);
    expect(statuses(result)).toEqual([
      'bake:succeeded',
      'publish:failed',
      'deploy:not-run',
      'verify:not-run',
      'cleanup:not-run',
    ]);
    expect(result.stages[1]).toMatchObject({ message: 'replication to westeurope timed out', durationMs: 1000 });
    expect(result.stages[2]).toMatchObject({ durationMs: 0, items: [] });
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({ kind: 'transient', message: 'replication to westeurope timed out' });
    expect(world.host.outputs.result).toBe('failed');
  });

  it('a plain Error is a terminal failure; a thrown string too', async () => {
    for (const thrown of [new Error('boom'), 'boom']) {
      const world = fakeWorld();
      const result = await runEngine(
        settings({ stages: 'bake' }),
        world.deps(
          stages(world, ['bake'], {
            bake: () => {
              throw thrown;
            },
          }),
        ),
      );
      expect(result.error).toEqual({ kind: 'terminal', message: 'boom' });
    }
  });

  it("a stage returning 'failed' fails the run with its message", async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'bake,publish' }),
      world.deps(
        stages(world, ['bake', 'publish'], {
          bake: () => ({ status: 'failed', message: 'packer exited with 1', outputs: { bakeKey: 'k9' } }),
        }),
      ),
    );
    expect(statuses(result)).toEqual(['bake:failed', 'publish:not-run']);
    expect(result.error).toEqual({ kind: 'terminal', message: 'bake failed: packer exited with 1' });
    // Outputs of the failed stage are still reported.
    expect(result.outputs.bakeKey).toBe('k9');
    const noReason = await runEngine(
      settings({ stages: 'bake' }),
      fakeWorld().deps({ bake: { name: 'bake', run: async () => ({ status: 'failed' }) } }),
    );
    expect(noReason.error!.message).toBe('bake failed: no reason given');
  });

  it('a deploy without an Azure connection fails clearly before anything else', async () => {
    const world = fakeWorld();
    const result = await runEngine(settings({ stages: 'deploy,verify', 'image-id': IDS.imageVersion }), world.deps());
    expect(statuses(result)).toEqual(['deploy:failed', 'verify:not-run']);
    expect(result.error!.kind).toBe('input');
    expect(result.error!.message).toMatch(/this step has no Azure connection/);
    expect(world.http.requests).toEqual([]);
  });

  it('a failed clean-up is a warning, not a failed run, unless fail-on-cleanup-error', async () => {
    const base = { stages: 'cleanup', 'gallery-name': 'gal', 'image-definition': 'web', 'resource-group': 'rg' };
    const warned = await runEngine(settings(base), fakeWorld().deps());
    expect(warned.status).toBe('succeeded');
    expect(statuses(warned)).toEqual(['cleanup:failed']);
    expect(warned.warnings.join('\n')).toMatch(
      /clean-up failed \(a warning: 'fail-on-cleanup-error' is false\): this step has no Azure connection/,
    );
    const failed = await runEngine(settings({ ...base, 'fail-on-cleanup-error': 'true' }), fakeWorld().deps());
    expect(failed.status).toBe('failed');
    expect(failed.error!.message).toMatch(/this step has no Azure connection/);
  });
});

describe('runEngine: rollback after a failed verify', () => {
  const failingVerify = (): StepResult => ({
    status: 'failed',
    message: "1 of 1 probes failed: 'web'",
    outputs: { verifyResult: 'failed' },
  });
  const deployVerify = settings({ stages: 'deploy,verify,cleanup', 'image-id': IDS.imageVersion });

  it('rolls back when verify fails after a deploy of this run', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          deploy: () => ({ status: 'succeeded', outputs: { imageVersion: '1.0.1', previousImageVersion: '1.0.0' } }),
          verify: failingVerify,
          rollback: (ctx) => ({
            status: 'succeeded',
            message: `returned vmss to ${ctx.outputs.previousImageVersion}`,
            outputs: { imageVersion: '1.0.0' },
          }),
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['deploy', 'verify', 'rollback']);
    expect(statuses(result)).toEqual(['deploy:succeeded', 'verify:failed', 'rollback:succeeded', 'cleanup:not-run']);
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({
      kind: 'verify',
      message: "verify failed: 1 of 1 probes failed: 'web'; rolled back: returned vmss to 1.0.0",
    });
    // The outputs keep naming what this run deployed; rolled-back says it is no longer live.
    expect(result.outputs).toMatchObject({
      rolledBack: true,
      imageVersion: '1.0.1',
      previousImageVersion: '1.0.0',
      verifyResult: 'failed',
    });
    expect(world.host.outputs['rolled-back']).toBe('true');
    expect(world.host.logs('warning')).toContain('verify failed after the deploy: rolling back');
    expect(world.host.groups).toEqual(['deploy', 'verify', 'rollback']);
  });

  it('says so when the rollback gives no message', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          verify: failingVerify,
          rollback: () => ({ status: 'succeeded' }),
        }),
      ),
    );
    expect(result.error!.message).toBe(
      "verify failed: 1 of 1 probes failed: 'web'; rolled back: the previous version is live",
    );
  });

  it('says nothing was rolled back when the rollback finds nothing to undo', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          verify: failingVerify,
          rollback: () => ({
            status: 'skipped',
            message: 'the deploy changed nothing, so there is nothing to roll back',
          }),
        }),
      ),
    );
    expect(result.error!.message).toBe(
      "verify failed: 1 of 1 probes failed: 'web'; not rolled back: the deploy changed nothing, so there is nothing to roll back",
    );
    expect(world.host.outputs['rolled-back']).toBe('false');
  });

  it('reports a failed rollback: rolled-back false and both errors', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          verify: failingVerify,
          rollback: () => {
            throw new EngineError('terminal', 'no previous version recorded on vmss');
          },
        }),
      ),
    );
    expect(statuses(result)).toEqual(['deploy:succeeded', 'verify:failed', 'rollback:failed', 'cleanup:not-run']);
    expect(result.error).toEqual({
      kind: 'verify',
      message:
        "verify failed: 1 of 1 probes failed: 'web'; the rollback failed too: no previous version recorded on vmss",
    });
    expect(result.outputs.rolledBack).toBe(false);
    expect(world.host.outputs['rolled-back']).toBe('false');
  });

  it('the built-in rollback without an Azure connection: the run says the rollback failed', async () => {
    const world = fakeWorld();
    const custom = stages(world, ['deploy', 'verify'], { verify: failingVerify });
    const result = await runEngine(deployVerify, world.deps(custom));
    expect(result.error!.message).toBe(
      "verify failed: 1 of 1 probes failed: 'web'; the rollback failed too: this step has no Azure connection: set the Azure inputs (client-id, tenant-id, subscription-id, or cloud Custom with arm-endpoint)",
    );
  });

  it('rolls back when verify throws after a deploy, too', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          verify: () => {
            throw new EngineError('verify', 'instance 3 of vmss is Unhealthy');
          },
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['deploy', 'verify', 'rollback']);
    expect(result.error).toEqual({
      kind: 'verify',
      message: 'instance 3 of vmss is Unhealthy; rolled back: rollback done',
    });
    expect(result.outputs.rolledBack).toBe(true);
  });

  it("does not roll back when 'auto-rollback' is false", async () => {
    const world = fakeWorld();
    const s = settings({ stages: 'deploy,verify', 'image-id': IDS.imageVersion, 'auto-rollback': 'false' });
    const result = await runEngine(
      s,
      world.deps(stages(world, ['deploy', 'verify', 'rollback'], { verify: failingVerify })),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['deploy', 'verify']);
    expect(statuses(result)).toEqual(['deploy:succeeded', 'verify:failed']);
    expect(result.error).toEqual({ kind: 'verify', message: "verify failed: 1 of 1 probes failed: 'web'" });
    expect(result.outputs.rolledBack).toBeUndefined();
    expect(world.host.outputs['rolled-back']).toBe('false'); // always set: a later step branches on it
  });

  it('does not roll back when no deploy ran in this run', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'verify' }),
      world.deps(stages(world, ['verify', 'rollback'], { verify: failingVerify })),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['verify']);
    expect(result.outputs.rolledBack).toBeUndefined();
  });

  it('does not roll back when the deploy itself was skipped', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          deploy: () => ({ status: 'skipped' }),
          verify: failingVerify,
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['deploy', 'verify']);
    expect(statuses(result)).toEqual(['deploy:skipped', 'verify:failed', 'cleanup:not-run']);
  });

  it('does not roll back when verify was cancelled', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      deployVerify,
      world.deps(
        stages(world, ['deploy', 'verify', 'cleanup', 'rollback'], {
          verify: () => {
            world.host.abort();
            throw world.host.signal.reason;
          },
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['deploy', 'verify']);
    expect(result.status).toBe('cancelled');
    expect(statuses(result)).toEqual(['deploy:succeeded', 'verify:cancelled', 'cleanup:cancelled']);
  });
});

describe('runEngine: cancellation', () => {
  it('a stage interrupted by the abort is cancelled, and so is every later stage', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'all' }),
      world.deps(
        stages(world, ['bake', 'publish', 'deploy', 'verify', 'cleanup'], {
          publish: async (ctx) => {
            world.host.abort();
            await world.sleep(60_000, ctx.signal); // rejects with the signal's reason, as the real sleep does
            return { status: 'succeeded' };
          },
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['bake', 'publish']);
    expect(statuses(result)).toEqual([
      'bake:succeeded',
      'publish:cancelled',
      'deploy:cancelled',
      'verify:cancelled',
      'cleanup:cancelled',
    ]);
    expect(result.status).toBe('cancelled');
    expect(result.error).toEqual({ kind: 'cancelled', message: "the run was cancelled during stage 'publish'" });
    expect(world.host.outputs.result).toBe('cancelled');
    expect(world.host.summaries[0]!.status).toBe('cancelled');
  });

  it('an abort between stages stops the run before the next stage starts', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'bake,publish' }),
      world.deps(
        stages(world, ['bake', 'publish'], {
          bake: () => {
            world.host.abort();
            return { status: 'succeeded' };
          },
        }),
      ),
    );
    expect(world.calls.map((c) => c.name)).toEqual(['bake']);
    expect(statuses(result)).toEqual(['bake:succeeded', 'publish:cancelled']);
    expect(result.status).toBe('cancelled');
  });

  it('a run whose signal is already aborted runs nothing', async () => {
    const world = fakeWorld();
    world.host.abort();
    const result = await runEngine(
      settings({ stages: 'bake,publish' }),
      world.deps(stages(world, ['bake', 'publish'])),
    );
    expect(world.calls).toEqual([]);
    expect(statuses(result)).toEqual(['bake:cancelled', 'publish:cancelled']);
  });
});

describe('runEngine: warnings and secrets', () => {
  it('warnings land in the result and the log', async () => {
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'bake,publish' }),
      world.deps(
        stages(world, ['bake', 'publish'], {
          bake: (ctx) => {
            ctx.warn('base image is 400 days old');
            return { status: 'succeeded' };
          },
          publish: (ctx) => {
            ctx.warn('replica count 1 in a single region');
            return { status: 'succeeded' };
          },
        }),
      ),
    );
    expect(result.warnings).toEqual(['base image is 400 days old', 'replica count 1 in a single region']);
    expect(world.host.logs('warning')).toEqual(['base image is 400 days old', 'replica count 1 in a single region']);
  });

  it('registers secrets first and redacts them from logs, groups, outputs, the summary and the result', async () => {
    const secret = 'hunter2-SUPER';
    const token = 'Bearer tok-abc';
    const s = settings({
      stages: 'bake',
      'client-secret': secret,
      probes: `- url: https://x.example.com/\n  headers: {Authorization: ${token}}`,
    });
    expect(s.secrets).toEqual(expect.arrayContaining([secret, token]));
    const world = fakeWorld();
    const result = await runEngine(
      s,
      world.deps(
        stages(world, ['bake'], {
          bake: (ctx) => {
            // Nothing was logged before the secrets were registered.
            expect(world.host.events.filter((e) => e.type === 'log')).toEqual([]);
            expect(world.host.secrets).toEqual(expect.arrayContaining([secret, token]));
            ctx.deps.host.info(`logging in with ${secret}`);
            ctx.deps.host.debug(`header ${token}`);
            ctx.deps.host.error(`failed with ${secret}`);
            ctx.warn(`careful: ${secret}`);
            return {
              status: 'succeeded',
              message: `baked with ${secret}`,
              items: [{ kind: 'fact', label: 'Auth', value: token }],
              outputs: { previewUrl: `https://app/?key=${secret}`, replicatedRegions: [secret] },
            };
          },
        }),
      ),
    );
    const everything = world.host.everything();
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('tok-abc');
    expect(world.host.logs()).toEqual(['logging in with ***', 'header ***', 'failed with ***', 'careful: ***']);
    expect(world.host.outputs['preview-url']).toBe('https://app/?key=***');
    expect(world.host.summaries[0]!.stages[0]!.message).toBe('baked with ***');
    expect(world.host.summaries[0]!.warnings).toEqual(['careful: ***']);
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(result.stages[0]!.items[0]!.value).toBe('***');
  });

  it('redacts a secret in a failure message', async () => {
    const secret = 'hunter2-SUPER';
    const world = fakeWorld();
    const result = await runEngine(
      settings({ stages: 'bake', 'client-secret': secret }),
      world.deps(
        stages(world, ['bake'], {
          bake: () => {
            throw new Error(`AADSTS7000215: invalid client secret ${secret}`);
          },
        }),
      ),
    );
    expect(result.error!.message).toBe('AADSTS7000215: invalid client secret ***');
    expect(world.host.everything()).not.toContain(secret);
  });
});

describe('runEngine: the built-in verify stage', () => {
  const probes = (extra: Record<string, string> = {}) =>
    parseSettings(
      inputs({
        stages: 'verify',
        probes:
          '- url: https://app.example.com/health\n  name: app\n  headers: {X-Key: k3y-secret}\n- url: https://api.example.com/ready',
        'probe-successes': '2',
        'probe-interval': '5s',
        'probe-timeout': '1m',
        ...extra,
      }),
    );

  it('passes when every probe passes, with probe results as outputs', async () => {
    const world = fakeWorld({ latencyMs: 100 });
    world.http.on('https://app.example.com/health', { status: 200, body: 'ok' });
    world.http.on('https://api.example.com/ready', { status: 503, body: 'starting' }, { status: 204, body: '' });
    const result = await runEngine(probes(), world.deps());
    expect(result.status).toBe('succeeded');
    expect(result.stages[0]).toMatchObject({ name: 'verify', status: 'succeeded', message: '2 of 2 probes passed' });
    expect(result.stages[0]!.items).toEqual([
      {
        kind: 'check',
        label: 'app',
        value: expect.stringMatching(/^Passed: 2 consecutive successes after 2 attempts/),
        ok: true,
      },
      {
        kind: 'check',
        label: 'https://api.example.com/ready',
        value: expect.stringMatching(/^Passed: 2 consecutive successes after 3 attempts/),
        ok: true,
      },
    ]);
    // Headers were sent, and the secret value never left the engine.
    expect(world.http.requests.find((r) => r.url === 'https://app.example.com/health')!.headers).toEqual({
      'X-Key': 'k3y-secret',
    });
    expect(world.host.everything()).not.toContain('k3y-secret');
    expect(result.outputs.verifyResult).toBe('passed');
    const published = JSON.parse(world.host.outputs['probe-results']!) as unknown[];
    expect(published).toEqual([
      { name: 'app', url: 'https://app.example.com/health', passed: true, attempts: 2, reason: expect.any(String) },
      {
        name: 'https://api.example.com/ready',
        url: 'https://api.example.com/ready',
        passed: true,
        attempts: 3,
        reason: expect.any(String),
      },
    ]);
    // Duration comes from the manual clock: the probes ran in parallel, 3 attempts and 2 sleeps at most.
    expect(result.stages[0]!.durationMs).toBeGreaterThanOrEqual(2 * 5000);
    expect(result.stages[0]!.durationMs).toBeLessThanOrEqual(5 * 5000 + 5 * 100);
  });

  it('fails naming the failing probes (and rolls nothing back without a deploy)', async () => {
    const world = fakeWorld({ latencyMs: 100 });
    world.http.on('https://app.example.com/health', { status: 200, body: 'ok' });
    world.http.on('https://api.example.com/ready', timeoutError());
    const result = await runEngine(probes({ 'probe-failure-limit': '3' }), world.deps());
    expect(result.status).toBe('failed');
    expect(result.stages.map((s) => s.name)).toEqual(['verify']);
    expect(result.error).toEqual({
      kind: 'verify',
      message: "verify failed: 1 of 2 probes failed: 'https://api.example.com/ready'",
    });
    expect(result.outputs.verifyResult).toBe('failed');
    expect(result.stages[0]!.items.map((i) => i.ok)).toEqual([true, false]);
    expect(
      world.host
        .logs('error')
        .some((l) => l.startsWith('FAIL https://api.example.com/ready: Failed: gave up after 3 consecutive failures')),
    ).toBe(true);
    expect(world.http.urls().filter((u) => u.includes('api')).length).toBe(3);
  });

  it('checks a scale set target through the Azure ports (none here: a clear error)', async () => {
    const world = fakeWorld();
    const s = parseSettings(inputs({ stages: 'verify', 'resource-group': 'rg', 'scale-set': 'vmss' }));
    const result = await runEngine(s, world.deps());
    expect(result.error!.message).toMatch(/this step has no Azure connection/);
  });

  it('cancellation during probing cancels the run', async () => {
    const world = fakeWorld();
    let requests = 0;
    world.http.on('https://app.example.com/health', () => {
      requests += 1;
      if (requests === 2) world.host.abort();
      return { status: 200, body: 'ok' };
    });
    world.http.on('https://api.example.com/ready', { status: 500, body: '' });
    const result = await runEngine(probes({ 'probe-successes': '5' }), world.deps());
    expect(result.status).toBe('cancelled');
    expect(result.stages[0]!.status).toBe('cancelled');
  });
});

describe('outputStrings', () => {
  it('formats each kind of output and leaves out the absent ones, in table order', () => {
    const probe: ProbeResult = {
      name: 'app',
      url: 'https://a/',
      passed: false,
      attempts: 4,
      consecutiveSuccesses: 0,
      lastStatus: 500,
      lastError: 'x',
      reason: 'Failed.',
      durationMs: 9,
    };
    const out = outputStrings(
      {
        rolledBack: false,
        upgradedInstances: 0,
        swapped: true,
        cleanedVersions: ['1.0.0', '1.0.1'],
        probeResults: [probe],
        recordFile: 'r.json',
        imageVersion: '1.0.2',
      },
      'failed',
    );
    expect(out).toEqual({
      result: 'failed',
      'image-version': '1.0.2',
      'upgraded-instances': '0',
      swapped: 'true',
      'rolled-back': 'false',
      'probe-results': '[{"name":"app","url":"https://a/","passed":false,"attempts":4,"reason":"Failed."}]',
      'cleaned-versions': '1.0.0,1.0.1',
      'record-file': 'r.json',
    });
    expect(Object.keys(out)).toEqual([
      'result',
      'image-version',
      'upgraded-instances',
      'swapped',
      'rolled-back',
      'probe-results',
      'cleaned-versions',
      'record-file',
    ]);
  });
});
