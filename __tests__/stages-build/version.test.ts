import { describe, expect, it } from 'vitest';
import { chooseVersion, compareVersions, highestVersion } from '../../src/core/publish/version.js';
import { usableNames } from '../../src/core/publish/failed-version.js';
import { pollUntil } from '../../src/core/publish/poll.js';
import { EngineError } from '../../src/core/errors.js';
import { provenanceTags, TAGS } from '../../src/core/publish/provenance.js';
import { ManualClock, manualSleep } from '../core/fakes.js';

const NOW = Date.UTC(2026, 0, 9, 23, 59);

describe('chooseVersion', () => {
  it('auto: numeric order, not string order; 1.0.0 on an empty definition', () => {
    expect(
      chooseVersion({ scheme: { kind: 'auto' }, existing: ['1.9.0', '1.10.0', '1.2.30', 'junk'], nowMs: NOW }).version,
    ).toBe('1.10.1');
    expect(chooseVersion({ scheme: { kind: 'auto' }, existing: [], nowMs: NOW })).toMatchObject({
      version: '1.0.0',
      named: false,
    });
    expect(highestVersion(['2.0.0', '10.0.0', '9.99.99'])).toBe('10.0.0');
    expect(compareVersions('1.0.10', '1.0.9')).toBeGreaterThan(0);
  });

  it('auto refuses to pass the 32-bit patch limit', () => {
    expect(() => chooseVersion({ scheme: { kind: 'auto' }, existing: ['1.0.2147483647'], nowMs: NOW })).toThrow(
      /32-bit limit/,
    );
  });

  it('date: YYYY.MMDD.run in UTC; without a run number the next free patch of the day', () => {
    expect(
      chooseVersion({ scheme: { kind: 'date' }, existing: [], nowMs: NOW, run: { system: 'github', runNumber: 311 } }),
    ).toMatchObject({ version: '2026.109.311', named: true });
    expect(
      chooseVersion({ scheme: { kind: 'date' }, existing: ['2026.109.0', '2026.109.4', '2026.108.9'], nowMs: NOW })
        .version,
    ).toBe('2026.109.5');
    expect(chooseVersion({ scheme: { kind: 'date' }, existing: [], nowMs: Date.UTC(2026, 11, 31) }).version).toBe(
      '2026.1231.0',
    );
  });

  it('git-tag: v-prefixed tags; other refs and non-version tags are input errors', () => {
    expect(
      chooseVersion({
        scheme: { kind: 'git-tag' },
        existing: [],
        nowMs: NOW,
        run: { system: 'github', ref: 'refs/tags/v2.3.4' },
      }).version,
    ).toBe('2.3.4');
    expect(
      chooseVersion({
        scheme: { kind: 'git-tag' },
        existing: [],
        nowMs: NOW,
        run: { system: 'github', ref: 'refs/tags/5.0.1' },
      }).version,
    ).toBe('5.0.1');
    const bad = () =>
      chooseVersion({
        scheme: { kind: 'git-tag' },
        existing: [],
        nowMs: NOW,
        run: { system: 'github', ref: 'refs/tags/v2.3' },
      });
    expect(bad).toThrow(/git tag 'v2\.3' is not a version/);
    expect(() => chooseVersion({ scheme: { kind: 'git-tag' }, existing: [], nowMs: NOW })).toThrow(
      /this run's ref is unknown/,
    );
  });

  it('explicit: validated again (32-bit parts)', () => {
    expect(() =>
      chooseVersion({ scheme: { kind: 'explicit', version: '1.0.2147483648' }, existing: [], nowMs: NOW }),
    ).toThrow(EngineError);
  });
});

describe('pollUntil', () => {
  it('spaces polls by what each observation asks, never past the deadline, and times out with the last value', async () => {
    const clock = new ManualClock();
    const sleep = manualSleep(clock);
    let n = 0;
    const run = pollUntil({
      clock,
      sleep,
      signal: new AbortController().signal,
      timeoutMs: 100_000,
      firstDelayMs: 10_000,
      observe: async () => ({ done: false, value: ++n, pollAfterMs: 30_000 }),
      timedOut: (last, waited) => new EngineError('transient', `gave up after ${waited} at ${last}`),
    });
    await expect(run).rejects.toThrow('gave up after 100000 at 4');
    expect(sleep.sleeps).toEqual([10_000, 30_000, 30_000, 30_000]);
  });

  it('a zero interval still pauses; an abort is a cancellation', async () => {
    const clock = new ManualClock();
    const sleep = manualSleep(clock);
    const controller = new AbortController();
    let n = 0;
    const run = pollUntil({
      clock,
      sleep,
      signal: controller.signal,
      timeoutMs: 1000,
      observe: async () => {
        if (++n === 3) controller.abort();
        return { done: false, value: n, pollAfterMs: 0 };
      },
      timedOut: () => new EngineError('transient', 'timeout'),
    });
    await expect(run).rejects.toMatchObject({ kind: 'cancelled' });
    expect(sleep.sleeps).toEqual([1, 1]);
  });
});

describe('provenanceTags', () => {
  it('keeps what the run knows, cut to 256 characters', () => {
    const tags = provenanceTags(
      { system: 'azure-devops', commit: 'c0ffee', runUrl: `https://dev.azure.com/${'x'.repeat(300)}` },
      { bakeKey: 'k' },
    );
    expect(tags).toEqual({
      [TAGS.bakeKey]: 'k',
      [TAGS.commit]: 'c0ffee',
      [TAGS.runUrl]: tags[TAGS.runUrl],
      [TAGS.system]: 'azure-devops',
    });
    expect(tags[TAGS.runUrl]!.length).toBe(256);
  });
});

describe("Failed versions and 'auto'", () => {
  it('a Failed version never counts as the highest: auto chooses its name again (to replace it), not the one above', () => {
    const versions = [
      { id: 'a', name: '1.0.0', location: 'westeurope', tags: {}, targetRegions: [], provisioningState: 'Succeeded' },
      { id: 'b', name: '1.0.1', location: 'westeurope', tags: {}, targetRegions: [], provisioningState: 'Failed' },
    ];
    expect(usableNames(versions)).toEqual(['1.0.0']);
    expect(chooseVersion({ scheme: { kind: 'auto' }, existing: usableNames(versions), nowMs: NOW }).version).toBe(
      '1.0.1',
    );
  });
});
