/**
 * `immutable-deploy fleet matrix|gate`: a fleet fanned out on the CI's own jobs (docs/fleets.md).
 * `matrix` prints a wave's targets as a GitHub Actions or Azure Pipelines matrix (each entry one
 * job running the action or task with `fleet-file` + `fleet-target`); `gate` judges a wave from
 * its targets' release records on Azure, between two waves (src/core/fleet/gate.ts).
 */
import { writeFile } from 'node:fs/promises';
import { gateWave } from '../core/fleet/gate.js';
import { fleetWaves, waveMatrix, type MatrixFormat, type WaveMatrix } from '../core/fleet/matrix.js';
import { parseFleet } from '../core/fleet/parse.js';
import { renderFleetText } from '../core/fleet/summary.js';
import type { Fleet, FleetTarget } from '../core/fleet/types.js';
import { EngineError } from '../core/errors.js';
import type { Settings } from '../core/settings/types.js';
import { azureLoader, planSignIn } from '../adapters/shared/azure-connection.js';
import { readTextFile } from '../adapters/shared/config-file.js';
import { loadFleetDocument } from '../adapters/shared/fleet-file.js';
import { errorMessage, executeStep, signalController } from '../adapters/shared/run-step.js';
import { realSleep, systemClock } from '../runtime/time.js';
import { parseFlags, UsageError } from './args.js';
import { cliHost } from './host.js';

export const FLEET_CI_HELP = `Usage: immutable-deploy fleet matrix --file <fleet.yaml> [--wave <n>] [--expect-waves <n>] [--format github|azure-pipelines] [--json]
       immutable-deploy fleet gate --file <fleet.yaml> --wave <n> [--no-wait] [--image-id <id>] [--json] [--record-file <path>] [--verbose]

A fleet fanned out on the CI's own jobs (docs/fleets.md): one job per target, a gate between waves.
  matrix  with --wave: that wave's targets as a matrix, and its max-parallel. github (default):
          'matrix=<json>' and 'max-parallel=<n>' lines for $GITHUB_OUTPUT; azure-pipelines: the
          output variables 'matrix' and 'maxParallel' (##vso logging commands). Without --wave:
          the number of waves ('waves') and every wave's matrix ('wave-<n>', 'wave-<n>-max-parallel';
          Azure Pipelines: 'wave<n>', 'wave<n>MaxParallel').
  gate    judges a wave from its targets' release records on Azure: every target must run the
          version (failed targets beyond the failure budget halt the fleet), the bake time must
          have passed since the last target's release (waited out; --no-wait reports it, exit 1),
          then the wave's analysis gates are judged. Exit code 0 when the next wave may start.
Flags:
  --file <path>         the fleet file (YAML; schema/immutable-deploy-fleet.schema.json)
  --wave <n>            the wave, counted from 1
  --format <f>          matrix: github (default) or azure-pipelines
  --expect-waves <n>    matrix: fail unless the file has exactly this many waves (the pipeline's)
  --image-id <id>       gate: the gallery image version released (default: the fleet file's image-id)
  --no-wait             gate: report the bake time left instead of waiting it out
  --json                print the result as one JSON object on stdout
  --record-file <path>  gate: also write the result as JSON to this file
  --verbose             gate: also print each analysis run's debug logs (to stderr)
`;

type Write = { out: (t: string) => void; err: (t: string) => void };

interface CiArgs {
  readonly verb: 'matrix' | 'gate';
  readonly file: string;
  readonly wave?: number;
  /** matrix: the number of waves the pipeline runs; another count in the file is an error (a wave left out). */
  readonly expectWaves?: number;
  readonly format: MatrixFormat;
  readonly json: boolean;
  readonly wait: boolean;
  readonly verbose: boolean;
  readonly imageId?: string;
  readonly recordFile?: string;
}

function parseCiArgs(argv: readonly string[]): CiArgs | 'help' {
  const { values, positionals } = parseFlags(argv, {
    file: { type: 'string' },
    wave: { type: 'string' },
    'expect-waves': { type: 'string' },
    format: { type: 'string' },
    'image-id': { type: 'string' },
    'no-wait': { type: 'boolean' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'record-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const verb = positionals[0] === 'matrix' || positionals[0] === 'gate' ? positionals[0] : undefined;
  if (!verb || positionals.length > 1) throw new UsageError(`fleet ${positionals.join(' ')}: unexpected arguments`);
  if (!values.file?.trim()) throw new UsageError(`fleet ${verb} needs --file <fleet.yaml>`);
  const wave = values.wave === undefined ? undefined : Number(values.wave);
  if (wave !== undefined && !(Number.isInteger(wave) && wave >= 1))
    throw new UsageError(`--wave takes a wave number counted from 1 (got '${values.wave}')`);
  if (verb === 'gate' && wave === undefined) throw new UsageError('fleet gate needs --wave <n>');
  const format = values.format ?? 'github';
  if (format !== 'github' && format !== 'azure-pipelines')
    throw new UsageError(`--format takes github or azure-pipelines (got '${format}')`);
  const only = (flag: string, ok: boolean) => {
    if (!ok) throw new UsageError(`${flag} goes with fleet ${verb === 'gate' ? 'matrix' : 'gate'} only`);
  };
  only('--format', values.format === undefined || verb === 'matrix');
  only('--expect-waves', values['expect-waves'] === undefined || verb === 'matrix');
  const expect = values['expect-waves'] === undefined ? undefined : Number(values['expect-waves']);
  if (expect !== undefined && !(Number.isInteger(expect) && expect >= 1))
    throw new UsageError(`--expect-waves takes a number of waves (got '${values['expect-waves']}')`);
  for (const f of ['image-id', 'no-wait', 'record-file', 'verbose'] as const)
    only(`--${f}`, values[f] === undefined || verb === 'gate');
  return {
    verb,
    file: values.file.trim(),
    format,
    json: values.json ?? false,
    wait: !values['no-wait'],
    verbose: values.verbose ?? false,
    ...(wave !== undefined ? { wave } : {}),
    ...(expect !== undefined ? { expectWaves: expect } : {}),
    ...(values['image-id'] ? { imageId: values['image-id'].trim() } : {}),
    ...(values['record-file'] ? { recordFile: values['record-file'] } : {}),
  };
}

export async function fleetCi(argv: readonly string[], write: Write): Promise<number> {
  const signals = signalController((s) => write.err(`\n${s} received: stopping the gate\n`));
  try {
    const args = parseCiArgs(argv);
    if (args === 'help') {
      write.out(FLEET_CI_HELP);
      return 0;
    }
    const now = systemClock.now();
    const fleet = parseFleet(loadFleetDocument(args.file), { now, readFile: (p) => readTextFile(p) });
    if (args.verb === 'matrix') {
      write.out(matrixText(fleet, args));
      return 0;
    }
    return await gate(fleet, args, signals.controller.signal, write);
  } catch (e) {
    write.err(`immutable-deploy fleet: ${errorMessage(e)}\n`);
    if (e instanceof UsageError) write.err('(see immutable-deploy fleet matrix --help)\n');
    else if (!(e instanceof EngineError) && e instanceof Error && e.stack && argv.includes('--verbose'))
      write.err(`${e.stack}\n`);
    return 1;
  } finally {
    signals.dispose();
  }
}

/** The matrix (or every wave's) as output lines for the CI named by --format, or as JSON. */
function matrixText(fleet: Fleet, args: CiArgs): string {
  if (args.expectWaves !== undefined && args.expectWaves !== fleet.waves.length)
    throw new EngineError(
      'input',
      `fleet '${fleet.name}' has ${fleet.waves.length} wave(s) and the pipeline runs ${args.expectWaves}; list every wave of the file in the pipeline`,
    );
  const waves =
    args.wave !== undefined
      ? [waveMatrix(fleet, args.wave, args.format)]
      : fleet.waves.map((_, i) => waveMatrix(fleet, i + 1, args.format));
  if (args.json)
    return `${JSON.stringify(args.wave !== undefined ? waves[0] : { ...fleetWaves(fleet), matrices: waves })}\n`;
  const lines: [string, string][] = [];
  if (args.wave !== undefined) lines.push(...waveLines(waves[0]!, '', args.format));
  else {
    lines.push(['waves', String(fleet.waves.length)]);
    for (const m of waves)
      lines.push(...waveLines(m, args.format === 'github' ? `wave-${m.wave}` : `wave${m.wave}`, args.format));
  }
  const line = ([name, value]: [string, string]) =>
    args.format === 'github' ? `${name}=${value}` : `##vso[task.setvariable variable=${name};isOutput=true]${value}`;
  return `${lines.map(line).join('\n')}\n`;
}

function waveLines(m: WaveMatrix, prefix: string, format: MatrixFormat): [string, string][] {
  const json = JSON.stringify(m.matrix);
  if (format === 'github')
    return [
      [prefix || 'matrix', json],
      [prefix ? `${prefix}-max-parallel` : 'max-parallel', String(m.maxParallel)],
    ];
  return [
    [prefix || 'matrix', json],
    [prefix ? `${prefix}MaxParallel` : 'maxParallel', String(m.maxParallel)],
  ];
}

async function gate(fleet: Fleet, args: CiArgs, signal: AbortSignal, write: Write): Promise<number> {
  const loaders = new Map<string, ReturnType<typeof azureLoader>>();
  // One sign-in per Azure connection (targets sharing their azure inputs share it).
  const portsOf = (settings: Settings) => {
    const key = JSON.stringify(settings.azure);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = azureLoader(settings, planSignIn(settings, { kind: 'cli' }))));
    return loader();
  };
  const first = fleet.waves[0]!.targets[0]!.settings;
  const runTarget = (target: FleetTarget, settings: Settings) => {
    const host = cliHost(signal, {
      verbose: args.verbose,
      write: (t) => write.err(t.replace(/^(?=.)/gm, `[${target.name}] `)),
    });
    const options = {
      adapter: 'cli',
      read: (n: string) => target.inputs.get(n),
      namer: (n: string) => `${target.path}.${n}`,
      host,
    } as const;
    return executeStep(options, settings);
  };
  const result = await gateWave(
    fleet,
    args.wave!,
    {
      clock: systemClock,
      sleep: realSleep,
      signal,
      log: (line) => write.err(`fleet: ${line}\n`),
      runTarget,
      gallery: async () => (await portsOf(first)).gallery,
      azure: (target) => portsOf(target?.settings ?? first),
    },
    { wait: args.wait, ...(args.imageId ? { imageId: args.imageId } : {}) },
  );
  if (args.recordFile) await writeFile(args.recordFile, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o644 });
  const waiting = result.waiting ? `\nwaiting: ${result.waiting}\n` : '';
  write.out(args.json ? `${JSON.stringify(result)}\n` : `${renderFleetText(result)}${waiting}`);
  return result.status === 'succeeded' ? 0 : 1;
}
