/**
 * The `immutable-deploy` command (dist/cli/index.js). Subcommands: run; plan (`run --dry-run`:
 * the writes a run would make, none made); rollback (`run --stages rollback`); promote / abort
 * (`run --stages promote|abort`: a canary paused at an open 'pause'); unlock (break a dead
 * run's deploy lock); emulator (the local Azure emulator, when this build has it).
 */
import { EngineError, renderText, SettingsError } from '../core/index.js';
import { bugStack, errorMessage, executeStep, prepareStep, signalController } from '../adapters/shared/run-step.js';
import { parseRunArgs, UsageError } from './args.js';
import { commandInputs, type RunCommand } from './command.js';
import { helpFor, MAIN_HELP, runHelp } from './help.js';
import { cliHost } from './host.js';
import { runEmulator } from './emulator.js';
import { unlock } from './unlock.js';
import { fleet, FLEET_HELP } from './fleet.js';
import packageJson from '../../package.json' with { type: 'json' };

const COMMANDS = ['run', 'plan', 'rollback', 'promote', 'abort', 'unlock', 'fleet', 'emulator'] as const;
const out = (t: string) => void process.stdout.write(t);
const err = (t: string) => void process.stderr.write(t);

/** package.json's version (bundled in: the CLI bundle reads no file to know it). */
const VERSION: string = packageJson.version;

export async function cli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    out(MAIN_HELP);
    return command === undefined ? 1 : 0;
  }
  if (command === 'help') return help(rest[0]);
  if (command === '--version' || command === '-v') {
    out(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'run':
      return run(rest);
    case 'plan':
      // `run --dry-run`, with the same flags: every read for real, the writes printed, none made.
      return run(rest, 'plan');
    case 'rollback':
      // `run --stages rollback`, with the same flags: to-version, or the previous version recorded on the target.
      return run(rest, 'rollback');
    case 'promote':
    case 'abort':
      // `run --stages promote|abort`: continue a canary paused at an open 'pause', or return its traffic.
      return run(rest, command);
    case 'unlock':
      // Breaks a dead run's deploy lock; --holder must name the lease's owner.
      return unlock(rest, { out, err });
    case 'fleet':
      // One release across a fleet file's targets, in waves (plan | run).
      return fleet(rest, { out, err });
    case 'emulator':
      return runEmulator(rest);
    default: {
      const near = COMMANDS.find((k) => k.startsWith(command.slice(0, 2)));
      err(
        `immutable-deploy: unknown command '${command}'${near ? `; did you mean '${near}'?` : ''} (see immutable-deploy --help)\n`,
      );
      return 1;
    }
  }
}

/** `help [command]`: the main help, or the command's own (as `<command> --help` prints it). */
function help(command: string | undefined): Promise<number> | number {
  if (command === 'emulator') return runEmulator(['--help']);
  if (command === 'fleet') {
    out(FLEET_HELP);
    return 0;
  }
  const text = command === undefined ? MAIN_HELP : helpFor(command);
  if (text === undefined) {
    err(`immutable-deploy: no help for '${command}': the commands are ${COMMANDS.join(', ')}\n`);
    return 1;
  }
  out(text);
  return 0;
}

async function run(argv: readonly string[], command: RunCommand = 'run'): Promise<number> {
  let json = false;
  const signals = signalController((s) => err(`\n${s} received: cancelling the run (again to stop at once)\n`));
  // Known before parsing, so that a bug while parsing shows its stack too.
  const verbose = argv.includes('--verbose');
  try {
    const args = parseRunArgs(argv);
    json = args.json;
    if (args.help) {
      out(runHelp(command));
      return 0;
    }
    const host = cliHost(signals.controller.signal, { verbose: args.verbose });
    const read = commandInputs(command, args.inputs);
    const namer = (name: string) => `--${name}`;
    const options = { adapter: 'cli', read, namer, host } as const;
    const settings = prepareStep(options);
    const result = await executeStep(options, settings);
    const shown = host.result() ?? result;
    if (json) out(`${JSON.stringify({ ...shown, outputValues: Object.fromEntries(host.outputs) })}\n`);
    else out(renderText(shown));
    if (result.status === 'cancelled' || signals.received()) return signals.received() === 'SIGTERM' ? 143 : 130;
    return result.status === 'succeeded' ? 0 : 1;
  } catch (e) {
    const kind = e instanceof UsageError ? 'usage' : e instanceof EngineError ? e.kind : 'internal';
    const message = errorMessage(e);
    const stack = bugStack(e);
    if (json) out(`${JSON.stringify({ status: 'failed', error: { kind, message } })}\n`);
    err(`immutable-deploy: ${message}\n`);
    if (stack && (verbose || process.env.IMMUTABLE_DEPLOY_DEBUG)) err(`${stack}\n`);
    if (e instanceof SettingsError || e instanceof UsageError) err(`(see immutable-deploy ${command} --help)\n`);
    return 1;
  } finally {
    signals.dispose();
  }
}

process.exitCode = await cli(process.argv.slice(2));
