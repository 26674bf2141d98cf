/** The fault matrix, publish's version write (see cells.ts, publish-cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells('publish under faults', phasesOf('publish'));
