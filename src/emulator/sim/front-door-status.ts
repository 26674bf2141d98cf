import type { Json } from '../state.js';
import type { EmulatorContext } from '../types.js';

/**
 * `deploymentStatus` of Front Door resources (AFDStateProperties in Microsoft.Cdn 2024-02-01
 * `afdx.json`: NotStarted | InProgress | Succeeded | Failed, read-only): a write is `NotStarted`
 * while its provisioning runs, `InProgress` while the change propagates to the edge, `Succeeded`
 * once traffic follows it (sim/front-door.ts).
 */
export const WRITTEN_AT = 'cdnWrittenAtMs';

export function setDeploymentStatus(body: Json, status: 'NotStarted' | 'InProgress' | 'Succeeded'): void {
  const props = (body['properties'] ??= {}) as Json;
  props['deploymentStatus'] = status;
}

/** A profile snapshot taken at `takenAtMs` routes traffic now: what it carried has been deployed. */
export function frontDoorApplied(emu: EmulatorContext, profileId: string, takenAtMs: number): void {
  const prefix = `${profileId.toLowerCase()}/`;
  for (const res of emu.state.all()) {
    if (!res.id.toLowerCase().startsWith(prefix)) continue;
    const props = (res.body['properties'] as Json | undefined) ?? {};
    const writtenAt = Number(res.meta[WRITTEN_AT] ?? Infinity);
    if (props['deploymentStatus'] === 'InProgress' && writtenAt <= takenAtMs) props['deploymentStatus'] = 'Succeeded';
  }
  emu.state.touch();
}
