/**
 * summarize (https://learn.microsoft.com/kusto/query/summarize-operator): the by columns, then one
 * column per aggregate expression. "When the input table is empty, the output depends on whether
 * GroupExpression is used: If GroupExpression is not provided, the output will be a single (empty)
 * row. If GroupExpression is provided, the output will have no rows." An aggregate expression may
 * wrap aggregations in scalar operators (`failed = countif(…) * 100`).
 */
import { compileAggregate, type Accumulator, type AggregateSlot } from './aggregates.js';
import type { Expr, TabularOperator } from './ast.js';
import { semanticError } from './errors.js';
import { nameColumns } from './naming.js';
import { requests, type ScopeBase } from './operators.js';
import { compile, type Compiled, type Scope } from './scalar.js';
import type { Relation, Row, Value } from './values.js';

type SummarizeOperator = Extract<TabularOperator, { op: 'summarize' }>;

interface Group {
  readonly keys: readonly Value[];
  readonly accumulators: readonly Accumulator[];
}

export function summarize(op: SummarizeOperator, input: Relation, base: ScopeBase): Relation {
  const rowScope: Scope = { ...base, columns: input.columns };
  const by = op.by.map((item) => {
    const c = compile(item.expr, rowScope);
    // Kusto refuses dynamic group keys ("The value of type 'dynamic' is not allowed in this context").
    if (c.type === 'dynamic')
      throw semanticError(base, item.at, "The value of type 'dynamic' is not allowed as a summarize by key");
    return c;
  });
  const slots: AggregateSlot[] = [];
  const aggregates = op.aggregates.map((item) => compileAggregateExpression(item.expr, item.at, rowScope, slots));
  if (by.length === 0 && aggregates.length === 0)
    throw semanticError(base, op.at, 'summarize needs an aggregation or a by clause');
  const groups = groupRows(input.rows, by, slots);
  if (by.length === 0 && groups.length === 0) groups.push({ keys: [], accumulators: slots.map((s) => s.create()) });
  const names = nameColumns(
    base,
    [...requests(op.by, by), ...requests(op.aggregates, aggregates)],
    'project',
    new Set(input.columns.map((c) => c.name)),
  );
  const types = [...by, ...aggregates].map((c) => c.type);
  return {
    columns: names.map((name, i) => ({ name, type: types[i]! })),
    rows: groups.map((group) => {
      const results = group.accumulators.map((a) => a.result());
      return [...group.keys, ...aggregates.map((a) => a.eval(results))];
    }),
  };
}

/** Compiles one aggregate expression: its aggregation calls become slots, read back by index. */
function compileAggregateExpression(expr: Expr, at: number, rowScope: Scope, slots: AggregateSlot[]): Compiled {
  const before = slots.length;
  const scope: Scope = {
    ...rowScope,
    noColumns: 'A summarize aggregate reads columns only inside an aggregation function',
    aggregate(call) {
      const slot = compileAggregate(call, rowScope);
      const index = slots.push(slot) - 1;
      return {
        type: slot.type,
        eval: (results) => results[index] ?? null,
        ...(slot.name !== undefined ? { name: slot.name } : {}),
      };
    },
  };
  const compiled = compile(expr, scope);
  if (slots.length === before)
    throw semanticError(rowScope, at, 'A summarize aggregate must call an aggregation function');
  return compiled;
}

/** Groups rows by their key values, in order of first appearance. */
function groupRows(rows: readonly Row[], by: readonly Compiled[], slots: readonly AggregateSlot[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const keys = by.map((k) => k.eval(row));
    const id = keys.map((v) => `${typeof v}:${String(v)}`).join('\u0000');
    let group = groups.get(id);
    if (!group) {
      group = { keys, accumulators: slots.map((s) => s.create()) };
      groups.set(id, group);
    }
    for (const accumulator of group.accumulators) accumulator.add(row);
  }
  return [...groups.values()];
}
