import type { EmulatorContext } from '../types.js';
import type { FrontDoorRequest, FrontDoorTimings } from './front-door.js';
import { deployWorld } from './world.js';

/** Control hooks of the Front Door simulation (sim/front-door.ts), merged into `EmulatorControl`. */
export interface FrontDoorControl {
  /**
   * `http://127.0.0.1:PORT` answering for a Front Door endpoint, by its resource id or its
   * `<name>-<hash>.z01.azurefd.net` host name (the latter once the endpoint is deployed).
   */
  frontDoorUrl(endpointIdOrHostName: string): string | undefined;
  /** `propagationSeconds`: simulated seconds from a succeeded Front Door write to traffic following it (default 5). */
  setFrontDoorTimings(timings: Partial<FrontDoorTimings>): void;
  /**
   * Whether the Front Door profile holding `resourceId` (a profile or anything in it) routes by
   * its stored configuration: no change still propagating, every endpoint's listener open.
   */
  frontDoorPropagated(resourceId: string): boolean;
  /** The origins of an origin group traffic follows right now (after propagation). */
  frontDoorOrigins(
    originGroupId: string,
  ): Array<{ name: string; id: string; weight: number; priority: number; enabled: boolean }>;
  /** Every request the Front Door endpoints answered (which route, origin group, origin; status), oldest first. */
  frontDoorRequests(): readonly FrontDoorRequest[];
}

const profileOf = (id: string): string => {
  const m = /^(.*\/providers\/microsoft\.cdn\/profiles\/[^/]+)/i.exec(id);
  return m ? m[1]! : id;
};

export function frontDoorControl(emu: EmulatorContext): FrontDoorControl {
  const fd = () => deployWorld(emu).frontDoor;
  return {
    frontDoorUrl: (idOrHost) => fd().urlFor(idOrHost),
    setFrontDoorTimings: (t) => void Object.assign(fd().timings, t),
    frontDoorPropagated(resourceId) {
      emu.scheduler.runDue();
      const profileId = profileOf(resourceId);
      const model = fd().inEffect(profileId);
      return !!model && !fd().propagating(profileId) && model.endpoints.every((e) => !!fd().urlFor(e.id));
    },
    frontDoorOrigins(originGroupId) {
      emu.scheduler.runDue();
      const group = fd().inEffect(profileOf(originGroupId))?.originGroups.get(originGroupId.toLowerCase());
      return (group?.origins ?? []).map(({ name, id, weight, priority, enabled }) => ({
        name,
        id,
        weight,
        priority,
        enabled,
      }));
    },
    frontDoorRequests: () => fd().log,
  };
}
