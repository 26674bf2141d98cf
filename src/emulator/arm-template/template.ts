import type { DeploymentScope, EvalContext } from './context.js';
import { expandLoop } from './copy.js';
import { resolveDependencies } from './dependencies.js';
import { isObject, TemplateError, type ObjectValue, type Value } from './errors.js';
import { evaluate } from './evaluate.js';
import { checkType, declaredType, isSecure, parameterResolver, suppliedValues, wireType } from './parameters.js';
import { expandResources, type TemplateResource } from './resources.js';

/**
 * Evaluates an ARM JSON template for a resource-group deployment
 * (learn.microsoft.com/azure/azure-resource-manager/templates/syntax): parameters, variables,
 * resources (copy, condition, dependsOn order) and outputs. Everything is evaluated before any
 * resource is deployed — the emulator has no `reference()` — so a template error surfaces before
 * anything changes, as Azure's template validation does. Throws TemplateError.
 */
export interface EvaluatedTemplate {
  /** `properties.parameters` of the deployment: every declared parameter, secure ones without value. */
  parameters: ObjectValue;
  /** Resources to deploy, in template order. */
  resources: TemplateResource[];
  /** Per resource, the indexes of the resources it waits for. */
  dependencies: number[][];
  /** `properties.outputs`: `{ name: { type, value } }`. */
  outputs: ObjectValue;
}

export interface TemplateInput {
  template: unknown;
  /** The deployment's `properties.parameters`. */
  parameters: unknown;
  scope: DeploymentScope;
}

/** Top-level template features the emulator does not evaluate: refused by name. */
const REFUSED: Record<string, string> = {
  functions: 'user-defined functions',
  definitions: 'user-defined types',
  languageversion: "'languageVersion' (symbolic-name templates)",
  imports: 'imports',
  extensions: 'extensions',
};

export function evaluateTemplate(input: TemplateInput): EvaluatedTemplate {
  const template = input.template;
  if (!isObject(template))
    throw new TemplateError('The deployment has no template: properties.template must be an object.');
  for (const [key, value] of Object.entries(template)) {
    const feature = REFUSED[key.toLowerCase()];
    const empty = (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
    if (feature && !empty)
      throw new TemplateError(`The template uses ${feature}, which the emulator does not evaluate.`);
  }
  const declared = objectSection(template, 'parameters');
  const ctx = rootContext(input, declared, objectSection(template, 'variables'));
  const { resources, skipped } = expandResources(template['resources'], ctx);
  const dependencies = resolveDependencies(resources, skipped);
  return {
    parameters: wireParameters(declared, ctx),
    resources,
    dependencies,
    outputs: evaluateOutputs(objectSection(template, 'outputs'), ctx),
  };
}

function objectSection(template: ObjectValue, key: string): ObjectValue {
  const section = template[key];
  if (section === undefined || section === null) return {};
  if (!isObject(section)) throw new TemplateError(`The template '${key}' section must be an object.`);
  return section;
}

function rootContext(input: TemplateInput, declared: ObjectValue, variables: ObjectValue): EvalContext {
  const supplied = suppliedValues(input.parameters, declared);
  const ctx: EvalContext = {
    scope: input.scope,
    where: 'deployment',
    parameter: (name) => resolve(name).value,
    variable: variableResolver(variables, () => ctx),
    copyIndex: () => {
      throw new TemplateError("The template function 'copyIndex' is not expected at this location.");
    },
  };
  const resolve = parameterResolver(declared, supplied, (name, raw) =>
    evaluate(raw, { ...ctx, where: `parameter '${name}'` }),
  );
  return ctx;
}

/** Variables, evaluated on first use (a variable may read others); `copy` builds array variables. */
function variableResolver(variables: ObjectValue, root: () => EvalContext): (name: string) => Value {
  const byName = new Map(Object.entries(variables).map(([k, v]) => [k.toLowerCase(), { name: k, raw: v }]));
  const loops = variables['copy'];
  if (Array.isArray(loops)) {
    byName.delete('copy');
    for (const loop of loops) {
      if (!isObject(loop) || typeof loop['name'] !== 'string')
        throw new TemplateError('A variable copy loop needs a name.');
      byName.set(loop['name'].toLowerCase(), { name: loop['name'], raw: { __copy: loop } });
    }
  }
  const done = new Map<string, Value>();
  const busy = new Set<string>();
  return (name) => {
    const key = name.toLowerCase();
    if (done.has(key)) return done.get(key)!;
    const entry = byName.get(key);
    if (!entry) throw new TemplateError(`The template variable '${name}' is not found.`);
    if (busy.has(key)) throw new TemplateError(`The template variable '${entry.name}' refers to itself.`);
    busy.add(key);
    const ctx = { ...root(), where: `variable '${entry.name}'` };
    const loop = isObject(entry.raw) ? entry.raw['__copy'] : undefined;
    const value = isObject(loop) ? expandLoop({ ...loop, name: entry.name }, ctx) : evaluate(entry.raw, ctx);
    busy.delete(key);
    done.set(key, value);
    return value;
  };
}

function wireParameters(declared: ObjectValue, ctx: EvalContext): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, spec] of Object.entries(declared)) {
    const type = declaredType(isObject(spec) ? spec['type'] : undefined, `parameter '${name}'`);
    const value = ctx.parameter(name);
    out[name] = isSecure(type) ? { type: wireType(type) } : { type: wireType(type), value };
  }
  return out;
}

function evaluateOutputs(outputs: ObjectValue, root: EvalContext): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, spec] of Object.entries(outputs)) {
    if (!isObject(spec)) throw new TemplateError(`The template output '${name}' must be an object.`);
    const ctx = { ...root, where: `output '${name}'` };
    if ('condition' in spec && evaluate(spec['condition'], ctx) !== true) continue;
    const type = declaredType(spec['type'], `output '${name}'`);
    const value = isObject(spec['copy']) ? expandLoop(spec['copy'], ctx) : evaluate(spec['value'], ctx);
    checkType(type, value, `output '${name}'`);
    out[name] = isSecure(type) ? { type: wireType(type) } : { type: wireType(type), value };
  }
  return out;
}
