/**
 * `parseSettings(read)` turns raw inputs from any adapter into one frozen, typed settings object.
 * Every problem is collected and reported at once, before any call to Azure. The parsing is
 * `parseInputs` (parse-inputs.ts); this gives it the `yaml` package for YAML-valued inputs.
 */
import { parse } from 'yaml';
import { parseInputs, type ParseOptions } from './parse-inputs.js';
import type { ReadInput } from './reader.js';
import type { Settings } from './types.js';

export type { ParseOptions } from './parse-inputs.js';

export function parseSettings(read: ReadInput, options: ParseOptions = {}): Settings {
  return parseInputs(read, { ...options, parseYaml: options.parseYaml ?? ((text) => parse(text)) });
}
