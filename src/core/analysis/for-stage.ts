/**
 * Analysis gates inside a stage: what 'target' means for the run's strategy, the placeholders'
 * values, and verify's own executor (a budget the length of the longest gate plus room for
 * Azure's retries; a stop signal ends the gates early when another verify check already failed).
 */
import type { MonitoredTarget } from '../azure/monitor-port.js';
import { descriptorOf } from '../deploy/registry.js';
import { executorFor } from '../rollout/for-stage.js';
import type { Settings } from '../settings/types.js';
import type { StageContext } from '../stages/stage.js';
import { runAnalysis, wouldCheck } from './run.js';
import type { AnalysisGate, AnalysisResult } from './types.js';

/** Room beyond the gates' own span for reads that Azure answers slowly or throttles. */
export const ANALYSIS_SLACK_MS = 5 * 60_000;

/** The longest gate's span (initial delay + count × interval) plus the slack. */
export function analysisBudgetMs(gates: readonly AnalysisGate[]): number {
  const spans = gates.map((g) => g.timing.initialDelayMs + g.timing.count * g.timing.intervalMs);
  return Math.max(0, ...spans) + ANALYSIS_SLACK_MS;
}

/** The strategy's answer to "what is the target" for gates that say 'target'. */
export function monitoredTarget(settings: Settings): MonitoredTarget | undefined {
  const rg = settings.deploy.resourceGroup ?? settings.resourceGroup;
  return rg ? descriptorOf(settings.deploy.strategy).monitored?.(settings.deploy, rg) : undefined;
}

/** A verify-only step's version: the 'image-version' input when it names one. */
const explicitVersion = (s: Settings) =>
  s.publish.version.kind === 'explicit' ? s.publish.version.version : undefined;

/** Plan mode: one "would check" line per gate. */
export function plannedGates(settings: Settings): string[] {
  const target = monitoredTarget(settings);
  return settings.analysis.map((g) => wouldCheck(g, target));
}

/**
 * Verify's gates, judging the release this run deployed (or, in a verify-only step, what the
 * target serves), from now on. `stop` ends them early without failing them.
 */
export async function verifyAnalysis(ctx: StageContext, stop: AbortSignal): Promise<AnalysisResult[]> {
  const { settings, deps } = ctx;
  const gates = settings.analysis;
  if (gates.length === 0) return [];
  const ports = await ctx.azure();
  const ex = executorFor(
    { ...ctx, signal: AbortSignal.any([ctx.signal, stop]) },
    { retryBaseMs: ports.monitor.pollIntervalMs, timeoutMs: analysisBudgetMs(gates), budgetName: 'analysis' },
  );
  const results = await runAnalysis(gates, {
    ex,
    monitor: ports.monitor,
    clock: deps.clock,
    log: deps.host,
    target: monitoredTarget(settings),
    resourceGroup: settings.deploy.resourceGroup ?? settings.resourceGroup,
    context: {
      version: ctx.outputs.imageVersion ?? explicitVersion(settings),
      previousVersion: ctx.outputs.previousImageVersion,
      since: deps.clock.now(),
    },
    runSignal: ctx.signal,
  });
  return results.map((r) => ({ ...r, during: 'verify' }));
}
