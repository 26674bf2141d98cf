/**
 * The PackerPort (src/core/bake/packer-port.ts) on `runPackerBake`: Packer's output goes to the
 * host's logger (secrets masked by the runner and again by the host), the bake is bounded by the
 * bake timeout, and PackerErrors become classified EngineErrors.
 */
import type { PackerBakeOutcome, PackerBakeRequest, PackerPort } from '../core/bake/packer-port.js';
import { CancelledError, EngineError } from '../core/errors.js';
import type { AzureCredential } from './azure-credentials.js';
import { collectBakeKeyInput } from './bake-key-input.js';
import { isPackerError, type PackerErrorCode } from './errors.js';
import { runPackerBake } from './run-packer.js';

export interface PackerPortOptions {
  /** Credentials for the azure-arm builder (environment only; see azure-credentials.ts). */
  azureCredential?: AzureCredential;
  /** The packer binary; default `packer` from PATH. */
  packerPath?: string;
  /** Working directory: templates and var files resolve from here. Default: process.cwd(). */
  cwd?: string;
  /** Extra environment for Packer. */
  env?: Readonly<Record<string, string>>;
  /** How long Packer may clean up after a stop before it is killed. */
  cancelGraceMs?: number;
}

const KIND: Record<PackerErrorCode, EngineError['kind']> = {
  'packer-not-found': 'input',
  'packer-too-old': 'input',
  'template-not-found': 'input',
  'invalid-input': 'input',
  'validate-failed': 'input',
  'init-failed': 'transient',
  'build-failed': 'terminal',
  'no-azure-artifact': 'terminal',
  cancelled: 'cancelled',
};

export function createPackerPort(options: PackerPortOptions = {}): PackerPort {
  return {
    async describeInputs(inputs) {
      try {
        return await collectBakeKeyInput({ ...inputs, cwd: options.cwd });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const missing = code === 'ENOENT' ? 'not found' : `unreadable (${(err as Error).message})`;
        const path = (err as NodeJS.ErrnoException).path ?? inputs.template;
        const which = inputs.varFiles.some((f) => path.endsWith(f)) ? 'packer-var-files' : 'packer-template';
        throw new EngineError(
          'input',
          `input '${which}': ${path} is ${missing} (resolved against ${options.cwd ?? process.cwd()})`,
          { cause: err },
        );
      }
    },

    async bake(request: PackerBakeRequest): Promise<PackerBakeOutcome> {
      const timeout = AbortSignal.timeout(request.timeoutMs);
      const signal = AbortSignal.any([request.signal, timeout]);
      try {
        const result = await runPackerBake({
          template: request.template,
          variables: { ...request.variables },
          secretVariables: request.secretVariables,
          varFiles: request.varFiles,
          only: request.only,
          logger: request.logger,
          signal,
          ...(options.azureCredential ? { azureCredential: options.azureCredential } : {}),
          ...(options.packerPath ? { packerPath: options.packerPath } : {}),
          ...(options.cwd ? { cwd: options.cwd } : {}),
          ...(options.env ? { env: options.env } : {}),
          ...(options.cancelGraceMs !== undefined ? { cancelGraceMs: options.cancelGraceMs } : {}),
        });
        return {
          ...(result.managedImageId ? { managedImageId: result.managedImageId } : {}),
          ...(result.galleryImageVersionId ? { galleryImageVersionId: result.galleryImageVersionId } : {}),
          packerVersion: result.packerVersion,
        };
      } catch (err) {
        if (timeout.aborted && !request.signal.aborted) {
          const minutes = Math.round(request.timeoutMs / 60_000);
          throw new EngineError(
            'terminal',
            `the Packer bake did not finish within ${minutes >= 1 ? `${minutes}m` : `${request.timeoutMs}ms`} (input 'bake-timeout'); Packer was stopped`,
            { cause: err },
          );
        }
        if (request.signal.aborted) throw new CancelledError('the run was cancelled during the Packer bake');
        if (isPackerError(err)) throw new EngineError(KIND[err.code], err.message, { cause: err });
        throw err;
      }
    },
  };
}
