/** The fault matrix, the slot-swap strategy's writes (see cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells('slot-swap under faults', phasesOf('slot-swap'));
