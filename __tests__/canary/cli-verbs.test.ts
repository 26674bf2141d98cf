/** `immutable-deploy promote` / `abort`: sugar for `run --stages promote|abort`, with their own help. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { commandInputs } from '../../src/cli/command.js';
import { helpFor, MAIN_HELP } from '../../src/cli/help.js';

describe('the promote and abort verbs', () => {
  it.each(['promote', 'abort'] as const)('%s runs the stage of its name and nothing else', (verb) => {
    const read = commandInputs(verb, new Map([['app-service', 'shop']]));
    expect(read('stages')).toBe(verb);
    expect(read('app-service')).toBe('shop');
    expect(commandInputs(verb, new Map([['stages', verb]]))('stages')).toBe(verb);
    expect(() => commandInputs(verb, new Map([['stages', 'deploy']]))).toThrow(
      new UsageError(
        `immutable-deploy ${verb} runs the '${verb}' stage only; drop --stages (or use 'immutable-deploy run --stages ...')`,
      ),
    );
  });

  it('are in the main help, and each has its own (without --stages)', () => {
    expect(MAIN_HELP).toMatch(/immutable-deploy promote \[--flags\] +continue a canary a deploy paused/);
    expect(MAIN_HELP).toMatch(/immutable-deploy abort \[--flags\] +return a paused canary's traffic/);
    const promote = helpFor('promote')!;
    expect(promote).toMatch(/^Usage: immutable-deploy promote \[--flags\]\n\npromote is run --stages promote/);
    expect(promote).not.toMatch(/--stages <value>/);
    expect(promote).toMatch(/--canary-steps <value>/);
    expect(helpFor('abort')).toMatch(/^Usage: immutable-deploy abort \[--flags\]\n\nabort is run --stages abort/);
  });
});
