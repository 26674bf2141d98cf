/**
 * Runs analysis gates on the rollout executor: every gate's measurements at its interval, the
 * gates due at the same moment measured together (src/core/analysis/reads.ts: one call per
 * resource, one alerts list, one query per gate), each read bounded and retried by `ex.read`,
 * each pause by `ex.hold`; then each gate's verdict journalled as a gate step. Plan mode: each
 * gate is a "would check" line and nothing is read.
 *
 * A gate that cannot be judged (a metric or query Azure refuses, a missing role, an alert rule
 * that does not exist or is disabled) fails at once with Azure's reason: it would not judge the
 * release on a later try either.
 */
import type {
  FiredAlert,
  LogsAnswer,
  MetricsAnswer,
  MonitorCall,
  MonitorPort,
  MonitoredTarget,
} from '../azure/monitor-port.js';
import { CancelledError, EngineError } from '../errors.js';
import type { Clock, Logger } from '../ports.js';
import type { RolloutExecutor } from '../rollout/executor.js';
import { formatDuration } from '../duration.js';
import { judgeAlerts, judgeMetric, judgeQuery } from './judge.js';
import { roundReads, type RoundRead } from './reads.js';
import { describeCondition, describeWhere, resolveGate, ruleName, type ResolvedGate } from './resolve.js';
import { Tally } from './tally.js';
import type { AlertsGate, AnalysisContext, AnalysisGate, AnalysisResult } from './types.js';

export interface AnalysisEnv {
  readonly ex: RolloutExecutor;
  /** Absent in plan mode (nothing is read). */
  readonly monitor?: MonitorPort;
  readonly clock: Clock;
  readonly log: Pick<Logger, 'info'>;
  /** What 'target' means (the strategy's descriptor). */
  readonly target?: MonitoredTarget;
  /** Resource group of alert rules named without an id. */
  readonly resourceGroup?: string;
  readonly context: AnalysisContext;
  /** Prefix of the journal labels ('batch 2'). */
  readonly label?: string;
  /** The run's own signal: a cancellation through it is the run's, one through the executor only is a stop. */
  readonly runSignal: AbortSignal;
}

interface GateRun {
  readonly r: ResolvedGate;
  readonly tally: Tally;
  nextAt: number;
}

/** Judges the gates; returns one result per gate (none in plan mode, where each is a "would check" line). */
export async function runAnalysis(gates: readonly AnalysisGate[], env: AnalysisEnv): Promise<AnalysisResult[]> {
  const { ex } = env;
  if (gates.length === 0) return [];
  if (ex.planning || !env.monitor) {
    for (const g of gates) await ex.gate(labelOf(env, g), wouldCheck(g, env.target), unreachable);
    return [];
  }
  const monitor = env.monitor;
  const start = env.clock.now();
  const runs: GateRun[] = gates.map((g) => ({
    r: resolveGate(g, monitor.subscriptionId, env.target),
    tally: new Tally(g.timing),
    nextAt: start + g.timing.initialDelayMs + g.timing.intervalMs,
  }));
  env.log.info(`Analysis: ${gates.length} gate(s), ${gates.map((g) => `'${g.name}' ${cadence(g)}`).join(', ')}.`);
  try {
    await checkRules(runs, monitor, env);
    await measureUntilDone(runs, monitor, env);
  } catch (err) {
    endAll(runs, err, env);
  }
  const results = runs.map((run) => run.tally.result(run.r.gate.name, run.r.gate.kind, run.r.condition));
  for (const [i, result] of results.entries()) await record(env, runs[i]!.r.gate, result);
  return results;
}

/** The verdict as a gate step of the journal; after a stop the executor takes no step: a summary line then. */
async function record(env: AnalysisEnv, gate: AnalysisGate, result: AnalysisResult): Promise<void> {
  const label = labelOf(env, gate);
  try {
    await env.ex.gate(label, wouldCheck(gate, env.target), async () => ({
      passed: result.passed,
      detail: result.detail,
    }));
  } catch (err) {
    if (!(err instanceof CancelledError) || env.runSignal.aborted) throw err;
    env.ex.note({ kind: 'fact', label, value: result.detail });
  }
}

async function measureUntilDone(runs: GateRun[], monitor: MonitorPort, env: AnalysisEnv): Promise<void> {
  for (;;) {
    // One gate failing fails the analysis: the others stop rather than hold up the rollback.
    if (runs.some((g) => g.tally.done && fails(g))) return stopOthers(runs);
    const open = runs.filter((g) => !g.tally.done);
    if (open.length === 0) return;
    const next = Math.min(...open.map((g) => g.nextAt));
    const wait = next - env.clock.now();
    if (wait > 0) await env.ex.hold(`analysis measurement at ${new Date(next).toISOString()}`, wait);
    const due = open.filter((g) => g.nextAt <= next);
    await measureRound(due, monitor, env);
    for (const g of due) g.nextAt += g.r.gate.timing.intervalMs;
  }
}

function stopOthers(runs: GateRun[]): void {
  for (const g of runs)
    if (!g.tally.done)
      g.tally.ended = { verdict: 'inconclusive', detail: 'stopped: another gate failed first', stopped: true };
}

const fails = (g: GateRun) =>
  g.tally.verdict === 'failed' || (g.tally.verdict === 'inconclusive' && g.r.gate.timing.inconclusive === 'fail');

/** One round: the reads of the gates due, in parallel; each gate judged from its read. */
async function measureRound(due: GateRun[], monitor: MonitorPort, env: AnalysisEnv): Promise<void> {
  const now = env.clock.now();
  const at = new Date(now).toISOString();
  const byGate = new Map(due.map((g) => [g.r, g]));
  const reads = roundReads(
    due.map((g) => g.r),
    env.context,
    now,
  );
  await Promise.all(
    reads.map(async (read) => {
      let answer: Answer;
      try {
        answer = await env.ex.read<Answer>(read.what, (call) => send(read, monitor, call));
      } catch (err) {
        for (const r of read.gates) cannotMeasure(byGate.get(r)!, err);
        return;
      }
      for (const r of read.gates) {
        const run = byGate.get(r)!;
        try {
          const judged = judge(read, r, answer, env.context.since);
          run.tally.add({ at, ...judged });
          const n = run.tally.measurements.length;
          env.log.info(`analysis '${r.gate.name}' ${n}/${r.gate.timing.count}: ${judged.verdict}: ${judged.detail}`);
        } catch (err) {
          cannotMeasure(run, err);
        }
      }
    }),
  );
}

/** A read or an answer that cannot be judged (refused, misconfigured): the gate fails with the reason. */
function cannotMeasure(run: GateRun, err: unknown): void {
  if (err instanceof CancelledError || !(err instanceof EngineError)) throw err;
  run.tally.ended = { verdict: 'failed', detail: `could not measure: ${err.message}` };
}

type Answer = MetricsAnswer | FiredAlert[] | LogsAnswer;

function send(read: RoundRead, monitor: MonitorPort, call: MonitorCall): Promise<Answer> {
  if (read.kind === 'metrics') return monitor.metrics(read.request, call);
  if (read.kind === 'alerts') return monitor.firedAlerts(read.request, call);
  return monitor.query(read.request, call);
}

function judge(read: RoundRead, r: ResolvedGate, answer: Answer, since: number) {
  if (read.kind === 'metrics') return judgeMetric(r, answer as MetricsAnswer);
  if (read.kind === 'alerts') return judgeAlerts(r, answer as FiredAlert[], since, read.request.to);
  return judgeQuery(r, answer as LogsAnswer);
}

/**
 * Alert rules named by the gates (metric alert rules: a name, or a Microsoft.Insights/metricAlerts
 * id) must exist and be enabled: a rule that cannot fire would pass the gate whatever the release
 * does. Read once per gate, before the first measurement.
 */
async function checkRules(runs: GateRun[], monitor: MonitorPort, env: AnalysisEnv): Promise<void> {
  for (const run of runs) {
    if (run.r.gate.kind !== 'alerts') continue;
    for (const rule of run.r.gate.rules) {
      const problem = await ruleProblem(run.r.gate, rule, monitor, env.ex, env.resourceGroup);
      if (problem) {
        run.tally.ended = { verdict: 'failed', detail: problem };
        break;
      }
    }
  }
}

/** Why a rule named by an alerts gate could not fail it (missing, disabled), or undefined. */
export async function ruleProblem(
  gate: AlertsGate,
  rule: string,
  monitor: MonitorPort,
  ex: RolloutExecutor,
  resourceGroup?: string,
): Promise<string | undefined> {
  const ref = metricAlertRef(rule, resourceGroup);
  if (!ref) return undefined;
  const found = await ex.read(`reading alert rule ${ref.name}`, (call) =>
    monitor.metricAlertRule(ref.resourceGroup, ref.name, call),
  );
  if (!found)
    return `alert rule '${ref.name}' does not exist in resource group '${ref.resourceGroup}' (${gate.input}.rules)`;
  if (!found.enabled)
    return `alert rule '${ref.name}' is disabled: it cannot fire, so this gate could not fail (${gate.input}.rules)`;
  return undefined;
}

/** Where a metric alert rule named in a gate lives; undefined for other kinds of rule ids. */
function metricAlertRef(rule: string, resourceGroup?: string): { resourceGroup: string; name: string } | undefined {
  if (!rule.startsWith('/')) {
    if (!resourceGroup) throw new EngineError('input', `alert rule '${rule}' is named without a resource group`);
    return { resourceGroup, name: rule };
  }
  const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Insights\/metricAlerts\/([^/]+)$/i.exec(rule);
  return m ? { resourceGroup: m[1]!, name: ruleName(m[2]!) } : undefined;
}

/** The analysis cannot go on (budget spent, run cancelled or stopped): every open gate ends with the reason. */
function endAll(runs: GateRun[], err: unknown, env: AnalysisEnv): void {
  const stopped = err instanceof CancelledError && !env.runSignal.aborted;
  if (err instanceof CancelledError && !stopped) throw err;
  if (!(err instanceof EngineError)) throw err;
  for (const run of runs) {
    if (run.tally.done) continue;
    run.tally.ended = stopped
      ? { verdict: 'inconclusive', detail: 'stopped: another check failed first', stopped: true }
      : { verdict: 'failed', detail: `could not finish: ${err.message}` };
  }
}

function labelOf(env: AnalysisEnv, g: AnalysisGate): string {
  return `${env.label ? `${env.label}: ` : ''}analysis '${g.name}'`;
}

/** The plan line of a gate: what it checks, how often, with which limits. */
export function wouldCheck(g: AnalysisGate, target?: MonitoredTarget): string {
  const t = g.timing;
  const delay = t.initialDelayMs > 0 ? ` after ${formatDuration(t.initialDelayMs)}` : '';
  const limits = [
    `failure-limit ${t.failureLimit}`,
    `inconclusive-limit ${t.inconclusiveLimit}`,
    `inconclusive: ${t.inconclusive}`,
  ].join(', ');
  return `analysis '${g.name}': ${describeCondition(g, describeWhere(g, target))}, ${cadence(g)}${delay} (${limits})`;
}

/** 'every 1m × 3'. */
function cadence(g: AnalysisGate): string {
  return `every ${formatDuration(g.timing.intervalMs)} × ${g.timing.count}`;
}

const unreachable = async (): Promise<never> => {
  throw new Error('internal: a planned gate was run');
};
