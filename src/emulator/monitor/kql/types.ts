/**
 * The contract between the emulator's query APIs (Application Insights / Log Analytics) and its
 * KQL evaluator: tables in, one table out, in the shapes the Log Analytics query API returns
 * (`tables[].columns[{name,type}]`, `tables[].rows[][]`).
 */

/** Column types as the Log Analytics query API names them. */
export type KqlType = 'string' | 'long' | 'int' | 'real' | 'bool' | 'datetime' | 'timespan' | 'dynamic';

export interface KqlColumn {
  readonly name: string;
  readonly type: KqlType;
}

/**
 * A table: datetime cells are ISO 8601 strings, timespan cells are milliseconds (number) inside the
 * evaluator and 'd.hh:mm:ss.fffffff' text on the wire, dynamic cells are JSON values.
 */
export interface KqlTable {
  readonly name: string;
  readonly columns: readonly KqlColumn[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface KqlContext {
  /** The tables the query may name, by name (e.g. `requests`, `AppRequests`). */
  readonly tables: ReadonlyMap<string, KqlTable>;
  /** "now" for `ago()` and `now()`: milliseconds since the epoch on the emulator's clock. */
  readonly now: number;
}

/** A query the evaluator refuses: unknown operator/function, syntax error, unknown table or column. */
export class KqlError extends Error {
  constructor(
    message: string,
    /** The Log Analytics error code: 'BadArgumentError' (syntax, semantics) or 'SemanticError'. */
    readonly code: 'BadArgumentError' | 'SemanticError' = 'BadArgumentError',
  ) {
    super(message);
    this.name = 'KqlError';
  }
}

/** Evaluates `query` (the supported subset) and returns its result table, named 'PrimaryResult'. */
export type EvaluateKql = (query: string, ctx: KqlContext) => KqlTable;
