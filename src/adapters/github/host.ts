/** The engine's Host on @actions/core: annotations, log groups, GITHUB_OUTPUT, the job summary. */
import * as core from '@actions/core';
import { renderMarkdown, type HeldLock, type Host, type RunResult } from '../../core/index.js';

export function githubHost(signal: AbortSignal): Host {
  return {
    signal,
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    group: (name, fn) => core.group(name, fn),
    setSecret: (v) => core.setSecret(v),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (result: RunResult) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      try {
        await core.summary.addRaw(renderMarkdown(result)).write();
      } catch (err) {
        core.warning(`could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}

/** State shared with the post step (`post.ts`): what this run holds and must release. */
export const HELD_STATE = 'held';
export interface Held {
  /** The deploy lock while the main step holds it (saved on every change; released by post.ts). */
  readonly lock?: HeldLock;
}
