import { ArmError, badRequest } from '../errors.js';
import { pagedReply } from '../paging.js';
import { normalizeLocation, requireResourceGroup } from '../resource-kit.js';
import type { Router } from '../router.js';
import { trackSimOperation } from '../sim/lro-bridge.js';
import { SimOperation } from '../sim/timeline.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, EmulatorContext, Provider, Reply, RouteDef } from '../types.js';
import { prepare, type Prepared } from './resources-deployments-preflight.js';
import { activeRun, DeploymentRun } from './resources-deployments-run.js';
import {
  DEPLOYMENT_TYPE,
  isoDuration,
  operationsOf,
  operationView,
  propsOf,
  summaries,
} from './resources-deployments-view.js';
import { whatIfChanges } from './resources-deployments-whatif.js';

/**
 * Microsoft.Resources/deployments at resource-group scope (specification/resources/resource-manager/
 * Microsoft.Resources/deployments/stable/2026-06-01/deployments.json; 2026-06-01 is what
 * @azure/arm-resourcesdeployments 2 sends). PUT runs the ARM JSON template (src/emulator/arm-template)
 * as a long-running operation, each resource PUT through the emulator's own providers;
 * validate and whatIf are long-running POSTs (202 + Location) that change nothing and are not
 * writes in the request log.
 */
export const DEPLOYMENTS_API_VERSIONS = ['2026-06-01', '2025-04-01', '2025-03-01', '2024-11-01', '2024-03-01'] as const;
const GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
const ONE = `${GROUP}/providers/Microsoft.Resources/deployments/{deploymentName}`;
/**
 * Automatic deletions from deployment history (learn.microsoft.com/azure/azure-resource-manager/templates/
 * deployment-history-deletions): past 700 deployments ARM deletes the oldest until 600 remain; a
 * redeployed name moves to the most recent place.
 */
const HISTORY_PRUNE_ABOVE = 700;
const HISTORY_PRUNE_TO = 600;
const ACTIVE = new Set(['accepted', 'running']);

export const resourcesDeploymentsProvider: Provider = {
  name: 'Microsoft.Resources/deployments',
  register(router: Router) {
    const route = (
      method: RouteDef['method'],
      path: string,
      operation: string,
      handler: RouteDef['handler'],
      write?: boolean,
    ) =>
      ({
        method,
        path,
        operation,
        handler,
        apiVersions: DEPLOYMENTS_API_VERSIONS,
        resourceType: DEPLOYMENT_TYPE,
        ...(write === undefined ? {} : { write }),
      }) satisfies RouteDef;
    router.addAll([
      route('PUT', ONE, 'Deployments_CreateOrUpdate', (req) => createOrUpdate(req, router)),
      route('GET', ONE, 'Deployments_Get', get),
      route('HEAD', ONE, 'Deployments_CheckExistence', (req) => ({ status: find(req) ? 204 : 404 })),
      route('DELETE', ONE, 'Deployments_Delete', remove),
      route('GET', `${GROUP}/providers/Microsoft.Resources/deployments`, 'Deployments_ListByResourceGroup', list),
      route('POST', `${ONE}/validate`, 'Deployments_Validate', (req) => validate(req, router), false),
      route('POST', `${ONE}/whatIf`, 'Deployments_WhatIf', (req) => whatIf(req, router), false),
      route('POST', `${ONE}/cancel`, 'Deployments_Cancel', cancel),
      route('POST', `${ONE}/exportTemplate`, 'Deployments_ExportTemplate', exportTemplate, false),
      // The spec's DeploymentOperations paths have no providers/Microsoft.Resources segment.
      route('GET', `${GROUP}/deployments/{deploymentName}/operations`, 'DeploymentOperations_List', listOperations),
      route(
        'GET',
        `${GROUP}/deployments/{deploymentName}/operations/{operationId}`,
        'DeploymentOperations_Get',
        getOperation,
      ),
    ]);
  },
  /** Runs are not persisted: a deployment caught running by a reload is reported Canceled. */
  onRestore(emu: EmulatorContext) {
    for (const res of emu.state.all()) {
      if (res.type !== DEPLOYMENT_TYPE || !ACTIVE.has(String(propsOf(res)['provisioningState']).toLowerCase()))
        continue;
      propsOf(res)['provisioningState'] = 'Canceled';
    }
  },
};

function find(req: ArmRequest): StoredResource | undefined {
  const group = requireResourceGroup(req);
  return req.emu.state.get(`${group.id}/providers/Microsoft.Resources/deployments/${req.params['deploymentName']}`);
}

function requireDeployment(req: ArmRequest): StoredResource {
  const res = find(req);
  if (!res)
    throw new ArmError(404, 'DeploymentNotFound', `Deployment '${req.params['deploymentName']}' could not be found.`);
  return res;
}

const isActive = (res: StoredResource) => ACTIVE.has(String(propsOf(res)['provisioningState']).toLowerCase());

function deploymentActive(res: StoredResource): ArmError {
  return new ArmError(
    409,
    'DeploymentActive',
    `Unable to edit or replace deployment '${res.body['name']}': previous deployment from '${propsOf(res)['timestamp']}' is still active. Please see https://aka.ms/arm-deploy for usage details.`,
  );
}

/** The DeploymentExtended properties every answer carries, from the evaluated template. */
function baseProperties(req: ArmRequest, prepared: Prepared, state: string): Json {
  const location = (body: Json) =>
    typeof body['location'] === 'string' ? normalizeLocation(body['location']) : undefined;
  return {
    parameters: prepared.evaluated.parameters,
    mode: 'Incremental',
    provisioningState: state,
    timestamp: req.emu.clock.nowIso(),
    duration: 'PT0S',
    correlationId: req.emu.random.uuid(),
    ...summaries(prepared.evaluated, (r) => location(r.body)),
  };
}

function createOrUpdate(req: ArmRequest, router: Router): Reply {
  const prepared = prepare(req, router);
  const existing = req.emu.state.get(prepared.id);
  if (existing && isActive(existing)) throw deploymentActive(existing);
  const now = req.emu.clock.now();
  const body: Json = {
    id: prepared.id,
    name: prepared.name,
    type: DEPLOYMENT_TYPE,
    ...(req.body?.['tags'] ? { tags: req.body['tags'] } : {}),
    properties: baseProperties(req, prepared, 'Accepted'),
  };
  const stored: StoredResource = {
    id: existing?.id ?? prepared.id,
    type: DEPLOYMENT_TYPE,
    body,
    createdAtMs: existing?.createdAtMs ?? now,
    meta: { startMs: now, operations: [], template: prepared.properties['template'] },
  };
  req.emu.state.put(stored);
  pruneHistory(req, prepared);
  const done = new SimOperation(now);
  const record = trackSimOperation(req, done, {
    resourceId: stored.id,
    // Only an injected lro-* fault settles the record this way; a real run settles `done`.
    onFailure: (error) => {
      Object.assign(propsOf(stored), {
        provisioningState: 'Failed',
        error,
        duration: isoDuration(req.emu.clock.now() - now),
      });
    },
  });
  if (req.lroFault)
    propsOf(stored)['provisioningState'] = req.lroFault.kind === 'lro-never-ends' ? 'Running' : 'Accepted';
  else new DeploymentRun(router, req.emu, stored, prepared.evaluated, done).start();
  const headers = req.emu.lro.headers(req, record, { location: false });
  return { status: existing ? 200 : 201, body: structuredClone(body), headers };
}

/** Deletes the oldest finished deployments of the group once its history passes 700. */
function pruneHistory(req: ArmRequest, prepared: Prepared): void {
  const all = req.emu.state.list(DEPLOYMENT_TYPE, prepared.group.id);
  if (all.length <= HISTORY_PRUNE_ABOVE) return;
  const excess = all.length - HISTORY_PRUNE_TO;
  const oldest = all.filter((d) => !isActive(d)).sort((a, b) => Number(a.meta['startMs']) - Number(b.meta['startMs']));
  for (const d of oldest.slice(0, excess)) req.emu.state.delete(d.id);
}

function get(req: ArmRequest): Reply {
  return { status: 200, body: requireDeployment(req).body };
}

function remove(req: ArmRequest): Reply {
  const res = find(req);
  if (!res) return { status: 204 };
  if (isActive(res)) throw deploymentActive(res);
  propsOf(res)['provisioningState'] = 'Deleting';
  req.emu.state.touch();
  const op = req.emu.lro.start(req, {
    resourceId: res.id,
    durationSeconds: 1,
    onSuccess: () => void req.emu.state.delete(res.id),
  });
  return { status: 202, headers: req.emu.lro.headers(req, op, { asyncOperation: false }) };
}

const FILTER = /^provisioningState eq '([A-Za-z]+)'$/i;

function list(req: ArmRequest): Reply {
  const group = requireResourceGroup(req);
  const filter = req.query.get('$filter');
  const m = filter ? FILTER.exec(filter.trim()) : null;
  if (filter && !m)
    throw badRequest('InvalidFilterInQueryString', `Invalid $filter '${filter}' specified in the query string.`);
  const items = req.emu.state
    .list(DEPLOYMENT_TYPE, group.id)
    .filter((d) => !m || String(propsOf(d)['provisioningState']).toLowerCase() === m[1]!.toLowerCase())
    .map((d) => d.body);
  return pagedReply(req, items);
}

/** Validate: the checks of `prepare`; the result (200 DeploymentValidateResult) is served by the Location URL. */
function validate(req: ArmRequest, router: Router): Reply {
  const prepared = prepare(req, router);
  const properties = {
    ...baseProperties(req, prepared, 'Succeeded'),
    validatedResources: prepared.evaluated.resources.map((r) => ({ id: r.id })),
  };
  const result = { id: prepared.id, name: prepared.name, type: DEPLOYMENT_TYPE, properties };
  return accepted(req, prepared.id, result);
}

async function whatIf(req: ArmRequest, router: Router): Promise<Reply> {
  const prepared = prepare(req, router);
  const changes = await whatIfChanges(req, router, prepared);
  return accepted(req, prepared.id, { status: 'Succeeded', properties: { changes } });
}

/** 202 + Location; the Location URL answers `result` with 200 once the operation ends. */
function accepted(req: ArmRequest, id: string, result: Json): Reply {
  const op = req.emu.lro.start(req, {
    resourceId: id,
    durationSeconds: 1,
    result: () => ({ status: 200, body: result }),
  });
  return { status: 202, headers: req.emu.lro.headers(req, op, { asyncOperation: false }) };
}

function cancel(req: ArmRequest): Reply {
  const res = requireDeployment(req);
  const run = activeRun(req.emu, res.id);
  if (!run || !isActive(res)) {
    throw new ArmError(
      409,
      'Conflict',
      `The deployment '${res.body['name']}' cannot be canceled: its provisioningState is '${propsOf(res)['provisioningState']}'; only an Accepted or Running deployment can be canceled.`,
    );
  }
  run.cancel();
  return { status: 204 };
}

function exportTemplate(req: ArmRequest): Reply {
  return { status: 200, body: { template: requireDeployment(req).meta['template'] ?? {} } };
}

function listOperations(req: ArmRequest): Reply {
  const res = requireDeployment(req);
  const now = req.emu.clock.now();
  return pagedReply(
    req,
    operationsOf(res).map((op) => operationView(res, op, now)),
  );
}

function getOperation(req: ArmRequest): Reply {
  const res = requireDeployment(req);
  const op = operationsOf(res).find(
    (o) => o.operationId.toLowerCase() === String(req.params['operationId']).toLowerCase(),
  );
  if (!op) {
    throw new ArmError(
      404,
      'NotFound',
      `The operation '${req.params['operationId']}' of deployment '${res.body['name']}' could not be found.`,
    );
  }
  return { status: 200, body: operationView(res, op, req.emu.clock.now()) };
}
