import { ArmError, badRequest, conflict, invalidParameter, resourceNotFound } from '../errors.js';
import { pagedReply } from '../paging.js';
import { idFromPath, provisioningState, registerTrackedResource, requireScope } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Provider, Reply } from '../types.js';
import { RG_PROVIDERS } from './compute-api.js';
import { distribute, type RunOutcome } from './imagebuilder-distribute.js';

/** Microsoft.VirtualMachineImages/imageTemplates (api 2025-10-01, as sent by @azure/arm-imagebuilder 5). */
export const IMAGEBUILDER_API_VERSIONS = ['2025-10-01', '2024-02-01', '2023-07-01', '2022-07-01'] as const;
export const IMAGE_TEMPLATE_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates';
export const RUN_OUTPUT_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs';
export const RUN_FAILURE_SCRIPT = 'imageBuilder.runFailure';

const TEMPLATE_PATH = `${RG_PROVIDERS}/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}`;
/** Simulated phases of a build: [subState, seconds]. The whole run takes ~25 simulated minutes. */
const PHASES: Array<[string, number]> = [
  ['Queued', 30],
  ['Building', 300],
  ['Customizing', 600],
  ['Distributing', 570],
];

export const imageBuilderProvider: Provider = {
  name: 'Microsoft.VirtualMachineImages',
  register(router: Router) {
    registerTrackedResource(router, {
      type: IMAGE_TEMPLATE_TYPE,
      path: TEMPLATE_PATH,
      nameParam: 'imageTemplateName',
      apiVersions: IMAGEBUILDER_API_VERSIONS,
      operations: {
        createOrUpdate: 'VirtualMachineImageTemplates_CreateOrUpdate',
        update: 'VirtualMachineImageTemplates_Update',
        get: 'VirtualMachineImageTemplates_Get',
        delete: 'VirtualMachineImageTemplates_Delete',
        listByParent: {
          path: `${RG_PROVIDERS}/Microsoft.VirtualMachineImages/imageTemplates`,
          operation: 'VirtualMachineImageTemplates_ListByResourceGroup',
        },
        listBySubscription: {
          path: '/subscriptions/{subscriptionId}/providers/Microsoft.VirtualMachineImages/imageTemplates',
          operation: 'VirtualMachineImageTemplates_List',
        },
      },
      durations: { create: 60, update: 30, delete: 120 },
      build: buildTemplate,
      beforeDelete(_req, res) {
        if (runState(res) === 'Running')
          throw conflict(`Image template '${res.body['name']}' cannot be deleted while a build is running.`);
      },
    });
    const common = { apiVersions: IMAGEBUILDER_API_VERSIONS, resourceType: IMAGE_TEMPLATE_TYPE };
    router.addAll([
      {
        ...common,
        method: 'POST',
        path: `${TEMPLATE_PATH}/run`,
        operation: 'VirtualMachineImageTemplates_Run',
        handler: run,
      },
      {
        ...common,
        method: 'POST',
        path: `${TEMPLATE_PATH}/cancel`,
        operation: 'VirtualMachineImageTemplates_Cancel',
        handler: cancel,
      },
      {
        ...common,
        method: 'GET',
        path: `${TEMPLATE_PATH}/runOutputs`,
        operation: 'VirtualMachineImageTemplates_ListRunOutputs',
        handler: listRunOutputs,
      },
      {
        ...common,
        method: 'GET',
        path: `${TEMPLATE_PATH}/runOutputs/{runOutputName}`,
        operation: 'VirtualMachineImageTemplates_GetRunOutput',
        handler: getRunOutput,
      },
    ]);
  },
};

const SOURCE_TYPES = ['PlatformImage', 'ManagedImage', 'SharedImageVersion'];
const DISTRIBUTOR_TYPES = ['ManagedImage', 'SharedImage', 'VHD'];

function buildTemplate(
  req: ArmRequest,
  input: Json,
  existing: StoredResource | undefined,
): { properties: Json; extra: Json } {
  const identity = input['identity'] as Json | undefined;
  if (
    !identity ||
    identity['type'] !== 'UserAssigned' ||
    Object.keys((identity['userAssignedIdentities'] as Json | undefined) ?? {}).length === 0
  ) {
    throw invalidParameter(
      'A user-assigned managed identity is required: identity.type must be UserAssigned with one identity.',
      'identity',
    );
  }
  const props = structuredClone((input['properties'] as Json | undefined) ?? {});
  const source = props['source'] as Json | undefined;
  if (!source || !SOURCE_TYPES.includes(String(source['type']))) {
    throw invalidParameter(`properties.source.type must be one of ${SOURCE_TYPES.join(', ')}.`, 'properties.source');
  }
  checkDistributors(props['distribute']);
  if (
    existing &&
    req.method === 'PUT' &&
    JSON.stringify(templateSpec(existing.body['properties'] as Json)) !== JSON.stringify(templateSpec(props))
  ) {
    throw badRequest(
      'InvalidParameter',
      'Update/Upgrade of image templates is currently not supported. Please change the name of the template you are submitting.',
    );
  }
  props['buildTimeoutInMinutes'] ??= 0;
  props['vmProfile'] = { vmSize: '', osDiskSizeGB: 0, ...((props['vmProfile'] as Json | undefined) ?? {}) };
  if (existing) props['lastRunStatus'] = (existing.body['properties'] as Json)['lastRunStatus'];
  return { properties: props, extra: { identity } };
}

/** The user-specified part of a template (what Azure compares on re-PUT). */
function templateSpec(props: Json): Json {
  const { source, customize, distribute: dist, validate, optimize } = props;
  return { source, customize, distribute: dist, validate, optimize };
}

function checkDistributors(value: unknown): void {
  const list = Array.isArray(value) ? (value as Json[]) : [];
  if (list.length === 0)
    throw invalidParameter('properties.distribute must contain at least one distributor.', 'properties.distribute');
  const names = new Set<string>();
  list.forEach((d, i) => {
    if (!DISTRIBUTOR_TYPES.includes(String(d['type'])))
      throw invalidParameter(
        `properties.distribute[${i}].type must be one of ${DISTRIBUTOR_TYPES.join(', ')}.`,
        `properties.distribute[${i}].type`,
      );
    const name = String(d['runOutputName'] ?? '');
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name) || names.has(name))
      throw invalidParameter(
        `properties.distribute[${i}].runOutputName '${name}' is missing, invalid or not unique.`,
        `properties.distribute[${i}].runOutputName`,
      );
    names.add(name);
    if (d['type'] === 'SharedImage' && typeof d['galleryImageId'] !== 'string')
      throw invalidParameter(
        `properties.distribute[${i}].galleryImageId is required.`,
        `properties.distribute[${i}].galleryImageId`,
      );
    if (d['type'] === 'ManagedImage' && (typeof d['imageId'] !== 'string' || typeof d['location'] !== 'string'))
      throw invalidParameter(`properties.distribute[${i}] needs imageId and location.`, `properties.distribute[${i}]`);
  });
}

function templateOf(req: ArmRequest): StoredResource {
  const id = idFromPath(req).replace(/\/(run|cancel|runOutputs(\/[^/]+)?)$/i, '');
  requireScope(req, id, IMAGE_TEMPLATE_TYPE);
  const res = req.emu.state.get(id);
  if (!res)
    throw resourceNotFound(IMAGE_TEMPLATE_TYPE, req.params['imageTemplateName'] ?? '', req.params['resourceGroupName']);
  return res;
}

const propsOf = (res: StoredResource): Json => res.body['properties'] as Json;
const runState = (res: StoredResource): string | undefined =>
  (propsOf(res)['lastRunStatus'] as Json | undefined)?.['runState'] as string | undefined;

function setRunStatus(req: ArmRequest, res: StoredResource, patch: Json): void {
  propsOf(res)['lastRunStatus'] = { ...((propsOf(res)['lastRunStatus'] as Json | undefined) ?? {}), ...patch };
  req.emu.state.touch();
}

/** POST .../run: 202 + Azure-AsyncOperation; phases advance on simulated time; distribution at the end. */
function run(req: ArmRequest): Reply {
  const template = templateOf(req);
  if (provisioningState(template) !== 'Succeeded')
    throw conflict(`Image template '${template.body['name']}' is not in a succeeded provisioning state.`);
  if (runState(template) === 'Running')
    throw conflict(`Image template '${template.body['name']}' already has a build running.`);
  const runId = req.emu.random.hex(8);
  template.meta['runId'] = runId;
  setRunStatus(req, template, {
    startTime: req.emu.clock.nowIso(),
    endTime: undefined,
    runState: 'Running',
    runSubState: 'Queued',
    message: '',
  });
  for (const [subState] of PHASES.slice(1)) {
    req.emu.scheduler.after(phaseStart(subState), () => {
      if (template.meta['runId'] === runId && runState(template) === 'Running')
        setRunStatus(req, template, { runSubState: subState });
    });
  }
  const scripted = scriptedFailure(req, template);
  const op = req.emu.lro.start(req, {
    resourceId: template.id,
    location: template.body['location'] as string,
    durationSeconds: PHASES.reduce((sum, [, s]) => sum + s, 0),
    onSuccess: () => finishRun(req, template, runId, scripted),
    onFailure: (error) => {
      if (template.meta['runId'] === runId && runState(template) === 'Running') {
        setRunStatus(req, template, { runState: 'Failed', endTime: req.emu.clock.nowIso(), message: error.message });
      }
    },
  });
  return { status: 202, headers: req.emu.lro.headers(req, op) };
}

/** Simulated seconds from run start until `subState` begins. */
function phaseStart(subState: string): number {
  let total = 0;
  for (const [s, seconds] of PHASES) {
    if (s === subState) return total;
    total += seconds;
  }
  return total;
}

function scriptedFailure(req: ArmRequest, template: StoredResource): string | undefined {
  const script = req.emu.scripts.get(RUN_FAILURE_SCRIPT) as { template?: string; message?: string } | undefined;
  if (!script || (script.template && script.template.toLowerCase() !== String(template.body['name']).toLowerCase()))
    return undefined;
  req.emu.scripts.delete(RUN_FAILURE_SCRIPT); // one-shot: the next run succeeds
  return script.message ?? 'Build failed: customizer script exited with code 1 (scripted).';
}

/** LRO completion: canceled → Canceled; scripted/distribution failure → Failed (throws to fail the LRO). */
function finishRun(req: ArmRequest, template: StoredResource, runId: string, scripted: string | undefined): void {
  if (template.meta['runId'] !== runId) return;
  if (runState(template) === 'Canceling') {
    setRunStatus(req, template, {
      runState: 'Canceled',
      endTime: req.emu.clock.nowIso(),
      message: 'The build was canceled.',
    });
    return;
  }
  const outcome: RunOutcome = scripted ? { ok: false, message: scripted } : distribute(req, template);
  if (!outcome.ok) {
    setRunStatus(req, template, { runState: 'Failed', endTime: req.emu.clock.nowIso(), message: outcome.message });
    throw new ArmError(500, 'ImageTemplateRunFailed', outcome.message);
  }
  setRunStatus(req, template, {
    runState: 'Succeeded',
    runSubState: 'Distributing',
    endTime: req.emu.clock.nowIso(),
    message: '',
  });
}

/** POST .../cancel: marks the running build Canceling; it ends Canceled when its operation completes. */
function cancel(req: ArmRequest): Reply {
  const template = templateOf(req);
  if (runState(template) !== 'Running')
    throw conflict(`Image template '${template.body['name']}' has no running build to cancel.`);
  setRunStatus(req, template, { runState: 'Canceling' });
  const op = req.emu.lro.start(req, {
    resourceId: template.id,
    location: template.body['location'] as string,
    durationSeconds: 30,
  });
  return { status: 202, headers: req.emu.lro.headers(req, op) };
}

function listRunOutputs(req: ArmRequest): Reply {
  const template = templateOf(req);
  return pagedReply(
    req,
    req.emu.state.list(RUN_OUTPUT_TYPE, template.id).map((r) => r.body),
  );
}

function getRunOutput(req: ArmRequest): Reply {
  const template = templateOf(req);
  const output = req.emu.state.get(`${template.id}/runOutputs/${req.params['runOutputName']}`);
  if (!output)
    throw resourceNotFound(
      RUN_OUTPUT_TYPE,
      `${template.body['name']}/${req.params['runOutputName']}`,
      req.params['resourceGroupName'],
    );
  return { status: 200, body: output.body };
}
