import type { BakeKeyInput } from '../core/bake/bake-key.js';
import { collectTemplateFiles, readVarFiles } from './template.js';
import type { PackerVariables } from './var-file.js';

/**
 * Reads a Packer template's files and var files from disk into the input of `computeBakeKey`.
 * Var files are keyed by content and position only, so the same files at other paths match.
 */
export async function collectBakeKeyInput(options: {
  template: string;
  varFiles?: readonly string[];
  variables?: PackerVariables;
  secretVariables?: readonly string[];
  resolvedBaseImage: string;
  cwd?: string;
}): Promise<BakeKeyInput> {
  const cwd = options.cwd ?? process.cwd();
  const templateFiles = await collectTemplateFiles(options.template, cwd);
  const varFiles = await readVarFiles(options.varFiles ?? [], cwd);
  return {
    builder: 'packer',
    templateFiles: templateFiles.map((file) => ({ path: file.relativePath, content: file.content })),
    varFiles: varFiles.map((file, index) => ({ path: String(index), content: file.content })),
    variables: options.variables ?? {},
    secretVariables: options.secretVariables ?? [],
    resolvedBaseImage: options.resolvedBaseImage,
  };
}
