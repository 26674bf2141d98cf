import { TemplateError } from './errors.js';
import type { TemplateResource } from './resources.js';

/**
 * Resolves `dependsOn` (learn.microsoft.com/azure/azure-resource-manager/templates/resource-dependency):
 * an entry names a resource by id (`resourceId(...)`), by `Namespace/type/name`, by name alone, or
 * a whole copy loop by its name. Dependencies on resources whose condition is false are dropped
 * (they are not deployed). Serial copy loops depend batch on batch. Returns, per resource, the
 * indexes it waits for; throws on unknown names and cycles.
 */
export function resolveDependencies(resources: TemplateResource[], skipped: ReadonlySet<string>): number[][] {
  const deps = resources.map((r) => r.dependsOn.flatMap((entry) => find(resources, entry, r, skipped)));
  resources.forEach((r, i) => {
    const batch = r.copy?.serialBatch;
    if (batch === undefined || batch === 0) return;
    resources.forEach((o, j) => {
      if (o.copy?.name === r.copy!.name && o.copy.serialBatch === batch - 1) deps[i]!.push(j);
    });
  });
  checkCycles(resources, deps);
  return deps.map((d) => [...new Set(d)]);
}

function find(
  resources: TemplateResource[],
  entry: string,
  from: TemplateResource,
  skipped: ReadonlySet<string>,
): number[] {
  const e = entry.toLowerCase();
  const byId = (r: TemplateResource) => r.id.toLowerCase() === e || r.id.toLowerCase().endsWith(`/providers/${e}`);
  const byTypeName = (r: TemplateResource) => `${r.type}/${r.name}`.toLowerCase() === e;
  for (const match of [byId, byTypeName, (r: TemplateResource) => r.copy?.name.toLowerCase() === e]) {
    const hits = indexes(resources, match);
    if (hits.length > 0) return hits;
  }
  const byName = indexes(resources, (r) => r.name.toLowerCase() === e);
  if (byName.length === 1) return byName;
  if (skipped.has(e) || [...skipped].some((s) => s.endsWith(`/providers/${e}`))) return [];
  throw new TemplateError(
    byName.length > 1
      ? `The template resource '${from.name}' depends on '${entry}', which names more than one resource; use resourceId().`
      : `The resource '${entry}' is not defined in the template (dependsOn of resource '${from.name}').`,
  );
}

function indexes(resources: TemplateResource[], match: (r: TemplateResource) => boolean): number[] {
  return resources.flatMap((r, i) => (match(r) ? [i] : []));
}

function checkCycles(resources: TemplateResource[], deps: number[][]): void {
  const state = new Array<number>(resources.length).fill(0); // 0 new, 1 on stack, 2 done
  const visit = (i: number, path: number[]): void => {
    if (state[i] === 2) return;
    if (state[i] === 1) {
      const cycle = path.slice(path.indexOf(i)).map((j) => resources[j]!.name);
      throw new TemplateError(`Circular dependency detected on resource: '${cycle.join("' -> '")}'.`);
    }
    state[i] = 1;
    for (const d of deps[i]!) visit(d, [...path, i]);
    state[i] = 2;
  };
  resources.forEach((_, i) => visit(i, []));
}
