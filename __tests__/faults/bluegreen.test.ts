/** The fault matrix, the blue-green strategy's writes on its first release (see cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells('blue-green under faults', phasesOf('blue-green'));
