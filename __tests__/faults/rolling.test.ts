/** The fault matrix, the rolling strategy's writes (see cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells('rolling under faults', phasesOf('rolling'));
