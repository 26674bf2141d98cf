/**
 * The analysis gates of a canary's `analysis` step, on the rollout's executor (their reads retried
 * and bounded by its deadline), judging the new release from now on. The strategy says what
 * 'target' means while the canary runs (where the new release's share is served).
 */
import type { MonitoredTarget } from '../../azure/monitor-port.js';
import { runAnalysis } from '../../analysis/run.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';

export interface CanaryAnalysis {
  readonly label: string;
  readonly target?: MonitoredTarget;
  readonly version: string;
  readonly previousVersion?: string;
}

/** Runs the 'analysis' gates (none configured: nothing); returns why the canary must stop, or undefined. */
export async function canaryGates(
  ctx: StageContext,
  ex: RolloutExecutor,
  at: CanaryAnalysis,
): Promise<string | undefined> {
  const { settings, deps } = ctx;
  if (settings.analysis.length === 0) return undefined;
  const { monitor } = await ctx.azure();
  const results = await runAnalysis(settings.analysis, {
    ex,
    monitor: ex.planning ? undefined : monitor,
    clock: deps.clock,
    log: deps.host,
    target: at.target,
    resourceGroup: settings.deploy.resourceGroup ?? settings.resourceGroup,
    context: { version: at.version, previousVersion: at.previousVersion, since: deps.clock.now() },
    label: at.label,
    runSignal: ctx.signal,
  });
  for (const r of results) if (r.warning) ctx.warn(`${at.label}: ${r.warning}`);
  const failed = results.filter((r) => !r.passed && !r.stopped);
  if (failed.length === 0) return undefined;
  return failed.map((r) => `analysis '${r.name}' ${r.detail}`).join('; ');
}
