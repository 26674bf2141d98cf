/**
 * The fault matrix: write phases × faults, and one cell's run. A cell seeds its target with 1.0.0
 * live, injects the fault at the phase's write, runs the deploy of 2.0.0 through the engine, the
 * real SDKs and the emulator, then checks the safety promises with node:assert (so that
 * scripts/fault-matrix.ts runs the very same cells outside vitest):
 *   1. live traffic is served by a healthy version (1.0.0 after a failure, 2.0.0 after a success);
 *   2. no load balancer or slot is left half-switched, nothing in provisioning state Failed;
 *   3. the lock is released, or (SIGKILL) its lease expires within deploy-timeout + the lease margin;
 *   4. status, outputs and message tell the truth;
 *   5. a fault-free re-run converges on 2.0.0.
 */
import assert from 'node:assert/strict';
import { LEASE_MARGIN_MS } from '../../src/core/lock/lock.js';
import { parseLease } from '../../src/core/lock/lease.js';
import { breakLease } from '../../src/core/lock/unlock.js';
import type { FaultKind, FaultRule } from '../../src/emulator/faults.js';
import { RecordingHost } from '../core/fakes.js';
import { RG, type Harness } from '../emulator-deploy/helpers.js';
import { portsFor, runStages } from '../stages-slotswap/context.js';
import { killAtWrite } from './kill.js';
import { runCleanupCell } from './cleanup-cells.js';
import { runPublishCell } from './publish-cells.js';
import { runTemplateCell } from './template-cells.js';
import { NEW, OLD, WORLDS, type Strategy, type World, type WorldId } from './worlds.js';

/** What a phase writes to: a deploy target (by strategy), the gallery (publish, clean-up), a template's group. */
export type Target = Strategy | 'publish' | 'cleanup' | 'template';

export interface Phase {
  readonly id: string;
  /** Table row label. */
  readonly label: string;
  readonly strategy: Target;
  /** A deploy phase's world when not its strategy's first release. */
  readonly world?: WorldId;
  readonly operation: string;
  /** Calls of `operation` let through before the faulted one. */
  readonly skip: number;
  /** Azure answers this write at once (no long-running operation): lro faults do not apply. */
  readonly sync?: boolean;
  /** What a failure message names. */
  readonly names: RegExp;
  /** The deploy lock's lease write: a stuck write ends at 'lock-timeout'. */
  readonly lease?: boolean;
}

export type FaultId =
  '429x2' | '429x5' | '500x5' | '503x5' | 'resetx5' | 'lro-failed' | 'never-ends' | 'sigint' | 'sigkill';

export interface Fault {
  readonly id: FaultId;
  readonly label: string;
  readonly kind?: FaultKind;
  readonly times?: number;
  readonly retryAfterSeconds?: number;
}

export const FAULTS: readonly Fault[] = [
  { id: '429x2', label: '429 ×2 (Retry-After)', kind: 'throttle', times: 2, retryAfterSeconds: 5 },
  { id: '429x5', label: '429 ×5', kind: 'throttle', times: 5, retryAfterSeconds: 0 },
  { id: '500x5', label: '500 ×5', kind: 'server-error', times: 5 },
  { id: '503x5', label: '503 ×5', kind: 'unavailable', times: 5, retryAfterSeconds: 0 },
  { id: 'resetx5', label: 'reset ×5', kind: 'reset', times: 5 },
  { id: 'lro-failed', label: 'ends Failed', kind: 'lro-failed', times: 1 },
  { id: 'never-ends', label: 'never ends', kind: 'lro-never-ends', times: 1 },
  { id: 'sigint', label: 'SIGINT' },
  { id: 'sigkill', label: 'SIGKILL' },
];

export const PHASES: readonly Phase[] = [
  {
    id: 'lease-lb',
    label: 'lock: lease (load balancer PUT)',
    strategy: 'blue-green',
    operation: 'LoadBalancers_CreateOrUpdate',
    skip: 0,
    names: /deploy lock/,
    lease: true,
  },
  {
    id: 'lease-ss',
    label: 'lock: lease (scale set PATCH)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_Update',
    skip: 0,
    names: /deploy lock/,
    lease: true,
  },
  {
    id: 'lease-app',
    label: 'lock: lease (web app tags)',
    strategy: 'slot-swap',
    operation: 'Tags_UpdateAtScope',
    skip: 0,
    sync: true,
    names: /deploy lock/,
    lease: true,
  },
  // The lease is the scale set's first PATCH; the model update its second.
  {
    id: 'rolling-model',
    label: 'rolling: model update',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_Update',
    skip: 1,
    names: /update scale set web|pointing scale set web/,
  },
  {
    id: 'rolling-batch',
    label: 'rolling: a batch (UpdateInstances)',
    strategy: 'rolling',
    operation: 'VirtualMachineScaleSets_UpdateInstances',
    skip: 0,
    names: /instance\(s\) 0, 1 of scale set web/,
  },
  // Tags: the intent first, then the record of what is live.
  {
    id: 'rolling-record',
    label: 'rolling: release record (Tags)',
    strategy: 'rolling',
    operation: 'Tags_UpdateAtScope',
    skip: 1,
    sync: true,
    names: /tag scale set web/,
  },
  {
    id: 'bg-create',
    label: 'blue-green: create the idle colour',
    strategy: 'blue-green',
    operation: 'VirtualMachineScaleSets_CreateOrUpdate',
    skip: 0,
    names: /scale set web-green/,
  },
  // The lease is the load balancer's first PUT; the switch its second.
  {
    id: 'bg-switch',
    label: 'blue-green: the switch (LB PUT)',
    strategy: 'blue-green',
    operation: 'LoadBalancers_CreateOrUpdate',
    skip: 1,
    names: /load balancer lb/,
  },
  {
    id: 'bg-record',
    label: 'blue-green: release record (Tags)',
    strategy: 'blue-green',
    operation: 'Tags_UpdateAtScope',
    skip: 1,
    sync: true,
    names: /tag load balancer lb|tag scale set web/,
  },
  // A second release: the idle colour exists on an older version. Its PATCHes: scale in, re-point, scale out.
  {
    id: 'bg-repoint',
    label: 'blue-green: re-point the idle colour (2nd release)',
    strategy: 'blue-green',
    world: 'blue-green-again',
    operation: 'VirtualMachineScaleSets_Update',
    skip: 1,
    names: /scale set web-green/,
  },
  {
    id: 'slot-artifact',
    label: 'slot-swap: slot artifact (config PATCH)',
    strategy: 'slot-swap',
    operation: 'WebApps_UpdateConfigurationSlot',
    skip: 0,
    sync: true,
    names: /slot staging of web app shop/,
  },
  {
    id: 'slot-swap',
    label: 'slot-swap: the swap',
    strategy: 'slot-swap',
    operation: 'WebApps_SwapSlot',
    skip: 0,
    names: /swap web app shop|swapping slot staging of site shop/,
  },
  // Tags: the lease, the intent, then the record of what is live.
  {
    id: 'slot-record',
    label: 'slot-swap: release record (Tags)',
    strategy: 'slot-swap',
    operation: 'Tags_UpdateAtScope',
    skip: 2,
    sync: true,
    names: /tag web app shop/,
  },
  // Publish (publish-cells.ts): the version PUT; the gallery state stands for live traffic.
  {
    id: 'publish-version',
    label: 'publish: the version (PUT)',
    strategy: 'publish',
    operation: 'GalleryImageVersions_CreateOrUpdate',
    skip: 0,
    names: /version 2\.0\.0/,
  },
  // Clean-up (cleanup-cells.ts): the first version DELETE (sent, then confirmed by listing).
  {
    id: 'cleanup-delete',
    label: 'clean-up: a version delete',
    strategy: 'cleanup',
    operation: 'GalleryImageVersions_Delete',
    skip: 0,
    names: /gallery image version gal\/app 1\.0\.\d/,
  },
  // Template deployments (template-cells.ts): rolling through an ARM template, whose deployment
  // replaces the model update; then clean-up's delete of an old deployment from the group's history.
  {
    id: 'template-deploy',
    label: 'rolling through a template: the deployment (PUT)',
    strategy: 'template',
    operation: 'Deployments_CreateOrUpdate',
    skip: 0,
    names: /template deployment immutable-deploy-/,
  },
  {
    id: 'template-prune',
    label: 'clean-up: a template deployment delete',
    strategy: 'template',
    operation: 'Deployments_Delete',
    skip: 0,
    names: /deployment immutable-deploy-/,
  },
];

/** A cell's outcome: `na` when the fault has no meaning for the write (an lro fault on a synchronous write). */
export type Verdict = 'pass' | 'na';

/** Engine time runs 200× faster (fastTime): '2m' is 600 ms of real time. */
export const SHORT_TIMEOUT = '2m';
/** Past SHORT_TIMEOUT's real 600 ms: stands for the answer of a synchronous write that never comes. */
const NEVER_MS = 3_000;
/** SIGINT: the write is held this long in the emulator so that it is seen in flight. */
const IN_FLIGHT_MS = 300;
/**
 * A lease write is let finish for a grace of 10 s of engine time after a cancel (then aborted and
 * released; a run killed outright leaves it to the post step or its expiry): its hold stays inside
 * that grace (engine time runs 200× real time here).
 */
const LEASE_IN_FLIGHT_MS = 20;

export function applies(phase: Phase, fault: Fault): boolean {
  return !(phase.sync && fault.id === 'lro-failed');
}

export const matching = (h: Harness, op: string) => h.emu.requests.filter((r) => r.operation === op);
export const inFlight = (h: Harness, phase: Phase) => matching(h, phase.operation)[phase.skip]?.status === 0;

export function ruleFor(phase: Phase, fault: Fault): FaultRule[] {
  const at = { operation: phase.operation, skip: phase.skip };
  if (fault.id === 'sigint')
    return [{ kind: 'latency', latencyMs: phase.lease ? LEASE_IN_FLIGHT_MS : IN_FLIGHT_MS, times: 1, ...at }];
  // The lease's deadline is real time ('lock-timeout' 3s): its answer is held past that.
  if (fault.id === 'never-ends' && phase.sync)
    return [{ kind: 'latency', latencyMs: phase.lease ? 5_000 : NEVER_MS, times: 1, ...at }];
  return [{ kind: fault.kind!, times: fault.times, retryAfterSeconds: fault.retryAfterSeconds, ...at }];
}

/** Runs one cell on a harness whose state the caller has reset; throws an AssertionError on a broken promise. */
export async function runCell(h: Harness, phase: Phase, fault: Fault): Promise<Verdict> {
  if (!applies(phase, fault)) return 'na';
  if (phase.strategy === 'publish') return runPublishCell(h, phase, fault);
  if (phase.strategy === 'cleanup') return runCleanupCell(h, phase, fault);
  if (phase.strategy === 'template') return runTemplateCell(h, phase, fault);
  const world = WORLDS[phase.world ?? phase.strategy];
  await world.setup(h);
  // The lease write's deadline runs on real time (the lock is given no engine deadline): '3s' is 3 s.
  const stuck: Record<string, string> = phase.lease ? { 'lock-timeout': '3s' } : { 'deploy-timeout': SHORT_TIMEOUT };
  const timeouts: Record<string, string> = fault.id === 'never-ends' ? stuck : { 'deploy-timeout': '30m' };
  const inputs = world.inputs(h, { stages: 'deploy', ...timeouts });
  if (fault.id === 'sigkill') {
    await killedCell(h, world, phase, inputs);
  } else {
    const { result, host } = await faultedRun(h, phase, fault, inputs);
    await checkAfter(h, world, {
      phase,
      fault,
      status: result.status,
      message: result.error?.message ?? '',
      outputs: host.outputs,
    });
  }
  await rerunConverges(h, world, inputs);
  return 'pass';
}

/** How a cell runs the engine (default: runStages; template cells parse with files read from disk). */
export type Runner = (
  inputs: Record<string, string>,
  options?: { host?: RecordingHost },
) => Promise<{ result: Awaited<ReturnType<typeof runStages>>['result']; host: RecordingHost }>;

const stagesOn =
  (h: Harness): Runner =>
  (inputs, options) =>
    runStages(h.emu, inputs, options);

/**
 * Runs the engine with `inputs` and the fault injected at the phase's write (SIGINT: the host is
 * aborted once that write is in flight); faults cleared once every request is answered.
 */
export async function faultedRun(
  h: Harness,
  phase: Phase,
  fault: Fault,
  inputs: Record<string, string>,
  runner: Runner = stagesOn(h),
) {
  for (const rule of ruleFor(phase, fault)) h.emu.control.addFault(rule);
  const host = new RecordingHost();
  const watch =
    fault.id === 'sigint'
      ? setInterval(() => inFlight(h, phase) && host.abort(new Error('received SIGINT')), 1)
      : undefined;
  const { result } = await runner(inputs, { host }).finally(() => clearInterval(watch));
  await settled(h);
  h.emu.control.clearFaults();
  const at = `${phase.label} × ${fault.label}`;
  assert.ok(
    matching(h, phase.operation).length > phase.skip,
    `${at}: the faulted write was never sent (${result.error?.message ?? result.status})`,
  );
  return { result, host };
}

/** Every request the emulator received has been answered (a held write lands after the client gave up). */
export async function settled(h: Harness): Promise<void> {
  for (let i = 0; i < 400 && h.emu.requests.some((r) => r.status === 0); i++)
    await new Promise((r) => setTimeout(r, 10));
}

interface After {
  readonly phase: Phase;
  readonly fault: Fault;
  readonly status: string;
  readonly message: string;
  readonly outputs: Record<string, string>;
}

export async function checkAfter(h: Harness, world: World, a: After): Promise<void> {
  const at = `${a.phase.label} × ${a.fault.label}`;
  const served = await world.served(h);
  assert.equal(served.failures, 0, `${at}: live traffic got failures`);
  assert.deepEqual(world.problems(h, a.fault.id === 'sigint'), [], `${at}: target left inconsistent`);
  assert.equal(world.lease(h), undefined, `${at}: the deploy lock was not released`);
  const rolledBack = a.outputs['rolled-back'] === 'true';
  if (a.fault.kind !== undefined && !['lro-failed', 'lro-never-ends'].includes(a.fault.kind)) {
    // A transient burst is ridden out: the deploy succeeds and the new version is live.
    assert.equal(a.status, 'succeeded', `${at}: expected the burst to be ridden out, got: ${a.message}`);
    assert.equal(a.outputs['image-version'], NEW, `${at}: output image-version`);
    assert.equal(rolledBack, false, `${at}: output rolled-back`);
    assert.deepEqual(served.versions, [NEW], `${at}: live versions`);
    return;
  }
  if (a.fault.id === 'sigint') {
    assert.equal(a.status, 'cancelled', `${at}: status (${a.message})`);
    assert.match(a.message, /cancelled/, `${at}: message`);
    assert.ok(
      served.versions.every((v) => v === OLD || v === NEW),
      `${at}: live versions ${served.versions.join(', ')}`,
    );
    return;
  }
  assert.equal(a.status, 'failed', `${at}: status (${a.message}; outputs ${JSON.stringify(a.outputs)})`);
  assert.match(a.message, a.phase.names, `${at}: the message names the write: ${a.message}`);
  const deadline = a.phase.lease ? /'lock-timeout'/ : /'deploy-timeout'/;
  if (a.fault.id === 'never-ends')
    assert.match(a.message, deadline, `${at}: the message names the deadline: ${a.message}`);
  // Production is never left on the failed release, and the step says which release is live.
  assert.deepEqual(served.versions, [OLD], `${at}: live versions after a failure (${a.message})`);
  assert.equal(rolledBack, /rolled back: /.test(a.message), `${at}: output rolled-back vs message: ${a.message}`);
  if (!a.phase.lease)
    assert.match(
      a.message,
      /rolled back: .*1\.0\.0 is live|1\.0\.0 is still live/,
      `${at}: message says what is live: ${a.message}`,
    );
}

/** SIGKILL: the CLI dies at the write; its lease says when it expires; `unlock` breaks it for the re-run. */
export async function killedCell(
  h: Harness,
  world: World,
  phase: Phase,
  inputs: Record<string, string>,
): Promise<void> {
  const at = `${phase.label} × SIGKILL`;
  h.emu.control.addFault({ kind: 'latency', latencyMs: 4_000, times: 1, operation: phase.operation, skip: phase.skip });
  const started = Date.now();
  const killed = await killAtWrite(h, inputs, () => inFlight(h, phase));
  assert.equal(
    killed.signal,
    'SIGKILL',
    `${at}: the run was not killed at the write (exit ${killed.code}): ${killed.stderr}`,
  );
  await settled(h);
  h.emu.control.clearFaults();
  const served = await world.served(h);
  assert.equal(served.failures, 0, `${at}: live traffic got failures`);
  assert.ok(
    served.versions.every((v) => v === OLD || v === NEW),
    `${at}: live versions ${served.versions.join(', ')}`,
  );
  assert.deepEqual(world.problems(h, true), [], `${at}: target left inconsistent`);
  const tag = world.lease(h);
  if (tag === undefined) return; // killed before its lease landed: nothing to expire
  const lease = parseLease(tag);
  assert.ok(lease, `${at}: unreadable lease ${tag}`);
  // deploy-timeout 30m + the lease margin, from the moment the run started.
  const limit = Date.now() + 30 * 60_000 + LEASE_MARGIN_MS;
  assert.ok(
    lease.expiresAt > started && lease.expiresAt <= limit,
    `${at}: lease expires at ${new Date(lease.expiresAt).toISOString()}`,
  );
  const ports = await portsFor(h.emu);
  await breakLease(ports.leases!, { ...world.leaseTarget, resourceGroup: RG }, lease.owner, {
    info: () => undefined,
    warn: () => undefined,
  });
}

export async function rerunConverges(
  h: Harness,
  world: World,
  inputs: Record<string, string>,
  runner: Runner = stagesOn(h),
): Promise<void> {
  const again = await runner({ ...inputs, 'deploy-timeout': '30m', 'lock-timeout': '1m' });
  assert.equal(again.result.status, 'succeeded', `the fault-free re-run: ${again.result.error?.message}`);
  assert.equal(again.host.outputs['image-version'], NEW, 'the re-run: output image-version');
  const served = await world.served(h);
  assert.deepEqual(served, { versions: [NEW], failures: 0 }, 'the re-run: live traffic');
  assert.deepEqual(world.problems(h, false), [], 'the re-run: target consistent');
  assert.equal(world.lease(h), undefined, 'the re-run: lock released');
}

/**
 * Cells where the engine breaks a promise today (the suite marks them `it.fails`, the README table
 * shows them as fail): `phase:fault`, with what goes wrong.
 */
export const KNOWN_FAILS: Readonly<Record<string, string>> = {
  'lease-app:never-ends':
    "a web app lease write (Tags PATCH, no If-Match on web apps) answered after 'lock-timeout' is abandoned and released at once, but lands after the release: the lease stays until it expires (deploy-timeout + 30 min)",
};

/** SIGKILL cells (a CLI child each, ~7 s): one per strategy plus the lock. */
export const KILL_CELLS: ReadonlySet<string> = new Set([
  'lease-ss',
  'rolling-batch',
  'bg-switch',
  'slot-swap',
  'template-deploy',
]);

/** Whether the suite and the script run this cell. */
export const inMatrix = (phase: Phase, fault: Fault) => fault.id !== 'sigkill' || KILL_CELLS.has(phase.id);

/** A target's phases on its first release (a phase with its own world has a test file of its own). */
export const phasesOf = (target: Target) => PHASES.filter((p) => p.strategy === target && !p.world && !p.lease);
