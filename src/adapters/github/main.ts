/**
 * GitHub Action entry (dist/github/main.js). Thin: inputs from `with:`, the Host on
 * @actions/core, the outcome via `core.setFailed` exactly once. No @azure/* module is loaded here:
 * Azure stages load theirs on demand, so bad input fails fast.
 */
import * as core from '@actions/core';
import { bugStack, errorMessage, executeStep, failureMessage, prepareStep, signalController } from '../shared/run-step.js';
import { githubCredentialSource } from './credential-source.js';
import { githubHost, githubNamer, githubRead, HELD_STATE, type Held } from './host.js';

export async function main(): Promise<void> {
  const signals = signalController((s) => core.warning(`${s} received: cancelling the run`));
  try {
    const options = { adapter: 'github', read: githubRead, namer: githubNamer, host: githubHost(signals.controller.signal), credentials: githubCredentialSource } as const;
    const settings = prepareStep(options);
    // What the post step must release; stages that take the deploy lock record it here.
    const save = (held: Held) => core.saveState(HELD_STATE, JSON.stringify(held));
    save({});
    const result = await executeStep({ ...options, deps: { onLockChange: (lock) => save(lock ? { lock } : {}) } }, settings);
    if (result.status !== 'succeeded') core.setFailed(failureMessage(result));
  } catch (err) {
    // SettingsError (bad input, nothing ran) or a bug: one message, never a stack trace.
    const stack = bugStack(err);
    if (stack) core.debug(stack);
    core.setFailed(errorMessage(err));
  } finally {
    signals.dispose();
  }
}

void main();
