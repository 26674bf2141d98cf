/**
 * Analysis preflight: before the deploy's first write (the deploy lock's lease included), every
 * gate is asked of Azure once, as its measurements will ask: a metrics read of a short window
 * for its metric names, its query (placeholders substituted) over a short timespan ending in
 * `| take 0`, one alerts list, and the alert rules it names. A gate Azure refuses — an unknown
 * metric or resource, a query that does not parse or compile, a workspace that does not exist, a
 * role the identity lacks — would otherwise be found only after the rollout, failing the release
 * and rolling it back; here it fails the step with nothing written. No verdict is taken: the
 * release is not serving yet.
 */
import type { FiredAlert, LogsAnswer, MetricsAnswer, MonitorCall, MonitorPort } from '../azure/monitor-port.js';
import { CancelledError, EngineError } from '../errors.js';
import type { RolloutExecutor } from '../rollout/executor.js';
import { executorFor } from '../rollout/for-stage.js';
import type { StageContext } from '../stages/stage.js';
import { monitoredTarget } from './for-stage.js';
import { roundReads, type RoundRead } from './reads.js';
import { resolveGate } from './resolve.js';
import { ruleProblem } from './run.js';
import type { AnalysisContext, AnalysisGate } from './types.js';

/** How far back the preflight reads: enough for Azure to check the request, little to scan. */
export const PREFLIGHT_WINDOW_MS = 5 * 60_000;
/** The preflight's own budget: a few reads, with room for Azure's throttling. */
const PREFLIGHT_BUDGET_MS = 2 * 60_000;

/** Checks every gate once; throws one error naming each gate Azure refuses. A no-op in plan mode. */
export async function preflightAnalysis(ctx: StageContext, version?: string): Promise<void> {
  const { settings } = ctx;
  if (settings.analysis.length === 0 || settings.dryRun) return;
  const { monitor } = await ctx.azure();
  const ex = executorFor(ctx, {
    retryBaseMs: monitor.pollIntervalMs,
    timeoutMs: PREFLIGHT_BUDGET_MS,
    budgetName: 'analysis preflight',
  });
  const now = ctx.deps.clock.now();
  const context: AnalysisContext = { ...(version ? { version } : {}), since: now - PREFLIGHT_WINDOW_MS };
  const problems: string[] = [];
  for (const gate of settings.analysis) {
    const problem = await gateProblem(gate, { ctx, ex, monitor, context, now });
    if (problem) problems.push(`${gate.input} ('${gate.name}'): ${problem}`);
  }
  if (problems.length === 0) {
    ctx.deps.host.info(`Analysis preflight: Azure Monitor answers all ${settings.analysis.length} gate(s).`);
    return;
  }
  const refused = `Azure refuses ${problems.length} of them; nothing was written`;
  throw new EngineError(
    'terminal',
    `the analysis gates were checked before the deploy and ${refused}: ${problems.join('; ')}`,
  );
}

interface Env {
  readonly ctx: StageContext;
  readonly ex: RolloutExecutor;
  readonly monitor: MonitorPort;
  readonly context: AnalysisContext;
  readonly now: number;
}

/** What Azure refuses about one gate, or undefined. */
async function gateProblem(gate: AnalysisGate, env: Env): Promise<string | undefined> {
  const { settings } = env.ctx;
  const resolved = resolveGate(gate, env.monitor.subscriptionId, monitoredTarget(settings));
  try {
    if (gate.kind === 'alerts') {
      for (const rule of gate.rules) {
        const problem = await ruleProblem(
          gate,
          rule,
          env.monitor,
          env.ex,
          settings.deploy.resourceGroup ?? settings.resourceGroup,
        );
        if (problem) return problem;
      }
    }
    for (const read of roundReads([resolved], env.context, env.now)) {
      const answer = await env.ex.read(read.what, (call) => send(shortened(read, env.now), env.monitor, call));
      const refused = metricErrors(read, answer);
      if (refused) return refused;
    }
    return undefined;
  } catch (err) {
    if (err instanceof CancelledError || !(err instanceof EngineError)) throw err;
    return err.message;
  }
}

/** The read over the last few minutes only; a query also ends in `| take 0` (Azure still compiles it all). */
function shortened(read: RoundRead, now: number): RoundRead {
  const from = Math.max(read.request.from, now - PREFLIGHT_WINDOW_MS);
  if (read.kind === 'metrics') return { ...read, request: { ...read.request, from } };
  if (read.kind === 'alerts') return { ...read, request: { ...read.request, from } };
  // On a line of its own: a query may end in a // comment.
  return { ...read, request: { ...read.request, from, query: `${read.request.query}\n| take 0` } };
}

/** A metric Azure answered with an error code of its own (the call itself succeeded). */
function metricErrors(read: RoundRead, answer: Answer): string | undefined {
  if (read.kind !== 'metrics') return undefined;
  const errors = Object.entries((answer as MetricsAnswer).errors ?? {});
  return errors.length > 0 ? `${read.what}: ${errors.map(([m, e]) => `${m}: ${e}`).join('; ')}` : undefined;
}

type Answer = MetricsAnswer | FiredAlert[] | LogsAnswer;

function send(read: RoundRead, monitor: MonitorPort, call: MonitorCall): Promise<Answer> {
  if (read.kind === 'metrics') return monitor.metrics(read.request, call);
  if (read.kind === 'alerts') return monitor.firedAlerts(read.request, call);
  return monitor.query(read.request, call);
}
