/**
 * `immutable-deploy run` flags: every CLI input of the table as `--kebab-name`, plus `--config`,
 * `--json`, `--verbose` and `--help`. Boolean inputs work as bare flags (`--dry-run`) and take
 * `--name=true|false`; multi-line inputs may be repeated (`--probe-urls a --probe-urls b`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { inputsFor, type InputDef } from '../core/index.js';
import { didYouMean } from '../core/settings/values.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface RunArgs {
  /** Raw input values by kebab-case name. */
  readonly inputs: ReadonlyMap<string, string>;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly help: boolean;
}

export const CLI_INPUTS: readonly InputDef[] = inputsFor('cli');
const isBool = (d: InputDef) => d.ado.type === 'boolean';
const isMulti = (d: InputDef) => d.ado.type === 'multiLine';

export const EXTRA_FLAGS = [
  { name: 'json', description: 'Print the run result as one JSON object on stdout (logs go to stderr).' },
  { name: 'verbose', description: 'Also print debug logs (to stderr).' },
  { name: 'help', description: 'Show this help.' },
] as const;

export function parseRunArgs(argv: readonly string[]): RunArgs {
  const byName = new Map(CLI_INPUTS.map((d) => [d.name, d]));
  const known = [...CLI_INPUTS.map((d) => d.name), ...EXTRA_FLAGS.map((f) => f.name)];
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const d of CLI_INPUTS)
    options[d.name] = { type: isBool(d) ? 'boolean' : 'string', ...(isMulti(d) ? { multiple: true } : {}) };
  for (const f of EXTRA_FLAGS) options[f.name] = { type: 'boolean' };
  options.help!.short = 'h';

  // `--flag=value` for a boolean input: keep the text so settings parsing judges it like any input.
  const boolValues = new Map<string, string>();
  const args: string[] = [];
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/s.exec(arg);
    const def = m ? byName.get(m[1]!) : undefined;
    if (m && def && isBool(def)) boolValues.set(def.name, m[2]!);
    else args.push(arg);
  }

  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const inputs = new Map<string, string>(boolValues);
  const multi = new Map<string, string[]>();
  let json = false;
  let verbose = false;
  let help = false;
  for (const t of tokens ?? []) {
    if (t.kind === 'option-terminator') continue;
    if (t.kind === 'positional')
      throw new UsageError(
        `unexpected argument '${t.value}'; every input is a --flag (see immutable-deploy run --help)`,
      );
    const flag = t.rawName;
    const name = t.name;
    if (!options[name] || (t.rawName.startsWith('-') && !t.rawName.startsWith('--') && name !== 'help')) {
      const shown = flag.startsWith('--') ? flag.slice(2) : flag.replace(/^-+/, '');
      throw new UsageError(`unknown flag '${flag}'${didYouMean(shown, known).replace(/'([^']+)'\?$/, "'--$1'?")}`);
    }
    if (name === 'json' || name === 'verbose' || name === 'help') {
      if (t.value !== undefined) throw new UsageError(`flag '--${name}' takes no value`);
      if (name === 'json') json = true;
      else if (name === 'verbose') verbose = true;
      else help = true;
      continue;
    }
    const def = byName.get(name)!;
    if (isBool(def)) {
      inputs.set(name, 'true');
      continue;
    }
    if (t.value === undefined) throw new UsageError(`flag '--${name}' needs a value`);
    if (isMulti(def)) multi.set(name, [...(multi.get(name) ?? []), t.value]);
    else inputs.set(name, t.value);
  }
  for (const [name, values] of multi) inputs.set(name, values.join('\n'));
  return { inputs, json, verbose, help };
}

/**
 * A sub-command's flags, strictly: an unknown flag or a flag without its value is a UsageError
 * with Node's own message; positionals are the sub-command's verbs.
 */
export function parseFlags<const T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message || err.name : String(err));
  }
}
