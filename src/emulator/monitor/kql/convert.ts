/**
 * Conversions between scalar types, as tostring(), todouble(), tolong(), toint() and tobool() define
 * them (https://learn.microsoft.com/kusto/query/tostringfunction and the sibling pages): a value
 * that does not convert gives null.
 */
import type { KqlType } from './types.js';
import { MS_PER_TICK, type Value } from './values.js';

/** Types whose text form this evaluator writes (datetime and timespan text are not emulated). */
export function hasTextForm(type: KqlType): boolean {
  return type !== 'datetime' && type !== 'timespan';
}

/** tostring(): null gives '' ("If the value is null, the result is an empty string"). */
export function toText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** todouble() / toreal(): numbers, numeric text, bools (1/0), timespans as ticks. */
export function toReal(type: KqlType, value: Value): number | null {
  if (value === null) return null;
  if (type === 'timespan') return (value as number) / MS_PER_TICK;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseReal(value);
  return null;
}

/** tolong() / toint(): like todouble(), truncated toward zero; integer text only. */
export function toInteger(type: KqlType, value: Value, bits: 32 | 64): number | null {
  let n: number | null;
  if (typeof value === 'string') n = /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : null;
  else n = toReal(type, value);
  if (n === null || !Number.isFinite(n)) return null;
  const truncated = Math.trunc(n);
  if (bits === 32) return truncated >= -2147483648 && truncated <= 2147483647 ? truncated : null;
  return Number.isSafeInteger(truncated) ? truncated : null;
}

/** tobool(): 'true' / 'false' in any case, numbers (non-zero is true). */
export function toBool(value: Value): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value !== 0;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    return t === 'true' ? true : t === 'false' ? false : null;
  }
  return null;
}

function parseReal(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
    const special: Record<string, number> = { nan: NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity };
    return special[t.toLowerCase()] ?? null;
  }
  return Number(t);
}
