/**
 * The one table of inputs and outputs. `action.yml`, `task.json`, the CLI flags, the config-file
 * JSON Schema and the README tables are all generated from (and checked against) this file.
 */
import { describeStrategies, STRATEGY_NAMES } from '../deploy/names.js';
import { boundsText } from './durations.js';

export type Adapter = 'github' | 'azure-devops' | 'cli';

export type InputGroup = 'general' | 'azure' | 'bake' | 'publish' | 'deploy' | 'verify' | 'cleanup';

/** How an input is shown in Azure DevOps' task UI. */
export type AdoType = 'string' | 'multiLine' | 'boolean' | 'pickList' | 'filePath' | 'connectedService:AzureRM';

export interface InputDef {
  /** kebab-case; the GitHub input, the config-file key and (as `--name`) the CLI flag. */
  readonly name: string;
  readonly description: string;
  /** The default shown in action.yml/task.json; absent means "no default". */
  readonly default?: string;
  readonly group: InputGroup;
  readonly ado: { readonly name: string; readonly type: AdoType; readonly options?: readonly string[] };
  /** Adapters that offer the input; all three unless narrowed. */
  readonly adapters?: readonly Adapter[];
  /** The value must never be logged; adapters register it as a secret before anything else. */
  readonly secret?: boolean;
  /**
   * The value may be YAML: its parser reads it with the YAML parser the caller gives (`getYaml` in
   * reader.ts), which the GitHub entry loads only when such an input is given.
   */
  readonly yaml?: boolean;
}

export interface OutputDef {
  readonly name: string;
  readonly description: string;
  readonly ado: string;
}

const camel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

type Def = Omit<InputDef, 'ado' | 'group'> & { ado?: Partial<InputDef['ado']> };

function group(g: InputGroup, defs: Def[]): InputDef[] {
  return defs.map((d) => ({
    ...d,
    group: g,
    ado: {
      name: d.ado?.name ?? camel(d.name),
      type: d.ado?.type ?? 'string',
      ...(d.ado?.options ? { options: d.ado.options } : {}),
    },
  }));
}

const bool = { type: 'boolean' } as const;
const multi = { type: 'multiLine' } as const;
const pick = (...options: string[]) => ({ type: 'pickList' as const, options });

export const INPUTS: readonly InputDef[] = [
  ...group('general', [
    {
      name: 'stages',
      description:
        "Stages to run, in order: 'all' (bake,publish,deploy,verify,cleanup) or a comma list of bake, publish, deploy, promote, abort, verify, cleanup, rollback ('promote' continues a canary paused by 'pause' in 'canary-steps', 'abort' returns its traffic).",
      default: 'all',
    },
    {
      name: 'config',
      description:
        'Path to a YAML file mapping any of these inputs (kebab-case keys) to values, at most 1 MiB; inputs given directly override it.',
      ado: { type: 'filePath' },
    },
    {
      name: 'dry-run',
      description: 'Plan mode: do every read for real, print the writes that would be made, make none.',
      default: 'false',
      ado: bool,
    },
    {
      name: 'resource-group',
      description: 'Resource group of the deployment target (and the default for the gallery).',
    },
    { name: 'record-file', description: 'Path of a JSON file receiving the deployment record of this run.' },
    {
      name: 'tfvars-file',
      description:
        'Path of a Terraform variables file receiving {image_id, image_version} for an infrastructure-as-code step after this one (name it *.auto.tfvars.json and Terraform loads it by itself).',
    },
    {
      name: 'fleet-file',
      description:
        "Path of a fleet file (docs/fleets.md). With 'fleet-target', this run releases that one target (deploy, verify) with its inputs from the file: a matrix job of a fleet fanned out on CI jobs.",
      // Not 'filePath': Azure Pipelines passes the sources directory for an empty filePath input.
    },
    {
      name: 'fleet-target',
      description:
        "With 'fleet-file': the target this run releases. Refused while the fleet is halted for the version; besides sign-in inputs, image-id, dry-run and record-file, inputs are taken from the file only.",
    },
  ]),
  ...group('azure', [
    {
      name: 'azure-subscription',
      description: 'Azure Resource Manager service connection.',
      adapters: ['azure-devops'],
      ado: { name: 'azureSubscription', type: 'connectedService:AzureRM' },
    },
    {
      name: 'subscription-id',
      description:
        "Azure subscription id (Azure DevOps: the service connection's unless given here, as it must be for cloud 'Custom' with access-token).",
    },
    { name: 'tenant-id', description: 'Microsoft Entra tenant id.', adapters: ['github', 'cli'] },
    {
      name: 'client-id',
      description: 'Client id of the app registration or user-assigned identity.',
      adapters: ['github', 'cli'],
    },
    {
      name: 'client-secret',
      description: 'Client secret, when OIDC is not used. Prefer OIDC.',
      adapters: ['github', 'cli'],
      secret: true,
    },
    {
      name: 'auth',
      description:
        "How to sign in: 'auto' (OIDC when the job has id-token permission, else client secret, else the Azure CLI session), 'oidc', 'client-secret', 'azure-cli' or 'static-token'.",
      default: 'auto',
      adapters: ['github', 'cli'],
      ado: pick('auto', 'oidc', 'client-secret', 'azure-cli', 'static-token'),
    },
    {
      name: 'cloud',
      description: "Azure cloud: 'AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', or 'Custom' with arm-endpoint.",
      default: 'AzureCloud',
      ado: pick('AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'),
    },
    {
      name: 'arm-endpoint',
      description: "Resource Manager endpoint for cloud 'Custom' (e.g. the local emulator), as an https URL.",
    },
    {
      name: 'ca-file',
      description: 'PEM file of a CA certificate to trust for arm-endpoint (the emulator writes one).',
      ado: { type: 'filePath' },
    },
    {
      name: 'access-token',
      description:
        "Static bearer token for cloud 'Custom' (e.g. the emulator): when given, the run signs in with it (auth 'auto' or 'static-token'; Azure DevOps needs no service connection then).",
      secret: true,
    },
  ]),
  ...group('bake', [
    {
      name: 'builder',
      description:
        "How to bake: 'packer', 'image-builder' (Azure Image Builder) or 'none' (publish an existing managed image).",
      default: 'packer',
      ado: pick('packer', 'image-builder', 'none'),
    },
    {
      name: 'packer-template',
      description: 'Packer template: an HCL2 .pkr.hcl file, a folder of them, or a JSON template.',
      ado: { type: 'filePath' },
    },
    {
      name: 'packer-variables',
      description: 'Packer variables as a YAML/JSON map or key=value lines.',
      ado: multi,
      yaml: true,
    },
    {
      name: 'packer-secret-variables',
      description: 'Names of Packer variables whose values are secret (masked in logs, hashed in the bake key).',
      ado: multi,
    },
    { name: 'packer-var-files', description: 'Extra Packer var files, one per line.', ado: multi },
    { name: 'packer-only', description: 'Comma list of Packer builds to run (-only).' },
    {
      name: 'image-builder-source',
      description:
        "Image Builder source: 'publisher:offer:sku:version' (marketplace), a managed image id or a gallery image version id.",
    },
    {
      name: 'image-builder-customizers',
      description:
        "Image Builder customizers as a YAML list, each with a type and that type's fields: Shell or PowerShell (inline or scriptUri), File (sourceUri and destination), WindowsRestart, WindowsUpdate.",
      ado: multi,
      yaml: true,
    },
    {
      name: 'image-builder-vm-size',
      description: "VM size of the Image Builder build VM, as Azure names sizes (e.g. 'Standard_D2s_v5').",
      default: 'Standard_D2s_v3',
    },
    { name: 'image-builder-identity', description: 'Resource id of the user-assigned identity Image Builder runs as.' },
    {
      name: 'keep-image-template',
      description: 'Keep the Image Builder template after the bake.',
      default: 'false',
      ado: bool,
    },
    {
      name: 'base-image-version',
      description: "Resolved base image version, part of the bake key when the builder can't resolve it itself.",
    },
    {
      name: 'bake-timeout',
      description: `Longest a bake may take (e.g. 90m)${boundsText('bake-timeout')}; Image Builder builds at most 16h.`,
      default: '2h',
    },
    {
      name: 'force-bake',
      description: 'Bake even when a published version already has the same bake key.',
      default: 'false',
      ado: bool,
    },
  ]),
  ...group('publish', [
    { name: 'gallery-name', description: 'Azure Compute Gallery name.' },
    { name: 'gallery-resource-group', description: 'Resource group of the gallery (default: resource-group).' },
    { name: 'image-definition', description: 'Gallery image definition name.' },
    {
      name: 'image-version',
      description:
        "Version to publish: 'auto' (next patch), an explicit Major.Minor.Patch, 'date' (YYYY.MMDD.<run number>) or 'git-tag'. For a deploy-only step: the version to deploy.",
      default: 'auto',
    },
    {
      name: 'image-id',
      description:
        'Gallery image version resource id to deploy (deploy-only steps; default: the one this run published).',
    },
    { name: 'managed-image-id', description: "Managed image to publish when builder is 'none'." },
    {
      name: 'target-regions',
      description:
        "Regions to replicate to, comma or newline separated, each 'region[:replicas[:storage type]]'. Default: the gallery's region.",
      ado: multi,
    },
    { name: 'replica-count', description: 'Default replicas per region (1-100).', default: '1' },
    {
      name: 'storage-account-type',
      description: "Default replica storage: 'Standard_LRS', 'Standard_ZRS' or 'Premium_LRS'.",
      default: 'Standard_LRS',
      ado: pick('Standard_LRS', 'Standard_ZRS', 'Premium_LRS'),
    },
    { name: 'exclude-from-latest', description: "Exclude the version from 'latest'.", default: 'false', ado: bool },
    { name: 'end-of-life-date', description: 'End-of-life date of the version (ISO 8601 date, in the future).' },
    {
      name: 'replication-mode',
      description: "'Full' or 'Shallow' replication.",
      default: 'Full',
      ado: pick('Full', 'Shallow'),
    },
    {
      name: 'replication-timeout',
      description: `Longest to wait for replication to every target region${boundsText('replication-timeout')}.`,
      default: '90m',
    },
    {
      name: 'create-image-definition',
      description:
        'Create the image definition when it does not exist (with os-type, hyper-v-generation, publisher, offer, sku).',
      default: 'false',
      ado: bool,
    },
    {
      name: 'os-type',
      description: "OS of a created image definition: 'Linux' or 'Windows'.",
      default: 'Linux',
      ado: pick('Linux', 'Windows'),
    },
    {
      name: 'hyper-v-generation',
      description: "Generation of a created image definition: 'V1' or 'V2'.",
      default: 'V2',
      ado: pick('V1', 'V2'),
    },
    { name: 'image-publisher', description: 'Publisher of a created image definition.' },
    { name: 'image-offer', description: 'Offer of a created image definition.' },
    { name: 'image-sku', description: 'SKU of a created image definition.' },
    {
      name: 'keep-managed-image',
      description: 'Keep the intermediate managed image after publishing.',
      default: 'false',
      ado: bool,
    },
  ]),
  ...group('deploy', [
    {
      name: 'strategy',
      description: `How instances are replaced: ${describeStrategies()}.`,
      default: STRATEGY_NAMES[0]!,
      ado: pick(...STRATEGY_NAMES),
    },
    {
      name: 'scale-set',
      description: "Scale set name (rolling) or the base name of the blue-green pair ('<name>-blue', '<name>-green').",
    },
    {
      name: 'rollout-mode',
      description:
        "Rolling: 'auto' (the scale set's upgrade policy), 'rolling' (Azure's rolling upgrade), 'manual' (the engine drives batches gated by verify) or 'automatic'.",
      default: 'auto',
      ado: pick('auto', 'rolling', 'manual', 'automatic'),
    },
    { name: 'max-batch-percent', description: 'Rolling: largest share of instances upgraded at once (5-100).' },
    { name: 'max-unhealthy-percent', description: 'Rolling: largest share of unhealthy instances tolerated (5-100).' },
    {
      name: 'max-unhealthy-upgraded-percent',
      description: 'Rolling: largest share of unhealthy upgraded instances tolerated (0-100).',
    },
    {
      name: 'pause-between-batches',
      description: `Rolling: pause between batches (e.g. 30s)${boundsText('pause-between-batches')}.`,
    },
    { name: 'max-surge', description: 'Rolling: create new instances before deleting old ones.', ado: bool },
    { name: 'prioritize-unhealthy', description: 'Rolling: upgrade unhealthy instances first.', ado: bool },
    { name: 'load-balancer', description: 'Blue-green: the load balancer in front of both colours.' },
    {
      name: 'preview-port',
      description: 'Blue-green: frontend port of the preview rule that reaches the idle colour.',
    },
    {
      name: 'scale-down-delay',
      description: `Blue-green: how long the old colour keeps running for instant rollback${boundsText('scale-down-delay')}.`,
      default: '30m',
    },
    { name: 'app-service', description: 'Slot swap: the App Service (web app) name.' },
    { name: 'slot', description: 'Slot swap: the slot that receives the new artifact.', default: 'staging' },
    {
      name: 'container-image',
      description: 'Slot swap: the immutable container image reference (with digest or unique tag).',
    },
    {
      name: 'package-url',
      description: 'Slot swap: a run-from-package URL (a SAS URL is treated as a secret).',
      secret: true,
    },
    { name: 'warmup-path', description: 'Slot swap: the path the slot must answer before the swap.', default: '/' },
    {
      name: 'swap-with-preview',
      description: "Slot swap: apply production's config to the slot, verify, then complete (or reset).",
      default: 'false',
      ado: bool,
    },
    {
      name: 'canary-steps',
      description:
        "Canary: shift production traffic to the new release step by step, as a YAML list or one line such as '10%, pause 5m, analysis, 50%, pause, 100%'. 'N%' sets the new release's share (rising, ending at 100%: the strategy's own switch), 'pause D' waits, 'pause' alone stops the run (result 'paused') until a later 'promote' or 'abort' stage, 'analysis' runs the analysis gates and probes; a failure returns all traffic to the stable release (docs/strategies.md). Slot swap: 'N%' routes that share to the slot, '100%' swaps. Rolling (Manual upgrade mode): 'N%' replaces instances until that share of the scale set's instances runs the new image (rounded up, at least one), '100%' replaces the rest in batches. Blue-green: through the Front Door named by 'front-door-origin-group' ('N%' weights its preview origin, '100%' disables it and switches the load balancer).",
      ado: multi,
      yaml: true,
    },
    {
      name: 'front-door-origin-group',
      description:
        "Canary (blue-green): the Azure Front Door (Standard/Premium) origin group in front of the pair, as a resource id or '<profile>/<originGroup>' in resource-group. It holds one origin on the load balancer's live rule (host = its frontend's public IP or DNS name, HTTP port = the live rule's frontend port) and one on the preview rule; each 'N%' step is one weight write of the preview origin, '100%' disables it and switches the load balancer (docs/strategies.md).",
    },
    {
      name: 'template',
      description:
        "An ARM JSON template (.json), a Bicep file (.bicep) or a Bicep parameters file (.bicepparam) deployed to resource-group in incremental mode: with 'rolling' it replaces the model update (the template sets the new image, then instances are replaced in batches); 'template' deploys it as the release. Bicep needs the bicep CLI or az.",
      ado: { type: 'filePath' },
    },
    {
      name: 'template-parameters',
      description:
        'Template parameters: a deployment parameters file (.json) or a YAML map of name: value (the image parameter is set by the engine).',
      ado: multi,
      yaml: true,
    },
    {
      name: 'image-parameter',
      description: 'The template parameter that receives the gallery image version id being deployed.',
      default: 'imageId',
    },
    {
      name: 'deploy-timeout',
      description: `Longest a deploy may take${boundsText('deploy-timeout')}.`,
      default: '60m',
    },
    {
      name: 'lock-timeout',
      description: `How long to wait for another run that holds the deploy lock${boundsText('lock-timeout')}; 0 fails at once.`,
      default: '15m',
    },
  ]),
  ...group('verify', [
    {
      name: 'probe-urls',
      description: 'HTTP probe URLs, one per line; each must answer as expected for probe-successes attempts in a row.',
      ado: multi,
    },
    {
      name: 'probes',
      description:
        'Probes as a YAML list of {url, name, expect-status, body-match, successes, interval, request-timeout, timeout, failure-limit, headers}; fields default to the probe-* inputs.',
      ado: multi,
      yaml: true,
    },
    {
      name: 'probe-expect-status',
      description: "Expected status codes, e.g. '200' or '200-299,304'.",
      default: '200-299',
    },
    { name: 'probe-body-match', description: 'Text the body must contain, or a /regex/flags.' },
    { name: 'probe-successes', description: 'Consecutive successful answers a probe needs.', default: '3' },
    {
      name: 'probe-failure-limit',
      description: 'Consecutive failures after which a probe gives up early (0 = only the timeout).',
      default: '0',
    },
    {
      name: 'probe-interval',
      description: `Pause between probe attempts${boundsText('probe-interval')}.`,
      default: '5s',
    },
    {
      name: 'probe-request-timeout',
      description: `Timeout of each probe request${boundsText('probe-request-timeout')}.`,
      default: '10s',
    },
    {
      name: 'probe-timeout',
      description: `Overall time a probe may take to pass${boundsText('probe-timeout')}.`,
      default: '5m',
    },
    {
      name: 'live-url',
      description:
        'URL of the production endpoint (e.g. http://<load balancer address>/healthz): verify probes it with the probe-* settings, and Manual rollouts gate every batch on it.',
    },
    {
      name: 'preview-url',
      description:
        'URL of the preview endpoint (the idle colour or the staging slot), probed like live-url before traffic moves.',
    },
    {
      name: 'verify-command',
      description:
        "A command verify runs, as a YAML/JSON list of arguments (['./smoke.sh', '--env', 'prod']) or one line split like a shell would (quotes, no expansion); it runs without a shell and must exit 0.",
      yaml: true,
    },
    {
      name: 'verify-command-timeout',
      description: `Longest verify-command may run before it is stopped and the check fails${boundsText('verify-command-timeout')}.`,
      default: '5m',
    },
    {
      name: 'instance-health',
      description:
        'Require every scale-set instance on the latest model and Healthy (re-read until probe-successes reads in a row pass, within probe-timeout).',
      default: 'true',
      ado: bool,
    },
    {
      name: 'remote-access',
      description:
        "Gate on SSH/RDP reachable from the Internet, password login or public IPs: 'deny', 'warn' or 'allow'.",
      default: 'warn',
      ado: pick('deny', 'warn', 'allow'),
    },
    {
      name: 'analysis',
      description:
        "Analysis gates as a YAML list, each a 'metric' (Azure Monitor metrics of 'target' or a resource id, an aggregation and a condition such as '< 1'), 'alerts' (no alert fired on the target or listed resources, optionally by rule or severity) or 'query' (KQL against an Application Insights resource or a Log Analytics workspace, a condition on its first row), with interval, count or duration, failure-limit, inconclusive-limit, inconclusive (fail or pass) and initial-delay; judged in verify and between Manual rolling batches (docs/analysis-gates.md).",
      ado: multi,
      yaml: true,
    },
    {
      name: 'auto-rollback',
      description: 'Roll back automatically when verify fails after a deploy.',
      default: 'true',
      ado: bool,
    },
    {
      name: 'to-version',
      description: 'Rollback: the image version to return to (default: the previous version recorded on the target).',
    },
  ]),
  ...group('cleanup', [
    { name: 'keep-versions', description: 'Newest image versions kept per image definition.', default: '5' },
    { name: 'keep-days', description: 'Versions younger than this many days are kept.', default: '0' },
    {
      name: 'retire',
      description: "What happens to superseded versions: 'delete', 'end-of-life' or 'exclude' (from latest).",
      default: 'delete',
      ado: pick('delete', 'end-of-life', 'exclude'),
    },
    {
      name: 'fail-on-cleanup-error',
      description: 'Fail the step when clean-up fails (otherwise a warning).',
      default: 'false',
      ado: bool,
    },
    {
      name: 'cleanup-parallelism',
      description: 'Clean-up writes sent at once (1 to 64); all of them pause when Azure throttles.',
      default: '8',
    },
    {
      name: 'cleanup-max-deletes',
      description:
        'Most image versions deleted or retired per run (at least 1), the oldest first; the rest wait for the next run.',
      default: '1000',
    },
    {
      name: 'cleanup-timeout',
      description: `Longest clean-up may run: no delete starts after it, and deletes not confirmed by then are failures${boundsText('cleanup-timeout')}.`,
      default: '3h',
    },
  ]),
];

export const OUTPUTS: readonly OutputDef[] = [
  {
    name: 'result',
    description:
      "'succeeded', 'failed' or 'cancelled'; a canary's 'promoted', 'paused' or 'aborted'; 'planned' for a plan (dry-run), which publishes only 'image-version', 'previous-image-version', 'verify-result' and 'record-file'.",
  },
  { name: 'image-version', description: 'The gallery image version published or deployed.' },
  { name: 'image-id', description: 'Resource id of the gallery image version.' },
  { name: 'managed-image-id', description: 'Resource id of the intermediate managed image the bake produced.' },
  {
    name: 'baked',
    description: "'true' when an image was baked, 'false' when a cached version with the same bake key was reused.",
  },
  { name: 'bake-key', description: 'Hash of everything that determines the image.' },
  { name: 'replicated-regions', description: 'Comma list of regions the version is replicated to.' },
  { name: 'previous-image-version', description: 'The image version the target ran before this deploy.' },
  { name: 'upgraded-instances', description: 'Number of instances replaced.' },
  { name: 'active-slot', description: "What serves production now: 'blue'/'green' or the App Service slot." },
  { name: 'previous-slot', description: 'What served production before.' },
  { name: 'preview-url', description: 'URL of the idle colour or the staging slot.' },
  { name: 'swapped', description: "'true' when an App Service swap happened." },
  {
    name: 'canary-weight',
    description:
      "Canary: the share of production traffic (%) on the new release when the run ended (rolling: the share of the scale set's instances on the new image).",
  },
  { name: 'canary-step', description: "Canary: the last step reached, as 'n/total: step'." },
  { name: 'rolled-back', description: "'true' when the run rolled the target back." },
  { name: 'verify-result', description: "'passed', 'failed' or 'skipped'." },
  { name: 'probe-results', description: 'JSON array of every probe: name, url, passed, attempts, reason.' },
  {
    name: 'check-results',
    description:
      'JSON array of every other verify check (instance health, remote access, command): name, passed, warning, detail.',
  },
  {
    name: 'analysis-results',
    description:
      'JSON array of every analysis gate run (between Manual rolling batches, then in verify): name, kind, during, verdict (successful, failed or inconclusive), passed, condition, measurements, detail.',
  },
  { name: 'cleaned-versions', description: 'Comma list of image versions deleted.' },
  { name: 'retired-versions', description: 'Comma list of image versions marked end-of-life or excluded.' },
  { name: 'kept-in-use', description: 'Comma list of old versions kept because something uses them.' },
  { name: 'cleanup-failures', description: 'Number of clean-up operations that failed.' },
  { name: 'record-file', description: 'Path of the JSON deployment record.' },
].map((o) => ({ ...o, ado: camel(o.name) }));

export const inputsFor = (adapter: Adapter): InputDef[] =>
  INPUTS.filter((i) => !i.adapters || i.adapters.includes(adapter));

/**
 * By name, not a scan: parsing looks up every input, and a scan's predicate runs often enough to be
 * optimised on a background thread, which costs the GitHub entry ~2 MiB when it fails bad input
 * (docs/decisions/0003-github-bundle-startup.md).
 */
const BY_NAME = new Map(INPUTS.map((i) => [i.name, i]));

export const findInput = (name: string): InputDef | undefined => BY_NAME.get(name);
