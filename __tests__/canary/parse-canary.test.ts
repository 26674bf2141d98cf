/** 'canary-steps' as users write it: one line or a YAML list; every bad step is one clear problem. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseSettings } from '../../src/core/settings/parse.js';
import { parseCanarySteps } from '../../src/core/settings/parse-canary.js';
import { Problems } from '../../src/core/settings/values.js';

const parse = (raw: string) => {
  const p = new Problems();
  const steps = parseCanarySteps(p, 'canary-steps', raw, parseYaml);
  return { steps, problems: p.items.map((i) => `input '${i.input}': ${i.message}`) };
};

describe('canary-steps', () => {
  it('reads one line and a YAML list alike', () => {
    const want = [
      { kind: 'weight', percent: 10 },
      { kind: 'pause', ms: 300_000 },
      { kind: 'weight', percent: 25 },
      { kind: 'analysis' },
      { kind: 'weight', percent: 100 },
    ];
    expect(parse('10%, pause 5m, 25%, analysis, 100%')).toEqual({ steps: want, problems: [] });
    expect(parse('- 10%\n- pause 5m\n- 25 %\n- Analysis\n- 100%')).toEqual({ steps: want, problems: [] });
  });

  it("reads 'pause' without a duration as the open pause that stops the run until 'promote'", () => {
    expect(parse('10%, pause, 50%, 100%').steps).toEqual([
      { kind: 'weight', percent: 10 },
      { kind: 'stop' },
      { kind: 'weight', percent: 50 },
      { kind: 'weight', percent: 100 },
    ]);
  });

  it.each([
    [
      '10%, 5%, 100%',
      "input 'canary-steps': step 2 '5%' does not raise the share (it was 10%); expected each weight above the one before",
    ],
    ['10%, 50%', "input 'canary-steps': ends at 50%; expected the last step to be '100%'"],
    ['pause 5m, analysis', "input 'canary-steps': has no weight step; expected the last step to be '100%'"],
    [
      '10%, 100%, pause 1m',
      "input 'canary-steps': step 2 '100%' completes the release; expected it to be the last step",
    ],
    [
      '0%, 100%',
      "input 'canary-steps': step 1 '0%' is not a share of traffic; expected a whole percent from 1% to 100%",
    ],
    [
      '10%, 150%',
      "input 'canary-steps': step 2 '150%' is not a share of traffic; expected a whole percent from 1% to 100%",
    ],
    [
      '10%, pause soon, 100%',
      "input 'canary-steps': step 2 'pause soon' has no valid duration; expected e.g. 'pause 30s', 'pause 5m' or 'pause 1h'",
    ],
    [
      '10, 100%',
      "input 'canary-steps': step 1 '10' is not a step; expected 'N%' (1..100), 'pause <duration>' (e.g. 'pause 5m'), 'pause' or 'analysis'",
    ],
  ])('%s is refused', (raw, message) => {
    const { steps, problems } = parse(raw);
    expect(steps).toBeUndefined();
    expect(problems).toEqual([message]);
  });

  it('is refused with a strategy that has no canary, naming the one that has', () => {
    const values: Record<string, string> = {
      stages: 'deploy',
      strategy: 'template',
      'resource-group': 'rg',
      'image-id': '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0',
      'canary-steps': '10%, 100%',
    };
    expect(() => parseSettings((n) => values[n])).toThrow(
      /input 'canary-steps': is not supported with strategy 'template'; expected strategy 'rolling' or .*'slot-swap'/,
    );
  });
});
