import type { OperationRecord } from '../lro.js';
import type { ArmRequest, Reply } from '../types.js';
import type { SimOperation } from './timeline.js';

/**
 * Exposes a simulated operation (which ends whenever the simulation says so, not after a fixed
 * duration) through the emulator's LroManager, so the generic operationStatuses/operationResults
 * routes serve it. The record is started without a timer and settled from the simulation.
 * Injected `lro-failed` / `lro-never-ends` faults keep their usual meaning.
 */
export interface TrackOptions {
  resourceId: string;
  location?: string;
  onSuccess?: () => void;
  onFailure?: (error: { code: string; message: string }) => void;
  result?: () => Reply;
}

export function trackSimOperation(req: ArmRequest, simOp: SimOperation, options: TrackOptions): OperationRecord {
  const base = { resourceId: options.resourceId, location: options.location, result: options.result };
  if (req.lroFault) {
    return req.emu.lro.start(req, {
      ...base,
      durationSeconds: 0,
      onFailure: options.onFailure,
      onSuccess: options.onSuccess,
    });
  }
  const record = req.emu.lro.start({ ...req, lroFault: { kind: 'lro-never-ends' } }, { ...base, durationSeconds: 0 });
  simOp.onDone((op) => {
    record.endMs = op.endTimeMs ?? req.emu.clock.now();
    if (op.status === 'Failed') {
      record.error = op.error ?? { code: 'InternalOperationError', message: 'The operation failed.' };
      options.onFailure?.(record.error);
    } else if (op.status === 'Succeeded') {
      options.onSuccess?.();
    }
    record.status = op.status;
    req.emu.state.touch();
  });
  return record;
}
