/**
 * What each `run`-like subcommand fixes on top of the flags: `rollback`, `promote` and `abort` run
 * that stage only; `plan` is `run --dry-run` (same flags, every read for real, the writes printed,
 * none made).
 */
import { UsageError } from './args.js';

export type RunCommand = 'run' | 'plan' | 'rollback' | 'promote' | 'abort';

/** The commands that run one stage of the same name. */
const ONE_STAGE: readonly RunCommand[] = ['rollback', 'promote', 'abort'];

/** The input reader for `command` over the parsed flags; throws UsageError when a flag contradicts the command. */
export function commandInputs(
  command: RunCommand,
  inputs: ReadonlyMap<string, string>,
): (name: string) => string | undefined {
  const oneStage = ONE_STAGE.includes(command);
  if (oneStage && inputs.has('stages') && inputs.get('stages')!.trim() !== command) {
    throw new UsageError(
      `immutable-deploy ${command} runs the '${command}' stage only; drop --stages (or use 'immutable-deploy run --stages ...')`,
    );
  }
  if (command === 'plan' && inputs.has('dry-run') && inputs.get('dry-run')!.trim().toLowerCase() !== 'true') {
    throw new UsageError("immutable-deploy plan never writes; drop --dry-run=false (or use 'immutable-deploy run')");
  }
  return (name) => {
    if (oneStage && name === 'stages') return command;
    if (command === 'plan' && name === 'dry-run') return 'true';
    return inputs.get(name);
  };
}
