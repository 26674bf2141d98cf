/** The fault matrix, clean-up's version delete (see cells.ts, cleanup-cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells('clean-up under faults', phasesOf('cleanup'));
