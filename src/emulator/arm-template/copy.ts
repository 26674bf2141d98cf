import type { EvalContext } from './context.js';
import { isObject, TemplateError, type ObjectValue, type Value } from './errors.js';
import { evaluate } from './evaluate.js';

/**
 * Copy loops (learn.microsoft.com/azure/azure-resource-manager/templates/copy-resources,
 * copy-properties, copy-variables, copy-outputs): `count` (0–800), an optional `name`, and for
 * property / variable / output loops an `input` evaluated once per index with `copyIndex(name)`.
 */
export const MAX_COPY = 800;

export interface Loop {
  name: string | undefined;
  index: number;
}

/** A context whose copyIndex() sees `loop` as the innermost loop. */
export function inLoop(ctx: EvalContext, loop: Loop): EvalContext {
  return {
    ...ctx,
    copyIndex: (name) => {
      if (name === undefined || (loop.name !== undefined && name.toLowerCase() === loop.name.toLowerCase())) {
        return loop.index;
      }
      return ctx.copyIndex(name);
    },
  };
}

export function copyCount(raw: Value | undefined, ctx: EvalContext): number {
  const count = evaluate(raw, ctx);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_COPY) {
    throw new TemplateError(
      `The template ${ctx.where} is not valid: the copy count must be an integer between 0 and ${MAX_COPY}, got '${JSON.stringify(count)}'.`,
      'InvalidTemplate',
      undefined,
      true,
    );
  }
  return count;
}

/** `input` evaluated for each index of a named loop: the array a property/variable/output loop yields. */
export function expandLoop(spec: ObjectValue, ctx: EvalContext): Value[] {
  const name = typeof spec['name'] === 'string' ? spec['name'] : undefined;
  const count = copyCount(spec['count'], ctx);
  return Array.from({ length: count }, (_, index) => evaluate(spec['input'], inLoop(ctx, { name, index })));
}

/**
 * Evaluates a resource's JSON, expanding property loops: an object's `copy` array of
 * `{ name, count, input }` becomes one array property per loop.
 */
export function evaluateWithPropertyLoops(value: unknown, ctx: EvalContext): Value {
  if (Array.isArray(value)) return value.map((v) => evaluateWithPropertyLoops(v, ctx));
  if (!isObject(value)) return evaluate(value, ctx);
  const out: ObjectValue = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'copy' && Array.isArray(v)) {
      for (const loop of v) {
        if (!isObject(loop) || typeof loop['name'] !== 'string') {
          throw new TemplateError(
            `The template ${ctx.where} has a property copy loop without a name.`,
            'InvalidTemplate',
          );
        }
        out[loop['name']] = expandLoop(loop, ctx);
      }
      continue;
    }
    const key = evaluate(k, ctx);
    out[String(key)] = evaluateWithPropertyLoops(v, ctx);
  }
  return out;
}
