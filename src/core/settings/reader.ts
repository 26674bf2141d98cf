/**
 * Reads raw inputs by name, applies the table's defaults, and hands each value to a parser that
 * records problems instead of throwing.
 */
import { findInput } from './table.js';
import { Problems } from './values.js';
import { noYamlParser, type ParseYaml } from './yaml.js';

/** Raw input lookup as an adapter provides it: undefined or '' means "not given". */
export type ReadInput = (name: string) => string | undefined;

export class InputReader {
  readonly problems = new Problems();
  readonly secrets = new Set<string>();

  constructor(
    private readonly read: ReadInput,
    private readonly parseYaml: ParseYaml = noYamlParser,
  ) {}

  /** The value given, else the table's default, else undefined. */
  raw(name: string): string | undefined {
    const def = findInput(name);
    if (!def) throw new Error(`internal: input '${name}' is not in the input table`);
    const given = this.read(name);
    const value = given !== undefined && given.trim() !== '' ? given : def.default;
    // Parsers trim, so the trimmed value is what stages use and may log: mask that (it also masks the raw one).
    if (value !== undefined && def.secret && value.trim() !== '') this.secrets.add(value.trim());
    return value;
  }

  /** The value, parsed; undefined when absent or bad (a problem is recorded for bad). */
  get<T>(name: string, parse: (p: Problems, input: string, raw: string) => T | undefined): T | undefined {
    const raw = this.raw(name);
    return raw === undefined ? undefined : parse(this.problems, name, raw);
  }

  /** Like `get`, for an input whose value may be YAML (`yaml: true` in the table): its parser gets the YAML parser. */
  getYaml<T>(
    name: string,
    parse: (p: Problems, input: string, raw: string, parseYaml: ParseYaml) => T | undefined,
  ): T | undefined {
    // The table flag is what decides whether the GitHub entry loads a YAML parser at all.
    if (!findInput(name)?.yaml) throw new Error(`internal: input '${name}' is read as YAML but not marked yaml`);
    return this.get(name, (p, input, raw) => parse(p, input, raw, this.parseYaml));
  }

  /** Like `get`, but a missing value is a problem naming why the input is needed. */
  require<T>(
    name: string,
    why: string,
    parse: (p: Problems, input: string, raw: string) => T | undefined,
  ): T | undefined {
    const raw = this.raw(name);
    if (raw === undefined) {
      this.problems.add(name, `is required ${why}`);
      return undefined;
    }
    return parse(this.problems, name, raw);
  }

  /** True when a problem was recorded for the input (or, for 'probes', for one of its items). */
  reported(name: string): boolean {
    return this.problems.items.some((p) => p.input === name || p.input.startsWith(`${name}[`));
  }

  /** True when the input was given but could not be parsed: checks that depend on it would only add noise. */
  invalid(name: string): boolean {
    return this.given(name) && this.reported(name);
  }

  /** True when the user gave the input (defaults don't count). */
  given(name: string): boolean {
    const v = this.read(name);
    return v !== undefined && v.trim() !== '';
  }
}

/** A plain string, trimmed. */
export const text = (_p: Problems, _input: string, raw: string): string => raw.trim();
