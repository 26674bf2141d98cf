/**
 * The outcome of applied clean-up actions as a step result, sized for a step summary (GitHub caps
 * one at 1 MiB): counts, and the first `summaryNames` names of each list. The full lists are the
 * outputs (cleaned-versions, retired-versions, kept-in-use), which the JSON record file holds.
 */
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { StepResult } from '../stages/stage.js';
import type { CleanupAction, Kept } from './actions.js';
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
  /** Every version retention kept, with why (newest first); for the decision lines. */
  readonly kept?: readonly Kept[];
  /** The superseded versions the per-run cap left for a later run (newest first). */
  readonly deferredNames?: readonly string[];
  /** Versions seen in the definition. */
  readonly versionCount?: number;
}

/** The classes of a kept version, in the order the decision lines give them. */
const KEPT_CLASSES: readonly { readonly label: string; readonly test: (k: Kept) => boolean }[] = [
  { label: 'in use', test: (k) => k.inUse },
  { label: 'as the newest (keep-versions)', test: (k) => k.reason.startsWith('one of the newest') },
  {
    label: 'as younger than keep-days',
    test: (k) => k.reason.startsWith('younger than keep-days') || k.reason.startsWith('no published date'),
  },
  { label: 'as Azure is still changing them', test: (k) => k.reason.startsWith('provisioning state') },
  { label: 'as already retired', test: (k) => k.reason.startsWith('already') },
];

/**
 * What clean-up decided, one line per class — kept (in use, newest, keep-days, busy, already retired),
 * to delete, to retire, deferred, leftovers — each a count and the first `n` names: bounded, whatever
 * the gallery holds. In-use names carry what uses them.
 */
export function decisionLines(p: CleanupPlan, n: number): string[] {
  const lines = [`Clean-up of ${p.where}: ${p.versionCount ?? 0} version(s) seen.`];
  const kept = p.kept ?? [];
  const classified = new Set<Kept>();
  for (const c of KEPT_CLASSES) {
    const members = kept.filter((k) => !classified.has(k) && c.test(k));
    members.forEach((k) => classified.add(k));
    if (members.length === 0) continue;
    const names = members.map((k) => (k.inUse ? `${k.version} (${k.reason})` : k.version));
    lines.push(`Clean-up: kept ${members.length} ${c.label}: ${firstNames(names, n)}.`);
  }
  const other = kept.filter((k) => !classified.has(k));
  if (other.length > 0) {
    const names = other.map((k) => `${k.version} (${k.reason})`);
    lines.push(`Clean-up: kept ${other.length} for other reasons: ${firstNames(names, n)}.`);
  }
  const byKind = (kind: CleanupAction['kind']) => p.actions.filter((a) => a.kind === kind);
  const named = (as: readonly CleanupAction[]) => as.flatMap((a) => versionOf(a, a.kind));
  const deletes = byKind('delete-version');
  const retires = byKind('retire-version');
  if (deletes.length > 0)
    lines.push(`Clean-up: delete ${deletes.length} superseded: ${firstNames(named(deletes), n)}.`);
  if (retires.length > 0)
    lines.push(`Clean-up: retire ${retires.length} superseded: ${firstNames(named(retires), n)}.`);
  if (p.deferred > 0) {
    const names = p.deferredNames ? `: ${firstNames(p.deferredNames, n)}` : '';
    lines.push(`Clean-up: left ${p.deferred} superseded for the next run (cleanup-max-deletes)${names}.`);
  }
  const others = p.actions.filter((a) => a.kind !== 'delete-version' && a.kind !== 'retire-version');
  if (others.length > 0) {
    const names = others.map((a) => a.write.resource);
    lines.push(`Clean-up: ${others.length} other action(s) (bake leftovers, idle colour): ${firstNames(names, n)}.`);
  }
  if (kept.length === 0 && p.actions.length === 0) lines.push('Clean-up: nothing kept, nothing to do.');
  return lines;
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
    ...(notStarted.length > 0
      ? [`${notStarted.length} not started: clean-up's time limit ('cleanup-timeout') ran out`]
      : []),
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
