/**
 * Renders every file that describes the inputs and outputs — action.yml, task/task.json,
 * vss-extension.json, the config JSON Schema, the README tables — from the one table in
 * src/core/settings/table.ts. `generate-metadata.ts` writes them; a test fails when any drifts.
 */
import { stringify } from 'yaml';
import { INPUTS, OUTPUTS, inputsFor, type InputDef, type InputGroup } from '../../src/core/settings/table.js';
import { analysisItemSchema } from './analysis-schema.js';

export interface PackageInfo {
  readonly version: string;
  readonly description: string;
}

/** Fixed identity of the Azure DevOps task and extension: changing these breaks installed pipelines. */
export const TASK_ID = '6f1f8f5c-3b7e-4d52-9a55-2f0c8f7b1d3e';
export const TASK_NAME = 'ImmutableDeploy';
export const PUBLISHER = 'immutable-deploy';
export const EXTENSION_ID = 'immutable-deploy';
/** Node20_1 arrived in agent 3.232.1, Node24 in 4.265.1; an agent picks the highest handler it has. */
export const MINIMUM_AGENT_VERSION = '3.232.1';

const GROUP_TITLES: Record<InputGroup, string> = {
  general: 'General',
  azure: 'Azure connection',
  bake: 'Bake',
  publish: 'Publish',
  deploy: 'Deploy',
  verify: 'Verify',
  cleanup: 'Clean-up',
};

export function renderActionYml(pkg: PackageInfo): string {
  const inputs = Object.fromEntries(
    inputsFor('github').map((i) => [
      i.name,
      { description: i.description, required: false, ...(i.default !== undefined ? { default: i.default } : {}) },
    ]),
  );
  const outputs = Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }]));
  const doc = {
    name: 'immutable-deploy',
    description: truncate(pkg.description, 125),
    author: 'immutable-deploy',
    branding: { icon: 'layers', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/github/main.js', post: 'dist/github-post/index.js', 'post-if': 'always()' },
  };
  return `# Generated from src/core/settings/table.ts by scripts/generate-metadata.ts — do not edit.\n${stringify(doc, { lineWidth: 0 })}`;
}

/** Inputs of a stage group are shown only when a stage that uses them can run. */
const VISIBLE: Partial<Record<string, string>> = {
  'packer-template': 'builder = packer',
  'packer-variables': 'builder = packer',
  'packer-secret-variables': 'builder = packer',
  'packer-var-files': 'builder = packer',
  'packer-only': 'builder = packer',
  'image-builder-source': 'builder = image-builder',
  'image-builder-customizers': 'builder = image-builder',
  'image-builder-vm-size': 'builder = image-builder',
  'image-builder-identity': 'builder = image-builder',
  'keep-image-template': 'builder = image-builder',
  'managed-image-id': 'builder = none',
  'os-type': 'createImageDefinition = true',
  'hyper-v-generation': 'createImageDefinition = true',
  'image-publisher': 'createImageDefinition = true',
  'image-offer': 'createImageDefinition = true',
  'image-sku': 'createImageDefinition = true',
  'scale-set': 'strategy != slot-swap',
  'rollout-mode': 'strategy = rolling',
  'max-batch-percent': 'strategy = rolling',
  'max-unhealthy-percent': 'strategy = rolling',
  'max-unhealthy-upgraded-percent': 'strategy = rolling',
  'pause-between-batches': 'strategy = rolling',
  'max-surge': 'strategy = rolling',
  'prioritize-unhealthy': 'strategy = rolling',
  'load-balancer': 'strategy = blue-green',
  'preview-port': 'strategy = blue-green',
  'scale-down-delay': 'strategy = blue-green',
  'app-service': 'strategy = slot-swap',
  slot: 'strategy = slot-swap',
  'container-image': 'strategy = slot-swap',
  'package-url': 'strategy = slot-swap',
  'warmup-path': 'strategy = slot-swap',
  'swap-with-preview': 'strategy = slot-swap',
  'arm-endpoint': 'cloud = Custom',
  'ca-file': 'cloud = Custom',
  'access-token': 'cloud = Custom',
};

export function renderTaskJson(pkg: PackageInfo): string {
  const [major, minor, patch] = pkg.version.split('.').map(Number);
  const inputs = inputsFor('azure-devops').map((i) => taskInput(i));
  const task = {
    $schema: 'https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json',
    id: TASK_ID,
    name: TASK_NAME,
    friendlyName: 'Immutable deploy',
    description: truncate(pkg.description, 200),
    helpMarkDown:
      '[Guide](https://github.com/immutable-deploy/immutable-deploy#readme): bake an image, publish it to a Compute Gallery, replace instances, verify, roll back, clean up.',
    category: 'Deploy',
    visibility: ['Build', 'Release'],
    runsOn: ['Agent'],
    author: 'immutable-deploy',
    version: { Major: major, Minor: minor, Patch: patch },
    minimumAgentVersion: MINIMUM_AGENT_VERSION,
    instanceNameFormat: 'Immutable deploy: $(stages)',
    groups: (Object.keys(GROUP_TITLES) as InputGroup[]).map((name) => ({
      name,
      displayName: GROUP_TITLES[name],
      isExpanded: name === 'general' || name === 'azure',
    })),
    inputs,
    outputVariables: OUTPUTS.map((o) => ({ name: o.ado, description: o.description })),
    execution: {
      Node24: { target: 'dist/index.js', argumentFormat: '' },
      Node20_1: { target: 'dist/index.js', argumentFormat: '' },
    },
    messages: {},
  };
  return `${JSON.stringify(task, null, 2)}\n`;
}

function taskInput(i: InputDef): Record<string, unknown> {
  const visibleRule = VISIBLE[i.name]?.replace(/^([a-z-]+)/, (name) => adoName(name));
  return {
    name: i.ado.name,
    type: i.ado.type,
    label: label(i.name),
    ...(i.default !== undefined ? { defaultValue: i.default } : {}),
    // The service connection is optional: cloud 'Custom' with an access token needs none.
    required: i.name === 'stages',
    groupName: i.group,
    helpMarkDown: i.description,
    ...(i.ado.options ? { options: Object.fromEntries(i.ado.options.map((o) => [o, o])) } : {}),
    ...(i.ado.type === 'multiLine' ? { properties: { resizable: true, rows: '4' } } : {}),
    ...(visibleRule ? { visibleRule } : {}),
  };
}

const adoName = (kebab: string) => INPUTS.find((i) => i.name === kebab)?.ado.name ?? kebab;

const label = (kebab: string) =>
  kebab
    .split('-')
    .map((w, n) => (n === 0 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ')
    .replace(/\b(id|url|arm|ca|os|sku)\b/gi, (w) => w.toUpperCase());

/**
 * The Azure DevOps Marketplace manifest. `files` lists exactly what the .vsix carries (the task
 * folder: task.json, icon, bundle; the addressable images); each task version folder gets one
 * `ms.vss-distributed-task.task` contribution. `Preview` stays on while stages are still "not
 * implemented yet" (see README Status). `npm run package:vsix` packs it with tfx, offline.
 */
export function renderExtensionJson(pkg: PackageInfo): string {
  const repo = 'https://github.com/immutable-deploy/immutable-deploy';
  const ext = {
    manifestVersion: 1,
    id: EXTENSION_ID,
    publisher: PUBLISHER,
    version: pkg.version,
    name: 'Immutable Deploy',
    description: truncate(pkg.description, 200),
    public: false,
    galleryFlags: ['Preview'],
    categories: ['Azure Pipelines'],
    tags: [
      'azure',
      'packer',
      'image builder',
      'compute gallery',
      'vmss',
      'blue-green',
      'app service',
      'immutable infrastructure',
      'deployment',
    ],
    targets: [{ id: 'Microsoft.VisualStudio.Services' }],
    icons: { default: 'images/extension-icon.png' },
    content: { details: { path: 'docs/marketplace.md' } },
    links: {
      getstarted: { uri: `${repo}/blob/main/docs/getting-started-azure-devops.md` },
      learn: { uri: `${repo}#readme` },
      support: { uri: `${repo}/issues` },
      repository: { uri: repo },
    },
    repository: { type: 'git', uri: repo },
    branding: { color: '#1f4e79', theme: 'dark' },
    files: [{ path: 'task' }, { path: 'images', addressable: true }],
    contributions: [
      {
        id: 'immutable-deploy-task',
        type: 'ms.vss-distributed-task.task',
        targets: ['ms.vss-distributed-task.tasks'],
        description: `${TASK_NAME}@${pkg.version.split('.')[0]}: bake, publish, deploy, verify and clean up immutable images on Azure.`,
        properties: { name: 'task' },
      },
    ],
  };
  return `${JSON.stringify(ext, null, 2)}\n`;
}

/** JSON Schema of the YAML config file: kebab-case keys, the same inputs as everywhere else. */
export function renderConfigSchema(): string {
  const properties = Object.fromEntries(
    inputsFor('cli')
      .filter((i) => i.name !== 'config')
      .map((i) => [i.name, schemaFor(i)]),
  );
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/immutable-deploy/immutable-deploy/schema/immutable-deploy.schema.json',
    title: 'immutable-deploy configuration',
    description:
      'Settings file for immutable-deploy (`config` input / `--config`). Keys are the kebab-case input names; inputs given directly override the file.',
    type: 'object',
    additionalProperties: false,
    properties,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const LIST_INPUTS = new Set([
  'stages',
  'target-regions',
  'probe-urls',
  'packer-secret-variables',
  'packer-var-files',
  'packer-only',
  'canary-steps',
]);

function schemaFor(i: InputDef): Record<string, unknown> {
  const base = { description: i.description, ...(i.default !== undefined ? { default: coerceDefault(i) } : {}) };
  if (i.ado.type === 'boolean') return { ...base, type: ['boolean', 'string'] };
  if (i.ado.options) return { ...base, enum: [...i.ado.options] };
  if (LIST_INPUTS.has(i.name)) return { ...base, type: ['array', 'string'], items: { type: 'string' } };
  if (i.name === 'packer-variables')
    return { ...base, type: ['object', 'string'], additionalProperties: { type: ['string', 'number', 'boolean'] } };
  // Each gate checked field by field (a string holds the same list as YAML text).
  if (i.name === 'analysis') return { ...base, type: ['array', 'string'], items: analysisItemSchema() };
  if (i.name === 'probes' || i.name === 'image-builder-customizers')
    return { ...base, type: ['array', 'string'], items: { type: 'object' } };
  if (i.default !== undefined && /^\d+$/.test(i.default)) return { ...base, type: ['integer', 'string'] };
  return { ...base, type: 'string' };
}

function coerceDefault(i: InputDef): unknown {
  if (i.ado.type === 'boolean') return i.default === 'true';
  if (/^\d+$/.test(i.default!) && !i.ado.options) return Number(i.default);
  return i.default;
}

/** The README's input and output tables. */
export function renderReadmeTables(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const inputRows = INPUTS.map((i) => {
    const where = i.adapters ? i.adapters.join(', ') : 'all';
    return `| \`${i.name}\` | \`${i.ado.name}\` | ${i.default !== undefined ? `\`${i.default}\`` : ''} | ${esc(i.description)}${where === 'all' ? '' : ` (${where} only)`} |`;
  });
  const outputRows = OUTPUTS.map((o) => `| \`${o.name}\` | \`${o.ado}\` | ${esc(o.description)} |`);
  return [
    '#### Inputs',
    '',
    '| GitHub input / CLI flag (`--name`) | Azure DevOps input | Default | Description |',
    '| --- | --- | --- | --- |',
    ...inputRows,
    '',
    '#### Outputs',
    '',
    '| GitHub output | Azure DevOps output variable | Description |',
    '| --- | --- | --- |',
    ...outputRows,
  ].join('\n');
}

export const README_START = '<!-- generated:io-tables:start -->';
export const README_END = '<!-- generated:io-tables:end -->';

/** The README with its generated section replaced. */
export function spliceReadme(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${README_START} … ${README_END} markers`);
  return `${readme.slice(0, start + README_START.length)}\n${renderReadmeTables()}\n${readme.slice(end)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
