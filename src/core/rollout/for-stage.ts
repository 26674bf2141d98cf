/** The rollout executor of a deploy or rollback stage: plan mode, budget and run signal from the context. */
import type { StageContext } from '../stages/stage.js';
import { RolloutExecutor } from './executor.js';

export interface StageExecutorOptions {
  /** First backoff when Azure gives no Retry-After: the Azure connection's poll interval. */
  readonly retryBaseMs: number;
  /** Default: 'deploy-timeout'. A revert gets a budget of its own of the same length. */
  readonly timeoutMs?: number;
  readonly budgetName?: string;
  /** Force plan mode (a stage's plan-first pass before the lock); default: the run's dry-run. */
  readonly planning?: boolean;
}

export function executorFor(ctx: StageContext, options: StageExecutorOptions): RolloutExecutor {
  const { clock, sleep, host, deadline } = ctx.deps;
  return new RolloutExecutor(
    { clock, sleep, log: host, signal: ctx.signal, ...(deadline ? { deadline } : {}) },
    {
      planning: options.planning ?? ctx.settings.dryRun,
      timeoutMs: options.timeoutMs ?? ctx.settings.deploy.timeoutMs,
      budgetName: options.budgetName ?? 'deploy-timeout',
      retryBaseMs: Math.min(options.retryBaseMs, 5_000),
    },
  );
}

/**
 * The least budget a revert gets, whatever 'deploy-timeout' is: a revert that runs out of time
 * leaves production on the failed release, so it is given room to ride out Azure's throttling
 * even after a short deploy budget was spent on the failure.
 */
export const REVERT_MIN_MS = 10 * 60_000;

/** The context a revert (rollback) runs in: its own budget of at least REVERT_MIN_MS. */
export function revertContext(ctx: StageContext): StageContext {
  const deploy = ctx.settings.deploy;
  if (deploy.timeoutMs >= REVERT_MIN_MS) return ctx;
  return { ...ctx, settings: { ...ctx.settings, deploy: { ...deploy, timeoutMs: REVERT_MIN_MS } } };
}
