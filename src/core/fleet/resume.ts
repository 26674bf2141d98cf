/**
 * `fleet resume`: continues a halted fleet after a fix. It reads the halt marker on the image
 * version (which wave halted), runs that wave again — its targets already on the version and
 * recorded live are skipped, the others released — removes the marker once the wave has passed
 * (bake time and gates included), then goes on with the later waves. Without a marker it is a
 * `fleet run` (which skips released targets as well). The engine is run.ts's FleetRun.
 */
import { FleetRun, type FleetDeps } from './run.js';
import type { Fleet, FleetResult } from './types.js';

export async function resumeFleet(fleet: Fleet, deps: FleetDeps): Promise<FleetResult> {
  return new FleetRun(fleet, deps).run('resume');
}
