export { parseFleet, FleetFileError } from './parse.js';
export { planFleet, runFleet, type FleetDeps } from './run.js';
export { resumeFleet } from './resume.js';
export { rollbackFleet } from './rollback.js';
export { renderFleetPlan, renderFleetTable, renderFleetText } from './summary.js';
export { haltTag, HALT_TAG_PREFIX } from './gallery.js';
export type * from './types.js';
