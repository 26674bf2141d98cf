/**
 * GitHub Action entry (dist/github/main.js). Thin, and light until the inputs are known good: it
 * reads and parses them with nothing but the runner's contract (`runner-io.ts`), so bad input
 * fails — secrets masked, one `::error::` annotation, exit 1 — before @actions/core, the engine or
 * any SDK is loaded. Good input loads `run.ts` (which has the Host on @actions/core) and runs.
 * See docs/decisions/0003-github-bundle-startup.md.
 */
import type { Settings } from '../../core/settings/types.js';
import {
  bugStack,
  errorMessage,
  prepareDirect,
  usesInputFiles,
  yamlInputGiven,
  type PrepareOptions,
} from '../shared/prepare-direct.js';
import { githubNamer, githubRead, issueCommand } from './runner-io.js';

/**
 * Inputs given directly parse without the config/fleet file readers, and without a YAML parser
 * unless a YAML-valued input is given; a config or fleet file loads them all first.
 */
async function prepare(options: PrepareOptions): Promise<Settings> {
  if (usesInputFiles(options.read)) {
    const { prepareStep } = await import('../shared/prepare.js');
    return prepareStep(options);
  }
  if (!yamlInputGiven(options)) return prepareDirect(options);
  const yaml = await import('yaml');
  return prepareDirect(options, (text) => yaml.parse(text));
}

export async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = await prepare({
      adapter: 'github',
      read: githubRead,
      namer: githubNamer,
      host: { setSecret: (v) => issueCommand('add-mask', {}, v) },
    });
  } catch (err) {
    // SettingsError (bad input, nothing ran) or a bug: one message, never a stack trace
    // (`core.debug(stack)` then `core.setFailed(message)`, without loading the toolkit).
    const stack = bugStack(err);
    if (stack) issueCommand('debug', {}, stack);
    process.exitCode = 1;
    issueCommand('error', {}, errorMessage(err));
    return;
  }
  const { run } = await import('./run.js');
  await run(settings);
}

void main();
