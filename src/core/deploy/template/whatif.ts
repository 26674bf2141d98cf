/**
 * What-if in words, for the summary and the plan output: one line per resource (Create, Modify
 * with its property deltas, Delete, NoChange, Ignore, Unsupported with Azure's reason) and a count.
 * Values are shortened (a gallery image version id to '…/versions/2.0.0'); secrets are masked by the
 * host like every other line.
 */
import type { PropertyChange, ResourceChange } from '../../azure/deployment-port.js';
import type { SummaryItem } from '../../model.js';

/** At most this many property deltas per resource line; the rest are counted. */
const MAX_DELTAS = 6;
const MAX_VALUE = 80;

/** '<namespace>/<type> <name>' of a resource id (nested types joined), or the id itself. */
export function resourceName(id: string): string {
  const at = id.lastIndexOf('/providers/');
  if (at < 0) return id;
  const [ns, ...rest] = id.slice(at + '/providers/'.length).split('/');
  const types = rest.filter((_, i) => i % 2 === 0);
  const names = rest.filter((_, i) => i % 2 === 1);
  return names.length === 0 ? id : `${ns}/${types.join('/')} ${names.join('/')}`;
}

export function whatIfItems(changes: readonly ResourceChange[]): SummaryItem[] {
  // Ignore: a resource of the group the template does not name (incremental mode leaves it): counted only.
  const lines = changes
    .filter((c) => c.change !== 'Ignore')
    .map((c) => ({ kind: 'fact' as const, label: 'what-if', value: describeChange(c) }));
  return [{ kind: 'fact', label: 'what-if', value: countChanges(changes) }, ...lines];
}

/** '1 to modify, 0 to create, 0 to delete, 2 unchanged' (Ignore and Unsupported counted when present). */
export function countChanges(changes: readonly ResourceChange[]): string {
  const n = (type: string) => changes.filter((c) => c.change === type).length;
  const parts = [`${n('Create')} to create`, `${n('Modify') + n('Deploy')} to modify`, `${n('Delete')} to delete`];
  parts.push(`${n('NoChange')} unchanged`);
  if (n('Ignore') > 0) parts.push(`${n('Ignore')} ignored`);
  if (n('Unsupported') > 0) parts.push(`${n('Unsupported')} not predictable`);
  return `${changes.length} resource(s): ${parts.join(', ')}`;
}

export function describeChange(c: ResourceChange): string {
  const head = `${c.change} ${resourceName(c.resourceId)}`;
  if (c.change === 'Unsupported' && c.unsupportedReason) return `${head} (${c.unsupportedReason})`;
  const leaves = c.delta.flatMap((d) => flatten(d)).filter((d) => d.change !== 'NoEffect');
  if (leaves.length === 0) return head;
  const shown = leaves.slice(0, MAX_DELTAS).map(describeDelta);
  const more = leaves.length > MAX_DELTAS ? `; … ${leaves.length - MAX_DELTAS} more` : '';
  return `${head}: ${shown.join('; ')}${more}`;
}

function flatten(d: PropertyChange, prefix = ''): PropertyChange[] {
  const path = prefix && d.path ? `${prefix}.${d.path}` : prefix || d.path;
  if (d.children && d.children.length > 0) return d.children.flatMap((c) => flatten(c, path));
  return [{ ...d, path }];
}

function describeDelta(d: PropertyChange): string {
  if (d.change === 'Create') return `+ ${d.path} = ${value(d.after)}`;
  if (d.change === 'Delete') return `- ${d.path} (was ${value(d.before)})`;
  return `${d.path}: ${value(d.before)} → ${value(d.after)}`;
}

/** A value in a few characters: a gallery image version id by its version, long text cut. */
export function value(v: unknown): string {
  if (v === undefined || v === null) return 'none';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const version = /\/galleries\/[^/]+\/images\/[^/]+\/versions\/([^/]+)$/i.exec(s);
  if (version) return `…/versions/${version[1]}`;
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
