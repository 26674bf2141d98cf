/**
 * Plan = apply: the writes a plan lists, held against the writes a real run made on the same world
 * (the emulator's request log). A plan write is one Azure write of its resource, except a release
 * record ('tag'), which is a merge and, when it clears a field, a delete (two requests).
 */
import { expect } from 'vitest';
import type { PlannedStageWrite, RunResult } from '../../src/core/run/result.js';
import type { Emulator } from '../../src/emulator/index.js';

interface Touch {
  readonly resource: string;
  readonly tag: boolean;
}

const RESOURCE = /(?:scale set|load balancer|web app|slot|app service)\s+'?([\w.-]+)'?/i;

function planned(w: PlannedStageWrite): Touch {
  const m = RESOURCE.exec(w.resource);
  return { resource: (m?.[1] ?? w.resource).toLowerCase().replace(/\/.*$/, ''), tag: w.operation === 'tag' };
}

function made(path: string, operation: string | undefined): Touch {
  const tag = /\/providers\/Microsoft\.Resources\/tags\//i.test(path) || /^Tags_/i.test(operation ?? '');
  const segments = path.split('/providers/').filter((s) => !/^Microsoft\.Resources\/tags/i.test(s));
  const own = segments.at(-1)!.split('/');
  // Microsoft.X/<type>/<name>[/<child type>/<child name>…]: the top resource's name.
  return { resource: (own[2] ?? '').toLowerCase(), tag };
}

/** Asserts the real run's writes are the plan's: the same non-tag writes in order, record writes on the same resources. */
export function expectApplyMatchesPlan(plan: RunResult, emu: Emulator, stage: string): void {
  const want = (plan.plan ?? []).filter((w) => w.stage === stage).map(planned);
  const got = emu.requests.filter((r) => r.write && r.status < 400).map((r) => made(r.path, r.operation));
  const key = (t: Touch) => t.resource;
  expect(got.filter((t) => !t.tag).map(key), 'model writes: the real run made exactly the planned writes, in order').toEqual(want.filter((t) => !t.tag).map(key));
  const plannedTags = want.filter((t) => t.tag);
  const realTags = got.filter((t) => t.tag);
  expect([...new Set(realTags.map(key))].sort(), 'record writes land on the planned resources').toEqual([...new Set(plannedTags.map(key))].sort());
  expect(realTags.length).toBeGreaterThanOrEqual(plannedTags.length);
  expect(realTags.length).toBeLessThanOrEqual(plannedTags.length * 2);
}
