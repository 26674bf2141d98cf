/**
 * Reads a fleet file (YAML) for the core's fleet parser: `fleet` commands and a one-target run
 * (`fleet-file` + `fleet-target`). Problems name the path, never the content (it may hold secrets).
 */
import { parse as parseYaml } from 'yaml';
import { FleetFileError } from '../../core/fleet/parse.js';
import { readTextFile } from './config-file.js';

/** The fleet file's YAML document; throws FleetFileError when it cannot be read or is not YAML. */
export function loadFleetDocument(path: string): unknown {
  const file = readTextFile(path);
  const bad = (message: string): never => {
    throw new FleetFileError([{ path: '(file)', message }]);
  };
  if (!file.ok) return bad(`cannot read '${path}': ${file.reason}`);
  try {
    return parseYaml(file.text);
  } catch (err) {
    const at = (err as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return bad(
      `'${path}' is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''} (the content is not shown)`,
    );
  }
}
