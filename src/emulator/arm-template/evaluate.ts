import type { EvalContext } from './context.js';
import { isObject, TemplateError, typeName, type ObjectValue, type Value } from './errors.js';
import { classify, type Expr } from './expression.js';
import { FunctionError, FUNCTIONS, SUPPORTED_FUNCTIONS } from './functions.js';

/**
 * Evaluates template JSON: every string that is an expression is replaced by its value, in
 * values and in property names (learn.microsoft.com/azure/azure-resource-manager/templates/
 * template-expressions). Errors name `ctx.where` and the expression.
 */
export function evaluate(value: unknown, ctx: EvalContext): Value {
  if (typeof value === 'string') return evaluateString(value, ctx);
  if (Array.isArray(value)) return value.map((v) => evaluate(v, ctx));
  if (isObject(value)) {
    const out: ObjectValue = {};
    for (const [k, v] of Object.entries(value)) {
      const key = evaluateString(k, ctx);
      if (typeof key !== 'string')
        throw located(ctx, k, new TemplateError('a property name must evaluate to a string.'));
      out[key] = evaluate(v, ctx);
    }
    return out;
  }
  if (value === undefined) return null;
  return value as Value;
}

export function evaluateString(text: string, ctx: EvalContext): Value {
  let parsed: ReturnType<typeof classify>;
  try {
    parsed = classify(text);
  } catch (e) {
    throw located(ctx, text, e);
  }
  if ('literal' in parsed) return parsed.literal;
  try {
    return evalExpr(parsed.expr, ctx);
  } catch (e) {
    throw located(ctx, parsed.source, e);
  }
}

/** Adds "The template <where> is not valid" and the expression to an error, once. */
function located(ctx: EvalContext, source: string, e: unknown): unknown {
  if (!(e instanceof TemplateError) || e.located) return e;
  const message = `The template ${ctx.where} is not valid: ${e.message} Expression: '${source}'.`;
  return new TemplateError(message, e.code, e.target, true);
}

function evalExpr(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'string':
    case 'number':
      return expr.value;
    case 'property':
      return property(evalExpr(expr.target, ctx), expr.name);
    case 'index':
      return index(evalExpr(expr.target, ctx), evalExpr(expr.index, ctx));
    case 'call':
      return call(expr.name, expr.args, ctx);
  }
}

function call(name: string, args: Expr[], ctx: EvalContext): Value {
  const key = name.toLowerCase();
  if (key === 'if') return lazyIf(args, ctx);
  const fn = FUNCTIONS[key];
  if (!fn) {
    throw new TemplateError(
      `The template function '${name}' is not supported by the Azure emulator, which evaluates only: ` +
        `${SUPPORTED_FUNCTIONS}. Azure may accept it; the emulator refuses rather than guess its result.`,
    );
  }
  const values = args.map((a) => evalExpr(a, ctx));
  try {
    return fn(values, ctx);
  } catch (e) {
    if (e instanceof FunctionError) {
      throw new TemplateError(`Unable to evaluate template language function '${name}': ${e.message}.`);
    }
    throw e;
  }
}

/** `if(condition, trueValue, falseValue)`: only the selected branch is evaluated. */
function lazyIf(args: Expr[], ctx: EvalContext): Value {
  if (args.length !== 3) {
    throw new TemplateError(
      `Unable to evaluate template language function 'if': expects 3 arguments but got ${args.length}.`,
    );
  }
  const condition = evalExpr(args[0]!, ctx);
  if (typeof condition !== 'boolean') {
    throw new TemplateError(
      `Unable to evaluate template language function 'if': the condition must be a Boolean, not ${typeName(condition)}.`,
    );
  }
  return evalExpr(condition ? args[1]! : args[2]!, ctx);
}

/** Property access; an exact name first, else the one name that matches ignoring case. */
function property(target: Value, name: string): Value {
  if (!isObject(target)) {
    throw new TemplateError(`The language expression property '${name}' can't be evaluated on a ${typeName(target)}.`);
  }
  if (name in target) return target[name]!;
  const matches = Object.keys(target).filter((k) => k.toLowerCase() === name.toLowerCase());
  if (matches.length === 1) return target[matches[0]!]!;
  throw new TemplateError(
    `The language expression property '${name}' doesn't exist, available properties are '${Object.keys(target).join(', ')}'.`,
  );
}

function index(target: Value, at: Value): Value {
  if (Array.isArray(target)) {
    if (typeof at !== 'number' || !Number.isInteger(at)) {
      throw new TemplateError(`An array index must be an Integer, not ${typeName(at)}.`);
    }
    if (at < 0 || at >= target.length) {
      throw new TemplateError(`The language expression property array index '${at}' is out of bounds.`);
    }
    return target[at]!;
  }
  if (typeof at === 'string') return property(target, at);
  throw new TemplateError(`Cannot index a ${typeName(target)} with a ${typeName(at)}.`);
}
