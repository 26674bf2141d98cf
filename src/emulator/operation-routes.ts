import { ArmError } from './errors.js';
import type { Router } from './router.js';
import type { ArmRequest, Reply } from './types.js';

/**
 * Generic operation-status endpoints that LroManager.headers() points at:
 *  - Azure-AsyncOperation: .../operationStatuses/{id} → 200 { status: InProgress|Succeeded|Failed, error? }
 *  - Location:             .../operationResults/{id}  → 202 while running, then the result (200/204) or the error.
 */
export function registerOperationRoutes(router: Router): void {
  const base = '/subscriptions/{subscriptionId}/providers/{namespace}/locations/{location}';
  router.add({
    method: 'GET',
    path: `${base}/operationStatuses/{operationId}`,
    operation: 'OperationStatuses_Get',
    apiVersions: '*',
    handler: getStatus,
  });
  router.add({
    method: 'GET',
    path: `${base}/operationResults/{operationId}`,
    operation: 'OperationResults_Get',
    apiVersions: '*',
    handler: getResult,
  });
}

function findOperation(req: ArmRequest) {
  const op = req.emu.lro.get(req.params['operationId'] ?? '');
  if (!op)
    throw new ArmError(404, 'OperationNotFound', `The operation '${req.params['operationId']}' could not be found.`);
  return op;
}

function getStatus(req: ArmRequest): Reply {
  const op = findOperation(req);
  const headers: Record<string, string> =
    op.status === 'InProgress' ? { 'Retry-After': req.emu.clock.retryAfter(10) } : {};
  return { status: 200, body: req.emu.lro.statusBody(op), headers };
}

function getResult(req: ArmRequest): Reply {
  const op = findOperation(req);
  if (op.status === 'InProgress') {
    return { status: 202, headers: { Location: req.url.toString(), 'Retry-After': req.emu.clock.retryAfter(10) } };
  }
  if (op.status === 'Failed') {
    const err = op.error ?? { code: 'OperationFailed', message: 'The operation failed.' };
    throw new ArmError(400, err.code, err.message, err.details ?? []);
  }
  return op.result ? op.result() : { status: 204 };
}
