/** The deploy slice of the settings: strategy, target and rollout knobs. */
import type { InputReader } from './reader.js';
import { text } from './reader.js';
import type { DeploySettings, RollingOverrides, Strategy } from './types.js';
import { parseBool, parseDuration, parseEnum, parseInteger, parseResourceName, type Problems } from './values.js';

const percent = (min: number) => (p: Problems, i: string, v: string) => parseInteger(p, i, v, min, 100);

export function parseDeploy(r: InputReader, targetNeeded: string | undefined, resourceGroup: string | undefined): DeploySettings {
  const strategy = r.get('strategy', (p, i, v) => parseEnum(p, i, v, ['rolling', 'blue-green', 'slot-swap'] as const)) ?? 'rolling';
  const why = (s: Strategy) => `when stage '${targetNeeded}' runs with strategy '${s}'`;
  if (targetNeeded !== undefined && !resourceGroup && !r.reported('resource-group')) r.problems.add('resource-group', `is required when stage '${targetNeeded}' runs`);
  // A misspelt strategy falls back to 'rolling': requiring that strategy's target would only add noise.
  const need = targetNeeded !== undefined && !r.invalid('strategy');

  const vmss = strategy !== 'slot-swap';
  const scaleSet = need && vmss ? r.require('scale-set', why(strategy), parseResourceName) : r.get('scale-set', parseResourceName);
  const loadBalancer =
    need && strategy === 'blue-green' ? r.require('load-balancer', why('blue-green'), parseResourceName) : r.get('load-balancer', parseResourceName);
  const appService =
    need && strategy === 'slot-swap' ? r.require('app-service', why('slot-swap'), parseResourceName) : r.get('app-service', parseResourceName);
  const containerImage = r.get('container-image', parseContainerImage);
  const packageUrl = r.get('package-url', parsePackageUrl);
  if (packageUrl) {
    // The parsed URL is normalised (host lower-cased, escapes) so it may differ from the raw value
    // the reader registered; mask it too, and the SAS query on its own.
    r.secrets.add(packageUrl);
    const query = new URL(packageUrl).search;
    if (query.length > 1) r.secrets.add(query.slice(1));
  }
  if (need && targetNeeded === 'deploy' && strategy === 'slot-swap' && !containerImage && !packageUrl && !r.problems.items.some((p) => p.input === 'container-image' || p.input === 'package-url')) {
    r.problems.add('container-image', "is required when stage 'deploy' runs with strategy 'slot-swap' (or set 'package-url')");
  }
  if (containerImage && packageUrl) r.problems.add('package-url', "cannot be combined with 'container-image'; expected one artifact for the slot");

  return {
    strategy,
    resourceGroup,
    scaleSet,
    rolloutMode: r.get('rollout-mode', (p, i, v) => parseEnum(p, i, v, ['auto', 'rolling', 'manual', 'automatic'] as const)) ?? 'auto',
    rolling: parseRolling(r),
    loadBalancer,
    previewPort: r.get('preview-port', (p, i, v) => parseInteger(p, i, v, 1, 65535)),
    scaleDownDelayMs: r.get('scale-down-delay', parseDuration) ?? 1_800_000,
    appService,
    slot: r.get('slot', (p, i, v) => parseResourceName(p, i, v, /^[A-Za-z0-9][A-Za-z0-9-]{0,58}$/)) ?? 'staging',
    containerImage,
    packageUrl,
    warmupPath: r.get('warmup-path', parsePath) ?? '/',
    swapWithPreview: r.get('swap-with-preview', parseBool) ?? false,
    timeoutMs: r.get('deploy-timeout', parseDuration) ?? 3_600_000,
    lockTimeoutMs: r.get('lock-timeout', parseDuration) ?? 900_000,
  };
}

function parseRolling(r: InputReader): RollingOverrides {
  // Azure's own bounds for rollingUpgradePolicy (maxUnhealthyInstancePercent is 5-100).
  return {
    maxBatchPercent: r.get('max-batch-percent', percent(5)),
    maxUnhealthyPercent: r.get('max-unhealthy-percent', percent(5)),
    maxUnhealthyUpgradedPercent: r.get('max-unhealthy-upgraded-percent', percent(0)),
    pauseBetweenBatchesMs: r.get('pause-between-batches', parseDuration),
    maxSurge: r.get('max-surge', parseBool),
    prioritizeUnhealthy: r.get('prioritize-unhealthy', parseBool),
  };
}

/** A container image pinned by digest or tag; 'latest' and untagged images are not immutable. */
function parseContainerImage(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  if (!/^[a-z0-9][a-z0-9._\-/:]*(@sha256:[a-f0-9]{64})?$/i.test(v)) {
    return p.bad(input, raw, "is not a container image reference; expected e.g. 'myregistry.azurecr.io/web:1.4.2' or '...@sha256:<digest>'");
  }
  const tag = /:([^/:@]+)$/.exec(v.split('@')[0]!)?.[1];
  if (!v.includes('@sha256:') && (!tag || tag === 'latest')) {
    return p.bad(input, raw, "is not an immutable reference; expected a unique tag (not 'latest') or an @sha256 digest");
  }
  return v;
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
