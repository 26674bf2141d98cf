/**
 * The runner: runs the requested stages in order, passes each stage's outputs to the next, rolls
 * back after a failed verify, and always returns a result (also on failure and cancellation).
 */
import { asEngineError, CancelledError, EngineError, internalStack, type ErrorKind } from '../errors.js';
import type { Settings, StageName } from '../settings/types.js';
import type { EngineDeps, Stage, StageContext, StepResult } from '../stages/stage.js';
import { builtinStage } from '../stages/registry.js';
import { DeployLock, LEASE_MARGIN_MS, lockTarget, ownerOf, uniquePart } from '../lock/lock.js';
import { writesOf } from '../plan/action.js';
import { outputStrings, resultOutput, type RunOutputs } from './outputs.js';
import { redactDeep, redactingHost } from './redact.js';
import { writeRunFiles } from './files.js';
import type { RunResult, RunStatus, StageReport } from './result.js';

export async function runEngine(settings: Settings, deps: EngineDeps): Promise<RunResult> {
  const host = redactingHost(deps.host, settings.secrets);
  const run = new Run(settings, { ...deps, host });
  let result = await run.execute();
  result = await writeRunFiles(result, settings, { ...deps, host }, host.redact);
  for (const [name, value] of Object.entries(outputStrings(result.outputs, resultOutput(result))))
    host.setOutput(name, value);
  await host.writeSummary(result);
  // The caller gets the same redacted result the summary got: adapters print it (renderText).
  return redactDeep(result, host.redact);
}

interface Failure {
  readonly kind: ErrorKind;
  readonly message: string;
}

class Run {
  private readonly reports: StageReport[] = [];
  private readonly warnings: string[] = [];
  private outputs: RunOutputs = {};
  private error: Failure | undefined;
  private readonly startedAt: number;
  /** The deploy lock, once a stage that writes to the target took it (src/core/lock/lock.ts). */
  private lock: DeployLock | undefined;

  constructor(
    private readonly settings: Settings,
    private readonly deps: EngineDeps,
  ) {
    this.startedAt = deps.clock.now();
  }

  async execute(): Promise<RunResult> {
    try {
      for (const name of this.settings.stages) {
        if (this.error) {
          this.reports.push({
            name,
            status: this.error.kind === 'cancelled' ? 'cancelled' : 'not-run',
            durationMs: 0,
            items: [],
          });
          continue;
        }
        await this.runStage(name);
        // A verify fails by returning 'failed' or by throwing (stage.ts); either way the deploy is rolled back.
        if (name === 'verify' && this.reports.at(-1)?.status === 'failed') await this.rollBackAfterVerify();
      }
    } finally {
      // Also after a failure or a cancellation: the next run must not wait for this one's lease.
      await this.releaseLock();
    }
    return this.result();
  }

  /**
   * Before each stage once the deploy lock is held: renew it when half of the lease has passed
   * (between stages only: a renewal changes the target's ETag). Plan mode never locks.
   */
  private async guardTarget(): Promise<void> {
    if (this.lock) await this.lock.renewIfDue(this.deps.host.signal);
  }

  /** StageContext.takeDeployLock: deploy and rollback call it after their reads, before their first write. */
  private async takeLock(): Promise<void> {
    if (this.settings.dryRun) return;
    const signal = this.deps.host.signal;
    if (this.lock?.heldLock) return this.lock.renewIfDue(signal);
    const target = lockTarget(this.settings);
    if (!target || !this.deps.azure) return;
    const ports = await this.deps.azure();
    if (!ports.leases) return;
    const ctx = this.context();
    // One owner per process: matrix jobs share the run id, so a random part tells them apart.
    const owner = ownerOf(this.deps.run, uniquePart(this.deps.newId, this.startedAt));
    const leaseMs = this.settings.deploy.timeoutMs + LEASE_MARGIN_MS;
    this.lock = new DeployLock(ports.leases, target, owner, leaseMs, {
      clock: this.deps.clock,
      sleep: this.deps.sleep,
      log: this.deps.host,
      warn: ctx.warn,
      run: this.deps.run,
      // From the moment a lease write is sent, so that the GitHub post step can release it.
      ...(this.deps.onLockChange ? { onChange: this.deps.onLockChange } : {}),
    });
    await this.lock.acquire(this.settings.deploy.lockTimeoutMs, signal);
  }

  /** Also after a failed acquire: a lease write that failed was settled by the lock itself. */
  private async releaseLock(): Promise<void> {
    await this.lock?.release();
  }

  private stage(name: StageName): Stage {
    return this.deps.stages?.[name] ?? builtinStage(name);
  }

  private async runStage(name: StageName): Promise<StepResult | undefined> {
    const { host, clock } = this.deps;
    const started = clock.now();
    try {
      if (host.signal.aborted) throw new CancelledError();
      const step = await host.group(`${name}`, async () => {
        await this.guardTarget();
        return this.stage(name).run(this.context());
      });
      this.outputs = withStepOutputs(this.outputs, step.outputs);
      this.report(name, step.status, started, step.message, step.items, step.journal);
      if (step.status === 'failed' && !this.cleanupWarning(name, step.message ?? 'no reason given')) {
        this.error = {
          kind: name === 'verify' ? 'verify' : 'terminal',
          message: `${name} failed: ${step.message ?? 'no reason given'}`,
        };
      }
      return step;
    } catch (err) {
      const error = host.signal.aborted
        ? new CancelledError(`the run was cancelled during stage '${name}'`)
        : asEngineError(err);
      const stack = internalStack(error);
      if (stack) host.debug(stack);
      if (error.kind !== 'cancelled' && this.cleanupWarning(name, error.message)) {
        this.report(name, 'failed', started, error.message, []);
        return undefined;
      }
      this.error = { kind: error.kind, message: error.message };
      this.report(name, error.kind === 'cancelled' ? 'cancelled' : 'failed', started, error.message, []);
      return undefined;
    }
  }

  /**
   * A clean-up failure is a warning, not a failed release, unless 'fail-on-cleanup-error': the
   * stage is reported failed, the run is not. True when the failure was turned into a warning.
   */
  private cleanupWarning(name: StageName, message: string): boolean {
    if (name !== 'cleanup' || this.settings.cleanup.failOnError) return false;
    this.context().warn(`clean-up failed (a warning: 'fail-on-cleanup-error' is false): ${message}`);
    return true;
  }

  /** A failed verify after a deploy in this run rolls the target back, when asked to. */
  private async rollBackAfterVerify(): Promise<void> {
    // A promote (a paused canary's release completed in this run) is undone like a deploy.
    const released = (name: StageName) => name === 'deploy' || name === 'promote';
    const deployed = this.reports.some((r) => released(r.name) && r.status === 'succeeded');
    if (!deployed || !this.settings.verify.autoRollback) return;
    const verifyError = this.error!;
    this.error = undefined;
    this.context().warn('verify failed after the deploy: rolling back');
    // The outputs keep naming what this run deployed and what served production before it (as when
    // a rollout is rolled back inside the deploy stage); rolled-back and active-slot say what is live now.
    const { imageVersion, imageId, previousImageVersion, previousSlot } = this.outputs;
    const step = await this.runStage('rollback');
    const rolledBack = step?.status === 'succeeded' && step.outputs?.rolledBack !== false;
    const rollbackError = this.error as Failure | undefined; // set by runStage when the rollback failed
    this.outputs = {
      ...this.outputs,
      ...definedOnly({ imageVersion, imageId, previousImageVersion, previousSlot }),
      rolledBack,
    };
    const rollbackNote = rolledBack
      ? `; rolled back: ${step?.message ?? 'the previous version is live'}`
      : step && step.status !== 'failed'
        ? `; not rolled back: ${step.message ?? 'nothing to roll back'}`
        : `; the rollback failed too: ${rollbackError?.message ?? 'no reason given'}`;
    this.error = { kind: verifyError.kind, message: `${verifyError.message}${rollbackNote}` };
  }

  private context(): StageContext {
    return {
      settings: this.settings,
      outputs: this.outputs,
      deps: this.deps,
      signal: this.deps.host.signal,
      azure: () => {
        if (!this.deps.azure)
          throw new EngineError(
            'input',
            'this step has no Azure connection: set the Azure inputs (client-id, tenant-id, subscription-id, or cloud Custom with arm-endpoint)',
          );
        return this.deps.azure();
      },
      warn: (message) => {
        this.warnings.push(message);
        this.deps.host.warning(message);
      },
      takeDeployLock: () => this.takeLock(),
      analysed: (results) => {
        this.outputs = withStepOutputs(this.outputs, { analysisResults: results });
      },
    };
  }

  private report(
    name: StageName,
    status: StageReport['status'],
    started: number,
    message: string | undefined,
    items: StageReport['items'] = [],
    journal?: StageReport['journal'],
  ): void {
    this.reports.push({
      name,
      status,
      durationMs: this.deps.clock.now() - started,
      message,
      items,
      ...(journal && journal.length > 0 ? { journal } : {}),
    });
  }

  private result(): RunResult {
    const status: RunStatus = !this.error ? 'succeeded' : this.error.kind === 'cancelled' ? 'cancelled' : 'failed';
    return {
      status,
      outputs: this.outputs,
      stages: this.reports,
      warnings: this.warnings,
      error: this.error,
      startedAt: this.startedAt,
      durationMs: this.deps.clock.now() - this.startedAt,
      dryRun: this.settings.dryRun,
      ...(this.settings.dryRun
        ? { plan: this.reports.flatMap((r) => writesOf(r.items).map((w) => ({ stage: r.name, ...w }))) }
        : {}),
    };
  }
}

/** A step's outputs over the run's; analysis results add up (gates between batches, then verify's). */
function withStepOutputs(outputs: RunOutputs, step: Partial<RunOutputs> | undefined): RunOutputs {
  const merged = { ...outputs, ...definedOnly(step) };
  if (outputs.analysisResults && step?.analysisResults)
    merged.analysisResults = [...outputs.analysisResults, ...step.analysisResults];
  return merged;
}

/** A stage that leaves an output undefined does not erase what an earlier stage reported. */
function definedOnly<T extends object>(outputs: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(outputs ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
