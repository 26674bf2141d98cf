/**
 * The first half of a step, shared by all three adapters: read the inputs (optional config file
 * underneath the direct inputs), register every secret, parse them into settings. Nothing runs and
 * nothing is written.
 *
 * Light on purpose: it imports the settings modules directly, never the engine or a CI library, so
 * an adapter can fail bad input before it loads anything else (the GitHub entry does, see
 * docs/decisions/0003-github-bundle-startup.md).
 */
import { EngineError, internalStack } from '../../core/errors.js';
import type { InputNamer } from '../../core/settings/errors.js';
import { parseSettings } from '../../core/settings/parse.js';
import type { ReadInput } from '../../core/settings/reader.js';
import { inputsFor, type Adapter } from '../../core/settings/table.js';
import type { Settings } from '../../core/settings/types.js';
import type { Clock, Host } from '../../core/ports.js';
import { systemClock } from '../../runtime/time.js';
import { loadConfigFile, readTextFile } from './config-file.js';
import { loadFleetDocument } from './fleet-file.js';
import { oneTargetSettings, wantsFleetTarget } from '../../core/fleet/one-target.js';

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

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * Reads the inputs: direct inputs first, then the config file. Every secret input's raw value is
 * registered with the host before anything else happens, so even a parse failure cannot leak it.
 * Throws SettingsError on bad input.
 */
export function readInputs(options: PrepareOptions): ReadInput {
  const { adapter, read, namer, host } = options;
  const secretInputs = inputsFor(adapter).filter((i) => i.secret);
  for (const def of secretInputs) {
    const v = read(def.name);
    if (given(v)) registerSecret(host, v);
  }
  const configPath = read('config');
  if (!given(configPath)) return read;
  const file = loadConfigFile(configPath.trim(), namer);
  for (const def of secretInputs) {
    const v = file.get(def.name);
    if (given(v)) registerSecret(host, v);
  }
  return (name) => {
    const direct = read(name);
    return given(direct) ? direct : file.get(name);
  };
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

/** Reads and parses the inputs; nothing runs and nothing is written. Throws SettingsError on bad input. */
export function prepareStep(options: PrepareOptions): Settings {
  const now = (options.clock ?? systemClock).now();
  const read = readInputs(options);
  const parse = { namer: options.namer, now, readFile: (path: string) => readTextFile(path) };
  // One target of a fleet (a matrix job of a fleet fanned out on CI jobs): its inputs come from the file.
  if (wantsFleetTarget(read)) return oneTargetSettings(read, { ...parse, loadFleet: loadFleetDocument });
  return parseSettings(read, parse);
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
