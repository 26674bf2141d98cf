/**
 * `immutable-deploy plan` wiring, by unit: plan is `run --dry-run` with the same flags (the CLI
 * bundle itself is exercised after the lead rebuilds dist/).
 */
import { describe, expect, it } from 'vitest';
import { parseRunArgs, UsageError } from '../../src/cli/args.js';
import { commandInputs } from '../../src/cli/command.js';
import { MAIN_HELP, runHelp } from '../../src/cli/help.js';
import { parseSettings } from '../../src/core/settings/parse.js';

const flags = [
  '--stages',
  'deploy',
  '--resource-group',
  'rg',
  '--scale-set',
  'web',
  '--image-id',
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/d/versions/1.0.0',
];

describe('immutable-deploy plan', () => {
  it('is run --dry-run: every other flag passes through unchanged', () => {
    const args = parseRunArgs(flags);
    const read = commandInputs('plan', args.inputs);
    expect(read('dry-run')).toBe('true');
    expect(read('stages')).toBe('deploy');
    expect(read('scale-set')).toBe('web');
    const settings = parseSettings(read);
    expect(settings.dryRun).toBe(true);
    expect(settings.stages).toEqual(['deploy']);
    // `plan --dry-run` is accepted (says the same); `plan --dry-run=false` contradicts the command.
    expect(commandInputs('plan', parseRunArgs([...flags, '--dry-run']).inputs)('dry-run')).toBe('true');
    expect(() => commandInputs('plan', parseRunArgs([...flags, '--dry-run=false']).inputs)).toThrow(UsageError);
    expect(() => commandInputs('plan', parseRunArgs([...flags, '--dry-run=false']).inputs)).toThrow(
      "immutable-deploy plan never writes; drop --dry-run=false (or use 'immutable-deploy run')",
    );
  });

  it('run keeps the flags as given; rollback still fixes the stage', () => {
    expect(commandInputs('run', parseRunArgs(flags).inputs)('dry-run')).toBeUndefined();
    expect(commandInputs('run', parseRunArgs([...flags, '--dry-run']).inputs)('dry-run')).toBe('true');
    expect(commandInputs('rollback', parseRunArgs(['--scale-set', 'web']).inputs)('stages')).toBe('rollback');
    expect(() => commandInputs('rollback', parseRunArgs(flags).inputs)).toThrow(
      "immutable-deploy rollback runs the 'rollback' stage only",
    );
  });

  it('help: plan is documented as a working subcommand, with its own usage line', () => {
    expect(MAIN_HELP).toContain(
      'immutable-deploy plan [--flags]         every read for real, the writes a run would make printed, none made: run --dry-run',
    );
    expect(MAIN_HELP).not.toContain('not implemented');
    const help = runHelp('plan');
    expect(help.startsWith('Usage: immutable-deploy plan [--flags]\n\nplan is run --dry-run')).toBe(true);
    expect(help).toContain('--dry-run');
    expect(runHelp().startsWith('Usage: immutable-deploy run [--flags]\n\nEvery input')).toBe(true);
  });
});
