/** The fault matrix, rolling canary: the instance writes of its steps (see faults/canary-rolling-cells.ts). */
import { registerCanaryRollingCells } from '../faults/canary-rolling-cells.js';

registerCanaryRollingCells('rolling canary under faults');
