/**
 * Files a run hands to later tooling: the JSON deployment record (`record-file`) and the Terraform
 * variables of the image (`tfvars-file`). A file that can't be written is a warning, never a
 * failed release.
 */
import type { Settings } from '../settings/types.js';
import type { EngineDeps } from '../stages/stage.js';
import { deploymentRecord } from './record.js';
import { redactDeep } from './redact.js';
import type { RunResult } from './result.js';

export async function writeRunFiles(
  result: RunResult,
  settings: Settings,
  deps: EngineDeps,
  redact: (text: string) => string,
): Promise<RunResult> {
  let out = result;
  if (settings.tfvarsFile) out = await writeTfvars(out, settings.tfvarsFile, deps);
  if (settings.recordFile) {
    const path = settings.recordFile;
    const withPath = { ...out, outputs: { ...out.outputs, recordFile: path } };
    const record = redactDeep(deploymentRecord(withPath, settings, deps.run), redact);
    const written = await write('record-file', path, `${JSON.stringify(record, null, 2)}\n`, deps);
    out = written === true ? withPath : warn(out, written, deps);
  }
  return out;
}

/** `{ image_id, image_version }` for a Terraform or Bicep step after this one. */
async function writeTfvars(result: RunResult, path: string, deps: EngineDeps): Promise<RunResult> {
  const { imageId, imageVersion } = result.outputs;
  if (!imageId || !imageVersion) {
    return warn(
      result,
      `tfvars-file '${path}' was not written: this run has no image (run publish, or give 'image-id')`,
      deps,
    );
  }
  const written = await write(
    'tfvars-file',
    path,
    `${JSON.stringify({ image_id: imageId, image_version: imageVersion }, null, 2)}\n`,
    deps,
  );
  return written === true ? result : warn(result, written, deps);
}

/** true when written, else the warning saying why not. */
async function write(input: string, path: string, content: string, deps: EngineDeps): Promise<true | string> {
  if (!deps.writeFile) return `${input} '${path}' was not written: this host cannot write files`;
  try {
    await deps.writeFile(path, content);
    return true;
  } catch (err) {
    return `${input} '${path}' was not written: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function warn(result: RunResult, message: string, deps: EngineDeps): RunResult {
  deps.host.warning(message);
  return { ...result, warnings: [...result.warnings, message] };
}
