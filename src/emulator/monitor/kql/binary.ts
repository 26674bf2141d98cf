/**
 * Binary operators and `in`: arithmetic (https://learn.microsoft.com/kusto/query/numerical-operators,
 * .../datetime-timespan-arithmetic), comparisons with null (https://learn.microsoft.com/kusto/query/
 * scalar-data-types/null-values), and/or (https://learn.microsoft.com/kusto/query/logical-operators)
 * and string operators (strings.ts). Type combinations outside these pages are refused.
 */
import type { BinaryOperator, Expr, InOperator, StringOperator } from './ast.js';
import { toText } from './convert.js';
import { semanticError } from './errors.js';
import { compile, derive, type Compiled, type Scope } from './scalar.js';
import { stringPredicate } from './strings.js';
import type { KqlType } from './types.js';
import { compareNonNull, datetimeOrNull, isInteger, isNumeric, type Row, type Value } from './values.js';

type BinaryExpr = Extract<Expr, { kind: 'binary' }>;

const ARITHMETIC = new Set<BinaryOperator>(['+', '-', '*', '/', '%']);
const COMPARISON = new Set<BinaryOperator>(['==', '!=', '<', '<=', '>', '>=']);

export function compileBinary(expr: BinaryExpr, scope: Scope): Compiled {
  const left = compile(expr.left, scope);
  const right = compile(expr.right, scope);
  const { op } = expr;
  if (op === 'and' || op === 'or') return logic(expr, left, right, scope);
  if (ARITHMETIC.has(op)) return arithmetic(expr, left, right, scope);
  if (COMPARISON.has(op)) return comparison(expr, left, right, scope);
  if (op === '=~' || op === '!~') return equalsIgnoringCase(expr, left, right, scope);
  return stringOperator(expr, op as StringOperator, left, right, scope);
}

function notDefined(scope: Scope, expr: BinaryExpr, left: Compiled, right: Compiled): Error {
  return semanticError(
    scope,
    expr.at,
    `The operator '${expr.op}' is not defined for the operand types ${left.type} and ${right.type}`,
  );
}

/** and / or: "Returns true only if both operands are true" / "if either of the operands is true". */
function logic(expr: BinaryExpr, left: Compiled, right: Compiled, scope: Scope): Compiled {
  if (left.type !== 'bool' || right.type !== 'bool') throw notDefined(scope, expr, left, right);
  const both = expr.op === 'and';
  return derive('bool', [left, right], (row) => {
    const a = left.eval(row) === true;
    const b = right.eval(row) === true;
    return both ? a && b : a || b;
  });
}

function arithmetic(expr: BinaryExpr, left: Compiled, right: Compiled, scope: Scope): Compiled {
  const rule = arithmeticRule(expr.op, left.type, right.type);
  if (!rule) throw notDefined(scope, expr, left, right);
  const [type, apply] = rule;
  const divides = expr.op === '/' || expr.op === '%';
  const integer = isInteger(left.type) && isInteger(right.type);
  return derive(type, [left, right], (row) => {
    const a = left.eval(row);
    const b = right.eval(row);
    if (a === null || b === null) return null;
    if (divides && integer && b === 0) {
      // Integer division by zero is not documented; refusing beats guessing a result.
      throw semanticError(
        scope,
        expr.at,
        `Integer division by zero in '${expr.op}'; convert an operand with todouble()`,
      );
    }
    const result = apply(a as number, b as number);
    return type === 'datetime' ? datetimeOrNull(result) : result;
  });
}

type Rule = readonly [KqlType, (a: number, b: number) => number];

/** "If one of the operands is of type real, the result will be of type real. If both operands are
 * of integer types (int or long), the result will be of type long"; the modulo "always returns a
 * small non-negative number"; datetime and timespan follow datetime-timespan-arithmetic. */
function arithmeticRule(op: BinaryOperator, l: KqlType, r: KqlType): Rule | undefined {
  const integer = isInteger(l) && isInteger(r);
  if (isNumeric(l) && isNumeric(r)) {
    const type: KqlType = integer ? 'long' : 'real';
    if (op === '/') return [type, integer ? (a, b) => Math.trunc(a / b) : (a, b) => a / b];
    if (op === '%') return [type, (a, b) => ((a % b) + Math.abs(b)) % Math.abs(b)];
    return [type, NUMERIC[op]!];
  }
  const pair = `${l} ${op} ${r}`;
  const span = l === 'timespan' || r === 'timespan';
  switch (pair) {
    case 'datetime - datetime':
      return ['timespan', NUMERIC['-']!];
    case 'datetime + timespan':
    case 'timespan + datetime':
    case 'datetime - timespan':
      return ['datetime', NUMERIC[op]!];
    case 'timespan + timespan':
    case 'timespan - timespan':
      return ['timespan', NUMERIC[op]!];
    case 'timespan / timespan':
      return ['real', (a, b) => a / b];
  }
  if (span && op === '*' && (isNumeric(l) || isNumeric(r))) return ['timespan', NUMERIC['*']!];
  if (l === 'timespan' && op === '/' && isNumeric(r)) return ['timespan', (a, b) => a / b];
  return undefined;
}

const NUMERIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
};

/** How two operand types compare: undefined when they don't. */
function comparableAs(l: KqlType, r: KqlType): 'same' | 'dynamic' | undefined {
  if (isNumeric(l) && isNumeric(r)) return 'same';
  if (l === r && l !== 'dynamic') return 'same';
  if ((l === 'dynamic') !== (r === 'dynamic')) {
    const other = l === 'dynamic' ? r : l;
    return other === 'string' || other === 'bool' || isNumeric(other) ? 'dynamic' : undefined;
  }
  return undefined;
}

/**
 * ==, !=, <, <=, >, >=. With nulls: "Applying the equality operator to two null values yields
 * bool(null). Applying the equality operator to a null value and a non-null value yields
 * bool(false)" (inequality: null and true), and an ordering with a null is null (the page's
 * `val > 3` example).
 */
function comparison(expr: BinaryExpr, left: Compiled, right: Compiled, scope: Scope): Compiled {
  const how = comparableAs(left.type, right.type);
  const ordering = expr.op !== '==' && expr.op !== '!=';
  const stringy = left.type === 'string' || right.type === 'string' || left.type === 'bool' || right.type === 'bool';
  if (!how || (ordering && stringy)) throw notDefined(scope, expr, left, right);
  const scalarType = left.type === 'dynamic' ? right.type : left.type;
  const read = how === 'dynamic' ? dynamicReader(expr, scope, scalarType) : (v: Value) => v;
  const test = COMPARE[expr.op]!;
  return derive('bool', [left, right], (row) => {
    const a = read(left.eval(row));
    const b = read(right.eval(row));
    if (a === null || b === null) {
      if (ordering || (a === null && b === null)) return null;
      return expr.op === '!=';
    }
    return test(compareNonNull(a, b));
  });
}

const COMPARE: Readonly<Record<string, (c: number) => boolean>> = {
  '==': (c) => c === 0,
  '!=': (c) => c !== 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

/**
 * Reads a dynamic operand compared with a scalar of `type`: a JSON value of the matching kind is
 * compared as that scalar; any other kind is refused (the emulator does not guess Kusto's implicit
 * conversions), naming the conversion function that makes the query explicit.
 */
function dynamicReader(expr: { readonly at: number; readonly op: string }, scope: Scope, type: KqlType) {
  const kind = type === 'string' ? 'string' : type === 'bool' ? 'boolean' : 'number';
  const convert = type === 'string' ? 'tostring' : type === 'bool' ? 'tobool' : 'todouble';
  return (value: Value): Value => {
    if (value === null || typeof value === kind) return value;
    const found = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'property bag' : typeof value;
    throw semanticError(
      scope,
      expr.at,
      `'${expr.op}' compares a dynamic ${found} with a ${type}; convert it with ${convert}()`,
    );
  };
}

/** =~ and !~: case-insensitive equality of strings (dynamic values as their text). */
function equalsIgnoringCase(expr: BinaryExpr, left: Compiled, right: Compiled, scope: Scope): Compiled {
  const text = textReader(expr, left, right, scope);
  const negate = expr.op === '!~';
  return derive('bool', [left, right], (row) => {
    const equal = text(left, row).toLowerCase() === text(right, row).toLowerCase();
    return negate ? !equal : equal;
  });
}

function stringOperator(expr: BinaryExpr, op: StringOperator, left: Compiled, right: Compiled, scope: Scope): Compiled {
  const text = textReader(expr, left, right, scope);
  const test = stringPredicate(op);
  return derive('bool', [left, right], (row) => test(text(left, row), text(right, row)));
}

/** String operands, and dynamic ones as tostring() gives them. */
function textReader(expr: BinaryExpr, left: Compiled, right: Compiled, scope: Scope) {
  const ok = (t: KqlType): boolean => t === 'string' || t === 'dynamic';
  if (!ok(left.type) || !ok(right.type)) throw notDefined(scope, expr, left, right);
  return (side: Compiled, row: Row): string => toText(side.eval(row));
}

/**
 * x in (a, b), !in, in~ (case-insensitive), !in~. `in` is equality with any element, so a null
 * operand is in no list (the null-values page's equality rules).
 */
export function compileIn(expr: Extract<Expr, { kind: 'in' }>, scope: Scope): Compiled {
  const left = compile(expr.left, scope);
  const list = expr.list.map((e) => compile(e, scope));
  const caseless = expr.op === 'in~' || expr.op === '!in~';
  for (const item of list) {
    const how = comparableAs(left.type, item.type);
    if (left.type === 'dynamic' && kindOfType(item.type) !== kindOfType(list[0]!.type)) {
      throw semanticError(scope, expr.at, `'${expr.op}' over a dynamic value needs elements of one type`);
    }
    if (item.type === 'dynamic' && left.type !== 'dynamic') {
      throw semanticError(scope, expr.at, `'${expr.op}' needs scalar elements; convert the dynamic one first`);
    }
    const textual = left.type === 'string' || item.type === 'string' || left.type === 'dynamic';
    if (!how || (caseless && !textual)) {
      throw semanticError(scope, expr.at, `'${expr.op}' compares a ${left.type} with a ${item.type} element`);
    }
  }
  const negate = expr.op.startsWith('!');
  const read = left.type === 'dynamic' ? inReader(expr, scope, list) : (v: Value) => v;
  const norm = (v: Value): Value => (caseless && typeof v === 'string' ? v.toLowerCase() : v);
  return derive('bool', [left, ...list], (row: Row) => {
    const v = read(left.eval(row));
    const found =
      v !== null &&
      list.some((item) => {
        const e = item.eval(row);
        return e !== null && compareNonNull(norm(v), norm(e)) === 0;
      });
    return negate ? !found : found;
  });
}

function kindOfType(type: KqlType): string {
  return isNumeric(type) ? 'number' : type;
}

function inReader(expr: { readonly at: number; readonly op: InOperator }, scope: Scope, list: readonly Compiled[]) {
  const type = list[0]?.type ?? 'string';
  return dynamicReader(expr, scope, type);
}

/**
 * x between (low .. high), inclusive, and !between (https://learn.microsoft.com/kusto/query/between-operator):
 * numbers, datetimes and timespans; for a datetime the high end may be a timespan, the range's length.
 * A null anywhere makes both false, as `x >= low and x <= high` / `x < low or x > high` are under the
 * and/or rules.
 */
export function compileBetween(expr: Extract<Expr, { kind: 'between' }>, scope: Scope): Compiled {
  const left = compile(expr.left, scope);
  const low = compile(expr.low, scope);
  const high = compile(expr.high, scope);
  const ordered = (t: KqlType): boolean => isNumeric(t) || t === 'datetime' || t === 'timespan';
  const same = (t: KqlType): boolean => (isNumeric(left.type) ? isNumeric(t) : t === left.type);
  const length = left.type === 'datetime' && high.type === 'timespan';
  if (!ordered(left.type) || !same(low.type) || !(same(high.type) || length)) {
    const types = `${left.type} between (${low.type} .. ${high.type})`;
    throw semanticError(scope, expr.at, `'between' is not defined for ${types}`);
  }
  return derive('bool', [left, low, high], (row) => {
    const x = left.eval(row);
    const a = low.eval(row);
    const b = high.eval(row);
    if (x === null || a === null || b === null) return false;
    const end = length ? (a as number) + (b as number) : (b as number);
    const inside = (x as number) >= (a as number) && (x as number) <= end;
    return expr.negated ? !inside : inside;
  });
}
