/**
 * Analysis gates between the batches of a Manual rolling rollout: after a batch has settled and
 * passed its health gate, and before the next one starts, the gates judge the release on the
 * instances replaced so far. A failed gate stops the rollout as a failed batch does (the deploy
 * then rolls back); the last batch is judged by verify, over the whole fleet. The results join the
 * run's `analysis-results` (StageContext.analysed). Strategy code calls it, so it never imports the
 * strategy registry (which imports the strategies).
 */
import type { MonitoredTarget, MonitorPort } from '../azure/monitor-port.js';
import type { RolloutExecutor } from '../rollout/executor.js';
import type { StageContext } from '../stages/stage.js';
import { runAnalysis } from './run.js';

export interface BatchAnalysis {
  /** What 'target' means: the strategy's own answer (its descriptor's `monitored`). */
  readonly target?: MonitoredTarget;
  readonly n: number;
  readonly count: number;
  readonly version: string;
  readonly previousVersion?: string;
}

/** Runs the gates on the rollout's executor; returns why the rollout must stop, or undefined. */
export async function analyseBatch(
  ctx: StageContext,
  ex: RolloutExecutor,
  monitor: MonitorPort,
  at: BatchAnalysis,
): Promise<string | undefined> {
  const { settings, deps } = ctx;
  if (settings.analysis.length === 0) return undefined;
  const results = await runAnalysis(settings.analysis, {
    ex,
    monitor,
    clock: deps.clock,
    log: deps.host,
    target: at.target,
    resourceGroup: settings.deploy.resourceGroup ?? settings.resourceGroup,
    context: { version: at.version, previousVersion: at.previousVersion, since: deps.clock.now() },
    label: `batch ${at.n}`,
    runSignal: ctx.signal,
  });
  // In the analysis-results output and the record, before verify's, also when this batch fails.
  if (results.length > 0) ctx.analysed?.(results.map((r) => ({ ...r, during: `batch ${at.n} of ${at.count}` })));
  for (const r of results) if (r.warning) ctx.warn(`batch ${at.n}: ${r.warning}`);
  const failed = results.filter((r) => !r.passed && !r.stopped);
  if (failed.length === 0) return undefined;
  const why = failed.map((r) => `analysis '${r.name}' ${r.detail}`).join('; ');
  return `batch ${at.n} of ${at.count} failed its analysis: ${why}`;
}
