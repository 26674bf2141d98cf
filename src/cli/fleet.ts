/**
 * `immutable-deploy fleet plan|run|resume|rollback --file fleet.yaml`: one release across the fleet
 * file's targets in waves (src/core/fleet/). `plan` runs each target's plan (reads for real, no
 * write); `run` releases the waves on this runner; `resume` continues a halted fleet from its halted
 * wave; `rollback` returns the targets on the version to their previous one. Each prints a table of
 * targets × wave × result × version.
 */
import {
  parseFleet,
  planFleet,
  renderFleetPlan,
  renderFleetText,
  resumeFleet,
  rollbackFleet,
  runFleet,
  type FleetDeps,
} from '../core/fleet/index.js';
import type { FleetResult, FleetTarget } from '../core/fleet/index.js';
import { EngineError } from '../core/errors.js';
import type { Settings } from '../core/settings/types.js';
import { azureLoader, planSignIn } from '../adapters/shared/azure-connection.js';
import { readTextFile } from '../adapters/shared/config-file.js';
import { loadFleetDocument } from '../adapters/shared/fleet-file.js';
import { errorMessage, executeStep, signalController } from '../adapters/shared/run-step.js';
import { realSleep, systemClock } from '../runtime/time.js';
import { writeFile } from 'node:fs/promises';
import { parseFlags, UsageError } from './args.js';
import { cliHost } from './host.js';
import { fleetCi } from './fleet-ci.js';

export const FLEET_HELP = `Usage: immutable-deploy fleet <plan|run|resume|rollback> --file <fleet.yaml> [--json] [--record-file <path>] [--verbose]

Releases one image version across the targets of a fleet file, wave by wave (docs/fleets.md).
  plan   prints the waves and each target's planned writes (every read for real, nothing written)
  run    runs the waves on this runner: each wave waits for the image version's replication to
         its regions, releases at most max-parallel targets at once (deploy + verify), holds its
         bake time and judges its analysis gates; a failed wave halts the fleet (exit code 1).
         Targets whose release record already holds the version are skipped.
  resume   continues a halted fleet after a fix: runs the halted wave again (released targets
         skipped), removes the halt marker once it passes, then the later waves
  rollback returns every target on the fleet's version to its previous version, last wave
         first; other targets are left alone; the halt marker stays unless --clear-halt
Flags:
  --file <path>         the fleet file (YAML; schema/immutable-deploy-fleet.schema.json)
  --json                print the result as one JSON object on stdout
  --record-file <path>  also write the result as JSON to this file
  --verbose             also print each target's debug logs (to stderr)
  --clear-halt          rollback: also remove the halt marker once every target is rolled back
On CI jobs: fleet matrix | fleet gate (see immutable-deploy fleet matrix --help)
`;

const VERBS = ['plan', 'run', 'resume', 'rollback'] as const;
type Verb = (typeof VERBS)[number];

interface FleetArgs {
  readonly verb: Verb;
  readonly file: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly recordFile?: string;
  readonly clearHalt: boolean;
}

function parseFleetArgs(argv: readonly string[]): FleetArgs | 'help' {
  const { values, positionals } = parseFlags(argv, {
    file: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'record-file': { type: 'string' },
    'clear-halt': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const verb = VERBS.find((v) => v === positionals[0]);
  if (!verb || positionals.length > 1)
    throw new UsageError(
      `fleet needs one verb, ${VERBS.map((v) => `'${v}'`).join(', ')} (got ${positionals.length ? `'${positionals.join(' ')}'` : 'none'})`,
    );
  if (values['clear-halt'] && verb !== 'rollback') throw new UsageError('--clear-halt goes with fleet rollback only');
  if (!values.file?.trim()) throw new UsageError('fleet needs --file <fleet.yaml>');
  return {
    verb,
    file: values.file.trim(),
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    ...(values['record-file'] ? { recordFile: values['record-file'] } : {}),
    clearHalt: values['clear-halt'] ?? false,
  };
}

export async function fleet(
  argv: readonly string[],
  write: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  // A fleet fanned out on CI jobs: the matrix of a wave, the gate between waves (fleet-ci.ts).
  if (argv[0] === 'matrix' || argv[0] === 'gate') return fleetCi(argv, write);
  const signals = signalController((s) => write.err(`\n${s} received: cancelling the fleet (again to stop at once)\n`));
  try {
    const args = parseFleetArgs(argv);
    if (args === 'help') {
      write.out(FLEET_HELP);
      return 0;
    }
    const parsed = parseFleet(loadFleetDocument(args.file), { now: systemClock.now(), readFile: readTextFile });
    const signal = signals.controller.signal;
    const runTarget = async (target: FleetTarget, settings: Settings) => {
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
    const log = (line: string) => write.err(`fleet: ${line}\n`);
    const first = parsed.waves[0]!.targets[0]!.settings;
    const loaders = new Map<string, ReturnType<typeof azureLoader>>();
    // One sign-in per Azure connection (targets sharing their azure inputs share it).
    const portsOf = (settings: Settings) => {
      const key = JSON.stringify(settings.azure);
      let loader = loaders.get(key);
      if (!loader) loaders.set(key, (loader = azureLoader(settings, planSignIn(settings, { kind: 'cli' }))));
      return loader();
    };
    const deps: FleetDeps = {
      clock: systemClock,
      sleep: realSleep,
      signal,
      log,
      runTarget,
      gallery: async () => (await portsOf(first)).gallery,
      azure: (target) => portsOf(target?.settings ?? first),
    };
    const result: FleetResult =
      args.verb === 'plan'
        ? await planFleet(parsed, { runTarget })
        : args.verb === 'resume'
          ? await resumeFleet(parsed, deps)
          : args.verb === 'rollback'
            ? await rollbackFleet(parsed, deps, { clearHalt: args.clearHalt })
            : await runFleet(parsed, deps);
    if (args.recordFile) await writeFile(args.recordFile, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o644 });
    if (args.json) write.out(`${JSON.stringify(result)}\n`);
    else write.out(args.verb === 'plan' ? renderFleetPlan(result) : renderFleetText(result));
    if (signals.received()) return signals.received() === 'SIGTERM' ? 143 : 130;
    const ok =
      args.verb === 'plan'
        ? result.targets.every((t) => t.result === 'planned')
        : result.status === (args.verb === 'rollback' ? 'rolled-back' : 'succeeded');
    return ok ? 0 : 1;
  } catch (e) {
    write.err(`immutable-deploy fleet: ${errorMessage(e)}\n`);
    if (e instanceof UsageError) write.err('(see immutable-deploy fleet --help)\n');
    else if (!(e instanceof EngineError) && e instanceof Error && e.stack && argv.includes('--verbose'))
      write.err(`${e.stack}\n`);
    return 1;
  } finally {
    signals.dispose();
  }
}
