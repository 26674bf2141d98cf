import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { StateSnapshot } from './state.js';

/** What goes to the --state file: resources plus the simulated clock, so time never runs backwards. */
export interface PersistedState extends StateSnapshot {
  simNowMs: number;
}

export function loadState(path: string): PersistedState | undefined {
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as PersistedState;
  if (parsed.version !== 1 || !Array.isArray(parsed.resources)) {
    throw new Error(`Unsupported emulator state file: ${path}`);
  }
  return parsed;
}

/** Atomic write (temp file + rename) so a crash never leaves half a file. */
export function saveState(path: string, state: PersistedState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, path);
}
