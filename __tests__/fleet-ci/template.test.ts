/**
 * templates/fleet.yml expands for a parameter set (one stage per wave: plan, optional approval,
 * the matrix job running the task with fleetFile + fleetTarget, the gate), through the small
 * expander in ado-expand.ts, which is tested here too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { evaluate, expandTemplate } from './ado-expand.js';

const template = parseYaml(readFileSync('templates/fleet.yml', 'utf8')) as Parameters<typeof expandTemplate>[0];

type Job = Record<string, unknown> & { steps?: Record<string, unknown>[]; strategy?: Record<string, unknown> };
type Stage = { stage: string; displayName: string; jobs: Job[] };

describe('the expander', () => {
  it('expands each, if, references and interpolation; keeps runtime expressions and macros', () => {
    const doc = {
      parameters: [
        { name: 'list', type: 'object' },
        { name: 'flag', type: 'boolean', default: false },
      ],
      stages: [
        {
          '${{ each x in parameters.list }}': [
            { stage: 'S_${{ x.n }}', n: '${{ x.n }}', v: '$[ dependencies.a ]', m: '$(target)' },
            { '${{ if eq(x.n, 2) }}': [{ stage: 'Two' }] },
          ],
        },
        { '${{ if parameters.flag }}': [{ stage: 'Flag' }] },
        { stage: 'Last', count: '${{ length(parameters.list) }}', c: "${{ coalesce(x, 'd') }}" },
      ],
    };
    expect(expandTemplate(doc, { list: [{ n: 1 }, { n: 2 }] })).toEqual({
      stages: [
        { stage: 'S_1', n: 1, v: '$[ dependencies.a ]', m: '$(target)' },
        { stage: 'S_2', n: 2, v: '$[ dependencies.a ]', m: '$(target)' },
        { stage: 'Two' },
        { stage: 'Last', count: 2, c: 'd' },
      ],
    });
    expect((expandTemplate(doc, { list: [], flag: true }) as { stages: unknown[] }).stages[0]).toEqual({
      stage: 'Flag',
    });
  });

  it('refuses what it cannot read, and missing or unknown parameters', () => {
    expect(() => evaluate("format('{0}', 1)", {})).toThrow("unsupported function 'format'");
    expect(() => evaluate('a + b', {})).toThrow("cannot read 'a + b'");
    expect(() => expandTemplate({ parameters: [{ name: 'p' }] }, {})).toThrow("parameter 'p' is required");
    expect(() => expandTemplate({ parameters: [] }, { q: 1 })).toThrow("unexpected parameter 'q'");
  });
});

describe('templates/fleet.yml', () => {
  const expanded = expandTemplate(template, {
    azureSubscription: 'wif',
    fleetFile: 'deploy/fleet.yaml',
    waves: [{ wave: 1 }, { wave: 2, maxParallel: 3, environment: 'production' }, { wave: 3, maxParallel: 5 }],
  }) as { stages: Stage[] };
  const stages = expanded.stages;
  const job = (s: Stage, name: string) => s.jobs.find((j) => j.job === name || j.deployment === name);

  it('expands to one stage per wave, in order, with nothing left to expand', () => {
    expect(stages.map((s) => s.stage)).toEqual(['Fleet_wave_1', 'Fleet_wave_2', 'Fleet_wave_3']);
    expect(JSON.stringify(expanded)).not.toContain('${{');
    for (const s of stages) expect(s.stage).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it("computes each wave's matrix, checking the file has exactly the waves listed", () => {
    const script = job(stages[1]!, 'Plan')!.steps!.find((s) => s.name === 'matrix')!.script as string;
    expect(script).toContain('fleet matrix');
    expect(script).toContain('--file "$(Agent.BuildDirectory)/self/deploy/fleet.yaml" --wave 2 --expect-waves 3');
    expect(script).toContain('--format azure-pipelines');
  });

  it('runs the task once per target from the Plan output, max-parallel per wave, approval where an environment is given', () => {
    const release = job(stages[1]!, 'Release')!;
    expect(release.strategy).toEqual({ matrix: "$[ dependencies.Plan.outputs['matrix.matrix'] ]", maxParallel: 3 });
    expect(release.dependsOn).toEqual(['Plan', 'Approve']);
    expect(job(stages[1]!, 'Approve')).toMatchObject({ environment: 'production' });
    const first = job(stages[0]!, 'Release')!;
    expect(first.strategy).toEqual({ matrix: "$[ dependencies.Plan.outputs['matrix.matrix'] ]" });
    expect(first.dependsOn).toEqual(['Plan']);
    expect(job(stages[0]!, 'Approve')).toBeUndefined();
    const task = release.steps!.find((s) => s.task === 'ImmutableDeploy@0')!;
    expect(task.inputs).toEqual({
      azureSubscription: 'wif',
      stages: 'deploy,verify',
      fleetFile: '$(Agent.BuildDirectory)/self/deploy/fleet.yaml',
      fleetTarget: '$(target)',
      imageId: '',
      dryRun: false,
    });
    expect(task.continueOnError).toBe(true);
  });

  it('in plan mode gates nothing (no wave was released, no halt marker is written)', () => {
    const plan = expandTemplate(template, {
      azureSubscription: 'wif',
      fleetFile: 'f.yaml',
      dryRun: true,
      waves: [{ wave: 1 }],
    }) as { stages: Stage[] };
    const gate = job(plan.stages[0]!, 'Gate')!;
    expect(gate.steps!.some((st) => st.task === 'AzureCLI@2')).toBe(false);
    expect(gate.steps!.at(-1)).toMatchObject({ displayName: 'Gate of wave 1 (plan mode)' });
    const task = job(plan.stages[0]!, 'Release')!.steps!.find((st) => st.task === 'ImmutableDeploy@0')!;
    expect(task.inputs).toMatchObject({ dryRun: true });
  });

  it('gates each wave after its release', () => {
    for (const [i, s] of stages.entries()) {
      const gate = job(s, 'Gate')!;
      expect(gate.dependsOn).toBe('Release');
      const step = gate.steps!.find((st) => st.task === 'AzureCLI@2')!;
      expect((step.inputs as Record<string, string>).inlineScript).toContain(`fleet gate`);
      expect((step.inputs as Record<string, string>).inlineScript).toContain(`--wave ${i + 1} `);
    }
  });
});
