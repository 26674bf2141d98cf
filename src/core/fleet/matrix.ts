/**
 * A fleet's waves as CI matrices, for fleets fanned out on the CI's own jobs: each target of a wave
 * becomes one matrix job that runs the action (or task) with `fleet-file` and `fleet-target`.
 *
 * - GitHub Actions: `{"include":[{"target":…,"region":…,"wave":N},…]}` on one line, for
 *   `strategy.matrix: ${{ fromJSON(needs.plan.outputs.…) }}` (a matrix with only `include` runs
 *   one job per entry: https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow).
 * - Azure Pipelines: `{"<job name>":{"target":…,"region":…,"wave":"N"},…}` for
 *   `strategy: matrix: $[ dependencies.<job>.outputs['<step>.matrix'] ]`. Job names take only
 *   letters, digits and `_` (https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/jobs-job-strategy),
 *   so target names are mapped to such names, unique within the wave.
 */
import { EngineError } from '../errors.js';
import type { Fleet, FleetWave } from './types.js';

export type MatrixFormat = 'github' | 'azure-pipelines';

export interface MatrixEntry {
  readonly target: string;
  readonly region: string;
  readonly wave: number;
}

export interface WaveMatrix {
  readonly fleet: string;
  /** 1-based, as users count waves. */
  readonly wave: number;
  readonly name: string;
  readonly maxParallel: number;
  readonly targets: number;
  /** GitHub: `{ include: [...] }`; Azure Pipelines: job name → the entry's variables. */
  readonly matrix: GithubMatrix | AzureMatrix;
}

export interface GithubMatrix {
  readonly include: readonly MatrixEntry[];
}
export type AzureMatrix = Readonly<Record<string, Readonly<Record<'target' | 'region' | 'wave', string>>>>;

/** The wave a 1-based number names; one clear error when there is no such wave. */
export function fleetWave(fleet: Fleet, wave: number): FleetWave {
  const found = Number.isInteger(wave) ? fleet.waves[wave - 1] : undefined;
  if (!found)
    throw new EngineError(
      'input',
      `fleet '${fleet.name}' has ${fleet.waves.length} wave(s); wave ${String(wave)} is not one of them (expected 1 to ${fleet.waves.length})`,
    );
  return found;
}

export function waveMatrix(fleet: Fleet, wave: number, format: MatrixFormat): WaveMatrix {
  const w = fleetWave(fleet, wave);
  const entries = w.targets.map((t) => ({ target: t.name, region: t.region, wave }));
  return {
    fleet: fleet.name,
    wave,
    name: w.name,
    maxParallel: w.maxParallel,
    targets: entries.length,
    matrix: format === 'github' ? { include: entries } : azureMatrix(entries),
  };
}

function azureMatrix(entries: readonly MatrixEntry[]): AzureMatrix {
  const names = azureJobNames(entries.map((e) => e.target));
  return Object.fromEntries(
    entries.map((e, i) => [names[i]!, { target: e.target, region: e.region, wave: String(e.wave) }]),
  );
}

/**
 * Azure Pipelines job names for target names: `-` and anything else becomes `_`, a name not
 * starting with a letter gets `t_` in front, and a name taken already (case-insensitively, as
 * Azure Pipelines compares them) gets `_2`, `_3`… so every target keeps its own job.
 */
export function azureJobNames(targets: readonly string[]): string[] {
  const taken = new Set<string>();
  return targets.map((target) => {
    const safe = target.replace(/[^A-Za-z0-9_]/g, '_');
    const base = /^[A-Za-z]/.test(safe) ? safe : `t_${safe}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Every wave, in order: how a workflow learns how many wave jobs to run. */
export function fleetWaves(fleet: Fleet): { fleet: string; waves: number; names: string[] } {
  return { fleet: fleet.name, waves: fleet.waves.length, names: fleet.waves.map((w) => w.name) };
}
