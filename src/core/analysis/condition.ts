/** A gate's condition: parsed from the input, held against a measured number, said in words. */
import type { Comparator, Condition } from './types.js';

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
const COMPARE = new RegExp(String.raw`^(<=|>=|==|!=|<|>|=)\s*(${NUMBER})$`);
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*\.\.\s*(${NUMBER})$`);

export const CONDITION_EXPECTED =
  "expected a comparison with a number ('< 1', '<= 0.5', '> 100', '>= 99.5', '== 0', '!= 0') or a range ('1..5', both ends included)";

/** The condition, or an error message (the caller names the input and the value). */
export function parseCondition(raw: string): { ok: true; condition: Condition } | { ok: false; error: string } {
  const v = raw.trim();
  const compare = COMPARE.exec(v);
  if (compare) {
    const op = (compare[1] === '=' ? '==' : compare[1]) as Comparator;
    return { ok: true, condition: { kind: 'compare', op, value: Number(compare[2]) } };
  }
  const range = RANGE.exec(v);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (min > max) return { ok: false, error: `is an empty range (${min} is above ${max}); expected 'low..high'` };
    return { ok: true, condition: { kind: 'range', min, max } };
  }
  return { ok: false, error: `is not a condition; ${CONDITION_EXPECTED}` };
}

export function holds(c: Condition, value: number): boolean {
  if (c.kind === 'range') return value >= c.min && value <= c.max;
  switch (c.op) {
    case '<':
      return value < c.value;
    case '<=':
      return value <= c.value;
    case '>':
      return value > c.value;
    case '>=':
      return value >= c.value;
    case '==':
      return value === c.value;
    case '!=':
      return value !== c.value;
  }
}

/** '< 1', 'in 1..5'. */
export function formatCondition(c: Condition): string {
  return c.kind === 'range' ? `in ${c.min}..${c.max}` : `${c.op} ${c.value}`;
}

/** A measured number as the summary shows it: up to 4 significant decimals, no float noise. */
export function formatValue(value: number | null): string {
  if (value === null) return 'no data';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
