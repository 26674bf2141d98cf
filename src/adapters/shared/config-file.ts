/**
 * The optional YAML `config` file: kebab-case keys are input names; inputs given directly
 * override it. Values become the strings an input would hold:
 * - scalars as text;
 * - lists of scalars newline-joined (one per line, as multi-line inputs take them);
 * - maps, and lists holding maps or lists (e.g. `probes`), as JSON text, which every YAML/JSON
 *   input parser reads.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SettingsError, type InputNamer } from '../../core/settings/errors.js';
import { INPUTS } from '../../core/settings/table.js';
import { didYouMean } from '../../core/settings/values.js';

export type ConfigValues = ReadonlyMap<string, string>;

const NOT_IN_FILE = new Set(['config']);

export function loadConfigFile(path: string, namer: InputNamer): ConfigValues {
  const bad = (message: string): never => {
    throw new SettingsError([{ input: 'config', message }], namer);
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return bad(`cannot read '${path}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : ((err as Error).message ?? code)}`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    return bad(`'${path}' is not valid YAML: ${firstLine((err as Error).message)}`);
  }
  if (doc === null || doc === undefined) return new Map();
  if (typeof doc !== 'object' || Array.isArray(doc)) return bad(`'${path}' must hold a map of input names to values`);
  const known = INPUTS.map((i) => i.name).filter((n) => !NOT_IN_FILE.has(n));
  const values = new Map<string, string>();
  const problems: { input: string; message: string }[] = [];
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (!known.includes(key)) {
      problems.push({ input: 'config', message: `'${path}' has key '${key}', which is not an input${didYouMean(key, known)}` });
      continue;
    }
    const text = asInputText(value);
    if (text !== undefined) values.set(key, text);
  }
  if (problems.length > 0) throw new SettingsError(problems, namer);
  return values;
}

function asInputText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
    return value.filter((v) => v !== null).map(String).join('\n');
  }
  return JSON.stringify(value);
}

const firstLine = (s: string) => s.split('\n')[0] ?? s;
