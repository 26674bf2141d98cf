/** The typed outputs stages produce; later stages consume them, adapters publish them as strings. */
import type { ProbeResult } from '../verify/probe-types.js';
import type { RollbackPlan, TargetCheck } from '../deploy/strategy.js';
import { OUTPUTS } from '../settings/table.js';

export interface RunOutputs {
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
  rolledBack?: boolean;
  verifyResult?: 'passed' | 'failed' | 'skipped';
  probeResults?: readonly ProbeResult[];
  cleanedVersions?: readonly string[];
  retiredVersions?: readonly string[];
  keptInUse?: readonly string[];
  cleanupFailures?: number;
  recordFile?: string;
  /** A gallery image version the bake produced itself (Image Builder, Packer's gallery output): publish adopts it. Not a step output. */
  galleryImageVersionId?: string;
  /** The resolved base image the bake key covers (provenance tag). Not a step output. */
  bakeBaseImage?: string;
  /** Verify's target checks and command, one entry per check (published as JSON: check-results). */
  checkResults?: readonly TargetCheck[];
  /** What undoes this run's deploy, for the rollback stage after a failed verify. Not a step output. */
  rollbackPlan?: RollbackPlan;
  /** The deploy stage ran and changed nothing (already on the version): nothing to roll back. Not a step output. */
  deployUnchanged?: boolean;
  /** Plan mode: the image an earlier stage would build, in words (it has no id yet). Not a step output. */
  plannedImage?: string;
  /** Plan mode: the gallery image version id an earlier stage would create (it does not exist yet). Not a step output. */
  plannedImageId?: string;
}

const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The outputs as the strings a pipeline step publishes, keyed by the table's kebab-case names. */
export function outputStrings(outputs: RunOutputs, result: string): Record<string, string> {
  const out: Record<string, string> = { result };
  for (const def of OUTPUTS) {
    const value = (outputs as Record<string, unknown>)[camel(def.name)];
    if (value === undefined || def.name === 'result') continue;
    out[def.name] = format(def.name, value);
  }
  return out;
}

function format(name: string, value: unknown): string {
  if (name === 'probe-results') {
    return JSON.stringify((value as ProbeResult[]).map(({ name: n, url, passed, attempts, reason }) => ({ name: n, url, passed, attempts, reason })));
  }
  if (name === 'check-results') return JSON.stringify(value);
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}
