/**
 * Reads raw inputs by name, applies the table's defaults, and hands each value to a parser that
 * records problems instead of throwing.
 */
import { findInput } from './table.js';
import { Problems } from './values.js';

/** Raw input lookup as an adapter provides it: undefined or '' means "not given". */
export type ReadInput = (name: string) => string | undefined;

export class InputReader {
  readonly problems = new Problems();
  readonly secrets = new Set<string>();

  constructor(private readonly read: ReadInput) {}

  /** The value given, else the table's default, else undefined. */
  raw(name: string): string | undefined {
    const def = findInput(name);
    if (!def) throw new Error(`internal: input '${name}' is not in the input table`);
    const given = this.read(name);
    const value = given !== undefined && given.trim() !== '' ? given : def.default;
    if (value !== undefined && def.secret && value.trim() !== '') this.secrets.add(value);
    return value;
  }

  /** The value, parsed; undefined when absent or bad (a problem is recorded for bad). */
  get<T>(name: string, parse: (p: Problems, input: string, raw: string) => T | undefined): T | undefined {
    const raw = this.raw(name);
    return raw === undefined ? undefined : parse(this.problems, name, raw);
  }

  /** Like `get`, but a missing value is a problem naming why the input is needed. */
  require<T>(name: string, why: string, parse: (p: Problems, input: string, raw: string) => T | undefined): T | undefined {
    const raw = this.raw(name);
    if (raw === undefined) {
      this.problems.add(name, `is required ${why}`);
      return undefined;
    }
    return parse(this.problems, name, raw);
  }

  /** True when the user gave the input (defaults don't count). */
  given(name: string): boolean {
    const v = this.read(name);
    return v !== undefined && v.trim() !== '';
  }
}

/** A plain string, trimmed. */
export const text = (_p: Problems, _input: string, raw: string): string => raw.trim();
