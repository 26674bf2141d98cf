/**
 * The first half of a step, shared by all three adapters: read the inputs (optional config file
 * underneath the direct inputs, or one target of a fleet file), register every secret, parse them
 * into settings. Nothing runs and nothing is written.
 *
 * Inputs given directly need nothing from here: `prepare-direct.ts` parses them alone, and the
 * GitHub entry loads this module only when an input names a config or fleet file
 * (docs/decisions/0003-github-bundle-startup.md).
 */
import { parseSettings } from '../../core/settings/parse.js';
import type { ReadInput } from '../../core/settings/reader.js';
import type { Settings } from '../../core/settings/types.js';
import { loadConfigFile } from './config-file.js';
import { loadFleetDocument } from './fleet-file.js';
import { oneTargetSettings, wantsFleetTarget } from '../../core/fleet/one-target.js';
import { given, parseOptionsFor, registerSecrets, type PrepareOptions } from './prepare-direct.js';

export { bugStack, errorMessage, type PrepareOptions } from './prepare-direct.js';

/**
 * Reads the inputs: direct inputs first, then the config file. Every secret input's raw value is
 * registered with the host before anything else happens, so even a parse failure cannot leak it.
 * Throws SettingsError on bad input.
 */
export function readInputs(options: PrepareOptions): ReadInput {
  const { read, namer } = options;
  registerSecrets(options, read);
  const configPath = read('config');
  if (!given(configPath)) return read;
  const file = loadConfigFile(configPath.trim(), namer);
  registerSecrets(options, (name) => file.get(name));
  return (name) => {
    const direct = read(name);
    return given(direct) ? direct : file.get(name);
  };
}

/** Reads and parses the inputs; nothing runs and nothing is written. Throws SettingsError on bad input. */
export function prepareStep(options: PrepareOptions): Settings {
  const parse = parseOptionsFor(options);
  const read = readInputs(options);
  // One target of a fleet (a matrix job of a fleet fanned out on CI jobs): its inputs come from the file.
  if (wantsFleetTarget(read)) return oneTargetSettings(read, { ...parse, loadFleet: loadFleetDocument });
  return parseSettings(read, parse);
}
