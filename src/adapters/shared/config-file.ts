/**
 * The optional YAML `config` file: kebab-case keys are input names; inputs given directly
 * override it. Values become the strings an input would hold:
 * - scalars as text;
 * - lists of scalars newline-joined (one per line, as multi-line inputs take them);
 * - maps, and lists holding maps or lists (e.g. `probes`), as JSON text, which every YAML/JSON
 *   input parser reads.
 *
 * A path to anything else (a directory, a device, a huge or binary file, a PEM, /etc/passwd) is
 * refused naming the path and what was expected, never its content: the file may hold secrets.
 */
import { parse as parseYaml } from 'yaml';
import { SettingsError, type InputNamer } from '../../core/settings/errors.js';
import { INPUTS } from '../../core/settings/table.js';
import { didYouMean } from '../../core/settings/values.js';
import { readTextFile } from './text-file.js';

export { MAX_INPUT_FILE_BYTES, readTextFile } from './text-file.js';

export type ConfigValues = ReadonlyMap<string, string>;

const EXPECTED = 'expected a YAML mapping of input names to values (the content is not shown)';
/** Keys shown in messages must look like input names; anything else may be content. */
const NAME_LIKE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export function loadConfigFile(path: string, namer: InputNamer): ConfigValues {
  const bad = (message: string): never => {
    throw new SettingsError([{ input: 'config', message }], namer);
  };
  const file = readTextFile(path);
  if (!file.ok) return bad(`cannot read '${path}': ${file.reason}; ${EXPECTED}`);
  let doc: unknown;
  try {
    doc = parseYaml(file.text);
  } catch (err) {
    const at = (err as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return bad(`'${path}' is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}; ${EXPECTED}`);
  }
  if (doc === null || doc === undefined) return new Map();
  if (typeof doc !== 'object' || Array.isArray(doc))
    return bad(`'${path}' holds a YAML ${kindOf(doc)}, not a mapping; ${EXPECTED}`);
  return configValues(path, doc as Record<string, unknown>, bad, namer);
}

function configValues(
  path: string,
  doc: Record<string, unknown>,
  bad: (m: string) => never,
  namer: InputNamer,
): ConfigValues {
  const known = INPUTS.map((i) => i.name).filter((n) => n !== 'config');
  const keys = Object.keys(doc);
  // A map none of whose keys is an input, or a near miss of one, is some other file: its keys are content.
  const nameLike = (k: string) => known.includes(k) || (NAME_LIKE.test(k) && didYouMean(k, known) !== '');
  if (keys.length > 0 && !keys.some(nameLike)) {
    return bad(
      `'${path}' names no input among its ${keys.length} key(s); ${EXPECTED.replace('input names', "input names (e.g. 'stages')")}`,
    );
  }
  const values = new Map<string, string>();
  const problems: { input: string; message: string }[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'config') {
      problems.push({ input: 'config', message: `'${path}' sets 'config'; a config file cannot name another one` });
    } else if (!known.includes(key)) problems.push({ input: 'config', message: unknownKey(path, key, known) });
    else {
      const text = asInputText(value);
      if (text !== undefined) values.set(key, text);
    }
  }
  if (problems.length > 0) throw new SettingsError(problems, namer);
  return values;
}

function unknownKey(path: string, key: string, known: readonly string[]): string {
  if (!NAME_LIKE.test(key)) return `'${path}' has a key that is not an input name (not shown); ${EXPECTED}`;
  return `'${path}' has key '${key}', which is not an input${didYouMean(key, known)}`;
}

const kindOf = (v: unknown) => (Array.isArray(v) ? 'list' : typeof v === 'string' ? 'text' : typeof v);

function asInputText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
    return value
      .filter((v) => v !== null)
      .map(String)
      .join('\n');
  }
  return JSON.stringify(value);
}
