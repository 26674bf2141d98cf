/** The fault matrix, slot-swap canary: the ramp-up rule writes (see canary-cells.ts). */
import { registerCanaryCells } from './canary-cells.js';

registerCanaryCells('slot-swap canary under faults');
