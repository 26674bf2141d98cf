/** The engine's public surface, for the adapters. */
export { parseSettings, type ParseOptions } from './settings/parse.js';
export { SettingsError, type InputNamer } from './settings/errors.js';
export {
  INPUTS,
  OUTPUTS,
  inputsFor,
  findInput,
  type InputDef,
  type OutputDef,
  type Adapter,
} from './settings/table.js';
export type { ReadInput } from './settings/reader.js';
export type * from './settings/types.js';
export { runEngine } from './run/runner.js';
export { outputStrings, type RunOutputs } from './run/outputs.js';
export type { RunResult, StageReport, RunStatus, StageStatus, SummaryItem, PlannedStageWrite } from './run/result.js';
export { formatWrite, type PlannedWrite, type PlanOperation } from './plan/action.js';
export { renderMarkdown, renderText } from './run/summary.js';
export { redactor, MASK } from './run/redact.js';
export { EngineError, CancelledError, asEngineError, type ErrorKind } from './errors.js';
export type { EngineDeps, Stage, StageContext, StepResult } from './stages/stage.js';
export { releaseHeldLock, type HeldLock } from './lock/lock.js';
export type * from './ports.js';
