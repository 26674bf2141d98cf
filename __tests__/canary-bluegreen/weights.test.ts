/** The weights of a Front Door split: every step's share a whole preview weight against the live base. */
import { describe, expect, it } from 'vitest';
import { baseWeight, previewWeight, shareText } from '../../src/core/deploy/blue-green/canary-origins.js';
import type { CanaryStep } from '../../src/core/settings/types.js';

const steps = (...percents: number[]): CanaryStep[] => percents.map((percent) => ({ kind: 'weight', percent }));

describe('canary weights', () => {
  it('gives the live origin the largest base that fits the largest step below 100%', () => {
    expect(baseWeight(steps(10, 50, 100))).toBe(1000);
    expect(baseWeight(steps(10, 75, 100))).toBe(333);
    expect(baseWeight(steps(99, 100))).toBe(10);
    expect(baseWeight(steps(100))).toBe(1000);
  });

  it('sets each share within Front Door 1..1000, and says what rounding made of it', () => {
    expect(previewWeight(1000, 10)).toEqual({ weight: 111, share: (100 * 111) / 1111 });
    expect(previewWeight(1000, 50).weight).toBe(1000);
    expect(previewWeight(333, 75).weight).toBe(999);
    expect(shareText(10, previewWeight(1000, 10).share)).toBe('10%');
    // 1% against a base of 10 (a canary that also goes to 99%): one weight is 9.1%.
    expect(previewWeight(10, 1).weight).toBe(1);
    expect(shareText(1, previewWeight(10, 1).share)).toBe('1% (9.1% after rounding the weights)');
  });
});
