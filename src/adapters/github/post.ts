/**
 * GitHub Action post step (dist/github-post/index.js, `post-if: always()`): releases the deploy lock the
 * main step still holds (it was killed, or its own release failed). Thin: the release is the
 * engine's (`releaseHeldLock`: deletes the lease tag only while it still holds this run's lease),
 * with a fresh sign-in from the same inputs. It never fails the job over a release.
 */
import * as core from '@actions/core';
import { releaseHeldLock } from '../../core/index.js';
import { azureLoader, planSignIn } from '../shared/azure-connection.js';
import { errorMessage, prepareStep } from '../shared/run-step.js';
import { githubCredentialSource } from './credential-source.js';
import { githubHost, HELD_STATE, type Held } from './host.js';
import { githubNamer, githubRead } from './runner-io.js';

export async function post(): Promise<void> {
  const raw = core.getState(HELD_STATE);
  if (!raw) {
    core.info('immutable-deploy post: the main step saved no state; nothing to release.');
    return;
  }
  let held: Held;
  try {
    held = JSON.parse(raw) as Held;
  } catch {
    core.warning(`immutable-deploy post: unreadable state '${HELD_STATE}'; nothing released.`);
    return;
  }
  if (!held.lock) {
    core.info('immutable-deploy post: this run holds no deploy lock; nothing to release.');
    return;
  }
  try {
    const host = githubHost(new AbortController().signal);
    const settings = prepareStep({ adapter: 'github', read: githubRead, namer: githubNamer, host });
    const ports = await azureLoader(settings, planSignIn(settings, githubCredentialSource()))();
    await releaseHeldLock(ports.leases, held.lock, {
      log: host,
      warn: (m) => core.warning(`immutable-deploy post: ${m}`),
    });
  } catch (err) {
    core.warning(
      `immutable-deploy post: the deploy lock on '${held.lock.target.name}' was not released (${errorMessage(err)}); it expires with its lease.`,
    );
  }
}

void post();
