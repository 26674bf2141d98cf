/**
 * Plan = apply: the writes a plan lists, held against the writes a real run made on the same world
 * (the emulator's request log). Each planned write maps to the Azure writes it makes, named
 * `<kind> <resource>`:
 * - scale set: create / update / scale → its model (PUT or PATCH); replace → manualupgrade; cancel →
 *   rollingUpgrades/cancel; load balancer: switch → its PUT;
 * - web app: swap → slotsswap; slot: restart → restart, production's settings → applySlotConfig,
 *   its own again → resetSlotConfig, an artifact → config/web (a container image) and/or
 *   config/appsettings (a run-from-package URL, or one dropped for an image);
 * - a release record ('tag') → one or two Tags requests on the top resource (a merge, then the
 *   delete of the fields it clears), or on the resource group (template deployments);
 * - a template deployment ('deploy') → the PUT of Microsoft.Resources/deployments/<name>.
 * The real run's successful writes must be exactly that sequence, in order.
 */
import { expect } from 'vitest';
import type { PlannedStageWrite, RunResult } from '../../src/core/run/result.js';
import type { Emulator } from '../../src/emulator/index.js';

/** The resource a planned write names: 'web', 'lb', 'shop', 'shop/staging' (a slot). */
function plannedResource(resource: string): string {
  const slot = /slot\s+([\w.-]+)\s+of web app\s+([\w.-]+)/i.exec(resource);
  if (slot) return `${slot[2]}/${slot[1]}`.toLowerCase();
  const named = /^(?:template deployment|resource group)\s+([\w.()-]+)/i.exec(resource);
  if (named) return named[1]!.toLowerCase();
  const top = /(?:scale set|load balancer|web app|app service)\s+'?([\w.-]+)'?/i.exec(resource);
  return (top?.[1] ?? resource).toLowerCase();
}

const SLOT_SETTINGS = "production's slot settings";
const OWN_SETTINGS = 'its own slot settings';

/** The Azure writes of one planned non-tag write, in order. */
function expand(w: PlannedStageWrite): string[] {
  const r = plannedResource(w.resource);
  const on = (...kinds: string[]) => kinds.map((k) => `${k} ${r}`);
  if (/^(?:instance\(s\) .* of |rolling upgrade of )?scale set /i.test(w.resource)) {
    if (['create', 'update', 'scale'].includes(w.operation)) return on('model');
    return on(w.operation);
  }
  if (/^load balancer /i.test(w.resource)) return on(w.operation);
  // A canary's weight: the production site's config/web (its ramp-up rule).
  if (/^web app /i.test(w.resource) && w.operation === 'update') return [`config ${r}/production`];
  if (/^slot .* of web app /i.test(w.resource)) {
    if (w.operation !== 'update') return on(w.operation);
    if (w.after === SLOT_SETTINGS) return on('apply-slot-config');
    if (w.after === OWN_SETTINGS) return on('reset-slot-config');
    if (w.after?.startsWith('package ')) return on('appsettings');
    // A container image; a run-from-package setting in the slot would win over it: dropped first.
    return w.before?.startsWith('package ') ? on('appsettings', 'config') : on('config');
  }
  return on(w.operation);
}

/** One successful Azure write as `<kind> <resource>` (tags: `tag <resource>`). */
function made(method: string, path: string): string {
  const segments = path.split('/providers/');
  const tags = /^Microsoft\.Resources\/tags/i.test(segments.at(-1) ?? '');
  // A template deployment (PUT), and tags at a resource group's scope (template releases keep their record there).
  const deployment = /^Microsoft\.Resources\/deployments\/([^/]+)$/i.exec(segments.at(-1) ?? '');
  if (deployment && method === 'PUT') return `deploy ${deployment[1]!.toLowerCase()}`;
  const group = tags ? /\/resourceGroups\/([^/]+)$/i.exec(segments.at(-2) ?? '') : null;
  if (group) return `tag ${group[1]!.toLowerCase()}`;
  const own = (tags ? segments.at(-2)! : segments.at(-1)!).split('/');
  const [provider, type, name = '', ...rest] = own;
  const resource = name.toLowerCase();
  if (tags) return `tag ${resource}`;
  const tail = rest.join('/').toLowerCase();
  if (/^microsoft\.compute$/i.test(provider ?? '') && /^virtualMachineScaleSets$/i.test(type ?? '')) {
    if (tail === '') return `model ${resource}`;
    if (tail === 'manualupgrade') return `replace ${resource}`;
    if (tail === 'rollingupgrades/cancel') return `cancel ${resource}`;
  }
  if (/^loadBalancers$/i.test(type ?? '') && tail === '') return `switch ${resource}`;
  if (/^sites$/i.test(type ?? '')) {
    const slotMatch = /^slots\/([^/]+)\/?(.*)$/.exec(tail);
    const at = slotMatch ? `${resource}/${slotMatch[1]}` : `${resource}/production`;
    const action = slotMatch ? slotMatch[2]! : tail;
    const kinds: Record<string, string> = {
      'config/web': 'config',
      'config/appsettings': 'appsettings',
      restart: 'restart',
      applyslotconfig: 'apply-slot-config',
      resetslotconfig: 'reset-slot-config',
    };
    if (action === 'slotsswap') return `swap ${resource}`;
    if (kinds[action]) return `${kinds[action]} ${at}`;
  }
  return `${method} ${path}`;
}

type Step = { readonly tag: string } | { readonly writes: readonly string[] };

/** The planned writes of a stage as steps: a record write is a tag on its resource, the rest expand. */
function steps(plan: RunResult, stage: string): Step[] {
  return (plan.plan ?? [])
    .filter((w) => w.stage === stage)
    .map((w) => (w.operation === 'tag' ? { tag: `tag ${plannedResource(w.resource)}` } : { writes: expand(w) }));
}

/** Whether `got` from index `i` is exactly `want` from step `s` (a tag is one or two Tags requests). */
function matches(want: readonly Step[], got: readonly string[], s = 0, i = 0): boolean {
  if (s === want.length) return i === got.length;
  const step = want[s]!;
  if ('writes' in step) {
    return step.writes.every((w, k) => got[i + k] === w) && matches(want, got, s + 1, i + step.writes.length);
  }
  if (got[i] !== step.tag) return false;
  return matches(want, got, s + 1, i + 1) || (got[i + 1] === step.tag && matches(want, got, s + 1, i + 2));
}

/** The real run's successful writes, as `<kind> <resource>`. */
export function madeWrites(emu: Emulator): string[] {
  return emu.requests.filter((r) => r.write && r.status < 400).map((r) => made(r.method, r.path));
}

/**
 * Asserts the real run's writes are the plan's: every planned write maps to the Azure writes it
 * makes, in the planned order, and the real run made no other write.
 */
export function expectApplyMatchesPlan(plan: RunResult, emu: Emulator, stage: string): void {
  const want = steps(plan, stage);
  const got = madeWrites(emu);
  if (matches(want, got)) return;
  // The diff to read: each record write shown as one Tags request.
  const shown = want.flatMap((s) => ('writes' in s ? s.writes : [s.tag]));
  expect(got, 'the real run made exactly the planned writes, in order').toEqual(shown);
  expect.fail(
    `the real run's writes ${JSON.stringify(got)} do not match the plan's: a record write is one or two Tags requests`,
  );
}
