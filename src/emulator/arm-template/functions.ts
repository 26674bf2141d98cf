import type { EvalContext } from './context.js';
import { isObject, typeName, type ObjectValue, type Value } from './errors.js';
import { uniqueString } from './unique-string.js';

/**
 * The template functions the emulator evaluates, by lower-cased name. Semantics follow the
 * "Template functions" pages of learn.microsoft.com/azure/azure-resource-manager/templates/
 * (template-functions-string, -numeric, -logical, -comparison, -array, -object, -resource,
 * -scope, -deployment). A function not listed here is refused by name — never guessed.
 * `if` is evaluated lazily by the evaluator: only the branch the condition selects
 * (template-functions-logical#if).
 */
export type TemplateFunction = (args: Value[], ctx: EvalContext) => Value;

export class FunctionError extends Error {}

const fail = (detail: string): never => {
  throw new FunctionError(detail);
};

function arity(args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    fail(`expects ${expected} argument(s) but got ${args.length}`);
  }
}

/** Wraps `run` with an argument-count check. */
function checked(min: number, run: TemplateFunction): TemplateFunction;
function checked(min: number, max: number, run: TemplateFunction): TemplateFunction;
function checked(min: number, a: number | TemplateFunction, b?: TemplateFunction): TemplateFunction {
  const [max, run] = typeof a === 'number' ? [a, b!] : [min, a];
  return (args, ctx) => {
    arity(args, min, max);
    return run(args, ctx);
  };
}

function str(v: Value | undefined, what = 'argument'): string {
  if (typeof v !== 'string') fail(`the ${what} must be a String, not ${typeName(v)}`);
  return v as string;
}

function int(v: Value | undefined, what = 'argument'): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(`the ${what} must be an Integer, not ${typeName(v)}`);
  return v as number;
}

function bool(v: Value | undefined, what = 'argument'): boolean {
  if (typeof v !== 'boolean') fail(`the ${what} must be a Boolean, not ${typeName(v)}`);
  return v as boolean;
}

/** Deep equality; strings compare case-sensitively (Bicep's `==` compiles to `equals`). */
export function deepEqual(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k]!, b[k]!));
  }
  return a === b;
}

/** concat: strings (integers are written as decimals, as `concat('vm', copyIndex())` relies on) or arrays. */
function concat(args: Value[]): Value {
  arity(args, 1, Infinity);
  if (args.every(Array.isArray)) return (args as Value[][]).flat(1);
  return args
    .map((a, i) => {
      if (typeof a === 'string') return a;
      if (typeof a === 'number' && Number.isInteger(a)) return String(a);
      return fail(`argument ${i + 1} is ${typeName(a)}; all arguments must be strings/integers or all arrays`);
    })
    .join('');
}

/** format: .NET composite format with plain `{n}` items and `{{` / `}}` escapes only. */
function format(args: Value[]): Value {
  arity(args, 1, Infinity);
  const pattern = str(args[0], 'format string');
  return pattern.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, item: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    if (!/^\d+$/.test(item ?? '')) {
      return fail(`format item '${match}' uses alignment or a format specifier, which the emulator does not evaluate`);
    }
    const v = args[Number(item) + 1];
    if (v === undefined) return fail(`format item '${match}' has no argument`);
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
    return fail(`format argument ${Number(item)} is ${typeName(v)}; only strings and integers are formatted`);
  });
}

/**
 * resourceId([subscriptionId], [resourceGroupName], resourceType, name1, [name2]...): the first
 * argument holding a '/' is the type; one name per type segment after the namespace.
 */
function resourceId(args: Value[], ctx: EvalContext): Value {
  arity(args, 2, Infinity);
  const strings = args.map((a, i) => str(a, `argument ${i + 1}`));
  const at = strings.findIndex((s) => s.includes('/'));
  if (at < 0 || at > 2) return fail('no resource type (Namespace/type) among the first three arguments');
  const [sub, rg] =
    at === 2
      ? [strings[0]!, strings[1]!]
      : at === 1
        ? [ctx.scope.subscriptionId, strings[0]!]
        : [ctx.scope.subscriptionId, String(ctx.scope.resourceGroup['name'])];
  const type = strings[at]!.split('/');
  const names = strings.slice(at + 1);
  if (type.length < 2 || names.length !== type.length - 1) {
    return fail(
      `the type '${strings[at]}' requires ${type.length - 1} resource name(s) but ${names.length} were given`,
    );
  }
  const pairs = names.map((n, i) => `${type[i + 1]}/${n}`).join('/');
  return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${type[0]}/${pairs}`;
}

function lengthOf(args: Value[]): Value {
  arity(args, 1);
  const v = args[0]!;
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (isObject(v)) return Object.keys(v).length;
  return fail(`the argument must be a String, Array or Object, not ${typeName(v)}`);
}

function toText(args: Value[]): Value {
  arity(args, 1);
  const v = args[0]!;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (Array.isArray(v) || isObject(v)) return JSON.stringify(v);
  return fail(`converting ${typeName(v)} to a string is not evaluated by the emulator`);
}

function toInt(args: Value[]): Value {
  arity(args, 1);
  const v = args[0]!;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
  return fail(`'${JSON.stringify(v)}' cannot be converted to an Integer`);
}

function toBool(args: Value[]): Value {
  arity(args, 1);
  const v = args[0]!;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (v === 0 || v === 1) return v === 1;
  return fail(`'${JSON.stringify(v)}' cannot be converted to a Boolean`);
}

function contains(args: Value[]): Value {
  arity(args, 2);
  const [container, item] = args as [Value, Value];
  if (typeof container === 'string') return container.includes(str(item, 'value to find'));
  if (Array.isArray(container)) return container.some((x) => deepEqual(x, item));
  // Object keys compare case-insensitively (template-functions-object#contains).
  if (isObject(container)) return Object.keys(container).some((k) => k.toLowerCase() === str(item).toLowerCase());
  return fail(`the container must be a String, Array or Object, not ${typeName(container)}`);
}

function ends(pick: 'first' | 'last'): TemplateFunction {
  return (args) => {
    arity(args, 1);
    const v = args[0]!;
    if (typeof v !== 'string' && !Array.isArray(v)) fail(`the argument must be a String or Array, not ${typeName(v)}`);
    const seq = v as string | Value[];
    if (seq.length === 0) return fail('the argument is empty');
    return pick === 'first' ? seq[0]! : seq[seq.length - 1]!;
  };
}

function arith(op: (a: number, b: number) => number): TemplateFunction {
  return (args) => {
    arity(args, 2);
    return op(int(args[0], 'first operand'), int(args[1], 'second operand'));
  };
}

function compare(test: (a: number, b: number) => boolean): TemplateFunction {
  return (args) => {
    arity(args, 2);
    return test(int(args[0], 'first value'), int(args[1], 'second value'));
  };
}

function extreme(pick: (...n: number[]) => number): TemplateFunction {
  return (args) => {
    arity(args, 1, Infinity);
    const list = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (list.length === 0) return fail('no values were given');
    return pick(...list.map((v) => int(v, 'value')));
  };
}

function copyIndex(args: Value[], ctx: EvalContext): Value {
  arity(args, 0, 2);
  const [a, b] = args;
  if (typeof a === 'string') return ctx.copyIndex(a) + (b === undefined ? 0 : int(b, 'offset'));
  if (b !== undefined) return fail('copyIndex(loopName, offset) takes the loop name first');
  return ctx.copyIndex(undefined) + (a === undefined ? 0 : int(a, 'offset'));
}

function substring(args: Value[]): Value {
  arity(args, 2, 3);
  const s = str(args[0], 'string');
  const start = int(args[1], 'startIndex');
  const length = args[2] === undefined ? s.length - start : int(args[2], 'length');
  if (start < 0 || length < 0 || start + length > s.length) {
    return fail('the index and length parameters must refer to a location within the string');
  }
  return s.substring(start, start + length);
}

function split(args: Value[]): Value {
  arity(args, 2);
  const s = str(args[0], 'string');
  const d = args[1]!;
  const delimiters = Array.isArray(d) ? d.map((x) => str(x, 'delimiter')) : [str(d, 'delimiter')];
  const escaped = delimiters.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return s.split(new RegExp(escaped.join('|')));
}

function createObject(args: Value[]): Value {
  if (args.length % 2 !== 0) return fail('expects name/value pairs');
  const out: ObjectValue = {};
  for (let i = 0; i < args.length; i += 2) out[str(args[i], 'property name')] = args[i + 1]!;
  return out;
}

function json(args: Value[]): Value {
  arity(args, 1);
  try {
    return JSON.parse(str(args[0])) as Value;
  } catch {
    return fail('the argument is not valid JSON');
  }
}

function range(args: Value[]): Value {
  arity(args, 2);
  const start = int(args[0], 'startIndex');
  const count = int(args[1], 'count');
  if (count < 0 || count > 10000) return fail('count must be between 0 and 10000');
  return Array.from({ length: count }, (_, i) => start + i);
}

export const FUNCTIONS: Record<string, TemplateFunction> = {
  // deployment and scope (template-functions-deployment, -scope, -resource)
  parameters: checked(1, (args, ctx) => ctx.parameter(str(args[0], 'parameter name'))),
  variables: checked(1, (args, ctx) => ctx.variable(str(args[0], 'variable name'))),
  resourcegroup: checked(0, (_args, ctx) => structuredClone(ctx.scope.resourceGroup)),
  subscription: (args, ctx) => {
    arity(args, 0);
    // Only what the emulator knows: no tenantId / displayName (a missing property is an error).
    return { id: `/subscriptions/${ctx.scope.subscriptionId}`, subscriptionId: ctx.scope.subscriptionId };
  },
  resourceid: resourceId,
  copyindex: copyIndex,
  // strings (template-functions-string)
  concat,
  format,
  tolower: checked(1, (args) => str(args[0]).toLowerCase()),
  toupper: checked(1, (args) => str(args[0]).toUpperCase()),
  uniquestring: checked(1, Infinity, (args) => uniqueString(args.map((a, i) => str(a, `argument ${i + 1}`)))),
  string: toText,
  substring,
  replace: checked(3, (args) => str(args[0]).split(str(args[1], 'oldString')).join(str(args[2], 'newString'))),
  trim: checked(1, (args) => str(args[0]).trim()),
  // startsWith / endsWith compare case-insensitively (template-functions-string#startswith).
  startswith: checked(2, (args) => str(args[0]).toLowerCase().startsWith(str(args[1]).toLowerCase())),
  endswith: checked(2, (args) => str(args[0]).toLowerCase().endsWith(str(args[1]).toLowerCase())),
  split,
  json,
  // arrays and objects (template-functions-array, -object)
  length: lengthOf,
  empty: (args) => {
    arity(args, 1);
    const v = args[0]!;
    return (
      v === null || (typeof v === 'string' || Array.isArray(v) ? v.length === 0 : isObject(v) && !Object.keys(v).length)
    );
  },
  contains,
  first: ends('first'),
  last: ends('last'),
  createarray: (args) => args,
  createobject: createObject,
  coalesce: checked(1, Infinity, (args) => args.find((a) => a !== null) ?? null),
  range,
  null: checked(0, () => null),
  // numbers (template-functions-numeric)
  int: toInt,
  add: arith((a, b) => a + b),
  sub: arith((a, b) => a - b),
  mul: arith((a, b) => a * b),
  div: arith((a, b) => (b === 0 ? fail('division by zero') : Math.trunc(a / b))),
  mod: arith((a, b) => (b === 0 ? fail('division by zero') : a % b)),
  min: extreme(Math.min),
  max: extreme(Math.max),
  // logic and comparison (template-functions-logical, -comparison)
  equals: checked(2, (args) => deepEqual(args[0]!, args[1]!)),
  not: checked(1, (args) => !bool(args[0])),
  and: checked(2, Infinity, (args) => args.every((a, i) => bool(a, `argument ${i + 1}`))),
  or: checked(2, Infinity, (args) => args.some((a, i) => bool(a, `argument ${i + 1}`))),
  bool: toBool,
  true: checked(0, () => true),
  false: checked(0, () => false),
  less: compare((a, b) => a < b),
  lessorequals: compare((a, b) => a <= b),
  greater: compare((a, b) => a > b),
  greaterorequals: compare((a, b) => a >= b),
};

/** Names for messages, in the casing the docs use. */
export const SUPPORTED_FUNCTIONS =
  'parameters, variables, resourceGroup, subscription, resourceId, copyIndex, concat, format, toLower, toUpper, ' +
  'uniqueString, string, substring, replace, trim, startsWith, endsWith, split, json, length, empty, contains, ' +
  'first, last, createArray, createObject, coalesce, range, null, int, add, sub, mul, div, mod, min, max, if, ' +
  'equals, not, and, or, bool, true, false, less, lessOrEquals, greater, greaterOrEquals';
