/**
 * GitHub Action post step (dist/github/post.js, `post-if: always()`): releases what the main step
 * holds. Deploy stages take the deploy lock with issue #5; until then the main step saves an empty
 * state and this step says so. It never fails the job over a release.
 */
import * as core from '@actions/core';
import { HELD_STATE, type Held } from './host.js';

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
  // Releasing needs the deploy lock implementation (issue #5); say so rather than pretend.
  core.warning(`immutable-deploy post: the run holds the deploy lock on '${held.lock.target}', which this build cannot release; it expires with its lease.`);
}

void post();
