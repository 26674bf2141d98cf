/**
 * The strategy-neutral pause contract (src/core/deploy/canary/): walkCanary stops at an open pause
 * through the target's `pause` and resumes `from` the step after it; a target without `pause`
 * refuses such steps before its first write; the record's paused canary is read back and checked
 * against today's steps; a rollback while paused returns to the stable release.
 */
import { describe, expect, it } from 'vitest';
import { pausedCanary, resumePoint, weightBefore } from '../../src/core/deploy/canary/pause.js';
import { walkCanary, type CanaryProgress, type CanaryTarget } from '../../src/core/deploy/canary/walk.js';
import { defaultRollback, recordFromTags, tagsForRecord } from '../../src/core/deploy/record.js';
import { RolloutExecutor } from '../../src/core/rollout/executor.js';
import { parseCanarySteps } from '../../src/core/settings/parse-canary.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { Problems } from '../../src/core/settings/values.js';
import { parse as parseYaml } from 'yaml';

const steps = (raw: string) => parseCanarySteps(new Problems(), 'canary-steps', raw, parseYaml)!;
const executor = () =>
  new RolloutExecutor(
    {
      clock: { now: () => 0 },
      sleep: async () => undefined,
      log: { info: () => {}, debug: () => {} },
      signal: new AbortController().signal,
    },
    { planning: false, timeoutMs: 3_600_000, retryBaseMs: 1 },
  );

/** A target that logs what it is asked to do. */
function target(withPause = true): { t: CanaryTarget; calls: string[] } {
  const calls: string[] = [];
  const t: CanaryTarget = {
    where: 'the canary',
    setWeight: async (p) => void calls.push(`weight ${p}`),
    analyse: async () => void calls.push('analyse'),
    complete: async () => void calls.push('complete'),
    ...(withPause ? { pause: async (i: number, w: number) => void calls.push(`pause at ${i} with ${w}`) } : {}),
  };
  return { t, calls };
}

describe('walkCanary with an open pause', () => {
  it('stops at the pause, then resumes from the step after it', async () => {
    const s = steps('10%, analysis, pause, 50%, pause, 100%');
    const { t, calls } = target();
    const progress: CanaryProgress = { weight: 0, step: '' };
    expect(await walkCanary(executor(), s, t, progress)).toBe('paused');
    expect(calls).toEqual(['weight 10', 'analyse', 'pause at 2 with 10']);
    expect(progress).toMatchObject({ weight: 10, step: '3/6: pause', pausedAt: 2 });
    calls.length = 0;
    const again: CanaryProgress = { weight: 10, step: '' };
    expect(await walkCanary(executor(), s, t, again, { from: 3 })).toBe('paused');
    expect(calls).toEqual(['weight 50', 'pause at 4 with 50']);
    calls.length = 0;
    const last: CanaryProgress = { weight: 50, step: '' };
    expect(await walkCanary(executor(), s, t, last, { from: 5 })).toBe('completed');
    expect(calls).toEqual(['complete']);
    expect(last.weight).toBe(100);
  });

  it('a target that cannot pause refuses an open pause before its first write', async () => {
    const { t, calls } = target(false);
    await expect(walkCanary(executor(), steps('10%, pause, 100%'), t, { weight: 0, step: '' })).rejects.toThrow(
      "input 'canary-steps': step 2/3: pause: the canary cannot stop part-way yet; expected 'pause <duration>', e.g. 'pause 5m'",
    );
    expect(calls).toEqual([]);
  });
});

describe('the paused record', () => {
  const paused = recordFromTags(
    tagsForRecord({ current: '1.0.0', target: '2.0.0', state: 'paused', canaryStep: '3', canaryWeight: '10' }),
  );

  it('round-trips through tags, and a rollback while paused returns to the stable release', () => {
    expect(pausedCanary(paused)).toEqual({ version: '2.0.0', index: 2, weight: 10 });
    expect(pausedCanary({ ...paused, state: 'live' })).toBeUndefined();
    expect(defaultRollback(paused)).toEqual({ version: '1.0.0', record: { previous: undefined, failed: '2.0.0' } });
  });

  it('resumes only where the same steps still have that pause after the same share', () => {
    const s = steps('10%, analysis, pause, 50%, 100%');
    expect(weightBefore(s, 2)).toBe(10);
    expect(resumePoint(paused, s, '2.0.0', 'x')).toEqual({ version: '2.0.0', index: 2, weight: 10 });
    expect(resumePoint(paused, s, undefined, 'x').index).toBe(2);
    expect(() => resumePoint(paused, s, '3.0.0', 'x')).toThrow(/paused at step 3\/5: pause with 10% .*, not 3\.0\.0/);
    expect(() => resumePoint(paused, steps('10%, pause, 50%, 100%'), undefined, 'x')).toThrow(
      /in these steps step 3 is '50%' after 10%; expected .*\(step 3 'pause' after 10%\)/,
    );
    expect(() => resumePoint(paused, steps('20%, analysis, pause, 100%'), undefined, 'x')).toThrow(
      /step 3 is 'pause' after 20%/,
    );
    expect(() => resumePoint(paused, undefined, undefined, 'x')).toThrow(/input 'canary-steps' is required to promote/);
    expect(() => resumePoint({ current: '1.0.0' }, s, undefined, 'x')).toThrow(/^nothing to promote/);
  });
});

describe("the 'promote' and 'abort' stages in the inputs", () => {
  const base = {
    strategy: 'slot-swap',
    'resource-group': 'rg',
    'app-service': 'shop',
    'canary-steps': '10%, pause, 100%',
  };
  const parse = (extra: Record<string, string>) => {
    const values: Record<string, string> = { ...base, ...extra };
    return () => parseSettings((n) => values[n]);
  };

  it('need the target but no artifact (promote continues whatever is paused)', () => {
    expect(parse({ stages: 'promote,verify' })().stages).toEqual(['promote', 'verify']);
    expect(parse({ stages: 'abort' })().stages).toEqual(['abort']);
    expect(parse({ stages: 'promote', 'app-service': '' })).toThrow(
      "input 'app-service': is required when stage 'promote' runs with strategy 'slot-swap'",
    );
  });

  it("refuse 'abort' beside a stage that releases", () => {
    expect(parse({ stages: 'deploy,abort', 'container-image': 'r/shop:2' })).toThrow(
      "input 'stages': lists both 'deploy' and 'abort'; expected 'abort' as its own step",
    );
    expect(parse({ stages: 'promote,abort' })).toThrow("lists both 'promote' and 'abort'");
  });
});
