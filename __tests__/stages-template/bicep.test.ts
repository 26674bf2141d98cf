/**
 * Bicep to ARM JSON through the CommandRunner port (a hand-written fake that records argv and
 * scripts the answers): `bicep` first, `az bicep` when bicep is absent, a clear error saying how to
 * install one when neither is, diagnostics (never the template) when a compile fails, and the
 * template held against the inputs once compiled.
 */
import { describe, expect, it } from 'vitest';
import { compileBicep } from '../../src/core/deploy/template/bicep.js';
import { resolveTemplate } from '../../src/core/deploy/template/resolve.js';
import type { CommandResult, CommandRunner } from '../../src/core/ports.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { createCommandRunner } from '../../src/runtime/command-runner.js';
import type { StageContext } from '../../src/core/stages/stage.js';
import { RecordingHost } from '../core/fakes.js';
import { filesOf, scaleSetTemplate } from './fixtures.js';

type Answer = Partial<CommandResult>;

class FakeRunner implements CommandRunner {
  readonly calls: string[][] = [];
  constructor(private readonly answers: Record<string, Answer>) {}
  async run(argv: readonly string[], options: { stdoutLimit?: number }): Promise<CommandResult> {
    this.calls.push([...argv]);
    expect(options.stdoutLimit).toBeGreaterThan(0);
    const a = this.answers[argv[0]!] ?? { startError: `spawn ${argv[0]} ENOENT` };
    return { exitCode: a.startError ? null : 0, timedOut: false, outputTail: '', durationMs: 5, ...a };
  }
}

const signal = new AbortController().signal;
const template = scaleSetTemplate();

describe('compileBicep', () => {
  it('runs `bicep build <file> --stdout` and parses its output', async () => {
    const runner = new FakeRunner({ bicep: { stdout: JSON.stringify(template) } });
    const compiled = await compileBicep(runner, 'infra/main.bicep', 'bicep', signal);
    expect(runner.calls).toEqual([['bicep', 'build', 'infra/main.bicep', '--stdout']]);
    expect(compiled).toMatchObject({ compiler: 'bicep', parameters: {} });
    expect(compiled.template).toEqual(template);
  });

  it('falls back to `az bicep build --file <file> --stdout` when bicep is not on PATH', async () => {
    const runner = new FakeRunner({ az: { stdout: JSON.stringify(template) } });
    const compiled = await compileBicep(runner, 'main.bicep', 'bicep', signal);
    expect(runner.calls).toEqual([
      ['bicep', 'build', 'main.bicep', '--stdout'],
      ['az', 'bicep', 'build', '--file', 'main.bicep', '--stdout'],
    ]);
    expect(compiled.compiler).toBe('az bicep');
  });

  it('a .bicepparam: `bicep build-params` gives the template and the parameter values', async () => {
    const out = {
      templateJson: JSON.stringify(template),
      parametersJson: JSON.stringify({ parameters: { location: { value: 'westeurope' } } }),
    };
    const runner = new FakeRunner({ bicep: { stdout: JSON.stringify(out) } });
    const compiled = await compileBicep(runner, 'main.bicepparam', 'bicepparam', signal);
    expect(runner.calls[0]).toEqual(['bicep', 'build-params', 'main.bicepparam', '--stdout']);
    expect(compiled.parameters).toEqual({ location: { value: 'westeurope' } });
  });

  it('neither bicep nor az: an input error that says how to install one', async () => {
    const err = await compileBicep(new FakeRunner({}), 'main.bicep', 'bicep', signal).catch((e: Error) => e);
    expect(err).toMatchObject({ kind: 'input' });
    expect((err as Error).message).toBe(
      "input 'template': 'main.bicep' is Bicep, and neither 'bicep' nor 'az' was found on PATH to compile it; install the Bicep CLI (https://aka.ms/bicep/install) or the Azure CLI ('az bicep install'), or give the compiled ARM JSON as 'template' ('bicep build <file>' writes it)",
    );
  });

  it('no command runner at all (an adapter without processes)', async () => {
    await expect(compileBicep(undefined, 'main.bicep', 'bicep', signal)).rejects.toThrow(
      /cannot run a compiler; install/,
    );
  });

  it('a compile error gives the diagnostics, not the template', async () => {
    const runner = new FakeRunner({
      bicep: {
        exitCode: 1,
        outputTail: 'main.bicep(3,7) : Error BCP018: Expected the "=" character at this location.',
      },
    });
    await expect(compileBicep(runner, 'main.bicep', 'bicep', signal)).rejects.toThrow(
      /^input 'template': 'main\.bicep' did not compile \(bicep exited 1\): main\.bicep\(3,7\) : Error BCP018/,
    );
  });

  it('output that is not JSON is refused without being shown', async () => {
    const runner = new FakeRunner({ bicep: { stdout: 'password=hunter2' } });
    const err = (await compileBicep(runner, 'main.bicep', 'bicep', signal).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/its output is not the JSON expected \(the output is not shown\)/);
    expect(err.message).not.toContain('hunter2');
  });
});

describe('the command runner keeps stdout whole when asked (what compileBicep reads)', () => {
  const node = (code: string) => [process.execPath, '-e', code];
  const options = { timeoutMs: 10_000, signal };

  it('stdout whole, stderr alone in the tail', async () => {
    const r = await createCommandRunner().run(
      node("process.stdout.write('{\"a\":1}'); process.stderr.write('warning BCP081')"),
      { ...options, stdoutLimit: 1024 },
    );
    expect(r).toMatchObject({ exitCode: 0, stdout: '{"a":1}', outputTail: 'warning BCP081' });
    expect(r.stdoutTruncated).toBeUndefined();
  });

  it('cut at the limit, and said so; without a limit nothing is kept whole', async () => {
    const big = node("process.stdout.write('x'.repeat(5000))");
    const cut = await createCommandRunner().run(big, { ...options, stdoutLimit: 1000 });
    expect(cut.stdoutTruncated).toBe(true);
    expect(cut.stdout!.length).toBeLessThanOrEqual(1000);
    const plain = await createCommandRunner().run(big, options);
    expect(plain.stdout).toBeUndefined();
    expect(plain.outputTail).toMatch(/^x+$/);
  });
});

describe('resolveTemplate: a Bicep template is compiled once and held against the inputs', () => {
  function contextWith(
    inputs: Record<string, string>,
    runner: CommandRunner,
  ): { ctx: StageContext; host: RecordingHost } {
    const settings = parseSettings((n) => inputs[n], { readFile: filesOf({ 'main.bicep': 'param imageId string' }) });
    const host = new RecordingHost();
    const ctx = {
      settings,
      outputs: {},
      signal,
      deps: { host, commands: runner, clock: { now: () => 0 } },
      azure: () => Promise.reject(new Error('no Azure here')),
      warn: () => undefined,
    } as unknown as StageContext;
    return { ctx, host };
  }
  const inputs = {
    stages: 'deploy',
    'resource-group': 'rg',
    'scale-set': 'web',
    'image-id':
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/galleries/gal/images/app/versions/2.0.0',
    template: 'main.bicep',
  };

  it('compiles once per run; secure parameter values are masked; the image parameter is left to the engine', async () => {
    const runner = new FakeRunner({ bicep: { stdout: JSON.stringify(template) } });
    const { ctx, host } = contextWith(
      { ...inputs, 'template-parameters': 'adminKey: k3y-value\nimageId: ignored' },
      runner,
    );
    const first = await resolveTemplate(ctx);
    const again = await resolveTemplate(ctx);
    expect(again).toBe(first);
    expect(runner.calls).toHaveLength(1);
    expect(first.imageParameter).toBe('imageId');
    expect(first.parameters).toEqual({ adminKey: { value: 'k3y-value' } });
    expect(host.secrets).toContain('k3y-value');
  });

  it('a compiled template without the image parameter is refused before any write', async () => {
    const bare = { ...template, parameters: { location: { type: 'string' } } };
    const runner = new FakeRunner({ bicep: { stdout: JSON.stringify(bare) } });
    const { ctx } = contextWith(inputs, runner);
    await expect(resolveTemplate(ctx)).rejects.toThrow(
      "input 'image-parameter': 'imageId' is not a parameter of template 'main.bicep'; expected the name of the string parameter that receives the gallery image version id (it declares 1 parameter(s))",
    );
  });
});
