/**
 * Runs a query: `let` statements, then the result pipeline, over the context's tables. The result
 * table is named 'PrimaryResult', as the Log Analytics query API names a query's first table.
 */
import type { LetStatement, Pipeline, Query } from './ast.js';
import { semanticError, type QueryText } from './errors.js';
import { applyOperator, type ScopeBase } from './operators.js';
import { compile, type Compiled } from './scalar.js';
import type { KqlContext, KqlTable } from './types.js';
import { fromCell, toCell, type Relation } from './values.js';

export function evaluateQuery(query: Query, q: QueryText, ctx: KqlContext): KqlTable {
  const tables = new Map<string, Relation>();
  const lets = new Map<string, Compiled>();
  const base: ScopeBase = { text: q.text, lets, now: ctx.now };
  const source = (name: string, at: number): Relation => {
    const bound = tables.get(name);
    if (bound) return bound;
    const table = ctx.tables.get(name);
    if (!table) throw semanticError(q, at, `Failed to resolve table expression named '${name}'`);
    const relation = fromTable(table);
    tables.set(name, relation);
    return relation;
  };
  const run = (pipeline: Pipeline): Relation =>
    pipeline.operators.reduce((rel, op) => applyOperator(op, rel, base), source(pipeline.source, pipeline.sourceAt));
  for (const statement of query.lets) bindLet(statement, base, run, lets, tables, ctx);
  return toTable(run(query.result));
}

function bindLet(
  statement: LetStatement,
  base: ScopeBase,
  run: (p: Pipeline) => Relation,
  lets: Map<string, Compiled>,
  tables: Map<string, Relation>,
  ctx: KqlContext,
): void {
  const { name, value } = statement;
  lets.delete(name);
  tables.delete(name);
  if (value.kind === 'tabular') {
    tables.set(name, run(value.pipeline));
    return;
  }
  const expr = value.expr;
  // `let t = requests;` names a table: a bare name that is no scalar let.
  if (expr.kind === 'name' && !lets.has(expr.name) && (tables.has(expr.name) || ctx.tables.has(expr.name))) {
    tables.set(name, run({ source: expr.name, sourceAt: expr.at, operators: [] }));
    return;
  }
  const compiled = compile(expr, { ...base, columns: [] });
  const result = compiled.eval([]);
  lets.set(name, { type: compiled.type, eval: () => result, constant: { value: result } });
}

function fromTable(table: KqlTable): Relation {
  const columns = table.columns.map((c) => ({ name: c.name, type: c.type }));
  return { columns, rows: table.rows.map((row) => columns.map((c, i) => fromCell(c.type, row[i]))) };
}

function toTable(relation: Relation): KqlTable {
  return {
    name: 'PrimaryResult',
    columns: relation.columns.map((c) => ({ name: c.name, type: c.type })),
    rows: relation.rows.map((row) => relation.columns.map((c, i) => toCell(c.type, row[i] ?? null))),
  };
}
