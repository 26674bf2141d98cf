/**
 * The Packer port: how the bake stage runs Packer and learns what decides its output. Implemented
 * in src/packer/port.ts around `runPackerBake`; faked in tests. Errors arrive as EngineErrors
 * (a missing or invalid template is 'input', a failed build 'terminal', a stop 'cancelled').
 */
import type { Logger } from '../ports.js';
import type { BakeKeyInput } from './bake-key.js';

export interface PackerInputs {
  /** Template file or folder (HCL2 or JSON), relative to the working directory. */
  readonly template: string;
  readonly variables: Readonly<Record<string, string>>;
  /** Names of `variables` whose values are secret: masked in logs, hashed slowly in the key. */
  readonly secretVariables: readonly string[];
  readonly varFiles: readonly string[];
}

export interface PackerBakeRequest extends PackerInputs {
  readonly only: readonly string[];
  /** Longest the whole bake may take; Packer is stopped (and cleans up) when it is exceeded. */
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  /** Where Packer's output goes (the host: secrets are masked before and by it). */
  readonly logger: Logger;
}

export interface PackerBakeOutcome {
  readonly managedImageId?: string;
  readonly galleryImageVersionId?: string;
  readonly packerVersion?: string;
}

export interface PackerPort {
  /** Reads the template's files and var files into the bake key's input (no Packer run). */
  describeInputs(inputs: PackerInputs & { readonly resolvedBaseImage: string }): Promise<BakeKeyInput>;
  /** `packer [init,] validate, build -machine-readable`; the Azure image it produced. */
  bake(request: PackerBakeRequest): Promise<PackerBakeOutcome>;
}
