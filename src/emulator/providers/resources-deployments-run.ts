import type { ArmErrorBody } from '../errors.js';
import type { EvaluatedTemplate } from '../arm-template/template.js';
import type { Router } from '../router.js';
import type { SimOperation } from '../sim/timeline.js';
import type { StoredResource } from '../state.js';
import type { EmulatorContext } from '../types.js';
import { callProvider, operationIdOf, type ProviderAnswer } from './resources-deployments-dispatch.js';
import {
  deploymentFailed,
  isoDuration,
  operationsOf,
  propsOf,
  resourceFailure,
  statusName,
  type OperationEntry,
} from './resources-deployments-view.js';

/**
 * Runs one deployment on simulated time: Accepted → Running (one simulated second later) → each
 * resource PUT to its provider once every resource it depends on succeeded (independent ones
 * together), its operation followed to the end → Succeeded, or Failed with DeploymentFailed once
 * nothing more can start (resources that depend on a failed one never start; the others go on,
 * as ARM does), or Canceled. Provider operations are watched every simulated second.
 */
type Step = 'pending' | 'running' | 'succeeded' | 'failed' | 'blocked';

const runs = new WeakMap<EmulatorContext, Map<string, DeploymentRun>>();

export function activeRun(emu: EmulatorContext, id: string): DeploymentRun | undefined {
  return runs.get(emu)?.get(id.toLowerCase());
}

export class DeploymentRun {
  private readonly steps: Step[];
  private readonly failures: ArmErrorBody[] = [];
  private canceled = false;
  private finished = false;

  constructor(
    private readonly router: Router,
    private readonly emu: EmulatorContext,
    private readonly deployment: StoredResource,
    private readonly evaluated: EvaluatedTemplate,
    private readonly done: SimOperation,
  ) {
    this.steps = evaluated.resources.map(() => 'pending');
  }

  start(): void {
    const active = runs.get(this.emu) ?? new Map<string, DeploymentRun>();
    runs.set(this.emu, active);
    active.set(this.deployment.id.toLowerCase(), this);
    this.emu.scheduler.after(1, () => {
      if (this.finished) return;
      this.setState('Running');
      this.pump();
    });
  }

  /**
   * Canceled at once; nothing more starts, and provider operations already running go on
   * ("leaves the resource group partially deployed", Deployments_Cancel).
   */
  cancel(): void {
    this.canceled = true;
    this.finish();
  }

  private pump(): void {
    if (this.finished) return;
    let progressed = true;
    while (progressed) {
      progressed = false;
      this.steps.forEach((step, i) => {
        if (step !== 'pending') return;
        const deps = this.evaluated.dependencies[i]!.map((d) => this.steps[d]!);
        if (deps.some((d) => d === 'failed' || d === 'blocked')) {
          this.steps[i] = 'blocked';
          progressed = true;
        } else if (deps.every((d) => d === 'succeeded')) {
          this.steps[i] = 'running';
          void this.dispatch(i);
        }
      });
    }
    if (!this.steps.includes('running') && !this.steps.includes('pending')) this.finish();
  }

  private async dispatch(i: number): Promise<void> {
    const r = this.evaluated.resources[i]!;
    const op: OperationEntry = {
      operationId: this.emu.random.hex(16).toUpperCase(),
      provisioningOperation: 'Create',
      provisioningState: 'Running',
      startMs: this.emu.clock.now(),
      targetResource: { id: r.id, resourceType: r.type, resourceName: r.name, apiVersion: r.apiVersion },
    };
    operationsOf(this.deployment).push(op);
    this.emu.state.touch();
    const answer = await callProvider(this.router, this.emu, 'PUT', r.id, r.apiVersion, structuredClone(r.body));
    if (answer.error) return this.complete(i, op, answer, answer.error, false);
    const operationId = operationIdOf(answer);
    if (answer.status === 202 || operationId) return this.watch(i, op, answer, operationId);
    this.complete(i, op, answer, undefined, false);
  }

  /** Follows the provider's operation until it ends. */
  private watch(i: number, op: OperationEntry, answer: ProviderAnswer, operationId: string | undefined): void {
    const record = operationId ? this.emu.lro.get(operationId) : undefined;
    if (!record || record.status === 'Succeeded') return this.complete(i, op, answer, undefined, true);
    if (record.status !== 'InProgress') {
      const error = record.error ?? { code: 'OperationFailed', message: `The operation ended ${record.status}.` };
      return this.complete(i, op, answer, error, true);
    }
    this.emu.scheduler.after(1, () => this.watch(i, op, answer, operationId));
  }

  private complete(
    i: number,
    op: OperationEntry,
    answer: ProviderAnswer,
    error: ArmErrorBody | undefined,
    async: boolean,
  ): void {
    const r = this.evaluated.resources[i]!;
    op.endMs = this.emu.clock.now();
    op.provisioningState = error ? 'Failed' : 'Succeeded';
    // An operation that ended Failed is reported as Conflict with ResourceDeploymentFailure (see view).
    op.statusCode = error && async ? 'Conflict' : statusName(answer.status);
    if (error) {
      const failure = resourceFailure(r.id, error, async);
      const { target: _target, ...reported } = failure;
      op.statusMessage = { status: 'Failed', error: async ? reported : error };
      this.failures.push(failure);
    }
    this.steps[i] = error ? 'failed' : 'succeeded';
    this.emu.state.touch();
    this.pump();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    runs.get(this.emu)?.delete(this.deployment.id.toLowerCase());
    const now = this.emu.clock.now();
    const props = propsOf(this.deployment);
    props['duration'] = isoDuration(now - Number(this.deployment.meta['startMs'] ?? now));
    props['timestamp'] = new Date(now).toISOString();
    props['outputResources'] = this.evaluated.resources
      .filter((_, i) => this.steps[i] === 'succeeded')
      .map((r) => ({ id: r.id }));
    if (this.canceled) {
      this.setState('Canceled');
      this.done.cancel(now);
    } else if (this.failures.length > 0) {
      const error = deploymentFailed(this.failures);
      props['error'] = error;
      this.setState('Failed');
      this.done.fail(now, error);
    } else {
      props['outputs'] = this.evaluated.outputs;
      this.setState('Succeeded');
      this.done.succeed(now);
    }
  }

  private setState(state: string): void {
    propsOf(this.deployment)['provisioningState'] = state;
    this.emu.state.touch();
  }
}
