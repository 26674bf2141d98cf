import { EngineError } from '../errors.js';
import type { Problem } from './values.js';

/** How an adapter names an input to its users (GitHub `target-regions`, Azure DevOps `targetRegions`, CLI `--target-regions`). */
export type InputNamer = (name: string) => string;

/** Every problem found in the inputs, reported at once before any call to Azure. */
export class SettingsError extends EngineError {
  constructor(
    readonly problems: readonly Problem[],
    namer: InputNamer = (n) => n,
  ) {
    super('input', formatProblems(problems, namer));
    this.name = 'SettingsError';
  }
}

export function formatProblems(problems: readonly Problem[], namer: InputNamer): string {
  const lines = problems.map((p) => `input '${namer(p.input)}': ${p.message}`);
  if (lines.length === 1) return lines[0]!;
  return `${lines.length} inputs need fixing:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}
