/**
 * The typed outputs stages produce. Two kinds share one object as it passes from stage to stage:
 * what is published (action outputs, task variables: the OUTPUTS table, `PublishedOutputs`) and
 * what only later stages read (`StageState`: rollback plan, planned image…), never published.
 */
import type { AnalysisResult } from '../analysis/types.js';
import type { ProbeResult, RollbackPlan, TargetCheck } from '../model.js';
import { OUTPUTS } from '../settings/table.js';

/** What a step publishes, by the OUTPUTS table's names in camelCase. */
export interface PublishedOutputs {
  imageVersion?: string;
  imageId?: string;
  managedImageId?: string;
  baked?: boolean;
  bakeKey?: string;
  replicatedRegions?: readonly string[];
  previousImageVersion?: string;
  upgradedInstances?: number;
  activeSlot?: string;
  previousSlot?: string;
  previewUrl?: string;
  swapped?: boolean;
  /** Canary: the share (%) of production traffic on the new release when the run ended. */
  canaryWeight?: number;
  /** Canary: the last step reached, 'n/total: step'. */
  canaryStep?: string;
  rolledBack?: boolean;
  verifyResult?: 'passed' | 'failed' | 'skipped';
  probeResults?: readonly ProbeResult[];
  cleanedVersions?: readonly string[];
  retiredVersions?: readonly string[];
  keptInUse?: readonly string[];
  cleanupFailures?: number;
  recordFile?: string;
  /** Verify's target checks and command, one entry per check (published as JSON: check-results). */
  checkResults?: readonly TargetCheck[];
  /** Analysis gates (between rolling batches, then verify's), with measurements (JSON: analysis-results). */
  analysisResults?: readonly AnalysisResult[];
}

/** Stage-to-stage state: later stages of the same run read it; it is never published. */
export interface StageState {
  /** A gallery image version the bake produced itself (Image Builder, Packer's gallery output): publish adopts it. Not a step output. */
  galleryImageVersionId?: string;
  /** The resolved base image the bake key covers (provenance tag). Not a step output. */
  bakeBaseImage?: string;
  /** What undoes this run's deploy, for the rollback stage after a failed verify. Not a step output. */
  rollbackPlan?: RollbackPlan;
  /** The deploy stage ran and changed nothing (already on the version): nothing to roll back. Not a step output. */
  deployUnchanged?: boolean;
  /** Plan mode: the image an earlier stage would build, in words (it has no id yet). Not a step output. */
  plannedImage?: string;
  /** Plan mode: the gallery image version id an earlier stage would create (it does not exist yet). Not a step output. */
  plannedImageId?: string;
  /** A canary's end ('paused' at an open pause): published as the 'result' output in place of the run's status. */
  canaryResult?: 'promoted' | 'aborted' | 'paused';
}

export type RunOutputs = PublishedOutputs & StageState;

const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Plan mode publishes only what is true without any write: the version the plan is about and what
 * the target ran before. No id of a resource that does not exist, no 'baked: true', no counts.
 */
const PLANNED_OUTPUTS = new Set(['image-version', 'previous-image-version', 'verify-result', 'record-file']);

/** The result output: 'planned' for a plan that went through, else the run's status. */
export const resultOutput = (result: { status: string; dryRun: boolean }): string =>
  result.dryRun && result.status === 'succeeded' ? 'planned' : result.status;

/**
 * Outputs a later step branches on, published even when no stage set them, so a condition such as
 * `steps.x.outputs.rolled-back == 'true'` never reads an unset output. Not in a plan.
 */
const DEFAULT_OUTPUTS: Readonly<Record<string, string>> = { 'rolled-back': 'false' };

/** The outputs as the strings a pipeline step publishes, keyed by the table's kebab-case names. */
export function outputStrings(outputs: RunOutputs, result: string): Record<string, string> {
  // A canary says how it ended ('promoted' / 'paused' / 'aborted'); a plan stays 'planned'; a
  // promoted release that a failed verify rolled back is the run's status again.
  const undone = outputs.canaryResult === 'promoted' && outputs.rolledBack === true;
  const canary = undone ? undefined : outputs.canaryResult;
  const out: Record<string, string> = { result: result === 'planned' ? result : (canary ?? result) };
  for (const def of OUTPUTS) {
    const value =
      (outputs as Record<string, unknown>)[camel(def.name)] ??
      (result === 'planned' ? undefined : DEFAULT_OUTPUTS[def.name]);
    if (value === undefined || def.name === 'result') continue;
    if (result === 'planned' && !PLANNED_OUTPUTS.has(def.name)) continue;
    out[def.name] = format(def.name, value);
  }
  return out;
}

function format(name: string, value: unknown): string {
  if (name === 'probe-results') {
    return JSON.stringify(
      (value as ProbeResult[]).map(({ name: n, url, passed, attempts, reason }) => ({
        name: n,
        url,
        passed,
        attempts,
        reason,
      })),
    );
  }
  if (name === 'check-results' || name === 'analysis-results') return JSON.stringify(value);
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}
