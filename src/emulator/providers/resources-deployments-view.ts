import type { ArmErrorBody } from '../errors.js';
import type { Json, StoredResource } from '../state.js';
import type { EvaluatedTemplate } from '../arm-template/template.js';
import type { TemplateResource } from '../arm-template/resources.js';

/**
 * Wire shapes of Microsoft.Resources/deployments (DeploymentExtended, DeploymentOperation,
 * DeploymentValidateResult; specification/resources/resource-manager/Microsoft.Resources/
 * deployments/stable/2026-06-01/deployments.json). The stored resource's body is the
 * DeploymentExtended; its `meta.operations` the deployment operations.
 */
export const DEPLOYMENT_TYPE = 'Microsoft.Resources/deployments';

export interface OperationEntry {
  operationId: string;
  provisioningOperation: 'Create' | 'EvaluateDeploymentOutput';
  provisioningState: 'Running' | 'Succeeded' | 'Failed';
  startMs: number;
  endMs?: number;
  statusCode?: string;
  statusMessage?: Json;
  targetResource?: { id: string; resourceType: string; resourceName: string; apiVersion: string };
}

export const operationsOf = (res: StoredResource): OperationEntry[] =>
  ((res.meta['operations'] as OperationEntry[] | undefined) ??= []);

export const propsOf = (res: StoredResource): Json => res.body['properties'] as Json;

/** ISO 8601 duration as ARM writes it ("PT12.345S"). */
export function isoDuration(ms: number): string {
  return `PT${(Math.max(0, ms) / 1000).toFixed(3).replace(/\.?0+$/, '')}S`;
}

/** The `providers` and `dependencies` summaries of a deployment, from its evaluated template. */
export function summaries(evaluated: EvaluatedTemplate, location: (r: TemplateResource) => string | undefined): Json {
  const providers = new Map<string, Map<string, Set<string>>>();
  for (const r of evaluated.resources) {
    const [namespace, ...rest] = r.type.split('/');
    const types = providers.get(namespace!) ?? new Map<string, Set<string>>();
    providers.set(namespace!, types);
    const locations = types.get(rest.join('/')) ?? new Set<string>();
    types.set(rest.join('/'), locations);
    const loc = location(r);
    if (loc) locations.add(loc);
  }
  const ref = (r: TemplateResource) => ({ id: r.id, resourceType: r.type, resourceName: r.name });
  return {
    providers: [...providers].map(([namespace, types]) => ({
      namespace,
      resourceTypes: [...types].map(([resourceType, locations]) => ({ resourceType, locations: [...locations] })),
    })),
    dependencies: evaluated.resources.flatMap((r, i) => {
      const deps = evaluated.dependencies[i]!;
      return deps.length === 0 ? [] : [{ ...ref(r), dependsOn: deps.map((d) => ref(evaluated.resources[d]!)) }];
    }),
  };
}

/** DeploymentOperation wire body. */
export function operationView(deployment: StoredResource, op: OperationEntry, nowMs: number): Json {
  const properties: Json = {
    provisioningOperation: op.provisioningOperation,
    provisioningState: op.provisioningState,
    timestamp: new Date(op.endMs ?? op.startMs).toISOString(),
    duration: isoDuration((op.endMs ?? nowMs) - op.startMs),
  };
  if (op.statusCode) properties['statusCode'] = op.statusCode;
  if (op.statusMessage) properties['statusMessage'] = op.statusMessage;
  if (op.targetResource) properties['targetResource'] = op.targetResource;
  return { id: `${deployment.id}/operations/${op.operationId}`, operationId: op.operationId, properties };
}

/** HTTP status name as deployment operations report it ("OK", "Created", "BadRequest", "Conflict"...). */
export function statusName(status: number): string {
  const names: Record<number, string> = {
    200: 'OK',
    201: 'Created',
    202: 'Accepted',
    204: 'NoContent',
    400: 'BadRequest',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'Conflict',
    412: 'PreconditionFailed',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    503: 'ServiceUnavailable',
  };
  return names[status] ?? String(status);
}

/**
 * The deployment's error once resources failed (code DeploymentFailed, as Azure reports it —
 * learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors), one
 * detail per failed resource (resourceFailure).
 */
export function deploymentFailed(details: ArmErrorBody[]): ArmErrorBody {
  return {
    code: 'DeploymentFailed',
    message:
      'At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage details.',
    details,
  };
}

/**
 * One failed resource in the deployment's error, `target` naming the resource id. A provider
 * that refused the request answers with its own error; an operation that ended Failed is wrapped
 * in ResourceDeploymentFailure ("terminal provisioning state 'Failed'"), as deployment operation
 * listings show it (e.g. microsoft/Partner-Center-Storefront#29, OfficeDev/microsoft-teams-apps-company-communicator#135).
 */
export function resourceFailure(id: string, error: ArmErrorBody, async: boolean): ArmErrorBody {
  if (!async) return { ...error, target: id };
  return {
    code: 'ResourceDeploymentFailure',
    target: id,
    message: "The resource operation completed with terminal provisioning state 'Failed'.",
    details: [error],
  };
}
