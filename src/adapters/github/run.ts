/**
 * The GitHub Action's run once its inputs have parsed (loaded on demand by main.ts): the Host on
 * @actions/core, the outcome via `core.setFailed` exactly once.
 */
import * as core from '@actions/core';
import type { Settings } from '../../core/index.js';
import { bugStack, errorMessage, executeStep, failureMessage, signalController } from '../shared/run-step.js';
import { githubCredentialSource } from './credential-source.js';
import { githubHost, HELD_STATE, type Held } from './host.js';
import { githubNamer, githubRead } from './runner-io.js';

export async function run(settings: Settings): Promise<void> {
  const signals = signalController((s) => core.warning(`${s} received: cancelling the run`));
  try {
    const options = {
      adapter: 'github',
      read: githubRead,
      namer: githubNamer,
      host: githubHost(signals.controller.signal),
      credentials: githubCredentialSource,
    } as const;
    // What the post step must release; stages that take the deploy lock record it here.
    const save = (held: Held) => core.saveState(HELD_STATE, JSON.stringify(held));
    save({});
    const result = await executeStep(
      { ...options, deps: { onLockChange: (lock) => save(lock ? { lock } : {}) } },
      settings,
    );
    if (result.status !== 'succeeded') core.setFailed(failureMessage(result));
  } catch (err) {
    // A sign-in that can't work (an input error, nothing ran) or a bug: one message, never a stack trace.
    const stack = bugStack(err);
    if (stack) core.debug(stack);
    core.setFailed(errorMessage(err));
  } finally {
    signals.dispose();
  }
}
