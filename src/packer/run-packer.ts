import { setTimeout as delay } from 'node:timers/promises';
import { resolve } from 'node:path';
import type { Logger, Sleep } from '../core/ports.js';
import { azureImagesFrom, type AzureImageArtifact, AZURE_ARM_BUILDER_ID } from './azure-artifact.js';
import { buildAzureCredentialEnv, type AzureCredential } from './azure-credentials.js';
import { PACKER_INSTALL_HINT, PackerError, type PackerErrorCode, withPackerLines } from './errors.js';
import type { PackerArtifact } from './machine-readable.js';
import { runPackerPhase, type PhaseContext, type PhaseResult } from './phase.js';
import { SecretMasker } from './secret-masker.js';
import { detectTemplate, type TemplateInfo, type TemplateKind } from './template.js';
import { assertVariableNames, type PackerVariables, type PackerVariableValue, writeTempVarFile } from './var-file.js';

export interface PackerBakeOptions {
  /** A `.pkr.hcl`/`.pkr.json` file, a folder of them, or a legacy JSON template; relative to `cwd`. */
  template: string;
  /** Template variables; written to a private temporary var file, never passed as `-var`. */
  variables?: PackerVariables;
  /** Names of `variables` whose values are masked (`***`) in every log line. */
  secretVariables?: readonly string[];
  /** The user's own `-var-file`s, applied after ours (so they win), relative to `cwd`. */
  varFiles?: readonly string[];
  /** `-only` build names (`azure-arm.ubuntu` for HCL2, the builder `name` for JSON). */
  only?: readonly string[];
  /** Credentials for the azure-arm builder, passed through the environment only. */
  azureCredential?: AzureCredential;
  /** Extra environment for Packer, on top of `baseEnv`. */
  env?: Readonly<Record<string, string>>;
  /** Further values to mask (e.g. secrets inside `env`). */
  secrets?: readonly string[];
  logger: Logger;
  signal?: AbortSignal;
  /** The packer binary; default `packer` from PATH. */
  packerPath?: string;
  /** Working directory for Packer (relative paths in the template resolve from here). Default: process.cwd(). */
  cwd?: string;
  /** Environment Packer inherits; default process.env. */
  baseEnv?: NodeJS.ProcessEnv;
  /** How long Packer may clean up after a cancel before it is killed. Default 60 s. */
  cancelGraceMs?: number;
  sleep?: Sleep;
  /** Fail when the build produced no Azure image. Default true. */
  requireAzureArtifact?: boolean;
}

export interface PackerBakeResult {
  templatePath: string;
  templateKind: TemplateKind;
  packerVersion: string;
  /** Every artifact Packer reported, per build target. */
  artifacts: PackerArtifact[];
  /** Azure images among them (one per azure-arm build that produced an image). */
  images: AzureImageArtifact[];
  /** The first Azure image's ids, for the common one-build template. */
  managedImageId?: string;
  galleryImageVersionId?: string;
}

export const DEFAULT_CANCEL_GRACE_MS = 60_000;

const defaultSleep: Sleep = (ms, signal) => delay(ms, undefined, signal ? { signal } : undefined);

/** Runs `packer [init,] validate, build` for a template and returns what it built. */
export async function runPackerBake(options: PackerBakeOptions): Promise<PackerBakeResult> {
  const cwd = options.cwd ?? process.cwd();
  const templateName = options.template;
  const variables = options.variables ?? {};
  try {
    assertVariableNames(variables);
  } catch (error) {
    throw new PackerError(
      'invalid-input',
      templateName,
      `Packer template "${templateName}": ${(error as Error).message}`,
    );
  }
  const credentialEnv = options.azureCredential
    ? buildAzureCredentialEnv(options.azureCredential)
    : { env: {}, secrets: [] };
  const masker = new SecretMasker([
    ...secretValues(variables, options.secretVariables ?? []),
    ...credentialEnv.secrets,
    ...(options.secrets ?? []),
  ]);
  const template = await loadTemplate(templateName, cwd);
  const ctx: PhaseContext = {
    packerPath: options.packerPath ?? 'packer',
    cwd,
    // CHECKPOINT_DISABLE: no version-check call to HashiCorp's servers from CI agents.
    env: { ...(options.baseEnv ?? process.env), ...credentialEnv.env, ...options.env, CHECKPOINT_DISABLE: '1' },
    logger: options.logger,
    masker,
    signal: options.signal,
    cancelGraceMs: options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS,
    sleep: options.sleep ?? defaultSleep,
  };

  const packerVersion = await checkVersion(ctx, templateName);
  if (template.declaresRequiredPlugins) await initPlugins(ctx, template, templateName, packerVersion);

  const varFile = Object.keys(variables).length > 0 ? await writeTempVarFile(template.kind, variables) : undefined;
  try {
    const selection = [
      ...(varFile ? [`-var-file=${varFile.path}`] : []),
      ...(options.varFiles ?? []).map((file) => `-var-file=${resolve(cwd, file)}`),
      ...(options.only && options.only.length > 0 ? [`-only=${options.only.join(',')}`] : []),
    ];
    const validate = await runPackerPhase(ctx, 'validate', [
      'validate',
      '-machine-readable',
      ...selection,
      template.path,
    ]);
    throwOnFailure(validate, 'validate-failed', templateName);
    const build = await runPackerPhase(ctx, 'build', [
      'build',
      '-machine-readable',
      '-color=false',
      ...selection,
      template.path,
    ]);
    throwOnFailure(build, 'build-failed', templateName);
    return toResult(template, packerVersion, build, templateName, options.requireAzureArtifact ?? true);
  } finally {
    await varFile?.dispose();
  }
}

async function loadTemplate(templateName: string, cwd: string): Promise<TemplateInfo> {
  try {
    return await detectTemplate(templateName, cwd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'not found' : `unreadable (${(error as Error).message})`;
    throw new PackerError(
      'template-not-found',
      templateName,
      `Packer template "${templateName}" ${detail} (resolved against ${cwd}).`,
    );
  }
}

/** `packer version` doubles as the "is Packer installed" check. */
async function checkVersion(ctx: PhaseContext, templateName: string): Promise<string> {
  const result = await runPackerPhase(ctx, 'version', ['-machine-readable', 'version'], { quiet: true });
  if (result.spawnError) {
    const where = ctx.packerPath === 'packer' ? 'on PATH' : `at "${ctx.packerPath}"`;
    throw new PackerError(
      'packer-not-found',
      templateName,
      `Cannot bake template "${templateName}": Packer was not found ${where} (${result.spawnError}). ${PACKER_INSTALL_HINT}`,
    );
  }
  throwOnFailure(result, 'packer-not-found', templateName);
  return result.collector.version ?? 'unknown';
}

async function initPlugins(
  ctx: PhaseContext,
  template: TemplateInfo,
  templateName: string,
  version: string,
): Promise<void> {
  if (compareVersions(version, '1.7.0') < 0) {
    throw new PackerError(
      'packer-too-old',
      templateName,
      `Packer template "${templateName}" declares required_plugins, which needs Packer 1.7 or later ` +
        `(\`packer init\`); the installed Packer is ${version}. ${PACKER_INSTALL_HINT}`,
    );
  }
  const init = await runPackerPhase(ctx, 'init', ['init', template.path]);
  throwOnFailure(init, 'init-failed', templateName);
}

function throwOnFailure(result: PhaseResult, code: PackerErrorCode, templateName: string): void {
  const { outcome } = result;
  if (outcome.cancelled) {
    const how = outcome.killed
      ? 'Packer did not stop within the grace period and was killed; temporary Azure resources (pkr-Resource-Group-*) may remain.'
      : outcome.exitCode === null && outcome.exitSignal === null
        ? 'Packer was not started.'
        : 'Packer was interrupted and cleaned up.';
    throw new PackerError(
      'cancelled',
      templateName,
      `Packer ${result.phase} of template "${templateName}" was cancelled. ${how}`,
      result.errorLines,
      outcome.exitCode,
    );
  }
  if (outcome.exitCode === 0) return;
  const status =
    outcome.exitCode !== null ? `exit code ${outcome.exitCode}` : `signal ${outcome.exitSignal ?? 'unknown'}`;
  const headline = `Packer ${result.phase} of template "${templateName}" failed (${status}).`;
  throw new PackerError(
    code,
    templateName,
    withPackerLines(headline, result.errorLines),
    result.errorLines,
    outcome.exitCode,
  );
}

function toResult(
  template: TemplateInfo,
  version: string,
  build: PhaseResult,
  templateName: string,
  requireAzure: boolean,
): PackerBakeResult {
  const artifacts = build.collector.artifacts;
  const images = azureImagesFrom(artifacts);
  if (requireAzure && images.length === 0) {
    const found = artifacts.map(
      (a) => `${a.target || '(unnamed)'}: ${a.nil ? 'nil' : `${a.builderId ?? '?'} ${a.id ?? ''}`.trim()}`,
    );
    throw new PackerError(
      'no-azure-artifact',
      templateName,
      `Packer build of template "${templateName}" succeeded but produced no Azure image: expected an artifact with builder id ` +
        `${AZURE_ARM_BUILDER_ID} carrying a managed image or gallery image version id (azure-arm builder with managed_image_name ` +
        `or shared_image_gallery_destination). Artifacts: ${found.length > 0 ? found.join('; ') : 'none'}.`,
    );
  }
  const first = images[0];
  const result: PackerBakeResult = {
    templatePath: template.path,
    templateKind: template.kind,
    packerVersion: version,
    artifacts,
    images,
  };
  if (first?.managedImageId) result.managedImageId = first.managedImageId;
  if (first?.galleryImageVersionId) result.galleryImageVersionId = first.galleryImageVersionId;
  return result;
}

/** Every form in which a secret variable's value could show up in output. */
function secretValues(variables: PackerVariables, secretNames: readonly string[]): string[] {
  const values: string[] = [];
  const collect = (value: PackerVariableValue): void => {
    if (value === null) return;
    if (typeof value === 'object') {
      values.push(JSON.stringify(value));
      for (const item of Object.values(value)) collect(item as PackerVariableValue);
    } else {
      values.push(String(value));
    }
  };
  for (const name of secretNames) {
    const value = variables[name];
    if (value !== undefined) collect(value);
  }
  return values;
}

/** Compares dotted versions numerically (`1.10.0` > `1.9.4`); pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string): number[] =>
    v
      .replace(/^v/, '')
      .split(/[.-]/)
      .slice(0, 3)
      .map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
