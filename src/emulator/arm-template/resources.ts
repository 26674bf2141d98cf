import type { EvalContext } from './context.js';
import { isObject, TemplateError, type ObjectValue, type Value } from './errors.js';
import { evaluate } from './evaluate.js';
import { copyCount, evaluateWithPropertyLoops, inLoop } from './copy.js';

/**
 * Resources of a template (learn.microsoft.com/azure/azure-resource-manager/templates/syntax#resources):
 * copy loops expanded (copy-resources), `condition` applied (conditional-resource-deployment),
 * name / type / body evaluated, the resource id built from type and name segments.
 */
export interface TemplateResource {
  /** Full resource id in the target resource group. */
  id: string;
  type: string;
  /** Full name as written ("vnet/subnet" for a child type). */
  name: string;
  apiVersion: string;
  /** What is PUT to the provider: the resource minus the template-only keys. */
  body: ObjectValue;
  /** dependsOn entries as evaluated (resolved in dependencies.ts). */
  dependsOn: string[];
  /** Copy loop this instance belongs to. */
  copy?: { name: string; index: number; serialBatch?: number };
}

/** Keys ARM reads itself; everything else goes to the resource provider. */
const TEMPLATE_KEYS = new Set(['type', 'apiversion', 'name', 'dependson', 'condition', 'copy', 'comments', 'metadata']);
/** Keys of features the emulator does not evaluate: refused by name. */
const REFUSED_KEYS: Record<string, string> = {
  resources:
    "nested child resources ('resources' inside a resource) are not evaluated by the emulator; declare the child at the top level with its full type and name",
  scope: "'scope' (extension / cross-scope resources) is not evaluated by the emulator",
  existing: "'existing' resources are not evaluated by the emulator",
};

export interface ExpandedResources {
  resources: TemplateResource[];
  /** Lower-cased ids, `type/name`s and names of resources whose condition is false. */
  skipped: Set<string>;
}

export function expandResources(raw: unknown, ctx: EvalContext): ExpandedResources {
  const skipped = new Set<string>();
  if (raw === undefined) return { resources: [], skipped };
  if (!Array.isArray(raw)) {
    throw new TemplateError(
      "The template 'resources' must be an array: symbolic-name resources (languageVersion 2.0) are not evaluated by the emulator.",
    );
  }
  return { resources: raw.flatMap((r, i) => expandOne(r, i, ctx, skipped)), skipped };
}

function expandOne(raw: unknown, position: number, base: EvalContext, skipped: Set<string>): TemplateResource[] {
  if (!isObject(raw)) throw new TemplateError(`The template resource at position ${position + 1} must be an object.`);
  const label = typeof raw['name'] === 'string' ? raw['name'] : `#${position + 1}`;
  const ctx: EvalContext = { ...base, where: `resource '${label}'` };
  for (const key of Object.keys(raw)) {
    const refused = REFUSED_KEYS[key.toLowerCase()];
    if (refused) throw new TemplateError(`The template resource '${label}' is not valid: ${refused}.`);
  }
  const copy = raw['copy'];
  if (copy === undefined) return instance(raw, ctx, undefined, skipped);
  if (!isObject(copy) || typeof copy['name'] !== 'string') {
    throw new TemplateError(`The template resource '${label}' is not valid: its copy loop needs a 'name'.`);
  }
  const name = copy['name'];
  const count = copyCount(copy['count'], ctx);
  const serial = String(copy['mode'] ?? 'parallel').toLowerCase() === 'serial';
  const batch = serial ? Math.max(1, Number(copy['batchSize'] ?? 1)) : undefined;
  return Array.from({ length: count }, (_, index) =>
    instance(
      raw,
      inLoop(ctx, { name, index }),
      { name, index, ...(batch ? { serialBatch: Math.floor(index / batch) } : {}) },
      skipped,
    ),
  ).flat();
}

function instance(
  raw: ObjectValue,
  ctx: EvalContext,
  copy: TemplateResource['copy'],
  skipped: Set<string>,
): TemplateResource[] {
  const type = text(evaluate(raw['type'], ctx), 'type', ctx);
  const name = text(evaluate(raw['name'], ctx), 'name', ctx);
  if ('condition' in raw) {
    const condition = evaluate(raw['condition'], ctx);
    if (typeof condition !== 'boolean') {
      throw new TemplateError(`The template ${ctx.where} is not valid: its condition must be a Boolean.`);
    }
    if (!condition) {
      for (const key of [resourceIdOf(ctx, type, name), `${type}/${name}`, name]) skipped.add(key.toLowerCase());
      return [];
    }
  }
  const apiVersion = text(evaluate(raw['apiVersion'], ctx), 'apiVersion', ctx);
  const named: EvalContext = { ...ctx, where: `resource '${name}'` };
  const dependsOn = evaluate(raw['dependsOn'] ?? [], named);
  if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) {
    throw new TemplateError(`The template resource '${name}' is not valid: 'dependsOn' must be an array of strings.`);
  }
  const body: ObjectValue = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!TEMPLATE_KEYS.has(k.toLowerCase())) body[k] = evaluateWithPropertyLoops(v, named);
  }
  const id = resourceIdOf(ctx, type, name);
  return [{ id, type, name, apiVersion, body, dependsOn: dependsOn as string[], ...(copy ? { copy } : {}) }];
}

function text(v: Value, key: string, ctx: EvalContext): string {
  if (typeof v !== 'string' || v === '') {
    throw new TemplateError(`The template ${ctx.where} is not valid: '${key}' must be a non-empty string.`);
  }
  return v;
}

/** `/subscriptions/s/resourceGroups/rg/providers/NS/t1/n1/t2/n2` from type `NS/t1/t2` and name `n1/n2`. */
function resourceIdOf(ctx: EvalContext, type: string, name: string): string {
  const types = type.split('/');
  const names = name.split('/');
  if (types.length < 2 || names.length !== types.length - 1) {
    throw new TemplateError(
      `The template resource '${name}' for type '${type}' has incorrect segment lengths. A nested resource type must have identical number of segments as its resource name. A root resource type must have segment length one greater than its resource name.`,
    );
  }
  const pairs = names.map((n, i) => `${types[i + 1]}/${n}`).join('/');
  return `${String(ctx.scope.resourceGroup['id'])}/providers/${types[0]}/${pairs}`;
}
