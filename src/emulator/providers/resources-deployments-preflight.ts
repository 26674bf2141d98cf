import { ArmError, badRequest, type ArmErrorBody } from '../errors.js';
import { TemplateError, type ObjectValue } from '../arm-template/errors.js';
import { evaluateTemplate, type EvaluatedTemplate } from '../arm-template/template.js';
import { requireResourceGroup } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';
import { requireRoute } from './resources-deployments-dispatch.js';

/**
 * What PUT, validate and what-if check before anything runs, as ARM's template validation and
 * preflight do (synchronous 400 answers): the resource group, the deployment name (1–64 of
 * `[-\w._()]`, spec pattern), the request (inline template, Incremental mode), the template
 * language (400 InvalidTemplate), and that a provider serves every resource type at its
 * apiVersion (400 InvalidTemplateDeployment with one detail per resource).
 */
export interface Prepared {
  group: StoredResource;
  id: string;
  name: string;
  properties: Json;
  evaluated: EvaluatedTemplate;
}

const NAME = /^[-\w._()]+$/;

export function prepare(req: ArmRequest, router: Router): Prepared {
  const group = requireResourceGroup(req);
  const name = req.params['deploymentName'] ?? '';
  checkName(name);
  const properties = requestProperties(req);
  let evaluated: EvaluatedTemplate;
  try {
    evaluated = evaluateTemplate({
      template: properties['template'],
      parameters: properties['parameters'],
      scope: { subscriptionId: req.emu.subscriptionId, resourceGroup: group.body as ObjectValue, deploymentName: name },
    });
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    throw badRequest(e.code, `Deployment template validation failed: '${e.message}'.`, e.target);
  }
  checkProviders(req, router, name, evaluated);
  return { group, id: `${group.id}/providers/Microsoft.Resources/deployments/${name}`, name, properties, evaluated };
}

function checkName(name: string): void {
  if (name.length > 64) {
    throw badRequest(
      'DeploymentNameLengthLimitExceeded',
      `The provided deployment name '${name}' has a length of '${name.length}' which exceeds the maximum length of '64'.`,
    );
  }
  if (!NAME.test(name)) {
    throw badRequest(
      'DeploymentNameInvalidCharacters',
      `The provided deployment name '${name}' has invalid characters. It can contain only alphanumerics, underscores, parentheses, hyphens and periods.`,
    );
  }
}

function requestProperties(req: ArmRequest): Json {
  const properties = req.body?.['properties'];
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    throw badRequest(
      'InvalidRequestContent',
      "The request content was invalid: required property 'properties' not found.",
    );
  }
  const props = properties as Json;
  const mode = String(props['mode'] ?? '');
  if (mode.toLowerCase() === 'complete') {
    throw badRequest(
      'InvalidDeploymentMode',
      "Deployment mode 'Complete' is not supported by the Azure emulator (it would delete resources the template does not name); use 'Incremental'.",
    );
  }
  if (mode.toLowerCase() !== 'incremental') {
    throw badRequest(
      'InvalidRequestContent',
      `The deployment mode '${mode}' is not valid; expected 'Incremental' or 'Complete'.`,
    );
  }
  for (const link of ['templateLink', 'parametersLink']) {
    if (props[link] !== undefined) {
      throw badRequest(
        'InvalidRequestContent',
        `'${link}' is not supported by the Azure emulator, which fetches nothing: send the template and parameters inline.`,
      );
    }
  }
  return props;
}

function checkProviders(req: ArmRequest, router: Router, name: string, evaluated: EvaluatedTemplate): void {
  const details: ArmErrorBody[] = [];
  for (const r of evaluated.resources) {
    try {
      requireRoute(router, 'PUT', r.id, r.apiVersion, r.type);
    } catch (e) {
      if (!(e instanceof ArmError)) throw e;
      details.push({ code: e.code, message: `${e.message} (resource '${r.name}')`, target: r.id });
    }
  }
  if (details.length === 0) return;
  throw new ArmError(
    400,
    'InvalidTemplateDeployment',
    `The template deployment '${name}' is not valid according to the validation procedure. The tracking id is '${req.emu.random.uuid()}'. See inner errors for details.`,
    details,
  );
}
