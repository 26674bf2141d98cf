/**
 * Turns the Kusto.Language parse tree into the evaluator's tree (ast.ts), refusing every construct
 * outside the supported subset with a KqlError that names it. Node kinds and child names are
 * Kusto.Language's (Kusto.Language.Syntax.SyntaxKind, SyntaxElement.GetName).
 */
import type { BinaryOperator, Expr, InOperator, LetStatement, NamedExpr, OrderedExpr } from './ast.js';
import type { Pipeline, Query, TabularOperator } from './ast.js';
import { semanticError, unsupported, type QueryText } from './errors.js';
import { isKnownFunction, unsupportedFunction } from './functions.js';
import type { KustoNode, ParsedQuery } from './kusto-parser.js';
import { literalOf } from './syntax-literals.js';

export const SUPPORTED_OPERATORS =
  'the operators where, extend, project, summarize, take/limit, sort/order by, top and count';
const SUPPORTED_EXPRESSIONS =
  'literals, names, arithmetic, comparisons, and/or, in/!in, between, string operators, function calls ' +
  'and dynamic member access';

const BINARY: Readonly<Record<string, BinaryOperator>> = {
  AddExpression: '+',
  SubtractExpression: '-',
  MultiplyExpression: '*',
  DivideExpression: '/',
  ModuloExpression: '%',
  EqualExpression: '==',
  NotEqualExpression: '!=',
  LessThanExpression: '<',
  LessThanOrEqualExpression: '<=',
  GreaterThanExpression: '>',
  GreaterThanOrEqualExpression: '>=',
  EqualTildeExpression: '=~',
  BangTildeExpression: '!~',
  AndExpression: 'and',
  OrExpression: 'or',
  ContainsExpression: 'contains',
  NotContainsExpression: '!contains',
  ContainsCsExpression: 'contains_cs',
  NotContainsCsExpression: '!contains_cs',
  HasExpression: 'has',
  NotHasExpression: '!has',
  HasCsExpression: 'has_cs',
  NotHasCsExpression: '!has_cs',
  HasPrefixExpression: 'hasprefix',
  NotHasPrefixExpression: '!hasprefix',
  HasPrefixCsExpression: 'hasprefix_cs',
  NotHasPrefixCsExpression: '!hasprefix_cs',
  HasSuffixExpression: 'hassuffix',
  NotHasSuffixExpression: '!hassuffix',
  HasSuffixCsExpression: 'hassuffix_cs',
  NotHasSuffixCsExpression: '!hassuffix_cs',
  StartsWithExpression: 'startswith',
  NotStartsWithExpression: '!startswith',
  StartsWithCsExpression: 'startswith_cs',
  NotStartsWithCsExpression: '!startswith_cs',
  EndsWithExpression: 'endswith',
  NotEndsWithExpression: '!endswith',
  EndsWithCsExpression: 'endswith_cs',
  NotEndsWithCsExpression: '!endswith_cs',
};

const IN: Readonly<Record<string, InOperator>> = {
  InExpression: 'in',
  NotInExpression: '!in',
  InCsExpression: 'in~',
  NotInCsExpression: '!in~',
};

/** Reads one parsed query into the evaluator's tree. */
export function toQuery(parsed: ParsedQuery, q: QueryText): Query {
  return new Reader(parsed, q).query();
}

/** A string or integer index written as a literal (`-1`, the last element, included). */
function constantKey(expr: Expr): string | number | undefined {
  if (expr.kind === 'unary' && expr.op === '-') {
    const inner = constantKey(expr.operand);
    return typeof inner === 'number' ? -inner : undefined;
  }
  if (expr.kind !== 'literal') return undefined;
  return typeof expr.value === 'string' || (typeof expr.value === 'number' && Number.isInteger(expr.value))
    ? expr.value
    : undefined;
}

class Reader {
  constructor(
    private readonly parsed: ParsedQuery,
    private readonly q: QueryText,
  ) {}

  query(): Query {
    const lets: LetStatement[] = [];
    const results: Pipeline[] = [];
    const root = this.parsed.root;
    if (this.items(this.kid(root, 'Directives')).length > 0) throw this.refuse(root, 'A query directive');
    for (const statement of this.items(this.kid(root, 'Statements'))) {
      const kind = this.kind(statement);
      if (kind === 'LetStatement') lets.push(this.let(statement));
      else if (kind === 'ExpressionStatement') results.push(this.pipeline(this.need(statement, 'Expression')));
      else throw this.refuse(statement, `The '${this.firstWord(statement)}' statement (${kind})`);
    }
    const result = results[0];
    if (!result) throw semanticError(this.q, root.End, 'The query has no tabular expression to return');
    if (results.length > 1) throw this.refuse(root, 'A query with more than one result table');
    return { lets, result };
  }

  private let(node: KustoNode): LetStatement {
    const name = this.simpleName(this.need(node, 'Name'));
    const value = this.need(node, 'Expression');
    const at = node.TextStart;
    if (this.kind(value) === 'PipeExpression')
      return { name, value: { kind: 'tabular', pipeline: this.pipeline(value) }, at };
    return { name, value: { kind: 'scalar', expr: this.expr(value) }, at };
  }

  private pipeline(node: KustoNode): Pipeline {
    const operators: TabularOperator[] = [];
    let current = node;
    while (this.kind(current) === 'PipeExpression') {
      operators.unshift(this.operator(this.need(current, 'Operator')));
      current = this.need(current, 'Expression');
    }
    if (this.kind(current) !== 'NameReference') {
      throw unsupported(
        this.q,
        current.TextStart,
        `A query starting with '${this.firstWord(current)}' (${this.kind(current)})`,
        'queries that start with a table name, e.g. requests | where …',
      );
    }
    return { source: this.simpleName(current), sourceAt: current.TextStart, operators };
  }

  private operator(node: KustoNode): TabularOperator {
    const at = node.TextStart;
    const kind = this.kind(node);
    if (this.items(this.kid(node, 'Parameters')).length > 0)
      throw this.refuse(node, `A parameter of '${this.firstWord(node)}'`);
    switch (kind) {
      case 'FilterOperator':
        return { op: 'where', predicate: this.expr(this.need(node, 'Condition')), at };
      case 'ExtendOperator':
        return { op: 'extend', items: this.named(this.kid(node, 'Expressions')), at };
      case 'ProjectOperator':
        return { op: 'project', items: this.named(this.kid(node, 'Expressions')), at };
      case 'TakeOperator':
        return { op: 'take', count: this.expr(this.need(node, 'Expression')), at };
      case 'SortOperator':
        return { op: 'sort', by: this.items(this.kid(node, 'Expressions')).map((e) => this.ordered(e)), at };
      case 'TopOperator':
        return {
          op: 'top',
          count: this.expr(this.need(node, 'Expression')),
          by: this.ordered(this.need(node, 'ByExpression')),
          at,
        };
      case 'SummarizeOperator': {
        const by = this.kid(node, 'ByClause');
        return {
          op: 'summarize',
          aggregates: this.named(this.kid(node, 'Aggregates')),
          by: by ? this.named(this.kid(by, 'Expressions')) : [],
          at,
        };
      }
      case 'CountOperator':
        return { op: 'count', at };
      default:
        throw unsupported(this.q, at, `The '${this.firstWord(node)}' operator (${kind})`, SUPPORTED_OPERATORS);
    }
  }

  private named(list: KustoNode | undefined): NamedExpr[] {
    return this.items(list).map((node) => {
      const kind = this.kind(node);
      if (kind === 'SimpleNamedExpression') {
        return {
          name: this.simpleName(this.need(node, 'Name')),
          expr: this.expr(this.need(node, 'Expression')),
          at: node.TextStart,
        };
      }
      if (kind === 'CompoundNamedExpression') throw this.refuse(node, 'Naming several columns at once, (a, b) = …,');
      return { expr: this.expr(node), at: node.TextStart };
    });
  }

  /** `expr [asc|desc] [nulls first|last]`: desc by default, nulls first for asc and last for desc. */
  private ordered(node: KustoNode): OrderedExpr {
    // https://learn.microsoft.com/kusto/query/sort-operator: "desc" is the default order; "nulls first"
    // is the default for asc and "nulls last" for desc.
    if (this.kind(node) !== 'OrderedExpression') return { expr: this.expr(node), descending: true, nullsFirst: false };
    const ordering = this.kid(node, 'Ordering');
    const direction = ordering ? this.kid(ordering, 'AscOrDescKeyword') : undefined;
    const descending = direction?.Text?.toLowerCase() !== 'asc';
    const nulls = ordering ? this.kid(ordering, 'NullsClause') : undefined;
    const firstOrLast = nulls ? this.kid(nulls, 'FirstOrLastKeyword')?.Text?.toLowerCase() : undefined;
    return {
      expr: this.expr(this.need(node, 'Expression')),
      descending,
      nullsFirst: firstOrLast === undefined ? !descending : firstOrLast === 'first',
    };
  }

  private expr(node: KustoNode): Expr {
    const kind = this.kind(node);
    const at = node.TextStart;
    const binary = BINARY[kind];
    if (binary) return { kind: 'binary', op: binary, left: this.sub(node, 'Left'), right: this.sub(node, 'Right'), at };
    const inOp = IN[kind];
    if (inOp) return this.in(node, inOp);
    switch (kind) {
      case 'NameReference':
        return { kind: 'name', name: this.simpleName(node), at };
      case 'ParenthesizedExpression':
        return { kind: 'paren', inner: this.sub(node, 'Expression'), at };
      case 'UnaryMinusExpression':
        return { kind: 'unary', op: '-', operand: this.sub(node, 'Expression'), at };
      case 'UnaryPlusExpression':
        return { kind: 'unary', op: '+', operand: this.sub(node, 'Expression'), at };
      case 'BetweenExpression':
      case 'NotBetweenExpression':
        return this.between(node, kind === 'NotBetweenExpression');
      case 'FunctionCallExpression':
        return this.call(node);
      case 'PathExpression':
        return this.path(node);
      case 'ElementExpression':
        return this.element(node);
      case 'SimpleNamedExpression':
        throw semanticError(this.q, at, `'${this.text(node)}' assigns a name here; compare with '=='`);
      default: {
        const literal = literalOf(node, kind, this.q);
        if (literal) return literal;
        throw unsupported(this.q, at, `The expression '${this.text(node)}' (${kind})`, SUPPORTED_EXPRESSIONS);
      }
    }
  }

  private in(node: KustoNode, op: InOperator): Expr {
    const right = this.need(node, 'Right');
    if (this.kind(right) !== 'ExpressionList') {
      throw unsupported(
        this.q,
        right.TextStart,
        `'${op}' over '${this.text(right)}'`,
        `'${op}' over a list of scalars, e.g. x ${op} ('a', 'b')`,
      );
    }
    const list = this.items(this.kid(right, 'Expressions')).map((e) => this.expr(e));
    return { kind: 'in', op, left: this.sub(node, 'Left'), list, at: node.TextStart };
  }

  private between(node: KustoNode, negated: boolean): Expr {
    const range = this.need(node, 'Right');
    return {
      kind: 'between',
      negated,
      left: this.sub(node, 'Left'),
      low: this.sub(range, 'First'),
      high: this.sub(range, 'Second'),
      at: node.TextStart,
    };
  }

  private call(node: KustoNode): Expr {
    const name = this.simpleName(this.need(node, 'Name'));
    // An unknown function is refused by name before its arguments (which may be, e.g., `*`).
    if (!isKnownFunction(name)) throw unsupportedFunction(this.q, name, node.TextStart);
    const args = this.items(this.kid(this.need(node, 'ArgumentList'), 'Expressions')).map((e) => this.expr(e));
    return { kind: 'call', name, args, at: node.TextStart };
  }

  /** `target.name` */
  private path(node: KustoNode): Expr {
    const selector = this.need(node, 'Selector');
    if (this.kind(selector) !== 'NameReference') throw this.refuse(selector, `The member access '${this.text(node)}'`);
    return { kind: 'member', target: this.sub(node, 'Expression'), key: this.simpleName(selector), at: node.TextStart };
  }

  /** `target['name']`, `target[0]` */
  private element(node: KustoNode): Expr {
    const selector = this.need(this.need(node, 'Selector'), 'Expression');
    const key = constantKey(this.expr(selector));
    if (key === undefined) {
      throw unsupported(
        this.q,
        selector.TextStart,
        `The index '${this.text(selector)}'`,
        "constant indexes, e.g. d['key'] or a[0]",
      );
    }
    return { kind: 'member', target: this.sub(node, 'Expression'), key, at: node.TextStart };
  }

  private sub(node: KustoNode, name: string): Expr {
    return this.expr(this.need(node, name));
  }

  private kind(node: KustoNode): string {
    return this.parsed.kindOf(node);
  }

  private kid(node: KustoNode, name: string): KustoNode | undefined {
    for (let i = 0; i < node.ChildCount; i++) {
      if (node.GetName(i) === name) return node.GetChild(i) ?? undefined;
    }
    return undefined;
  }

  private need(node: KustoNode, name: string): KustoNode {
    const child = this.kid(node, name);
    if (!child || child.IsMissing) throw semanticError(this.q, node.End, `'${this.text(node)}' lacks its ${name}`);
    return child;
  }

  /** The elements of a syntax list, separators dropped. */
  private items(list: KustoNode | undefined): KustoNode[] {
    const out: KustoNode[] = [];
    for (let i = 0; i < (list?.ChildCount ?? 0); i++) {
      const child = list!.GetChild(i);
      if (!child || child.IsToken) continue;
      const element = this.kind(child) === 'SeparatedElement' ? child.GetChild(0) : child;
      if (element) out.push(element);
    }
    return out;
  }

  private simpleName(node: KustoNode): string {
    if (typeof node.SimpleName !== 'string') throw this.refuse(node, `The name '${this.text(node)}'`);
    return node.SimpleName;
  }

  private text(node: KustoNode): string {
    return this.q.text.slice(node.TextStart, node.End);
  }

  private firstWord(node: KustoNode): string {
    return this.text(node).split(/[\s(]/)[0] ?? '';
  }

  private refuse(node: KustoNode, what: string): Error {
    return unsupported(this.q, node.TextStart, what, `${SUPPORTED_OPERATORS} over ${SUPPORTED_EXPRESSIONS}`);
  }
}
