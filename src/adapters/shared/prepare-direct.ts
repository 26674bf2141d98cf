/**
 * The first half of a step when every input is given directly (no `config` file, no fleet file):
 * register every secret, parse the inputs into settings. Nothing runs and nothing is written.
 *
 * The lightest path to a verdict on bad input: it imports the settings modules, but no YAML parser
 * (the caller gives one when a YAML-valued input is given) and nothing that reads a config or fleet
 * file, so the GitHub entry fails bad input before it loads anything else
 * (docs/decisions/0003-github-bundle-startup.md). `prepare.ts` adds the input files on top and is
 * what the other adapters call.
 */
import { EngineError, internalStack } from '../../core/errors.js';
import type { InputNamer } from '../../core/settings/errors.js';
import { parseInputs, type ParseOptions } from '../../core/settings/parse-inputs.js';
import type { ReadInput } from '../../core/settings/reader.js';
import { inputsFor, type Adapter } from '../../core/settings/table.js';
import type { Settings } from '../../core/settings/types.js';
import type { ParseYaml } from '../../core/settings/yaml.js';
import type { Clock, Host } from '../../core/ports.js';
import { systemClock } from '../../runtime/time.js';
import { readTextFile } from './text-file.js';

export interface PrepareOptions {
  readonly adapter: Adapter;
  /** The raw value the user gave for an input (kebab-case name); undefined or '' when not given. */
  readonly read: ReadInput;
  readonly namer: InputNamer;
  /** Only `setSecret` is used here: secrets are registered before anything else happens. */
  readonly host: Pick<Host, 'setSecret'>;
  /** What "now" is for inputs judged against today (end-of-life-date); the system clock unless given. */
  readonly clock?: Clock;
}

export const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * Inputs that name a file holding more inputs: the config file, and a fleet file with the target
 * to take from it (`wantsFleetTarget` in core/fleet/one-target.ts). With none of them given,
 * `prepareDirect` and `prepareStep` do the same.
 */
export const INPUT_FILE_INPUTS: readonly string[] = ['config', 'fleet-file', 'fleet-target'];

export const usesInputFiles = (read: ReadInput): boolean => INPUT_FILE_INPUTS.some((n) => given(read(n)));

/** Whether a YAML-valued input (`yaml: true` in the table) is given: only then is a YAML parser needed. */
export const yamlInputGiven = (options: PrepareOptions): boolean =>
  inputsFor(options.adapter).some((d) => d.yaml && (given(options.read(d.name)) || d.default !== undefined));

/** Registers the raw value of every secret input `read` gives with the host. */
export function registerSecrets(options: PrepareOptions, read: ReadInput): void {
  for (const def of inputsFor(options.adapter)) {
    if (!def.secret) continue;
    const v = read(def.name);
    if (given(v)) registerSecret(options.host, v);
  }
}

/** Multi-line secrets are masked line by line too: runners mask per line. */
function registerSecret(host: PrepareOptions['host'], value: string): void {
  host.setSecret(value);
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 3);
  if (lines.length > 1) for (const l of lines) host.setSecret(l);
}

/** What parseSettings needs besides the inputs: how inputs are named, today, how to read files. */
export const parseOptionsFor = (options: PrepareOptions): ParseOptions & { readonly namer: InputNamer } => ({
  namer: options.namer,
  now: (options.clock ?? systemClock).now(),
  readFile: (path: string) => readTextFile(path),
});

/**
 * Registers the secrets and parses the inputs, all given directly, YAML-valued ones with
 * `parseYaml` (needed only when `yamlInputGiven`). Throws SettingsError on bad input; throws Error
 * (a bug) when an input names a config or fleet file (`usesInputFiles`): those go through
 * `prepareStep`.
 */
export function prepareDirect(options: PrepareOptions, parseYaml?: ParseYaml): Settings {
  const { read } = options;
  if (usesInputFiles(read)) throw new Error('internal: prepareDirect called with a config or fleet file');
  registerSecrets(options, read);
  return parseInputs(read, { ...parseOptionsFor(options), parseYaml });
}

/** The stack of an unexpected error (a bug), for debug logs; undefined for the engine's own errors. */
export function bugStack(err: unknown): string | undefined {
  if (err instanceof EngineError) return internalStack(err);
  return err instanceof Error ? err.stack : undefined;
}

/** The message of anything thrown, never its stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
