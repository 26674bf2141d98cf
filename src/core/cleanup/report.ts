/**
 * The outcome of applied clean-up actions as a step result, sized for a step summary (GitHub caps
 * one at 1 MiB): counts, and the first `summaryNames` names of each list. The full lists are the
 * outputs (cleaned-versions, retired-versions, kept-in-use), which the JSON record file holds.
 */
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { StepResult } from '../stages/stage.js';
import type { CleanupAction } from './actions.js';
import type { ActionResult } from './apply.js';

/** The clean-up plan: the actions, and what the summary says about what was kept and why. */
export interface CleanupPlan {
  readonly actions: readonly CleanupAction[];
  /** Gallery and definition, for the messages. */
  readonly where: string;
  /** Old versions kept because something uses them. */
  readonly keptInUse: string[];
  readonly facts: readonly SummaryItem[];
  /** Superseded versions left for a later run by the per-run cap. */
  readonly deferred: number;
}

export interface ApplyFacts {
  readonly summaryNames: number;
  readonly throttles: number;
  readonly rechecks: number;
  /** Listings of the definition's versions that confirmed the deletes. */
  readonly listings?: number;
}

const versionOf = (a: CleanupAction, kind: CleanupAction['kind']) =>
  a.kind === kind && 'version' in a ? [a.version.version] : [];

/** 'a, b, c' or 'a, b, … and 3 more'. */
export function firstNames(names: readonly string[], n: number, sep = ', '): string {
  return names.length <= n ? names.join(sep) : `${names.slice(0, n).join(sep)}${sep}… and ${names.length - n} more`;
}

/** The outcome of the applied actions: 'failed' (with its outputs) when any failed. */
export function reportApplied(p: CleanupPlan, results: readonly ActionResult[], f: ApplyFacts): StepResult {
  const done = results.filter((r) => !r.error && !r.keptInUse && !r.notStarted);
  const failed = results.filter((r) => r.error);
  const recheckKept = results.filter((r) => r.keptInUse);
  const notStarted = results.filter((r) => r.notStarted);
  const keptInUse = [
    ...p.keptInUse,
    ...recheckKept.map((r) => (r.action.kind === 'delete-version' ? r.action.version.version : '')),
  ];
  const outputs: Partial<RunOutputs> = {
    cleanedVersions: done.flatMap((r) => versionOf(r.action, 'delete-version')),
    retiredVersions: done.flatMap((r) => versionOf(r.action, 'retire-version')),
    keptInUse,
    cleanupFailures: failed.length + notStarted.length,
  };
  const n = f.summaryNames;
  const items: SummaryItem[] = [
    ...p.facts,
    ...recheckKept.slice(0, n).map((r): SummaryItem => ({
      kind: 'fact',
      label: `kept ${r.action.write.resource}`,
      value: `in use at the re-check before its delete: ${r.keptInUse}`,
    })),
    ...done.slice(0, n).map((r): SummaryItem => ({
      kind: 'action',
      label: r.action.write.operation,
      value: `${r.action.write.resource}: ${r.action.write.why}`,
    })),
    ...(done.length > n
      ? [
          {
            kind: 'fact',
            label: 'done',
            value: `… and ${done.length - n} more action(s) (outputs cleaned-versions / retired-versions list them all)`,
          } satisfies SummaryItem,
        ]
      : []),
    ...failed.slice(0, n).map((r): SummaryItem => ({
      kind: 'check',
      label: `${r.action.write.operation} ${r.action.write.resource}`,
      value: r.error!,
      ok: false,
    })),
    ...(f.throttles > 0
      ? [
          {
            kind: 'fact',
            label: 'throttled',
            value: `Azure throttled ${f.throttles} call(s); clean-up paused and retried them`,
          } satisfies SummaryItem,
        ]
      : []),
    ...(f.rechecks > 0
      ? [
          {
            kind: 'fact',
            label: 're-checks',
            value: `${f.rechecks} fresh in-use check(s) before deletes`,
          } satisfies SummaryItem,
        ]
      : []),
    ...(f.listings
      ? [
          {
            kind: 'fact',
            label: 'confirmed',
            value: `deletes confirmed by ${f.listings} listing(s) of the definition's versions`,
          } satisfies SummaryItem,
        ]
      : []),
  ];
  const summary = `${done.length} of ${p.actions.length} clean-up action(s) done (${outputs.cleanedVersions!.length} version(s) deleted, ${outputs.retiredVersions!.length} retired${keptInUse.length > 0 ? `, ${keptInUse.length} old version(s) kept in use` : ''}${p.deferred > 0 ? `, ${p.deferred} left for the next run` : ''})`;
  const problems = [
    ...failed.map((r) => `${r.action.write.resource} (${r.error})`),
    ...(notStarted.length > 0 ? [`${notStarted.length} not started: clean-up's time limit ran out`] : []),
  ];
  if (problems.length > 0) {
    const count = failed.length + notStarted.length;
    return {
      status: 'failed',
      outputs,
      items,
      message: `${count} clean-up action(s) failed: ${firstNames(problems, 5, '; ')}; ${summary}`,
    };
  }
  const nothing = p.actions.length === 0;
  return {
    status: nothing ? 'skipped' : 'succeeded',
    outputs,
    items,
    message: nothing ? `nothing to clean up in ${p.where}` : summary,
  };
}
