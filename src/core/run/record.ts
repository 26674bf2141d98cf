/**
 * The deployment record: the run at a glance as JSON, for downstream tooling (output
 * `record-file`). The same facts as the summary, in a stable, versioned shape.
 */
import type { AnalysisResult } from '../analysis/types.js';
import { descriptorOf } from '../deploy/registry.js';
import type { RunInfo } from '../ports.js';
import type { Settings } from '../settings/types.js';
import { outputStrings, resultOutput } from './outputs.js';
import type { RunResult } from './result.js';
import { keyFacts } from './summary.js';

export const RECORD_SCHEMA = 'immutable-deploy/record@1';

export interface DeploymentRecord {
  readonly schema: typeof RECORD_SCHEMA;
  readonly status: RunResult['status'];
  readonly dryRun: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly run?: RunInfo;
  readonly target: { readonly strategy: string; readonly resourceGroup?: string; readonly name?: string };
  readonly stages: RunResult['stages'];
  /** The step outputs exactly as published (strings). */
  readonly outputs: Record<string, string>;
  readonly facts: Record<string, string>;
  /** Analysis gates (between rolling batches, then verify's), with measurements (as analysis-results). */
  readonly analysis?: readonly AnalysisResult[];
  readonly warnings: readonly string[];
  readonly error?: RunResult['error'];
}

export function deploymentRecord(result: RunResult, settings: Settings, run?: RunInfo): DeploymentRecord {
  const d = settings.deploy;
  return {
    schema: RECORD_SCHEMA,
    status: result.status,
    dryRun: result.dryRun,
    startedAt: new Date(result.startedAt).toISOString(),
    durationMs: result.durationMs,
    run,
    target: { strategy: d.strategy, resourceGroup: d.resourceGroup, name: descriptorOf(d.strategy).targetName(d) },
    stages: result.stages,
    outputs: outputStrings(result.outputs, resultOutput(result)),
    facts: Object.fromEntries(keyFacts(result)),
    ...(result.outputs.analysisResults ? { analysis: result.outputs.analysisResults } : {}),
    warnings: result.warnings,
    error: result.error,
  };
}
