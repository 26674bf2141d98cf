/**
 * verify: health gates. HTTP probes (probe-urls / probes, plus the live and preview endpoints),
 * the target's checks through its strategy (scale-set instance health from ONE paged list per look,
 * the remote-access gate), and an optional command. Results per check in the outputs and the
 * summary; the analysis gates (Azure Monitor metrics, fired alerts, KQL: src/core/analysis/) at the
 * same time, stopped early once another check has failed.
 *
 * Plan mode (dry-run) lists the checks it would run and runs none: probes are reads, but a plan
 * judges nothing — the release it would verify was not deployed — and verify-command may write.
 */
import { plannedGates, verifyAnalysis } from '../analysis/for-stage.js';
import type { AnalysisResult } from '../analysis/types.js';
import { CancelledError } from '../errors.js';
import { endpointProbes, endpointsFromSettings } from '../deploy/endpoint-probes.js';
import { descriptorOf } from '../deploy/registry.js';
import type { Endpoint, TargetCheck } from '../deploy/strategy.js';
import type { SummaryItem } from '../run/result.js';
import type { Settings, VerifyCommand } from '../settings/types.js';
import { formatDuration } from '../duration.js';
import { formatProbeResult, runProbes } from '../verify/http-probe.js';
import type { ProbeResult } from '../verify/probe-types.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const verifyStage: Stage = {
  name: 'verify',
  async run(ctx: StageContext): Promise<StepResult> {
    const { settings, deps, signal } = ctx;
    const descriptor = descriptorOf(settings.deploy.strategy);
    const targetChecked = targetIsChecked(settings);
    const strategy = descriptor.targetName(settings.deploy) ? await descriptor.loadStrategy() : undefined;
    const endpoints: Endpoint[] = [
      ...endpointsFromSettings(settings),
      ...(strategy ? await strategy.endpoints(ctx) : []),
    ];
    // Only live endpoints: after a switch or swap the preview endpoint serves the previous release
    // (the rollback target), which the deploy already gated before moving traffic.
    const probes = [
      ...settings.verify.probes,
      ...endpointProbes(
        settings,
        endpoints.filter((e) => e.role === 'live'),
      ),
    ];
    if (settings.dryRun)
      return planVerify(
        ctx,
        probes.map(
          (p) => `probe ${p.name === p.url ? p.url : `${p.name} (${p.url})`}: ${p.successes} success(es) in a row`,
        ),
        targetChecked,
      );
    if (probes.length > 0) deps.host.info(`Probing ${probes.length} endpoint${probes.length === 1 ? '' : 's'}.`);

    const stop = new AbortController();
    const both = AbortSignal.any([signal, stop.signal]);
    // A failed probe or check fails verify whatever the gates say: they stop early, not judged.
    const stopGates = new AbortController();
    const stopGatesOn = <T extends { passed: boolean }>(list: readonly T[]) => {
      if (list.some((x) => !x.passed)) stopGates.abort();
      return list;
    };
    const [probeRun, checkRun, gateRun] = await Promise.allSettled([
      probes.length > 0
        ? runProbes(probes, {
            http: deps.http,
            clock: deps.clock,
            sleep: deps.sleep,
            log: deps.host,
            signal: both,
          }).then(stopGatesOn)
        : Promise.resolve([] as ProbeResult[]),
      targetChecked && strategy
        ? strategy
            .checkTarget(ctx)
            .then(stopGatesOn)
            .catch((e: unknown) => {
              stop.abort(e);
              stopGates.abort(e);
              throw e;
            })
        : Promise.resolve([] as TargetCheck[]),
      verifyAnalysis(ctx, stopGates.signal),
    ]);
    if (signal.aborted) throw new CancelledError('the run was cancelled during verify');
    if (checkRun.status === 'rejected') throw checkRun.reason;
    if (probeRun.status === 'rejected') throw probeRun.reason;
    if (gateRun.status === 'rejected') throw gateRun.reason;
    const results = probeRun.value;
    const checks = [...checkRun.value];
    const gates = gateRun.value;
    if (settings.verify.command) checks.push(await runCommand(ctx, settings.verify.command));

    const items: SummaryItem[] = [
      ...results.map((r) => ({ kind: 'check' as const, label: r.name, value: r.reason, ok: r.passed })),
      ...checks.map((c) => ({
        kind: 'check' as const,
        label: c.name,
        value: c.warning ? `warning: ${c.detail}` : c.detail,
        ok: c.passed,
      })),
      ...gates.map(gateItem),
    ];
    for (const r of results) (r.passed ? deps.host.info : deps.host.error).call(deps.host, formatProbeResult(r));
    for (const c of checks) {
      if (c.warning) ctx.warn(`verify: ${c.name}: ${c.detail}`);
      else
        (c.passed ? deps.host.info : deps.host.error).call(
          deps.host,
          `${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`,
        );
    }
    for (const g of gates) {
      if (g.warning) ctx.warn(`verify: ${g.warning}`);
      else if (!g.stopped)
        (g.passed ? deps.host.info : deps.host.error).call(
          deps.host,
          `${g.passed ? 'PASS' : 'FAIL'} analysis '${g.name}': ${g.detail}`,
        );
    }
    const failedProbes = results.filter((r) => !r.passed);
    const failedChecks = checks.filter((c) => !c.passed);
    const failedGates = gates.filter((g) => !g.passed && !g.stopped);
    const total = results.length + checks.length + gates.length;
    const failedCount = failedProbes.length + failedChecks.length + failedGates.length;
    const outputs = {
      verifyResult: failedCount === 0 ? 'passed' : 'failed',
      probeResults: results,
      ...(checks.length > 0 ? { checkResults: checks } : {}),
      ...(gates.length > 0 ? { analysisResults: gates } : {}),
    } as const;
    const what = checks.length === 0 && gates.length === 0 ? 'probes' : 'checks';
    if (failedCount === 0)
      return { status: 'succeeded', outputs, items, message: `${total} of ${total} ${what} passed` };
    const names = [
      ...failedProbes.map((r) => `'${r.name}'`),
      ...failedChecks.map((c) => `'${c.name}' (${c.detail})`),
      ...failedGates.map((g) => `analysis '${g.name}' (${g.detail})`),
    ].join(', ');
    return { status: 'failed', outputs, items, message: `${failedCount} of ${total} ${what} failed: ${names}` };
  },
};

/** A gate's summary line; a gate stopped because another check failed first is a fact, not a verdict. */
function gateItem(g: AnalysisResult): SummaryItem {
  const label = `analysis '${g.name}'`;
  if (g.stopped) return { kind: 'fact', label, value: 'not judged: another check failed first' };
  return { kind: 'check', label, value: g.warning ? `warning: ${g.detail}` : g.detail, ok: g.passed };
}

/** Whether verify checks the target itself (which calls Azure): a target is named and a check asks for it. */
export function targetIsChecked(settings: Settings): boolean {
  const named = descriptorOf(settings.deploy.strategy).targetName(settings.deploy);
  return !!named && (settings.verify.instanceHealth || settings.verify.remoteAccess !== 'allow');
}

async function runCommand(ctx: StageContext, command: VerifyCommand): Promise<TargetCheck> {
  const shown = command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
  const name = 'command';
  if (!ctx.deps.commands)
    return { name, passed: false, detail: `cannot run '${shown}': this adapter offers no command runner` };
  ctx.deps.host.info(`Running verify-command: ${shown}`);
  const r = await ctx.deps.commands.run(command.argv, { timeoutMs: command.timeoutMs, signal: ctx.signal });
  if (ctx.signal.aborted) throw new CancelledError('the run was cancelled while verify-command ran');
  const tail = r.outputTail ? `; output: …${r.outputTail.slice(-300)}` : '';
  if (r.startError) return { name, passed: false, detail: `'${shown}' could not start: ${r.startError}` };
  if (r.timedOut)
    return {
      name,
      passed: false,
      detail: `'${shown}' did not finish within ${formatDuration(command.timeoutMs)} and was stopped${tail}`,
    };
  if (r.exitCode === 0) return { name, passed: true, detail: `'${shown}' exited 0 in ${formatDuration(r.durationMs)}` };
  return { name, passed: false, detail: `'${shown}' exited ${r.exitCode ?? 'abnormally'}; expected 0${tail}` };
}

/** Plan mode: the checks verify would run, none run; verify-result 'skipped'. */
function planVerify(ctx: StageContext, probes: readonly string[], targetChecked: boolean): StepResult {
  const { settings, deps } = ctx;
  const checks = [...probes];
  if (targetChecked) checks.push(...descriptorOf(settings.deploy.strategy).targetChecks(settings));
  if (settings.verify.command) checks.push(`command: ${settings.verify.command.argv.join(' ')}`);
  checks.push(...plannedGates(settings));
  const items: SummaryItem[] = checks.map((c) => ({ kind: 'fact', label: 'would check', value: c }));
  for (const c of checks) deps.host.info(`plan: would check ${c}`);
  const message = `plan: verify would run ${checks.length} check(s); none runs in plan mode`;
  return { status: 'succeeded', outputs: { verifyResult: 'skipped' }, items, message };
}
