/**
 * The GitHub adapter's runner contract without @actions/core (src/adapters/github/runner-io.ts),
 * checked against @actions/core itself: the same workflow command bytes for the same calls, the
 * same input values for the same INPUT_* variables.
 */
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { githubRead, issueCommand } from '../../src/adapters/github/runner-io.js';

/** What a call writes to stdout. */
function stdoutOf(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const AWKWARD = [
  'plain',
  '',
  '100% done',
  'a\r\nb\nc',
  'key: value, more',
  '%0A is not a newline',
  '::error::injected',
  'ünïcødé ✓',
  ' padded ',
];

describe('workflow commands without @actions/core', () => {
  it.each(AWKWARD)('add-mask, debug, error and warning of %j match the toolkit', (message) => {
    expect(stdoutOf(() => issueCommand('add-mask', {}, message))).toBe(stdoutOf(() => core.setSecret(message)));
    expect(stdoutOf(() => issueCommand('debug', {}, message))).toBe(stdoutOf(() => core.debug(message)));
    expect(stdoutOf(() => issueCommand('error', {}, message))).toBe(stdoutOf(() => core.error(message)));
    expect(stdoutOf(() => issueCommand('warning', {}, message))).toBe(stdoutOf(() => core.warning(message)));
  });

  it('escapes properties as the toolkit does (also ":" and ","), leaving empty ones out', () => {
    for (const title of AWKWARD) {
      const ours = stdoutOf(() =>
        issueCommand('error', { title, file: 'src/a:b,c.ts', line: '12', col: undefined }, 'msg%\n'),
      );
      const theirs = stdoutOf(() => core.error('msg%\n', { title, file: 'src/a:b,c.ts', startLine: 12 }));
      expect(ours).toBe(theirs);
    }
  });
});

describe('inputs without @actions/core', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['probe-urls', '  https://a.example/x\nhttps://b.example/y \n'],
    ['client-secret', 's3cret'],
    ['stages', '   '],
    ['dry-run', ''],
    ['with space', 'v'],
  ])('%s reads as core.getInput does (trimmed; undefined when empty)', (name, value) => {
    vi.stubEnv(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value);
    expect(githubRead(name)).toBe(core.getInput(name) || undefined);
  });

  it('an input that is not set is undefined', () => {
    expect(githubRead('image-definition-never-set')).toBeUndefined();
  });
});
