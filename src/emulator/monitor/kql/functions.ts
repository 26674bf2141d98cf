/**
 * Scalar functions. Each entry checks its argument types (refusing what it does not implement) and
 * names its result column as Kusto.Language's function symbols do (ResultNameKind: FirstArgument for
 * the to*() conversions, bin(), floor() and round(); none for the others, which become Column1, …).
 * Semantics: https://learn.microsoft.com/kusto/query/<name>-function (one page per function).
 */
import type { Expr } from './ast.js';
import { AGGREGATE_NAMES } from './aggregates.js';
import { hasTextForm, toBool, toInteger, toReal, toText } from './convert.js';
import { semanticError, unsupported, type QueryText } from './errors.js';
import { compile, constant, derive, type Compiled, type Scope } from './scalar.js';
import type { KqlType } from './types.js';
import { EPOCH_OFFSET_MS, datetimeOrNull, isInteger, isNumeric, type Row, type Value } from './values.js';

type CallExpr = Extract<Expr, { kind: 'call' }>;

interface ScalarFunction {
  readonly arity: readonly [min: number, max: number];
  compile(args: readonly Compiled[], call: CallExpr, scope: Scope): Compiled;
}

export function compileCall(call: CallExpr, scope: Scope): Compiled {
  if (AGGREGATE_NAMES.has(call.name)) {
    if (scope.aggregate) return scope.aggregate(call);
    throw semanticError(scope, call.at, `'${call.name}()' is an aggregation function: use it in summarize`);
  }
  const fn = FUNCTIONS.get(call.name);
  if (!fn) throw unsupportedFunction(scope, call.name, call.at);
  const [min, max] = fn.arity;
  if (call.args.length < min || call.args.length > max) {
    const wanted = min === max ? `${min}` : `${min} to ${max}`;
    throw semanticError(scope, call.at, `'${call.name}()' takes ${wanted} arguments, not ${call.args.length}`);
  }
  return fn.compile(
    call.args.map((a) => compile(a, scope)),
    call,
    scope,
  );
}

export function isKnownFunction(name: string): boolean {
  return FUNCTIONS.has(name) || AGGREGATE_NAMES.has(name);
}

export function unsupportedFunction(q: QueryText, name: string, at: number): Error {
  const functions = [...FUNCTIONS.keys()].join(', ');
  const aggregations = [...AGGREGATE_NAMES].join(', ');
  return unsupported(
    q,
    at,
    `The function '${name}()'`,
    `the functions ${functions} and the aggregations ${aggregations}`,
  );
}

function argTypeError(scope: Scope, call: CallExpr, arg: Compiled, wanted: string): Error {
  return semanticError(scope, call.at, `'${call.name}()' expects ${wanted}, not ${arg.type}`);
}

const conversion = (type: KqlType, convert: (arg: Compiled, v: Value) => Value): ScalarFunction => ({
  arity: [1, 1],
  compile([arg], call, scope) {
    if (arg!.type === 'datetime') throw argTypeError(scope, call, arg!, 'a value other than a datetime');
    return derive(type, [arg!], (row) => convert(arg!, arg!.eval(row)), arg!.name);
  },
});

const toDouble = conversion('real', (a, v) => toReal(a.type, v));

/** iff(): the branches share a type; numbers widen to the widest (Kusto's CommonNonDynamic). */
const iff: ScalarFunction = {
  arity: [3, 3],
  compile([cond, then, otherwise], call, scope) {
    if (cond!.type !== 'bool') throw argTypeError(scope, call, cond!, 'a bool condition');
    const type = commonType(then!.type, otherwise!.type);
    if (!type) {
      const types = `${then!.type} and ${otherwise!.type}`;
      throw semanticError(scope, call.at, `'${call.name}()' branches have different types: ${types}`);
    }
    // A null condition takes the else branch (where and iff treat null as false).
    return derive(type, [cond!, then!, otherwise!], (row) =>
      cond!.eval(row) === true ? then!.eval(row) : otherwise!.eval(row),
    );
  },
};

function commonType(a: KqlType, b: KqlType): KqlType | undefined {
  if (a === b) return a;
  if (isNumeric(a) && isNumeric(b)) return a === 'real' || b === 'real' ? 'real' : 'long';
  return undefined;
}

/** bin(value, roundTo), alias floor(): "Rounds values down to an integer multiple of a given bin size". */
const bin: ScalarFunction = {
  arity: [2, 2],
  compile([value, size], call, scope) {
    const v = value!;
    const s = size!;
    const type = binType(v.type, s.type);
    if (!type) throw semanticError(scope, call.at, `'${call.name}()' is not defined for ${v.type} and ${s.type}`);
    // Datetime bins count from 0001-01-01, where .NET ticks start, so 7d bins start on a Monday as in Kusto.
    const offset = v.type === 'datetime' ? EPOCH_OFFSET_MS : 0;
    return derive(
      type,
      [v, s],
      (row) => {
        const x = v.eval(row);
        const step = s.eval(row);
        if (x === null || step === null || (step as number) <= 0) return null;
        const floored = Math.floor(((x as number) + offset) / (step as number)) * (step as number) - offset;
        return type === 'datetime' ? datetimeOrNull(floored) : floored;
      },
      v.name,
    );
  },
};

/** Numbers bin to the widest of the two types (Kusto's ReturnTypeKind.Widest); times by a timespan. */
function binType(value: KqlType, size: KqlType): KqlType | undefined {
  if (isNumeric(value) && isNumeric(size)) {
    if (value === 'real' || size === 'real') return 'real';
    return value === 'int' && size === 'int' ? 'int' : 'long';
  }
  return (value === 'datetime' || value === 'timespan') && size === 'timespan' ? value : undefined;
}

/** round(number, precision = 0): half away from zero (round(2.15, 1) is 2.2 on the function's page). */
const round: ScalarFunction = {
  arity: [1, 2],
  compile([value, precision], call, scope) {
    if (!isNumeric(value!.type)) throw argTypeError(scope, call, value!, 'a number');
    if (precision && !(isInteger(precision.type) && precision.constant)) {
      throw semanticError(scope, call.at, `'round()' expects a constant integer precision`);
    }
    const digits = (precision?.constant?.value as number | null | undefined) ?? 0;
    return derive(value!.type, [value!], (row) => roundTo(value!.eval(row) as number | null, digits), value!.name);
  },
};

function roundTo(x: number | null, digits: number): number | null {
  if (x === null || !Number.isFinite(x)) return x;
  // toPrecision(15) drops binary noise first: 2.15 * 10 is 21.499999999999996.
  const scaled = Number((digits >= 0 ? x * 10 ** digits : x / 10 ** -digits).toPrecision(15));
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  return digits >= 0 ? rounded / 10 ** digits : rounded * 10 ** -digits;
}

const TEXT_FORMS = 'values other than datetime and timespan (their text form is not emulated)';

const strcat: ScalarFunction = {
  arity: [1, 64],
  compile(args, call, scope) {
    const bad = args.find((a) => !hasTextForm(a.type));
    if (bad) throw argTypeError(scope, call, bad, TEXT_FORMS);
    return derive('string', args, (row) => args.map((a) => toText(a.eval(row))).join(''));
  },
};

const text = (transform: (s: string) => string): ScalarFunction => ({
  arity: [1, 1],
  compile([arg], call, scope) {
    if (arg!.type !== 'string') throw argTypeError(scope, call, arg!, 'a string');
    return derive('string', [arg!], (row) => transform(arg!.eval(row) as string));
  },
});

/** isempty(): "true if the argument is an empty string or is null"; isnull(): strings are never null. */
const emptiness = (negate: boolean, stringsCount: boolean): ScalarFunction => ({
  arity: [1, 1],
  compile([arg]) {
    const a = arg!;
    const isString = a.type === 'string';
    return derive('bool', [a], (row: Row) => {
      const v = a.eval(row);
      const empty = isString ? stringsCount && v === '' : v === null || (stringsCount && v === '');
      return negate ? !empty : empty;
    });
  },
});

const FUNCTIONS: ReadonlyMap<string, ScalarFunction> = new Map<string, ScalarFunction>([
  [
    'ago',
    {
      arity: [1, 1],
      compile([span], call, scope) {
        if (span!.type !== 'timespan') throw argTypeError(scope, call, span!, 'a timespan');
        return derive('datetime', [span!], (row) => {
          const s = span!.eval(row);
          return s === null ? null : datetimeOrNull(scope.now - (s as number));
        });
      },
    },
  ],
  [
    'now',
    {
      arity: [0, 1],
      compile([offset], call, scope) {
        if (!offset) return constant('datetime', scope.now);
        if (offset.type !== 'timespan') throw argTypeError(scope, call, offset, 'a timespan offset');
        return derive('datetime', [offset], (row) => {
          const s = offset.eval(row);
          return s === null ? null : datetimeOrNull(scope.now + (s as number));
        });
      },
    },
  ],
  ['todouble', toDouble],
  ['toreal', toDouble],
  ['tolong', conversion('long', (a, v) => toInteger(a.type, v, 64))],
  ['toint', conversion('int', (a, v) => toInteger(a.type, v, 32))],
  ['tobool', conversion('bool', (_a, v) => toBool(v))],
  ['toboolean', conversion('bool', (_a, v) => toBool(v))],
  [
    'tostring',
    {
      arity: [1, 1],
      compile([arg], call, scope) {
        if (!hasTextForm(arg!.type)) throw argTypeError(scope, call, arg!, TEXT_FORMS);
        return derive('string', [arg!], (row) => toText(arg!.eval(row)), arg!.name);
      },
    },
  ],
  ['iff', iff],
  ['iif', iff],
  ['isempty', emptiness(false, true)],
  ['isnotempty', emptiness(true, true)],
  ['isnull', emptiness(false, false)],
  ['isnotnull', emptiness(true, false)],
  [
    'not',
    {
      arity: [1, 1],
      compile([arg], call, scope) {
        if (arg!.type !== 'bool') throw argTypeError(scope, call, arg!, 'a bool');
        return derive('bool', [arg!], (row) => {
          const v = arg!.eval(row);
          return v === null ? null : !v;
        });
      },
    },
  ],
  ['round', round],
  ['bin', bin],
  ['floor', bin],
  ['strcat', strcat],
  ['tolower', text((s) => s.toLowerCase())],
  ['toupper', text((s) => s.toUpperCase())],
]);
