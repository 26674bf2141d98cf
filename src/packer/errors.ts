/**
 * Errors the Packer runner throws. Every message names the template so a pipeline log
 * says which bake failed without scrolling back.
 */

export type PackerErrorCode =
  | 'packer-not-found'
  | 'packer-too-old'
  | 'template-not-found'
  | 'invalid-input'
  | 'init-failed'
  | 'validate-failed'
  | 'build-failed'
  | 'no-azure-artifact'
  | 'cancelled';

export const PACKER_INSTALL_HINT =
  'Install Packer: https://developer.hashicorp.com/packer/install (Debian/Ubuntu: `apt-get install packer` ' +
  'or the HashiCorp apt repository), or in GitHub Actions add the `hashicorp/setup-packer` action before this step. ' +
  'Alternatively pass the path of the packer binary explicitly.';

export class PackerError extends Error {
  override readonly name = 'PackerError';

  constructor(
    readonly code: PackerErrorCode,
    readonly templatePath: string,
    message: string,
    /** Packer's last error lines (already masked), when the failure came from Packer itself. */
    readonly packerErrorLines: readonly string[] = [],
    readonly exitCode?: number | null,
  ) {
    super(message);
  }
}

export function isPackerError(error: unknown, code?: PackerErrorCode): error is PackerError {
  return error instanceof PackerError && (code === undefined || error.code === code);
}

/** Appends Packer's own error lines under a headline, indented so they read as a quote. */
export function withPackerLines(headline: string, lines: readonly string[]): string {
  if (lines.length === 0) return headline;
  return `${headline}\nPacker said:\n${lines.map((line) => `  ${line}`).join('\n')}`;
}
