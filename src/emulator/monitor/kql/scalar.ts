/**
 * Compiles scalar expressions against a row layout into typed closures. Every expression's type is
 * known here (as Kusto's binder knows it), so type errors are refused before any row is read, and
 * the result column's name is inferred the way Kusto.Language's Binder.GetExpressionResultName does.
 */
import type { Expr } from './ast.js';
import { compileBetween, compileBinary, compileIn } from './binary.js';
import { semanticError, type QueryText } from './errors.js';
import { compileCall } from './functions.js';
import type { KqlType } from './types.js';
import { isInteger, isNumeric, type Json, type Row, type Value } from './values.js';

export interface Compiled {
  readonly type: KqlType;
  readonly eval: (row: Row) => Value;
  /** The name Kusto gives the result column when the query names none (undefined: Column1, …). */
  readonly name?: string;
  /** Present when the expression reads no row. */
  readonly constant?: { readonly value: Value };
}

export interface Column {
  readonly name: string;
  readonly type: KqlType;
}

export interface Scope extends QueryText {
  /** The row layout names resolve against (none inside a summarize aggregate expression). */
  readonly columns: readonly Column[];
  /** Scalar `let` values. */
  readonly lets: ReadonlyMap<string, Compiled>;
  /** "now" for now() and ago(), in milliseconds since the epoch. */
  readonly now: number;
  /** In a summarize aggregate expression: turns an aggregation call into a reader of its result. */
  readonly aggregate?: (call: Extract<Expr, { kind: 'call' }>) => Compiled;
  /** Why a column may not be named here (set for summarize aggregate expressions). */
  readonly noColumns?: string;
}

export function compile(expr: Expr, scope: Scope): Compiled {
  switch (expr.kind) {
    case 'literal':
      return constant(expr.type, expr.value);
    case 'name':
      return compileName(expr, scope);
    case 'paren': {
      const inner = compile(expr.inner, scope);
      return { ...inner };
    }
    case 'unary':
      return compileUnary(expr, scope);
    case 'binary':
      return compileBinary(expr, scope);
    case 'in':
      return compileIn(expr, scope);
    case 'between':
      return compileBetween(expr, scope);
    case 'call':
      return compileCall(expr, scope);
    case 'member':
      return compileMember(expr, scope);
  }
}

export function constant(type: KqlType, value: Value, name?: string): Compiled {
  return { type, eval: () => value, constant: { value }, ...(name !== undefined ? { name } : {}) };
}

/**
 * Builds a Compiled from parts; when every part is constant the result is computed once, so
 * `let`, `take`, `bin()` sizes and percentiles see constants.
 */
export function derive(
  type: KqlType,
  parts: readonly Compiled[],
  evaluate: (row: Row) => Value,
  name?: string,
): Compiled {
  const named = name !== undefined ? { name } : {};
  if (parts.every((p) => p.constant)) {
    const value = evaluate([]);
    return { type, eval: () => value, constant: { value }, ...named };
  }
  return { type, eval: evaluate, ...named };
}

function compileName(expr: Extract<Expr, { kind: 'name' }>, scope: Scope): Compiled {
  const index = scope.columns.findIndex((c) => c.name === expr.name);
  const bound = scope.lets.get(expr.name);
  if (index >= 0 && bound) {
    throw semanticError(scope, expr.at, `'${expr.name}' names both a column and a let value; rename one of them`);
  }
  if (bound) return { ...bound, name: expr.name };
  if (index >= 0) {
    if (scope.noColumns) throw semanticError(scope, expr.at, `${scope.noColumns} ('${expr.name}')`);
    const column = scope.columns[index]!;
    return { type: column.type, eval: (row) => row[index] ?? null, name: column.name };
  }
  throw semanticError(scope, expr.at, `Failed to resolve scalar expression named '${expr.name}'`);
}

function compileUnary(expr: Extract<Expr, { kind: 'unary' }>, scope: Scope): Compiled {
  const operand = compile(expr.operand, scope);
  if (!isNumeric(operand.type) && operand.type !== 'timespan') {
    throw semanticError(
      scope,
      expr.at,
      `The operator '${expr.op}' is not defined for the operand type ${operand.type}`,
    );
  }
  // Integer arithmetic yields long (https://learn.microsoft.com/kusto/query/numerical-operators).
  const type = isInteger(operand.type) ? 'long' : operand.type;
  if (expr.op === '+') return derive(type, [operand], (row) => operand.eval(row));
  return derive(type, [operand], (row) => {
    const v = operand.eval(row);
    return v === null ? null : -(v as number);
  });
}

/**
 * `d.key`, `d['key']`, `d[0]` on a dynamic value; a missing member is null
 * (https://learn.microsoft.com/kusto/query/scalar-data-types/dynamic#dynamic-object-accessors).
 */
function compileMember(expr: Extract<Expr, { kind: 'member' }>, scope: Scope): Compiled {
  const target = compile(expr.target, scope);
  if (target.type !== 'dynamic') {
    throw semanticError(
      scope,
      expr.at,
      `Member access needs a dynamic value; '${String(expr.key)}' is read from a ${target.type}`,
    );
  }
  const key = expr.key;
  // Kusto names the column after the path: customDimensions.x -> customDimensions_x (Binder.GetExpressionResultName).
  const name = target.name ? `${target.name}_${String(key)}` : String(key);
  return derive('dynamic', [target], (row) => member(target.eval(row), key), name);
}

function member(value: Value, key: string | number): Value {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    if (typeof key !== 'number') return null;
    const list = value as readonly Json[];
    return list[key < 0 ? list.length + key : key] ?? null;
  }
  if (typeof key !== 'string') return null;
  const bag = value as { readonly [k: string]: Json };
  return Object.prototype.hasOwnProperty.call(bag, key) ? (bag[key] ?? null) : null;
}
