/** The JSON deployment record (`record-file`): content, redaction, and a write that fails. */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/core/run/runner.js';
import { RECORD_SCHEMA } from '../../src/core/run/record.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { fakeWorld, inputs } from './fakes.js';

const settings = (extra: Record<string, string> = {}) =>
  parseSettings(
    inputs({
      stages: 'verify',
      'probe-urls': 'https://app.example.com/health?code=fn-secret-key',
      'probe-successes': '1',
      'record-file': 'out/record.json',
      ...extra,
    }),
  );

describe('deployment record', () => {
  it('writes the run, its outputs and facts as JSON, secrets redacted, and publishes the path', async () => {
    const world = fakeWorld();
    world.http.on('https://app.example.com/health?code=fn-secret-key', { status: 200, body: 'ok' });
    const written: [string, string][] = [];
    const result = await runEngine(settings(), {
      ...world.deps(),
      run: { system: 'github', commit: 'abc123', runUrl: 'https://github.com/o/r/actions/runs/1' },
      writeFile: async (p, c) => void written.push([p, c]),
    });

    expect(result.status).toBe('succeeded');
    expect(written).toHaveLength(1);
    const [path, content] = written[0]!;
    expect(path).toBe('out/record.json');
    const record = JSON.parse(content);
    expect(record).toMatchObject({
      schema: RECORD_SCHEMA,
      status: 'succeeded',
      run: { system: 'github', commit: 'abc123' },
      outputs: { result: 'succeeded', 'verify-result': 'passed', 'record-file': 'out/record.json' },
      facts: { Verify: 'passed' },
    });
    expect(record.stages.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'verify:succeeded',
    ]);
    expect(content).not.toContain('fn-secret-key');
    expect(world.host.outputs['record-file']).toBe('out/record.json');
  });

  it('turns a write failure into a warning, never a failed release', async () => {
    const world = fakeWorld();
    world.http.on('https://app.example.com/health?code=fn-secret-key', { status: 200, body: 'ok' });
    const result = await runEngine(settings(), {
      ...world.deps(),
      writeFile: async () => Promise.reject(new Error('EACCES: permission denied')),
    });
    expect(result.status).toBe('succeeded');
    expect(result.warnings).toContain("record-file 'out/record.json' was not written: EACCES: permission denied");
    expect(world.host.outputs['record-file']).toBeUndefined();
  });

  it('says so when the host cannot write files', async () => {
    const world = fakeWorld();
    world.http.on('https://app.example.com/health?code=fn-secret-key', { status: 200, body: 'ok' });
    const result = await runEngine(settings(), world.deps());
    expect(result.warnings).toEqual(["record-file 'out/record.json' was not written: this host cannot write files"]);
  });
});

describe('secrets met at run time', () => {
  it('are masked in the logs, the returned result and the record once a stage registers them', async () => {
    const world = fakeWorld();
    world.http.on('https://app.example.com/health?code=fn-secret-key', { status: 200, body: 'ok' });
    const sas = 'https://store.blob.core.windows.net/pkg.zip?sig=read-back-from-azure';
    const written: string[] = [];
    const stage = {
      name: 'verify' as const,
      run: async (ctx: import('../../src/core/stages/stage.js').StageContext) => {
        ctx.deps.host.setSecret(sas);
        ctx.deps.host.info(`previous artifact: ${sas}`);
        return { status: 'succeeded' as const, message: `kept ${sas} for rollback` };
      },
    };
    const result = await runEngine(settings(), {
      ...world.deps({ verify: stage }),
      writeFile: async (_p, c) => void written.push(c),
    });
    const everything = JSON.stringify(result) + written.join('') + JSON.stringify(world.host.events);
    expect(everything).not.toContain('read-back-from-azure');
    expect(result.stages[0]!.message).toBe('kept *** for rollback');
  });
});

describe('tfvars-file: the image for an infrastructure-as-code step', () => {
  const published = {
    status: 'succeeded' as const,
    outputs: {
      imageId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/web/versions/1.4.3',
      imageVersion: '1.4.3',
    },
  };
  const stage = { name: 'verify' as const, run: async () => published };

  it('writes {image_id, image_version} as JSON to the path', async () => {
    const world = fakeWorld();
    const written: [string, string][] = [];
    const s = settings({ 'record-file': '', 'tfvars-file': 'infra/image.auto.tfvars.json' });
    const result = await runEngine(s, {
      ...world.deps({ verify: stage }),
      writeFile: async (p, c) => void written.push([p, c]),
    });
    expect(result.warnings).toEqual([]);
    expect(written.map(([p]) => p)).toEqual(['infra/image.auto.tfvars.json']);
    expect(JSON.parse(written[0]![1])).toEqual({ image_id: published.outputs.imageId, image_version: '1.4.3' });
  });

  it('warns instead when the run has no image', async () => {
    const world = fakeWorld();
    world.http.on('https://app.example.com/health?code=fn-secret-key', { status: 200, body: 'ok' });
    const written: string[] = [];
    const result = await runEngine(settings({ 'record-file': '', 'tfvars-file': 'image.auto.tfvars.json' }), {
      ...world.deps(),
      writeFile: async (p) => void written.push(p),
    });
    expect(written).toEqual([]);
    expect(result.warnings).toEqual([
      "tfvars-file 'image.auto.tfvars.json' was not written: this run has no image (run publish, or give 'image-id')",
    ]);
  });

  it('refuses a path that is not a Terraform JSON variables file', () => {
    expect(() => settings({ 'tfvars-file': 'image.tfvars' })).toThrow(
      "input 'tfvars-file': 'image.tfvars' is not a Terraform JSON variables file; expected a path ending in '.tfvars.json' (e.g. 'image.auto.tfvars.json')",
    );
  });
});
