import { isObject, type ObjectValue, type Value } from './errors.js';

/**
 * What-if diff of one resource (WhatIfChange / WhatIfPropertyChange, Deployments spec 2026-06-01,
 * specification/resources/resource-manager/Microsoft.Resources/deployments/stable/2026-06-01/deployments.json;
 * learn.microsoft.com/azure/azure-resource-manager/templates/deploy-what-if).
 *
 * How the emulator decides what is a change (a model of Azure's noise handling, not its code):
 * - only the paths the template sets are compared. Properties the provider fills (ids,
 *   provisioningState, etags, uniqueId, timeCreated, defaults such as orchestrationMode) are absent
 *   from the template and so never reported;
 * - write-only properties the provider never returns (names matching password / secret /
 *   customData) are not reported when the current resource lacks them;
 * - resource ids compare ignoring case, `location` ignoring case and spaces (as ARM treats them);
 * - nested objects are reported by their dotted path (`properties.a.b`); arrays that differ as one
 *   `Array` change whose children are the differing items by index.
 */
export interface PropertyChange {
  path: string;
  propertyChangeType: 'Create' | 'Delete' | 'Modify' | 'Array' | 'NoEffect';
  before?: Value;
  after?: Value;
  children?: PropertyChange[];
}

const WRITE_ONLY = /password|secret|customdata/i;
const COMPARED_KEYS = [
  'location',
  'tags',
  'sku',
  'kind',
  'properties',
  'identity',
  'zones',
  'plan',
  'extendedLocation',
];

/** Changes from `before` (the resource as GET returns it) to what the template sets. */
export function propertyChanges(before: ObjectValue, desired: ObjectValue): PropertyChange[] {
  const out: PropertyChange[] = [];
  for (const [key, value] of Object.entries(desired)) {
    if (!COMPARED_KEYS.includes(key)) continue;
    out.push(...diff(key, lookup(before, key), value));
  }
  return out;
}

/** The predicted resource: the current one with the template's values laid over it. */
export function predicted(before: ObjectValue, desired: ObjectValue): ObjectValue {
  return overlay(before, desired) as ObjectValue;
}

function overlay(base: Value | undefined, top: Value): Value {
  if (!isObject(top) || !isObject(base)) return structuredClone(top);
  const out: ObjectValue = structuredClone(base);
  for (const [k, v] of Object.entries(top)) {
    const existing = Object.keys(out).find((x) => x.toLowerCase() === k.toLowerCase());
    if (existing !== undefined && existing !== k) delete out[existing];
    out[k] = overlay(existing !== undefined ? base[existing] : undefined, v);
  }
  return out;
}

function lookup(obj: ObjectValue, key: string): Value | undefined {
  if (key in obj) return obj[key];
  const match = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
  return match === undefined ? undefined : obj[match];
}

function diff(path: string, before: Value | undefined, after: Value): PropertyChange[] {
  if (before === undefined || before === null) {
    if (after === null) return [];
    if (WRITE_ONLY.test(path.split('.').pop() ?? '')) return [];
    if (isObject(after)) return Object.entries(after).flatMap(([k, v]) => diff(`${path}.${k}`, undefined, v));
    return [{ path, propertyChangeType: 'Create', after }];
  }
  if (after === null) return [{ path, propertyChangeType: 'Delete', before }];
  if (isObject(after) && isObject(before)) {
    return Object.entries(after).flatMap(([k, v]) => diff(`${path}.${k}`, lookup(before, k), v));
  }
  if (Array.isArray(after) && Array.isArray(before)) {
    const children = arrayChanges(before, after);
    return children.length === 0 ? [] : [{ path, propertyChangeType: 'Array', children }];
  }
  return same(path, before, after) ? [] : [{ path, propertyChangeType: 'Modify', before, after }];
}

function arrayChanges(before: Value[], after: Value[]): PropertyChange[] {
  const out: PropertyChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const path = String(i);
    if (i >= after.length) out.push({ path, propertyChangeType: 'Delete', before: before[i]! });
    else if (i >= before.length) out.push({ path, propertyChangeType: 'Create', after: after[i]! });
    else if (isObject(after[i]) && isObject(before[i])) {
      const children = Object.entries(after[i] as ObjectValue).flatMap(([k, v]) =>
        diff(k, lookup(before[i] as ObjectValue, k), v),
      );
      if (children.length > 0) out.push({ path, propertyChangeType: 'Modify', children });
    } else out.push(...diff(path, before[i], after[i]!));
  }
  return out;
}

function same(path: string, a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    if (path === 'location') return norm(a) === norm(b);
    if (a.startsWith('/subscriptions/') || b.startsWith('/subscriptions/')) return a.toLowerCase() === b.toLowerCase();
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
