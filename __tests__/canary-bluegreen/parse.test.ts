/** 'front-door-origin-group' as users write it, and where it is refused (before any call to Azure). */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings/parse.js';

const SUB = '00000000-0000-0000-0000-000000000001';
const ID = `/subscriptions/${SUB}/resourceGroups/rg-edge/providers/Microsoft.Cdn/profiles/fd/originGroups/web`;

const base: Record<string, string> = {
  stages: 'deploy',
  strategy: 'blue-green',
  'resource-group': 'rg',
  'scale-set': 'web',
  'load-balancer': 'lb',
  'preview-port': '8081',
  'image-id': '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0',
  'canary-steps': '10%, analysis, 100%',
};
const parse = (extra: Record<string, string | undefined>) => {
  const values = { ...base, ...extra };
  return parseSettings((n) => values[n]);
};

describe('front-door-origin-group', () => {
  it('takes a resource id or <profile>/<originGroup> (then the deploy resource group)', () => {
    expect(parse({ 'front-door-origin-group': ID }).deploy.frontDoorOriginGroup).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'rg-edge',
      profile: 'fd',
      originGroup: 'web',
    });
    expect(parse({ 'front-door-origin-group': 'fd/web' }).deploy.frontDoorOriginGroup).toEqual({
      profile: 'fd',
      originGroup: 'web',
    });
  });

  it.each([
    [
      { 'front-door-origin-group': 'fd' },
      "input 'front-door-origin-group': 'fd' is not a Front Door origin group; expected the origin group's resource id",
    ],
    [
      { 'front-door-origin-group': undefined },
      "input 'front-door-origin-group': is required with 'canary-steps' and strategy 'blue-green'",
    ],
    [
      { 'front-door-origin-group': 'fd/web', 'canary-steps': undefined },
      "input 'front-door-origin-group': is only used with 'canary-steps'",
    ],
    [
      {
        'front-door-origin-group': 'fd/web',
        strategy: 'slot-swap',
        'app-service': 'shop',
        'container-image': 'shop:2',
      },
      "input 'front-door-origin-group': is not used with strategy 'slot-swap'; expected strategy 'blue-green' with 'canary-steps'",
    ],
  ])('%j is refused', (extra, message) => {
    expect(() => parse(extra)).toThrow(message);
  });
});
