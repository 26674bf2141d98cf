/**
 * Tabular operators other than summarize (summarize.ts): where, extend, project, take/limit,
 * sort/order by, top and count (https://learn.microsoft.com/kusto/query/<operator>-operator).
 */
import type { NamedExpr, OrderedExpr, TabularOperator } from './ast.js';
import { semanticError } from './errors.js';
import { nameColumns } from './naming.js';
import { compile, type Compiled, type Scope } from './scalar.js';
import { summarize } from './summarize.js';
import { compareNonNull, isInteger, type Relation, type Row } from './values.js';

/** What every operator's scope shares: the query text, scalar lets and "now". */
export type ScopeBase = Omit<Scope, 'columns'>;

export function applyOperator(op: TabularOperator, input: Relation, base: ScopeBase): Relation {
  const scope: Scope = { ...base, columns: input.columns };
  switch (op.op) {
    case 'where':
      return where(op.predicate, op.at, input, scope);
    case 'extend':
      return extend(op.items, input, scope);
    case 'project':
      return project(op.items, input, scope);
    case 'take':
      return { columns: input.columns, rows: input.rows.slice(0, rowCount(op.count, scope)) };
    case 'sort':
      return { columns: input.columns, rows: sorted(input.rows, op.by, scope) };
    case 'top':
      return { columns: input.columns, rows: sorted(input.rows, [op.by], scope).slice(0, rowCount(op.count, scope)) };
    case 'summarize':
      return summarize(op, input, base);
    case 'count':
      // "Returns the number of records in the input record set" as one column named Count.
      return { columns: [{ name: 'Count', type: 'long' }], rows: [[input.rows.length]] };
  }
}

/** where: a null predicate counts as false (null-values page, "Null values and the where operator"). */
function where(predicate: NamedExpr['expr'], at: number, input: Relation, scope: Scope): Relation {
  const test = compile(predicate, scope);
  if (test.type !== 'bool')
    throw semanticError(scope, at, `The where predicate must have the type bool, not ${test.type}`);
  return { columns: input.columns, rows: input.rows.filter((row) => test.eval(row) === true) };
}

/**
 * extend: each expression reads the input row; a column whose name exists replaces it in place
 * ("If the column name already exists, the existing column is replaced"), new ones are appended.
 */
function extend(items: readonly NamedExpr[], input: Relation, scope: Scope): Relation {
  const compiled = items.map((item) => compile(item.expr, scope));
  const taken = new Set(input.columns.map((c) => c.name));
  const names = nameColumns(scope, requests(items, compiled), 'extend', taken);
  const columns = [...input.columns];
  const sources: (number | Compiled)[] = input.columns.map((_c, i) => i);
  names.forEach((name, i) => {
    const existing = columns.findIndex((c) => c.name === name);
    const slot = existing >= 0 ? existing : columns.length;
    columns[slot] = { name, type: compiled[i]!.type };
    sources[slot] = compiled[i]!;
  });
  const rows = input.rows.map((row) => sources.map((s) => (typeof s === 'number' ? row[s]! : s.eval(row))));
  return { columns, rows };
}

function project(items: readonly NamedExpr[], input: Relation, scope: Scope): Relation {
  const compiled = items.map((item) => compile(item.expr, scope));
  const names = nameColumns(scope, requests(items, compiled), 'project', new Set(input.columns.map((c) => c.name)));
  return {
    columns: names.map((name, i) => ({ name, type: compiled[i]!.type })),
    rows: input.rows.map((row) => compiled.map((c) => c.eval(row))),
  };
}

export function requests(items: readonly NamedExpr[], compiled: readonly Compiled[]) {
  return items.map((item, i) => ({
    ...(item.name !== undefined ? { explicit: item.name } : {}),
    ...(compiled[i]!.name !== undefined ? { inferred: compiled[i]!.name } : {}),
    ...(item.expr.kind === 'name' ? { reference: true } : {}),
    at: item.at,
  }));
}

/** take / limit / top: a constant, non-negative integer count. */
function rowCount(expr: NamedExpr['expr'], scope: Scope): number {
  const count = compile(expr, scope);
  const value = count.constant?.value;
  if (!isInteger(count.type) || typeof value !== 'number' || value < 0) {
    throw semanticError(scope, expr.at, 'The row count must be a constant, non-negative integer');
  }
  return value;
}

/** A stable sort; nulls go first or last as each key says, whatever its direction. */
function sorted(rows: readonly Row[], by: readonly OrderedExpr[], scope: Scope): Row[] {
  const keys = by.map((key) => {
    const c = compile(key.expr, scope);
    if (c.type === 'dynamic')
      throw semanticError(scope, key.expr.at, 'Sorting by a dynamic value is not supported; convert it first');
    return { ...key, c };
  });
  const decorated = rows.map((row) => ({ row, values: keys.map((k) => k.c.eval(row)) }));
  decorated.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const { descending, nullsFirst } = keys[i]!;
      const a = x.values[i] ?? null;
      const b = y.values[i] ?? null;
      if (a === null || b === null) {
        if (a === b) continue;
        return (a === null) === nullsFirst ? -1 : 1;
      }
      const c = compareNonNull(a, b);
      if (c !== 0) return descending ? -c : c;
    }
    return 0;
  });
  return decorated.map((d) => d.row);
}
