/**
 * The evaluator's own syntax tree for the supported KQL subset. syntax.ts builds it from the
 * Kusto.Language parse tree and refuses everything else, so the evaluator never sees a construct it
 * does not implement (and a hand-written parser could replace the library without touching it).
 * `at` is the offset of the construct in the query text, for error messages.
 */
import type { KqlType } from './types.js';
import type { Value } from './values.js';

export type BinaryOperator =
  '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~' | '!~' | 'and' | 'or' | StringOperator;

/** String predicates (learn.microsoft.com/kusto/query/datatypes-string-operators). */
export type StringOperator =
  | 'contains'
  | '!contains'
  | 'contains_cs'
  | '!contains_cs'
  | 'has'
  | '!has'
  | 'has_cs'
  | '!has_cs'
  | 'hasprefix'
  | '!hasprefix'
  | 'hasprefix_cs'
  | '!hasprefix_cs'
  | 'hassuffix'
  | '!hassuffix'
  | 'hassuffix_cs'
  | '!hassuffix_cs'
  | 'startswith'
  | '!startswith'
  | 'startswith_cs'
  | '!startswith_cs'
  | 'endswith'
  | '!endswith'
  | 'endswith_cs'
  | '!endswith_cs';

export type InOperator = 'in' | '!in' | 'in~' | '!in~';

export type Expr =
  | { readonly kind: 'literal'; readonly type: KqlType; readonly value: Value; readonly at: number }
  | { readonly kind: 'name'; readonly name: string; readonly at: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
      readonly at: number;
    }
  | {
      readonly kind: 'in';
      readonly op: InOperator;
      readonly left: Expr;
      readonly list: readonly Expr[];
      readonly at: number;
    }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly operand: Expr; readonly at: number }
  /** `x between (low .. high)`, `x !between (…)`. */
  | {
      readonly kind: 'between';
      readonly negated: boolean;
      readonly left: Expr;
      readonly low: Expr;
      readonly high: Expr;
      readonly at: number;
    }
  | { readonly kind: 'paren'; readonly inner: Expr; readonly at: number }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly at: number }
  /** `target.name` or `target['name']` / `target[0]` on a dynamic value. */
  | { readonly kind: 'member'; readonly target: Expr; readonly key: string | number; readonly at: number };

/** An item of extend / project / summarize: `name = expr` or a bare expression. */
export interface NamedExpr {
  readonly name?: string;
  readonly expr: Expr;
  readonly at: number;
}

export interface OrderedExpr {
  readonly expr: Expr;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

export type TabularOperator =
  | { readonly op: 'where'; readonly predicate: Expr; readonly at: number }
  | { readonly op: 'extend'; readonly items: readonly NamedExpr[]; readonly at: number }
  | { readonly op: 'project'; readonly items: readonly NamedExpr[]; readonly at: number }
  | { readonly op: 'take'; readonly count: Expr; readonly at: number }
  | { readonly op: 'sort'; readonly by: readonly OrderedExpr[]; readonly at: number }
  | { readonly op: 'top'; readonly count: Expr; readonly by: OrderedExpr; readonly at: number }
  | {
      readonly op: 'summarize';
      readonly aggregates: readonly NamedExpr[];
      readonly by: readonly NamedExpr[];
      readonly at: number;
    }
  | { readonly op: 'count'; readonly at: number };

/** `Source | op | op …`: the source is a table name or a tabular `let`. */
export interface Pipeline {
  readonly source: string;
  readonly sourceAt: number;
  readonly operators: readonly TabularOperator[];
}

/**
 * `let name = …;`: a pipeline binds a table; any other expression a scalar, except a bare name of a
 * table, which the evaluator resolves to that table.
 */
export interface LetStatement {
  readonly name: string;
  readonly value:
    { readonly kind: 'scalar'; readonly expr: Expr } | { readonly kind: 'tabular'; readonly pipeline: Pipeline };
  readonly at: number;
}

export interface Query {
  readonly lets: readonly LetStatement[];
  readonly result: Pipeline;
}
