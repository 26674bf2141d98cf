/**
 * Aggregation functions for summarize (https://learn.microsoft.com/kusto/query/aggregation-functions).
 * Null values are ignored, and on no rows count(), countif(), dcount() and sum() give 0 and the
 * others null (summarize-operator, "Default values of aggregations"). Result names follow
 * Kusto.Language (ResultNameKind.PrefixAndFirstArgument: count_, countif_, avg_duration, …;
 * percentile: percentile_duration_95).
 */
import type { Expr } from './ast.js';
import { semanticError } from './errors.js';
import { compile, type Compiled, type Scope } from './scalar.js';
import type { KqlType } from './types.js';
import { compareNonNull, isInteger, isNumeric, type Row, type Value } from './values.js';

type CallExpr = Extract<Expr, { kind: 'call' }>;

export interface Accumulator {
  add(row: Row): void;
  result(): Value;
}

/** One aggregation of a summarize: its result type and name, and a fresh accumulator per group. */
export interface AggregateSlot {
  readonly type: KqlType;
  readonly name: string | undefined;
  create(): Accumulator;
}

type Definition = (args: readonly Compiled[], call: CallExpr, scope: Scope) => AggregateSlot;

/** `prefix_argument` as Kusto names it, `prefix_` when the argument has no name. */
const prefixed = (prefix: string, arg: Compiled | undefined): string => `${prefix}_${arg?.name ?? ''}`;

function wrongType(scope: Scope, call: CallExpr, arg: Compiled, wanted: string): Error {
  return semanticError(scope, call.at, `'${call.name}()' expects ${wanted}, not ${arg.type}`);
}

function arity(scope: Scope, call: CallExpr, min: number, max: number): void {
  if (call.args.length < min || call.args.length > max) {
    const wanted = min === max ? `${min}` : `${min} to ${max}`;
    throw semanticError(scope, call.at, `'${call.name}()' takes ${wanted} arguments, not ${call.args.length}`);
  }
}

const count: Definition = (_args, call, scope) => {
  arity(scope, call, 0, 0);
  return { type: 'long', name: 'count_', create: () => counter(() => true) };
};

const countif: Definition = ([predicate], call, scope) => {
  arity(scope, call, 1, 1);
  if (predicate!.type !== 'bool') throw wrongType(scope, call, predicate!, 'a bool predicate');
  return {
    type: 'long',
    name: prefixed('countif', predicate),
    create: () => counter((row) => predicate!.eval(row) === true),
  };
};

function counter(test: (row: Row) => boolean): Accumulator {
  let n = 0;
  return {
    add(row) {
      if (test(row)) n++;
    },
    result: () => n,
  };
}

/** sum(): int and long sum to long, real to real, timespan to timespan. */
const sum: Definition = ([arg], call, scope) => {
  arity(scope, call, 1, 1);
  const a = arg!;
  if (!isNumeric(a.type) && a.type !== 'timespan') throw wrongType(scope, call, a, 'a number or timespan');
  const type: KqlType = isInteger(a.type) ? 'long' : a.type;
  return {
    type,
    name: prefixed('sum', a),
    create() {
      let total = 0;
      return {
        add(row) {
          total += (a.eval(row) as number | null) ?? 0;
        },
        result: () => total,
      };
    },
  };
};

/** avg(): numbers average to real; timespan and datetime to their own type. */
const avg: Definition = ([arg], call, scope) => {
  arity(scope, call, 1, 1);
  const a = arg!;
  if (!isNumeric(a.type) && a.type !== 'timespan' && a.type !== 'datetime')
    throw wrongType(scope, call, a, 'a number, timespan or datetime');
  const type: KqlType = isNumeric(a.type) ? 'real' : a.type;
  return {
    type,
    name: prefixed('avg', a),
    create() {
      let total = 0;
      let n = 0;
      return {
        add(row) {
          const v = a.eval(row);
          if (v === null) return;
          total += v as number;
          n++;
        },
        result: () => (n === 0 ? null : total / n),
      };
    },
  };
};

/** min() / max() of numbers, datetimes and timespans (strings and bools are not emulated). */
const extreme =
  (prefix: 'min' | 'max'): Definition =>
  ([arg], call, scope) => {
    arity(scope, call, 1, 1);
    const a = arg!;
    if (!isNumeric(a.type) && a.type !== 'timespan' && a.type !== 'datetime')
      throw wrongType(scope, call, a, 'a number, timespan or datetime');
    const better = prefix === 'min' ? (c: number) => c < 0 : (c: number) => c > 0;
    return {
      type: a.type,
      name: prefixed(prefix, a),
      create() {
        let best: Value = null;
        return {
          add(row) {
            const v = a.eval(row);
            if (v !== null && (best === null || better(compareNonNull(v, best)))) best = v;
          },
          result: () => best,
        };
      },
    };
  };

/**
 * percentile(expr, p): the documented "nearest-rank percentile" computed exactly (Kusto estimates it
 * with t-digest; on the small sets the emulator holds the estimate is the exact value). int gives long.
 */
const percentile: Definition = ([arg, p], call, scope) => {
  arity(scope, call, 2, 2);
  const a = arg!;
  if (!isNumeric(a.type) && a.type !== 'timespan' && a.type !== 'datetime')
    throw wrongType(scope, call, a, 'a number, timespan or datetime');
  const rank = p!.constant?.value;
  if (!isNumeric(p!.type) || typeof rank !== 'number' || rank < 0 || rank > 100) {
    throw semanticError(scope, call.at, `'percentile()' expects a constant percentile between 0 and 100`);
  }
  return {
    type: a.type === 'int' ? 'long' : a.type,
    // Aggregates.AddPercentileColumns: percentile_<argument>_<percentile with '.' as '_'>.
    name: a.name === undefined ? undefined : `percentile_${a.name}_${String(rank).replace('.', '_')}`,
    create() {
      const values: number[] = [];
      return {
        add(row) {
          const v = a.eval(row);
          if (v !== null) values.push(v as number);
        },
        result() {
          if (values.length === 0) return null;
          values.sort((x, y) => x - y);
          const index = Math.max(1, Math.ceil((rank / 100) * values.length)) - 1;
          return values[index]!;
        },
      };
    },
  };
};

/** dcount(expr[, accuracy]): the distinct count, exact here (Kusto's estimate is exact on small sets). */
const dcount: Definition = ([arg, accuracy], call, scope) => {
  arity(scope, call, 1, 2);
  if (accuracy && !accuracy.constant) throw semanticError(scope, call.at, `'dcount()' expects a constant accuracy`);
  const a = arg!;
  return {
    type: 'long',
    name: prefixed('dcount', a),
    create() {
      const seen = new Set<unknown>();
      return {
        add(row) {
          const v = a.eval(row);
          if (v !== null) seen.add(typeof v === 'object' ? JSON.stringify(v) : v);
        },
        result: () => seen.size,
      };
    },
  };
};

const DEFINITIONS: ReadonlyMap<string, Definition> = new Map([
  ['count', count],
  ['countif', countif],
  ['sum', sum],
  ['avg', avg],
  ['min', extreme('min')],
  ['max', extreme('max')],
  ['percentile', percentile],
  ['dcount', dcount],
]);

export const AGGREGATE_NAMES: ReadonlySet<string> = new Set(DEFINITIONS.keys());

/** Compiles an aggregation call; its arguments read the input rows of `rowScope`. */
export function compileAggregate(call: CallExpr, rowScope: Scope): AggregateSlot {
  const define = DEFINITIONS.get(call.name);
  if (!define) throw new Error(`no aggregation ${call.name}`);
  return define(
    call.args.map((a) => compile(a, rowScope)),
    call,
    rowScope,
  );
}
