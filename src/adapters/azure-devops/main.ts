/**
 * Azure DevOps task entry (task/dist/index.js; handlers Node24 and Node20_1). Thin: inputs by
 * their task.json names, the Host on azure-pipelines-task-lib, the result via `tl.setResult`
 * exactly once.
 */
import * as tl from 'azure-pipelines-task-lib/task.js';
import { bugStack, errorMessage, failureMessage, runStep, signalController } from '../shared/run-step.js';
import { adoCredentialSource } from './credential-source.js';
import { adoHost, adoNamer, adoRead } from './host.js';

export async function main(): Promise<void> {
  const signals = signalController((s) => tl.warning(`${s} received: cancelling the run`));
  try {
    const { result } = await runStep({
      adapter: 'azure-devops',
      read: adoRead,
      namer: adoNamer,
      host: adoHost(signals.controller.signal),
      credentials: adoCredentialSource,
    });
    if (result.status === 'succeeded') tl.setResult(tl.TaskResult.Succeeded, '');
    else if (result.status === 'cancelled') tl.setResult(tl.TaskResult.Cancelled, failureMessage(result));
    else tl.setResult(tl.TaskResult.Failed, failureMessage(result));
  } catch (err) {
    const stack = bugStack(err);
    if (stack) tl.debug(stack);
    tl.setResult(tl.TaskResult.Failed, errorMessage(err));
  } finally {
    signals.dispose();
  }
}

void main();
