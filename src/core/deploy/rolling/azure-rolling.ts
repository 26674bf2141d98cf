/**
 * Rolling mode: Azure runs the upgrade with the scale set's rollingUpgradePolicy once the model
 * changes; the engine follows `rollingUpgrades/latest` and reports progress per batch. A run is
 * told apart from an earlier one by its start time.
 */
import { CancelledError } from '../../errors.js';
import type { RollingUpgradeInfo, ScaleSetPort, ScaleSetRef } from '../../azure/scale-set-port.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import type { Deadline } from '../http-gate.js';
import { RolloutError } from '../rollout-error.js';

/** Polls before concluding that no new upgrade started (the model already matched: a re-run). */
const POLLS_FOR_START = 3;

export type FollowResult = { readonly started: true; readonly info: RollingUpgradeInfo; readonly items: readonly SummaryItem[] } | { readonly started: false; readonly items: readonly SummaryItem[] };

export async function followRollingUpgrade(ctx: StageContext, port: ScaleSetPort, ref: ScaleSetRef, before: RollingUpgradeInfo | undefined, deadline: Deadline, version: string): Promise<FollowResult> {
  const items: SummaryItem[] = [];
  let waitingForStart = 0;
  let lastDone = -1;
  let batch = 0;
  for (;;) {
    if (ctx.signal.aborted) throw new CancelledError(`the run was cancelled while following the rolling upgrade of scale set ${ref.name}`);
    if (deadline.left() <= 0) {
      throw new RolloutError(`Azure's rolling upgrade of scale set ${ref.name} did not finish within 'deploy-timeout'; it goes on in Azure (a re-run follows it)`, { items, outputs: {} }, 'transient');
    }
    const latest = await port.latestRollingUpgrade(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const isNew = latest && (!before || latest.startTime !== before.startTime);
    if (!isNew) {
      if (++waitingForStart > POLLS_FOR_START) return { started: false, items };
      await ctx.deps.sleep(Math.min(port.pollIntervalMs, deadline.left()), ctx.signal);
      continue;
    }
    const done = latest.successful + latest.failed;
    if (done !== lastDone) {
      if (done > 0 && done > lastDone) {
        batch += 1;
        const line = `${done} of ${done + latest.inProgress + latest.pending} instance(s) upgraded to ${version}${latest.failed > 0 ? ` (${latest.failed} failed)` : ''}, ${latest.inProgress} in progress, ${latest.pending} pending`;
        ctx.deps.host.info(`Rolling upgrade of ${ref.name}, batch ${batch}: ${line}.`);
        items.push({ kind: 'action', label: `batch ${batch}`, value: line });
      }
      lastDone = done;
    }
    if (latest.code === 'RollingForward') {
      await ctx.deps.sleep(Math.min(port.pollIntervalMs, Math.max(1, deadline.left())), ctx.signal);
      continue;
    }
    if (latest.code === 'Completed') return { started: true, info: latest, items };
    const why = latest.code === 'Faulted' ? `faulted: ${latest.error ?? 'no error given'}` : `ended ${latest.code}${latest.lastAction === 'Cancel' ? ' (cancelled outside this run)' : ''}`;
    throw new RolloutError(`Azure's rolling upgrade of scale set ${ref.name} ${why} (${latest.successful} upgraded, ${latest.failed} failed, ${latest.pending} pending)`, {
      items: [...items, { kind: 'check', label: 'rolling upgrade', value: why, ok: false }],
      outputs: { upgradedInstances: latest.successful + latest.failed },
    });
  }
}
