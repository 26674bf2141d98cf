import type { Json, StoredResource } from '../state.js';
import type { EmulatorContext } from '../types.js';
import { WRITTEN_AT } from './front-door-status.js';

/**
 * What a Front Door (Standard/Premium) profile routes by: a snapshot of its endpoints, routes,
 * origin groups and origins as stored (Microsoft.Cdn 2024-02-01, `afdx.json`: AFDEndpoint, Route,
 * AFDOriginGroup, AFDOrigin). The traffic simulation installs a snapshot once the change has
 * propagated (sim/front-door.ts), so requests see the configuration of a moment, never a half-applied one.
 */
export interface OriginModel {
  id: string;
  name: string;
  hostName: string;
  httpPort: number;
  httpsPort: number;
  priority: number;
  weight: number;
  enabled: boolean;
}

export interface OriginGroupModel {
  id: string;
  origins: OriginModel[];
}

export interface RouteModel {
  id: string;
  name: string;
  originGroupId: string | undefined;
  patterns: string[];
  forwardingProtocol: string;
  enabled: boolean;
  linkToDefaultDomain: boolean;
}

export interface EndpointModel {
  id: string;
  hostName: string;
  enabled: boolean;
  routes: RouteModel[];
}

export interface ProfileModel {
  profileId: string;
  endpoints: EndpointModel[];
  /** Keyed by lower-case origin group id. */
  originGroups: Map<string, OriginGroupModel>;
}

export const CDN_TYPES = {
  profile: 'Microsoft.Cdn/profiles',
  endpoint: 'Microsoft.Cdn/profiles/afdEndpoints',
  route: 'Microsoft.Cdn/profiles/afdEndpoints/routes',
  originGroup: 'Microsoft.Cdn/profiles/originGroups',
  origin: 'Microsoft.Cdn/profiles/originGroups/origins',
} as const;

const props = (r: StoredResource): Json => (r.body['properties'] as Json | undefined) ?? {};
const enabled = (value: unknown): boolean => value === undefined || value === 'Enabled';
/**
 * A resource routes once a write of it has succeeded (front-door-status.ts stamps it), until its
 * delete starts: one still being created does not; one whose later update failed keeps routing as stored.
 */
const deployed = (r: StoredResource): boolean =>
  r.meta[WRITTEN_AT] !== undefined && props(r)['provisioningState'] !== 'Deleting';

/** The profile's configuration as stored now. */
export function profileModel(emu: EmulatorContext, profileId: string): ProfileModel {
  const list = (type: string, scope: string) => emu.state.list(type, scope).filter(deployed);
  const originGroups = new Map<string, OriginGroupModel>();
  for (const group of list(CDN_TYPES.originGroup, profileId)) {
    const origins = list(CDN_TYPES.origin, group.id).map(originModel);
    originGroups.set(group.id.toLowerCase(), { id: group.id, origins });
  }
  const endpoints = list(CDN_TYPES.endpoint, profileId).map((e) => ({
    id: e.id,
    hostName: String(props(e)['hostName'] ?? '').toLowerCase(),
    enabled: enabled(props(e)['enabledState']),
    routes: list(CDN_TYPES.route, e.id).map(routeModel),
  }));
  return { profileId, endpoints, originGroups };
}

function originModel(r: StoredResource): OriginModel {
  const p = props(r);
  return {
    id: r.id,
    name: String(r.body['name']),
    hostName: String(p['hostName'] ?? '').toLowerCase(),
    httpPort: Number(p['httpPort'] ?? 80),
    httpsPort: Number(p['httpsPort'] ?? 443),
    priority: Number(p['priority'] ?? 1),
    weight: Number(p['weight'] ?? 50),
    enabled: enabled(p['enabledState']),
  };
}

function routeModel(r: StoredResource): RouteModel {
  const p = props(r);
  const group = (p['originGroup'] as Json | undefined)?.['id'];
  return {
    id: r.id,
    name: String(r.body['name']),
    originGroupId: typeof group === 'string' ? group : undefined,
    patterns: ((p['patternsToMatch'] as string[] | undefined) ?? ['/*']).map(String),
    forwardingProtocol: String(p['forwardingProtocol'] ?? 'MatchRequest'),
    enabled: enabled(p['enabledState']),
    linkToDefaultDomain: p['linkToDefaultDomain'] === 'Enabled',
  };
}

/**
 * The route that serves `path` on an endpoint's default domain: enabled, linked to the default
 * domain, the most specific matching pattern wins ("How requests get matched to a route
 * configuration", learn.microsoft.com/azure/frontdoor/front-door-route-matching: exact paths first,
 * then the longest wildcard path).
 */
export function matchRoute(endpoint: EndpointModel, path: string): RouteModel | undefined {
  const bare = path.split('?')[0] ?? '/';
  let best: { route: RouteModel; score: number } | undefined;
  for (const route of endpoint.routes) {
    if (!route.enabled || !route.linkToDefaultDomain) continue;
    for (const pattern of route.patterns) {
      const score = patternScore(pattern.toLowerCase(), bare.toLowerCase());
      if (score >= 0 && (!best || score > best.score)) best = { route, score };
    }
  }
  return best?.route;
}

function patternScore(pattern: string, path: string): number {
  if (pattern.endsWith('/*')) {
    const prefix = pattern.slice(0, -1);
    return path.startsWith(prefix) || `${path}/` === prefix ? prefix.length : -1;
  }
  return pattern === path ? 100_000 + pattern.length : -1;
}
