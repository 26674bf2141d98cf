/** The deploy slice of the settings: strategy, target and rollout knobs. */
import { parseContainerImage } from './container-image.js';
import { boundedDuration } from './durations.js';
import { parseCanarySteps } from './parse-canary.js';
import { parseFrontDoor } from './parse-front-door.js';
import { STRATEGY_NAMES } from '../deploy/names.js';
import { descriptorOf } from '../deploy/registry.js';
import type { TargetInput } from '../deploy/descriptor.js';
import type { InputReader } from './reader.js';
import { text } from './reader.js';
import type { DeploySettings, RollingOverrides, Strategy } from './types.js';
import { parseBool, parseEnum, parseInteger, parseResourceName, type Problems } from './values.js';

const percent = (min: number) => (p: Problems, i: string, v: string) => parseInteger(p, i, v, min, 100);

export function parseDeploy(
  r: InputReader,
  targetNeeded: string | undefined,
  resourceGroup: string | undefined,
): DeploySettings {
  const strategy = r.get('strategy', (p, i, v) => parseEnum(p, i, v, STRATEGY_NAMES)) ?? STRATEGY_NAMES[0]!;
  const why = (s: Strategy) => `when stage '${targetNeeded}' runs with strategy '${s}'`;
  if (targetNeeded !== undefined && !resourceGroup && !r.reported('resource-group'))
    r.problems.add('resource-group', `is required when stage '${targetNeeded}' runs`);
  // A misspelt strategy falls back to the default: requiring that strategy's target would only add noise.
  const need = targetNeeded !== undefined && !r.invalid('strategy');
  const descriptor = descriptorOf(strategy);
  const required = new Set(descriptor.targetInputs.map((t) => t.input));
  const target = (input: TargetInput) =>
    need && required.has(input) ? r.require(input, why(strategy), parseResourceName) : r.get(input, parseResourceName);
  const scaleSet = target('scale-set');
  const loadBalancer = target('load-balancer');
  const appService = target('app-service');
  const containerImage = r.get('container-image', parseContainerImage);
  const packageUrl = r.get('package-url', parsePackageUrl);
  if (packageUrl) {
    // The parsed URL is normalised (host lower-cased, escapes) so it may differ from the raw value
    // the reader registered; mask it too, and the SAS query on its own.
    r.secrets.add(packageUrl);
    const query = new URL(packageUrl).search;
    if (query.length > 1) r.secrets.add(query.slice(1));
  }
  const webArtifact = descriptor.artifact === 'web-artifact';
  if (
    need &&
    targetNeeded === 'deploy' &&
    webArtifact &&
    !containerImage &&
    !packageUrl &&
    !r.problems.items.some((p) => p.input === 'container-image' || p.input === 'package-url')
  ) {
    r.problems.add(
      'container-image',
      `is required when stage 'deploy' runs with strategy '${strategy}' (or set 'package-url')`,
    );
  }
  if (containerImage && packageUrl)
    r.problems.add('package-url', "cannot be combined with 'container-image'; expected one artifact for the slot");

  return {
    strategy,
    resourceGroup,
    scaleSet,
    rolloutMode:
      r.get('rollout-mode', (p, i, v) => parseEnum(p, i, v, ['auto', 'rolling', 'manual', 'automatic'] as const)) ??
      'auto',
    rolling: parseRolling(r),
    loadBalancer,
    previewPort: r.get('preview-port', (p, i, v) => parseInteger(p, i, v, 1, 65535)),
    scaleDownDelayMs: r.get('scale-down-delay', boundedDuration('scale-down-delay')) ?? 1_800_000,
    appService,
    slot: r.get('slot', (p, i, v) => parseResourceName(p, i, v, /^[A-Za-z0-9][A-Za-z0-9-]{0,58}$/)) ?? 'staging',
    containerImage,
    packageUrl,
    warmupPath: r.get('warmup-path', parsePath) ?? '/',
    swapWithPreview: r.get('swap-with-preview', parseBool) ?? false,
    timeoutMs: r.get('deploy-timeout', boundedDuration('deploy-timeout')) ?? 3_600_000,
    lockTimeoutMs: r.get('lock-timeout', boundedDuration('lock-timeout')) ?? 900_000,
    ...canaryOf(r, strategy),
  };
}

/** 'canary-steps' and what carries its traffic when the strategy needs an input for it. */
function canaryOf(r: InputReader, strategy: Strategy): Pick<DeploySettings, 'canary' | 'frontDoorOriginGroup'> {
  const canary = parseCanary(r, strategy);
  const frontDoorOriginGroup = parseFrontDoor(r, strategy, canary);
  return { canary, ...(frontDoorOriginGroup ? { frontDoorOriginGroup } : {}) };
}

/** 'canary-steps', for a strategy whose descriptor says what carries a canary's traffic. */
function parseCanary(r: InputReader, strategy: Strategy): DeploySettings['canary'] {
  const steps = r.getYaml('canary-steps', parseCanarySteps);
  if (!steps || descriptorOf(strategy).canary) return steps;
  const able = STRATEGY_NAMES.filter((s) => descriptorOf(s).canary).map((s) => `'${s}'`);
  r.problems.add(
    'canary-steps',
    `is not supported with strategy '${strategy}'; expected strategy ${able.join(' or ')}`,
  );
  return undefined;
}

function parseRolling(r: InputReader): RollingOverrides {
  // Azure's own bounds for rollingUpgradePolicy (maxUnhealthyInstancePercent is 5-100).
  return {
    maxBatchPercent: r.get('max-batch-percent', percent(5)),
    maxUnhealthyPercent: r.get('max-unhealthy-percent', percent(5)),
    maxUnhealthyUpgradedPercent: r.get('max-unhealthy-upgraded-percent', percent(0)),
    pauseBetweenBatchesMs: r.get('pause-between-batches', boundedDuration('pause-between-batches')),
    maxSurge: r.get('max-surge', parseBool),
    prioritizeUnhealthy: r.get('prioritize-unhealthy', parseBool),
  };
}

function parsePackageUrl(p: Problems, input: string, raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:') return url.toString();
  } catch {
    // reported below
  }
  // The value may be a SAS URL: never echo it back.
  p.add(input, 'is not an https URL; expected the run-from-package URL of a zip (the value is secret and not shown)');
  return undefined;
}

function parsePath(p: Problems, input: string, raw: string): string | undefined {
  const v = text(p, input, raw);
  return v.startsWith('/') ? v : p.bad(input, raw, "is not a URL path; expected it to start with '/', e.g. '/healthz'");
}
