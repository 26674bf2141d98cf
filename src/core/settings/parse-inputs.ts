/**
 * `parseInputs(read, options)` turns raw inputs from any adapter into one frozen, typed settings
 * object. Every problem is collected and reported at once, before any call to Azure.
 *
 * YAML-valued inputs are read with the parser the caller gives: `parseSettings` (parse.ts) gives
 * the `yaml` package; the GitHub entry calls this directly and loads a parser only when such an
 * input is given (docs/decisions/0003-github-bundle-startup.md).
 */
import { SettingsError, type InputNamer } from './errors.js';
import { parseCaFile, type ReadTextFile } from './files.js';
import { parseBake, parsePublish } from './parse-build.js';
import { parseDeploy } from './parse-deploy.js';
import { parseTemplate } from './parse-template.js';
import { parseAnalysis } from './parse-analysis.js';
import { parseVerify } from './parse-verify.js';
import { redactor } from '../run/redact.js';
import { InputReader, text, type ReadInput } from './reader.js';
import {
  ALL_STAGES,
  STAGE_ORDER,
  type AzureSettings,
  type Cloud,
  type CleanupSettings,
  type Settings,
  type StageName,
} from './types.js';
import {
  didYouMean,
  parseBool,
  parseEnum,
  parseHttpsUrl,
  parseInteger,
  parseList,
  parseResourceName,
  type Problems,
} from './values.js';
import { descriptorOf } from '../deploy/registry.js';
import { boundedDuration } from './durations.js';
import type { ParseYaml } from './yaml.js';

export interface ParseOptions {
  /** How the adapter names inputs in messages (default: the kebab-case name). */
  namer?: InputNamer;
  /** The time now (ms since the epoch, as the Clock port gives it); without it no date is checked against today. */
  now?: number;
  /** Reads files the run will read itself (`ca-file`); without it only their paths are kept. */
  readFile?: ReadTextFile;
  /** Parses YAML-valued inputs (`yaml: true` in the table); `parseSettings` gives the `yaml` package's. */
  parseYaml?: ParseYaml;
}

const ARM_ENDPOINTS: Record<Exclude<Cloud, 'Custom'>, string> = {
  AzureCloud: 'https://management.azure.com',
  AzureUSGovernment: 'https://management.usgovcloudapi.net',
  AzureChinaCloud: 'https://management.chinacloudapi.cn',
};

export function parseInputs(read: ReadInput, options: ParseOptions): Settings {
  const r = new InputReader(read, options.parseYaml);
  // A bad 'stages' is reported alone: guessing the stages would add requirements the user never asked for.
  const stages = r.get('stages', parseStages) ?? [];
  const has = (s: StageName) => stages.includes(s);
  const resourceGroup = r.get('resource-group', parseResourceName);
  const azure = parseAzure(r, options.readFile);
  const bake = parseBake(r, has('bake'));
  const stageFlags = { publish: has('publish'), bake: has('bake'), cleanup: has('cleanup') };
  const publish = parsePublish(r, { stages: stageFlags, cloud: azure.cloud, now: options.now });
  const targetStage =
    (['deploy', 'promote', 'abort', 'rollback'] as const).find(has) ??
    (has('verify') && hasTarget(r) ? 'verify' : undefined);
  const parsedDeploy = parseDeploy(r, targetStage, resourceGroup);
  const template = parseTemplate(r, { strategy: parsedDeploy.strategy, targetStage, readFile: options.readFile });
  const deploy = template ? { ...parsedDeploy, template } : parsedDeploy;
  const verify = parseVerify(r);
  const settings: Settings = {
    stages,
    dryRun: r.get('dry-run', parseBool) ?? false,
    resourceGroup,
    recordFile: r.get('record-file', text),
    tfvarsFile: r.get('tfvars-file', (p, i, v) =>
      v.trim().endsWith('.tfvars.json')
        ? v.trim()
        : p.bad(
            i,
            v,
            "is not a Terraform JSON variables file; expected a path ending in '.tfvars.json' (e.g. 'image.auto.tfvars.json')",
          ),
    ),
    azure,
    bake,
    // The table's default for gallery-resource-group is resource-group.
    publish: { ...publish, galleryResourceGroup: publish.galleryResourceGroup ?? resourceGroup },
    deploy,
    verify,
    analysis: parseAnalysis(r, deploy, resourceGroup),
    cleanup: parseCleanup(r),
    secrets: [],
  };
  checkStageInputs(r, settings);
  for (const url of [verify.liveUrl, verify.previewUrl]) for (const v of url ? urlSecrets(url) : []) r.secrets.add(v);
  for (const probe of verify.probes) {
    for (const v of Object.values(probe.headers ?? {})) r.secrets.add(v);
    for (const v of urlSecrets(probe.url)) r.secrets.add(v);
  }
  if (r.problems.items.length > 0) {
    // Belt and braces: no secret the inputs hold may be echoed in a problem.
    const redact = redactor([...r.secrets]);
    throw new SettingsError(
      r.problems.items.map((p) => ({ input: p.input, message: redact(p.message) })),
      options.namer,
    );
  }
  return deepFreeze({ ...settings, secrets: [...r.secrets] });
}

/** A verify-only step may still check a scale set or App Service named in the inputs. */
const hasTarget = (r: InputReader) => r.given('scale-set') || r.given('app-service');

function parseStages(p: Problems, input: string, raw: string): StageName[] | undefined {
  const names = parseList(raw).map((s) => s.toLowerCase());
  if (names.length === 1 && names[0] === 'all') return [...ALL_STAGES];
  const known = [...STAGE_ORDER, 'all'];
  const bad = names.filter((n) => !(STAGE_ORDER as readonly string[]).includes(n));
  for (const n of bad) {
    if (n === 'all')
      p.add(
        input,
        `'all' cannot be combined with other stages; expected 'all' alone or a comma list of ${STAGE_ORDER.join(', ')}`,
      );
    else
      p.add(
        input,
        `'${n}' is not a stage; expected 'all' or a comma list of ${STAGE_ORDER.join(', ')}${didYouMean(n, known)}`,
      );
  }
  if (names.length === 0)
    return p.bad(input, raw, `names no stage; expected 'all' or a comma list of ${STAGE_ORDER.join(', ')}`);
  const twice = names.filter((n, i) => names.indexOf(n) !== i && names.indexOf(n, i + 1) === -1);
  for (const n of twice) p.add(input, `'${n}' is listed twice; expected each stage once`);
  if (bad.length > 0 || twice.length > 0) return undefined;
  // Stages always run in the pipeline's order, whatever order they were listed in.
  return STAGE_ORDER.filter((s) => names.includes(s));
}

function parseAzure(r: InputReader, readFile: ReadTextFile | undefined): AzureSettings {
  const cloud =
    r.get('cloud', (p, i, v) =>
      parseEnum(p, i, v, ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'] as const),
    ) ?? 'AzureCloud';
  // A misspelt cloud falls back to AzureCloud; checks against that guess would only add noise.
  const cloudKnown = !r.invalid('cloud');
  const custom = cloud === 'Custom';
  const armEndpoint = custom
    ? (r.require('arm-endpoint', "when 'cloud' is 'Custom'", parseHttpsUrl) ?? '')
    : ARM_ENDPOINTS[cloud];
  if (!custom && cloudKnown && r.given('arm-endpoint'))
    r.problems.add('arm-endpoint', `is only used with cloud 'Custom'; expected it empty for cloud '${cloud}'`);
  const auth =
    r.get('auth', (p, i, v) =>
      parseEnum(p, i, v, ['auto', 'oidc', 'client-secret', 'azure-cli', 'static-token'] as const),
    ) ?? 'auto';
  const guid = (p: Problems, i: string, v: string) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v.trim())
      ? v.trim()
      : p.bad(i, v, "is not a GUID; expected e.g. '00000000-0000-0000-0000-000000000000'");
  const settings: AzureSettings = {
    cloud,
    armEndpoint,
    caFile: r.get('ca-file', (p, i, v) => parseCaFile(p, i, v, readFile)),
    subscriptionId: r.get('subscription-id', guid),
    tenantId: r.get('tenant-id', guid),
    clientId: r.get('client-id', guid),
    clientSecret: r.get('client-secret', text),
    auth,
    accessToken: r.get('access-token', text),
  };
  if (auth === 'static-token' && !custom && cloudKnown)
    r.problems.add(
      'auth',
      "'static-token' works only with cloud 'Custom'; expected 'auto', 'oidc', 'client-secret' or 'azure-cli'",
    );
  if (auth === 'static-token' && !settings.accessToken)
    r.problems.add('access-token', "is required when 'auth' is 'static-token'");
  for (const name of ['client-id', 'tenant-id'] as const) {
    const needed = auth === 'oidc' || auth === 'client-secret';
    if (needed && !r.given(name)) r.problems.add(name, `is required when 'auth' is '${auth}'`);
  }
  if (auth === 'client-secret' && !settings.clientSecret)
    r.problems.add('client-secret', "is required when 'auth' is 'client-secret'");
  return settings;
}

/** cleanup-max-deletes' ceiling: a cap, not a target, far above what one definition holds. */
const MAX_DELETES = 1_000_000;

function parseCleanup(r: InputReader): CleanupSettings {
  return {
    keepVersions: r.get('keep-versions', (p, i, v) => parseInteger(p, i, v, 1, 1000)) ?? 5,
    keepDays: r.get('keep-days', (p, i, v) => parseInteger(p, i, v, 0, 36500)) ?? 0,
    retire: r.get('retire', (p, i, v) => parseEnum(p, i, v, ['delete', 'end-of-life', 'exclude'] as const)) ?? 'delete',
    failOnError: r.get('fail-on-cleanup-error', parseBool) ?? false,
    parallelism: r.get('cleanup-parallelism', (p, i, v) => parseInteger(p, i, v, 1, 64)) ?? 8,
    maxDeletes: r.get('cleanup-max-deletes', (p, i, v) => parseInteger(p, i, v, 1, MAX_DELETES)) ?? 1000,
    timeoutMs: r.get('cleanup-timeout', boundedDuration('cleanup-timeout')) ?? 3 * 3_600_000,
  };
}

/** Requirements that span stages: what a stage needs when an earlier stage does not run in this step. */
function checkStageInputs(r: InputReader, s: Settings): void {
  const has = (st: StageName) => s.stages.includes(st);
  // An input already reported as bad is not reported again as missing.
  const managedImageIdBad = r.reported('managed-image-id');
  if (
    has('publish') &&
    !has('bake') &&
    s.bake.builder !== 'none' &&
    !s.publish.managedImageId &&
    !managedImageIdBad &&
    !r.invalid('builder')
  ) {
    // publish-only step: it needs the artifact a bake step produced.
    r.problems.add(
      'managed-image-id',
      "is required when stage 'publish' runs without 'bake' (pass the bake step's managed-image-id output)",
    );
  }
  if (has('publish') && s.bake.builder === 'none' && !s.publish.managedImageId && !managedImageIdBad) {
    r.problems.add('managed-image-id', "is required when 'builder' is 'none'");
  }
  if (
    (has('publish') || has('cleanup')) &&
    !s.publish.galleryResourceGroup &&
    !r.reported('gallery-resource-group') &&
    !r.reported('resource-group')
  ) {
    r.problems.add(
      'gallery-resource-group',
      `is required when stage '${has('publish') ? 'publish' : 'cleanup'}' runs (or set 'resource-group')`,
    );
  }
  const strategyKnown = !r.invalid('strategy');
  const descriptor = descriptorOf(s.deploy.strategy);
  const vmss = descriptor.artifact === 'gallery-image';
  const imageChoiceBad = r.reported('image-id') || r.reported('image-version');
  // A gallery-image deploy that does not publish must be told which image to roll out.
  const imageNeeded = has('deploy') && vmss && strategyKnown && !has('publish') && !s.publish.imageId;
  if (imageNeeded && s.publish.version.kind !== 'explicit' && !imageChoiceBad) {
    r.problems.add(
      'image-id',
      "is required when stage 'deploy' runs without 'publish' (or set 'image-version' to an explicit version with 'gallery-name' and 'image-definition')",
    );
  }
  if (
    imageNeeded &&
    s.publish.version.kind === 'explicit' &&
    !(s.publish.galleryName && s.publish.imageDefinition) &&
    !r.reported('gallery-name') &&
    !r.reported('image-definition')
  ) {
    r.problems.add(
      'gallery-name',
      "and 'image-definition' are required to find an explicit 'image-version' when stage 'deploy' runs without 'publish'",
    );
  }
  const probesBad = r.reported('probe-urls') || r.reported('probes');
  const target = strategyKnown ? descriptor.targetName(s.deploy) : s.deploy.scaleSet || s.deploy.appService;
  // A target alone is something to check only when a target check is on.
  const targetChecked = !!target && (s.verify.instanceHealth || s.verify.remoteAccess !== 'allow');
  const otherChecks =
    !!(s.verify.liveUrl || s.verify.previewUrl || s.verify.command) ||
    s.analysis.length > 0 ||
    r.reported('analysis') ||
    r.reported('live-url') ||
    r.reported('preview-url') ||
    r.reported('verify-command');
  if (has('verify') && s.verify.probes.length === 0 && !targetChecked && !probesBad && !otherChecks) {
    r.problems.add(
      'probe-urls',
      "is required when stage 'verify' has nothing else to check; expected at least one URL (or 'probes', 'live-url', 'verify-command', or a 'scale-set' / 'app-service' target)",
    );
  }
  const canaryActions = (['promote', 'abort'] as const).filter(has);
  const clash = has('abort') ? (['deploy', 'promote', 'rollback'] as const).find(has) : undefined;
  if (clash) {
    r.problems.add(
      'stages',
      `lists both '${clash}' and 'abort'; expected 'abort' as its own step (it returns a paused canary's traffic to the stable release)`,
    );
  } else if (canaryActions.length > 0 && has('rollback')) {
    r.problems.add('stages', "lists both 'promote' and 'rollback'; expected 'rollback' as its own step");
  }
  if (has('rollback') && has('deploy')) {
    r.problems.add(
      'stages',
      "lists both 'deploy' and 'rollback'; a deploy rolls back by itself on a failed verify ('auto-rollback'), so run 'rollback' as its own step",
    );
  }
}

/** Query parameters that carry keys (Azure Functions' `code`, SAS `sig`, …) and URL passwords. */
const SECRET_QUERY = /^(code|sig|key|api[-_]?key|token|access[-_]?token|secret|password|pwd)$/i;

function urlSecrets(raw: string): string[] {
  const url = new URL(raw);
  const fromQuery = [...url.searchParams].filter(([k, v]) => SECRET_QUERY.test(k) && v.length > 0).map(([, v]) => v);
  const password = url.password ? [url.password, decodeURIComponent(url.password)] : [];
  return [...fromQuery, ...fromQuery.map(encodeURIComponent), ...password];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
