/**
 * What all three adapters do the same way: read and parse the inputs (`prepare.ts`, re-exported
 * here), build the engine's dependencies and run it.
 *
 * Adapters stay thin: they supply how to read a raw input, how inputs are named to their users,
 * and the Host; they render the result and set the step's outcome.
 */
import {
  runEngine,
  type Adapter,
  type EngineDeps,
  type Host,
  type InputNamer,
  type ReadInput,
  type RunResult,
  type Settings,
} from '../../core/index.js';
import { createCommandRunner } from '../../runtime/command-runner.js';
import { createHttpClient } from '../../runtime/http-client.js';
import { randomId } from '../../runtime/ids.js';
import { realSleep, realDeadline, systemClock } from '../../runtime/time.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CredentialSource } from '../../azure/credentials.js';
import { azureLoader, needsAzure, planSignIn } from './azure-connection.js';
import { packerPort } from './packer-connection.js';
import { prepareStep } from './prepare.js';
import { runInfoFromEnv } from './run-info.js';
import { refusedTargetRun, type TargetRunDeps } from '../../core/fleet/one-target.js';

export { bugStack, errorMessage, prepareStep, readInputs } from './prepare.js';

export interface StepOptions {
  readonly adapter: Adapter;
  /** The raw value the user gave for an input (kebab-case name); undefined or '' when not given. */
  readonly read: ReadInput;
  readonly namer: InputNamer;
  readonly host: Host;
  /** What the CI offers for Azure sign-in; read only when a stage needs Azure. */
  readonly credentials?: () => CredentialSource;
  /** Test seam: replaces parts of the engine's dependencies. */
  readonly deps?: Partial<Omit<EngineDeps, 'host'>>;
}

export interface StepRun {
  readonly settings: Settings;
  readonly result: RunResult;
}

/** Runs the engine on parsed settings: outputs and summary go through the host. */
export async function executeStep(options: StepOptions, settings: Settings): Promise<RunResult> {
  const source = options.credentials ?? (() => ({ kind: 'cli' }) as const);
  const signIn = needsAzure(settings) ? planSignIn(settings, source()) : undefined;
  const packer = await packerPort(settings, signIn);
  const deps: EngineDeps = {
    clock: systemClock,
    sleep: realSleep,
    deadline: realDeadline,
    newId: randomId,
    http: createHttpClient(),
    commands: createCommandRunner(),
    run: runInfoFromEnv(process.env, options.adapter),
    writeFile: writeFileCreatingDirs,
    ...(signIn ? { azure: azureLoader(settings, signIn, (line) => options.host.info(line)) } : {}),
    ...(packer ? { packer } : {}),
    ...options.deps,
    host: options.host,
  };
  // A fleet target refuses while its fleet is halted for the version (and waits for its replication).
  const refused = deps.azure && settings.fleet ? await refusedTargetRun(settings, targetRunDeps(deps)) : undefined;
  return refused ?? runEngine(settings, deps);
}

function targetRunDeps(deps: EngineDeps): TargetRunDeps {
  const azure = deps.azure!;
  return {
    gallery: async () => (await azure()).gallery,
    clock: deps.clock,
    sleep: deps.sleep,
    signal: deps.host.signal,
    log: (line) => deps.host.info(line),
  };
}

/** Parses the inputs and runs the engine. Throws SettingsError (nothing ran) on bad input. */
export async function runStep(options: StepOptions): Promise<StepRun> {
  const settings = prepareStep(options);
  return { settings, result: await executeStep(options, settings) };
}

async function writeFileCreatingDirs(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, { mode: 0o644 });
}

/** One line for a failed run's final message. */
export function failureMessage(result: RunResult): string {
  if (result.error) return result.error.message;
  return `the run ${result.status}`;
}

/**
 * An AbortController aborted by SIGINT/SIGTERM. A second signal exits at once with the
 * conventional code (128 + signal number).
 */
export function signalController(onSignal?: (signal: NodeJS.Signals) => void): {
  controller: AbortController;
  received: () => NodeJS.Signals | undefined;
  dispose: () => void;
} {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (received) process.exit(signal === 'SIGINT' ? 130 : 143);
    received = signal;
    onSignal?.(signal);
    controller.abort(new Error(`received ${signal}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    controller,
    received: () => received,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
