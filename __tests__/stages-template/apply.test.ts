/**
 * Template deployments, plan = apply: a plan runs first (zero writes; validate and what-if are
 * reads), then the real run on the same world; the writes the real run made are the writes the plan
 * listed, in order — the template deployment's PUT, the record's Tags on the resource group, the
 * batches. The deploy lock is kept out of the request log: its lease lives in a hand-written fake
 * of the lease port over the real one (the lease is not part of a plan).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LeasePort } from '../../src/core/azure/lease-port.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { RunResult } from '../../src/core/run/result.js';
import { expectApplyMatchesPlan } from '../plan/apply-match.js';
import { portsFor, writes } from '../stages-slotswap/context.js';
import { lbId } from '../stages-deploy/harness.js';
import { modelVersion, rollingInputs, run, templateWorld, versions, type TemplateWorld } from './world.js';

let w: TemplateWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

/** The real lease port for reads, the lease tag itself kept here (so no lease write reaches Azure). */
function leasesInMemory(real: LeasePort): LeasePort {
  const held = new Map<string, Record<string, string>>();
  const key = (t: { kind: string; resourceGroup: string; name: string }) => `${t.kind}/${t.resourceGroup}/${t.name}`;
  return {
    ...real,
    async read(t, o) {
      const state = await real.read(t, o);
      return state && { ...state, tags: { ...state.tags, ...held.get(key(t)) } };
    },
    async writeTag(t, _state, name, value) {
      held.set(key(t), { ...held.get(key(t)), [name]: value });
      return true;
    },
    async rewrite() {
      return true;
    },
    async removeTagIfValue(t, name, value) {
      const tags = { ...held.get(key(t)) };
      if (tags[name] === value) delete tags[name];
      held.set(key(t), tags);
    },
  };
}

async function lockInMemory(world: TemplateWorld): Promise<AzurePorts> {
  const ports = await portsFor(world.h.emu);
  return { ...ports, leases: leasesInMemory(ports.leases) };
}

let planned = 0;

async function planThenApply(world: TemplateWorld, inputs: Record<string, string>, stage: string): Promise<RunResult> {
  const ports = await lockInMemory(world);
  world.h.emu.control.clearRequests();
  // One run id for both, so that the plan names the deployment the real run makes.
  const runId = `plan-${++planned}`;
  const plan = (await run(world, { ...inputs, 'dry-run': 'true' }, { ports, runId })).result;
  expect(plan.error?.message).toBeUndefined();
  expect(writes(world.h.emu)).toEqual([]);
  world.h.emu.control.clearRequests();
  const real = (await run(world, inputs, { ports, runId })).result;
  expect(real.error?.message).toBeUndefined();
  expectApplyMatchesPlan(plan, world.h.emu, stage);
  return plan;
}

const ops = (r: RunResult) => (r.plan ?? []).map((p) => p.operation);

describe('template deployments: the real run makes the writes its plan lists', () => {
  it('rolling through a template: deploy, a second release, then a standalone rollback', async () => {
    w = await templateWorld();
    const first = await planThenApply(w, rollingInputs(w, { 'image-id': w.image['2.0.0']! }), 'deploy');
    expect(ops(first)).toEqual(['tag', 'deploy', 'replace', 'replace', 'tag']);
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
    const second = await planThenApply(w, rollingInputs(w, { 'image-id': w.image['3.0.0']! }), 'deploy');
    expect(ops(second)).toEqual(['tag', 'deploy', 'replace', 'replace', 'tag']);
    const back = await planThenApply(w, rollingInputs(w, { stages: 'rollback' }), 'rollback');
    // A rollback's batches have no gates.
    expect(ops(back)).toEqual(['tag', 'deploy', 'replace', 'replace', 'tag']);
    expect(modelVersion(w)).toBe('2.0.0');
    expect(versions(w)).toEqual(Array(4).fill('2.0.0'));
  }, 60_000);

  it('strategy template: deploy, then a rollback to-version', async () => {
    w = await templateWorld({ mode: 'Automatic' });
    const inputs = {
      ...rollingInputs(w),
      'scale-set': '',
      strategy: 'template',
      'live-url': `${w.h.emu.control.endpointFor(lbId(w.h), 80)!}/health`,
    };
    const deployed = await planThenApply(w, { ...inputs, 'image-id': w.image['2.0.0']! }, 'deploy');
    expect(ops(deployed)).toEqual(['tag', 'deploy', 'tag']);
    expect(modelVersion(w)).toBe('2.0.0');
    const back = await planThenApply(w, { ...inputs, stages: 'rollback', 'to-version': '1.0.0' }, 'rollback');
    expect(ops(back)).toEqual(['tag', 'deploy', 'tag']);
    expect(modelVersion(w)).toBe('1.0.0');
  }, 60_000);
});
