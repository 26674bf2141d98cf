/**
 * Values inside the evaluator and their conversion from and to the contract's cells.
 *
 * Inside: long, int and real are numbers; datetime is milliseconds since the epoch; timespan is
 * milliseconds; string is a string; bool a boolean; dynamic a JSON value; null is null. The static
 * type of every expression is known when it is compiled, so a value never carries its type.
 * Strings have no null in KQL: "The string data type doesn't support null values"
 * (https://learn.microsoft.com/kusto/query/scalar-data-types/null-values), so a string is '' instead.
 */
import type { KqlType } from './types.js';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type Value = Json;

export type Row = readonly Value[];

/** A table inside the evaluator: typed columns, rows of internal values. */
export interface Relation {
  readonly columns: readonly { readonly name: string; readonly type: KqlType }[];
  readonly rows: readonly Row[];
}

export const MS_PER_TICK = 1e-4;
const MS_PER_DAY = 86_400_000;

export function isNumeric(type: KqlType): boolean {
  return type === 'int' || type === 'long' || type === 'real';
}

export function isInteger(type: KqlType): boolean {
  return type === 'int' || type === 'long';
}

/** A contract cell (ISO datetime text, timespan milliseconds, JSON) as an internal value. */
export function fromCell(type: KqlType, cell: unknown): Value {
  if (cell === undefined || cell === null) return type === 'string' ? '' : null;
  switch (type) {
    case 'string':
      return typeof cell === 'string' ? cell : String(cell);
    case 'datetime': {
      return datetimeOrNull(typeof cell === 'number' ? cell : Date.parse(String(cell)));
    }
    case 'bool':
      return typeof cell === 'boolean' ? cell : null;
    case 'dynamic':
      return cell as Json;
    default:
      return typeof cell === 'number' ? cell : null;
  }
}

/** An internal value as a contract cell: datetimes as ISO 8601 text, '' for a string's null. */
export function toCell(type: KqlType, value: Value): unknown {
  if (type === 'string') return value ?? '';
  if (value === null) return null;
  if (type === 'datetime') return new Date(value as number).toISOString();
  return value;
}

/** Milliseconds from 0001-01-01 (where .NET ticks, and so Kusto's bins, start) to 1970-01-01. */
export const EPOCH_OFFSET_MS = 62135596800000;
/** 10000-01-01: datetimes end with 9999-12-31 (https://learn.microsoft.com/kusto/query/scalar-data-types/datetime). */
const DATETIME_END_MS = 253402300800000;

/** A datetime in milliseconds, or null when it leaves the range a datetime can hold. */
export function datetimeOrNull(ms: number): number | null {
  return Number.isFinite(ms) && ms >= -EPOCH_OFFSET_MS && ms < DATETIME_END_MS ? ms : null;
}

const TIMESPAN_UNITS: ReadonlyMap<string, number> = new Map([
  ['d', MS_PER_DAY],
  ['day', MS_PER_DAY],
  ['days', MS_PER_DAY],
  ['h', 3_600_000],
  ['hr', 3_600_000],
  ['hrs', 3_600_000],
  ['hour', 3_600_000],
  ['hours', 3_600_000],
  ['m', 60_000],
  ['min', 60_000],
  ['minute', 60_000],
  ['minutes', 60_000],
  ['s', 1000],
  ['sec', 1000],
  ['second', 1000],
  ['seconds', 1000],
  ['ms', 1],
  ['milli', 1],
  ['millis', 1],
  ['millisecond', 1],
  ['milliseconds', 1],
  ['microsecond', 0.001],
  ['microseconds', 0.001],
  ['tick', MS_PER_TICK],
  ['ticks', MS_PER_TICK],
]);

/**
 * A timespan literal's text in milliseconds: `5m`, `1.5h`, `30s`, `100ms`, `2d`, `timespan(1h)`,
 * `time(1.02:03:04)`, `time(null)` (https://learn.microsoft.com/kusto/query/scalar-data-types/timespan).
 * Returns undefined for a form this evaluator does not read.
 */
export function parseTimespanLiteral(text: string): number | null | undefined {
  const inner = /^(?:timespan|time)\s*\(\s*(.*?)\s*\)$/i.exec(text.trim())?.[1] ?? text.trim();
  if (inner.toLowerCase() === 'null') return null;
  const unit = /^([+-]?)(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(inner);
  if (unit) {
    const factor = TIMESPAN_UNITS.get(unit[3]!.toLowerCase());
    if (factor === undefined) return undefined;
    return (unit[1] === '-' ? -1 : 1) * Number(unit[2]) * factor;
  }
  const clock = /^([+-]?)(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(inner);
  if (!clock) return undefined;
  const [, sign, days, hours, minutes, seconds, fraction] = clock;
  const ms =
    Number(days ?? 0) * MS_PER_DAY +
    Number(hours) * 3_600_000 +
    Number(minutes) * 60_000 +
    Number(seconds ?? 0) * 1000 +
    Number(`0.${fraction ?? '0'}`) * 1000;
  return sign === '-' ? -ms : ms;
}

/**
 * A datetime literal's text in milliseconds: `datetime(2024-01-02)`, `datetime(2024-01-02 03:04)`,
 * `datetime(2024-01-02T03:04:05.1234567Z)`, `datetime(null)`; always UTC
 * (https://learn.microsoft.com/kusto/query/scalar-data-types/datetime). Undefined for other forms.
 */
export function parseDatetimeLiteral(text: string): number | null | undefined {
  const inner = /^(?:datetime|date)\s*\(\s*(.*?)\s*\)$/i.exec(text.trim())?.[1];
  if (inner === undefined) return undefined;
  if (inner.toLowerCase() === 'null') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*Z?$/i.exec(inner);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction] = m;
  const ms =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) +
    Number(`0.${fraction ?? '0'}`) * 1000;
  return Number.isFinite(ms) ? ms : undefined;
}

/** Orders two non-null values of one type (strings ordinally, as .NET's ordinal comparison does). */
export function compareNonNull(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
    if (Number.isNaN(b)) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
